// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * ACCESS_REG: one table of the registers the device has. The register data
 * follows the command header in both mailboxes; the inbox must hold the
 * whole register (reads too: their index fields select what is read) and so
 * must the outbox. A handler works on the outbox copy of the register, which
 * starts as the inbox's, so it reads the index fields and writes the answer
 * in place; a write answers with the register's new contents.
 */
#include <linux/string.h>

#include "sim.h"

/**
 * struct sim_reg - A register ACCESS_REG reaches
 * @id: register_id
 * @size: Size of its layout in bytes
 * @access: Reads or writes it in place; returns the status
 */
struct sim_reg {
	u16 id;
	u32 size;
	u8 (*access)(struct sim_cmd_ctx *ctx, void *reg, bool write);
};

#define SIM_REG(name, layout, handler) {				\
	.id = MLX5CTL_REG_##name,					\
	.size = MLX5CTL_ST_SZ_BYTES(layout),				\
	.access = handler,						\
}

static const struct sim_reg sim_regs[] = {
	SIM_REG(QCAM, qcam_reg, sim_reg_qcam),
	SIM_REG(CORE_DUMP, core_dump_reg, sim_reg_core_dump),
	SIM_REG(PMLP, pmlp_reg, sim_reg_pmlp),
	SIM_REG(PMTU, pmtu_reg, sim_reg_pmtu),
	SIM_REG(PTYS, ptys_reg, sim_reg_ptys),
	SIM_REG(PAOS, paos_reg, sim_reg_paos),
	SIM_REG(PPCNT, ppcnt_reg, sim_reg_ppcnt),
	SIM_REG(PPLM, pplm_reg, sim_reg_pplm),
	SIM_REG(PDDR, pddr_reg, sim_reg_pddr),
	SIM_REG(PCAM, pcam_reg, sim_reg_pcam),
	SIM_REG(NODE_DESC, node_desc_reg, sim_reg_node_desc),
	SIM_REG(MTMP, mtmp_reg, sim_reg_mtmp),
	SIM_REG(MCIA, mcia_reg, sim_reg_mcia),
	SIM_REG(MGIR, mgir_reg, sim_reg_mgir),
	SIM_REG(MCQS, mcqs_reg, sim_reg_mcqs),
	SIM_REG(MCAM, mcam_reg, sim_reg_mcam),
	SIM_REG(RESOURCE_DUMP, resource_dump, sim_reg_resource_dump),
	SIM_REG(DTOR, dtor_reg, sim_reg_dtor),
};

static const struct sim_reg *sim_reg_find(u16 id)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(sim_regs); i++)
		if (sim_regs[i].id == id)
			return &sim_regs[i];
	return NULL;
}

/* For the capability masks (mng.c): whether the device has register @id. */
bool sim_reg_exists(u16 id)
{
	return sim_reg_find(id);
}

u8 sim_cmd_access_reg(struct sim_cmd_ctx *ctx)
{
	u16 id = MLX5CTL_GET(access_register_in, ctx->in, register_id);
	size_t in_hdr = MLX5CTL_BYTE_OFF(access_register_in, register_data);
	size_t out_hdr = MLX5CTL_BYTE_OFF(access_register_out, register_data);
	const struct sim_reg *reg;
	bool write;
	void *data;

	if (ctx->op_mod == MLX5CTL_ACCESS_REG_OP_MOD_WRITE)
		write = true;
	else if (ctx->op_mod == MLX5CTL_ACCESS_REG_OP_MOD_READ)
		write = false;
	else
		return sim_bad_param(ctx, SIM_SYN_BAD_OP_MOD);

	reg = sim_reg_find(id);
	if (!reg)
		return sim_bad_param(ctx, SIM_SYN_BAD_REG);

	if (ctx->inlen - in_hdr < reg->size)
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_INP_LEN,
				SIM_SYN_BAD_INP_LEN);
	if (ctx->outlen - out_hdr < reg->size)
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_OUTP_LEN,
				SIM_SYN_BAD_OUTP_LEN);

	data = MLX5CTL_ADDR_OF(access_register_out, ctx->out, register_data);
	memcpy(data, MLX5CTL_ADDR_OF(access_register_in, ctx->in,
				     register_data), reg->size);
	return reg->access(ctx, data, write);
}
