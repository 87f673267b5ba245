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
#include <linux/bsearch.h>
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

/* Sorted by opcode (sim_cmd_init() checks), for bsearch(). */
static const struct sim_cmd sim_cmds[] = {
	SIM_CMD(QUERY_HCA_CAP, query_hca_cap, sim_cmd_query_hca_cap),
	SIM_CMD(QUERY_ISSI, query_issi, sim_cmd_query_issi),
	SIM_CMD(NOP, nop, sim_cmd_nop),
	SIM_CMD(CREATE_UCTX, create_uctx, sim_cmd_create_uctx),
	SIM_CMD(QUERY_UCTX, query_uctx, sim_cmd_query_uctx),
	SIM_CMD(DESTROY_UCTX, destroy_uctx, sim_cmd_destroy_uctx),
	SIM_CMD(CREATE_UMEM, create_umem, sim_cmd_create_umem),
	SIM_CMD(QUERY_UMEM, query_umem, sim_cmd_query_umem),
	SIM_CMD(DESTROY_UMEM, destroy_umem, sim_cmd_destroy_umem),
};

static int sim_cmd_cmp(const void *key, const void *elt)
{
	u16 opcode = *(const u16 *)key;
	const struct sim_cmd *cmd = elt;

	return opcode < cmd->opcode ? -1 : opcode > cmd->opcode;
}

static const struct sim_cmd *sim_cmd_find(u16 opcode)
{
	return bsearch(&opcode, sim_cmds, ARRAY_SIZE(sim_cmds),
		       sizeof(sim_cmds[0]), sim_cmd_cmp);
}

int sim_cmd_init(void)
{
	unsigned int i;

	for (i = 1; i < ARRAY_SIZE(sim_cmds); i++) {
		if (sim_cmds[i - 1].opcode >= sim_cmds[i].opcode) {
			pr_err("mlx5ctl_sim: command table not sorted at 0x%x\n",
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

/* The time a command spends before the firmware looks at it. */
static int sim_delay(struct sim_dev *sdev)
{
	u32 latency_us;
	int err;

	if (READ_ONCE(sdev->hang)) {
		err = sim_wait(sdev, ktime_add_ms(ktime_get(),
						  READ_ONCE(sim_cmd_timeout_ms)),
			       true);
		if (err)
			return err;
	}

	latency_us = READ_ONCE(sdev->latency_us);
	if (latency_us)
		return sim_wait(sdev, ktime_add_us(ktime_get(), latency_us),
				false);
	return 0;
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
		return sim_fail(ctx, SIM_STATUS_BAD_INP_LEN, SIM_SYN_BAD_INP_LEN);

	if (sim_inject_failure(ctx->sdev))
		return sim_fail(ctx, READ_ONCE(ctx->sdev->fail_status),
				READ_ONCE(ctx->sdev->fail_syndrome));

	opcode = MLX5CTL_GET(mbox_in, ctx->in, opcode);
	ctx->uid = MLX5CTL_GET(mbox_in, ctx->in, uid);
	ctx->op_mod = MLX5CTL_GET(mbox_in, ctx->in, op_mod);

	cmd = sim_cmd_find(opcode);
	if (!cmd)
		return sim_fail(ctx, SIM_STATUS_BAD_OP, SIM_SYN_BAD_OPCODE);
	if (ctx->inlen < cmd->inlen)
		return sim_fail(ctx, SIM_STATUS_BAD_INP_LEN, SIM_SYN_BAD_INP_LEN);
	if (ctx->outlen < cmd->outlen)
		return sim_fail(ctx, SIM_STATUS_BAD_OUTP_LEN,
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

	err = sim_delay(ctx.sdev);
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
	return SIM_STATUS_OK;
}

u8 sim_cmd_query_issi(struct sim_cmd_ctx *ctx)
{
	/* ISSI 1 current; 0 and 1 supported (bit n: ISSI n). */
	MLX5CTL_SET(query_issi_out, ctx->out, current_issi, 1);
	MLX5CTL_SET(query_issi_out, ctx->out, supported_issi_dw0, 0x3);
	return SIM_STATUS_OK;
}

/*
 * General device capabilities. Maximum and current differ where a real
 * device lets the driver lower a limit (SET_HCA_CAP); the rest are equal.
 */
static void sim_caps_general(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(cmd_hca_cap, cap, vhca_id, sdev->id & 0xffff);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_qp, cur ? 0x11 : 0x12);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_qp_sz, 0xf);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_cq, cur ? 0x11 : 0x12);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_cq_sz, 0x16);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_eq, 0x7);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_eq_sz, 0x16);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_mkey, 0x18);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_pd, 0x18);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_msg, 0x1e);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_uctx, 0x10);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_umem, 0x18);
	MLX5CTL_SET(cmd_hca_cap, cap, num_ports, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, port_type, 1);	/* Ethernet */
	MLX5CTL_SET(cmd_hca_cap, cap, vport_counters, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, umem_uid_0, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, cqe_version, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, uctx_cap, READ_ONCE(sdev->uctx_cap));
}

/**
 * struct sim_cap_type - A capability type QUERY_HCA_CAP answers
 * @type: The cap type (op_mod >> 1)
 * @fill: Writes the maximum or current values into the zeroed block
 */
struct sim_cap_type {
	u16 type;
	void (*fill)(struct sim_dev *sdev, void *cap, bool cur);
};

static const struct sim_cap_type sim_cap_types[] = {
	{ MLX5CTL_CAP_GENERAL, sim_caps_general },
};

u8 sim_cmd_query_hca_cap(struct sim_cmd_ctx *ctx)
{
	/* op_mod: cap type in bits 15:1, bit 0 set for current values. */
	u16 type = ctx->op_mod >> 1;
	bool cur = ctx->op_mod & 1;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(sim_cap_types); i++) {
		if (sim_cap_types[i].type != type)
			continue;
		sim_cap_types[i].fill(ctx->sdev,
				      MLX5CTL_ADDR_OF(query_hca_cap_out,
						      ctx->out, capability),
				      cur);
		return SIM_STATUS_OK;
	}
	return sim_fail(ctx, SIM_STATUS_BAD_PARAM, SIM_SYN_BAD_CAP_TYPE);
}
