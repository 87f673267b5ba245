// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * QUERY_HCA_CAP: the capability blocks the device reports, maximum and
 * current. Current values differ from the maximums where a real driver lowers
 * a limit with SET_HCA_CAP; the rest are equal. Cap types the schema lays
 * out but the device does not model answer BAD_PARAM.
 */
#include "sim.h"

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
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_rq, 0x11);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_sq, 0x11);
	MLX5CTL_SET(cmd_hca_cap, cap, max_num_eqs, cur ? 0x100 : 0x400);
	MLX5CTL_SET(cmd_hca_cap, cap, num_ports, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, port_type, MLX5CTL_PORT_TYPE_ETH);
	MLX5CTL_SET(cmd_hca_cap, cap, eth_net_offloads, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, roce, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, vport_counters, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, debug, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, pcam_reg, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, mcam_reg, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, umem_uid_0, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, cqe_version, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, uctx_cap, READ_ONCE(sdev->uctx_cap));
}

static void sim_caps_eth(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(per_protocol_networking_offload_caps, cap, csum_cap, 1);
	MLX5CTL_SET(per_protocol_networking_offload_caps, cap, vlan_cap, 1);
	MLX5CTL_SET(per_protocol_networking_offload_caps, cap, lro_cap, 1);
	MLX5CTL_SET(per_protocol_networking_offload_caps, cap, max_lso_cap,
		    0x12);
	MLX5CTL_SET(per_protocol_networking_offload_caps, cap, rss_ind_tbl_cap,
		    0xb);
	MLX5CTL_SET(per_protocol_networking_offload_caps, cap, scatter_fcs, 1);
	MLX5CTL_SET(per_protocol_networking_offload_caps, cap,
		    tunnel_stateless_vxlan, 1);
	MLX5CTL_SET(per_protocol_networking_offload_caps, cap,
		    tunnel_stateless_geneve_rx, 1);
	MLX5CTL_SET(per_protocol_networking_offload_caps, cap,
		    max_vxlan_udp_ports, 4);
	MLX5CTL_SET(per_protocol_networking_offload_caps, cap,
		    lro_min_mss_size, 0x500);
}

static void sim_caps_roce(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(roce_cap, cap, roce_apm, 1);
	MLX5CTL_SET(roce_cap, cap, l3_type, 0x3);	/* IPv4 and IPv6 */
	MLX5CTL_SET(roce_cap, cap, roce_version, 0x5);	/* v1 and v2 */
	MLX5CTL_SET(roce_cap, cap, r_roce_dest_udp_port, 4791);
	MLX5CTL_SET(roce_cap, cap, r_roce_max_src_udp_port, 0xffff);
	MLX5CTL_SET(roce_cap, cap, r_roce_min_src_udp_port, 0xc000);
	MLX5CTL_SET(roce_cap, cap, roce_address_table_size, cur ? 0x80 : 0x100);
}

static void sim_caps_qos(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(qos_cap, cap, packet_pacing, 1);
	MLX5CTL_SET(qos_cap, cap, esw_scheduling, 1);
	MLX5CTL_SET(qos_cap, cap, nic_sq_scheduling, 1);
	/* kb/s */
	MLX5CTL_SET(qos_cap, cap, packet_pacing_max_rate, 100000000);
	MLX5CTL_SET(qos_cap, cap, packet_pacing_min_rate, 1000);
	MLX5CTL_SET(qos_cap, cap, packet_pacing_rate_table_size,
		    cur ? 0x80 : 0x100);
	MLX5CTL_SET(qos_cap, cap, log_esw_max_sched_depth, 0x4);
}

/**
 * struct sim_cap_type - A capability type QUERY_HCA_CAP answers
 * @type: The cap type
 * @fill: Writes the maximum or current values into the zeroed block
 */
struct sim_cap_type {
	u16 type;
	void (*fill)(struct sim_dev *sdev, void *cap, bool cur);
};

static const struct sim_cap_type sim_cap_types[] = {
	{ MLX5CTL_CAP_GENERAL, sim_caps_general },
	{ MLX5CTL_CAP_ETHERNET_OFFLOADS, sim_caps_eth },
	{ MLX5CTL_CAP_ROCE, sim_caps_roce },
	{ MLX5CTL_CAP_QOS, sim_caps_qos },
};

u8 sim_cmd_query_hca_cap(struct sim_cmd_ctx *ctx)
{
	/*
	 * op_mod is a query_hca_cap_op_mod. The accessors read whole
	 * big-endian dwords, and op_mod is the low half of one: read it from
	 * the high half of a dword of its own, where the layout starts.
	 */
	__be32 op_mod = cpu_to_be32((u32)ctx->op_mod << 16);
	u16 type = MLX5CTL_GET(query_hca_cap_op_mod, &op_mod, cap_type);
	bool cur = MLX5CTL_GET(query_hca_cap_op_mod, &op_mod, cur);
	unsigned int i;

	if (MLX5CTL_GET(query_hca_cap_in, ctx->in, other_function))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);

	for (i = 0; i < ARRAY_SIZE(sim_cap_types); i++) {
		if (sim_cap_types[i].type != type)
			continue;
		sim_cap_types[i].fill(ctx->sdev,
				      MLX5CTL_ADDR_OF(query_hca_cap_out,
						      ctx->out, capability),
				      cur);
		return MLX5CTL_CMD_STATUS_OK;
	}
	return sim_bad_param(ctx, SIM_SYN_BAD_CAP_TYPE);
}
