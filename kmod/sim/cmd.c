// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * Command execution: the firmware's front end. The inbox is untrusted: its
 * length is checked against the header, then against the command's input
 * layout, before any handler reads a field; the outbox against the output
 * layout before any handler writes one.
 *
 * Stateless commands (NOP, queries) take no lock, so RPCs on one device scale
 * with the number of callers; objects.c serialises object changes only.
 */
#include <linux/hrtimer.h>
#include <linux/sched/signal.h>
#include <linux/string.h>

#include "sim.h"

/**
 * struct sim_cmd - One command the firmware implements
 * @opcode: Its opcode
 * @inlen: Size of its input layout (the fixed part, when it ends flexible)
 * @outlen: Size of its output layout
 * @run: The handler; returns the status, setting ctx->syndrome if non-zero
 */
struct sim_cmd {
	u16 opcode;
	u32 inlen;
	u32 outlen;
	u8 (*run)(struct sim_cmd_ctx *ctx);
};

#define SIM_CMD(op, layout, handler) {					\
	.opcode = MLX5CTL_CMD_OP_##op,					\
	.inlen = MLX5CTL_ST_SZ_BYTES(layout##_in),			\
	.outlen = MLX5CTL_ST_SZ_BYTES(layout##_out),			\
	.run = handler,							\
}

/* A command whose layouts are not named <layout>_in and <layout>_out. */
#define SIM_CMD_LAYOUTS(op, in_layout, out_layout, handler) {		\
	.opcode = MLX5CTL_CMD_OP_##op,					\
	.inlen = MLX5CTL_ST_SZ_BYTES(in_layout),			\
	.outlen = MLX5CTL_ST_SZ_BYTES(out_layout),			\
	.run = handler,							\
}

/* Sorted by opcode (sim_cmd_init() checks), for sim_cmd_find(). */
static const struct sim_cmd sim_cmds[] = {
	SIM_CMD(QUERY_HCA_CAP, query_hca_cap, sim_cmd_query_hca_cap),
	SIM_CMD(QUERY_ADAPTER, query_adapter, sim_cmd_query_adapter),
	SIM_CMD(QUERY_PAGES, query_pages, sim_cmd_query_pages),
	SIM_CMD(SET_HCA_CAP, set_hca_cap, sim_cmd_set_hca_cap),
	SIM_CMD(QUERY_ISSI, query_issi, sim_cmd_query_issi),
	SIM_CMD(QUERY_OTHER_HCA_CAP, query_other_hca_cap,
		sim_cmd_query_other_hca_cap),
	SIM_CMD(QUERY_SF_PARTITION, query_sf_partitions,
		sim_cmd_query_sf_partition),
	SIM_CMD(QUERY_VHCA_MIGRATION_STATE, query_vhca_migration_state,
		sim_cmd_query_vhca_migration_state),
	SIM_CMD(CREATE_MKEY, create_mkey, sim_cmd_create_mkey),
	SIM_CMD(QUERY_MKEY, query_mkey, sim_cmd_query_mkey),
	SIM_CMD(DESTROY_MKEY, destroy_mkey, sim_cmd_destroy_mkey),
	SIM_CMD(QUERY_SPECIAL_CONTEXTS, query_special_contexts,
		sim_cmd_query_special_contexts),
	SIM_CMD(QUERY_EQ, query_eq, sim_cmd_query_eq),
	SIM_CMD(QUERY_CQ, query_cq, sim_cmd_query_cq),
	SIM_CMD(QUERY_QP, query_qp, sim_cmd_query_qp),
	SIM_CMD(QUERY_SRQ, query_srq, sim_cmd_query_srq),
	SIM_CMD(QUERY_XRC_SRQ, query_xrc_srq, sim_cmd_query_xrc_srq),
	SIM_CMD(QUERY_DCT, query_dct, sim_cmd_query_dct),
	SIM_CMD(QUERY_XRQ, query_xrq, sim_cmd_query_xrq),
	SIM_CMD(QUERY_ESW_FUNCTIONS, query_esw_functions,
		sim_cmd_query_esw_functions),
	SIM_CMD(QUERY_VPORT_STATE, query_vport_state,
		sim_cmd_query_vport_state),
	SIM_CMD(QUERY_ESW_VPORT_CONTEXT, query_esw_vport_context,
		sim_cmd_query_esw_vport_context),
	SIM_CMD(QUERY_NIC_VPORT_CONTEXT, query_nic_vport_context,
		sim_cmd_query_nic_vport_context),
	SIM_CMD(QUERY_ROCE_ADDRESS, query_roce_address,
		sim_cmd_query_roce_address),
	SIM_CMD(QUERY_HCA_VPORT_CONTEXT, query_hca_vport_context,
		sim_cmd_query_hca_vport_context),
	SIM_CMD(QUERY_HCA_VPORT_GID, query_hca_vport_gid,
		sim_cmd_query_hca_vport_gid),
	SIM_CMD(QUERY_HCA_VPORT_PKEY, query_hca_vport_pkey,
		sim_cmd_query_hca_vport_pkey),
	SIM_CMD(QUERY_VNIC_ENV, query_vnic_env, sim_cmd_query_vnic_env),
	SIM_CMD(QUERY_VPORT_COUNTER, query_vport_counter,
		sim_cmd_query_vport_counter),
	SIM_CMD(QUERY_Q_COUNTER, query_q_counter, sim_cmd_query_q_counter),
	SIM_CMD_LAYOUTS(QUERY_SCHEDULING_ELEMENT, query_scheduling_element_in,
			query_scheduling_element_reply,
			sim_cmd_query_scheduling_element),
	SIM_CMD(ALLOC_PD, alloc_pd, sim_cmd_alloc_pd),
	SIM_CMD(DEALLOC_PD, dealloc_pd, sim_cmd_dealloc_pd),
	SIM_CMD(ACCESS_REG, access_register, sim_cmd_access_reg),
	SIM_CMD(QUERY_MAD_DEMUX, query_mad_demux, sim_cmd_query_mad_demux),
	SIM_CMD(NOP, nop, sim_cmd_nop),
	SIM_CMD(QUERY_DIAGNOSTIC_PARAMS, query_diagnostic_params,
		sim_cmd_query_diagnostic_params),
	SIM_CMD(SET_DIAGNOSTIC_PARAMS, set_diagnostic_params,
		sim_cmd_set_diagnostic_params),
	SIM_CMD(QUERY_DIAGNOSTIC_COUNTERS, query_diagnostic_cntrs,
		sim_cmd_query_diagnostic_counters),
	SIM_CMD(QUERY_CONG_STATUS, query_cong_status,
		sim_cmd_query_cong_status),
	SIM_CMD(MODIFY_CONG_STATUS, modify_cong_status,
		sim_cmd_modify_cong_status),
	SIM_CMD(QUERY_CONG_PARAMS, query_cong_params,
		sim_cmd_query_cong_params),
	SIM_CMD(QUERY_CONG_STATISTICS, query_cong_statistics,
		sim_cmd_query_cong_statistics),
	SIM_CMD(QUERY_L2_TABLE_ENTRY, query_l2_table_entry,
		sim_cmd_query_l2_table_entry),
	SIM_CMD(QUERY_WOL_ROL, query_wol_rol, sim_cmd_query_wol_rol),
	SIM_CMD(QUERY_LAG, query_lag, sim_cmd_query_lag),
	SIM_CMD(QUERY_TIR, query_tir, sim_cmd_query_tir),
	SIM_CMD(QUERY_SQ, query_sq, sim_cmd_query_sq),
	SIM_CMD(QUERY_RQ, query_rq, sim_cmd_query_rq),
	SIM_CMD(QUERY_RMP, query_rmp, sim_cmd_query_rmp),
	SIM_CMD(QUERY_TIS, query_tis, sim_cmd_query_tis),
	SIM_CMD(QUERY_RQT, query_rqt, sim_cmd_query_rqt),
	SIM_CMD(QUERY_FLOW_TABLE, query_flow_table, sim_cmd_query_flow_table),
	SIM_CMD(QUERY_FLOW_GROUP, query_flow_group, sim_cmd_query_flow_group),
	SIM_CMD(QUERY_FLOW_TABLE_ENTRY, query_fte, sim_cmd_query_fte),
	SIM_CMD(QUERY_FLOW_COUNTER, query_flow_counter,
		sim_cmd_query_flow_counter),
	SIM_CMD_LAYOUTS(QUERY_PACKET_REFORMAT_CONTEXT,
			query_packet_reformat_context_in,
			query_packet_reformat_context_reply,
			sim_cmd_query_packet_reformat_context),
	SIM_CMD_LAYOUTS(QUERY_GENERAL_OBJECT, general_obj_in_cmd_hdr,
			general_obj_out_cmd_hdr, sim_cmd_query_general_object),
	SIM_CMD(CREATE_UCTX, create_uctx, sim_cmd_create_uctx),
	SIM_CMD(QUERY_UCTX, query_uctx, sim_cmd_query_uctx),
	SIM_CMD(DESTROY_UCTX, destroy_uctx, sim_cmd_destroy_uctx),
	SIM_CMD(CREATE_UMEM, create_umem, sim_cmd_create_umem),
	SIM_CMD(QUERY_UMEM, query_umem, sim_cmd_query_umem),
	SIM_CMD(DESTROY_UMEM, destroy_umem, sim_cmd_destroy_umem),
	SIM_CMD(ACCESS_REGISTER_USER, access_register, sim_cmd_access_reg),
};

/*
 * Binary search, open-coded as the core's policy lookup is: bsearch() calls
 * its comparator through a (retpolined) pointer at every step, which a trace
 * of the NOP path showed as five indirect calls per command.
 */
static const struct sim_cmd *sim_cmd_find(u16 opcode)
{
	unsigned int lo = 0, hi = ARRAY_SIZE(sim_cmds);

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;
		const struct sim_cmd *cmd = &sim_cmds[mid];

		if (opcode == cmd->opcode)
			return cmd;
		if (opcode < cmd->opcode)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

int sim_cmd_init(void)
{
	unsigned int i;

	for (i = 1; i < ARRAY_SIZE(sim_cmds); i++) {
		if (sim_cmds[i - 1].opcode >= sim_cmds[i].opcode) {
			pr_err("mlx5ctl_sim: command table unsorted at %#x\n",
			       sim_cmds[i].opcode);
			return -EINVAL;
		}
	}
	return 0;
}

/*
 * Sleep until @end, or while the device hangs (@hang) until it stops hanging.
 * Removal ends the wait with -ENODEV and a signal with -EINTR; a hang that
 * outlasts @end is -ETIMEDOUT.
 */
static int sim_wait(struct sim_dev *sdev, ktime_t end, bool hang)
{
	DEFINE_WAIT(wait);
	int err = 0;

	for (;;) {
		prepare_to_wait(&sdev->wq, &wait, TASK_INTERRUPTIBLE);
		if (READ_ONCE(sdev->dying)) {
			err = -ENODEV;
			break;
		}
		if (hang && !READ_ONCE(sdev->hang))
			break;
		if (signal_pending(current)) {
			err = -EINTR;
			break;
		}
		if (ktime_compare(ktime_get(), end) >= 0) {
			err = hang ? -ETIMEDOUT : 0;
			break;
		}
		schedule_hrtimeout_range(&end, 0, HRTIMER_MODE_ABS);
	}
	finish_wait(&sdev->wq, &wait);
	return err;
}

/*
 * A hung firmware does not take commands: wait for it to recover, for the
 * timeout, a signal or removal; the command is then not executed.
 */
static int sim_wait_hang(struct sim_dev *sdev)
{
	u32 timeout_ms = READ_ONCE(sim_cmd_timeout_ms);

	if (!READ_ONCE(sdev->hang))
		return 0;
	return sim_wait(sdev, ktime_add_ms(ktime_get(), timeout_ms), true);
}

/*
 * A slow firmware takes latency_us before it runs a command. A signal or
 * removal during the wait means the command was not delivered (provider.h):
 * it returns -EINTR or -ENODEV and has no effect. A latency beyond the
 * command timeout is what a driver sees as a timeout: the command is given
 * up after cmd_timeout_ms with -ETIMEDOUT, never run.
 */
static int sim_wait_latency(struct sim_dev *sdev)
{
	u32 latency_us = READ_ONCE(sdev->latency_us);
	u64 timeout_us = (u64)READ_ONCE(sim_cmd_timeout_ms) * USEC_PER_MSEC;
	int err;

	if (!latency_us)
		return 0;
	if (latency_us <= timeout_us)
		return sim_wait(sdev, ktime_add_us(ktime_get(), latency_us), false);
	err = sim_wait(sdev, ktime_add_us(ktime_get(), timeout_us), false);
	return err ?: -ETIMEDOUT;
}

/* Consume one injected failure, if any are left. */
static bool sim_inject_failure(struct sim_dev *sdev)
{
	/* Read first: the common case writes no shared cache line. */
	return atomic_read(&sdev->fail_next) > 0 &&
	       atomic_dec_if_positive(&sdev->fail_next) >= 0;
}

static u8 sim_dispatch(struct sim_cmd_ctx *ctx)
{
	const struct sim_cmd *cmd;
	u16 opcode;

	if (ctx->inlen < MLX5CTL_ST_SZ_BYTES(mbox_in))
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_INP_LEN,
				SIM_SYN_BAD_INP_LEN);

	if (sim_inject_failure(ctx->sdev))
		return sim_fail(ctx, READ_ONCE(ctx->sdev->fail_status),
				READ_ONCE(ctx->sdev->fail_syndrome));

	opcode = MLX5CTL_GET(mbox_in, ctx->in, opcode);
	ctx->uid = MLX5CTL_GET(mbox_in, ctx->in, uid);
	ctx->op_mod = MLX5CTL_GET(mbox_in, ctx->in, op_mod);

	cmd = sim_cmd_find(opcode);
	if (!cmd)
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_OP,
				SIM_SYN_BAD_OPCODE);
	if (ctx->inlen < cmd->inlen)
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_INP_LEN,
				SIM_SYN_BAD_INP_LEN);
	if (ctx->outlen < cmd->outlen)
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_OUTP_LEN,
				SIM_SYN_BAD_OUTP_LEN);
	return cmd->run(ctx);
}

int sim_exec(struct mlx5ctl_adev *madev, const void *in, size_t inlen,
	     void *out, size_t outlen)
{
	struct sim_cmd_ctx ctx = {
		.sdev = sim_dev_of(madev),
		.in = in,
		.inlen = inlen,
		.out = out,
		.outlen = outlen,
	};
	u8 status;
	int err;

	/* Without room for a status there is no way to answer. */
	if (!in || !out || outlen < MLX5CTL_ST_SZ_BYTES(mbox_out))
		return -EINVAL;

	err = sim_wait_hang(ctx.sdev);
	if (!err)
		err = sim_wait_latency(ctx.sdev);
	if (err)
		return err;

	memset(out, 0, outlen);
	status = sim_dispatch(&ctx);
	if (status) {
		/* A failed command answers with its header only. */
		memset(out, 0, outlen);
		MLX5CTL_SET(mbox_out, out, status, status);
		MLX5CTL_SET(mbox_out, out, syndrome, ctx.syndrome);
	}
	return 0;
}

u8 sim_cmd_nop(struct sim_cmd_ctx *ctx)
{
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_issi(struct sim_cmd_ctx *ctx)
{
	/* ISSI 1 current; 0 and 1 supported (bit n: ISSI n). */
	MLX5CTL_SET(query_issi_out, ctx->out, current_issi, 1);
	MLX5CTL_SET(query_issi_out, ctx->out, supported_issi_dw0, 0x3);
	return MLX5CTL_CMD_STATUS_OK;
}
