// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * The registers in which the firmware describes itself, read only: the
 * capability masks tools read first (MCAM, PCAM, QCAM: one bit per register
 * this firmware implements, from the register table in reg.c, and the
 * features it has), the default timeouts (DTOR), the firmware components
 * (MCQS), the node description (NODE_DESC) and the core dump control
 * (CORE_DUMP). A write to any of them is refused as a write to a read-only
 * register, as firmware refuses it.
 */
#include <linux/string.h>

#include "sim.h"

/*
 * A capability mask: 128 bits, bit n (from the least significant end of
 * the big-endian field) set when register base + n exists.
 */
static void sim_mask_set(u8 *mask, unsigned int n)
{
	unsigned int bit = 127 - n;

	mask[bit / 8] |= 0x80 >> (bit % 8);
}

static void sim_mask_registers(u8 *mask, u16 base)
{
	unsigned int n;

	for (n = 0; n < 128; n++)
		if (sim_reg_exists(base + n))
			sim_mask_set(mask, n);
}

u8 sim_reg_mcam(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	u8 group = MLX5CTL_GET(mcam_reg, reg, access_reg_group);

	if (write)
		return sim_bad_param(ctx, SIM_SYN_REG_READ_ONLY);
	/* Group 0 covers 0x9000-0x907f, group 1 0x9080-0x90ff. */
	if (group > 1 || MLX5CTL_GET(mcam_reg, reg, feature_group))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	sim_mask_registers(MLX5CTL_ADDR_OF(mcam_reg, reg, mng_access_reg_cap_mask),
			   0x9000 + 0x80 * group);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_reg_pcam(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	void *features = MLX5CTL_ADDR_OF(pcam_reg, reg, feature_cap_mask);

	if (write)
		return sim_bad_param(ctx, SIM_SYN_REG_READ_ONLY);
	if (MLX5CTL_GET(pcam_reg, reg, access_reg_group) ||
	    MLX5CTL_GET(pcam_reg, reg, feature_group))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	sim_mask_registers(MLX5CTL_ADDR_OF(pcam_reg, reg, port_access_reg_cap_mask),
			   0x5000);
	/* PPCNT's physical layer statistical group (ppcnt_grp) is modelled. */
	MLX5CTL_SET(pcam_enhanced_features, features, ppcnt_statistical_group, 1);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_reg_qcam(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	if (write)
		return sim_bad_param(ctx, SIM_SYN_REG_READ_ONLY);
	if (MLX5CTL_GET(qcam_reg, reg, access_reg_group) ||
	    MLX5CTL_GET(qcam_reg, reg, feature_group))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	sim_mask_registers(MLX5CTL_ADDR_OF(qcam_reg, reg, qos_access_reg_cap_mask),
			   0x4000);
	return MLX5CTL_CMD_STATUS_OK;
}

/* A timeout of @ms milliseconds: multiplier 0 counts milliseconds. */
static void sim_timeout(void *to, u32 ms)
{
	MLX5CTL_SET(default_timeout, to, to_multiplier, 0);
	MLX5CTL_SET(default_timeout, to, to_value, ms);
}

u8 sim_reg_dtor(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	if (write)
		return sim_bad_param(ctx, SIM_SYN_REG_READ_ONLY);
	/* mlx5_core's own defaults (lib/tout.c), so a driver sees no change. */
	sim_timeout(MLX5CTL_ADDR_OF(dtor_reg, reg, pcie_toggle_to), 2000);
	sim_timeout(MLX5CTL_ADDR_OF(dtor_reg, reg, health_poll_to), 2000);
	sim_timeout(MLX5CTL_ADDR_OF(dtor_reg, reg, full_crdump_to), 60000);
	sim_timeout(MLX5CTL_ADDR_OF(dtor_reg, reg, fw_reset_to), 60000);
	sim_timeout(MLX5CTL_ADDR_OF(dtor_reg, reg, flush_on_err_to), 2000);
	sim_timeout(MLX5CTL_ADDR_OF(dtor_reg, reg, pci_sync_update_to), 5000);
	sim_timeout(MLX5CTL_ADDR_OF(dtor_reg, reg, tear_down_to), 3000);
	sim_timeout(MLX5CTL_ADDR_OF(dtor_reg, reg, fsm_reactivate_to), 5000);
	sim_timeout(MLX5CTL_ADDR_OF(dtor_reg, reg, reclaim_pages_to), 5000);
	sim_timeout(MLX5CTL_ADDR_OF(dtor_reg, reg, reclaim_vfs_pages_to), 120000);
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * The firmware's components, one per component_index: the boot image only,
 * identifier 0x1 (BOOT_IMG), idle (no update in progress) and present.
 */
u8 sim_reg_mcqs(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	if (write)
		return sim_bad_param(ctx, SIM_SYN_REG_READ_ONLY);
	if (MLX5CTL_GET(mcqs_reg, reg, component_index))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	MLX5CTL_SET(mcqs_reg, reg, last_index_flag, 1);
	MLX5CTL_SET(mcqs_reg, reg, identifier, 0x1);
	MLX5CTL_SET(mcqs_reg, reg, component_update_state, 0);
	/* component_status 1: present. */
	MLX5CTL_SET(mcqs_reg, reg, component_status, 1);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_reg_node_desc(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	char *desc = MLX5CTL_ADDR_OF(node_desc_reg, reg, node_description);
	size_t len = MLX5CTL_FLD_SZ_BYTES(node_desc_reg, node_description);

	if (write)
		return sim_bad_param(ctx, SIM_SYN_REG_READ_ONLY);
	memset(desc, 0, len);
	snprintf(desc, len, "mlx5ctl_sim %u HCA-1", ctx->sdev->id);
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * Reads answer which dump a write would take: a general one of this
 * function. Taking one is not modelled (mlx5_ifc.h leaves the fields that
 * would say where to write it reserved); the CR-space image is in
 * RESOURCE_DUMP's segments instead.
 */
u8 sim_reg_core_dump(struct sim_cmd_ctx *ctx, void *reg, bool write)
{
	if (write)
		return sim_bad_param(ctx, SIM_SYN_REG_READ_ONLY);
	MLX5CTL_SET(core_dump_reg, reg, core_dump_type, 0x1);
	MLX5CTL_SET(core_dump_reg, reg, vhca_id, ctx->sdev->id & 0xffff);
	return MLX5CTL_CMD_STATUS_OK;
}
