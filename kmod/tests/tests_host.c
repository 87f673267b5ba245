// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * The objects a simulated host has (kmod/sim/host.c) through the object
 * queries of the policy: each answers with a context that points at objects
 * that exist, ids that do not exist are the firmware's BAD_PARAM, counters
 * move, and a file without tools_resources sees nothing of others' objects.
 */
#include <unistd.h>

#include "tests.h"

#define SYN_BAD_OBJ 0x5e00000a

/* The population, as host.c lays it out. */
#define CHANNELS 4
#define EQN_ASYNC 0
#define CQN_BASE 0x400
#define SQN_BASE 0x100
#define RQN_BASE 0x200
#define TISN 0x10
#define TIRN_DIRECT 0x20
#define TIRN_RSS 0x21
#define RQTN 0x30
#define WORKLOAD_CQN 0x480
#define QPN_BASE 0x1a
#define NQPS 7

/* Query @opcode with @id in the input field at @id_off/@id_width (bits); the firmware status. */
static uint32_t query(int fd, struct mbox *m, uint16_t opcode, uint32_t id_off, uint32_t id_width,
		      uint32_t id, uint32_t inlen, uint32_t outlen)
{
	hdr_in(m, opcode, 0);
	prm_set(m->in, id_off, id_width, id);
	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, m->in, inlen, m->out, outlen));
	return out_status(m);
}

#define QUERY_QP(fd, m, id) ({ uint32_t _s = query(fd, m, MLX5CTL_CMD_OP_QUERY_QP,	\
	PRM_OFF(query_qp_in, qpn), PRM_WIDTH(query_qp_in, qpn), id,		\
	PRM_SZ(query_qp_in), PRM_SZ(query_qp_out)); _s; })

#define CHECK_STATUS(m, want, what, id)						\
	CHECK(out_status(m) == (want), "%s %#x: status %#x syndrome %#x, want %#x",	\
	      what, (unsigned int)(id), out_status(m), out_syndrome(m), (unsigned int)(want))

static void check_eq(int fd, uint32_t eqn)
{
	struct mbox m;

	query(fd, &m, MLX5CTL_CMD_OP_QUERY_EQ, PRM_OFF(query_eq_in, eq_number),
	      PRM_WIDTH(query_eq_in, eq_number), eqn, PRM_SZ(query_eq_in), PRM_SZ(query_eq_out));
	CHECK_STATUS(&m, 0, "EQ", eqn);
	CHECK(PRM_GET(query_eq_out, m.out, eq_context_entry.st) == 0x9 &&
	      PRM_GET(query_eq_out, m.out, eq_context_entry.intr) == eqn,
	      "EQ %#x: st %#x intr %u", eqn, PRM_GET(query_eq_out, m.out, eq_context_entry.st),
	      PRM_GET(query_eq_out, m.out, eq_context_entry.intr));
}

/* The CQ exists and its EQ exists: the EQ number. */
static uint32_t check_cq(int fd, uint32_t cqn)
{
	struct mbox m;
	uint32_t eqn;

	query(fd, &m, MLX5CTL_CMD_OP_QUERY_CQ, PRM_OFF(query_cq_in, cqn), PRM_WIDTH(query_cq_in, cqn),
	      cqn, PRM_SZ(query_cq_in), PRM_SZ(query_cq_out));
	CHECK_STATUS(&m, 0, "CQ", cqn);
	eqn = PRM_GET(query_cq_out, m.out, cq_context.c_eqn_or_apu_element);
	CHECK(eqn >= 1 && eqn <= CHANNELS, "CQ %#x: completion EQ %u", cqn, eqn);
	check_eq(fd, eqn);
	return eqn;
}

static void host_netdev_objects_point_at_each_other(void)
{
	struct mbox m;
	uint32_t i, rqn;
	int fd = open_dev(DEV0);

	check_eq(fd, EQN_ASYNC);
	for (i = 0; i < CHANNELS; i++) {
		query(fd, &m, MLX5CTL_CMD_OP_QUERY_SQ, PRM_OFF(query_sq_in, sqn),
		      PRM_WIDTH(query_sq_in, sqn), SQN_BASE + i, PRM_SZ(query_sq_in), PRM_SZ(query_sq_out));
		CHECK_STATUS(&m, 0, "SQ", SQN_BASE + i);
		CHECK(PRM_GET(query_sq_out, m.out, sq_context.state) == 1, "SQ %#x not ready", SQN_BASE + i);
		CHECK(PRM_GET(query_sq_out, m.out, sq_context.tis_num_0) == TISN, "SQ's TIS");
		CHECK(check_cq(fd, PRM_GET(query_sq_out, m.out, sq_context.cqn)) == i + 1,
		      "SQ %u's CQ is not on channel %u's EQ", i, i);
	}
	query(fd, &m, MLX5CTL_CMD_OP_QUERY_TIS, PRM_OFF(query_tis_in, tisn), PRM_WIDTH(query_tis_in, tisn),
	      TISN, PRM_SZ(query_tis_in), PRM_SZ(query_tis_out));
	CHECK_STATUS(&m, 0, "TIS", TISN);

	query(fd, &m, MLX5CTL_CMD_OP_QUERY_TIR, PRM_OFF(query_tir_in, tirn), PRM_WIDTH(query_tir_in, tirn),
	      TIRN_DIRECT, PRM_SZ(query_tir_in), PRM_SZ(query_tir_out));
	CHECK_STATUS(&m, 0, "TIR", TIRN_DIRECT);
	CHECK(PRM_GET(query_tir_out, m.out, tir_context.inline_rqn) == RQN_BASE, "direct TIR's RQ");
	query(fd, &m, MLX5CTL_CMD_OP_QUERY_TIR, PRM_OFF(query_tir_in, tirn), PRM_WIDTH(query_tir_in, tirn),
	      TIRN_RSS, PRM_SZ(query_tir_in), PRM_SZ(query_tir_out));
	CHECK_STATUS(&m, 0, "TIR", TIRN_RSS);
	CHECK(PRM_GET(query_tir_out, m.out, tir_context.indirect_table) == RQTN, "RSS TIR's RQ table");

	/* The RQ list follows the context, as long as the outbox has room. */
	query(fd, &m, MLX5CTL_CMD_OP_QUERY_RQT, PRM_OFF(query_rqt_in, rqtn), PRM_WIDTH(query_rqt_in, rqtn),
	      RQTN, PRM_SZ(query_rqt_in), PRM_SZ(query_rqt_out) + 4 * CHANNELS);
	CHECK_STATUS(&m, 0, "RQT", RQTN);
	CHECK(PRM_GET(query_rqt_out, m.out, rqt_context.rqt_actual_size) == CHANNELS, "RQT size");
	for (i = 0; i < CHANNELS; i++) {
		struct mbox rq;

		rqn = prm_get(m.out, PRM_SZ(query_rqt_out) * 8 + 32 * i + 8, 24);
		CHECK(rqn == RQN_BASE + i, "RQT entry %u is %#x", i, rqn);
		query(fd, &rq, MLX5CTL_CMD_OP_QUERY_RQ, PRM_OFF(query_rq_in, rqn),
		      PRM_WIDTH(query_rq_in, rqn), rqn, PRM_SZ(query_rq_in), PRM_SZ(query_rq_out));
		CHECK_STATUS(&rq, 0, "RQ", rqn);
		CHECK(check_cq(fd, PRM_GET(query_rq_out, rq.out, rq_context.cqn)) == i + 1,
		      "RQ %u's CQ is not on channel %u's EQ", i, i);
	}
	close(fd);
}

static void host_rdma_qps_in_their_states(void)
{
	static const uint32_t state[NQPS] = { 3, 3, 2, 1, 0, 6, 3 };	/* RTS RTS RTR INIT RST ERR RTS */
	struct mbox m;
	uint32_t i;
	int fd = open_dev(DEV0);

	for (i = 0; i < NQPS; i++) {
		QUERY_QP(fd, &m, QPN_BASE + i);
		CHECK_STATUS(&m, 0, "QP", QPN_BASE + i);
		CHECK(PRM_GET(query_qp_out, m.out, qpc.state) == state[i], "QP %#x state %u, want %u",
		      QPN_BASE + i, PRM_GET(query_qp_out, m.out, qpc.state), state[i]);
		CHECK(PRM_GET(query_qp_out, m.out, qpc.st) == (i == NQPS - 1 ? 3u : 0u), "QP %#x type",
		      QPN_BASE + i);
		CHECK(PRM_GET(query_qp_out, m.out, qpc.cqn_snd) == WORKLOAD_CQN &&
		      PRM_GET(query_qp_out, m.out, qpc.cqn_rcv) == WORKLOAD_CQN + 1, "QP %#x CQs",
		      QPN_BASE + i);
	}
	check_cq(fd, WORKLOAD_CQN);
	check_cq(fd, WORKLOAD_CQN + 1);
	/* The two connected QPs name each other. */
	QUERY_QP(fd, &m, QPN_BASE);
	CHECK(PRM_GET(query_qp_out, m.out, qpc.remote_qpn) == QPN_BASE + 1, "QP 0x1a's peer");
	QUERY_QP(fd, &m, QPN_BASE + 1);
	CHECK(PRM_GET(query_qp_out, m.out, qpc.remote_qpn) == QPN_BASE, "QP 0x1b's peer");
	close(fd);
}

static void host_bad_ids_are_bad_param(void)
{
	static const struct { uint16_t opcode; uint32_t off, width, id; const char *what; } bad[] = {
		{ MLX5CTL_CMD_OP_QUERY_QP, PRM_OFF(query_qp_in, qpn), PRM_WIDTH(query_qp_in, qpn), QPN_BASE - 1, "QP" },
		{ MLX5CTL_CMD_OP_QUERY_QP, PRM_OFF(query_qp_in, qpn), PRM_WIDTH(query_qp_in, qpn), QPN_BASE + NQPS, "QP" },
		{ MLX5CTL_CMD_OP_QUERY_CQ, PRM_OFF(query_cq_in, cqn), PRM_WIDTH(query_cq_in, cqn), CQN_BASE + 2 * CHANNELS, "CQ" },
		{ MLX5CTL_CMD_OP_QUERY_EQ, PRM_OFF(query_eq_in, eq_number), PRM_WIDTH(query_eq_in, eq_number), CHANNELS + 1, "EQ" },
		{ MLX5CTL_CMD_OP_QUERY_SQ, PRM_OFF(query_sq_in, sqn), PRM_WIDTH(query_sq_in, sqn), SQN_BASE + CHANNELS, "SQ" },
		{ MLX5CTL_CMD_OP_QUERY_RQ, PRM_OFF(query_rq_in, rqn), PRM_WIDTH(query_rq_in, rqn), 0xffffff, "RQ" },
		{ MLX5CTL_CMD_OP_QUERY_TIS, PRM_OFF(query_tis_in, tisn), PRM_WIDTH(query_tis_in, tisn), TISN + 1, "TIS" },
		{ MLX5CTL_CMD_OP_QUERY_TIR, PRM_OFF(query_tir_in, tirn), PRM_WIDTH(query_tir_in, tirn), 0, "TIR" },
		{ MLX5CTL_CMD_OP_QUERY_RQT, PRM_OFF(query_rqt_in, rqtn), PRM_WIDTH(query_rqt_in, rqtn), RQTN + 1, "RQT" },
	};
	struct mbox m;
	unsigned int i;
	int fd = open_dev(DEV0);

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		query(fd, &m, bad[i].opcode, bad[i].off, bad[i].width, bad[i].id, 64, 2048);
		CHECK(out_status(&m) == MLX5CTL_CMD_STATUS_BAD_PARAM && out_syndrome(&m) == SYN_BAD_OBJ,
		      "%s %#x: status %#x syndrome %#x, want BAD_PARAM", bad[i].what, bad[i].id,
		      out_status(&m), out_syndrome(&m));
	}
	close(fd);
}

static void host_counters_move(void)
{
	struct mbox m;
	uint32_t a, b;
	int fd = open_dev(DEV0);

	query(fd, &m, MLX5CTL_CMD_OP_QUERY_CQ, PRM_OFF(query_cq_in, cqn), PRM_WIDTH(query_cq_in, cqn),
	      CQN_BASE, PRM_SZ(query_cq_in), PRM_SZ(query_cq_out));
	a = PRM_GET(query_cq_out, m.out, cq_context.producer_counter);
	usleep(100 * 1000);
	query(fd, &m, MLX5CTL_CMD_OP_QUERY_CQ, PRM_OFF(query_cq_in, cqn), PRM_WIDTH(query_cq_in, cqn),
	      CQN_BASE, PRM_SZ(query_cq_in), PRM_SZ(query_cq_out));
	b = PRM_GET(query_cq_out, m.out, cq_context.producer_counter);
	CHECK(((b - a) & 0xffffff) >= 10, "CQ producer counter %u then %u after 100 ms", a, b);
	close(fd);
}

/* A child without CAP_SYS_ADMIN: its V4 context lacks tools_resources. */
static void queries_without_tools(void *arg)
{
	struct mbox m;
	int fd;

	(void)arg;
	CHECK(!caps_limit(ALL_CAPS & ~CAP_BIT(CAP_SYS_ADMIN)), "capset failed");
	fd = open_dev(DEV0);
	QUERY_QP(fd, &m, QPN_BASE);
	CHECK(out_status(&m) == MLX5CTL_CMD_STATUS_BAD_PARAM && out_syndrome(&m) == SYN_BAD_OBJ,
	      "the workload's QP: status %#x syndrome %#x", out_status(&m), out_syndrome(&m));
	query(fd, &m, MLX5CTL_CMD_OP_QUERY_EQ, PRM_OFF(query_eq_in, eq_number),
	      PRM_WIDTH(query_eq_in, eq_number), EQN_ASYNC, PRM_SZ(query_eq_in), PRM_SZ(query_eq_out));
	CHECK(out_status(&m) == MLX5CTL_CMD_STATUS_BAD_PARAM && out_syndrome(&m) == SYN_BAD_OBJ,
	      "the kernel's EQ: status %#x syndrome %#x", out_status(&m), out_syndrome(&m));
	close(fd);
}

static void host_others_objects_need_tools_resources(void)
{
	test_in_child(queries_without_tools, NULL);
}

/*
 * The root NIC RX table's one entry sends everything to the RSS TIR and
 * counts it; the counter moves with the port's traffic.
 */
static void host_flow_steering_leads_to_the_rss_tir(void)
{
	struct mbox m;
	uint32_t dest, counter;
	uint64_t a, b;
	int fd = open_dev(DEV0);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_FLOW_TABLE, 0);
	PRM_SET(query_flow_table_in, m.in, table_type, 0);
	PRM_SET(query_flow_table_in, m.in, table_id, 1);
	CHECK_OK(rpc(fd, 1, m.in, PRM_SZ(query_flow_table_in), m.out, PRM_SZ(query_flow_table_out)));
	CHECK_STATUS(&m, 0, "flow table", 1);
	CHECK(PRM_GET(query_flow_table_out, m.out, flow_table_context.log_size) == 2, "table size");

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_FLOW_GROUP, 0);
	PRM_SET(query_flow_group_in, m.in, table_id, 1);
	CHECK_OK(rpc(fd, 1, m.in, PRM_SZ(query_flow_group_in), m.out, PRM_SZ(query_flow_group_out)));
	CHECK_STATUS(&m, 0, "flow group", 0);
	CHECK(PRM_GET(query_flow_group_out, m.out, end_flow_index) == 3, "group end %u",
	      PRM_GET(query_flow_group_out, m.out, end_flow_index));

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_FLOW_TABLE_ENTRY, 0);
	PRM_SET(query_fte_in, m.in, table_id, 1);
	CHECK_OK(rpc(fd, 1, m.in, PRM_SZ(query_fte_in), m.out, PRM_SZ(query_fte_out) + 16));
	CHECK_STATUS(&m, 0, "flow entry", 0);
	CHECK(PRM_GET(query_fte_out, m.out, flow_context.destination_list_size) == 1 &&
	      PRM_GET(query_fte_out, m.out, flow_context.flow_counter_list_size) == 1, "entry lists");
	dest = prm_get(m.out, PRM_OFF(query_fte_out, flow_context.destination), 32);
	counter = prm_get(m.out, PRM_OFF(query_fte_out, flow_context.destination) + 64, 32);
	CHECK(dest >> 24 == 2 && (dest & 0xffffff) == TIRN_RSS, "destination %#x, want the RSS TIR", dest);
	query(fd, &m, MLX5CTL_CMD_OP_QUERY_TIR, PRM_OFF(query_tir_in, tirn), PRM_WIDTH(query_tir_in, tirn),
	      dest & 0xffffff, PRM_SZ(query_tir_in), PRM_SZ(query_tir_out));
	CHECK_STATUS(&m, 0, "the entry's TIR", dest & 0xffffff);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_FLOW_COUNTER, 0);
	PRM_SET(query_flow_counter_in, m.in, flow_counter_id, counter);
	CHECK_OK(rpc(fd, 1, m.in, PRM_SZ(query_flow_counter_in), m.out, PRM_SZ(query_flow_counter_out) + 16));
	CHECK_STATUS(&m, 0, "flow counter", counter);
	a = prm_get64(m.out, PRM_SZ(query_flow_counter_out) * 8);
	usleep(100 * 1000);
	CHECK_OK(rpc(fd, 1, m.in, PRM_SZ(query_flow_counter_in), m.out, PRM_SZ(query_flow_counter_out) + 16));
	b = prm_get64(m.out, PRM_SZ(query_flow_counter_out) * 8);
	CHECK(b > a && a > 0, "flow counter %llu then %llu packets", (unsigned long long)a,
	      (unsigned long long)b);
	close(fd);
}

/* The workload ends: its QPs and CQs are gone; the kernel's stay. It comes back. */
static void host_workload_comes_and_goes(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	sim_knob(DEV0, "workload", 0);
	QUERY_QP(fd, &m, QPN_BASE);
	CHECK(out_status(&m) == MLX5CTL_CMD_STATUS_BAD_PARAM && out_syndrome(&m) == SYN_BAD_OBJ,
	      "a QP of an ended workload: status %#x", out_status(&m));
	query(fd, &m, MLX5CTL_CMD_OP_QUERY_CQ, PRM_OFF(query_cq_in, cqn), PRM_WIDTH(query_cq_in, cqn),
	      WORKLOAD_CQN, PRM_SZ(query_cq_in), PRM_SZ(query_cq_out));
	CHECK(out_status(&m) == MLX5CTL_CMD_STATUS_BAD_PARAM, "a CQ of an ended workload: status %#x",
	      out_status(&m));
	check_cq(fd, CQN_BASE);
	sim_knob(DEV0, "workload", 1);
	QUERY_QP(fd, &m, QPN_BASE);
	CHECK_STATUS(&m, 0, "QP", QPN_BASE);
	close(fd);
}

const struct test_case host_cases[] = {
	TEST(host_flow_steering_leads_to_the_rss_tir, 30),
	TEST(host_workload_comes_and_goes, 30),
	TEST(host_netdev_objects_point_at_each_other, 60),
	TEST(host_rdma_qps_in_their_states, 60),
	TEST(host_bad_ids_are_bad_param, 30),
	TEST(host_counters_move, 30),
	TEST(host_others_objects_need_tools_resources, 30),
};
const unsigned int host_cases_len = sizeof(host_cases) / sizeof(host_cases[0]);
