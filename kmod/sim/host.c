// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * The objects a running host has, for the queries a debugging engineer starts
 * with: what mlx5_core and mlx5e create for a netdev with SIM_CHANNELS
 * channels (EQs, CQs, SQs, RQs, a TIS, TIRs and their RQ table, the NIC RX
 * root flow table steering to the RSS TIR with a flow counter), owned by the
 * kernel (uid 0), and an RDMA workload's QPs in several states with their
 * CQs, owned by the workload's user context SIM_WORKLOAD_UID. They exist from
 * device creation (debugfs "workload" takes the workload's away and brings
 * them back), never change shape, and point at each other as a real host's
 * do: a QP's CQs exist, a CQ's EQ exists, a TIR's RQ table lists the
 * RQs. Counters (EQ/CQ producer and consumer indexes) move with time.
 *
 * Beside them: the kernel's e-switch QoS root and the PF's vport under it, a
 * VXLAN encapsulation the kernel offloaded and a kTLS transmit key (a general
 * object of type ENCRYPTION_KEY, whose key material is never read back); and
 * the workload's shared receive queues (an SRQ, an XRC SRQ, a tag-matching
 * XRQ, an RMP) and a DC target that receives through its SRQ.
 *
 * Who may query what, as the firmware decides it: a user context reads its
 * own objects; one with the tools_resources capability (fwctl opens every
 * file with it) reads everyone's, the kernel's included, for debugging. Any
 * other id is answered as one that does not exist (BAD_PARAM,
 * SIM_SYN_BAD_OBJ), so a user cannot probe others' ids.
 */
#include "sim.h"

#define SIM_CHANNELS 4

/* The PRM's object states and types this population uses. */
enum {
	SIM_EQ_ARMED = 0x9,
	SIM_CQ_ARMED = 0x9,
	SIM_WQ_RDY = 0x1,		/* SQ and RQ */
	SIM_QP_RST = 0x0,
	SIM_QP_INIT = 0x1,
	SIM_QP_RTR = 0x2,
	SIM_QP_RTS = 0x3,
	SIM_QP_ERR = 0x6,
	SIM_QP_ST_RC = 0x0,
	SIM_QP_ST_UD = 0x3,
	SIM_MTU_4096 = 0x5,
	SIM_TIR_DIRECT = 0x0,
	SIM_TIR_INDIRECT = 0x1,
	SIM_HASH_TOEPLITZ = 0x2,
};

/* Id bases: each kind numbers from its own base, as firmware allocates. */
enum {
	SIM_EQN_ASYNC = 0x0,		/* then one completion EQ per channel */
	SIM_CQN_BASE = 0x400,		/* per channel: SQ's CQ, RQ's CQ */
	SIM_SQN_BASE = 0x100,
	SIM_RQN_BASE = 0x200,
	SIM_TISN = 0x10,
	SIM_TIRN_DIRECT = 0x20,		/* to the first RQ */
	SIM_TIRN_RSS = 0x21,		/* through the RQ table */
	SIM_RQTN = 0x30,
	SIM_TRANSPORT_DOMAIN = 0x5,
	SIM_KERNEL_PD = 0x1,
	SIM_WORKLOAD_PD = 0x2,
	SIM_WORKLOAD_CQN = 0x480,	/* send CQ; the receive CQ follows */
	SIM_QPN_BASE = 0x1a,
	SIM_FT_NIC_RX = 0x0,		/* table_type */
	SIM_FT_ID = 0x1,		/* the root RX table */
	SIM_FG_ID = 0x0,		/* its one group, entries 0-3 */
	SIM_FT_LOG_SIZE = 2,
	SIM_FLOW_COUNTER_ID = 0x100,
	SIM_FTE_FWD_COUNT = 0x4 | 0x8,	/* forward to destinations, count */
	SIM_DEST_TIR = 0x2,
	SIM_MATCH_OUTER = 0x1,		/* match_criteria_enable: outer headers */
	SIM_WORKLOAD_SRQN = 0x40,	/* then XRC SRQ, XRQ, RMP: one each */
	SIM_WORKLOAD_XRCD = 0x3,
	SIM_SCHED_ESW = 0x0,		/* scheduling_hierarchy: the e-switch */
	SIM_SCHED_ROOT = 0x1,		/* its root TSAR; the PF's vport is 2 */
	SIM_REFORMAT_VXLAN = 0x1,	/* packet_reformat_id */
	SIM_VXLAN_VNI = 42,
	SIM_DEK_ID = 0x1,		/* the kTLS key's obj_id */
};

/* PRM values of the objects below. */
enum {
	SIM_SRQ_GOOD = 0x0,		/* SRQ, XRC SRQ and XRQ */
	SIM_RMP_RDY = 0x1,
	SIM_DCT_ACTIVE = 0x0,
	SIM_XRQ_TAG_MATCHING = 0x1,	/* xrqc topology and offload */
	SIM_WQ_CYCLIC = 0x1,
	SIM_SCHED_TSAR = 0x0,		/* element_type */
	SIM_SCHED_VPORT = 0x1,
	SIM_REFORMAT_L2_TO_VXLAN = 0x0,
	SIM_DEK_SIZE_128 = 0x0,
	SIM_DEK_TYPE_TLS = 0x1,
};

/**
 * struct sim_qp_seed - One QP of the RDMA workload
 * @state: Its state
 * @st: Its transport service type
 * @peer: Index of the QP it is connected to, or -1
 */
struct sim_qp_seed {
	u8 state;
	u8 st;
	s8 peer;
};

/* qpn = SIM_QPN_BASE + index: two connected RC QPs, one at each earlier state, one in error, one UD. */
static const struct sim_qp_seed sim_qps[] = {
	{ SIM_QP_RTS, SIM_QP_ST_RC, 1 },
	{ SIM_QP_RTS, SIM_QP_ST_RC, 0 },
	{ SIM_QP_RTR, SIM_QP_ST_RC, -1 },
	{ SIM_QP_INIT, SIM_QP_ST_RC, -1 },
	{ SIM_QP_RST, SIM_QP_ST_RC, -1 },
	{ SIM_QP_ERR, SIM_QP_ST_RC, -1 },
	{ SIM_QP_RTS, SIM_QP_ST_UD, -1 },
};

/* Milliseconds since the device was created: what moves the counters. */
static u32 sim_host_ms(struct sim_dev *sdev)
{
	return ktime_ms_delta(ktime_get(), sdev->ident.born);
}

/* Whether the command's uid may read an object of @owner (objects.c's rule). */
static bool sim_host_visible(struct sim_cmd_ctx *ctx, u16 owner)
{
	bool may;

	mutex_lock(&ctx->sdev->obj_lock);
	may = sim_uid_may_read(ctx->sdev, ctx->uid, owner);
	mutex_unlock(&ctx->sdev->obj_lock);
	return may;
}

static u8 sim_no_obj(struct sim_cmd_ctx *ctx)
{
	return sim_bad_param(ctx, SIM_SYN_BAD_OBJ);
}

/* Index of @id in [@base, @base + @n), or -1. */
static int sim_host_index(u32 id, u32 base, u32 n)
{
	return id >= base && id - base < n ? id - base : -1;
}

u8 sim_cmd_query_eq(struct sim_cmd_ctx *ctx)
{
	u32 eqn = MLX5CTL_GET(query_eq_in, ctx->in, eq_number);
	u32 ms = sim_host_ms(ctx->sdev);
	void *out = ctx->out;

	if (eqn > SIM_EQN_ASYNC + SIM_CHANNELS || !sim_host_visible(ctx, 0))
		return sim_no_obj(ctx);
	MLX5CTL_SET(query_eq_out, out, eq_context_entry.st, SIM_EQ_ARMED);
	MLX5CTL_SET(query_eq_out, out, eq_context_entry.log_eq_size,
		    eqn == SIM_EQN_ASYNC ? 7 : 10);
	MLX5CTL_SET(query_eq_out, out, eq_context_entry.uar_page, 0x1);
	/* MSI-X vector 0 is the async EQ's; channel n's completions use n. */
	MLX5CTL_SET(query_eq_out, out, eq_context_entry.intr, eqn);
	MLX5CTL_SET(query_eq_out, out, eq_context_entry.consumer_counter,
		    (ms / (eqn + 1)) & 0xffffff);
	MLX5CTL_SET(query_eq_out, out, eq_context_entry.producer_counter,
		    (ms / (eqn + 1)) & 0xffffff);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_cq(struct sim_cmd_ctx *ctx)
{
	u32 cqn = MLX5CTL_GET(query_cq_in, ctx->in, cqn);
	int ch = sim_host_index(cqn, SIM_CQN_BASE, 2 * SIM_CHANNELS);
	int wl = sim_host_index(cqn, SIM_WORKLOAD_CQN, 2);
	u32 ms = sim_host_ms(ctx->sdev);
	void *out = ctx->out;
	u32 eqn;

	if (ch >= 0 && sim_host_visible(ctx, 0))
		eqn = 1 + ch / 2;
	else if (wl >= 0 && READ_ONCE(ctx->sdev->workload) &&
		 sim_host_visible(ctx, SIM_WORKLOAD_UID))
		eqn = 1 + wl;
	else
		return sim_no_obj(ctx);
	MLX5CTL_SET(query_cq_out, out, cq_context.st, SIM_CQ_ARMED);
	MLX5CTL_SET(query_cq_out, out, cq_context.log_cq_size, 10);
	MLX5CTL_SET(query_cq_out, out, cq_context.uar_page, 0x1);
	MLX5CTL_SET(query_cq_out, out, cq_context.cq_period, 8);
	MLX5CTL_SET(query_cq_out, out, cq_context.cq_max_count, 64);
	MLX5CTL_SET(query_cq_out, out, cq_context.c_eqn_or_apu_element, eqn);
	/* One completion every 4 ms per CQ, all consumed. */
	MLX5CTL_SET(query_cq_out, out, cq_context.producer_counter,
		    (ms / 4) & 0xffffff);
	MLX5CTL_SET(query_cq_out, out, cq_context.consumer_counter,
		    (ms / 4) & 0xffffff);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_sq(struct sim_cmd_ctx *ctx)
{
	int ch = sim_host_index(MLX5CTL_GET(query_sq_in, ctx->in, sqn),
				SIM_SQN_BASE, SIM_CHANNELS);
	void *out = ctx->out;

	if (ch < 0 || !sim_host_visible(ctx, 0))
		return sim_no_obj(ctx);
	MLX5CTL_SET(query_sq_out, out, sq_context.state, SIM_WQ_RDY);
	MLX5CTL_SET(query_sq_out, out, sq_context.flush_in_error_en, 1);
	MLX5CTL_SET(query_sq_out, out, sq_context.cqn, SIM_CQN_BASE + 2 * ch);
	MLX5CTL_SET(query_sq_out, out, sq_context.tis_lst_sz, 1);
	MLX5CTL_SET(query_sq_out, out, sq_context.tis_num_0, SIM_TISN);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_rq(struct sim_cmd_ctx *ctx)
{
	int ch = sim_host_index(MLX5CTL_GET(query_rq_in, ctx->in, rqn),
				SIM_RQN_BASE, SIM_CHANNELS);
	void *out = ctx->out;

	if (ch < 0 || !sim_host_visible(ctx, 0))
		return sim_no_obj(ctx);
	MLX5CTL_SET(query_rq_out, out, rq_context.state, SIM_WQ_RDY);
	MLX5CTL_SET(query_rq_out, out, rq_context.flush_in_error_en, 1);
	MLX5CTL_SET(query_rq_out, out, rq_context.cqn,
		    SIM_CQN_BASE + 2 * ch + 1);
	/* The Q counter set QUERY_Q_COUNTER reads. */
	MLX5CTL_SET(query_rq_out, out, rq_context.counter_set_id, 1);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_tis(struct sim_cmd_ctx *ctx)
{
	if (MLX5CTL_GET(query_tis_in, ctx->in, tisn) != SIM_TISN ||
	    !sim_host_visible(ctx, 0))
		return sim_no_obj(ctx);
	MLX5CTL_SET(query_tis_out, ctx->out, tis_context.transport_domain,
		    SIM_TRANSPORT_DOMAIN);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_tir(struct sim_cmd_ctx *ctx)
{
	u32 tirn = MLX5CTL_GET(query_tir_in, ctx->in, tirn);
	void *out = ctx->out;

	if ((tirn != SIM_TIRN_DIRECT && tirn != SIM_TIRN_RSS) ||
	    !sim_host_visible(ctx, 0))
		return sim_no_obj(ctx);
	MLX5CTL_SET(query_tir_out, out, tir_context.transport_domain,
		    SIM_TRANSPORT_DOMAIN);
	if (tirn == SIM_TIRN_DIRECT) {
		MLX5CTL_SET(query_tir_out, out, tir_context.disp_type,
			    SIM_TIR_DIRECT);
		MLX5CTL_SET(query_tir_out, out, tir_context.inline_rqn,
			    SIM_RQN_BASE);
	} else {
		MLX5CTL_SET(query_tir_out, out, tir_context.disp_type,
			    SIM_TIR_INDIRECT);
		MLX5CTL_SET(query_tir_out, out, tir_context.indirect_table,
			    SIM_RQTN);
		MLX5CTL_SET(query_tir_out, out, tir_context.rx_hash_fn,
			    SIM_HASH_TOEPLITZ);
	}
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_rqt(struct sim_cmd_ctx *ctx)
{
	size_t list = MLX5CTL_BYTE_OFF(query_rqt_out, rqt_context.rq_num);
	__be32 *rq_num = ctx->out + list;
	unsigned int i;

	if (MLX5CTL_GET(query_rqt_in, ctx->in, rqtn) != SIM_RQTN ||
	    !sim_host_visible(ctx, 0))
		return sim_no_obj(ctx);
	MLX5CTL_SET(query_rqt_out, ctx->out, rqt_context.rqt_max_size,
		    SIM_CHANNELS);
	MLX5CTL_SET(query_rqt_out, ctx->out, rqt_context.rqt_actual_size,
		    SIM_CHANNELS);
	/* The list follows the context; as much of it as the outbox holds. */
	for (i = 0; i < SIM_CHANNELS && list + 4 * (i + 1) <= ctx->outlen; i++)
		rq_num[i] = cpu_to_be32(SIM_RQN_BASE + i);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_qp(struct sim_cmd_ctx *ctx)
{
	int i = sim_host_index(MLX5CTL_GET(query_qp_in, ctx->in, qpn),
			       SIM_QPN_BASE, ARRAY_SIZE(sim_qps));
	const struct sim_qp_seed *qp;
	void *out = ctx->out;

	if (i < 0 || !READ_ONCE(ctx->sdev->workload) ||
	    !sim_host_visible(ctx, SIM_WORKLOAD_UID))
		return sim_no_obj(ctx);
	qp = &sim_qps[i];
	MLX5CTL_SET(query_qp_out, out, qpc.state, qp->state);
	MLX5CTL_SET(query_qp_out, out, qpc.st, qp->st);
	MLX5CTL_SET(query_qp_out, out, qpc.pd, SIM_WORKLOAD_PD);
	MLX5CTL_SET(query_qp_out, out, qpc.mtu, SIM_MTU_4096);
	MLX5CTL_SET(query_qp_out, out, qpc.log_msg_max, 30);
	MLX5CTL_SET(query_qp_out, out, qpc.log_rq_size, 8);
	MLX5CTL_SET(query_qp_out, out, qpc.log_rq_stride, 2);
	MLX5CTL_SET(query_qp_out, out, qpc.log_sq_size, 8);
	MLX5CTL_SET(query_qp_out, out, qpc.uar_page, 0x2);
	MLX5CTL_SET(query_qp_out, out, qpc.cqn_snd, SIM_WORKLOAD_CQN);
	MLX5CTL_SET(query_qp_out, out, qpc.cqn_rcv, SIM_WORKLOAD_CQN + 1);
	if (qp->peer >= 0)
		MLX5CTL_SET(query_qp_out, out, qpc.remote_qpn,
			    SIM_QPN_BASE + qp->peer);
	if (qp->state == SIM_QP_RTS) {
		MLX5CTL_SET(query_qp_out, out, qpc.next_send_psn,
			    sim_host_ms(ctx->sdev) & 0xffffff);
		MLX5CTL_SET(query_qp_out, out, qpc.next_rcv_psn,
			    sim_host_ms(ctx->sdev) & 0xffffff);
	}
	return MLX5CTL_CMD_STATUS_OK;
}

/* The root NIC RX flow table: table_type 0, table_id SIM_FT_ID. */
static bool sim_root_table(struct sim_cmd_ctx *ctx, u32 type, u32 id)
{
	return type == SIM_FT_NIC_RX && id == SIM_FT_ID && sim_host_visible(ctx, 0);
}

u8 sim_cmd_query_flow_table(struct sim_cmd_ctx *ctx)
{
	void *out = ctx->out;

	if (!sim_root_table(ctx, MLX5CTL_GET(query_flow_table_in, ctx->in, table_type),
			    MLX5CTL_GET(query_flow_table_in, ctx->in, table_id)))
		return sim_no_obj(ctx);
	MLX5CTL_SET(query_flow_table_out, out, flow_table_context.level, 0);
	MLX5CTL_SET(query_flow_table_out, out, flow_table_context.log_size, SIM_FT_LOG_SIZE);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_flow_group(struct sim_cmd_ctx *ctx)
{
	void *out = ctx->out;

	if (!sim_root_table(ctx, MLX5CTL_GET(query_flow_group_in, ctx->in, table_type),
			    MLX5CTL_GET(query_flow_group_in, ctx->in, table_id)) ||
	    MLX5CTL_GET(query_flow_group_in, ctx->in, group_id) != SIM_FG_ID)
		return sim_no_obj(ctx);
	MLX5CTL_SET(query_flow_group_out, out, start_flow_index, 0);
	MLX5CTL_SET(query_flow_group_out, out, end_flow_index, (1 << SIM_FT_LOG_SIZE) - 1);
	MLX5CTL_SET(query_flow_group_out, out, match_criteria_enable, SIM_MATCH_OUTER);
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * Entry 0 of the root table: everything to the RSS TIR, counted. Its list
 * holds the destination, then the counter, 8 bytes each.
 */
u8 sim_cmd_query_fte(struct sim_cmd_ctx *ctx)
{
	size_t list = MLX5CTL_BYTE_OFF(query_fte_out, flow_context.destination);
	__be32 *entry = ctx->out + list;
	void *out = ctx->out;

	if (!sim_root_table(ctx, MLX5CTL_GET(query_fte_in, ctx->in, table_type),
			    MLX5CTL_GET(query_fte_in, ctx->in, table_id)) ||
	    MLX5CTL_GET(query_fte_in, ctx->in, flow_index) != 0)
		return sim_no_obj(ctx);
	MLX5CTL_SET(query_fte_out, out, flow_context.group_id, SIM_FG_ID);
	MLX5CTL_SET(query_fte_out, out, flow_context.action, SIM_FTE_FWD_COUNT);
	MLX5CTL_SET(query_fte_out, out, flow_context.destination_list_size, 1);
	MLX5CTL_SET(query_fte_out, out, flow_context.flow_counter_list_size, 1);
	if (list + 16 <= ctx->outlen) {
		entry[0] = cpu_to_be32(SIM_DEST_TIR << 24 | SIM_TIRN_RSS);
		entry[2] = cpu_to_be32(SIM_FLOW_COUNTER_ID);
	}
	return MLX5CTL_CMD_STATUS_OK;
}

/* The entry's counter: what reached the port, as the vport counters see it. */
u8 sim_cmd_query_flow_counter(struct sim_cmd_ctx *ctx)
{
	struct sim_ctrs c;
	void *stats;

	if (MLX5CTL_GET(query_flow_counter_in, ctx->in, flow_counter_id) != SIM_FLOW_COUNTER_ID ||
	    MLX5CTL_GET(query_flow_counter_in, ctx->in, num_of_counters) > 1 ||
	    !sim_host_visible(ctx, 0))
		return sim_no_obj(ctx);
	if (ctx->outlen < MLX5CTL_ST_SZ_BYTES(query_flow_counter_out) +
			  MLX5CTL_ST_SZ_BYTES(traffic_counter))
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_OUTP_LEN, SIM_SYN_BAD_OUTP_LEN);
	stats = MLX5CTL_ADDR_OF(query_flow_counter_out, ctx->out, flow_statistics);
	sim_port_counters(ctx->sdev, SIM_VIEW_VPORT, false, &c);
	MLX5CTL_SET64(traffic_counter, stats, packets, c.v[SIM_CTR_RX_UCAST_PKTS]);
	MLX5CTL_SET64(traffic_counter, stats, octets, c.v[SIM_CTR_RX_UCAST_PKTS] * SIM_UCAST_BYTES);
	return MLX5CTL_CMD_STATUS_OK;
}

/* Whether @id is the workload's shared receive queue @which: SRQ, XRC SRQ, XRQ, RMP. */
static bool sim_workload_rq(struct sim_cmd_ctx *ctx, u32 id, u32 which)
{
	return id == SIM_WORKLOAD_SRQN + which && READ_ONCE(ctx->sdev->workload) &&
	       sim_host_visible(ctx, SIM_WORKLOAD_UID);
}

/* Receive WQEs posted and not yet consumed, a few hundred that move with time. */
static u32 sim_host_posted(struct sim_dev *sdev)
{
	return 256 + sim_host_ms(sdev) % 64;
}

u8 sim_cmd_query_srq(struct sim_cmd_ctx *ctx)
{
	void *out = ctx->out;

	if (!sim_workload_rq(ctx, MLX5CTL_GET(query_srq_in, ctx->in, srqn), 0))
		return sim_no_obj(ctx);
	MLX5CTL_SET(query_srq_out, out, srq_context_entry.state, SIM_SRQ_GOOD);
	MLX5CTL_SET(query_srq_out, out, srq_context_entry.log_srq_size, 10);
	MLX5CTL_SET(query_srq_out, out, srq_context_entry.log_rq_stride, 2);
	MLX5CTL_SET(query_srq_out, out, srq_context_entry.cqn, SIM_WORKLOAD_CQN + 1);
	MLX5CTL_SET(query_srq_out, out, srq_context_entry.pd, SIM_WORKLOAD_PD);
	MLX5CTL_SET(query_srq_out, out, srq_context_entry.lwm, 16);
	MLX5CTL_SET(query_srq_out, out, srq_context_entry.wqe_cnt, sim_host_posted(ctx->sdev));
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_xrc_srq(struct sim_cmd_ctx *ctx)
{
	u32 n = MLX5CTL_GET(query_xrc_srq_in, ctx->in, xrc_srqn);
	void *out = ctx->out;

	if (!sim_workload_rq(ctx, n, 1))
		return sim_no_obj(ctx);
	MLX5CTL_SET(query_xrc_srq_out, out, xrc_srq_context_entry.state, SIM_SRQ_GOOD);
	MLX5CTL_SET(query_xrc_srq_out, out, xrc_srq_context_entry.log_xrc_srq_size, 8);
	MLX5CTL_SET(query_xrc_srq_out, out, xrc_srq_context_entry.log_rq_stride, 2);
	MLX5CTL_SET(query_xrc_srq_out, out, xrc_srq_context_entry.xrcd, SIM_WORKLOAD_XRCD);
	MLX5CTL_SET(query_xrc_srq_out, out, xrc_srq_context_entry.cqn, SIM_WORKLOAD_CQN + 1);
	MLX5CTL_SET(query_xrc_srq_out, out, xrc_srq_context_entry.user_index_equal_xrc_srqn, 1);
	MLX5CTL_SET(query_xrc_srq_out, out, xrc_srq_context_entry.user_index, n);
	MLX5CTL_SET(query_xrc_srq_out, out, xrc_srq_context_entry.pd, SIM_WORKLOAD_PD);
	MLX5CTL_SET(query_xrc_srq_out, out, xrc_srq_context_entry.lwm, 16);
	return MLX5CTL_CMD_STATUS_OK;
}

/* The receive work queue of an XRQ or RMP: cyclic, 1024 WQEs of 64 bytes. */
static void sim_host_wq(void *wq, struct sim_dev *sdev)
{
	MLX5CTL_SET(wq, wq, wq_type, SIM_WQ_CYCLIC);
	MLX5CTL_SET(wq, wq, pd, SIM_WORKLOAD_PD);
	MLX5CTL_SET(wq, wq, uar_page, 0x2);
	MLX5CTL_SET(wq, wq, log_wq_stride, 6);
	MLX5CTL_SET(wq, wq, log_wq_sz, 10);
	MLX5CTL_SET(wq, wq, hw_counter, sim_host_ms(sdev));
	MLX5CTL_SET(wq, wq, sw_counter, sim_host_ms(sdev) + sim_host_posted(sdev));
}

u8 sim_cmd_query_xrq(struct sim_cmd_ctx *ctx)
{
	u32 n = MLX5CTL_GET(query_xrq_in, ctx->in, xrqn);
	void *xrqc = MLX5CTL_ADDR_OF(query_xrq_out, ctx->out, xrq_context);

	if (!sim_workload_rq(ctx, n, 2))
		return sim_no_obj(ctx);
	MLX5CTL_SET(xrqc, xrqc, state, SIM_SRQ_GOOD);
	MLX5CTL_SET(xrqc, xrqc, topology, SIM_XRQ_TAG_MATCHING);
	MLX5CTL_SET(xrqc, xrqc, offload, SIM_XRQ_TAG_MATCHING);
	MLX5CTL_SET(xrqc, xrqc, user_index, n);
	MLX5CTL_SET(xrqc, xrqc, cqn, SIM_WORKLOAD_CQN + 1);
	MLX5CTL_SET(xrqc, xrqc, tag_matching_topology_context.log_matching_list_sz, 6);
	sim_host_wq(MLX5CTL_ADDR_OF(xrqc, xrqc, wq), ctx->sdev);
	return MLX5CTL_CMD_STATUS_OK;
}

u8 sim_cmd_query_rmp(struct sim_cmd_ctx *ctx)
{
	void *rmpc = MLX5CTL_ADDR_OF(query_rmp_out, ctx->out, rmp_context);

	if (!sim_workload_rq(ctx, MLX5CTL_GET(query_rmp_in, ctx->in, rmpn), 3))
		return sim_no_obj(ctx);
	MLX5CTL_SET(rmpc, rmpc, state, SIM_RMP_RDY);
	MLX5CTL_SET(rmpc, rmpc, basic_cyclic_rcv_wqe, 1);
	sim_host_wq(MLX5CTL_ADDR_OF(rmpc, rmpc, wq), ctx->sdev);
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * The workload's DC target: its number follows the QPs' (DCTs share their
 * number space), it receives through the workload's SRQ and completes on its
 * receive CQ, and it is reached at RoCE address 1 (function.c: the RoCE v2
 * link-local GID) with the Q counter set the RQs count in.
 */
u8 sim_cmd_query_dct(struct sim_cmd_ctx *ctx)
{
	void *out = ctx->out;

	if (MLX5CTL_GET(query_dct_in, ctx->in, dctn) != SIM_QPN_BASE + ARRAY_SIZE(sim_qps) ||
	    !READ_ONCE(ctx->sdev->workload) || !sim_host_visible(ctx, SIM_WORKLOAD_UID))
		return sim_no_obj(ctx);
	MLX5CTL_SET(query_dct_out, out, dct_context_entry.state, SIM_DCT_ACTIVE);
	MLX5CTL_SET(query_dct_out, out, dct_context_entry.cqn, SIM_WORKLOAD_CQN + 1);
	MLX5CTL_SET(query_dct_out, out, dct_context_entry.counter_set_id, 1);
	MLX5CTL_SET(query_dct_out, out, dct_context_entry.rre, 1);
	MLX5CTL_SET(query_dct_out, out, dct_context_entry.rwe, 1);
	MLX5CTL_SET(query_dct_out, out, dct_context_entry.rae, 1);
	MLX5CTL_SET(query_dct_out, out, dct_context_entry.min_rnr_nak, 12);
	MLX5CTL_SET(query_dct_out, out, dct_context_entry.srqn_xrqn, SIM_WORKLOAD_SRQN);
	MLX5CTL_SET(query_dct_out, out, dct_context_entry.pd, SIM_WORKLOAD_PD);
	MLX5CTL_SET64(query_dct_out, out, dct_context_entry.dc_access_key, 0x1ee7);
	MLX5CTL_SET(query_dct_out, out, dct_context_entry.mtu, SIM_MTU_4096);
	MLX5CTL_SET(query_dct_out, out, dct_context_entry.port, 1);
	MLX5CTL_SET(query_dct_out, out, dct_context_entry.my_addr_index, 1);
	MLX5CTL_SET(query_dct_out, out, dct_context_entry.hop_limit, 64);
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * E-switch QoS: a DWRR root TSAR and the PF's vport element under it, with
 * the vport's default share and no rate limit.
 */
u8 sim_cmd_query_scheduling_element(struct sim_cmd_ctx *ctx)
{
	u32 id = MLX5CTL_GET(query_scheduling_element_in, ctx->in, scheduling_element_id);
	void *sc = MLX5CTL_ADDR_OF(query_scheduling_element_reply, ctx->out, scheduling_context);

	if (MLX5CTL_GET(query_scheduling_element_in, ctx->in, scheduling_hierarchy) !=
	    SIM_SCHED_ESW || (id != SIM_SCHED_ROOT && id != SIM_SCHED_ROOT + 1) ||
	    !sim_host_visible(ctx, 0))
		return sim_no_obj(ctx);
	if (id == SIM_SCHED_ROOT) {
		MLX5CTL_SET(scheduling_context, sc, element_type, SIM_SCHED_TSAR);
		return MLX5CTL_CMD_STATUS_OK;
	}
	MLX5CTL_SET(scheduling_context, sc, element_type, SIM_SCHED_VPORT);
	MLX5CTL_SET(scheduling_context, sc, parent_element_id, SIM_SCHED_ROOT);
	MLX5CTL_SET(scheduling_context, sc, bw_share, 1);
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * A VXLAN tunnel's encapsulation: Ethernet, IPv4, UDP to port 4789 and the
 * VXLAN header with its VNI, 50 bytes, as much as the outbox holds.
 */
u8 sim_cmd_query_packet_reformat_context(struct sim_cmd_ctx *ctx)
{
	static const u8 outer[] = { 0x45, 0, 0, 0, 0, 0, 0x40, 0, 0x40, 17, 0, 0,
				    192, 0, 2, 1, 192, 0, 2, 2 };
	void *prc = MLX5CTL_ADDR_OF(query_packet_reformat_context_reply, ctx->out,
				    packet_reformat_context);
	size_t off = MLX5CTL_BYTE_OFF(query_packet_reformat_context_reply, packet_reformat_context) +
		     MLX5CTL_BYTE_OFF(packet_reformat_context_in, reformat_data);
	u8 hdr[50] = { 0 };

	if (MLX5CTL_GET(query_packet_reformat_context_in, ctx->in, packet_reformat_id) !=
	    SIM_REFORMAT_VXLAN || !sim_host_visible(ctx, 0))
		return sim_no_obj(ctx);
	memcpy(hdr, ctx->sdev->ident.mac, ETH_ALEN);	/* to the peer's MAC: ours, here */
	memcpy(hdr + ETH_ALEN, ctx->sdev->ident.mac, ETH_ALEN);
	hdr[12] = 0x08;					/* IPv4 */
	memcpy(hdr + 14, outer, sizeof(outer));
	hdr[36] = 4789 >> 8;				/* UDP destination port */
	hdr[37] = 4789 & 0xff;
	hdr[42] = 0x08;					/* VXLAN: VNI valid */
	hdr[46] = SIM_VXLAN_VNI >> 16;
	hdr[47] = (SIM_VXLAN_VNI >> 8) & 0xff;
	hdr[48] = SIM_VXLAN_VNI & 0xff;
	MLX5CTL_SET(packet_reformat_context_in, prc, reformat_type, SIM_REFORMAT_L2_TO_VXLAN);
	MLX5CTL_SET(packet_reformat_context_in, prc, reformat_data_size, sizeof(hdr));
	if (off < ctx->outlen)
		memcpy(ctx->out + off, hdr, min(sizeof(hdr), ctx->outlen - off));
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * General objects by type (obj_type sits where op_mod is): the kernel's kTLS
 * transmit key, a 128-bit TLS DEK in its PD. Its context follows the general
 * object header; the key itself reads back as zeros, as firmware never
 * returns key material.
 */
u8 sim_cmd_query_general_object(struct sim_cmd_ctx *ctx)
{
	size_t hdr = MLX5CTL_ST_SZ_BYTES(general_obj_out_cmd_hdr);
	void *obj = ctx->out + hdr;
	u32 id = MLX5CTL_GET(general_obj_in_cmd_hdr, ctx->in, obj_id);

	if (MLX5CTL_GET(general_obj_in_cmd_hdr, ctx->in, obj_type) != MLX5CTL_GENERAL_OBJ_TYPE_ENCRYPTION_KEY ||
	    id != SIM_DEK_ID || !sim_host_visible(ctx, 0))
		return sim_no_obj(ctx);
	if (ctx->outlen < hdr + MLX5CTL_ST_SZ_BYTES(encryption_key_obj))
		return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_OUTP_LEN, SIM_SYN_BAD_OUTP_LEN);
	MLX5CTL_SET(general_obj_out_cmd_hdr, ctx->out, obj_id, id);
	MLX5CTL_SET(encryption_key_obj, obj, key_size, SIM_DEK_SIZE_128);
	MLX5CTL_SET(encryption_key_obj, obj, key_type, SIM_DEK_TYPE_TLS);
	MLX5CTL_SET(encryption_key_obj, obj, pd, SIM_KERNEL_PD);
	return MLX5CTL_CMD_STATUS_OK;
}
