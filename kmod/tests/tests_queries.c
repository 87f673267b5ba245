// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * One case per query of the allow-list that the simulated firmware answers
 * beyond the objects tests_host.c follows: each sends the query as a tool
 * would, checks the values the firmware's model implies (kmod/sim/host.c,
 * function.c, cong.c, caps.c) and that an id or index it does not have is the
 * firmware's error. Values are cross-checked where the model ties two commands
 * together (GUIDs, GIDs, the DCT's SRQ and RoCE address).
 */
#include <string.h>
#include <unistd.h>

#include "tests.h"

#define SYN_BAD_OBJ 0x5e00000a
#define SYN_HCA_INITIALISED 0x5e000016
#define WORKLOAD_CQN 0x480
#define WORKLOAD_PD 0x2
#define SRQN 0x40
#define DCTN 0x21
#define ST_OK MLX5CTL_CMD_STATUS_OK
#define ST_BAD_PARAM MLX5CTL_CMD_STATUS_BAD_PARAM

/* Send what @m holds at @scope and return the firmware status. */
static uint32_t send_at(int fd, uint32_t scope, struct mbox *m, uint32_t inlen, uint32_t outlen)
{
	CHECK_OK(rpc(fd, scope, m->in, inlen, m->out, outlen));
	return out_status(m);
}

#define SEND(fd, m, l) send_at(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, m, PRM_SZ(l##_in), PRM_SZ(l##_out))

#define EXPECT(m, want, what)								\
	CHECK(out_status(m) == (want), "%s: status %#x syndrome %#x, want %#x", what,	\
	      out_status(m), out_syndrome(m), (unsigned int)(want))

/* The MAC QUERY_NIC_VPORT_CONTEXT reports, as six bytes. */
static void own_mac(int fd, unsigned char mac[6])
{
	struct mbox m;
	void *a;
	uint32_t hi, lo;

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_NIC_VPORT_CONTEXT, 0);
	SEND(fd, &m, query_nic_vport_context);
	EXPECT(&m, ST_OK, "NIC vport context");
	a = PRM_ADDR_OF(query_nic_vport_context_out, m.out, nic_vport_context.permanent_address);
	hi = PRM_GET(mac_address_layout, a, mac_addr_47_32);
	lo = PRM_GET(mac_address_layout, a, mac_addr_31_0);
	mac[0] = hi >> 8;
	mac[1] = hi;
	mac[2] = lo >> 24;
	mac[3] = lo >> 16;
	mac[4] = lo >> 8;
	mac[5] = lo;
}

/* fe80::EUI-64 of @mac, as RFC 4291 appendix A derives it. */
static void link_local(const unsigned char mac[6], unsigned char gid[16])
{
	static const unsigned char prefix[8] = { 0xfe, 0x80 };

	memcpy(gid, prefix, 8);
	gid[8] = mac[0] ^ 2;
	gid[9] = mac[1];
	gid[10] = mac[2];
	gid[11] = 0xff;
	gid[12] = 0xfe;
	memcpy(gid + 13, mac + 3, 3);
}

static void query_srq_of_the_workload(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_SRQ, 0);
	PRM_SET(query_srq_in, m.in, srqn, SRQN);
	SEND(fd, &m, query_srq);
	EXPECT(&m, ST_OK, "SRQ");
	CHECK(PRM_GET(query_srq_out, m.out, srq_context_entry.cqn) == WORKLOAD_CQN + 1 &&
	      PRM_GET(query_srq_out, m.out, srq_context_entry.pd) == WORKLOAD_PD &&
	      PRM_GET(query_srq_out, m.out, srq_context_entry.log_srq_size) == 10,
	      "SRQ: cqn %#x pd %u", PRM_GET(query_srq_out, m.out, srq_context_entry.cqn),
	      PRM_GET(query_srq_out, m.out, srq_context_entry.pd));
	CHECK(PRM_GET(query_srq_out, m.out, srq_context_entry.wqe_cnt) >= 256, "SRQ: nothing posted");
	PRM_SET(query_srq_in, m.in, srqn, SRQN + 1);
	SEND(fd, &m, query_srq);
	CHECK(out_status(&m) == ST_BAD_PARAM && out_syndrome(&m) == SYN_BAD_OBJ,
	      "the XRC SRQ's number as an SRQ: status %#x", out_status(&m));
	close(fd);
}

static void query_xrc_srq_of_the_workload(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_XRC_SRQ, 0);
	PRM_SET(query_xrc_srq_in, m.in, xrc_srqn, SRQN + 1);
	SEND(fd, &m, query_xrc_srq);
	EXPECT(&m, ST_OK, "XRC SRQ");
	CHECK(PRM_GET(query_xrc_srq_out, m.out, xrc_srq_context_entry.xrcd) != 0 &&
	      PRM_GET(query_xrc_srq_out, m.out, xrc_srq_context_entry.user_index) == SRQN + 1 &&
	      PRM_GET(query_xrc_srq_out, m.out, xrc_srq_context_entry.pd) == WORKLOAD_PD,
	      "XRC SRQ: xrcd %u user_index %#x", PRM_GET(query_xrc_srq_out, m.out,
							  xrc_srq_context_entry.xrcd),
	      PRM_GET(query_xrc_srq_out, m.out, xrc_srq_context_entry.user_index));
	close(fd);
}

static void query_xrq_and_rmp_of_the_workload(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_XRQ, 0);
	PRM_SET(query_xrq_in, m.in, xrqn, SRQN + 2);
	SEND(fd, &m, query_xrq);
	EXPECT(&m, ST_OK, "XRQ");
	CHECK(PRM_GET(query_xrq_out, m.out, xrq_context.topology) == 1 &&
	      PRM_GET(query_xrq_out, m.out, xrq_context.offload) == 1 &&
	      PRM_GET(query_xrq_out, m.out, xrq_context.wq.pd) == WORKLOAD_PD &&
	      PRM_GET(query_xrq_out, m.out, xrq_context.wq.log_wq_sz) == 10,
	      "XRQ: topology %u wq pd %u", PRM_GET(query_xrq_out, m.out, xrq_context.topology),
	      PRM_GET(query_xrq_out, m.out, xrq_context.wq.pd));

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_RMP, 0);
	PRM_SET(query_rmp_in, m.in, rmpn, SRQN + 3);
	SEND(fd, &m, query_rmp);
	EXPECT(&m, ST_OK, "RMP");
	CHECK(PRM_GET(query_rmp_out, m.out, rmp_context.state) == 1 &&
	      PRM_GET(query_rmp_out, m.out, rmp_context.wq.wq_type) == 1,
	      "RMP: state %u", PRM_GET(query_rmp_out, m.out, rmp_context.state));
	close(fd);
}

/* The DCT receives through the SRQ and is reached at RoCE address 1, RoCE v2. */
static void query_dct_leads_to_its_srq_and_address(void)
{
	struct mbox m;
	uint32_t idx;
	int fd = open_dev(DEV0);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_DCT, 0);
	PRM_SET(query_dct_in, m.in, dctn, DCTN);
	SEND(fd, &m, query_dct);
	EXPECT(&m, ST_OK, "DCT");
	CHECK(PRM_GET(query_dct_out, m.out, dct_context_entry.srqn_xrqn) == SRQN &&
	      PRM_GET(query_dct_out, m.out, dct_context_entry.cqn) == WORKLOAD_CQN + 1 &&
	      PRM_GET(query_dct_out, m.out, dct_context_entry.rre) == 1,
	      "DCT: srq %#x cqn %#x", PRM_GET(query_dct_out, m.out, dct_context_entry.srqn_xrqn),
	      PRM_GET(query_dct_out, m.out, dct_context_entry.cqn));
	idx = PRM_GET(query_dct_out, m.out, dct_context_entry.my_addr_index);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_ROCE_ADDRESS, 0);
	PRM_SET(query_roce_address_in, m.in, roce_address_index, idx);
	SEND(fd, &m, query_roce_address);
	EXPECT(&m, ST_OK, "RoCE address");
	CHECK(PRM_GET(query_roce_address_out, m.out, roce_address.roce_version) == 2,
	      "the DCT's address %u is RoCE version %u, not v2", idx,
	      PRM_GET(query_roce_address_out, m.out, roce_address.roce_version));
	close(fd);
}

/* Address 0 and 1 are the link-local GID from the MAC (v1, v2); the table's end is BAD_PARAM. */
static void query_roce_address_table(void)
{
	unsigned char mac[6], gid[16];
	struct mbox m;
	uint32_t i;
	int fd = open_dev(DEV0);

	own_mac(fd, mac);
	link_local(mac, gid);
	for (i = 0; i < 3; i++) {
		hdr_in(&m, MLX5CTL_CMD_OP_QUERY_ROCE_ADDRESS, 0);
		PRM_SET(query_roce_address_in, m.in, roce_address_index, i);
		SEND(fd, &m, query_roce_address);
		EXPECT(&m, ST_OK, "RoCE address");
		if (i == 2) {
			CHECK(PRM_GET(query_roce_address_out, m.out, roce_address.roce_l3_type) == 0,
			      "RoCE address 2 is not empty");
			break;
		}
		CHECK(!memcmp(PRM_ADDR_OF(query_roce_address_out, m.out,
					  roce_address.source_l3_address), gid, 16),
		      "RoCE address %u is not fe80::EUI-64 of the MAC", i);
		CHECK(PRM_GET(query_roce_address_out, m.out, roce_address.source_mac_31_0) ==
		      (uint32_t)(mac[2] << 24 | mac[3] << 16 | mac[4] << 8 | mac[5]),
		      "RoCE address %u's MAC", i);
	}
	PRM_SET(query_roce_address_in, m.in, roce_address_index, 0x80);
	SEND(fd, &m, query_roce_address);
	EXPECT(&m, ST_BAD_PARAM, "RoCE address past the table");
	close(fd);
}

/* The HCA vport's GUIDs are the NIC vport's; GID 0 is the RoCE address's; P_Key 0 is 0xffff. */
static void query_hca_vport_context_gid_pkey(void)
{
	unsigned char mac[6], gid[16];
	struct mbox m, nic;
	int fd = open_dev(DEV0);

	hdr_in(&nic, MLX5CTL_CMD_OP_QUERY_NIC_VPORT_CONTEXT, 0);
	SEND(fd, &nic, query_nic_vport_context);
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_HCA_VPORT_CONTEXT, 0);
	SEND(fd, &m, query_hca_vport_context);
	EXPECT(&m, ST_OK, "HCA vport context");
	CHECK(PRM_GET64(query_hca_vport_context_out, m.out, hca_vport_context.node_guid) ==
	      PRM_GET64(query_nic_vport_context_out, nic.out, nic_vport_context.node_guid) &&
	      PRM_GET64(query_hca_vport_context_out, m.out, hca_vport_context.port_guid) ==
	      PRM_GET64(query_nic_vport_context_out, nic.out, nic_vport_context.port_guid),
	      "HCA and NIC vport GUIDs differ");
	CHECK(PRM_GET(query_hca_vport_context_out, m.out, hca_vport_context.port_state) == 4,
	      "port state %u, not active", PRM_GET(query_hca_vport_context_out, m.out,
						  hca_vport_context.port_state));
	PRM_SET(query_hca_vport_context_in, m.in, other_vport, 1);
	PRM_SET(query_hca_vport_context_in, m.in, vport_number, 1);
	SEND(fd, &m, query_hca_vport_context);
	EXPECT(&m, ST_BAD_PARAM, "a VF's HCA vport on a PF without VFs");

	own_mac(fd, mac);
	link_local(mac, gid);
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_HCA_VPORT_GID, 0);
	PRM_SET(query_hca_vport_gid_in, m.in, gid_index, 0xffff);
	send_at(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, &m, PRM_SZ(query_hca_vport_gid_in),
		PRM_SZ(query_hca_vport_gid_out) + 8 * 16);
	EXPECT(&m, ST_OK, "the whole GID table");
	CHECK(PRM_GET(query_hca_vport_gid_out, m.out, gids_num) == 8, "GID table of %u",
	      PRM_GET(query_hca_vport_gid_out, m.out, gids_num));
	CHECK(!memcmp(m.out + PRM_SZ(query_hca_vport_gid_out), gid, 16), "GID 0");
	send_at(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, &m, PRM_SZ(query_hca_vport_gid_in),
		PRM_SZ(query_hca_vport_gid_out) + 16);
	EXPECT(&m, MLX5CTL_CMD_STATUS_BAD_OUTP_LEN, "the whole GID table in room for one");

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_HCA_VPORT_PKEY, 0);
	send_at(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, &m, PRM_SZ(query_hca_vport_pkey_in),
		PRM_SZ(query_hca_vport_pkey_out) + 4);
	EXPECT(&m, ST_OK, "P_Key 0");
	CHECK(prm_get(m.out, PRM_SZ(query_hca_vport_pkey_out) * 8 + 16, 16) == 0xffff,
	      "P_Key 0 is %#x", prm_get(m.out, PRM_SZ(query_hca_vport_pkey_out) * 8 + 16, 16));
	close(fd);
}

/* Error queues count the workload's QP in error; receive discards follow the traffic. */
static void query_vnic_env_and_esw(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_VNIC_ENV, 0);
	SEND(fd, &m, query_vnic_env);
	EXPECT(&m, ST_OK, "vNIC env");
	CHECK(PRM_GET(query_vnic_env_out, m.out, vport_env.total_error_queues) == 1,
	      "error queues %u", PRM_GET(query_vnic_env_out, m.out, vport_env.total_error_queues));
	sim_knob(DEV0, "workload", 0);
	SEND(fd, &m, query_vnic_env);
	CHECK(PRM_GET(query_vnic_env_out, m.out, vport_env.total_error_queues) == 0,
	      "error queues without the workload");
	sim_knob(DEV0, "workload", 1);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_ESW_VPORT_CONTEXT, 0);
	SEND(fd, &m, query_esw_vport_context);
	EXPECT(&m, ST_OK, "e-switch vport context");
	PRM_SET(query_esw_vport_context_in, m.in, other_vport, 1);
	PRM_SET(query_esw_vport_context_in, m.in, vport_number, 3);
	SEND(fd, &m, query_esw_vport_context);
	EXPECT(&m, ST_BAD_PARAM, "e-switch vport 3");

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_ESW_FUNCTIONS, 0);
	SEND(fd, &m, query_esw_functions);
	EXPECT(&m, ST_OK, "e-switch functions");
	CHECK(PRM_GET(query_esw_functions_out, m.out, host_params_context.host_total_vfs) == 8 &&
	      PRM_GET(query_esw_functions_out, m.out, host_params_context.host_num_of_vfs) == 0,
	      "host VFs %u of %u",
	      PRM_GET(query_esw_functions_out, m.out, host_params_context.host_num_of_vfs),
	      PRM_GET(query_esw_functions_out, m.out, host_params_context.host_total_vfs));
	close(fd);
}

/* On for every priority; a change reads back; a priority past 7 is BAD_PARAM. */
static void query_cong_status_follows_modify(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_CONG_STATUS, 0);
	PRM_SET(query_cong_status_in, m.in, cong_protocol, 2);
	PRM_SET(query_cong_status_in, m.in, priority, 3);
	SEND(fd, &m, query_cong_status);
	EXPECT(&m, ST_OK, "congestion status");
	CHECK(PRM_GET(query_cong_status_out, m.out, enable) == 1, "NP priority 3 off at start");

	hdr_in(&m, MLX5CTL_CMD_OP_MODIFY_CONG_STATUS, 0);
	PRM_SET(modify_cong_status_in, m.in, cong_protocol, 2);
	PRM_SET(modify_cong_status_in, m.in, priority, 3);
	send_at(fd, MLX5CTL_RPC_CONFIGURATION, &m, PRM_SZ(modify_cong_status_in),
		PRM_SZ(modify_cong_status_out));
	EXPECT(&m, ST_OK, "congestion off");
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_CONG_STATUS, 0);
	PRM_SET(query_cong_status_in, m.in, cong_protocol, 2);
	PRM_SET(query_cong_status_in, m.in, priority, 3);
	SEND(fd, &m, query_cong_status);
	CHECK(PRM_GET(query_cong_status_out, m.out, enable) == 0, "NP priority 3 still on");
	PRM_SET(query_cong_status_in, m.in, priority, 2);
	SEND(fd, &m, query_cong_status);
	CHECK(PRM_GET(query_cong_status_out, m.out, enable) == 1, "priority 2 went off too");

	hdr_in(&m, MLX5CTL_CMD_OP_MODIFY_CONG_STATUS, 0);
	PRM_SET(modify_cong_status_in, m.in, cong_protocol, 2);
	PRM_SET(modify_cong_status_in, m.in, priority, 3);
	PRM_SET(modify_cong_status_in, m.in, enable, 1);
	send_at(fd, MLX5CTL_RPC_CONFIGURATION, &m, PRM_SZ(modify_cong_status_in),
		PRM_SZ(modify_cong_status_out));
	EXPECT(&m, ST_OK, "congestion back on");
	PRM_SET(modify_cong_status_in, m.in, priority, 8);
	send_at(fd, MLX5CTL_RPC_CONFIGURATION, &m, PRM_SZ(modify_cong_status_in),
		PRM_SZ(modify_cong_status_out));
	EXPECT(&m, ST_BAD_PARAM, "priority 8");
	close(fd);
}

/* DCQCN's defaults by algorithm part; the counts move and clear. */
static void query_cong_params_and_statistics(void)
{
	struct mbox m;
	uint32_t sent;
	int fd = open_dev(DEV0);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_CONG_PARAMS, 0);
	PRM_SET(query_cong_params_in, m.in, cong_protocol, 1);
	SEND(fd, &m, query_cong_params);
	EXPECT(&m, ST_OK, "RP parameters");
	CHECK(PRM_GET(query_cong_params_out, m.out,
		      congestion_parameters.cong_control_r_roce_ecn_rp.rpg_time_reset) == 300 &&
	      PRM_GET(query_cong_params_out, m.out,
		      congestion_parameters.cong_control_r_roce_ecn_rp.initial_alpha_value) == 1023,
	      "RP defaults");
	PRM_SET(query_cong_params_in, m.in, cong_protocol, 2);
	SEND(fd, &m, query_cong_params);
	CHECK(PRM_GET(query_cong_params_out, m.out,
		      congestion_parameters.cong_control_r_roce_ecn_np.cnp_dscp) == 48,
	      "NP's CNP DSCP");
	PRM_SET(query_cong_params_in, m.in, cong_protocol, 0);
	SEND(fd, &m, query_cong_params);
	EXPECT(&m, ST_BAD_PARAM, "802.1Qau parameters");

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_CONG_STATISTICS, 0);
	usleep(50 * 1000);
	SEND(fd, &m, query_cong_statistics);
	EXPECT(&m, ST_OK, "congestion statistics");
	sent = PRM_GET(query_cong_statistics_out, m.out, np_cnp_sent_low);
	CHECK(sent > 0 && PRM_GET(query_cong_statistics_out, m.out, rp_cur_flows) == 2,
	      "CNPs sent %u, flows %u", sent,
	      PRM_GET(query_cong_statistics_out, m.out, rp_cur_flows));
	CHECK(PRM_GET(query_cong_statistics_out, m.out, np_ecn_marked_roce_packets_low) == sent,
	      "a CNP per ECN mark");
	PRM_SET(query_cong_statistics_in, m.in, clear, 1);
	SEND(fd, &m, query_cong_statistics);
	PRM_SET(query_cong_statistics_in, m.in, clear, 0);
	SEND(fd, &m, query_cong_statistics);
	CHECK(PRM_GET(query_cong_statistics_out, m.out, np_cnp_sent_low) < sent + 5,
	      "not cleared: %u after %u", PRM_GET(query_cong_statistics_out, m.out, np_cnp_sent_low),
	      sent);
	close(fd);
}

/* Boot and init pages were given at probe; none are outstanding; function 1 does not exist. */
static void query_pages_and_special_contexts(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_PAGES, MLX5CTL_QUERY_PAGES_OP_MOD_INIT_PAGES);
	SEND(fd, &m, query_pages);
	EXPECT(&m, ST_OK, "init pages");
	CHECK(PRM_GET(query_pages_out, m.out, num_pages) > 0, "no init pages");
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_PAGES, MLX5CTL_QUERY_PAGES_OP_MOD_REGULAR_PAGES);
	SEND(fd, &m, query_pages);
	CHECK(out_status(&m) == ST_OK && PRM_GET(query_pages_out, m.out, num_pages) == 0,
	      "regular pages outstanding");
	PRM_SET(query_pages_in, m.in, function_id, 1);
	SEND(fd, &m, query_pages);
	EXPECT(&m, ST_BAD_PARAM, "pages of function 1");

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_SPECIAL_CONTEXTS, 0);
	SEND(fd, &m, query_special_contexts);
	EXPECT(&m, ST_OK, "special contexts");
	CHECK(PRM_GET(query_special_contexts_out, m.out, resd_lkey) &&
	      PRM_GET(query_special_contexts_out, m.out, null_mkey) &&
	      PRM_GET(query_special_contexts_out, m.out, resd_lkey) !=
	      PRM_GET(query_special_contexts_out, m.out, null_mkey), "special mkeys");
	close(fd);
}

/* Other functions' caps: only the PF itself; SET_HCA_CAP comes after INIT_HCA. */
static void query_other_caps_and_set_caps(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_OTHER_HCA_CAP, 0);
	SEND(fd, &m, query_other_hca_cap);
	EXPECT(&m, ST_OK, "function 0's caps");
	CHECK(PRM_GET(query_other_hca_cap_out, m.out, other_capability.roce) == 1, "RoCE off");
	PRM_SET(query_other_hca_cap_in, m.in, function_id, 2);
	SEND(fd, &m, query_other_hca_cap);
	EXPECT(&m, ST_BAD_PARAM, "function 2's caps");

	hdr_in(&m, MLX5CTL_CMD_OP_SET_HCA_CAP, 0);
	send_at(fd, MLX5CTL_RPC_CONFIGURATION, &m, PRM_SZ(set_hca_cap_in), PRM_SZ(set_hca_cap_out));
	CHECK(out_status(&m) == MLX5CTL_CMD_STATUS_BAD_RES_STATE &&
	      out_syndrome(&m) == SYN_HCA_INITIALISED, "SET_HCA_CAP: status %#x syndrome %#x",
	      out_status(&m), out_syndrome(&m));
	close(fd);
}

/* The function's vhca_id (general caps) names its migration state; another does not. */
static void query_vhca_migration_state(void)
{
	struct mbox m, cap;
	uint32_t vhca;
	int fd = open_dev(DEV0);

	hdr_in(&cap, MLX5CTL_CMD_OP_QUERY_HCA_CAP, 1);
	SEND(fd, &cap, query_hca_cap);
	vhca = PRM_GET(query_hca_cap_out, cap.out, capability.cmd_hca_cap.vhca_id);
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_VHCA_MIGRATION_STATE, 0);
	PRM_SET(query_vhca_migration_state_in, m.in, vhca_id, vhca);
	SEND(fd, &m, query_vhca_migration_state);
	EXPECT(&m, ST_OK, "own migration state");
	CHECK(PRM_GET(query_vhca_migration_state_out, m.out, required_umem_size) > 0,
	      "empty migration state");
	PRM_SET(query_vhca_migration_state_in, m.in, vhca_id, vhca + 1);
	SEND(fd, &m, query_vhca_migration_state);
	EXPECT(&m, ST_BAD_PARAM, "another vhca's migration state");
	close(fd);
}

/* One SF partition, one port never bonded, WoL by magic packet, the own MAC at L2 index 0. */
static void query_sf_lag_wol_mad_l2(void)
{
	unsigned char mac[6];
	struct mbox m;
	int fd = open_dev(DEV0);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_SF_PARTITION, 0);
	send_at(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, &m, PRM_SZ(query_sf_partitions_in),
		PRM_SZ(query_sf_partitions_out) + PRM_SZ(sf_partition));
	EXPECT(&m, ST_OK, "SF partitions");
	CHECK(PRM_GET(query_sf_partitions_out, m.out, num_sf_partitions) == 1 &&
	      PRM_GET(sf_partition, m.out + PRM_SZ(query_sf_partitions_out), log_num_sf) == 8,
	      "SF partition");

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_LAG, 0);
	SEND(fd, &m, query_lag);
	EXPECT(&m, ST_OK, "LAG");
	CHECK(PRM_GET(query_lag_out, m.out, ctx.lag_state) == 0 &&
	      PRM_GET(query_lag_out, m.out, ctx.active_port) == 1, "LAG of one port");

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_WOL_ROL, 0);
	SEND(fd, &m, query_wol_rol);
	EXPECT(&m, ST_OK, "WoL");
	CHECK(PRM_GET(query_wol_rol_out, m.out, wol_mode) == 0x40, "WoL mode %#x",
	      PRM_GET(query_wol_rol_out, m.out, wol_mode));

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_MAD_DEMUX, 0);
	SEND(fd, &m, query_mad_demux);
	EXPECT(&m, ST_OK, "MAD demux");

	own_mac(fd, mac);
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_L2_TABLE_ENTRY, 0);
	SEND(fd, &m, query_l2_table_entry);
	EXPECT(&m, ST_OK, "L2 entry 0");
	CHECK(PRM_GET(query_l2_table_entry_out, m.out, mac_address.mac_addr_47_32) ==
	      (uint32_t)(mac[0] << 8 | mac[1]), "L2 entry 0 is not the MAC");
	PRM_SET(query_l2_table_entry_in, m.in, table_index, 1);
	SEND(fd, &m, query_l2_table_entry);
	EXPECT(&m, ST_BAD_PARAM, "L2 entry 1");
	close(fd);
}

/* The root TSAR and the PF's vport under it; the VXLAN encap; the kTLS key. */
static void query_sched_reformat_general_object(void)
{
	struct mbox m;
	const unsigned char *vni;
	int fd = open_dev(DEV0);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_SCHEDULING_ELEMENT, 0);
	PRM_SET(query_scheduling_element_in, m.in, scheduling_element_id, 2);
	send_at(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, &m, PRM_SZ(query_scheduling_element_in),
		PRM_SZ(query_scheduling_element_reply));
	EXPECT(&m, ST_OK, "scheduling element 2");
	CHECK(PRM_GET(query_scheduling_element_reply, m.out, scheduling_context.element_type) == 1 &&
	      PRM_GET(query_scheduling_element_reply, m.out,
		      scheduling_context.parent_element_id) == 1, "the vport element's parent");
	PRM_SET(query_scheduling_element_in, m.in, scheduling_element_id, 3);
	send_at(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, &m, PRM_SZ(query_scheduling_element_in),
		PRM_SZ(query_scheduling_element_reply));
	EXPECT(&m, ST_BAD_PARAM, "scheduling element 3");

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_PACKET_REFORMAT_CONTEXT, 0);
	PRM_SET(query_packet_reformat_context_in, m.in, packet_reformat_id, 1);
	send_at(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, &m, PRM_SZ(query_packet_reformat_context_in),
		PRM_SZ(query_packet_reformat_context_reply) + 64);
	EXPECT(&m, ST_OK, "packet reformat 1");
	CHECK(PRM_GET(query_packet_reformat_context_reply, m.out,
		      packet_reformat_context.reformat_data_size) == 50, "encap of %u bytes",
	      PRM_GET(query_packet_reformat_context_reply, m.out,
		      packet_reformat_context.reformat_data_size));
	vni = (unsigned char *)PRM_ADDR_OF(query_packet_reformat_context_reply, m.out,
					   packet_reformat_context.reformat_data) + 46;
	CHECK(vni[0] == 0 && vni[1] == 0 && vni[2] == 42, "VNI %u", vni[2]);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_GENERAL_OBJECT, MLX5CTL_GENERAL_OBJ_TYPE_ENCRYPTION_KEY);
	PRM_SET(general_obj_in_cmd_hdr, m.in, obj_id, 1);
	send_at(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, &m, PRM_SZ(general_obj_in_cmd_hdr),
		PRM_SZ(general_obj_out_cmd_hdr) + PRM_SZ(encryption_key_obj));
	EXPECT(&m, ST_OK, "the kTLS key");
	CHECK(PRM_GET(encryption_key_obj, m.out + PRM_SZ(general_obj_out_cmd_hdr), key_type) == 1,
	      "key type");
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_GENERAL_OBJECT, MLX5CTL_GENERAL_OBJ_TYPE_IPSEC);
	PRM_SET(general_obj_in_cmd_hdr, m.in, obj_id, 1);
	send_at(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, &m, PRM_SZ(general_obj_in_cmd_hdr),
		PRM_SZ(general_obj_out_cmd_hdr) + PRM_SZ(encryption_key_obj));
	EXPECT(&m, ST_BAD_PARAM, "an IPsec object 1");
	close(fd);
}

/* ACCESS_REGISTER_USER reaches the same registers as ACCESS_REG. */
static void query_register_through_access_register_user(void)
{
	struct mbox reg, user;
	uint32_t inlen = paos_in(&reg, 1);
	int fd = open_dev(DEV0);

	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, reg.in, inlen, reg.out, paos_outlen()));
	EXPECT(&reg, ST_OK, "PAOS through ACCESS_REG");
	paos_in(&user, 1);
	PRM_SET(access_register_in, user.in, opcode, MLX5CTL_CMD_OP_ACCESS_REGISTER_USER);
	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, user.in, inlen, user.out, paos_outlen()));
	EXPECT(&user, ST_OK, "PAOS through ACCESS_REGISTER_USER");
	CHECK(!memcmp(reg.out, user.out, paos_outlen()), "the two doors read PAOS differently");
	close(fd);
}

const struct test_case query_cases[] = {
	TEST(query_srq_of_the_workload, 30),
	TEST(query_xrc_srq_of_the_workload, 30),
	TEST(query_xrq_and_rmp_of_the_workload, 30),
	TEST(query_dct_leads_to_its_srq_and_address, 30),
	TEST(query_roce_address_table, 30),
	TEST(query_hca_vport_context_gid_pkey, 30),
	TEST(query_vnic_env_and_esw, 30),
	TEST(query_cong_status_follows_modify, 30),
	TEST(query_cong_params_and_statistics, 30),
	TEST(query_pages_and_special_contexts, 30),
	TEST(query_other_caps_and_set_caps, 30),
	TEST(query_vhca_migration_state, 30),
	TEST(query_sf_lag_wol_mad_l2, 30),
	TEST(query_sched_reformat_general_object, 30),
	TEST(query_register_through_access_register_user, 30),
};
const unsigned int query_cases_len = sizeof(query_cases) / sizeof(query_cases[0]);
