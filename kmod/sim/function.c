// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * What the function says about itself and its vport beyond port.c's Ethernet
 * view: the HCA vport (GUIDs, GID and P_Key tables), the RoCE address table,
 * the e-switch vport, the vNIC's error counters, firmware pages, special
 * mkeys, LAG, SFs, wake-on-LAN and migration state.
 *
 * The device is a single Ethernet PF (caps.c: one port, eswitch_manager, no
 * VFs or SFs enabled): a vport query names its own vport (sim_vport_exists),
 * a port query port 1 or 0 ("this port", as mlx5_core sends on single-port
 * devices), a function query function 0. Everything else is BAD_PARAM, as
 * its firmware answers.
 */
#include <linux/string.h>

#include "sim.h"

enum {
	SIM_IB_PORT_ACTIVE = 0x4,	/* hca_vport_context port_state */
	SIM_IB_PORT_DOWN = 0x1,
	SIM_IB_PHYS_LINK_UP = 0x5,	/* port_physical_state */
	SIM_IB_PHYS_DISABLED = 0x3,
	SIM_GID_TABLE_LEN = 8,		/* gid_table_size 0 */
	SIM_PKEY_TABLE_LEN = 128,	/* pkey_table_size 0 */
	SIM_PKEY_DEFAULT = 0xffff,	/* full membership, default partition */
	SIM_ROCE_L3_IPV6 = 0x1,
	SIM_ROCE_V1 = 0x0,
	SIM_ROCE_V2 = 0x2,
	SIM_ROCE_ADDR_TABLE_LEN = 0x80,	/* roce_address_table_size, current */
	SIM_BOOT_PAGES = 0x22,
	SIM_INIT_PAGES = 0x4000,
	SIM_HOST_TOTAL_VFS = 8,
	SIM_LOG_NUM_SF = 8,
	SIM_LOG_SF_BAR_SIZE = 0xc,	/* 4 KiB pages of BAR per SF: 16 MiB */
	SIM_WOL_MAGIC = 0x40,		/* wol_mode: magic packet */
	SIM_MIGRATION_STATE_SIZE = 0x100000,
};

/* The reserved mkeys every function has, at fixed indexes below any it makes. */
enum {
	SIM_DUMP_FILL_MKEY = 0x0300,
	SIM_RESD_LKEY = 0x0100,
	SIM_NULL_MKEY = 0x0200,
};

static u8 sim_bad_field(struct sim_cmd_ctx *ctx)
{
	return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
}

static bool sim_port_valid(u32 port_num)
{
	return port_num <= 1;
}

/* The link-local address every port's GID table starts with: fe80::EUI-64. */
static void sim_link_local_gid(const u8 *mac, u8 *gid)
{
	memset(gid, 0, 16);
	gid[0] = 0xfe;
	gid[1] = 0x80;
	gid[8] = mac[0] ^ 0x02;		/* the universal/local bit, inverted */
	gid[9] = mac[1];
	gid[10] = mac[2];
	gid[11] = 0xff;
	gid[12] = 0xfe;
	gid[13] = mac[3];
	gid[14] = mac[4];
	gid[15] = mac[5];
}

u8 sim_cmd_query_hca_vport_context(struct sim_cmd_ctx *ctx)
{
	u64 guid = sim_node_guid(ctx->sdev->ident.mac);
	bool up = sim_port_up(ctx->sdev);
	void *c = MLX5CTL_ADDR_OF(query_hca_vport_context_out, ctx->out, hca_vport_context);

	if (!sim_vport_exists(MLX5CTL_GET(query_hca_vport_context_in, ctx->in, other_vport),
			      MLX5CTL_GET(query_hca_vport_context_in, ctx->in, vport_number)) ||
	    !sim_port_valid(MLX5CTL_GET(query_hca_vport_context_in, ctx->in, port_num)))
		return sim_bad_field(ctx);
	MLX5CTL_SET(hca_vport_context, c, port_physical_state,
		    up ? SIM_IB_PHYS_LINK_UP : SIM_IB_PHYS_DISABLED);
	MLX5CTL_SET(hca_vport_context, c, port_state, up ? SIM_IB_PORT_ACTIVE : SIM_IB_PORT_DOWN);
	MLX5CTL_SET(hca_vport_context, c, vport_state, up ? SIM_IB_PORT_ACTIVE : SIM_IB_PORT_DOWN);
	/* The GUIDs of port.c's NIC vport context: one function, one view. */
	MLX5CTL_SET64(hca_vport_context, c, system_image_guid, guid);
	MLX5CTL_SET64(hca_vport_context, c, node_guid, guid);
	MLX5CTL_SET64(hca_vport_context, c, port_guid, guid + 1);
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * One entry (gid_index) or, with index 0xffff, the whole table; entry 0 is the
 * link-local GID, the rest are empty. The outbox must hold what is asked.
 */
u8 sim_cmd_query_hca_vport_gid(struct sim_cmd_ctx *ctx)
{
	u32 index = MLX5CTL_GET(query_hca_vport_gid_in, ctx->in, gid_index);
	bool all = index == 0xffff;
	u32 n = all ? SIM_GID_TABLE_LEN : 1;
	size_t list = MLX5CTL_BYTE_OFF(query_hca_vport_gid_out, gid);
	u8 *gid = ctx->out + list;

	if (!sim_vport_exists(MLX5CTL_GET(query_hca_vport_gid_in, ctx->in, other_vport),
			      MLX5CTL_GET(query_hca_vport_gid_in, ctx->in, vport_number)) ||
	    !sim_port_valid(MLX5CTL_GET(query_hca_vport_gid_in, ctx->in, port_num)) ||
	    (!all && index >= SIM_GID_TABLE_LEN))
		return sim_bad_field(ctx);
	if (ctx->outlen < list + 16 * n)
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_OUTP_LEN, SIM_SYN_BAD_OUTP_LEN);
	MLX5CTL_SET(query_hca_vport_gid_out, ctx->out, gids_num, n);
	if (all || index == 0)
		sim_link_local_gid(ctx->sdev->ident.mac, gid);
	return MLX5CTL_CMD_STATUS_OK;
}

/* As the GID table: entry 0 is the default partition, the rest are invalid (0). */
u8 sim_cmd_query_hca_vport_pkey(struct sim_cmd_ctx *ctx)
{
	u32 index = MLX5CTL_GET(query_hca_vport_pkey_in, ctx->in, pkey_index);
	bool all = index == 0xffff;
	u32 n = all ? SIM_PKEY_TABLE_LEN : 1;
	size_t list = MLX5CTL_BYTE_OFF(query_hca_vport_pkey_out, pkey);

	if (!sim_vport_exists(MLX5CTL_GET(query_hca_vport_pkey_in, ctx->in, other_vport),
			      MLX5CTL_GET(query_hca_vport_pkey_in, ctx->in, vport_number)) ||
	    !sim_port_valid(MLX5CTL_GET(query_hca_vport_pkey_in, ctx->in, port_num)) ||
	    (!all && index >= SIM_PKEY_TABLE_LEN))
		return sim_bad_field(ctx);
	if (ctx->outlen < list + MLX5CTL_ST_SZ_BYTES(pkey) * n)
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_OUTP_LEN, SIM_SYN_BAD_OUTP_LEN);
	if (all || index == 0)
		MLX5CTL_SET(pkey, ctx->out + list, pkey, SIM_PKEY_DEFAULT);
	return MLX5CTL_CMD_STATUS_OK;
}

/* A PF in legacy mode: no VLAN strip or insert, no steering metadata. */
u8 sim_cmd_query_esw_vport_context(struct sim_cmd_ctx *ctx)
{
	if (!sim_vport_exists(MLX5CTL_GET(query_esw_vport_context_in, ctx->in, other_vport),
			      MLX5CTL_GET(query_esw_vport_context_in, ctx->in, vport_number)))
		return sim_bad_field(ctx);
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * The RoCE address table mlx5_ib fills for a netdev with only its link-local
 * address: index 0 that GID for RoCE v1, index 1 for RoCE v2 (which the
 * workload's DCT uses, host.c); the other entries are empty.
 */
u8 sim_cmd_query_roce_address(struct sim_cmd_ctx *ctx)
{
	u32 index = MLX5CTL_GET(query_roce_address_in, ctx->in, roce_address_index);
	const u8 *mac = ctx->sdev->ident.mac;
	void *a = MLX5CTL_ADDR_OF(query_roce_address_out, ctx->out, roce_address);

	if (index >= SIM_ROCE_ADDR_TABLE_LEN ||
	    !sim_port_valid(MLX5CTL_GET(query_roce_address_in, ctx->in, vhca_port_num)))
		return sim_bad_field(ctx);
	if (index > 1)
		return MLX5CTL_CMD_STATUS_OK;
	sim_link_local_gid(mac, MLX5CTL_ADDR_OF(roce_addr_layout, a, source_l3_address));
	MLX5CTL_SET(roce_addr_layout, a, source_mac_47_32, mac[0] << 8 | mac[1]);
	MLX5CTL_SET(roce_addr_layout, a, source_mac_31_0,
		    mac[2] << 24 | mac[3] << 16 | mac[4] << 8 | mac[5]);
	MLX5CTL_SET(roce_addr_layout, a, roce_l3_type, SIM_ROCE_L3_IPV6);
	MLX5CTL_SET(roce_addr_layout, a, roce_version, index ? SIM_ROCE_V2 : SIM_ROCE_V1);
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * The vNIC's error counters, from the same traffic as the port's: receive
 * buffer exhaustion is the Q counters' out_of_buffer, steering discards the
 * port's receive discards; the workload's QP in error is the one error queue.
 */
u8 sim_cmd_query_vnic_env(struct sim_cmd_ctx *ctx)
{
	void *env = MLX5CTL_ADDR_OF(query_vnic_env_out, ctx->out, vport_env);
	u32 errq = READ_ONCE(ctx->sdev->workload) ? 1 : 0;
	struct sim_ctrs c;

	if (!sim_vport_exists(MLX5CTL_GET(query_vnic_env_in, ctx->in, other_vport),
			      MLX5CTL_GET(query_vnic_env_in, ctx->in, vport_number)))
		return sim_bad_field(ctx);
	sim_port_counters(ctx->sdev, SIM_VIEW_VPORT, false, &c);
	MLX5CTL_SET(vnic_diagnostic_statistics, env, total_error_queues, errq);
	MLX5CTL_SET(vnic_diagnostic_statistics, env, counter_error_queues, errq);
	MLX5CTL_SET64(vnic_diagnostic_statistics, env, nic_receive_steering_discard,
		      c.v[SIM_CTR_RX_DISCARDS]);
	MLX5CTL_SET(vnic_diagnostic_statistics, env, internal_rq_out_of_buffer,
		    lower_32_bits(c.v[SIM_CTR_OUT_OF_BUFFER]));
	return MLX5CTL_CMD_STATUS_OK;
}

/* The host PF: SR-IOV capable of SIM_HOST_TOTAL_VFS, none enabled. */
u8 sim_cmd_query_esw_functions(struct sim_cmd_ctx *ctx)
{
	void *host = MLX5CTL_ADDR_OF(query_esw_functions_out, ctx->out, host_params_context);

	MLX5CTL_SET(host_params_context, host, host_total_vfs, SIM_HOST_TOTAL_VFS);
	return MLX5CTL_CMD_STATUS_OK;
}

/* One partition of the SF BAR; its entry follows the header when there is room. */
u8 sim_cmd_query_sf_partition(struct sim_cmd_ctx *ctx)
{
	size_t list = MLX5CTL_BYTE_OFF(query_sf_partitions_out, sf_partition);
	void *part = ctx->out + list;

	if (ctx->outlen < list + MLX5CTL_ST_SZ_BYTES(sf_partition))
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_OUTP_LEN, SIM_SYN_BAD_OUTP_LEN);
	MLX5CTL_SET(query_sf_partitions_out, ctx->out, num_sf_partitions, 1);
	MLX5CTL_SET(sf_partition, part, log_num_sf, SIM_LOG_NUM_SF);
	MLX5CTL_SET(sf_partition, part, log_sf_bar_size, SIM_LOG_SF_BAR_SIZE);
	return MLX5CTL_CMD_STATUS_OK;
}

/* One port, so never bonded: the LAG is inactive and traffic leaves on port 1. */
u8 sim_cmd_query_lag(struct sim_cmd_ctx *ctx)
{
	MLX5CTL_SET(query_lag_out, ctx->out, ctx.active_port, 1);
	MLX5CTL_SET(query_lag_out, ctx->out, ctx.tx_remap_affinity_1, 1);
	return MLX5CTL_CMD_STATUS_OK;
}

/* Wake on magic packet, as server firmware ships; no reset-on-LAN. */
u8 sim_cmd_query_wol_rol(struct sim_cmd_ctx *ctx)
{
	MLX5CTL_SET(query_wol_rol_out, ctx->out, wol_mode, SIM_WOL_MAGIC);
	return MLX5CTL_CMD_STATUS_OK;
}

/* An Ethernet port has no subnet manager: no MAD class goes to the driver. */
u8 sim_cmd_query_mad_demux(struct sim_cmd_ctx *ctx)
{
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * Pages the firmware wants from the driver: mlx5_core gave the boot and init
 * pages at probe, so for this function they are what they were then, and no
 * regular pages are outstanding.
 */
u8 sim_cmd_query_pages(struct sim_cmd_ctx *ctx)
{
	u32 pages;

	if (MLX5CTL_GET(query_pages_in, ctx->in, embedded_cpu_function) ||
	    MLX5CTL_GET(query_pages_in, ctx->in, function_id))
		return sim_bad_field(ctx);
	switch (ctx->op_mod) {
	case MLX5CTL_QUERY_PAGES_OP_MOD_BOOT_PAGES:
		pages = SIM_BOOT_PAGES;
		break;
	case MLX5CTL_QUERY_PAGES_OP_MOD_INIT_PAGES:
		pages = SIM_INIT_PAGES;
		break;
	case MLX5CTL_QUERY_PAGES_OP_MOD_REGULAR_PAGES:
		pages = 0;
		break;
	default:
		return sim_bad_param(ctx, SIM_SYN_BAD_OP_MOD);
	}
	MLX5CTL_SET(query_pages_out, ctx->out, num_pages, pages);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_special_contexts(struct sim_cmd_ctx *ctx)
{
	MLX5CTL_SET(query_special_contexts_out, ctx->out, dump_fill_mkey, SIM_DUMP_FILL_MKEY);
	MLX5CTL_SET(query_special_contexts_out, ctx->out, resd_lkey, SIM_RESD_LKEY);
	MLX5CTL_SET(query_special_contexts_out, ctx->out, null_mkey, SIM_NULL_MKEY);
	return MLX5CTL_CMD_STATUS_OK;
}

/* The state a live migration of this function (its vhca_id) would save. */
u8 sim_cmd_query_vhca_migration_state(struct sim_cmd_ctx *ctx)
{
	if (MLX5CTL_GET(query_vhca_migration_state_in, ctx->in, vhca_id) !=
	    (ctx->sdev->id & 0xffff))
		return sim_bad_field(ctx);
	MLX5CTL_SET(query_vhca_migration_state_out, ctx->out, required_umem_size,
		    SIM_MIGRATION_STATE_SIZE);
	return MLX5CTL_CMD_STATUS_OK;
}

/* The L2 table holds the function's own MAC at index 0, untagged. */
u8 sim_cmd_query_l2_table_entry(struct sim_cmd_ctx *ctx)
{
	if (MLX5CTL_GET(query_l2_table_entry_in, ctx->in, table_index) != 0)
		return sim_bad_field(ctx);
	sim_set_mac(MLX5CTL_ADDR_OF(query_l2_table_entry_out, ctx->out, mac_address),
		    ctx->sdev->ident.mac);
	return MLX5CTL_CMD_STATUS_OK;
}
