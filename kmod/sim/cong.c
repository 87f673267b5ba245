// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * RoCE congestion control (DCQCN): the reaction point (RP, the sender that
 * slows down on a CNP) and the notification point (NP, the receiver that
 * answers ECN-marked packets with CNPs), per priority.
 *
 * Both are on for every priority from device creation, with the firmware's
 * documented DCQCN defaults (the values mlx5_ib's cong debugfs shows on a
 * fresh ConnectX). MODIFY_CONG_STATUS turns one (protocol, priority) on or
 * off and QUERY_CONG_STATUS reads it back. The statistics move with the
 * workload's connected RC QPs, which are the flows: one ECN mark every 10 ms
 * answered by one CNP, half of the CNPs handled by the RP. A query with
 * clear set answers, then starts the counts again from zero.
 */
#include "sim.h"

/* cong_protocol values: mlx5_ib's RROCE_ECN_RP and RROCE_ECN_NP. */
enum {
	SIM_CONG_RP = 0x1,
	SIM_CONG_NP = 0x2,
	SIM_CONG_PRIOS = 8,
	SIM_CONG_FLOWS = 2,	/* the workload's two connected RC QPs */
};

/* Bit of (@protocol, @priority) in sdev->cong_enabled, or -1 if neither is valid. */
static int sim_cong_bit(u32 protocol, u32 priority)
{
	if ((protocol != SIM_CONG_RP && protocol != SIM_CONG_NP) ||
	    priority >= SIM_CONG_PRIOS)
		return -1;
	return (protocol - 1) * SIM_CONG_PRIOS + priority;
}

void sim_cong_init(struct sim_dev *sdev)
{
	sdev->cong_enabled = GENMASK(2 * SIM_CONG_PRIOS - 1, 0);
	atomic_set(&sdev->cong_base_ms, 0);
}

u8 sim_cmd_query_cong_status(struct sim_cmd_ctx *ctx)
{
	int bit = sim_cong_bit(MLX5CTL_GET(query_cong_status_in, ctx->in, cong_protocol),
			       MLX5CTL_GET(query_cong_status_in, ctx->in, priority));

	if (bit < 0)
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	MLX5CTL_SET(query_cong_status_out, ctx->out, enable,
		    test_bit(bit, &ctx->sdev->cong_enabled));
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_modify_cong_status(struct sim_cmd_ctx *ctx)
{
	int bit = sim_cong_bit(MLX5CTL_GET(modify_cong_status_in, ctx->in, cong_protocol),
			       MLX5CTL_GET(modify_cong_status_in, ctx->in, priority));

	if (bit < 0)
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	if (MLX5CTL_GET(modify_cong_status_in, ctx->in, enable))
		set_bit(bit, &ctx->sdev->cong_enabled);
	else
		clear_bit(bit, &ctx->sdev->cong_enabled);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_cong_params(struct sim_cmd_ctx *ctx)
{
	void *p = MLX5CTL_ADDR_OF(query_cong_params_out, ctx->out, congestion_parameters);

	switch (MLX5CTL_GET(query_cong_params_in, ctx->in, cong_protocol)) {
	case SIM_CONG_RP:
		MLX5CTL_SET(cong_control_r_roce_ecn_rp, p, rpg_time_reset, 300);
		MLX5CTL_SET(cong_control_r_roce_ecn_rp, p, rpg_byte_reset, 32767);
		MLX5CTL_SET(cong_control_r_roce_ecn_rp, p, rpg_threshold, 1);
		MLX5CTL_SET(cong_control_r_roce_ecn_rp, p, rpg_ai_rate, 5);
		MLX5CTL_SET(cong_control_r_roce_ecn_rp, p, rpg_hai_rate, 50);
		MLX5CTL_SET(cong_control_r_roce_ecn_rp, p, rpg_gd, 11);
		MLX5CTL_SET(cong_control_r_roce_ecn_rp, p, rpg_min_dec_fac, 50);
		MLX5CTL_SET(cong_control_r_roce_ecn_rp, p, rpg_min_rate, 1);
		MLX5CTL_SET(cong_control_r_roce_ecn_rp, p, dce_tcp_g, 1019);
		MLX5CTL_SET(cong_control_r_roce_ecn_rp, p, dce_tcp_rtt, 1);
		MLX5CTL_SET(cong_control_r_roce_ecn_rp, p, rate_reduce_monitor_period, 4);
		MLX5CTL_SET(cong_control_r_roce_ecn_rp, p, initial_alpha_value, 1023);
		return MLX5CTL_CMD_STATUS_OK;
	case SIM_CONG_NP:
		MLX5CTL_SET(cong_control_r_roce_ecn_np, p, min_time_between_cnps, 4);
		MLX5CTL_SET(cong_control_r_roce_ecn_np, p, cnp_dscp, 48);
		MLX5CTL_SET(cong_control_r_roce_ecn_np, p, cnp_802p_prio, 6);
		return MLX5CTL_CMD_STATUS_OK;
	default:
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	}
}

u8 sim_cmd_query_cong_statistics(struct sim_cmd_ctx *ctx)
{
	struct sim_dev *sdev = ctx->sdev;
	u32 now = ktime_ms_delta(ktime_get(), sdev->ident.born);
	u32 base = MLX5CTL_GET(query_cong_statistics_in, ctx->in, clear) ?
		   atomic_xchg(&sdev->cong_base_ms, now) : atomic_read(&sdev->cong_base_ms);
	u32 ms = now - base;
	bool flows = READ_ONCE(sdev->workload);
	u64 marks = flows ? ms / 10 : 0;
	void *out = ctx->out;

	MLX5CTL_SET(query_cong_statistics_out, out, rp_cur_flows, flows ? SIM_CONG_FLOWS : 0);
	MLX5CTL_SET(query_cong_statistics_out, out, sum_flows, flows ? SIM_CONG_FLOWS : 0);
	MLX5CTL_SET(query_cong_statistics_out, out, rp_cnp_handled_high, upper_32_bits(marks / 2));
	MLX5CTL_SET(query_cong_statistics_out, out, rp_cnp_handled_low, lower_32_bits(marks / 2));
	MLX5CTL_SET(query_cong_statistics_out, out, np_ecn_marked_roce_packets_high,
		    upper_32_bits(marks));
	MLX5CTL_SET(query_cong_statistics_out, out, np_ecn_marked_roce_packets_low,
		    lower_32_bits(marks));
	MLX5CTL_SET(query_cong_statistics_out, out, np_cnp_sent_high, upper_32_bits(marks));
	MLX5CTL_SET(query_cong_statistics_out, out, np_cnp_sent_low, lower_32_bits(marks));
	/* Device time in microseconds (the 1 MHz clock caps.c reports). */
	MLX5CTL_SET(query_cong_statistics_out, out, time_stamp_high,
		    upper_32_bits((u64)now * USEC_PER_MSEC));
	MLX5CTL_SET(query_cong_statistics_out, out, time_stamp_low,
		    lower_32_bits((u64)now * USEC_PER_MSEC));
	MLX5CTL_SET(query_cong_statistics_out, out, accumulators_period, ms);
	return MLX5CTL_CMD_STATUS_OK;
}
