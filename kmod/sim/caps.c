// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * QUERY_HCA_CAP: the capability blocks the device reports, maximum and
 * current: every type of mlx5_ifc.h's hca_cap_union, each claimed by its bit
 * in the general block. Current values differ from the maximums where a real
 * driver lowers a limit with SET_HCA_CAP; the rest are equal. Other cap types
 * answer BAD_PARAM.
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
	/*
	 * The diagnostic counters' time stamps count microseconds (diag.c):
	 * a 1 MHz device clock, which tools divide time stamps by.
	 */
	MLX5CTL_SET(cmd_hca_cap, cap, device_frequency_khz, 1000);
	/* What host.c's and function.c's objects and tables need. */
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_srq, 0x17);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_srq_sz, 0xf);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_xrcd, 0x18);
	MLX5CTL_SET(cmd_hca_cap, cap, log_max_rmp, 0x17);
	MLX5CTL_SET(cmd_hca_cap, cap, xrc, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, dct, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, tag_matching, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, rndv_offload_rc, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, cc_query_allowed, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, cc_modify_allowed, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, vport_group_manager, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, qos, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, sf, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, wol_g, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, gid_table_size, 0);	/* 8 entries */
	MLX5CTL_SET(cmd_hca_cap, cap, pkey_table_size, 0);	/* 128 entries */
	MLX5CTL_SET64(cmd_hca_cap, cap, general_obj_types,
		      BIT_ULL(MLX5CTL_GENERAL_OBJ_TYPE_ENCRYPTION_KEY));
	/* Each block below is reported: its support bit says so. */
	MLX5CTL_SET(cmd_hca_cap, cap, pg, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, atomic, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, nic_flow_table, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, eswitch_manager, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, vector_calc, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, device_memory, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, tls_tx, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, ipsec_offload, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, shampo, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, hca_cap_2, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, port_selection_cap, 1);
	MLX5CTL_SET(cmd_hca_cap, cap, adv_virtualization, 1);
}

static void sim_caps_general_2(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(cmd_hca_cap_2, cap, max_reformat_insert_size, 0x80);
	MLX5CTL_SET(cmd_hca_cap_2, cap, max_reformat_remove_size, 0x80);
	MLX5CTL_SET(cmd_hca_cap_2, cap, log_min_mkey_entity_size, 0xc);
}

/* RC and XRC transports page on demand; UD receives only. */
static void sim_caps_odp(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(odp_cap, cap, rc_odp_caps.send, 1);
	MLX5CTL_SET(odp_cap, cap, rc_odp_caps.receive, 1);
	MLX5CTL_SET(odp_cap, cap, rc_odp_caps.write, 1);
	MLX5CTL_SET(odp_cap, cap, rc_odp_caps.read, 1);
	MLX5CTL_SET(odp_cap, cap, rc_odp_caps.atomic, 1);
	MLX5CTL_SET(odp_cap, cap, rc_odp_caps.srq_receive, 1);
	MLX5CTL_SET(odp_cap, cap, xrc_odp_caps.send, 1);
	MLX5CTL_SET(odp_cap, cap, xrc_odp_caps.receive, 1);
	MLX5CTL_SET(odp_cap, cap, ud_odp_caps.send, 1);
}

static void sim_caps_atomic(struct sim_dev *sdev, void *cap, bool cur)
{
	/* Compare-and-swap and fetch-and-add; 8-byte operands. */
	MLX5CTL_SET(atomic_caps, cap, atomic_operations, 0x3);
	MLX5CTL_SET(atomic_caps, cap, atomic_size_qp, 0x8);
	MLX5CTL_SET(atomic_caps, cap, atomic_size_dc, 0x8);
}

/* What every steering domain here supports, deeper at the FDB. */
static void sim_caps_ft(void *prop, unsigned int levels)
{
	MLX5CTL_SET(flow_table_prop_layout, prop, ft_support, 1);
	MLX5CTL_SET(flow_table_prop_layout, prop, flow_counter, 1);
	MLX5CTL_SET(flow_table_prop_layout, prop, flow_table_modify, 1);
	MLX5CTL_SET(flow_table_prop_layout, prop, reformat, 1);
	MLX5CTL_SET(flow_table_prop_layout, prop, decap, 1);
	MLX5CTL_SET(flow_table_prop_layout, prop, log_max_ft_size, 0x17);
	MLX5CTL_SET(flow_table_prop_layout, prop, max_ft_level, levels);
	MLX5CTL_SET(flow_table_prop_layout, prop, log_max_ft_num, 0x10);
	MLX5CTL_SET(flow_table_prop_layout, prop, log_max_modify_header_context, 0x10);
	MLX5CTL_SET(flow_table_prop_layout, prop, max_modify_header_actions, 0x20);
}

static void sim_caps_flow_table(struct sim_dev *sdev, void *cap, bool cur)
{
	sim_caps_ft(MLX5CTL_ADDR_OF(flow_table_nic_cap, cap,
				    flow_table_properties_nic_receive), 0x40);
	sim_caps_ft(MLX5CTL_ADDR_OF(flow_table_nic_cap, cap,
				    flow_table_properties_nic_transmit), 0x40);
}

static void sim_caps_eswitch_flow_table(struct sim_dev *sdev, void *cap,
					bool cur)
{
	sim_caps_ft(MLX5CTL_ADDR_OF(flow_table_eswitch_cap, cap,
				    flow_table_properties_nic_esw_fdb), 0x40);
	MLX5CTL_SET(flow_table_eswitch_cap, cap, flow_source, 1);
}

static void sim_caps_eswitch(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(e_switch_cap, cap, vport_svlan_strip, 1);
	MLX5CTL_SET(e_switch_cap, cap, vport_cvlan_strip, 1);
	MLX5CTL_SET(e_switch_cap, cap, vport_cvlan_insert_if_not_exist, 1);
	MLX5CTL_SET(e_switch_cap, cap, vxlan_encap_decap, 1);
	MLX5CTL_SET(e_switch_cap, cap, log_max_packet_reformat_context, 0x10);
	MLX5CTL_SET(e_switch_cap, cap, max_encap_header_size, 0x80);
}

static void sim_caps_vector_calc(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(vector_calc_cap, cap, calc_matrix, 1);
	MLX5CTL_SET(vector_calc_cap, cap, max_vec_count, 0x10);
	MLX5CTL_SET(vector_calc_cap, cap, max_chunk_size, 0x4);
}

/* What the resource dump (resdump.c) and core dump (CORE_DUMP) answer. */
static void sim_caps_debug(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(debug_cap, cap, core_dump_general, 1);
	MLX5CTL_SET(debug_cap, cap, resource_dump, 1);
}

static void sim_caps_dev_mem(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(device_mem_cap, cap, memic, 1);
	MLX5CTL_SET(device_mem_cap, cap, log_min_memic_alloc_size, 0x6);
	MLX5CTL_SET(device_mem_cap, cap, max_memic_size, 0x40000);
}

static void sim_caps_tls(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(tls_cap, cap, tls_1_2_aes_gcm_128, 1);
	MLX5CTL_SET(tls_cap, cap, tls_1_2_aes_gcm_256, 1);
	MLX5CTL_SET(tls_cap, cap, tls_1_3_aes_gcm_128, 1);
	MLX5CTL_SET(tls_cap, cap, tls_1_3_aes_gcm_256, 1);
}

static void sim_caps_vdpa(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(virtio_emulation_cap, cap, virtio_version_1_0, 1);
	MLX5CTL_SET(virtio_emulation_cap, cap, eth_frame_offload_type, 1);
	MLX5CTL_SET(virtio_emulation_cap, cap, max_num_virtio_queues, 0x100);
}

static void sim_caps_ipsec(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(ipsec_cap, cap, ipsec_crypto_offload, 1);
	MLX5CTL_SET(ipsec_cap, cap, ipsec_esn, 1);
	MLX5CTL_SET(ipsec_cap, cap, ipsec_crypto_esp_aes_gcm_128_encrypt, 1);
	MLX5CTL_SET(ipsec_cap, cap, ipsec_crypto_esp_aes_gcm_128_decrypt, 1);
	MLX5CTL_SET(ipsec_cap, cap, ipsec_crypto_esp_aes_gcm_256_encrypt, 1);
	MLX5CTL_SET(ipsec_cap, cap, ipsec_crypto_esp_aes_gcm_256_decrypt, 1);
	MLX5CTL_SET(ipsec_cap, cap, log_max_ipsec_offload, 0x10);
}

static void sim_caps_shampo(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(shampo_cap, cap, shampo_log_max_reservation_size, 0x10);
	MLX5CTL_SET(shampo_cap, cap, shampo_log_min_reservation_size, 0x9);
	MLX5CTL_SET(shampo_cap, cap, shampo_min_mss_size, 0x200);
	MLX5CTL_SET(shampo_cap, cap, shampo_max_log_headers_entry_size, 0x8);
}

/* MACsec is a ConnectX-7 feature: the general block does not claim it. */
static void sim_caps_macsec(struct sim_dev *sdev, void *cap, bool cur)
{
}

static void sim_caps_port_selection(struct sim_dev *sdev, void *cap, bool cur)
{
	MLX5CTL_SET(port_selection_cap, cap, port_select_flow_table, 1);
	sim_caps_ft(MLX5CTL_ADDR_OF(port_selection_cap, cap,
				    flow_table_properties_port_selection), 1);
}

static void sim_caps_adv_virtualization(struct sim_dev *sdev, void *cap,
					bool cur)
{
	MLX5CTL_SET(adv_virtualization_cap, cap, pg_track_log_max_num, 0x4);
	MLX5CTL_SET(adv_virtualization_cap, cap, pg_track_max_num_range, 0x10);
	MLX5CTL_SET(adv_virtualization_cap, cap, pg_track_log_min_addr_space, 0xc);
	MLX5CTL_SET(adv_virtualization_cap, cap, pg_track_log_max_addr_space, 0x30);
	MLX5CTL_SET(adv_virtualization_cap, cap, pg_track_log_min_page_size, 0xc);
	MLX5CTL_SET(adv_virtualization_cap, cap, pg_track_log_max_page_size, 0x1e);
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
	{ MLX5CTL_CAP_ODP, sim_caps_odp },
	{ MLX5CTL_CAP_ATOMIC, sim_caps_atomic },
	{ MLX5CTL_CAP_ROCE, sim_caps_roce },
	{ MLX5CTL_CAP_FLOW_TABLE, sim_caps_flow_table },
	{ MLX5CTL_CAP_ESWITCH_FLOW_TABLE, sim_caps_eswitch_flow_table },
	{ MLX5CTL_CAP_ESWITCH, sim_caps_eswitch },
	{ MLX5CTL_CAP_VECTOR_CALC, sim_caps_vector_calc },
	{ MLX5CTL_CAP_QOS, sim_caps_qos },
	{ MLX5CTL_CAP_DEBUG, sim_caps_debug },
	{ MLX5CTL_CAP_DEV_MEM, sim_caps_dev_mem },
	{ MLX5CTL_CAP_TLS, sim_caps_tls },
	{ MLX5CTL_CAP_VDPA_EMULATION, sim_caps_vdpa },
	{ MLX5CTL_CAP_IPSEC, sim_caps_ipsec },
	{ MLX5CTL_CAP_SHAMPO, sim_caps_shampo },
	{ MLX5CTL_CAP_MACSEC, sim_caps_macsec },
	{ MLX5CTL_CAP_GENERAL_2, sim_caps_general_2 },
	{ MLX5CTL_CAP_PORT_SELECTION, sim_caps_port_selection },
	{ MLX5CTL_CAP_ADV_VIRTUALIZATION, sim_caps_adv_virtualization },
};

/*
 * The cap type op_mod names, or NULL. op_mod is a query_hca_cap_op_mod. The
 * accessors read whole big-endian dwords, and op_mod is the low half of one:
 * read it from the high half of a dword of its own, where the layout starts.
 */
static const struct sim_cap_type *sim_cap_type_of(u16 op_mod, bool *cur)
{
	__be32 word = cpu_to_be32((u32)op_mod << 16);
	u16 type = MLX5CTL_GET(query_hca_cap_op_mod, &word, cap_type);
	unsigned int i;

	*cur = MLX5CTL_GET(query_hca_cap_op_mod, &word, cur);
	for (i = 0; i < ARRAY_SIZE(sim_cap_types); i++)
		if (sim_cap_types[i].type == type)
			return &sim_cap_types[i];
	return NULL;
}

u8 sim_cmd_query_hca_cap(struct sim_cmd_ctx *ctx)
{
	const struct sim_cap_type *t;
	bool cur;

	if (MLX5CTL_GET(query_hca_cap_in, ctx->in, other_function))
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	t = sim_cap_type_of(ctx->op_mod, &cur);
	if (!t)
		return sim_bad_param(ctx, SIM_SYN_BAD_CAP_TYPE);
	t->fill(ctx->sdev, MLX5CTL_ADDR_OF(query_hca_cap_out, ctx->out, capability), cur);
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * Another function's capabilities, as its e-switch manager sees them: there
 * are no other functions here but the PF itself (function 0), whose RoCE is
 * on (its general caps' roce).
 */
u8 sim_cmd_query_other_hca_cap(struct sim_cmd_ctx *ctx)
{
	bool cur;

	if (MLX5CTL_GET(query_other_hca_cap_in, ctx->in, function_id) != 0)
		return sim_bad_param(ctx, SIM_SYN_BAD_FIELD);
	if (!sim_cap_type_of(ctx->op_mod, &cur))
		return sim_bad_param(ctx, SIM_SYN_BAD_CAP_TYPE);
	MLX5CTL_SET(query_other_hca_cap_out, ctx->out, other_capability.roce, 1);
	return MLX5CTL_CMD_STATUS_OK;
}

/*
 * mlx5_core sets the capabilities it wants at probe, before INIT_HCA; the
 * function is initialised since, and its firmware takes no more: a known type
 * is BAD_RES_STATE, and the current caps stay what QUERY_HCA_CAP reports.
 */
u8 sim_cmd_set_hca_cap(struct sim_cmd_ctx *ctx)
{
	bool cur;

	if (MLX5CTL_GET(set_hca_cap_in, ctx->in, other_function) ||
	    !sim_cap_type_of(ctx->op_mod, &cur))
		return sim_bad_param(ctx, SIM_SYN_BAD_CAP_TYPE);
	return sim_fail(ctx, MLX5CTL_CMD_STATUS_BAD_RES_STATE, SIM_SYN_HCA_INITIALISED);
}
