// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * Generated from schema/mlx5 and <kernel headers>/include/linux/mlx5/mlx5_ifc.h
 * by mlx5ctl codegen; do not edit. Regenerate: make generate
 *
 * Compiled, never loaded (make -C kmod crosscheck): each static_assert proves
 * that a schema field has the offset and width of the kernel's mlx5_ifc.h, or
 * that a schema opcode has the value of its MLX5_CMD_OP_*.
 *
 * Checked: 679 layouts, 4140 fields, 196 opcodes.
 * Not checked: 13 fields (known differences); not in the header: 26 layouts, 37 opcodes.
 *
 * Schema layouts not in the header:
 *   mtmp_reg mgir_reg mgir_hardware_info mgir_fw_info mgir_sw_info
 *   node_desc_reg opaque_cmd_in opaque_cmd_out query_scheduling_element_reply
 *   query_packet_reformat_context_reply mbox_in mbox_out counter_id
 *   diagnostic_params_context query_diagnostic_params_in
 *   query_diagnostic_params_out set_diagnostic_params_in
 *   set_diagnostic_params_out diagnostic_cntr_struct query_diagnostic_cntrs_in
 *   query_diagnostic_cntrs_out query_hca_cap_op_mod query_uctx_in
 *   query_uctx_out query_umem_in query_umem_out
 *
 * Schema opcodes not in the header:
 *   ACCESS_REGISTER_USER QUERY_OTHER_HCA_CAP DELEGATE_VHCA_MANAGEMENT
 *   QUERY_VUID POSTPONE_CONNECTED_QP_TIMEOUT QUERY_DRIVER_VERSION QUERY_RDB
 *   QUERY_PSV QUERY_DC_CNAK_TRACE QUERY_NVMF_BACKEND_CONTROLLER
 *   QUERY_NVMF_NAMESPACE_CONTEXT QUERY_ADJACENT_FUNCTIONS_ID
 *   QUERY_DELEGATED_VHCA QUERY_BURST_SIZE QUERY_DELAY_DROP_PARAMS QUERY_AFU
 *   QUERY_CAPI_PEC QUERY_NVMF_CC_RESPONSE QUERY_EMULATED_FUNCTIONS_INFO
 *   QUERY_REGEXP_PARAMS QUERY_REGEXP_REGISTER USER_QUERY_XRQ_DC_PARAMS_ENTRY
 *   USER_QUERY_XRQ_ERROR_PARAMS QUERY_EMULATION_DEVICE_EQ_MSIX_MAPPING
 *   QUERY_MATCH_SAMPLE_INFO QUERY_CRYPTO_STATE QUERY_DPA_PARTITION
 *   QUERY_DPA_PARTITIONS QUERY_EMULATED_RESOURCES_INFO QUERY_RSV_RESOURCES
 *   QUERY_MTT QUERY_SCHED_QUEUE QUERY_DIAGNOSTIC_PARAMS SET_DIAGNOSTIC_PARAMS
 *   QUERY_DIAGNOSTIC_COUNTERS QUERY_UCTX QUERY_UMEM
 */
#include <linux/build_bug.h>
#include <linux/stddef.h>
#include <linux/mlx5/device.h>
#include <linux/mlx5/mlx5_ifc.h>

/* Types that __mlx5_bit_off cannot name: unions and tags without _bits. */
#define XC_OFF(type, fld) offsetof(type, fld)
#define XC_SZ(type, fld) sizeof_field(type, fld)

/* struct mlx5_ifc_access_register_in_bits */
static_assert(__mlx5_bit_off(access_register_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(access_register_in, opcode) == 0x10, "access_register_in.opcode");
/* uid: not checked: the command input header's uid at 0x10, which the driver
 * stamps; 6.1's mlx5_ifc.h still has reserved_at_10 in this input */
static_assert(__mlx5_bit_off(access_register_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(access_register_in, op_mod) == 0x10, "access_register_in.op_mod");
static_assert(__mlx5_bit_off(access_register_in, register_id) == 0x50 &&
	      __mlx5_bit_sz(access_register_in, register_id) == 0x10, "access_register_in.register_id");
static_assert(__mlx5_bit_off(access_register_in, argument) == 0x60 &&
	      __mlx5_bit_sz(access_register_in, argument) == 0x20, "access_register_in.argument");
static_assert(__mlx5_bit_off(access_register_in, register_data) == 0x80, "access_register_in.register_data");

/* struct mlx5_ifc_access_register_out_bits */
static_assert(__mlx5_bit_off(access_register_out, status) == 0x0 &&
	      __mlx5_bit_sz(access_register_out, status) == 0x8, "access_register_out.status");
static_assert(__mlx5_bit_off(access_register_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(access_register_out, syndrome) == 0x20, "access_register_out.syndrome");
static_assert(__mlx5_bit_off(access_register_out, register_data) == 0x80, "access_register_out.register_data");

/* struct mlx5_ifc_paos_reg_bits */
static_assert(__mlx5_bit_off(paos_reg, swid) == 0x0 &&
	      __mlx5_bit_sz(paos_reg, swid) == 0x8, "paos_reg.swid");
static_assert(__mlx5_bit_off(paos_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(paos_reg, local_port) == 0x8, "paos_reg.local_port");
static_assert(__mlx5_bit_off(paos_reg, admin_status) == 0x14 &&
	      __mlx5_bit_sz(paos_reg, admin_status) == 0x4, "paos_reg.admin_status");
static_assert(__mlx5_bit_off(paos_reg, oper_status) == 0x1c &&
	      __mlx5_bit_sz(paos_reg, oper_status) == 0x4, "paos_reg.oper_status");
static_assert(__mlx5_bit_off(paos_reg, ase) == 0x20 &&
	      __mlx5_bit_sz(paos_reg, ase) == 0x1, "paos_reg.ase");
static_assert(__mlx5_bit_off(paos_reg, ee) == 0x21 &&
	      __mlx5_bit_sz(paos_reg, ee) == 0x1, "paos_reg.ee");
static_assert(__mlx5_bit_off(paos_reg, e) == 0x3e &&
	      __mlx5_bit_sz(paos_reg, e) == 0x2, "paos_reg.e");

/* struct mlx5_ifc_pmlp_reg_bits */
static_assert(__mlx5_bit_off(pmlp_reg, rxtx) == 0x0 &&
	      __mlx5_bit_sz(pmlp_reg, rxtx) == 0x1, "pmlp_reg.rxtx");
static_assert(__mlx5_bit_off(pmlp_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pmlp_reg, local_port) == 0x8, "pmlp_reg.local_port");
static_assert(__mlx5_bit_off(pmlp_reg, width) == 0x18 &&
	      __mlx5_bit_sz(pmlp_reg, width) == 0x8, "pmlp_reg.width");
static_assert(__mlx5_bit_off(pmlp_reg, lane0_module_mapping) == 0x20 &&
	      __mlx5_bit_sz(pmlp_reg, lane0_module_mapping) == 0x20, "pmlp_reg.lane0_module_mapping");
static_assert(__mlx5_bit_off(pmlp_reg, lane1_module_mapping) == 0x40 &&
	      __mlx5_bit_sz(pmlp_reg, lane1_module_mapping) == 0x20, "pmlp_reg.lane1_module_mapping");
static_assert(__mlx5_bit_off(pmlp_reg, lane2_module_mapping) == 0x60 &&
	      __mlx5_bit_sz(pmlp_reg, lane2_module_mapping) == 0x20, "pmlp_reg.lane2_module_mapping");
static_assert(__mlx5_bit_off(pmlp_reg, lane3_module_mapping) == 0x80 &&
	      __mlx5_bit_sz(pmlp_reg, lane3_module_mapping) == 0x20, "pmlp_reg.lane3_module_mapping");

/* struct mlx5_ifc_ptys_reg_bits */
static_assert(__mlx5_bit_off(ptys_reg, an_disable_admin) == 0x1 &&
	      __mlx5_bit_sz(ptys_reg, an_disable_admin) == 0x1, "ptys_reg.an_disable_admin");
static_assert(__mlx5_bit_off(ptys_reg, an_disable_cap) == 0x2 &&
	      __mlx5_bit_sz(ptys_reg, an_disable_cap) == 0x1, "ptys_reg.an_disable_cap");
static_assert(__mlx5_bit_off(ptys_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(ptys_reg, local_port) == 0x8, "ptys_reg.local_port");
static_assert(__mlx5_bit_off(ptys_reg, proto_mask) == 0x1d &&
	      __mlx5_bit_sz(ptys_reg, proto_mask) == 0x3, "ptys_reg.proto_mask");
static_assert(__mlx5_bit_off(ptys_reg, an_status) == 0x20 &&
	      __mlx5_bit_sz(ptys_reg, an_status) == 0x4, "ptys_reg.an_status");
static_assert(__mlx5_bit_off(ptys_reg, data_rate_oper) == 0x30 &&
	      __mlx5_bit_sz(ptys_reg, data_rate_oper) == 0x10, "ptys_reg.data_rate_oper");
static_assert(__mlx5_bit_off(ptys_reg, ext_eth_proto_capability) == 0x40 &&
	      __mlx5_bit_sz(ptys_reg, ext_eth_proto_capability) == 0x20, "ptys_reg.ext_eth_proto_capability");
static_assert(__mlx5_bit_off(ptys_reg, eth_proto_capability) == 0x60 &&
	      __mlx5_bit_sz(ptys_reg, eth_proto_capability) == 0x20, "ptys_reg.eth_proto_capability");
static_assert(__mlx5_bit_off(ptys_reg, ib_link_width_capability) == 0x80 &&
	      __mlx5_bit_sz(ptys_reg, ib_link_width_capability) == 0x10, "ptys_reg.ib_link_width_capability");
static_assert(__mlx5_bit_off(ptys_reg, ib_proto_capability) == 0x90 &&
	      __mlx5_bit_sz(ptys_reg, ib_proto_capability) == 0x10, "ptys_reg.ib_proto_capability");
static_assert(__mlx5_bit_off(ptys_reg, ext_eth_proto_admin) == 0xa0 &&
	      __mlx5_bit_sz(ptys_reg, ext_eth_proto_admin) == 0x20, "ptys_reg.ext_eth_proto_admin");
static_assert(__mlx5_bit_off(ptys_reg, eth_proto_admin) == 0xc0 &&
	      __mlx5_bit_sz(ptys_reg, eth_proto_admin) == 0x20, "ptys_reg.eth_proto_admin");
static_assert(__mlx5_bit_off(ptys_reg, ib_link_width_admin) == 0xe0 &&
	      __mlx5_bit_sz(ptys_reg, ib_link_width_admin) == 0x10, "ptys_reg.ib_link_width_admin");
static_assert(__mlx5_bit_off(ptys_reg, ib_proto_admin) == 0xf0 &&
	      __mlx5_bit_sz(ptys_reg, ib_proto_admin) == 0x10, "ptys_reg.ib_proto_admin");
static_assert(__mlx5_bit_off(ptys_reg, ext_eth_proto_oper) == 0x100 &&
	      __mlx5_bit_sz(ptys_reg, ext_eth_proto_oper) == 0x20, "ptys_reg.ext_eth_proto_oper");
static_assert(__mlx5_bit_off(ptys_reg, eth_proto_oper) == 0x120 &&
	      __mlx5_bit_sz(ptys_reg, eth_proto_oper) == 0x20, "ptys_reg.eth_proto_oper");
static_assert(__mlx5_bit_off(ptys_reg, ib_link_width_oper) == 0x140 &&
	      __mlx5_bit_sz(ptys_reg, ib_link_width_oper) == 0x10, "ptys_reg.ib_link_width_oper");
static_assert(__mlx5_bit_off(ptys_reg, ib_proto_oper) == 0x150 &&
	      __mlx5_bit_sz(ptys_reg, ib_proto_oper) == 0x10, "ptys_reg.ib_proto_oper");
static_assert(__mlx5_bit_off(ptys_reg, connector_type) == 0x17c &&
	      __mlx5_bit_sz(ptys_reg, connector_type) == 0x4, "ptys_reg.connector_type");
static_assert(__mlx5_bit_off(ptys_reg, eth_proto_lp_advertise) == 0x180 &&
	      __mlx5_bit_sz(ptys_reg, eth_proto_lp_advertise) == 0x20, "ptys_reg.eth_proto_lp_advertise");

/* struct mlx5_ifc_ppcnt_reg_bits */
static_assert(__mlx5_bit_off(ppcnt_reg, swid) == 0x0 &&
	      __mlx5_bit_sz(ppcnt_reg, swid) == 0x8, "ppcnt_reg.swid");
static_assert(__mlx5_bit_off(ppcnt_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(ppcnt_reg, local_port) == 0x8, "ppcnt_reg.local_port");
static_assert(__mlx5_bit_off(ppcnt_reg, pnat) == 0x10 &&
	      __mlx5_bit_sz(ppcnt_reg, pnat) == 0x2, "ppcnt_reg.pnat");
static_assert(__mlx5_bit_off(ppcnt_reg, grp) == 0x1a &&
	      __mlx5_bit_sz(ppcnt_reg, grp) == 0x6, "ppcnt_reg.grp");
static_assert(__mlx5_bit_off(ppcnt_reg, clr) == 0x20 &&
	      __mlx5_bit_sz(ppcnt_reg, clr) == 0x1, "ppcnt_reg.clr");
static_assert(__mlx5_bit_off(ppcnt_reg, prio_tc) == 0x3d &&
	      __mlx5_bit_sz(ppcnt_reg, prio_tc) == 0x3, "ppcnt_reg.prio_tc");
static_assert(__mlx5_bit_off(ppcnt_reg, counter_set) == 0x40 &&
	      __mlx5_bit_sz(ppcnt_reg, counter_set) == 0x7c0, "ppcnt_reg.counter_set");

/* union mlx5_ifc_eth_cntrs_grp_data_layout_auto_bits */
static_assert(XC_OFF(union mlx5_ifc_eth_cntrs_grp_data_layout_auto_bits, eth_802_3_cntrs_grp_data_layout) == 0x0 &&
	      XC_SZ(union mlx5_ifc_eth_cntrs_grp_data_layout_auto_bits, eth_802_3_cntrs_grp_data_layout) == 0x7c0, "eth_cntrs_grp_data_layout_auto.eth_802_3_cntrs_grp_data_layout");
static_assert(XC_OFF(union mlx5_ifc_eth_cntrs_grp_data_layout_auto_bits, eth_2863_cntrs_grp_data_layout) == 0x0 &&
	      XC_SZ(union mlx5_ifc_eth_cntrs_grp_data_layout_auto_bits, eth_2863_cntrs_grp_data_layout) == 0x7c0, "eth_cntrs_grp_data_layout_auto.eth_2863_cntrs_grp_data_layout");
static_assert(XC_OFF(union mlx5_ifc_eth_cntrs_grp_data_layout_auto_bits, eth_2819_cntrs_grp_data_layout) == 0x0 &&
	      XC_SZ(union mlx5_ifc_eth_cntrs_grp_data_layout_auto_bits, eth_2819_cntrs_grp_data_layout) == 0x7c0, "eth_cntrs_grp_data_layout_auto.eth_2819_cntrs_grp_data_layout");
static_assert(XC_OFF(union mlx5_ifc_eth_cntrs_grp_data_layout_auto_bits, eth_3635_cntrs_grp_data_layout) == 0x0 &&
	      XC_SZ(union mlx5_ifc_eth_cntrs_grp_data_layout_auto_bits, eth_3635_cntrs_grp_data_layout) == 0x7c0, "eth_cntrs_grp_data_layout_auto.eth_3635_cntrs_grp_data_layout");
static_assert(XC_OFF(union mlx5_ifc_eth_cntrs_grp_data_layout_auto_bits, eth_extended_cntrs_grp_data_layout) == 0x0 &&
	      XC_SZ(union mlx5_ifc_eth_cntrs_grp_data_layout_auto_bits, eth_extended_cntrs_grp_data_layout) == 0x7c0, "eth_cntrs_grp_data_layout_auto.eth_extended_cntrs_grp_data_layout");
static_assert(XC_OFF(union mlx5_ifc_eth_cntrs_grp_data_layout_auto_bits, eth_per_prio_grp_data_layout) == 0x0 &&
	      XC_SZ(union mlx5_ifc_eth_cntrs_grp_data_layout_auto_bits, eth_per_prio_grp_data_layout) == 0x7c0, "eth_cntrs_grp_data_layout_auto.eth_per_prio_grp_data_layout");

/* struct mlx5_ifc_eth_802_3_cntrs_grp_data_layout_bits */
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_frames_transmitted_ok_high) == 0x0 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_frames_transmitted_ok_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_frames_transmitted_ok_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_frames_transmitted_ok_low) == 0x20 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_frames_transmitted_ok_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_frames_transmitted_ok_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_frames_received_ok_high) == 0x40 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_frames_received_ok_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_frames_received_ok_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_frames_received_ok_low) == 0x60 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_frames_received_ok_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_frames_received_ok_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_frame_check_sequence_errors_high) == 0x80 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_frame_check_sequence_errors_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_frame_check_sequence_errors_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_frame_check_sequence_errors_low) == 0xa0 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_frame_check_sequence_errors_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_frame_check_sequence_errors_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_alignment_errors_high) == 0xc0 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_alignment_errors_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_alignment_errors_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_alignment_errors_low) == 0xe0 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_alignment_errors_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_alignment_errors_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_octets_transmitted_ok_high) == 0x100 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_octets_transmitted_ok_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_octets_transmitted_ok_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_octets_transmitted_ok_low) == 0x120 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_octets_transmitted_ok_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_octets_transmitted_ok_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_octets_received_ok_high) == 0x140 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_octets_received_ok_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_octets_received_ok_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_octets_received_ok_low) == 0x160 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_octets_received_ok_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_octets_received_ok_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_multicast_frames_xmitted_ok_high) == 0x180 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_multicast_frames_xmitted_ok_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_multicast_frames_xmitted_ok_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_multicast_frames_xmitted_ok_low) == 0x1a0 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_multicast_frames_xmitted_ok_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_multicast_frames_xmitted_ok_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_broadcast_frames_xmitted_ok_high) == 0x1c0 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_broadcast_frames_xmitted_ok_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_broadcast_frames_xmitted_ok_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_broadcast_frames_xmitted_ok_low) == 0x1e0 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_broadcast_frames_xmitted_ok_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_broadcast_frames_xmitted_ok_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_multicast_frames_received_ok_high) == 0x200 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_multicast_frames_received_ok_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_multicast_frames_received_ok_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_multicast_frames_received_ok_low) == 0x220 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_multicast_frames_received_ok_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_multicast_frames_received_ok_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_broadcast_frames_received_ok_high) == 0x240 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_broadcast_frames_received_ok_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_broadcast_frames_received_ok_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_broadcast_frames_received_ok_low) == 0x260 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_broadcast_frames_received_ok_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_broadcast_frames_received_ok_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_in_range_length_errors_high) == 0x280 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_in_range_length_errors_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_in_range_length_errors_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_in_range_length_errors_low) == 0x2a0 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_in_range_length_errors_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_in_range_length_errors_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_out_of_range_length_field_high) == 0x2c0 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_out_of_range_length_field_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_out_of_range_length_field_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_out_of_range_length_field_low) == 0x2e0 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_out_of_range_length_field_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_out_of_range_length_field_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_frame_too_long_errors_high) == 0x300 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_frame_too_long_errors_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_frame_too_long_errors_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_frame_too_long_errors_low) == 0x320 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_frame_too_long_errors_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_frame_too_long_errors_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_symbol_error_during_carrier_high) == 0x340 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_symbol_error_during_carrier_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_symbol_error_during_carrier_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_symbol_error_during_carrier_low) == 0x360 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_symbol_error_during_carrier_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_symbol_error_during_carrier_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_mac_control_frames_transmitted_high) == 0x380 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_mac_control_frames_transmitted_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_mac_control_frames_transmitted_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_mac_control_frames_transmitted_low) == 0x3a0 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_mac_control_frames_transmitted_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_mac_control_frames_transmitted_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_mac_control_frames_received_high) == 0x3c0 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_mac_control_frames_received_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_mac_control_frames_received_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_mac_control_frames_received_low) == 0x3e0 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_mac_control_frames_received_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_mac_control_frames_received_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_unsupported_opcodes_received_high) == 0x400 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_unsupported_opcodes_received_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_unsupported_opcodes_received_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_unsupported_opcodes_received_low) == 0x420 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_unsupported_opcodes_received_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_unsupported_opcodes_received_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_pause_mac_ctrl_frames_received_high) == 0x440 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_pause_mac_ctrl_frames_received_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_pause_mac_ctrl_frames_received_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_pause_mac_ctrl_frames_received_low) == 0x460 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_pause_mac_ctrl_frames_received_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_pause_mac_ctrl_frames_received_low");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_pause_mac_ctrl_frames_transmitted_high) == 0x480 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_pause_mac_ctrl_frames_transmitted_high) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_pause_mac_ctrl_frames_transmitted_high");
static_assert(__mlx5_bit_off(eth_802_3_cntrs_grp_data_layout, a_pause_mac_ctrl_frames_transmitted_low) == 0x4a0 &&
	      __mlx5_bit_sz(eth_802_3_cntrs_grp_data_layout, a_pause_mac_ctrl_frames_transmitted_low) == 0x20, "eth_802_3_cntrs_grp_data_layout.a_pause_mac_ctrl_frames_transmitted_low");

/* struct mlx5_ifc_eth_2863_cntrs_grp_data_layout_bits */
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_in_octets_high) == 0x0 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_in_octets_high) == 0x20, "eth_2863_cntrs_grp_data_layout.if_in_octets_high");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_in_octets_low) == 0x20 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_in_octets_low) == 0x20, "eth_2863_cntrs_grp_data_layout.if_in_octets_low");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_in_ucast_pkts_high) == 0x40 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_in_ucast_pkts_high) == 0x20, "eth_2863_cntrs_grp_data_layout.if_in_ucast_pkts_high");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_in_ucast_pkts_low) == 0x60 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_in_ucast_pkts_low) == 0x20, "eth_2863_cntrs_grp_data_layout.if_in_ucast_pkts_low");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_in_discards_high) == 0x80 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_in_discards_high) == 0x20, "eth_2863_cntrs_grp_data_layout.if_in_discards_high");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_in_discards_low) == 0xa0 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_in_discards_low) == 0x20, "eth_2863_cntrs_grp_data_layout.if_in_discards_low");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_in_errors_high) == 0xc0 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_in_errors_high) == 0x20, "eth_2863_cntrs_grp_data_layout.if_in_errors_high");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_in_errors_low) == 0xe0 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_in_errors_low) == 0x20, "eth_2863_cntrs_grp_data_layout.if_in_errors_low");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_in_unknown_protos_high) == 0x100 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_in_unknown_protos_high) == 0x20, "eth_2863_cntrs_grp_data_layout.if_in_unknown_protos_high");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_in_unknown_protos_low) == 0x120 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_in_unknown_protos_low) == 0x20, "eth_2863_cntrs_grp_data_layout.if_in_unknown_protos_low");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_out_octets_high) == 0x140 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_out_octets_high) == 0x20, "eth_2863_cntrs_grp_data_layout.if_out_octets_high");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_out_octets_low) == 0x160 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_out_octets_low) == 0x20, "eth_2863_cntrs_grp_data_layout.if_out_octets_low");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_out_ucast_pkts_high) == 0x180 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_out_ucast_pkts_high) == 0x20, "eth_2863_cntrs_grp_data_layout.if_out_ucast_pkts_high");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_out_ucast_pkts_low) == 0x1a0 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_out_ucast_pkts_low) == 0x20, "eth_2863_cntrs_grp_data_layout.if_out_ucast_pkts_low");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_out_discards_high) == 0x1c0 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_out_discards_high) == 0x20, "eth_2863_cntrs_grp_data_layout.if_out_discards_high");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_out_discards_low) == 0x1e0 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_out_discards_low) == 0x20, "eth_2863_cntrs_grp_data_layout.if_out_discards_low");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_out_errors_high) == 0x200 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_out_errors_high) == 0x20, "eth_2863_cntrs_grp_data_layout.if_out_errors_high");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_out_errors_low) == 0x220 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_out_errors_low) == 0x20, "eth_2863_cntrs_grp_data_layout.if_out_errors_low");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_in_multicast_pkts_high) == 0x240 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_in_multicast_pkts_high) == 0x20, "eth_2863_cntrs_grp_data_layout.if_in_multicast_pkts_high");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_in_multicast_pkts_low) == 0x260 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_in_multicast_pkts_low) == 0x20, "eth_2863_cntrs_grp_data_layout.if_in_multicast_pkts_low");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_in_broadcast_pkts_high) == 0x280 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_in_broadcast_pkts_high) == 0x20, "eth_2863_cntrs_grp_data_layout.if_in_broadcast_pkts_high");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_in_broadcast_pkts_low) == 0x2a0 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_in_broadcast_pkts_low) == 0x20, "eth_2863_cntrs_grp_data_layout.if_in_broadcast_pkts_low");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_out_multicast_pkts_high) == 0x2c0 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_out_multicast_pkts_high) == 0x20, "eth_2863_cntrs_grp_data_layout.if_out_multicast_pkts_high");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_out_multicast_pkts_low) == 0x2e0 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_out_multicast_pkts_low) == 0x20, "eth_2863_cntrs_grp_data_layout.if_out_multicast_pkts_low");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_out_broadcast_pkts_high) == 0x300 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_out_broadcast_pkts_high) == 0x20, "eth_2863_cntrs_grp_data_layout.if_out_broadcast_pkts_high");
static_assert(__mlx5_bit_off(eth_2863_cntrs_grp_data_layout, if_out_broadcast_pkts_low) == 0x320 &&
	      __mlx5_bit_sz(eth_2863_cntrs_grp_data_layout, if_out_broadcast_pkts_low) == 0x20, "eth_2863_cntrs_grp_data_layout.if_out_broadcast_pkts_low");

/* struct mlx5_ifc_eth_2819_cntrs_grp_data_layout_bits */
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_drop_events_high) == 0x0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_drop_events_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_drop_events_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_drop_events_low) == 0x20 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_drop_events_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_drop_events_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_octets_high) == 0x40 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_octets_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_octets_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_octets_low) == 0x60 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_octets_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_octets_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts_high) == 0x80 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts_low) == 0xa0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_broadcast_pkts_high) == 0xc0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_broadcast_pkts_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_broadcast_pkts_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_broadcast_pkts_low) == 0xe0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_broadcast_pkts_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_broadcast_pkts_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_multicast_pkts_high) == 0x100 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_multicast_pkts_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_multicast_pkts_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_multicast_pkts_low) == 0x120 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_multicast_pkts_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_multicast_pkts_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_crc_align_errors_high) == 0x140 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_crc_align_errors_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_crc_align_errors_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_crc_align_errors_low) == 0x160 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_crc_align_errors_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_crc_align_errors_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_undersize_pkts_high) == 0x180 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_undersize_pkts_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_undersize_pkts_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_undersize_pkts_low) == 0x1a0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_undersize_pkts_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_undersize_pkts_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_oversize_pkts_high) == 0x1c0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_oversize_pkts_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_oversize_pkts_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_oversize_pkts_low) == 0x1e0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_oversize_pkts_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_oversize_pkts_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_fragments_high) == 0x200 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_fragments_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_fragments_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_fragments_low) == 0x220 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_fragments_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_fragments_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_jabbers_high) == 0x240 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_jabbers_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_jabbers_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_jabbers_low) == 0x260 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_jabbers_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_jabbers_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_collisions_high) == 0x280 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_collisions_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_collisions_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_collisions_low) == 0x2a0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_collisions_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_collisions_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts64octets_high) == 0x2c0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts64octets_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts64octets_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts64octets_low) == 0x2e0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts64octets_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts64octets_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts65to127octets_high) == 0x300 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts65to127octets_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts65to127octets_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts65to127octets_low) == 0x320 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts65to127octets_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts65to127octets_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts128to255octets_high) == 0x340 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts128to255octets_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts128to255octets_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts128to255octets_low) == 0x360 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts128to255octets_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts128to255octets_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts256to511octets_high) == 0x380 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts256to511octets_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts256to511octets_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts256to511octets_low) == 0x3a0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts256to511octets_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts256to511octets_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts512to1023octets_high) == 0x3c0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts512to1023octets_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts512to1023octets_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts512to1023octets_low) == 0x3e0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts512to1023octets_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts512to1023octets_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts1024to1518octets_high) == 0x400 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts1024to1518octets_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts1024to1518octets_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts1024to1518octets_low) == 0x420 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts1024to1518octets_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts1024to1518octets_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts1519to2047octets_high) == 0x440 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts1519to2047octets_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts1519to2047octets_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts1519to2047octets_low) == 0x460 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts1519to2047octets_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts1519to2047octets_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts2048to4095octets_high) == 0x480 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts2048to4095octets_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts2048to4095octets_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts2048to4095octets_low) == 0x4a0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts2048to4095octets_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts2048to4095octets_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts4096to8191octets_high) == 0x4c0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts4096to8191octets_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts4096to8191octets_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts4096to8191octets_low) == 0x4e0 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts4096to8191octets_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts4096to8191octets_low");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts8192to10239octets_high) == 0x500 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts8192to10239octets_high) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts8192to10239octets_high");
static_assert(__mlx5_bit_off(eth_2819_cntrs_grp_data_layout, ether_stats_pkts8192to10239octets_low) == 0x520 &&
	      __mlx5_bit_sz(eth_2819_cntrs_grp_data_layout, ether_stats_pkts8192to10239octets_low) == 0x20, "eth_2819_cntrs_grp_data_layout.ether_stats_pkts8192to10239octets_low");

/* struct mlx5_ifc_eth_3635_cntrs_grp_data_layout_bits */
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_alignment_errors_high) == 0x0 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_alignment_errors_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_alignment_errors_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_alignment_errors_low) == 0x20 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_alignment_errors_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_alignment_errors_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_fcs_errors_high) == 0x40 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_fcs_errors_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_fcs_errors_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_fcs_errors_low) == 0x60 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_fcs_errors_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_fcs_errors_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_single_collision_frames_high) == 0x80 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_single_collision_frames_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_single_collision_frames_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_single_collision_frames_low) == 0xa0 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_single_collision_frames_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_single_collision_frames_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_multiple_collision_frames_high) == 0xc0 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_multiple_collision_frames_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_multiple_collision_frames_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_multiple_collision_frames_low) == 0xe0 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_multiple_collision_frames_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_multiple_collision_frames_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_sqe_test_errors_high) == 0x100 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_sqe_test_errors_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_sqe_test_errors_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_sqe_test_errors_low) == 0x120 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_sqe_test_errors_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_sqe_test_errors_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_deferred_transmissions_high) == 0x140 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_deferred_transmissions_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_deferred_transmissions_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_deferred_transmissions_low) == 0x160 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_deferred_transmissions_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_deferred_transmissions_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_late_collisions_high) == 0x180 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_late_collisions_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_late_collisions_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_late_collisions_low) == 0x1a0 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_late_collisions_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_late_collisions_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_excessive_collisions_high) == 0x1c0 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_excessive_collisions_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_excessive_collisions_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_excessive_collisions_low) == 0x1e0 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_excessive_collisions_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_excessive_collisions_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_internal_mac_transmit_errors_high) == 0x200 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_internal_mac_transmit_errors_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_internal_mac_transmit_errors_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_internal_mac_transmit_errors_low) == 0x220 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_internal_mac_transmit_errors_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_internal_mac_transmit_errors_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_carrier_sense_errors_high) == 0x240 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_carrier_sense_errors_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_carrier_sense_errors_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_carrier_sense_errors_low) == 0x260 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_carrier_sense_errors_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_carrier_sense_errors_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_frame_too_longs_high) == 0x280 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_frame_too_longs_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_frame_too_longs_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_frame_too_longs_low) == 0x2a0 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_frame_too_longs_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_frame_too_longs_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_internal_mac_receive_errors_high) == 0x2c0 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_internal_mac_receive_errors_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_internal_mac_receive_errors_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_internal_mac_receive_errors_low) == 0x2e0 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_internal_mac_receive_errors_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_internal_mac_receive_errors_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_symbol_errors_high) == 0x300 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_symbol_errors_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_symbol_errors_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3stats_symbol_errors_low) == 0x320 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3stats_symbol_errors_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3stats_symbol_errors_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3control_in_unknown_opcodes_high) == 0x340 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3control_in_unknown_opcodes_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3control_in_unknown_opcodes_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3control_in_unknown_opcodes_low) == 0x360 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3control_in_unknown_opcodes_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3control_in_unknown_opcodes_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3in_pause_frames_high) == 0x380 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3in_pause_frames_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3in_pause_frames_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3in_pause_frames_low) == 0x3a0 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3in_pause_frames_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3in_pause_frames_low");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3out_pause_frames_high) == 0x3c0 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3out_pause_frames_high) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3out_pause_frames_high");
static_assert(__mlx5_bit_off(eth_3635_cntrs_grp_data_layout, dot3out_pause_frames_low) == 0x3e0 &&
	      __mlx5_bit_sz(eth_3635_cntrs_grp_data_layout, dot3out_pause_frames_low) == 0x20, "eth_3635_cntrs_grp_data_layout.dot3out_pause_frames_low");

/* struct mlx5_ifc_eth_extended_cntrs_grp_data_layout_bits */
static_assert(__mlx5_bit_off(eth_extended_cntrs_grp_data_layout, port_transmit_wait_high) == 0x0 &&
	      __mlx5_bit_sz(eth_extended_cntrs_grp_data_layout, port_transmit_wait_high) == 0x20, "eth_extended_cntrs_grp_data_layout.port_transmit_wait_high");
static_assert(__mlx5_bit_off(eth_extended_cntrs_grp_data_layout, port_transmit_wait_low) == 0x20 &&
	      __mlx5_bit_sz(eth_extended_cntrs_grp_data_layout, port_transmit_wait_low) == 0x20, "eth_extended_cntrs_grp_data_layout.port_transmit_wait_low");
static_assert(__mlx5_bit_off(eth_extended_cntrs_grp_data_layout, rx_buffer_almost_full_high) == 0x140 &&
	      __mlx5_bit_sz(eth_extended_cntrs_grp_data_layout, rx_buffer_almost_full_high) == 0x20, "eth_extended_cntrs_grp_data_layout.rx_buffer_almost_full_high");
static_assert(__mlx5_bit_off(eth_extended_cntrs_grp_data_layout, rx_buffer_almost_full_low) == 0x160 &&
	      __mlx5_bit_sz(eth_extended_cntrs_grp_data_layout, rx_buffer_almost_full_low) == 0x20, "eth_extended_cntrs_grp_data_layout.rx_buffer_almost_full_low");
static_assert(__mlx5_bit_off(eth_extended_cntrs_grp_data_layout, rx_buffer_full_high) == 0x180 &&
	      __mlx5_bit_sz(eth_extended_cntrs_grp_data_layout, rx_buffer_full_high) == 0x20, "eth_extended_cntrs_grp_data_layout.rx_buffer_full_high");
static_assert(__mlx5_bit_off(eth_extended_cntrs_grp_data_layout, rx_buffer_full_low) == 0x1a0 &&
	      __mlx5_bit_sz(eth_extended_cntrs_grp_data_layout, rx_buffer_full_low) == 0x20, "eth_extended_cntrs_grp_data_layout.rx_buffer_full_low");
static_assert(__mlx5_bit_off(eth_extended_cntrs_grp_data_layout, rx_icrc_encapsulated_high) == 0x1c0 &&
	      __mlx5_bit_sz(eth_extended_cntrs_grp_data_layout, rx_icrc_encapsulated_high) == 0x20, "eth_extended_cntrs_grp_data_layout.rx_icrc_encapsulated_high");
static_assert(__mlx5_bit_off(eth_extended_cntrs_grp_data_layout, rx_icrc_encapsulated_low) == 0x1e0 &&
	      __mlx5_bit_sz(eth_extended_cntrs_grp_data_layout, rx_icrc_encapsulated_low) == 0x20, "eth_extended_cntrs_grp_data_layout.rx_icrc_encapsulated_low");

/* struct mlx5_ifc_eth_per_prio_grp_data_layout_bits */
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, rx_octets_high) == 0x0 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, rx_octets_high) == 0x20, "eth_per_prio_grp_data_layout.rx_octets_high");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, rx_octets_low) == 0x20 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, rx_octets_low) == 0x20, "eth_per_prio_grp_data_layout.rx_octets_low");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, rx_frames_high) == 0x100 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, rx_frames_high) == 0x20, "eth_per_prio_grp_data_layout.rx_frames_high");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, rx_frames_low) == 0x120 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, rx_frames_low) == 0x20, "eth_per_prio_grp_data_layout.rx_frames_low");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, tx_octets_high) == 0x140 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, tx_octets_high) == 0x20, "eth_per_prio_grp_data_layout.tx_octets_high");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, tx_octets_low) == 0x160 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, tx_octets_low) == 0x20, "eth_per_prio_grp_data_layout.tx_octets_low");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, tx_frames_high) == 0x240 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, tx_frames_high) == 0x20, "eth_per_prio_grp_data_layout.tx_frames_high");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, tx_frames_low) == 0x260 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, tx_frames_low) == 0x20, "eth_per_prio_grp_data_layout.tx_frames_low");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, rx_pause_high) == 0x280 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, rx_pause_high) == 0x20, "eth_per_prio_grp_data_layout.rx_pause_high");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, rx_pause_low) == 0x2a0 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, rx_pause_low) == 0x20, "eth_per_prio_grp_data_layout.rx_pause_low");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, rx_pause_duration_high) == 0x2c0 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, rx_pause_duration_high) == 0x20, "eth_per_prio_grp_data_layout.rx_pause_duration_high");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, rx_pause_duration_low) == 0x2e0 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, rx_pause_duration_low) == 0x20, "eth_per_prio_grp_data_layout.rx_pause_duration_low");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, tx_pause_high) == 0x300 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, tx_pause_high) == 0x20, "eth_per_prio_grp_data_layout.tx_pause_high");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, tx_pause_low) == 0x320 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, tx_pause_low) == 0x20, "eth_per_prio_grp_data_layout.tx_pause_low");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, tx_pause_duration_high) == 0x340 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, tx_pause_duration_high) == 0x20, "eth_per_prio_grp_data_layout.tx_pause_duration_high");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, tx_pause_duration_low) == 0x360 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, tx_pause_duration_low) == 0x20, "eth_per_prio_grp_data_layout.tx_pause_duration_low");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, rx_pause_transition_high) == 0x380 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, rx_pause_transition_high) == 0x20, "eth_per_prio_grp_data_layout.rx_pause_transition_high");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, rx_pause_transition_low) == 0x3a0 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, rx_pause_transition_low) == 0x20, "eth_per_prio_grp_data_layout.rx_pause_transition_low");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, rx_discards_high) == 0x3c0 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, rx_discards_high) == 0x20, "eth_per_prio_grp_data_layout.rx_discards_high");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, rx_discards_low) == 0x3e0 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, rx_discards_low) == 0x20, "eth_per_prio_grp_data_layout.rx_discards_low");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, device_stall_minor_watermark_cnt_high) == 0x400 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, device_stall_minor_watermark_cnt_high) == 0x20, "eth_per_prio_grp_data_layout.device_stall_minor_watermark_cnt_high");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, device_stall_minor_watermark_cnt_low) == 0x420 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, device_stall_minor_watermark_cnt_low) == 0x20, "eth_per_prio_grp_data_layout.device_stall_minor_watermark_cnt_low");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, device_stall_critical_watermark_cnt_high) == 0x440 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, device_stall_critical_watermark_cnt_high) == 0x20, "eth_per_prio_grp_data_layout.device_stall_critical_watermark_cnt_high");
static_assert(__mlx5_bit_off(eth_per_prio_grp_data_layout, device_stall_critical_watermark_cnt_low) == 0x460 &&
	      __mlx5_bit_sz(eth_per_prio_grp_data_layout, device_stall_critical_watermark_cnt_low) == 0x20, "eth_per_prio_grp_data_layout.device_stall_critical_watermark_cnt_low");

/* struct mlx5_ifc_mcia_reg_bits */
static_assert(__mlx5_bit_off(mcia_reg, l) == 0x0 &&
	      __mlx5_bit_sz(mcia_reg, l) == 0x1, "mcia_reg.l");
static_assert(__mlx5_bit_off(mcia_reg, module) == 0x8 &&
	      __mlx5_bit_sz(mcia_reg, module) == 0x8, "mcia_reg.module");
static_assert(__mlx5_bit_off(mcia_reg, status) == 0x18 &&
	      __mlx5_bit_sz(mcia_reg, status) == 0x8, "mcia_reg.status");
static_assert(__mlx5_bit_off(mcia_reg, i2c_device_address) == 0x20 &&
	      __mlx5_bit_sz(mcia_reg, i2c_device_address) == 0x8, "mcia_reg.i2c_device_address");
static_assert(__mlx5_bit_off(mcia_reg, page_number) == 0x28 &&
	      __mlx5_bit_sz(mcia_reg, page_number) == 0x8, "mcia_reg.page_number");
static_assert(__mlx5_bit_off(mcia_reg, device_address) == 0x30 &&
	      __mlx5_bit_sz(mcia_reg, device_address) == 0x10, "mcia_reg.device_address");
static_assert(__mlx5_bit_off(mcia_reg, size) == 0x50 &&
	      __mlx5_bit_sz(mcia_reg, size) == 0x10, "mcia_reg.size");
static_assert(__mlx5_bit_off(mcia_reg, dwords) == 0x80 &&
	      __mlx5_bit_sz(mcia_reg, dwords) == 0x400, "mcia_reg.dwords");

/* struct mlx5_ifc_resource_dump_bits */
static_assert(__mlx5_bit_off(resource_dump, more_dump) == 0x0 &&
	      __mlx5_bit_sz(resource_dump, more_dump) == 0x1, "resource_dump.more_dump");
static_assert(__mlx5_bit_off(resource_dump, inline_dump) == 0x1 &&
	      __mlx5_bit_sz(resource_dump, inline_dump) == 0x1, "resource_dump.inline_dump");
static_assert(__mlx5_bit_off(resource_dump, seq_num) == 0xc &&
	      __mlx5_bit_sz(resource_dump, seq_num) == 0x4, "resource_dump.seq_num");
static_assert(__mlx5_bit_off(resource_dump, segment_type) == 0x10 &&
	      __mlx5_bit_sz(resource_dump, segment_type) == 0x10, "resource_dump.segment_type");
static_assert(__mlx5_bit_off(resource_dump, vhca_id) == 0x30 &&
	      __mlx5_bit_sz(resource_dump, vhca_id) == 0x10, "resource_dump.vhca_id");
static_assert(__mlx5_bit_off(resource_dump, index1) == 0x40 &&
	      __mlx5_bit_sz(resource_dump, index1) == 0x20, "resource_dump.index1");
static_assert(__mlx5_bit_off(resource_dump, index2) == 0x60 &&
	      __mlx5_bit_sz(resource_dump, index2) == 0x20, "resource_dump.index2");
static_assert(__mlx5_bit_off(resource_dump, num_of_obj1) == 0x80 &&
	      __mlx5_bit_sz(resource_dump, num_of_obj1) == 0x10, "resource_dump.num_of_obj1");
static_assert(__mlx5_bit_off(resource_dump, num_of_obj2) == 0x90 &&
	      __mlx5_bit_sz(resource_dump, num_of_obj2) == 0x10, "resource_dump.num_of_obj2");
static_assert(__mlx5_bit_off(resource_dump, device_opaque) == 0xc0 &&
	      __mlx5_bit_sz(resource_dump, device_opaque) == 0x40, "resource_dump.device_opaque");
static_assert(__mlx5_bit_off(resource_dump, mkey) == 0x100 &&
	      __mlx5_bit_sz(resource_dump, mkey) == 0x20, "resource_dump.mkey");
static_assert(__mlx5_bit_off(resource_dump, size) == 0x120 &&
	      __mlx5_bit_sz(resource_dump, size) == 0x20, "resource_dump.size");
static_assert(__mlx5_bit_off(resource_dump, address) == 0x140 &&
	      __mlx5_bit_sz(resource_dump, address) == 0x40, "resource_dump.address");
static_assert(__mlx5_bit_off(resource_dump, inline_data) == 0x180 &&
	      __mlx5_bit_sz(resource_dump, inline_data) == 0x680, "resource_dump.inline_data");

/* struct mlx5_ifc_query_adapter_in_bits */
static_assert(__mlx5_bit_off(query_adapter_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_adapter_in, opcode) == 0x10, "query_adapter_in.opcode");
/* uid: not checked: the command input header's uid at 0x10, which the driver
 * stamps; 6.1's mlx5_ifc.h still has reserved_at_10 in this input */
static_assert(__mlx5_bit_off(query_adapter_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_adapter_in, op_mod) == 0x10, "query_adapter_in.op_mod");

/* struct mlx5_ifc_query_adapter_out_bits */
static_assert(__mlx5_bit_off(query_adapter_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_adapter_out, status) == 0x8, "query_adapter_out.status");
static_assert(__mlx5_bit_off(query_adapter_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_adapter_out, syndrome) == 0x20, "query_adapter_out.syndrome");
static_assert(__mlx5_bit_off(query_adapter_out, query_adapter_struct) == 0x80 &&
	      __mlx5_bit_sz(query_adapter_out, query_adapter_struct) == 0x800, "query_adapter_out.query_adapter_struct");

/* struct mlx5_ifc_query_adapter_param_block_bits */
static_assert(__mlx5_bit_off(query_adapter_param_block, ieee_vendor_id) == 0xc8 &&
	      __mlx5_bit_sz(query_adapter_param_block, ieee_vendor_id) == 0x18, "query_adapter_param_block.ieee_vendor_id");
static_assert(__mlx5_bit_off(query_adapter_param_block, vsd_vendor_id) == 0xf0 &&
	      __mlx5_bit_sz(query_adapter_param_block, vsd_vendor_id) == 0x10, "query_adapter_param_block.vsd_vendor_id");
static_assert(__mlx5_bit_off(query_adapter_param_block, vsd) == 0x100 &&
	      __mlx5_bit_sz(query_adapter_param_block, vsd) == 0x680, "query_adapter_param_block.vsd");
static_assert(__mlx5_bit_off(query_adapter_param_block, vsd_contd_psid) == 0x780 &&
	      __mlx5_bit_sz(query_adapter_param_block, vsd_contd_psid) == 0x80, "query_adapter_param_block.vsd_contd_psid");

/* struct mlx5_ifc_query_issi_in_bits */
static_assert(__mlx5_bit_off(query_issi_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_issi_in, opcode) == 0x10, "query_issi_in.opcode");
/* uid: not checked: the command input header's uid at 0x10, which the driver
 * stamps; 6.1's mlx5_ifc.h still has reserved_at_10 in this input */
static_assert(__mlx5_bit_off(query_issi_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_issi_in, op_mod) == 0x10, "query_issi_in.op_mod");

/* struct mlx5_ifc_query_issi_out_bits */
static_assert(__mlx5_bit_off(query_issi_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_issi_out, status) == 0x8, "query_issi_out.status");
static_assert(__mlx5_bit_off(query_issi_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_issi_out, syndrome) == 0x20, "query_issi_out.syndrome");
static_assert(__mlx5_bit_off(query_issi_out, current_issi) == 0x50 &&
	      __mlx5_bit_sz(query_issi_out, current_issi) == 0x10, "query_issi_out.current_issi");
static_assert(__mlx5_bit_off(query_issi_out, supported_issi_dw0) == 0x360 &&
	      __mlx5_bit_sz(query_issi_out, supported_issi_dw0) == 0x20, "query_issi_out.supported_issi_dw0");

/* struct mlx5_ifc_nop_in_bits */
static_assert(__mlx5_bit_off(nop_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(nop_in, opcode) == 0x10, "nop_in.opcode");
/* uid: not checked: the command input header's uid at 0x10, which the driver
 * stamps; 6.1's mlx5_ifc.h still has reserved_at_10 in this input */
static_assert(__mlx5_bit_off(nop_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(nop_in, op_mod) == 0x10, "nop_in.op_mod");

/* struct mlx5_ifc_nop_out_bits */
static_assert(__mlx5_bit_off(nop_out, status) == 0x0 &&
	      __mlx5_bit_sz(nop_out, status) == 0x8, "nop_out.status");
static_assert(__mlx5_bit_off(nop_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(nop_out, syndrome) == 0x20, "nop_out.syndrome");

/* struct mlx5_ifc_traffic_counter_bits */
static_assert(__mlx5_bit_off(traffic_counter, packets) == 0x0 &&
	      __mlx5_bit_sz(traffic_counter, packets) == 0x40, "traffic_counter.packets");
static_assert(__mlx5_bit_off(traffic_counter, octets) == 0x40 &&
	      __mlx5_bit_sz(traffic_counter, octets) == 0x40, "traffic_counter.octets");

/* struct mlx5_ifc_query_vport_counter_in_bits */
static_assert(__mlx5_bit_off(query_vport_counter_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_vport_counter_in, opcode) == 0x10, "query_vport_counter_in.opcode");
/* uid: not checked: the command input header's uid at 0x10, which the driver
 * stamps; 6.1's mlx5_ifc.h still has reserved_at_10 in this input */
static_assert(__mlx5_bit_off(query_vport_counter_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_vport_counter_in, op_mod) == 0x10, "query_vport_counter_in.op_mod");
static_assert(__mlx5_bit_off(query_vport_counter_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(query_vport_counter_in, other_vport) == 0x1, "query_vport_counter_in.other_vport");
static_assert(__mlx5_bit_off(query_vport_counter_in, port_num) == 0x4c &&
	      __mlx5_bit_sz(query_vport_counter_in, port_num) == 0x4, "query_vport_counter_in.port_num");
static_assert(__mlx5_bit_off(query_vport_counter_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(query_vport_counter_in, vport_number) == 0x10, "query_vport_counter_in.vport_number");
static_assert(__mlx5_bit_off(query_vport_counter_in, clear) == 0xc0 &&
	      __mlx5_bit_sz(query_vport_counter_in, clear) == 0x1, "query_vport_counter_in.clear");

/* struct mlx5_ifc_query_vport_counter_out_bits */
static_assert(__mlx5_bit_off(query_vport_counter_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_vport_counter_out, status) == 0x8, "query_vport_counter_out.status");
static_assert(__mlx5_bit_off(query_vport_counter_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_vport_counter_out, syndrome) == 0x20, "query_vport_counter_out.syndrome");
static_assert(__mlx5_bit_off(query_vport_counter_out, received_errors) == 0x80 &&
	      __mlx5_bit_sz(query_vport_counter_out, received_errors) == 0x80, "query_vport_counter_out.received_errors");
static_assert(__mlx5_bit_off(query_vport_counter_out, transmit_errors) == 0x100 &&
	      __mlx5_bit_sz(query_vport_counter_out, transmit_errors) == 0x80, "query_vport_counter_out.transmit_errors");
static_assert(__mlx5_bit_off(query_vport_counter_out, received_ib_unicast) == 0x180 &&
	      __mlx5_bit_sz(query_vport_counter_out, received_ib_unicast) == 0x80, "query_vport_counter_out.received_ib_unicast");
static_assert(__mlx5_bit_off(query_vport_counter_out, transmitted_ib_unicast) == 0x200 &&
	      __mlx5_bit_sz(query_vport_counter_out, transmitted_ib_unicast) == 0x80, "query_vport_counter_out.transmitted_ib_unicast");
static_assert(__mlx5_bit_off(query_vport_counter_out, received_ib_multicast) == 0x280 &&
	      __mlx5_bit_sz(query_vport_counter_out, received_ib_multicast) == 0x80, "query_vport_counter_out.received_ib_multicast");
static_assert(__mlx5_bit_off(query_vport_counter_out, transmitted_ib_multicast) == 0x300 &&
	      __mlx5_bit_sz(query_vport_counter_out, transmitted_ib_multicast) == 0x80, "query_vport_counter_out.transmitted_ib_multicast");
static_assert(__mlx5_bit_off(query_vport_counter_out, received_eth_broadcast) == 0x380 &&
	      __mlx5_bit_sz(query_vport_counter_out, received_eth_broadcast) == 0x80, "query_vport_counter_out.received_eth_broadcast");
static_assert(__mlx5_bit_off(query_vport_counter_out, transmitted_eth_broadcast) == 0x400 &&
	      __mlx5_bit_sz(query_vport_counter_out, transmitted_eth_broadcast) == 0x80, "query_vport_counter_out.transmitted_eth_broadcast");
static_assert(__mlx5_bit_off(query_vport_counter_out, received_eth_unicast) == 0x480 &&
	      __mlx5_bit_sz(query_vport_counter_out, received_eth_unicast) == 0x80, "query_vport_counter_out.received_eth_unicast");
static_assert(__mlx5_bit_off(query_vport_counter_out, transmitted_eth_unicast) == 0x500 &&
	      __mlx5_bit_sz(query_vport_counter_out, transmitted_eth_unicast) == 0x80, "query_vport_counter_out.transmitted_eth_unicast");
static_assert(__mlx5_bit_off(query_vport_counter_out, received_eth_multicast) == 0x580 &&
	      __mlx5_bit_sz(query_vport_counter_out, received_eth_multicast) == 0x80, "query_vport_counter_out.received_eth_multicast");
static_assert(__mlx5_bit_off(query_vport_counter_out, transmitted_eth_multicast) == 0x600 &&
	      __mlx5_bit_sz(query_vport_counter_out, transmitted_eth_multicast) == 0x80, "query_vport_counter_out.transmitted_eth_multicast");

/* struct mlx5_ifc_query_q_counter_in_bits */
static_assert(__mlx5_bit_off(query_q_counter_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_q_counter_in, opcode) == 0x10, "query_q_counter_in.opcode");
/* uid: not checked: the command input header's uid at 0x10, which the driver
 * stamps; 6.1's mlx5_ifc.h still has reserved_at_10 in this input */
static_assert(__mlx5_bit_off(query_q_counter_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_q_counter_in, op_mod) == 0x10, "query_q_counter_in.op_mod");
static_assert(__mlx5_bit_off(query_q_counter_in, clear) == 0xc0 &&
	      __mlx5_bit_sz(query_q_counter_in, clear) == 0x1, "query_q_counter_in.clear");
static_assert(__mlx5_bit_off(query_q_counter_in, counter_set_id) == 0xf8 &&
	      __mlx5_bit_sz(query_q_counter_in, counter_set_id) == 0x8, "query_q_counter_in.counter_set_id");

/* struct mlx5_ifc_query_q_counter_out_bits */
static_assert(__mlx5_bit_off(query_q_counter_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_q_counter_out, status) == 0x8, "query_q_counter_out.status");
static_assert(__mlx5_bit_off(query_q_counter_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_q_counter_out, syndrome) == 0x20, "query_q_counter_out.syndrome");
static_assert(__mlx5_bit_off(query_q_counter_out, rx_write_requests) == 0x80 &&
	      __mlx5_bit_sz(query_q_counter_out, rx_write_requests) == 0x20, "query_q_counter_out.rx_write_requests");
static_assert(__mlx5_bit_off(query_q_counter_out, rx_read_requests) == 0xc0 &&
	      __mlx5_bit_sz(query_q_counter_out, rx_read_requests) == 0x20, "query_q_counter_out.rx_read_requests");
static_assert(__mlx5_bit_off(query_q_counter_out, rx_atomic_requests) == 0x100 &&
	      __mlx5_bit_sz(query_q_counter_out, rx_atomic_requests) == 0x20, "query_q_counter_out.rx_atomic_requests");
static_assert(__mlx5_bit_off(query_q_counter_out, rx_dct_connect) == 0x140 &&
	      __mlx5_bit_sz(query_q_counter_out, rx_dct_connect) == 0x20, "query_q_counter_out.rx_dct_connect");
static_assert(__mlx5_bit_off(query_q_counter_out, out_of_buffer) == 0x180 &&
	      __mlx5_bit_sz(query_q_counter_out, out_of_buffer) == 0x20, "query_q_counter_out.out_of_buffer");
static_assert(__mlx5_bit_off(query_q_counter_out, out_of_sequence) == 0x1c0 &&
	      __mlx5_bit_sz(query_q_counter_out, out_of_sequence) == 0x20, "query_q_counter_out.out_of_sequence");
static_assert(__mlx5_bit_off(query_q_counter_out, duplicate_request) == 0x200 &&
	      __mlx5_bit_sz(query_q_counter_out, duplicate_request) == 0x20, "query_q_counter_out.duplicate_request");
static_assert(__mlx5_bit_off(query_q_counter_out, rnr_nak_retry_err) == 0x240 &&
	      __mlx5_bit_sz(query_q_counter_out, rnr_nak_retry_err) == 0x20, "query_q_counter_out.rnr_nak_retry_err");
static_assert(__mlx5_bit_off(query_q_counter_out, packet_seq_err) == 0x280 &&
	      __mlx5_bit_sz(query_q_counter_out, packet_seq_err) == 0x20, "query_q_counter_out.packet_seq_err");
static_assert(__mlx5_bit_off(query_q_counter_out, implied_nak_seq_err) == 0x2c0 &&
	      __mlx5_bit_sz(query_q_counter_out, implied_nak_seq_err) == 0x20, "query_q_counter_out.implied_nak_seq_err");
static_assert(__mlx5_bit_off(query_q_counter_out, local_ack_timeout_err) == 0x300 &&
	      __mlx5_bit_sz(query_q_counter_out, local_ack_timeout_err) == 0x20, "query_q_counter_out.local_ack_timeout_err");
static_assert(__mlx5_bit_off(query_q_counter_out, resp_local_length_error) == 0x3c0 &&
	      __mlx5_bit_sz(query_q_counter_out, resp_local_length_error) == 0x20, "query_q_counter_out.resp_local_length_error");
static_assert(__mlx5_bit_off(query_q_counter_out, req_local_length_error) == 0x3e0 &&
	      __mlx5_bit_sz(query_q_counter_out, req_local_length_error) == 0x20, "query_q_counter_out.req_local_length_error");
static_assert(__mlx5_bit_off(query_q_counter_out, resp_local_qp_error) == 0x400 &&
	      __mlx5_bit_sz(query_q_counter_out, resp_local_qp_error) == 0x20, "query_q_counter_out.resp_local_qp_error");
static_assert(__mlx5_bit_off(query_q_counter_out, local_operation_error) == 0x420 &&
	      __mlx5_bit_sz(query_q_counter_out, local_operation_error) == 0x20, "query_q_counter_out.local_operation_error");
static_assert(__mlx5_bit_off(query_q_counter_out, resp_local_protection) == 0x440 &&
	      __mlx5_bit_sz(query_q_counter_out, resp_local_protection) == 0x20, "query_q_counter_out.resp_local_protection");
static_assert(__mlx5_bit_off(query_q_counter_out, req_local_protection) == 0x460 &&
	      __mlx5_bit_sz(query_q_counter_out, req_local_protection) == 0x20, "query_q_counter_out.req_local_protection");
static_assert(__mlx5_bit_off(query_q_counter_out, resp_cqe_error) == 0x480 &&
	      __mlx5_bit_sz(query_q_counter_out, resp_cqe_error) == 0x20, "query_q_counter_out.resp_cqe_error");
static_assert(__mlx5_bit_off(query_q_counter_out, req_cqe_error) == 0x4a0 &&
	      __mlx5_bit_sz(query_q_counter_out, req_cqe_error) == 0x20, "query_q_counter_out.req_cqe_error");
static_assert(__mlx5_bit_off(query_q_counter_out, req_mw_binding) == 0x4c0 &&
	      __mlx5_bit_sz(query_q_counter_out, req_mw_binding) == 0x20, "query_q_counter_out.req_mw_binding");
static_assert(__mlx5_bit_off(query_q_counter_out, req_bad_response) == 0x4e0 &&
	      __mlx5_bit_sz(query_q_counter_out, req_bad_response) == 0x20, "query_q_counter_out.req_bad_response");
static_assert(__mlx5_bit_off(query_q_counter_out, req_remote_invalid_request) == 0x500 &&
	      __mlx5_bit_sz(query_q_counter_out, req_remote_invalid_request) == 0x20, "query_q_counter_out.req_remote_invalid_request");
static_assert(__mlx5_bit_off(query_q_counter_out, resp_remote_invalid_request) == 0x520 &&
	      __mlx5_bit_sz(query_q_counter_out, resp_remote_invalid_request) == 0x20, "query_q_counter_out.resp_remote_invalid_request");
static_assert(__mlx5_bit_off(query_q_counter_out, req_remote_access_errors) == 0x540 &&
	      __mlx5_bit_sz(query_q_counter_out, req_remote_access_errors) == 0x20, "query_q_counter_out.req_remote_access_errors");
static_assert(__mlx5_bit_off(query_q_counter_out, resp_remote_access_errors) == 0x560 &&
	      __mlx5_bit_sz(query_q_counter_out, resp_remote_access_errors) == 0x20, "query_q_counter_out.resp_remote_access_errors");
static_assert(__mlx5_bit_off(query_q_counter_out, req_remote_operation_errors) == 0x580 &&
	      __mlx5_bit_sz(query_q_counter_out, req_remote_operation_errors) == 0x20, "query_q_counter_out.req_remote_operation_errors");
static_assert(__mlx5_bit_off(query_q_counter_out, req_transport_retries_exceeded) == 0x5a0 &&
	      __mlx5_bit_sz(query_q_counter_out, req_transport_retries_exceeded) == 0x20, "query_q_counter_out.req_transport_retries_exceeded");
static_assert(__mlx5_bit_off(query_q_counter_out, cq_overflow) == 0x5c0 &&
	      __mlx5_bit_sz(query_q_counter_out, cq_overflow) == 0x20, "query_q_counter_out.cq_overflow");
static_assert(__mlx5_bit_off(query_q_counter_out, resp_cqe_flush_error) == 0x5e0 &&
	      __mlx5_bit_sz(query_q_counter_out, resp_cqe_flush_error) == 0x20, "query_q_counter_out.resp_cqe_flush_error");
static_assert(__mlx5_bit_off(query_q_counter_out, req_cqe_flush_error) == 0x600 &&
	      __mlx5_bit_sz(query_q_counter_out, req_cqe_flush_error) == 0x20, "query_q_counter_out.req_cqe_flush_error");
static_assert(__mlx5_bit_off(query_q_counter_out, roce_adp_retrans) == 0x640 &&
	      __mlx5_bit_sz(query_q_counter_out, roce_adp_retrans) == 0x20, "query_q_counter_out.roce_adp_retrans");
static_assert(__mlx5_bit_off(query_q_counter_out, roce_adp_retrans_to) == 0x660 &&
	      __mlx5_bit_sz(query_q_counter_out, roce_adp_retrans_to) == 0x20, "query_q_counter_out.roce_adp_retrans_to");
static_assert(__mlx5_bit_off(query_q_counter_out, roce_slow_restart) == 0x680 &&
	      __mlx5_bit_sz(query_q_counter_out, roce_slow_restart) == 0x20, "query_q_counter_out.roce_slow_restart");
static_assert(__mlx5_bit_off(query_q_counter_out, roce_slow_restart_cnps) == 0x6a0 &&
	      __mlx5_bit_sz(query_q_counter_out, roce_slow_restart_cnps) == 0x20, "query_q_counter_out.roce_slow_restart_cnps");
static_assert(__mlx5_bit_off(query_q_counter_out, roce_slow_restart_trans) == 0x6c0 &&
	      __mlx5_bit_sz(query_q_counter_out, roce_slow_restart_trans) == 0x20, "query_q_counter_out.roce_slow_restart_trans");

/* struct mlx5_ifc_query_hca_cap_in_bits */
static_assert(__mlx5_bit_off(query_hca_cap_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_hca_cap_in, opcode) == 0x10, "query_hca_cap_in.opcode");
/* uid: not checked: the command input header's uid at 0x10, which the driver
 * stamps; 6.1's mlx5_ifc.h still has reserved_at_10 in this input */
static_assert(__mlx5_bit_off(query_hca_cap_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_hca_cap_in, op_mod) == 0x10, "query_hca_cap_in.op_mod");
static_assert(__mlx5_bit_off(query_hca_cap_in, other_function) == 0x40 &&
	      __mlx5_bit_sz(query_hca_cap_in, other_function) == 0x1, "query_hca_cap_in.other_function");
static_assert(__mlx5_bit_off(query_hca_cap_in, function_id) == 0x50 &&
	      __mlx5_bit_sz(query_hca_cap_in, function_id) == 0x10, "query_hca_cap_in.function_id");

/* struct mlx5_ifc_query_hca_cap_out_bits */
static_assert(__mlx5_bit_off(query_hca_cap_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_hca_cap_out, status) == 0x8, "query_hca_cap_out.status");
static_assert(__mlx5_bit_off(query_hca_cap_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_hca_cap_out, syndrome) == 0x20, "query_hca_cap_out.syndrome");
static_assert(__mlx5_bit_off(query_hca_cap_out, capability) == 0x80 &&
	      __mlx5_bit_sz(query_hca_cap_out, capability) == 0x8000, "query_hca_cap_out.capability");

/* union mlx5_ifc_hca_cap_union_bits */
static_assert(XC_OFF(union mlx5_ifc_hca_cap_union_bits, cmd_hca_cap) == 0x0 &&
	      XC_SZ(union mlx5_ifc_hca_cap_union_bits, cmd_hca_cap) == 0x800, "hca_cap_union.cmd_hca_cap");
static_assert(XC_OFF(union mlx5_ifc_hca_cap_union_bits, roce_cap) == 0x0 &&
	      XC_SZ(union mlx5_ifc_hca_cap_union_bits, roce_cap) == 0x800, "hca_cap_union.roce_cap");
static_assert(XC_OFF(union mlx5_ifc_hca_cap_union_bits, per_protocol_networking_offload_caps) == 0x0 &&
	      XC_SZ(union mlx5_ifc_hca_cap_union_bits, per_protocol_networking_offload_caps) == 0x800, "hca_cap_union.per_protocol_networking_offload_caps");
static_assert(XC_OFF(union mlx5_ifc_hca_cap_union_bits, qos_cap) == 0x0 &&
	      XC_SZ(union mlx5_ifc_hca_cap_union_bits, qos_cap) == 0x800, "hca_cap_union.qos_cap");

/* struct mlx5_ifc_cmd_hca_cap_bits */
static_assert(__mlx5_bit_off(cmd_hca_cap, shared_object_to_user_object_allowed) == 0x10 &&
	      __mlx5_bit_sz(cmd_hca_cap, shared_object_to_user_object_allowed) == 0x1, "cmd_hca_cap.shared_object_to_user_object_allowed");
static_assert(__mlx5_bit_off(cmd_hca_cap, vhca_resource_manager) == 0x1f &&
	      __mlx5_bit_sz(cmd_hca_cap, vhca_resource_manager) == 0x1, "cmd_hca_cap.vhca_resource_manager");
static_assert(__mlx5_bit_off(cmd_hca_cap, hca_cap_2) == 0x20 &&
	      __mlx5_bit_sz(cmd_hca_cap, hca_cap_2) == 0x1, "cmd_hca_cap.hca_cap_2");
static_assert(__mlx5_bit_off(cmd_hca_cap, create_lag_when_not_master_up) == 0x21 &&
	      __mlx5_bit_sz(cmd_hca_cap, create_lag_when_not_master_up) == 0x1, "cmd_hca_cap.create_lag_when_not_master_up");
static_assert(__mlx5_bit_off(cmd_hca_cap, dtor) == 0x22 &&
	      __mlx5_bit_sz(cmd_hca_cap, dtor) == 0x1, "cmd_hca_cap.dtor");
static_assert(__mlx5_bit_off(cmd_hca_cap, event_on_vhca_state_teardown_request) == 0x23 &&
	      __mlx5_bit_sz(cmd_hca_cap, event_on_vhca_state_teardown_request) == 0x1, "cmd_hca_cap.event_on_vhca_state_teardown_request");
static_assert(__mlx5_bit_off(cmd_hca_cap, event_on_vhca_state_in_use) == 0x24 &&
	      __mlx5_bit_sz(cmd_hca_cap, event_on_vhca_state_in_use) == 0x1, "cmd_hca_cap.event_on_vhca_state_in_use");
static_assert(__mlx5_bit_off(cmd_hca_cap, event_on_vhca_state_active) == 0x25 &&
	      __mlx5_bit_sz(cmd_hca_cap, event_on_vhca_state_active) == 0x1, "cmd_hca_cap.event_on_vhca_state_active");
static_assert(__mlx5_bit_off(cmd_hca_cap, event_on_vhca_state_allocated) == 0x26 &&
	      __mlx5_bit_sz(cmd_hca_cap, event_on_vhca_state_allocated) == 0x1, "cmd_hca_cap.event_on_vhca_state_allocated");
static_assert(__mlx5_bit_off(cmd_hca_cap, event_on_vhca_state_invalid) == 0x27 &&
	      __mlx5_bit_sz(cmd_hca_cap, event_on_vhca_state_invalid) == 0x1, "cmd_hca_cap.event_on_vhca_state_invalid");
static_assert(__mlx5_bit_off(cmd_hca_cap, vhca_id) == 0x30 &&
	      __mlx5_bit_sz(cmd_hca_cap, vhca_id) == 0x10, "cmd_hca_cap.vhca_id");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_srq_sz) == 0x80 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_srq_sz) == 0x8, "cmd_hca_cap.log_max_srq_sz");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_qp_sz) == 0x88 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_qp_sz) == 0x8, "cmd_hca_cap.log_max_qp_sz");
static_assert(__mlx5_bit_off(cmd_hca_cap, event_cap) == 0x90 &&
	      __mlx5_bit_sz(cmd_hca_cap, event_cap) == 0x1, "cmd_hca_cap.event_cap");
static_assert(__mlx5_bit_off(cmd_hca_cap, isolate_vl_tc_new) == 0x93 &&
	      __mlx5_bit_sz(cmd_hca_cap, isolate_vl_tc_new) == 0x1, "cmd_hca_cap.isolate_vl_tc_new");
static_assert(__mlx5_bit_off(cmd_hca_cap, prio_tag_required) == 0x98 &&
	      __mlx5_bit_sz(cmd_hca_cap, prio_tag_required) == 0x1, "cmd_hca_cap.prio_tag_required");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_qp) == 0x9b &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_qp) == 0x5, "cmd_hca_cap.log_max_qp");
static_assert(__mlx5_bit_off(cmd_hca_cap, ece_support) == 0xa3 &&
	      __mlx5_bit_sz(cmd_hca_cap, ece_support) == 0x1, "cmd_hca_cap.ece_support");
static_assert(__mlx5_bit_off(cmd_hca_cap, reg_c_preserve) == 0xa9 &&
	      __mlx5_bit_sz(cmd_hca_cap, reg_c_preserve) == 0x1, "cmd_hca_cap.reg_c_preserve");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_srq) == 0xab &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_srq) == 0x5, "cmd_hca_cap.log_max_srq");
static_assert(__mlx5_bit_off(cmd_hca_cap, uplink_follow) == 0xb1 &&
	      __mlx5_bit_sz(cmd_hca_cap, uplink_follow) == 0x1, "cmd_hca_cap.uplink_follow");
static_assert(__mlx5_bit_off(cmd_hca_cap, ts_cqe_to_dest_cqn) == 0xb2 &&
	      __mlx5_bit_sz(cmd_hca_cap, ts_cqe_to_dest_cqn) == 0x1, "cmd_hca_cap.ts_cqe_to_dest_cqn");
static_assert(__mlx5_bit_off(cmd_hca_cap, shampo) == 0xba &&
	      __mlx5_bit_sz(cmd_hca_cap, shampo) == 0x1, "cmd_hca_cap.shampo");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_sgl_for_optimized_performance) == 0xc0 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_sgl_for_optimized_performance) == 0x8, "cmd_hca_cap.max_sgl_for_optimized_performance");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_cq_sz) == 0xc8 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_cq_sz) == 0x8, "cmd_hca_cap.log_max_cq_sz");
static_assert(__mlx5_bit_off(cmd_hca_cap, relaxed_ordering_write_umr) == 0xd0 &&
	      __mlx5_bit_sz(cmd_hca_cap, relaxed_ordering_write_umr) == 0x1, "cmd_hca_cap.relaxed_ordering_write_umr");
static_assert(__mlx5_bit_off(cmd_hca_cap, relaxed_ordering_read_umr) == 0xd1 &&
	      __mlx5_bit_sz(cmd_hca_cap, relaxed_ordering_read_umr) == 0x1, "cmd_hca_cap.relaxed_ordering_read_umr");
static_assert(__mlx5_bit_off(cmd_hca_cap, virtio_net_device_emualtion_manager) == 0xd9 &&
	      __mlx5_bit_sz(cmd_hca_cap, virtio_net_device_emualtion_manager) == 0x1, "cmd_hca_cap.virtio_net_device_emualtion_manager");
static_assert(__mlx5_bit_off(cmd_hca_cap, virtio_blk_device_emualtion_manager) == 0xda &&
	      __mlx5_bit_sz(cmd_hca_cap, virtio_blk_device_emualtion_manager) == 0x1, "cmd_hca_cap.virtio_blk_device_emualtion_manager");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_cq) == 0xdb &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_cq) == 0x5, "cmd_hca_cap.log_max_cq");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_eq_sz) == 0xe0 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_eq_sz) == 0x8, "cmd_hca_cap.log_max_eq_sz");
static_assert(__mlx5_bit_off(cmd_hca_cap, relaxed_ordering_write) == 0xe8 &&
	      __mlx5_bit_sz(cmd_hca_cap, relaxed_ordering_write) == 0x1, "cmd_hca_cap.relaxed_ordering_write");
static_assert(__mlx5_bit_off(cmd_hca_cap, relaxed_ordering_read) == 0xe9 &&
	      __mlx5_bit_sz(cmd_hca_cap, relaxed_ordering_read) == 0x1, "cmd_hca_cap.relaxed_ordering_read");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_mkey) == 0xea &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_mkey) == 0x6, "cmd_hca_cap.log_max_mkey");
static_assert(__mlx5_bit_off(cmd_hca_cap, dump_fill_mkey) == 0xf8 &&
	      __mlx5_bit_sz(cmd_hca_cap, dump_fill_mkey) == 0x1, "cmd_hca_cap.dump_fill_mkey");
static_assert(__mlx5_bit_off(cmd_hca_cap, fast_teardown) == 0xfb &&
	      __mlx5_bit_sz(cmd_hca_cap, fast_teardown) == 0x1, "cmd_hca_cap.fast_teardown");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_eq) == 0xfc &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_eq) == 0x4, "cmd_hca_cap.log_max_eq");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_indirection) == 0x100 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_indirection) == 0x8, "cmd_hca_cap.max_indirection");
static_assert(__mlx5_bit_off(cmd_hca_cap, fixed_buffer_size) == 0x108 &&
	      __mlx5_bit_sz(cmd_hca_cap, fixed_buffer_size) == 0x1, "cmd_hca_cap.fixed_buffer_size");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_mrw_sz) == 0x109 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_mrw_sz) == 0x7, "cmd_hca_cap.log_max_mrw_sz");
static_assert(__mlx5_bit_off(cmd_hca_cap, force_teardown) == 0x110 &&
	      __mlx5_bit_sz(cmd_hca_cap, force_teardown) == 0x1, "cmd_hca_cap.force_teardown");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_bsf_list_size) == 0x112 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_bsf_list_size) == 0x6, "cmd_hca_cap.log_max_bsf_list_size");
static_assert(__mlx5_bit_off(cmd_hca_cap, umr_extended_translation_offset) == 0x118 &&
	      __mlx5_bit_sz(cmd_hca_cap, umr_extended_translation_offset) == 0x1, "cmd_hca_cap.umr_extended_translation_offset");
static_assert(__mlx5_bit_off(cmd_hca_cap, null_mkey) == 0x119 &&
	      __mlx5_bit_sz(cmd_hca_cap, null_mkey) == 0x1, "cmd_hca_cap.null_mkey");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_klm_list_size) == 0x11a &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_klm_list_size) == 0x6, "cmd_hca_cap.log_max_klm_list_size");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_ra_req_dc) == 0x12a &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_ra_req_dc) == 0x6, "cmd_hca_cap.log_max_ra_req_dc");
static_assert(__mlx5_bit_off(cmd_hca_cap, eth_wqe_too_small) == 0x132 &&
	      __mlx5_bit_sz(cmd_hca_cap, eth_wqe_too_small) == 0x1, "cmd_hca_cap.eth_wqe_too_small");
static_assert(__mlx5_bit_off(cmd_hca_cap, vnic_env_cq_overrun) == 0x139 &&
	      __mlx5_bit_sz(cmd_hca_cap, vnic_env_cq_overrun) == 0x1, "cmd_hca_cap.vnic_env_cq_overrun");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_ra_res_dc) == 0x13a &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_ra_res_dc) == 0x6, "cmd_hca_cap.log_max_ra_res_dc");
static_assert(__mlx5_bit_off(cmd_hca_cap, release_all_pages) == 0x145 &&
	      __mlx5_bit_sz(cmd_hca_cap, release_all_pages) == 0x1, "cmd_hca_cap.release_all_pages");
static_assert(__mlx5_bit_off(cmd_hca_cap, must_not_use) == 0x146 &&
	      __mlx5_bit_sz(cmd_hca_cap, must_not_use) == 0x1, "cmd_hca_cap.must_not_use");
static_assert(__mlx5_bit_off(cmd_hca_cap, roce_accl) == 0x149 &&
	      __mlx5_bit_sz(cmd_hca_cap, roce_accl) == 0x1, "cmd_hca_cap.roce_accl");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_ra_req_qp) == 0x14a &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_ra_req_qp) == 0x6, "cmd_hca_cap.log_max_ra_req_qp");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_ra_res_qp) == 0x15a &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_ra_res_qp) == 0x6, "cmd_hca_cap.log_max_ra_res_qp");
static_assert(__mlx5_bit_off(cmd_hca_cap, end_pad) == 0x160 &&
	      __mlx5_bit_sz(cmd_hca_cap, end_pad) == 0x1, "cmd_hca_cap.end_pad");
static_assert(__mlx5_bit_off(cmd_hca_cap, cc_query_allowed) == 0x161 &&
	      __mlx5_bit_sz(cmd_hca_cap, cc_query_allowed) == 0x1, "cmd_hca_cap.cc_query_allowed");
static_assert(__mlx5_bit_off(cmd_hca_cap, cc_modify_allowed) == 0x162 &&
	      __mlx5_bit_sz(cmd_hca_cap, cc_modify_allowed) == 0x1, "cmd_hca_cap.cc_modify_allowed");
static_assert(__mlx5_bit_off(cmd_hca_cap, start_pad) == 0x163 &&
	      __mlx5_bit_sz(cmd_hca_cap, start_pad) == 0x1, "cmd_hca_cap.start_pad");
static_assert(__mlx5_bit_off(cmd_hca_cap, cache_line_128byte) == 0x164 &&
	      __mlx5_bit_sz(cmd_hca_cap, cache_line_128byte) == 0x1, "cmd_hca_cap.cache_line_128byte");
static_assert(__mlx5_bit_off(cmd_hca_cap, rts2rts_qp_counters_set_id) == 0x169 &&
	      __mlx5_bit_sz(cmd_hca_cap, rts2rts_qp_counters_set_id) == 0x1, "cmd_hca_cap.rts2rts_qp_counters_set_id");
static_assert(__mlx5_bit_off(cmd_hca_cap, vnic_env_int_rq_oob) == 0x16c &&
	      __mlx5_bit_sz(cmd_hca_cap, vnic_env_int_rq_oob) == 0x1, "cmd_hca_cap.vnic_env_int_rq_oob");
static_assert(__mlx5_bit_off(cmd_hca_cap, sbcam_reg) == 0x16d &&
	      __mlx5_bit_sz(cmd_hca_cap, sbcam_reg) == 0x1, "cmd_hca_cap.sbcam_reg");
static_assert(__mlx5_bit_off(cmd_hca_cap, qcam_reg) == 0x16f &&
	      __mlx5_bit_sz(cmd_hca_cap, qcam_reg) == 0x1, "cmd_hca_cap.qcam_reg");
static_assert(__mlx5_bit_off(cmd_hca_cap, gid_table_size) == 0x170 &&
	      __mlx5_bit_sz(cmd_hca_cap, gid_table_size) == 0x10, "cmd_hca_cap.gid_table_size");
static_assert(__mlx5_bit_off(cmd_hca_cap, out_of_seq_cnt) == 0x180 &&
	      __mlx5_bit_sz(cmd_hca_cap, out_of_seq_cnt) == 0x1, "cmd_hca_cap.out_of_seq_cnt");
static_assert(__mlx5_bit_off(cmd_hca_cap, vport_counters) == 0x181 &&
	      __mlx5_bit_sz(cmd_hca_cap, vport_counters) == 0x1, "cmd_hca_cap.vport_counters");
static_assert(__mlx5_bit_off(cmd_hca_cap, retransmission_q_counters) == 0x182 &&
	      __mlx5_bit_sz(cmd_hca_cap, retransmission_q_counters) == 0x1, "cmd_hca_cap.retransmission_q_counters");
static_assert(__mlx5_bit_off(cmd_hca_cap, debug) == 0x183 &&
	      __mlx5_bit_sz(cmd_hca_cap, debug) == 0x1, "cmd_hca_cap.debug");
static_assert(__mlx5_bit_off(cmd_hca_cap, modify_rq_counter_set_id) == 0x184 &&
	      __mlx5_bit_sz(cmd_hca_cap, modify_rq_counter_set_id) == 0x1, "cmd_hca_cap.modify_rq_counter_set_id");
static_assert(__mlx5_bit_off(cmd_hca_cap, rq_delay_drop) == 0x185 &&
	      __mlx5_bit_sz(cmd_hca_cap, rq_delay_drop) == 0x1, "cmd_hca_cap.rq_delay_drop");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_qp_cnt) == 0x186 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_qp_cnt) == 0xa, "cmd_hca_cap.max_qp_cnt");
static_assert(__mlx5_bit_off(cmd_hca_cap, pkey_table_size) == 0x190 &&
	      __mlx5_bit_sz(cmd_hca_cap, pkey_table_size) == 0x10, "cmd_hca_cap.pkey_table_size");
static_assert(__mlx5_bit_off(cmd_hca_cap, vport_group_manager) == 0x1a0 &&
	      __mlx5_bit_sz(cmd_hca_cap, vport_group_manager) == 0x1, "cmd_hca_cap.vport_group_manager");
static_assert(__mlx5_bit_off(cmd_hca_cap, vhca_group_manager) == 0x1a1 &&
	      __mlx5_bit_sz(cmd_hca_cap, vhca_group_manager) == 0x1, "cmd_hca_cap.vhca_group_manager");
static_assert(__mlx5_bit_off(cmd_hca_cap, ib_virt) == 0x1a2 &&
	      __mlx5_bit_sz(cmd_hca_cap, ib_virt) == 0x1, "cmd_hca_cap.ib_virt");
static_assert(__mlx5_bit_off(cmd_hca_cap, eth_virt) == 0x1a3 &&
	      __mlx5_bit_sz(cmd_hca_cap, eth_virt) == 0x1, "cmd_hca_cap.eth_virt");
static_assert(__mlx5_bit_off(cmd_hca_cap, vnic_env_queue_counters) == 0x1a4 &&
	      __mlx5_bit_sz(cmd_hca_cap, vnic_env_queue_counters) == 0x1, "cmd_hca_cap.vnic_env_queue_counters");
static_assert(__mlx5_bit_off(cmd_hca_cap, ets) == 0x1a5 &&
	      __mlx5_bit_sz(cmd_hca_cap, ets) == 0x1, "cmd_hca_cap.ets");
static_assert(__mlx5_bit_off(cmd_hca_cap, nic_flow_table) == 0x1a6 &&
	      __mlx5_bit_sz(cmd_hca_cap, nic_flow_table) == 0x1, "cmd_hca_cap.nic_flow_table");
static_assert(__mlx5_bit_off(cmd_hca_cap, eswitch_manager) == 0x1a7 &&
	      __mlx5_bit_sz(cmd_hca_cap, eswitch_manager) == 0x1, "cmd_hca_cap.eswitch_manager");
static_assert(__mlx5_bit_off(cmd_hca_cap, device_memory) == 0x1a8 &&
	      __mlx5_bit_sz(cmd_hca_cap, device_memory) == 0x1, "cmd_hca_cap.device_memory");
static_assert(__mlx5_bit_off(cmd_hca_cap, mcam_reg) == 0x1a9 &&
	      __mlx5_bit_sz(cmd_hca_cap, mcam_reg) == 0x1, "cmd_hca_cap.mcam_reg");
static_assert(__mlx5_bit_off(cmd_hca_cap, pcam_reg) == 0x1aa &&
	      __mlx5_bit_sz(cmd_hca_cap, pcam_reg) == 0x1, "cmd_hca_cap.pcam_reg");
static_assert(__mlx5_bit_off(cmd_hca_cap, local_ca_ack_delay) == 0x1ab &&
	      __mlx5_bit_sz(cmd_hca_cap, local_ca_ack_delay) == 0x5, "cmd_hca_cap.local_ca_ack_delay");
static_assert(__mlx5_bit_off(cmd_hca_cap, port_module_event) == 0x1b0 &&
	      __mlx5_bit_sz(cmd_hca_cap, port_module_event) == 0x1, "cmd_hca_cap.port_module_event");
static_assert(__mlx5_bit_off(cmd_hca_cap, enhanced_error_q_counters) == 0x1b1 &&
	      __mlx5_bit_sz(cmd_hca_cap, enhanced_error_q_counters) == 0x1, "cmd_hca_cap.enhanced_error_q_counters");
static_assert(__mlx5_bit_off(cmd_hca_cap, ports_check) == 0x1b2 &&
	      __mlx5_bit_sz(cmd_hca_cap, ports_check) == 0x1, "cmd_hca_cap.ports_check");
static_assert(__mlx5_bit_off(cmd_hca_cap, disable_link_up) == 0x1b4 &&
	      __mlx5_bit_sz(cmd_hca_cap, disable_link_up) == 0x1, "cmd_hca_cap.disable_link_up");
static_assert(__mlx5_bit_off(cmd_hca_cap, beacon_led) == 0x1b5 &&
	      __mlx5_bit_sz(cmd_hca_cap, beacon_led) == 0x1, "cmd_hca_cap.beacon_led");
static_assert(__mlx5_bit_off(cmd_hca_cap, port_type) == 0x1b6 &&
	      __mlx5_bit_sz(cmd_hca_cap, port_type) == 0x2, "cmd_hca_cap.port_type");
static_assert(__mlx5_bit_off(cmd_hca_cap, num_ports) == 0x1b8 &&
	      __mlx5_bit_sz(cmd_hca_cap, num_ports) == 0x8, "cmd_hca_cap.num_ports");
static_assert(__mlx5_bit_off(cmd_hca_cap, pps) == 0x1c1 &&
	      __mlx5_bit_sz(cmd_hca_cap, pps) == 0x1, "cmd_hca_cap.pps");
static_assert(__mlx5_bit_off(cmd_hca_cap, pps_modify) == 0x1c2 &&
	      __mlx5_bit_sz(cmd_hca_cap, pps_modify) == 0x1, "cmd_hca_cap.pps_modify");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_msg) == 0x1c3 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_msg) == 0x5, "cmd_hca_cap.log_max_msg");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_tc) == 0x1cc &&
	      __mlx5_bit_sz(cmd_hca_cap, max_tc) == 0x4, "cmd_hca_cap.max_tc");
static_assert(__mlx5_bit_off(cmd_hca_cap, temp_warn_event) == 0x1d0 &&
	      __mlx5_bit_sz(cmd_hca_cap, temp_warn_event) == 0x1, "cmd_hca_cap.temp_warn_event");
static_assert(__mlx5_bit_off(cmd_hca_cap, dcbx) == 0x1d1 &&
	      __mlx5_bit_sz(cmd_hca_cap, dcbx) == 0x1, "cmd_hca_cap.dcbx");
static_assert(__mlx5_bit_off(cmd_hca_cap, general_notification_event) == 0x1d2 &&
	      __mlx5_bit_sz(cmd_hca_cap, general_notification_event) == 0x1, "cmd_hca_cap.general_notification_event");
static_assert(__mlx5_bit_off(cmd_hca_cap, fpga) == 0x1d5 &&
	      __mlx5_bit_sz(cmd_hca_cap, fpga) == 0x1, "cmd_hca_cap.fpga");
static_assert(__mlx5_bit_off(cmd_hca_cap, rol_s) == 0x1d6 &&
	      __mlx5_bit_sz(cmd_hca_cap, rol_s) == 0x1, "cmd_hca_cap.rol_s");
static_assert(__mlx5_bit_off(cmd_hca_cap, rol_g) == 0x1d7 &&
	      __mlx5_bit_sz(cmd_hca_cap, rol_g) == 0x1, "cmd_hca_cap.rol_g");
static_assert(__mlx5_bit_off(cmd_hca_cap, wol_s) == 0x1d9 &&
	      __mlx5_bit_sz(cmd_hca_cap, wol_s) == 0x1, "cmd_hca_cap.wol_s");
static_assert(__mlx5_bit_off(cmd_hca_cap, wol_g) == 0x1da &&
	      __mlx5_bit_sz(cmd_hca_cap, wol_g) == 0x1, "cmd_hca_cap.wol_g");
static_assert(__mlx5_bit_off(cmd_hca_cap, wol_a) == 0x1db &&
	      __mlx5_bit_sz(cmd_hca_cap, wol_a) == 0x1, "cmd_hca_cap.wol_a");
static_assert(__mlx5_bit_off(cmd_hca_cap, wol_b) == 0x1dc &&
	      __mlx5_bit_sz(cmd_hca_cap, wol_b) == 0x1, "cmd_hca_cap.wol_b");
static_assert(__mlx5_bit_off(cmd_hca_cap, wol_m) == 0x1dd &&
	      __mlx5_bit_sz(cmd_hca_cap, wol_m) == 0x1, "cmd_hca_cap.wol_m");
static_assert(__mlx5_bit_off(cmd_hca_cap, wol_u) == 0x1de &&
	      __mlx5_bit_sz(cmd_hca_cap, wol_u) == 0x1, "cmd_hca_cap.wol_u");
static_assert(__mlx5_bit_off(cmd_hca_cap, wol_p) == 0x1df &&
	      __mlx5_bit_sz(cmd_hca_cap, wol_p) == 0x1, "cmd_hca_cap.wol_p");
static_assert(__mlx5_bit_off(cmd_hca_cap, stat_rate_support) == 0x1e0 &&
	      __mlx5_bit_sz(cmd_hca_cap, stat_rate_support) == 0x10, "cmd_hca_cap.stat_rate_support");
static_assert(__mlx5_bit_off(cmd_hca_cap, pci_sync_for_fw_update_event) == 0x1f1 &&
	      __mlx5_bit_sz(cmd_hca_cap, pci_sync_for_fw_update_event) == 0x1, "cmd_hca_cap.pci_sync_for_fw_update_event");
static_assert(__mlx5_bit_off(cmd_hca_cap, init2_lag_tx_port_affinity) == 0x1f8 &&
	      __mlx5_bit_sz(cmd_hca_cap, init2_lag_tx_port_affinity) == 0x1, "cmd_hca_cap.init2_lag_tx_port_affinity");
static_assert(__mlx5_bit_off(cmd_hca_cap, cqe_version) == 0x1fc &&
	      __mlx5_bit_sz(cmd_hca_cap, cqe_version) == 0x4, "cmd_hca_cap.cqe_version");
static_assert(__mlx5_bit_off(cmd_hca_cap, compact_address_vector) == 0x200 &&
	      __mlx5_bit_sz(cmd_hca_cap, compact_address_vector) == 0x1, "cmd_hca_cap.compact_address_vector");
static_assert(__mlx5_bit_off(cmd_hca_cap, striding_rq) == 0x201 &&
	      __mlx5_bit_sz(cmd_hca_cap, striding_rq) == 0x1, "cmd_hca_cap.striding_rq");
static_assert(__mlx5_bit_off(cmd_hca_cap, ipoib_enhanced_offloads) == 0x203 &&
	      __mlx5_bit_sz(cmd_hca_cap, ipoib_enhanced_offloads) == 0x1, "cmd_hca_cap.ipoib_enhanced_offloads");
static_assert(__mlx5_bit_off(cmd_hca_cap, ipoib_basic_offloads) == 0x204 &&
	      __mlx5_bit_sz(cmd_hca_cap, ipoib_basic_offloads) == 0x1, "cmd_hca_cap.ipoib_basic_offloads");
static_assert(__mlx5_bit_off(cmd_hca_cap, repeated_block_disabled) == 0x206 &&
	      __mlx5_bit_sz(cmd_hca_cap, repeated_block_disabled) == 0x1, "cmd_hca_cap.repeated_block_disabled");
static_assert(__mlx5_bit_off(cmd_hca_cap, umr_modify_entity_size_disabled) == 0x207 &&
	      __mlx5_bit_sz(cmd_hca_cap, umr_modify_entity_size_disabled) == 0x1, "cmd_hca_cap.umr_modify_entity_size_disabled");
static_assert(__mlx5_bit_off(cmd_hca_cap, umr_modify_atomic_disabled) == 0x208 &&
	      __mlx5_bit_sz(cmd_hca_cap, umr_modify_atomic_disabled) == 0x1, "cmd_hca_cap.umr_modify_atomic_disabled");
static_assert(__mlx5_bit_off(cmd_hca_cap, umr_indirect_mkey_disabled) == 0x209 &&
	      __mlx5_bit_sz(cmd_hca_cap, umr_indirect_mkey_disabled) == 0x1, "cmd_hca_cap.umr_indirect_mkey_disabled");
static_assert(__mlx5_bit_off(cmd_hca_cap, umr_fence) == 0x20a &&
	      __mlx5_bit_sz(cmd_hca_cap, umr_fence) == 0x2, "cmd_hca_cap.umr_fence");
static_assert(__mlx5_bit_off(cmd_hca_cap, dc_req_scat_data_cqe) == 0x20c &&
	      __mlx5_bit_sz(cmd_hca_cap, dc_req_scat_data_cqe) == 0x1, "cmd_hca_cap.dc_req_scat_data_cqe");
static_assert(__mlx5_bit_off(cmd_hca_cap, drain_sigerr) == 0x20f &&
	      __mlx5_bit_sz(cmd_hca_cap, drain_sigerr) == 0x1, "cmd_hca_cap.drain_sigerr");
static_assert(__mlx5_bit_off(cmd_hca_cap, cmdif_checksum) == 0x210 &&
	      __mlx5_bit_sz(cmd_hca_cap, cmdif_checksum) == 0x2, "cmd_hca_cap.cmdif_checksum");
static_assert(__mlx5_bit_off(cmd_hca_cap, sigerr_cqe) == 0x212 &&
	      __mlx5_bit_sz(cmd_hca_cap, sigerr_cqe) == 0x1, "cmd_hca_cap.sigerr_cqe");
static_assert(__mlx5_bit_off(cmd_hca_cap, wq_signature) == 0x214 &&
	      __mlx5_bit_sz(cmd_hca_cap, wq_signature) == 0x1, "cmd_hca_cap.wq_signature");
static_assert(__mlx5_bit_off(cmd_hca_cap, sctr_data_cqe) == 0x215 &&
	      __mlx5_bit_sz(cmd_hca_cap, sctr_data_cqe) == 0x1, "cmd_hca_cap.sctr_data_cqe");
static_assert(__mlx5_bit_off(cmd_hca_cap, sho) == 0x217 &&
	      __mlx5_bit_sz(cmd_hca_cap, sho) == 0x1, "cmd_hca_cap.sho");
static_assert(__mlx5_bit_off(cmd_hca_cap, tph) == 0x218 &&
	      __mlx5_bit_sz(cmd_hca_cap, tph) == 0x1, "cmd_hca_cap.tph");
static_assert(__mlx5_bit_off(cmd_hca_cap, rf) == 0x219 &&
	      __mlx5_bit_sz(cmd_hca_cap, rf) == 0x1, "cmd_hca_cap.rf");
static_assert(__mlx5_bit_off(cmd_hca_cap, dct) == 0x21a &&
	      __mlx5_bit_sz(cmd_hca_cap, dct) == 0x1, "cmd_hca_cap.dct");
static_assert(__mlx5_bit_off(cmd_hca_cap, qos) == 0x21b &&
	      __mlx5_bit_sz(cmd_hca_cap, qos) == 0x1, "cmd_hca_cap.qos");
static_assert(__mlx5_bit_off(cmd_hca_cap, eth_net_offloads) == 0x21c &&
	      __mlx5_bit_sz(cmd_hca_cap, eth_net_offloads) == 0x1, "cmd_hca_cap.eth_net_offloads");
static_assert(__mlx5_bit_off(cmd_hca_cap, roce) == 0x21d &&
	      __mlx5_bit_sz(cmd_hca_cap, roce) == 0x1, "cmd_hca_cap.roce");
static_assert(__mlx5_bit_off(cmd_hca_cap, atomic) == 0x21e &&
	      __mlx5_bit_sz(cmd_hca_cap, atomic) == 0x1, "cmd_hca_cap.atomic");
static_assert(__mlx5_bit_off(cmd_hca_cap, cq_oi) == 0x220 &&
	      __mlx5_bit_sz(cmd_hca_cap, cq_oi) == 0x1, "cmd_hca_cap.cq_oi");
static_assert(__mlx5_bit_off(cmd_hca_cap, cq_resize) == 0x221 &&
	      __mlx5_bit_sz(cmd_hca_cap, cq_resize) == 0x1, "cmd_hca_cap.cq_resize");
static_assert(__mlx5_bit_off(cmd_hca_cap, cq_moderation) == 0x222 &&
	      __mlx5_bit_sz(cmd_hca_cap, cq_moderation) == 0x1, "cmd_hca_cap.cq_moderation");
static_assert(__mlx5_bit_off(cmd_hca_cap, cq_eq_remap) == 0x226 &&
	      __mlx5_bit_sz(cmd_hca_cap, cq_eq_remap) == 0x1, "cmd_hca_cap.cq_eq_remap");
static_assert(__mlx5_bit_off(cmd_hca_cap, pg) == 0x227 &&
	      __mlx5_bit_sz(cmd_hca_cap, pg) == 0x1, "cmd_hca_cap.pg");
static_assert(__mlx5_bit_off(cmd_hca_cap, block_lb_mc) == 0x228 &&
	      __mlx5_bit_sz(cmd_hca_cap, block_lb_mc) == 0x1, "cmd_hca_cap.block_lb_mc");
static_assert(__mlx5_bit_off(cmd_hca_cap, scqe_break_moderation) == 0x22a &&
	      __mlx5_bit_sz(cmd_hca_cap, scqe_break_moderation) == 0x1, "cmd_hca_cap.scqe_break_moderation");
static_assert(__mlx5_bit_off(cmd_hca_cap, cq_period_start_from_cqe) == 0x22b &&
	      __mlx5_bit_sz(cmd_hca_cap, cq_period_start_from_cqe) == 0x1, "cmd_hca_cap.cq_period_start_from_cqe");
static_assert(__mlx5_bit_off(cmd_hca_cap, cd) == 0x22c &&
	      __mlx5_bit_sz(cmd_hca_cap, cd) == 0x1, "cmd_hca_cap.cd");
static_assert(__mlx5_bit_off(cmd_hca_cap, apm) == 0x22e &&
	      __mlx5_bit_sz(cmd_hca_cap, apm) == 0x1, "cmd_hca_cap.apm");
static_assert(__mlx5_bit_off(cmd_hca_cap, vector_calc) == 0x22f &&
	      __mlx5_bit_sz(cmd_hca_cap, vector_calc) == 0x1, "cmd_hca_cap.vector_calc");
static_assert(__mlx5_bit_off(cmd_hca_cap, umr_ptr_rlky) == 0x230 &&
	      __mlx5_bit_sz(cmd_hca_cap, umr_ptr_rlky) == 0x1, "cmd_hca_cap.umr_ptr_rlky");
static_assert(__mlx5_bit_off(cmd_hca_cap, imaicl) == 0x231 &&
	      __mlx5_bit_sz(cmd_hca_cap, imaicl) == 0x1, "cmd_hca_cap.imaicl");
static_assert(__mlx5_bit_off(cmd_hca_cap, qp_packet_based) == 0x232 &&
	      __mlx5_bit_sz(cmd_hca_cap, qp_packet_based) == 0x1, "cmd_hca_cap.qp_packet_based");
static_assert(__mlx5_bit_off(cmd_hca_cap, qkv) == 0x236 &&
	      __mlx5_bit_sz(cmd_hca_cap, qkv) == 0x1, "cmd_hca_cap.qkv");
static_assert(__mlx5_bit_off(cmd_hca_cap, pkv) == 0x237 &&
	      __mlx5_bit_sz(cmd_hca_cap, pkv) == 0x1, "cmd_hca_cap.pkv");
static_assert(__mlx5_bit_off(cmd_hca_cap, set_deth_sqpn) == 0x238 &&
	      __mlx5_bit_sz(cmd_hca_cap, set_deth_sqpn) == 0x1, "cmd_hca_cap.set_deth_sqpn");
static_assert(__mlx5_bit_off(cmd_hca_cap, xrc) == 0x23c &&
	      __mlx5_bit_sz(cmd_hca_cap, xrc) == 0x1, "cmd_hca_cap.xrc");
static_assert(__mlx5_bit_off(cmd_hca_cap, ud) == 0x23d &&
	      __mlx5_bit_sz(cmd_hca_cap, ud) == 0x1, "cmd_hca_cap.ud");
static_assert(__mlx5_bit_off(cmd_hca_cap, uc) == 0x23e &&
	      __mlx5_bit_sz(cmd_hca_cap, uc) == 0x1, "cmd_hca_cap.uc");
static_assert(__mlx5_bit_off(cmd_hca_cap, rc) == 0x23f &&
	      __mlx5_bit_sz(cmd_hca_cap, rc) == 0x1, "cmd_hca_cap.rc");
static_assert(__mlx5_bit_off(cmd_hca_cap, uar_4k) == 0x240 &&
	      __mlx5_bit_sz(cmd_hca_cap, uar_4k) == 0x1, "cmd_hca_cap.uar_4k");
static_assert(__mlx5_bit_off(cmd_hca_cap, fl_rc_qp_when_roce_disabled) == 0x248 &&
	      __mlx5_bit_sz(cmd_hca_cap, fl_rc_qp_when_roce_disabled) == 0x1, "cmd_hca_cap.fl_rc_qp_when_roce_disabled");
static_assert(__mlx5_bit_off(cmd_hca_cap, regexp_params) == 0x249 &&
	      __mlx5_bit_sz(cmd_hca_cap, regexp_params) == 0x1, "cmd_hca_cap.regexp_params");
static_assert(__mlx5_bit_off(cmd_hca_cap, uar_sz) == 0x24a &&
	      __mlx5_bit_sz(cmd_hca_cap, uar_sz) == 0x6, "cmd_hca_cap.uar_sz");
static_assert(__mlx5_bit_off(cmd_hca_cap, port_selection_cap) == 0x250 &&
	      __mlx5_bit_sz(cmd_hca_cap, port_selection_cap) == 0x1, "cmd_hca_cap.port_selection_cap");
static_assert(__mlx5_bit_off(cmd_hca_cap, umem_uid_0) == 0x252 &&
	      __mlx5_bit_sz(cmd_hca_cap, umem_uid_0) == 0x1, "cmd_hca_cap.umem_uid_0");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_pg_sz) == 0x258 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_pg_sz) == 0x8, "cmd_hca_cap.log_pg_sz");
static_assert(__mlx5_bit_off(cmd_hca_cap, bf) == 0x260 &&
	      __mlx5_bit_sz(cmd_hca_cap, bf) == 0x1, "cmd_hca_cap.bf");
static_assert(__mlx5_bit_off(cmd_hca_cap, driver_version) == 0x261 &&
	      __mlx5_bit_sz(cmd_hca_cap, driver_version) == 0x1, "cmd_hca_cap.driver_version");
static_assert(__mlx5_bit_off(cmd_hca_cap, pad_tx_eth_packet) == 0x262 &&
	      __mlx5_bit_sz(cmd_hca_cap, pad_tx_eth_packet) == 0x1, "cmd_hca_cap.pad_tx_eth_packet");
static_assert(__mlx5_bit_off(cmd_hca_cap, mkey_by_name) == 0x266 &&
	      __mlx5_bit_sz(cmd_hca_cap, mkey_by_name) == 0x1, "cmd_hca_cap.mkey_by_name");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_bf_reg_size) == 0x26b &&
	      __mlx5_bit_sz(cmd_hca_cap, log_bf_reg_size) == 0x5, "cmd_hca_cap.log_bf_reg_size");
static_assert(__mlx5_bit_off(cmd_hca_cap, lag_dct) == 0x276 &&
	      __mlx5_bit_sz(cmd_hca_cap, lag_dct) == 0x2, "cmd_hca_cap.lag_dct");
static_assert(__mlx5_bit_off(cmd_hca_cap, lag_tx_port_affinity) == 0x278 &&
	      __mlx5_bit_sz(cmd_hca_cap, lag_tx_port_affinity) == 0x1, "cmd_hca_cap.lag_tx_port_affinity");
static_assert(__mlx5_bit_off(cmd_hca_cap, lag_native_fdb_selection) == 0x279 &&
	      __mlx5_bit_sz(cmd_hca_cap, lag_native_fdb_selection) == 0x1, "cmd_hca_cap.lag_native_fdb_selection");
static_assert(__mlx5_bit_off(cmd_hca_cap, lag_master) == 0x27b &&
	      __mlx5_bit_sz(cmd_hca_cap, lag_master) == 0x1, "cmd_hca_cap.lag_master");
static_assert(__mlx5_bit_off(cmd_hca_cap, num_lag_ports) == 0x27c &&
	      __mlx5_bit_sz(cmd_hca_cap, num_lag_ports) == 0x4, "cmd_hca_cap.num_lag_ports");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_wqe_sz_sq) == 0x290 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_wqe_sz_sq) == 0x10, "cmd_hca_cap.max_wqe_sz_sq");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_wqe_sz_rq) == 0x2b0 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_wqe_sz_rq) == 0x10, "cmd_hca_cap.max_wqe_sz_rq");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_flow_counter_31_16) == 0x2c0 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_flow_counter_31_16) == 0x10, "cmd_hca_cap.max_flow_counter_31_16");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_wqe_sz_sq_dc) == 0x2d0 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_wqe_sz_sq_dc) == 0x10, "cmd_hca_cap.max_wqe_sz_sq_dc");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_qp_mcg) == 0x2e7 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_qp_mcg) == 0x19, "cmd_hca_cap.max_qp_mcg");
static_assert(__mlx5_bit_off(cmd_hca_cap, flow_counter_bulk_alloc) == 0x310 &&
	      __mlx5_bit_sz(cmd_hca_cap, flow_counter_bulk_alloc) == 0x8, "cmd_hca_cap.flow_counter_bulk_alloc");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_mcg) == 0x318 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_mcg) == 0x8, "cmd_hca_cap.log_max_mcg");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_transport_domain) == 0x323 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_transport_domain) == 0x5, "cmd_hca_cap.log_max_transport_domain");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_pd) == 0x32b &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_pd) == 0x5, "cmd_hca_cap.log_max_pd");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_xrcd) == 0x33b &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_xrcd) == 0x5, "cmd_hca_cap.log_max_xrcd");
static_assert(__mlx5_bit_off(cmd_hca_cap, nic_receive_steering_discard) == 0x340 &&
	      __mlx5_bit_sz(cmd_hca_cap, nic_receive_steering_discard) == 0x1, "cmd_hca_cap.nic_receive_steering_discard");
static_assert(__mlx5_bit_off(cmd_hca_cap, receive_discard_vport_down) == 0x341 &&
	      __mlx5_bit_sz(cmd_hca_cap, receive_discard_vport_down) == 0x1, "cmd_hca_cap.receive_discard_vport_down");
static_assert(__mlx5_bit_off(cmd_hca_cap, transmit_discard_vport_down) == 0x342 &&
	      __mlx5_bit_sz(cmd_hca_cap, transmit_discard_vport_down) == 0x1, "cmd_hca_cap.transmit_discard_vport_down");
static_assert(__mlx5_bit_off(cmd_hca_cap, eq_overrun_count) == 0x343 &&
	      __mlx5_bit_sz(cmd_hca_cap, eq_overrun_count) == 0x1, "cmd_hca_cap.eq_overrun_count");
static_assert(__mlx5_bit_off(cmd_hca_cap, invalid_command_count) == 0x345 &&
	      __mlx5_bit_sz(cmd_hca_cap, invalid_command_count) == 0x1, "cmd_hca_cap.invalid_command_count");
static_assert(__mlx5_bit_off(cmd_hca_cap, quota_exceeded_count) == 0x346 &&
	      __mlx5_bit_sz(cmd_hca_cap, quota_exceeded_count) == 0x1, "cmd_hca_cap.quota_exceeded_count");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_flow_counter_bulk) == 0x348 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_flow_counter_bulk) == 0x8, "cmd_hca_cap.log_max_flow_counter_bulk");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_flow_counter_15_0) == 0x350 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_flow_counter_15_0) == 0x10, "cmd_hca_cap.max_flow_counter_15_0");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_rq) == 0x363 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_rq) == 0x5, "cmd_hca_cap.log_max_rq");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_sq) == 0x36b &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_sq) == 0x5, "cmd_hca_cap.log_max_sq");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_tir) == 0x373 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_tir) == 0x5, "cmd_hca_cap.log_max_tir");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_tis) == 0x37b &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_tis) == 0x5, "cmd_hca_cap.log_max_tis");
static_assert(__mlx5_bit_off(cmd_hca_cap, basic_cyclic_rcv_wqe) == 0x380 &&
	      __mlx5_bit_sz(cmd_hca_cap, basic_cyclic_rcv_wqe) == 0x1, "cmd_hca_cap.basic_cyclic_rcv_wqe");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_rmp) == 0x383 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_rmp) == 0x5, "cmd_hca_cap.log_max_rmp");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_rqt) == 0x38b &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_rqt) == 0x5, "cmd_hca_cap.log_max_rqt");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_rqt_size) == 0x393 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_rqt_size) == 0x5, "cmd_hca_cap.log_max_rqt_size");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_tis_per_sq) == 0x39b &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_tis_per_sq) == 0x5, "cmd_hca_cap.log_max_tis_per_sq");
static_assert(__mlx5_bit_off(cmd_hca_cap, ext_stride_num_range) == 0x3a0 &&
	      __mlx5_bit_sz(cmd_hca_cap, ext_stride_num_range) == 0x1, "cmd_hca_cap.ext_stride_num_range");
static_assert(__mlx5_bit_off(cmd_hca_cap, roce_rw_supported) == 0x3a1 &&
	      __mlx5_bit_sz(cmd_hca_cap, roce_rw_supported) == 0x1, "cmd_hca_cap.roce_rw_supported");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_current_uc_list_wr_supported) == 0x3a2 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_current_uc_list_wr_supported) == 0x1, "cmd_hca_cap.log_max_current_uc_list_wr_supported");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_stride_sz_rq) == 0x3a3 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_stride_sz_rq) == 0x5, "cmd_hca_cap.log_max_stride_sz_rq");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_min_stride_sz_rq) == 0x3ab &&
	      __mlx5_bit_sz(cmd_hca_cap, log_min_stride_sz_rq) == 0x5, "cmd_hca_cap.log_min_stride_sz_rq");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_stride_sz_sq) == 0x3b3 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_stride_sz_sq) == 0x5, "cmd_hca_cap.log_max_stride_sz_sq");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_min_stride_sz_sq) == 0x3bb &&
	      __mlx5_bit_sz(cmd_hca_cap, log_min_stride_sz_sq) == 0x5, "cmd_hca_cap.log_min_stride_sz_sq");
static_assert(__mlx5_bit_off(cmd_hca_cap, hairpin) == 0x3c0 &&
	      __mlx5_bit_sz(cmd_hca_cap, hairpin) == 0x1, "cmd_hca_cap.hairpin");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_hairpin_queues) == 0x3c3 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_hairpin_queues) == 0x5, "cmd_hca_cap.log_max_hairpin_queues");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_hairpin_wq_data_sz) == 0x3cb &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_hairpin_wq_data_sz) == 0x5, "cmd_hca_cap.log_max_hairpin_wq_data_sz");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_hairpin_num_packets) == 0x3d3 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_hairpin_num_packets) == 0x5, "cmd_hca_cap.log_max_hairpin_num_packets");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_wq_sz) == 0x3db &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_wq_sz) == 0x5, "cmd_hca_cap.log_max_wq_sz");
static_assert(__mlx5_bit_off(cmd_hca_cap, nic_vport_change_event) == 0x3e0 &&
	      __mlx5_bit_sz(cmd_hca_cap, nic_vport_change_event) == 0x1, "cmd_hca_cap.nic_vport_change_event");
static_assert(__mlx5_bit_off(cmd_hca_cap, disable_local_lb_uc) == 0x3e1 &&
	      __mlx5_bit_sz(cmd_hca_cap, disable_local_lb_uc) == 0x1, "cmd_hca_cap.disable_local_lb_uc");
static_assert(__mlx5_bit_off(cmd_hca_cap, disable_local_lb_mc) == 0x3e2 &&
	      __mlx5_bit_sz(cmd_hca_cap, disable_local_lb_mc) == 0x1, "cmd_hca_cap.disable_local_lb_mc");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_min_hairpin_wq_data_sz) == 0x3e3 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_min_hairpin_wq_data_sz) == 0x5, "cmd_hca_cap.log_min_hairpin_wq_data_sz");
static_assert(__mlx5_bit_off(cmd_hca_cap, vhca_state) == 0x3ea &&
	      __mlx5_bit_sz(cmd_hca_cap, vhca_state) == 0x1, "cmd_hca_cap.vhca_state");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_vlan_list) == 0x3eb &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_vlan_list) == 0x5, "cmd_hca_cap.log_max_vlan_list");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_current_mc_list) == 0x3f3 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_current_mc_list) == 0x5, "cmd_hca_cap.log_max_current_mc_list");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_current_uc_list) == 0x3fb &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_current_uc_list) == 0x5, "cmd_hca_cap.log_max_current_uc_list");
static_assert(__mlx5_bit_off(cmd_hca_cap, general_obj_types) == 0x400 &&
	      __mlx5_bit_sz(cmd_hca_cap, general_obj_types) == 0x40, "cmd_hca_cap.general_obj_types");
static_assert(__mlx5_bit_off(cmd_hca_cap, sq_ts_format) == 0x440 &&
	      __mlx5_bit_sz(cmd_hca_cap, sq_ts_format) == 0x2, "cmd_hca_cap.sq_ts_format");
static_assert(__mlx5_bit_off(cmd_hca_cap, rq_ts_format) == 0x442 &&
	      __mlx5_bit_sz(cmd_hca_cap, rq_ts_format) == 0x2, "cmd_hca_cap.rq_ts_format");
static_assert(__mlx5_bit_off(cmd_hca_cap, steering_format_version) == 0x444 &&
	      __mlx5_bit_sz(cmd_hca_cap, steering_format_version) == 0x4, "cmd_hca_cap.steering_format_version");
static_assert(__mlx5_bit_off(cmd_hca_cap, create_qp_start_hint) == 0x448 &&
	      __mlx5_bit_sz(cmd_hca_cap, create_qp_start_hint) == 0x18, "cmd_hca_cap.create_qp_start_hint");
static_assert(__mlx5_bit_off(cmd_hca_cap, ats) == 0x461 &&
	      __mlx5_bit_sz(cmd_hca_cap, ats) == 0x1, "cmd_hca_cap.ats");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_uctx) == 0x463 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_uctx) == 0x5, "cmd_hca_cap.log_max_uctx");
static_assert(__mlx5_bit_off(cmd_hca_cap, ipsec_offload) == 0x46a &&
	      __mlx5_bit_sz(cmd_hca_cap, ipsec_offload) == 0x1, "cmd_hca_cap.ipsec_offload");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_umem) == 0x46b &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_umem) == 0x5, "cmd_hca_cap.log_max_umem");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_num_eqs) == 0x470 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_num_eqs) == 0x10, "cmd_hca_cap.max_num_eqs");
static_assert(__mlx5_bit_off(cmd_hca_cap, tls_tx) == 0x481 &&
	      __mlx5_bit_sz(cmd_hca_cap, tls_tx) == 0x1, "cmd_hca_cap.tls_tx");
static_assert(__mlx5_bit_off(cmd_hca_cap, tls_rx) == 0x482 &&
	      __mlx5_bit_sz(cmd_hca_cap, tls_rx) == 0x1, "cmd_hca_cap.tls_rx");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_l2_table) == 0x483 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_l2_table) == 0x5, "cmd_hca_cap.log_max_l2_table");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_uar_page_sz) == 0x490 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_uar_page_sz) == 0x10, "cmd_hca_cap.log_uar_page_sz");
static_assert(__mlx5_bit_off(cmd_hca_cap, device_frequency_mhz) == 0x4c0 &&
	      __mlx5_bit_sz(cmd_hca_cap, device_frequency_mhz) == 0x20, "cmd_hca_cap.device_frequency_mhz");
static_assert(__mlx5_bit_off(cmd_hca_cap, device_frequency_khz) == 0x4e0 &&
	      __mlx5_bit_sz(cmd_hca_cap, device_frequency_khz) == 0x20, "cmd_hca_cap.device_frequency_khz");
static_assert(__mlx5_bit_off(cmd_hca_cap, num_of_uars_per_page) == 0x520 &&
	      __mlx5_bit_sz(cmd_hca_cap, num_of_uars_per_page) == 0x20, "cmd_hca_cap.num_of_uars_per_page");
static_assert(__mlx5_bit_off(cmd_hca_cap, flex_parser_protocols) == 0x540 &&
	      __mlx5_bit_sz(cmd_hca_cap, flex_parser_protocols) == 0x20, "cmd_hca_cap.flex_parser_protocols");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_geneve_tlv_options) == 0x560 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_geneve_tlv_options) == 0x8, "cmd_hca_cap.max_geneve_tlv_options");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_geneve_tlv_option_data_len) == 0x56b &&
	      __mlx5_bit_sz(cmd_hca_cap, max_geneve_tlv_option_data_len) == 0x5, "cmd_hca_cap.max_geneve_tlv_option_data_len");
static_assert(__mlx5_bit_off(cmd_hca_cap, adv_virtualization) == 0x579 &&
	      __mlx5_bit_sz(cmd_hca_cap, adv_virtualization) == 0x1, "cmd_hca_cap.adv_virtualization");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_dci_stream_channels) == 0x58b &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_dci_stream_channels) == 0x5, "cmd_hca_cap.log_max_dci_stream_channels");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_dci_errored_streams) == 0x593 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_dci_errored_streams) == 0x5, "cmd_hca_cap.log_max_dci_errored_streams");
static_assert(__mlx5_bit_off(cmd_hca_cap, enhanced_cqe_compression) == 0x5b0 &&
	      __mlx5_bit_sz(cmd_hca_cap, enhanced_cqe_compression) == 0x1, "cmd_hca_cap.enhanced_cqe_compression");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_dek) == 0x5b3 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_dek) == 0x5, "cmd_hca_cap.log_max_dek");
static_assert(__mlx5_bit_off(cmd_hca_cap, mini_cqe_resp_stride_index) == 0x5bc &&
	      __mlx5_bit_sz(cmd_hca_cap, mini_cqe_resp_stride_index) == 0x1, "cmd_hca_cap.mini_cqe_resp_stride_index");
static_assert(__mlx5_bit_off(cmd_hca_cap, cqe_128_always) == 0x5bd &&
	      __mlx5_bit_sz(cmd_hca_cap, cqe_128_always) == 0x1, "cmd_hca_cap.cqe_128_always");
static_assert(__mlx5_bit_off(cmd_hca_cap, cqe_compression_128) == 0x5be &&
	      __mlx5_bit_sz(cmd_hca_cap, cqe_compression_128) == 0x1, "cmd_hca_cap.cqe_compression_128");
static_assert(__mlx5_bit_off(cmd_hca_cap, cqe_compression) == 0x5bf &&
	      __mlx5_bit_sz(cmd_hca_cap, cqe_compression) == 0x1, "cmd_hca_cap.cqe_compression");
static_assert(__mlx5_bit_off(cmd_hca_cap, cqe_compression_timeout) == 0x5c0 &&
	      __mlx5_bit_sz(cmd_hca_cap, cqe_compression_timeout) == 0x10, "cmd_hca_cap.cqe_compression_timeout");
static_assert(__mlx5_bit_off(cmd_hca_cap, cqe_compression_max_num) == 0x5d0 &&
	      __mlx5_bit_sz(cmd_hca_cap, cqe_compression_max_num) == 0x10, "cmd_hca_cap.cqe_compression_max_num");
static_assert(__mlx5_bit_off(cmd_hca_cap, flex_parser_id_gtpu_dw_0) == 0x5e8 &&
	      __mlx5_bit_sz(cmd_hca_cap, flex_parser_id_gtpu_dw_0) == 0x4, "cmd_hca_cap.flex_parser_id_gtpu_dw_0");
static_assert(__mlx5_bit_off(cmd_hca_cap, tag_matching) == 0x5f0 &&
	      __mlx5_bit_sz(cmd_hca_cap, tag_matching) == 0x1, "cmd_hca_cap.tag_matching");
static_assert(__mlx5_bit_off(cmd_hca_cap, rndv_offload_rc) == 0x5f1 &&
	      __mlx5_bit_sz(cmd_hca_cap, rndv_offload_rc) == 0x1, "cmd_hca_cap.rndv_offload_rc");
static_assert(__mlx5_bit_off(cmd_hca_cap, rndv_offload_dc) == 0x5f2 &&
	      __mlx5_bit_sz(cmd_hca_cap, rndv_offload_dc) == 0x1, "cmd_hca_cap.rndv_offload_dc");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_tag_matching_list_sz) == 0x5f3 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_tag_matching_list_sz) == 0x5, "cmd_hca_cap.log_tag_matching_list_sz");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_xrq) == 0x5fb &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_xrq) == 0x5, "cmd_hca_cap.log_max_xrq");
static_assert(__mlx5_bit_off(cmd_hca_cap, affiliate_nic_vport_criteria) == 0x600 &&
	      __mlx5_bit_sz(cmd_hca_cap, affiliate_nic_vport_criteria) == 0x8, "cmd_hca_cap.affiliate_nic_vport_criteria");
static_assert(__mlx5_bit_off(cmd_hca_cap, native_port_num) == 0x608 &&
	      __mlx5_bit_sz(cmd_hca_cap, native_port_num) == 0x8, "cmd_hca_cap.native_port_num");
static_assert(__mlx5_bit_off(cmd_hca_cap, num_vhca_ports) == 0x610 &&
	      __mlx5_bit_sz(cmd_hca_cap, num_vhca_ports) == 0x8, "cmd_hca_cap.num_vhca_ports");
static_assert(__mlx5_bit_off(cmd_hca_cap, flex_parser_id_gtpu_teid) == 0x618 &&
	      __mlx5_bit_sz(cmd_hca_cap, flex_parser_id_gtpu_teid) == 0x4, "cmd_hca_cap.flex_parser_id_gtpu_teid");
static_assert(__mlx5_bit_off(cmd_hca_cap, sw_owner_id) == 0x61e &&
	      __mlx5_bit_sz(cmd_hca_cap, sw_owner_id) == 0x1, "cmd_hca_cap.sw_owner_id");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_num_of_monitor_counters) == 0x620 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_num_of_monitor_counters) == 0x10, "cmd_hca_cap.max_num_of_monitor_counters");
static_assert(__mlx5_bit_off(cmd_hca_cap, num_ppcnt_monitor_counters) == 0x630 &&
	      __mlx5_bit_sz(cmd_hca_cap, num_ppcnt_monitor_counters) == 0x10, "cmd_hca_cap.num_ppcnt_monitor_counters");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_num_sf) == 0x640 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_num_sf) == 0x10, "cmd_hca_cap.max_num_sf");
static_assert(__mlx5_bit_off(cmd_hca_cap, num_q_monitor_counters) == 0x650 &&
	      __mlx5_bit_sz(cmd_hca_cap, num_q_monitor_counters) == 0x10, "cmd_hca_cap.num_q_monitor_counters");
static_assert(__mlx5_bit_off(cmd_hca_cap, sf) == 0x680 &&
	      __mlx5_bit_sz(cmd_hca_cap, sf) == 0x1, "cmd_hca_cap.sf");
static_assert(__mlx5_bit_off(cmd_hca_cap, sf_set_partition) == 0x681 &&
	      __mlx5_bit_sz(cmd_hca_cap, sf_set_partition) == 0x1, "cmd_hca_cap.sf_set_partition");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_max_sf) == 0x683 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_max_sf) == 0x5, "cmd_hca_cap.log_max_sf");
static_assert(__mlx5_bit_off(cmd_hca_cap, apu) == 0x688 &&
	      __mlx5_bit_sz(cmd_hca_cap, apu) == 0x1, "cmd_hca_cap.apu");
static_assert(__mlx5_bit_off(cmd_hca_cap, migration) == 0x68d &&
	      __mlx5_bit_sz(cmd_hca_cap, migration) == 0x1, "cmd_hca_cap.migration");
static_assert(__mlx5_bit_off(cmd_hca_cap, log_min_sf_size) == 0x690 &&
	      __mlx5_bit_sz(cmd_hca_cap, log_min_sf_size) == 0x8, "cmd_hca_cap.log_min_sf_size");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_num_sf_partitions) == 0x698 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_num_sf_partitions) == 0x8, "cmd_hca_cap.max_num_sf_partitions");
static_assert(__mlx5_bit_off(cmd_hca_cap, uctx_cap) == 0x6a0 &&
	      __mlx5_bit_sz(cmd_hca_cap, uctx_cap) == 0x20, "cmd_hca_cap.uctx_cap");
static_assert(__mlx5_bit_off(cmd_hca_cap, flex_parser_id_geneve_tlv_option_0) == 0x6c4 &&
	      __mlx5_bit_sz(cmd_hca_cap, flex_parser_id_geneve_tlv_option_0) == 0x4, "cmd_hca_cap.flex_parser_id_geneve_tlv_option_0");
static_assert(__mlx5_bit_off(cmd_hca_cap, flex_parser_id_icmp_dw1) == 0x6c8 &&
	      __mlx5_bit_sz(cmd_hca_cap, flex_parser_id_icmp_dw1) == 0x4, "cmd_hca_cap.flex_parser_id_icmp_dw1");
static_assert(__mlx5_bit_off(cmd_hca_cap, flex_parser_id_icmp_dw0) == 0x6cc &&
	      __mlx5_bit_sz(cmd_hca_cap, flex_parser_id_icmp_dw0) == 0x4, "cmd_hca_cap.flex_parser_id_icmp_dw0");
static_assert(__mlx5_bit_off(cmd_hca_cap, flex_parser_id_icmpv6_dw1) == 0x6d0 &&
	      __mlx5_bit_sz(cmd_hca_cap, flex_parser_id_icmpv6_dw1) == 0x4, "cmd_hca_cap.flex_parser_id_icmpv6_dw1");
static_assert(__mlx5_bit_off(cmd_hca_cap, flex_parser_id_icmpv6_dw0) == 0x6d4 &&
	      __mlx5_bit_sz(cmd_hca_cap, flex_parser_id_icmpv6_dw0) == 0x4, "cmd_hca_cap.flex_parser_id_icmpv6_dw0");
static_assert(__mlx5_bit_off(cmd_hca_cap, flex_parser_id_outer_first_mpls_over_gre) == 0x6d8 &&
	      __mlx5_bit_sz(cmd_hca_cap, flex_parser_id_outer_first_mpls_over_gre) == 0x4, "cmd_hca_cap.flex_parser_id_outer_first_mpls_over_gre");
static_assert(__mlx5_bit_off(cmd_hca_cap, flex_parser_id_outer_first_mpls_over_udp_label) == 0x6dc &&
	      __mlx5_bit_sz(cmd_hca_cap, flex_parser_id_outer_first_mpls_over_udp_label) == 0x4, "cmd_hca_cap.flex_parser_id_outer_first_mpls_over_udp_label");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_num_match_definer) == 0x6e0 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_num_match_definer) == 0x10, "cmd_hca_cap.max_num_match_definer");
static_assert(__mlx5_bit_off(cmd_hca_cap, sf_base_id) == 0x6f0 &&
	      __mlx5_bit_sz(cmd_hca_cap, sf_base_id) == 0x10, "cmd_hca_cap.sf_base_id");
static_assert(__mlx5_bit_off(cmd_hca_cap, flex_parser_id_gtpu_dw_2) == 0x700 &&
	      __mlx5_bit_sz(cmd_hca_cap, flex_parser_id_gtpu_dw_2) == 0x4, "cmd_hca_cap.flex_parser_id_gtpu_dw_2");
static_assert(__mlx5_bit_off(cmd_hca_cap, flex_parser_id_gtpu_first_ext_dw_0) == 0x704 &&
	      __mlx5_bit_sz(cmd_hca_cap, flex_parser_id_gtpu_first_ext_dw_0) == 0x4, "cmd_hca_cap.flex_parser_id_gtpu_first_ext_dw_0");
static_assert(__mlx5_bit_off(cmd_hca_cap, num_total_dynamic_vf_msix) == 0x708 &&
	      __mlx5_bit_sz(cmd_hca_cap, num_total_dynamic_vf_msix) == 0x18, "cmd_hca_cap.num_total_dynamic_vf_msix");
static_assert(__mlx5_bit_off(cmd_hca_cap, dynamic_msix_table_size) == 0x734 &&
	      __mlx5_bit_sz(cmd_hca_cap, dynamic_msix_table_size) == 0xc, "cmd_hca_cap.dynamic_msix_table_size");
static_assert(__mlx5_bit_off(cmd_hca_cap, min_dynamic_vf_msix_table_size) == 0x74c &&
	      __mlx5_bit_sz(cmd_hca_cap, min_dynamic_vf_msix_table_size) == 0x4, "cmd_hca_cap.min_dynamic_vf_msix_table_size");
static_assert(__mlx5_bit_off(cmd_hca_cap, max_dynamic_vf_msix_table_size) == 0x754 &&
	      __mlx5_bit_sz(cmd_hca_cap, max_dynamic_vf_msix_table_size) == 0xc, "cmd_hca_cap.max_dynamic_vf_msix_table_size");
static_assert(__mlx5_bit_off(cmd_hca_cap, vhca_tunnel_commands) == 0x780 &&
	      __mlx5_bit_sz(cmd_hca_cap, vhca_tunnel_commands) == 0x40, "cmd_hca_cap.vhca_tunnel_commands");
static_assert(__mlx5_bit_off(cmd_hca_cap, match_definer_format_supported) == 0x7c0 &&
	      __mlx5_bit_sz(cmd_hca_cap, match_definer_format_supported) == 0x40, "cmd_hca_cap.match_definer_format_supported");

/* struct mlx5_ifc_per_protocol_networking_offload_caps_bits */
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, csum_cap) == 0x0 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, csum_cap) == 0x1, "per_protocol_networking_offload_caps.csum_cap");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, vlan_cap) == 0x1 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, vlan_cap) == 0x1, "per_protocol_networking_offload_caps.vlan_cap");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, lro_cap) == 0x2 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, lro_cap) == 0x1, "per_protocol_networking_offload_caps.lro_cap");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, lro_psh_flag) == 0x3 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, lro_psh_flag) == 0x1, "per_protocol_networking_offload_caps.lro_psh_flag");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, lro_time_stamp) == 0x4 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, lro_time_stamp) == 0x1, "per_protocol_networking_offload_caps.lro_time_stamp");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, wqe_vlan_insert) == 0x7 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, wqe_vlan_insert) == 0x1, "per_protocol_networking_offload_caps.wqe_vlan_insert");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, self_lb_en_modifiable) == 0x8 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, self_lb_en_modifiable) == 0x1, "per_protocol_networking_offload_caps.self_lb_en_modifiable");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, max_lso_cap) == 0xb &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, max_lso_cap) == 0x5, "per_protocol_networking_offload_caps.max_lso_cap");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, multi_pkt_send_wqe) == 0x10 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, multi_pkt_send_wqe) == 0x2, "per_protocol_networking_offload_caps.multi_pkt_send_wqe");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, wqe_inline_mode) == 0x12 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, wqe_inline_mode) == 0x2, "per_protocol_networking_offload_caps.wqe_inline_mode");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, rss_ind_tbl_cap) == 0x14 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, rss_ind_tbl_cap) == 0x4, "per_protocol_networking_offload_caps.rss_ind_tbl_cap");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, reg_umr_sq) == 0x18 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, reg_umr_sq) == 0x1, "per_protocol_networking_offload_caps.reg_umr_sq");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, scatter_fcs) == 0x19 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, scatter_fcs) == 0x1, "per_protocol_networking_offload_caps.scatter_fcs");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, enhanced_multi_pkt_send_wqe) == 0x1a &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, enhanced_multi_pkt_send_wqe) == 0x1, "per_protocol_networking_offload_caps.enhanced_multi_pkt_send_wqe");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, tunnel_lso_const_out_ip_id) == 0x1b &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, tunnel_lso_const_out_ip_id) == 0x1, "per_protocol_networking_offload_caps.tunnel_lso_const_out_ip_id");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, tunnel_lro_gre) == 0x1c &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, tunnel_lro_gre) == 0x1, "per_protocol_networking_offload_caps.tunnel_lro_gre");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, tunnel_lro_vxlan) == 0x1d &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, tunnel_lro_vxlan) == 0x1, "per_protocol_networking_offload_caps.tunnel_lro_vxlan");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, tunnel_stateless_gre) == 0x1e &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, tunnel_stateless_gre) == 0x1, "per_protocol_networking_offload_caps.tunnel_stateless_gre");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, tunnel_stateless_vxlan) == 0x1f &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, tunnel_stateless_vxlan) == 0x1, "per_protocol_networking_offload_caps.tunnel_stateless_vxlan");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, swp) == 0x20 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, swp) == 0x1, "per_protocol_networking_offload_caps.swp");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, swp_csum) == 0x21 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, swp_csum) == 0x1, "per_protocol_networking_offload_caps.swp_csum");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, swp_lso) == 0x22 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, swp_lso) == 0x1, "per_protocol_networking_offload_caps.swp_lso");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, cqe_checksum_full) == 0x23 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, cqe_checksum_full) == 0x1, "per_protocol_networking_offload_caps.cqe_checksum_full");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, tunnel_stateless_geneve_tx) == 0x24 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, tunnel_stateless_geneve_tx) == 0x1, "per_protocol_networking_offload_caps.tunnel_stateless_geneve_tx");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, tunnel_stateless_mpls_over_udp) == 0x25 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, tunnel_stateless_mpls_over_udp) == 0x1, "per_protocol_networking_offload_caps.tunnel_stateless_mpls_over_udp");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, tunnel_stateless_mpls_over_gre) == 0x26 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, tunnel_stateless_mpls_over_gre) == 0x1, "per_protocol_networking_offload_caps.tunnel_stateless_mpls_over_gre");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, tunnel_stateless_vxlan_gpe) == 0x27 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, tunnel_stateless_vxlan_gpe) == 0x1, "per_protocol_networking_offload_caps.tunnel_stateless_vxlan_gpe");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, tunnel_stateless_ipv4_over_vxlan) == 0x28 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, tunnel_stateless_ipv4_over_vxlan) == 0x1, "per_protocol_networking_offload_caps.tunnel_stateless_ipv4_over_vxlan");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, tunnel_stateless_ip_over_ip) == 0x29 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, tunnel_stateless_ip_over_ip) == 0x1, "per_protocol_networking_offload_caps.tunnel_stateless_ip_over_ip");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, insert_trailer) == 0x2a &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, insert_trailer) == 0x1, "per_protocol_networking_offload_caps.insert_trailer");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, tunnel_stateless_ip_over_ip_rx) == 0x2c &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, tunnel_stateless_ip_over_ip_rx) == 0x1, "per_protocol_networking_offload_caps.tunnel_stateless_ip_over_ip_rx");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, tunnel_stateless_ip_over_ip_tx) == 0x2d &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, tunnel_stateless_ip_over_ip_tx) == 0x1, "per_protocol_networking_offload_caps.tunnel_stateless_ip_over_ip_tx");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, max_vxlan_udp_ports) == 0x30 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, max_vxlan_udp_ports) == 0x8, "per_protocol_networking_offload_caps.max_vxlan_udp_ports");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, max_geneve_opt_len) == 0x3e &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, max_geneve_opt_len) == 0x1, "per_protocol_networking_offload_caps.max_geneve_opt_len");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, tunnel_stateless_geneve_rx) == 0x3f &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, tunnel_stateless_geneve_rx) == 0x1, "per_protocol_networking_offload_caps.tunnel_stateless_geneve_rx");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, lro_min_mss_size) == 0x50 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, lro_min_mss_size) == 0x10, "per_protocol_networking_offload_caps.lro_min_mss_size");
static_assert(__mlx5_bit_off(per_protocol_networking_offload_caps, lro_timer_supported_periods) == 0x180 &&
	      __mlx5_bit_sz(per_protocol_networking_offload_caps, lro_timer_supported_periods) == 0x80, "per_protocol_networking_offload_caps.lro_timer_supported_periods");

/* struct mlx5_ifc_roce_cap_bits */
static_assert(__mlx5_bit_off(roce_cap, roce_apm) == 0x0 &&
	      __mlx5_bit_sz(roce_cap, roce_apm) == 0x1, "roce_cap.roce_apm");
static_assert(__mlx5_bit_off(roce_cap, sw_r_roce_src_udp_port) == 0x4 &&
	      __mlx5_bit_sz(roce_cap, sw_r_roce_src_udp_port) == 0x1, "roce_cap.sw_r_roce_src_udp_port");
static_assert(__mlx5_bit_off(roce_cap, fl_rc_qp_when_roce_disabled) == 0x5 &&
	      __mlx5_bit_sz(roce_cap, fl_rc_qp_when_roce_disabled) == 0x1, "roce_cap.fl_rc_qp_when_roce_disabled");
static_assert(__mlx5_bit_off(roce_cap, fl_rc_qp_when_roce_enabled) == 0x6 &&
	      __mlx5_bit_sz(roce_cap, fl_rc_qp_when_roce_enabled) == 0x1, "roce_cap.fl_rc_qp_when_roce_enabled");
static_assert(__mlx5_bit_off(roce_cap, qp_ts_format) == 0x1e &&
	      __mlx5_bit_sz(roce_cap, qp_ts_format) == 0x2, "roce_cap.qp_ts_format");
static_assert(__mlx5_bit_off(roce_cap, l3_type) == 0x8c &&
	      __mlx5_bit_sz(roce_cap, l3_type) == 0x4, "roce_cap.l3_type");
static_assert(__mlx5_bit_off(roce_cap, roce_version) == 0x98 &&
	      __mlx5_bit_sz(roce_cap, roce_version) == 0x8, "roce_cap.roce_version");
static_assert(__mlx5_bit_off(roce_cap, r_roce_dest_udp_port) == 0xb0 &&
	      __mlx5_bit_sz(roce_cap, r_roce_dest_udp_port) == 0x10, "roce_cap.r_roce_dest_udp_port");
static_assert(__mlx5_bit_off(roce_cap, r_roce_max_src_udp_port) == 0xc0 &&
	      __mlx5_bit_sz(roce_cap, r_roce_max_src_udp_port) == 0x10, "roce_cap.r_roce_max_src_udp_port");
static_assert(__mlx5_bit_off(roce_cap, r_roce_min_src_udp_port) == 0xd0 &&
	      __mlx5_bit_sz(roce_cap, r_roce_min_src_udp_port) == 0x10, "roce_cap.r_roce_min_src_udp_port");
static_assert(__mlx5_bit_off(roce_cap, roce_address_table_size) == 0xf0 &&
	      __mlx5_bit_sz(roce_cap, roce_address_table_size) == 0x10, "roce_cap.roce_address_table_size");

/* struct mlx5_ifc_qos_cap_bits */
static_assert(__mlx5_bit_off(qos_cap, packet_pacing) == 0x0 &&
	      __mlx5_bit_sz(qos_cap, packet_pacing) == 0x1, "qos_cap.packet_pacing");
static_assert(__mlx5_bit_off(qos_cap, esw_scheduling) == 0x1 &&
	      __mlx5_bit_sz(qos_cap, esw_scheduling) == 0x1, "qos_cap.esw_scheduling");
static_assert(__mlx5_bit_off(qos_cap, esw_bw_share) == 0x2 &&
	      __mlx5_bit_sz(qos_cap, esw_bw_share) == 0x1, "qos_cap.esw_bw_share");
static_assert(__mlx5_bit_off(qos_cap, esw_rate_limit) == 0x3 &&
	      __mlx5_bit_sz(qos_cap, esw_rate_limit) == 0x1, "qos_cap.esw_rate_limit");
static_assert(__mlx5_bit_off(qos_cap, packet_pacing_burst_bound) == 0x5 &&
	      __mlx5_bit_sz(qos_cap, packet_pacing_burst_bound) == 0x1, "qos_cap.packet_pacing_burst_bound");
static_assert(__mlx5_bit_off(qos_cap, packet_pacing_typical_size) == 0x6 &&
	      __mlx5_bit_sz(qos_cap, packet_pacing_typical_size) == 0x1, "qos_cap.packet_pacing_typical_size");
static_assert(__mlx5_bit_off(qos_cap, nic_sq_scheduling) == 0x8 &&
	      __mlx5_bit_sz(qos_cap, nic_sq_scheduling) == 0x1, "qos_cap.nic_sq_scheduling");
static_assert(__mlx5_bit_off(qos_cap, nic_bw_share) == 0x9 &&
	      __mlx5_bit_sz(qos_cap, nic_bw_share) == 0x1, "qos_cap.nic_bw_share");
static_assert(__mlx5_bit_off(qos_cap, nic_rate_limit) == 0xa &&
	      __mlx5_bit_sz(qos_cap, nic_rate_limit) == 0x1, "qos_cap.nic_rate_limit");
static_assert(__mlx5_bit_off(qos_cap, packet_pacing_uid) == 0xb &&
	      __mlx5_bit_sz(qos_cap, packet_pacing_uid) == 0x1, "qos_cap.packet_pacing_uid");
static_assert(__mlx5_bit_off(qos_cap, log_esw_max_sched_depth) == 0xc &&
	      __mlx5_bit_sz(qos_cap, log_esw_max_sched_depth) == 0x4, "qos_cap.log_esw_max_sched_depth");
static_assert(__mlx5_bit_off(qos_cap, log_max_qos_nic_queue_group) == 0x2b &&
	      __mlx5_bit_sz(qos_cap, log_max_qos_nic_queue_group) == 0x5, "qos_cap.log_max_qos_nic_queue_group");
static_assert(__mlx5_bit_off(qos_cap, packet_pacing_max_rate) == 0x40 &&
	      __mlx5_bit_sz(qos_cap, packet_pacing_max_rate) == 0x20, "qos_cap.packet_pacing_max_rate");
static_assert(__mlx5_bit_off(qos_cap, packet_pacing_min_rate) == 0x60 &&
	      __mlx5_bit_sz(qos_cap, packet_pacing_min_rate) == 0x20, "qos_cap.packet_pacing_min_rate");
static_assert(__mlx5_bit_off(qos_cap, packet_pacing_rate_table_size) == 0x90 &&
	      __mlx5_bit_sz(qos_cap, packet_pacing_rate_table_size) == 0x10, "qos_cap.packet_pacing_rate_table_size");
static_assert(__mlx5_bit_off(qos_cap, esw_element_type) == 0xa0 &&
	      __mlx5_bit_sz(qos_cap, esw_element_type) == 0x10, "qos_cap.esw_element_type");
static_assert(__mlx5_bit_off(qos_cap, esw_tsar_type) == 0xb0 &&
	      __mlx5_bit_sz(qos_cap, esw_tsar_type) == 0x10, "qos_cap.esw_tsar_type");
static_assert(__mlx5_bit_off(qos_cap, max_qos_para_vport) == 0xd0 &&
	      __mlx5_bit_sz(qos_cap, max_qos_para_vport) == 0x10, "qos_cap.max_qos_para_vport");
static_assert(__mlx5_bit_off(qos_cap, max_tsar_bw_share) == 0xe0 &&
	      __mlx5_bit_sz(qos_cap, max_tsar_bw_share) == 0x20, "qos_cap.max_tsar_bw_share");
static_assert(__mlx5_bit_off(qos_cap, nic_element_type) == 0x100 &&
	      __mlx5_bit_sz(qos_cap, nic_element_type) == 0x10, "qos_cap.nic_element_type");
static_assert(__mlx5_bit_off(qos_cap, nic_tsar_type) == 0x110 &&
	      __mlx5_bit_sz(qos_cap, nic_tsar_type) == 0x10, "qos_cap.nic_tsar_type");
static_assert(__mlx5_bit_off(qos_cap, log_meter_aso_granularity) == 0x123 &&
	      __mlx5_bit_sz(qos_cap, log_meter_aso_granularity) == 0x5, "qos_cap.log_meter_aso_granularity");
static_assert(__mlx5_bit_off(qos_cap, log_meter_aso_max_alloc) == 0x12b &&
	      __mlx5_bit_sz(qos_cap, log_meter_aso_max_alloc) == 0x5, "qos_cap.log_meter_aso_max_alloc");
static_assert(__mlx5_bit_off(qos_cap, log_max_num_meter_aso) == 0x133 &&
	      __mlx5_bit_sz(qos_cap, log_max_num_meter_aso) == 0x5, "qos_cap.log_max_num_meter_aso");

/* struct mlx5_ifc_fpga_shell_caps_bits */
static_assert(__mlx5_bit_off(fpga_shell_caps, max_num_qps) == 0x0 &&
	      __mlx5_bit_sz(fpga_shell_caps, max_num_qps) == 0x10, "fpga_shell_caps.max_num_qps");
static_assert(__mlx5_bit_off(fpga_shell_caps, total_rcv_credits) == 0x18 &&
	      __mlx5_bit_sz(fpga_shell_caps, total_rcv_credits) == 0x8, "fpga_shell_caps.total_rcv_credits");
static_assert(__mlx5_bit_off(fpga_shell_caps, qp_type) == 0x2e &&
	      __mlx5_bit_sz(fpga_shell_caps, qp_type) == 0x2, "fpga_shell_caps.qp_type");
static_assert(__mlx5_bit_off(fpga_shell_caps, rae) == 0x35 &&
	      __mlx5_bit_sz(fpga_shell_caps, rae) == 0x1, "fpga_shell_caps.rae");
static_assert(__mlx5_bit_off(fpga_shell_caps, rwe) == 0x36 &&
	      __mlx5_bit_sz(fpga_shell_caps, rwe) == 0x1, "fpga_shell_caps.rwe");
static_assert(__mlx5_bit_off(fpga_shell_caps, rre) == 0x37 &&
	      __mlx5_bit_sz(fpga_shell_caps, rre) == 0x1, "fpga_shell_caps.rre");
static_assert(__mlx5_bit_off(fpga_shell_caps, dc) == 0x3c &&
	      __mlx5_bit_sz(fpga_shell_caps, dc) == 0x1, "fpga_shell_caps.dc");
static_assert(__mlx5_bit_off(fpga_shell_caps, ud) == 0x3d &&
	      __mlx5_bit_sz(fpga_shell_caps, ud) == 0x1, "fpga_shell_caps.ud");
static_assert(__mlx5_bit_off(fpga_shell_caps, uc) == 0x3e &&
	      __mlx5_bit_sz(fpga_shell_caps, uc) == 0x1, "fpga_shell_caps.uc");
static_assert(__mlx5_bit_off(fpga_shell_caps, rc) == 0x3f &&
	      __mlx5_bit_sz(fpga_shell_caps, rc) == 0x1, "fpga_shell_caps.rc");
static_assert(__mlx5_bit_off(fpga_shell_caps, log_ddr_size) == 0x5a &&
	      __mlx5_bit_sz(fpga_shell_caps, log_ddr_size) == 0x6, "fpga_shell_caps.log_ddr_size");
static_assert(__mlx5_bit_off(fpga_shell_caps, max_fpga_qp_msg_size) == 0x60 &&
	      __mlx5_bit_sz(fpga_shell_caps, max_fpga_qp_msg_size) == 0x20, "fpga_shell_caps.max_fpga_qp_msg_size");

/* struct mlx5_ifc_fpga_cap_bits */
static_assert(__mlx5_bit_off(fpga_cap, fpga_id) == 0x0 &&
	      __mlx5_bit_sz(fpga_cap, fpga_id) == 0x8, "fpga_cap.fpga_id");
static_assert(__mlx5_bit_off(fpga_cap, fpga_device) == 0x8 &&
	      __mlx5_bit_sz(fpga_cap, fpga_device) == 0x18, "fpga_cap.fpga_device");
static_assert(__mlx5_bit_off(fpga_cap, register_file_ver) == 0x20 &&
	      __mlx5_bit_sz(fpga_cap, register_file_ver) == 0x20, "fpga_cap.register_file_ver");
static_assert(__mlx5_bit_off(fpga_cap, fpga_ctrl_modify) == 0x40 &&
	      __mlx5_bit_sz(fpga_cap, fpga_ctrl_modify) == 0x1, "fpga_cap.fpga_ctrl_modify");
static_assert(__mlx5_bit_off(fpga_cap, access_reg_query_mode) == 0x46 &&
	      __mlx5_bit_sz(fpga_cap, access_reg_query_mode) == 0x2, "fpga_cap.access_reg_query_mode");
static_assert(__mlx5_bit_off(fpga_cap, access_reg_modify_mode) == 0x4e &&
	      __mlx5_bit_sz(fpga_cap, access_reg_modify_mode) == 0x2, "fpga_cap.access_reg_modify_mode");
static_assert(__mlx5_bit_off(fpga_cap, image_version) == 0x80 &&
	      __mlx5_bit_sz(fpga_cap, image_version) == 0x20, "fpga_cap.image_version");
static_assert(__mlx5_bit_off(fpga_cap, image_date) == 0xa0 &&
	      __mlx5_bit_sz(fpga_cap, image_date) == 0x20, "fpga_cap.image_date");
static_assert(__mlx5_bit_off(fpga_cap, image_time) == 0xc0 &&
	      __mlx5_bit_sz(fpga_cap, image_time) == 0x20, "fpga_cap.image_time");
static_assert(__mlx5_bit_off(fpga_cap, shell_version) == 0xe0 &&
	      __mlx5_bit_sz(fpga_cap, shell_version) == 0x20, "fpga_cap.shell_version");
static_assert(__mlx5_bit_off(fpga_cap, shell_caps) == 0x180 &&
	      __mlx5_bit_sz(fpga_cap, shell_caps) == 0x200, "fpga_cap.shell_caps");
static_assert(__mlx5_bit_off(fpga_cap, ieee_vendor_id) == 0x388 &&
	      __mlx5_bit_sz(fpga_cap, ieee_vendor_id) == 0x18, "fpga_cap.ieee_vendor_id");
static_assert(__mlx5_bit_off(fpga_cap, sandbox_product_version) == 0x3a0 &&
	      __mlx5_bit_sz(fpga_cap, sandbox_product_version) == 0x10, "fpga_cap.sandbox_product_version");
static_assert(__mlx5_bit_off(fpga_cap, sandbox_product_id) == 0x3b0 &&
	      __mlx5_bit_sz(fpga_cap, sandbox_product_id) == 0x10, "fpga_cap.sandbox_product_id");
static_assert(__mlx5_bit_off(fpga_cap, sandbox_basic_caps) == 0x3c0 &&
	      __mlx5_bit_sz(fpga_cap, sandbox_basic_caps) == 0x20, "fpga_cap.sandbox_basic_caps");
static_assert(__mlx5_bit_off(fpga_cap, sandbox_extended_caps_len) == 0x3f0 &&
	      __mlx5_bit_sz(fpga_cap, sandbox_extended_caps_len) == 0x10, "fpga_cap.sandbox_extended_caps_len");
static_assert(__mlx5_bit_off(fpga_cap, sandbox_extended_caps_addr) == 0x400 &&
	      __mlx5_bit_sz(fpga_cap, sandbox_extended_caps_addr) == 0x40, "fpga_cap.sandbox_extended_caps_addr");
static_assert(__mlx5_bit_off(fpga_cap, fpga_ddr_start_addr) == 0x440 &&
	      __mlx5_bit_sz(fpga_cap, fpga_ddr_start_addr) == 0x40, "fpga_cap.fpga_ddr_start_addr");
static_assert(__mlx5_bit_off(fpga_cap, fpga_cr_space_start_addr) == 0x480 &&
	      __mlx5_bit_sz(fpga_cap, fpga_cr_space_start_addr) == 0x40, "fpga_cap.fpga_cr_space_start_addr");
static_assert(__mlx5_bit_off(fpga_cap, fpga_ddr_size) == 0x4c0 &&
	      __mlx5_bit_sz(fpga_cap, fpga_ddr_size) == 0x20, "fpga_cap.fpga_ddr_size");
static_assert(__mlx5_bit_off(fpga_cap, fpga_cr_space_size) == 0x4e0 &&
	      __mlx5_bit_sz(fpga_cap, fpga_cr_space_size) == 0x20, "fpga_cap.fpga_cr_space_size");

/* struct mlx5_ifc_fpga_ctrl_bits */
static_assert(__mlx5_bit_off(fpga_ctrl, operation) == 0x8 &&
	      __mlx5_bit_sz(fpga_ctrl, operation) == 0x8, "fpga_ctrl.operation");
static_assert(__mlx5_bit_off(fpga_ctrl, status) == 0x18 &&
	      __mlx5_bit_sz(fpga_ctrl, status) == 0x8, "fpga_ctrl.status");
static_assert(__mlx5_bit_off(fpga_ctrl, flash_select_admin) == 0x28 &&
	      __mlx5_bit_sz(fpga_ctrl, flash_select_admin) == 0x8, "fpga_ctrl.flash_select_admin");
static_assert(__mlx5_bit_off(fpga_ctrl, flash_select_oper) == 0x38 &&
	      __mlx5_bit_sz(fpga_ctrl, flash_select_oper) == 0x8, "fpga_ctrl.flash_select_oper");

/* struct mlx5_ifc_fpga_error_event_bits */
static_assert(__mlx5_bit_off(fpga_error_event, syndrome) == 0x58 &&
	      __mlx5_bit_sz(fpga_error_event, syndrome) == 0x8, "fpga_error_event.syndrome");

/* struct mlx5_ifc_fpga_access_reg_bits */
static_assert(__mlx5_bit_off(fpga_access_reg, size) == 0x30 &&
	      __mlx5_bit_sz(fpga_access_reg, size) == 0x10, "fpga_access_reg.size");
static_assert(__mlx5_bit_off(fpga_access_reg, address) == 0x40 &&
	      __mlx5_bit_sz(fpga_access_reg, address) == 0x40, "fpga_access_reg.address");
static_assert(__mlx5_bit_off(fpga_access_reg, data) == 0x80, "fpga_access_reg.data");

/* struct mlx5_ifc_fpga_qpc_bits */
static_assert(__mlx5_bit_off(fpga_qpc, state) == 0x0 &&
	      __mlx5_bit_sz(fpga_qpc, state) == 0x4, "fpga_qpc.state");
static_assert(__mlx5_bit_off(fpga_qpc, qp_type) == 0x1f &&
	      __mlx5_bit_sz(fpga_qpc, qp_type) == 0x1, "fpga_qpc.qp_type");
static_assert(__mlx5_bit_off(fpga_qpc, st) == 0x24 &&
	      __mlx5_bit_sz(fpga_qpc, st) == 0x4, "fpga_qpc.st");
static_assert(__mlx5_bit_off(fpga_qpc, traffic_class) == 0x38 &&
	      __mlx5_bit_sz(fpga_qpc, traffic_class) == 0x8, "fpga_qpc.traffic_class");
static_assert(__mlx5_bit_off(fpga_qpc, ether_type) == 0x40 &&
	      __mlx5_bit_sz(fpga_qpc, ether_type) == 0x10, "fpga_qpc.ether_type");
static_assert(__mlx5_bit_off(fpga_qpc, prio) == 0x50 &&
	      __mlx5_bit_sz(fpga_qpc, prio) == 0x3, "fpga_qpc.prio");
static_assert(__mlx5_bit_off(fpga_qpc, dei) == 0x53 &&
	      __mlx5_bit_sz(fpga_qpc, dei) == 0x1, "fpga_qpc.dei");
static_assert(__mlx5_bit_off(fpga_qpc, vid) == 0x54 &&
	      __mlx5_bit_sz(fpga_qpc, vid) == 0xc, "fpga_qpc.vid");
static_assert(__mlx5_bit_off(fpga_qpc, next_rcv_psn) == 0x88 &&
	      __mlx5_bit_sz(fpga_qpc, next_rcv_psn) == 0x18, "fpga_qpc.next_rcv_psn");
static_assert(__mlx5_bit_off(fpga_qpc, next_send_psn) == 0xa8 &&
	      __mlx5_bit_sz(fpga_qpc, next_send_psn) == 0x18, "fpga_qpc.next_send_psn");
static_assert(__mlx5_bit_off(fpga_qpc, pkey) == 0xd0 &&
	      __mlx5_bit_sz(fpga_qpc, pkey) == 0x10, "fpga_qpc.pkey");
static_assert(__mlx5_bit_off(fpga_qpc, remote_qpn) == 0xe8 &&
	      __mlx5_bit_sz(fpga_qpc, remote_qpn) == 0x18, "fpga_qpc.remote_qpn");
static_assert(__mlx5_bit_off(fpga_qpc, rnr_retry) == 0x115 &&
	      __mlx5_bit_sz(fpga_qpc, rnr_retry) == 0x3, "fpga_qpc.rnr_retry");
static_assert(__mlx5_bit_off(fpga_qpc, retry_count) == 0x11d &&
	      __mlx5_bit_sz(fpga_qpc, retry_count) == 0x3, "fpga_qpc.retry_count");
static_assert(__mlx5_bit_off(fpga_qpc, remote_mac_47_32) == 0x150 &&
	      __mlx5_bit_sz(fpga_qpc, remote_mac_47_32) == 0x10, "fpga_qpc.remote_mac_47_32");
static_assert(__mlx5_bit_off(fpga_qpc, remote_mac_31_0) == 0x160 &&
	      __mlx5_bit_sz(fpga_qpc, remote_mac_31_0) == 0x20, "fpga_qpc.remote_mac_31_0");
static_assert(__mlx5_bit_off(fpga_qpc, remote_ip) == 0x180 &&
	      __mlx5_bit_sz(fpga_qpc, remote_ip) == 0x80, "fpga_qpc.remote_ip");
static_assert(__mlx5_bit_off(fpga_qpc, fpga_mac_47_32) == 0x250 &&
	      __mlx5_bit_sz(fpga_qpc, fpga_mac_47_32) == 0x10, "fpga_qpc.fpga_mac_47_32");
static_assert(__mlx5_bit_off(fpga_qpc, fpga_mac_31_0) == 0x260 &&
	      __mlx5_bit_sz(fpga_qpc, fpga_mac_31_0) == 0x20, "fpga_qpc.fpga_mac_31_0");
static_assert(__mlx5_bit_off(fpga_qpc, fpga_ip) == 0x280 &&
	      __mlx5_bit_sz(fpga_qpc, fpga_ip) == 0x80, "fpga_qpc.fpga_ip");

/* struct mlx5_ifc_fpga_create_qp_in_bits */
static_assert(__mlx5_bit_off(fpga_create_qp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(fpga_create_qp_in, opcode) == 0x10, "fpga_create_qp_in.opcode");
static_assert(__mlx5_bit_off(fpga_create_qp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(fpga_create_qp_in, op_mod) == 0x10, "fpga_create_qp_in.op_mod");
static_assert(__mlx5_bit_off(fpga_create_qp_in, fpga_qpc) == 0x80 &&
	      __mlx5_bit_sz(fpga_create_qp_in, fpga_qpc) == 0x300, "fpga_create_qp_in.fpga_qpc");

/* struct mlx5_ifc_fpga_create_qp_out_bits */
static_assert(__mlx5_bit_off(fpga_create_qp_out, status) == 0x0 &&
	      __mlx5_bit_sz(fpga_create_qp_out, status) == 0x8, "fpga_create_qp_out.status");
static_assert(__mlx5_bit_off(fpga_create_qp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(fpga_create_qp_out, syndrome) == 0x20, "fpga_create_qp_out.syndrome");
static_assert(__mlx5_bit_off(fpga_create_qp_out, fpga_qpn) == 0x48 &&
	      __mlx5_bit_sz(fpga_create_qp_out, fpga_qpn) == 0x18, "fpga_create_qp_out.fpga_qpn");
static_assert(__mlx5_bit_off(fpga_create_qp_out, fpga_qpc) == 0x80 &&
	      __mlx5_bit_sz(fpga_create_qp_out, fpga_qpc) == 0x300, "fpga_create_qp_out.fpga_qpc");

/* struct mlx5_ifc_fpga_modify_qp_in_bits */
static_assert(__mlx5_bit_off(fpga_modify_qp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(fpga_modify_qp_in, opcode) == 0x10, "fpga_modify_qp_in.opcode");
static_assert(__mlx5_bit_off(fpga_modify_qp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(fpga_modify_qp_in, op_mod) == 0x10, "fpga_modify_qp_in.op_mod");
static_assert(__mlx5_bit_off(fpga_modify_qp_in, fpga_qpn) == 0x48 &&
	      __mlx5_bit_sz(fpga_modify_qp_in, fpga_qpn) == 0x18, "fpga_modify_qp_in.fpga_qpn");
static_assert(__mlx5_bit_off(fpga_modify_qp_in, field_select) == 0x60 &&
	      __mlx5_bit_sz(fpga_modify_qp_in, field_select) == 0x20, "fpga_modify_qp_in.field_select");
static_assert(__mlx5_bit_off(fpga_modify_qp_in, fpga_qpc) == 0x80 &&
	      __mlx5_bit_sz(fpga_modify_qp_in, fpga_qpc) == 0x300, "fpga_modify_qp_in.fpga_qpc");

/* struct mlx5_ifc_fpga_modify_qp_out_bits */
static_assert(__mlx5_bit_off(fpga_modify_qp_out, status) == 0x0 &&
	      __mlx5_bit_sz(fpga_modify_qp_out, status) == 0x8, "fpga_modify_qp_out.status");
static_assert(__mlx5_bit_off(fpga_modify_qp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(fpga_modify_qp_out, syndrome) == 0x20, "fpga_modify_qp_out.syndrome");

/* struct mlx5_ifc_fpga_query_qp_in_bits */
static_assert(__mlx5_bit_off(fpga_query_qp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(fpga_query_qp_in, opcode) == 0x10, "fpga_query_qp_in.opcode");
static_assert(__mlx5_bit_off(fpga_query_qp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(fpga_query_qp_in, op_mod) == 0x10, "fpga_query_qp_in.op_mod");
static_assert(__mlx5_bit_off(fpga_query_qp_in, fpga_qpn) == 0x48 &&
	      __mlx5_bit_sz(fpga_query_qp_in, fpga_qpn) == 0x18, "fpga_query_qp_in.fpga_qpn");

/* struct mlx5_ifc_fpga_query_qp_out_bits */
static_assert(__mlx5_bit_off(fpga_query_qp_out, status) == 0x0 &&
	      __mlx5_bit_sz(fpga_query_qp_out, status) == 0x8, "fpga_query_qp_out.status");
static_assert(__mlx5_bit_off(fpga_query_qp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(fpga_query_qp_out, syndrome) == 0x20, "fpga_query_qp_out.syndrome");
static_assert(__mlx5_bit_off(fpga_query_qp_out, fpga_qpc) == 0x80 &&
	      __mlx5_bit_sz(fpga_query_qp_out, fpga_qpc) == 0x300, "fpga_query_qp_out.fpga_qpc");

/* struct mlx5_ifc_fpga_query_qp_counters_in_bits */
static_assert(__mlx5_bit_off(fpga_query_qp_counters_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(fpga_query_qp_counters_in, opcode) == 0x10, "fpga_query_qp_counters_in.opcode");
static_assert(__mlx5_bit_off(fpga_query_qp_counters_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(fpga_query_qp_counters_in, op_mod) == 0x10, "fpga_query_qp_counters_in.op_mod");
static_assert(__mlx5_bit_off(fpga_query_qp_counters_in, clear) == 0x40 &&
	      __mlx5_bit_sz(fpga_query_qp_counters_in, clear) == 0x1, "fpga_query_qp_counters_in.clear");
static_assert(__mlx5_bit_off(fpga_query_qp_counters_in, fpga_qpn) == 0x48 &&
	      __mlx5_bit_sz(fpga_query_qp_counters_in, fpga_qpn) == 0x18, "fpga_query_qp_counters_in.fpga_qpn");

/* struct mlx5_ifc_fpga_query_qp_counters_out_bits */
static_assert(__mlx5_bit_off(fpga_query_qp_counters_out, status) == 0x0 &&
	      __mlx5_bit_sz(fpga_query_qp_counters_out, status) == 0x8, "fpga_query_qp_counters_out.status");
static_assert(__mlx5_bit_off(fpga_query_qp_counters_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(fpga_query_qp_counters_out, syndrome) == 0x20, "fpga_query_qp_counters_out.syndrome");
static_assert(__mlx5_bit_off(fpga_query_qp_counters_out, rx_ack_packets) == 0x80 &&
	      __mlx5_bit_sz(fpga_query_qp_counters_out, rx_ack_packets) == 0x40, "fpga_query_qp_counters_out.rx_ack_packets");
static_assert(__mlx5_bit_off(fpga_query_qp_counters_out, rx_send_packets) == 0xc0 &&
	      __mlx5_bit_sz(fpga_query_qp_counters_out, rx_send_packets) == 0x40, "fpga_query_qp_counters_out.rx_send_packets");
static_assert(__mlx5_bit_off(fpga_query_qp_counters_out, tx_ack_packets) == 0x100 &&
	      __mlx5_bit_sz(fpga_query_qp_counters_out, tx_ack_packets) == 0x40, "fpga_query_qp_counters_out.tx_ack_packets");
static_assert(__mlx5_bit_off(fpga_query_qp_counters_out, tx_send_packets) == 0x140 &&
	      __mlx5_bit_sz(fpga_query_qp_counters_out, tx_send_packets) == 0x40, "fpga_query_qp_counters_out.tx_send_packets");
static_assert(__mlx5_bit_off(fpga_query_qp_counters_out, rx_total_drop) == 0x180 &&
	      __mlx5_bit_sz(fpga_query_qp_counters_out, rx_total_drop) == 0x40, "fpga_query_qp_counters_out.rx_total_drop");

/* struct mlx5_ifc_fpga_destroy_qp_in_bits */
static_assert(__mlx5_bit_off(fpga_destroy_qp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(fpga_destroy_qp_in, opcode) == 0x10, "fpga_destroy_qp_in.opcode");
static_assert(__mlx5_bit_off(fpga_destroy_qp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(fpga_destroy_qp_in, op_mod) == 0x10, "fpga_destroy_qp_in.op_mod");
static_assert(__mlx5_bit_off(fpga_destroy_qp_in, fpga_qpn) == 0x48 &&
	      __mlx5_bit_sz(fpga_destroy_qp_in, fpga_qpn) == 0x18, "fpga_destroy_qp_in.fpga_qpn");

/* struct mlx5_ifc_fpga_destroy_qp_out_bits */
static_assert(__mlx5_bit_off(fpga_destroy_qp_out, status) == 0x0 &&
	      __mlx5_bit_sz(fpga_destroy_qp_out, status) == 0x8, "fpga_destroy_qp_out.status");
static_assert(__mlx5_bit_off(fpga_destroy_qp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(fpga_destroy_qp_out, syndrome) == 0x20, "fpga_destroy_qp_out.syndrome");

/* struct mlx5_ifc_fpga_qp_error_event_bits */
static_assert(__mlx5_bit_off(fpga_qp_error_event, syndrome) == 0x58 &&
	      __mlx5_bit_sz(fpga_qp_error_event, syndrome) == 0x8, "fpga_qp_error_event.syndrome");
static_assert(__mlx5_bit_off(fpga_qp_error_event, fpga_qpn) == 0xc8 &&
	      __mlx5_bit_sz(fpga_qp_error_event, fpga_qpn) == 0x18, "fpga_qp_error_event.fpga_qpn");

/* struct mlx5_ifc_flow_table_fields_supported_bits */
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_dmac) == 0x0 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_dmac) == 0x1, "flow_table_fields_supported.outer_dmac");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_smac) == 0x1 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_smac) == 0x1, "flow_table_fields_supported.outer_smac");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_ether_type) == 0x2 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_ether_type) == 0x1, "flow_table_fields_supported.outer_ether_type");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_ip_version) == 0x3 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_ip_version) == 0x1, "flow_table_fields_supported.outer_ip_version");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_first_prio) == 0x4 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_first_prio) == 0x1, "flow_table_fields_supported.outer_first_prio");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_first_cfi) == 0x5 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_first_cfi) == 0x1, "flow_table_fields_supported.outer_first_cfi");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_first_vid) == 0x6 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_first_vid) == 0x1, "flow_table_fields_supported.outer_first_vid");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_ipv4_ttl) == 0x7 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_ipv4_ttl) == 0x1, "flow_table_fields_supported.outer_ipv4_ttl");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_second_prio) == 0x8 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_second_prio) == 0x1, "flow_table_fields_supported.outer_second_prio");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_second_cfi) == 0x9 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_second_cfi) == 0x1, "flow_table_fields_supported.outer_second_cfi");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_second_vid) == 0xa &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_second_vid) == 0x1, "flow_table_fields_supported.outer_second_vid");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_sip) == 0xc &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_sip) == 0x1, "flow_table_fields_supported.outer_sip");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_dip) == 0xd &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_dip) == 0x1, "flow_table_fields_supported.outer_dip");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_frag) == 0xe &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_frag) == 0x1, "flow_table_fields_supported.outer_frag");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_ip_protocol) == 0xf &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_ip_protocol) == 0x1, "flow_table_fields_supported.outer_ip_protocol");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_ip_ecn) == 0x10 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_ip_ecn) == 0x1, "flow_table_fields_supported.outer_ip_ecn");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_ip_dscp) == 0x11 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_ip_dscp) == 0x1, "flow_table_fields_supported.outer_ip_dscp");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_udp_sport) == 0x12 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_udp_sport) == 0x1, "flow_table_fields_supported.outer_udp_sport");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_udp_dport) == 0x13 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_udp_dport) == 0x1, "flow_table_fields_supported.outer_udp_dport");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_tcp_sport) == 0x14 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_tcp_sport) == 0x1, "flow_table_fields_supported.outer_tcp_sport");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_tcp_dport) == 0x15 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_tcp_dport) == 0x1, "flow_table_fields_supported.outer_tcp_dport");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_tcp_flags) == 0x16 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_tcp_flags) == 0x1, "flow_table_fields_supported.outer_tcp_flags");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_gre_protocol) == 0x17 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_gre_protocol) == 0x1, "flow_table_fields_supported.outer_gre_protocol");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_gre_key) == 0x18 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_gre_key) == 0x1, "flow_table_fields_supported.outer_gre_key");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_vxlan_vni) == 0x19 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_vxlan_vni) == 0x1, "flow_table_fields_supported.outer_vxlan_vni");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_geneve_vni) == 0x1a &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_geneve_vni) == 0x1, "flow_table_fields_supported.outer_geneve_vni");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_geneve_oam) == 0x1b &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_geneve_oam) == 0x1, "flow_table_fields_supported.outer_geneve_oam");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_geneve_protocol_type) == 0x1c &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_geneve_protocol_type) == 0x1, "flow_table_fields_supported.outer_geneve_protocol_type");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_geneve_opt_len) == 0x1d &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_geneve_opt_len) == 0x1, "flow_table_fields_supported.outer_geneve_opt_len");
static_assert(__mlx5_bit_off(flow_table_fields_supported, source_vhca_port) == 0x1e &&
	      __mlx5_bit_sz(flow_table_fields_supported, source_vhca_port) == 0x1, "flow_table_fields_supported.source_vhca_port");
static_assert(__mlx5_bit_off(flow_table_fields_supported, source_eswitch_port) == 0x1f &&
	      __mlx5_bit_sz(flow_table_fields_supported, source_eswitch_port) == 0x1, "flow_table_fields_supported.source_eswitch_port");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_dmac) == 0x20 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_dmac) == 0x1, "flow_table_fields_supported.inner_dmac");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_smac) == 0x21 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_smac) == 0x1, "flow_table_fields_supported.inner_smac");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_ether_type) == 0x22 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_ether_type) == 0x1, "flow_table_fields_supported.inner_ether_type");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_ip_version) == 0x23 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_ip_version) == 0x1, "flow_table_fields_supported.inner_ip_version");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_first_prio) == 0x24 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_first_prio) == 0x1, "flow_table_fields_supported.inner_first_prio");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_first_cfi) == 0x25 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_first_cfi) == 0x1, "flow_table_fields_supported.inner_first_cfi");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_first_vid) == 0x26 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_first_vid) == 0x1, "flow_table_fields_supported.inner_first_vid");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_second_prio) == 0x28 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_second_prio) == 0x1, "flow_table_fields_supported.inner_second_prio");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_second_cfi) == 0x29 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_second_cfi) == 0x1, "flow_table_fields_supported.inner_second_cfi");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_second_vid) == 0x2a &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_second_vid) == 0x1, "flow_table_fields_supported.inner_second_vid");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_sip) == 0x2c &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_sip) == 0x1, "flow_table_fields_supported.inner_sip");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_dip) == 0x2d &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_dip) == 0x1, "flow_table_fields_supported.inner_dip");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_frag) == 0x2e &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_frag) == 0x1, "flow_table_fields_supported.inner_frag");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_ip_protocol) == 0x2f &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_ip_protocol) == 0x1, "flow_table_fields_supported.inner_ip_protocol");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_ip_ecn) == 0x30 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_ip_ecn) == 0x1, "flow_table_fields_supported.inner_ip_ecn");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_ip_dscp) == 0x31 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_ip_dscp) == 0x1, "flow_table_fields_supported.inner_ip_dscp");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_udp_sport) == 0x32 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_udp_sport) == 0x1, "flow_table_fields_supported.inner_udp_sport");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_udp_dport) == 0x33 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_udp_dport) == 0x1, "flow_table_fields_supported.inner_udp_dport");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_tcp_sport) == 0x34 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_tcp_sport) == 0x1, "flow_table_fields_supported.inner_tcp_sport");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_tcp_dport) == 0x35 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_tcp_dport) == 0x1, "flow_table_fields_supported.inner_tcp_dport");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_tcp_flags) == 0x36 &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_tcp_flags) == 0x1, "flow_table_fields_supported.inner_tcp_flags");
static_assert(__mlx5_bit_off(flow_table_fields_supported, geneve_tlv_option_0_data) == 0x40 &&
	      __mlx5_bit_sz(flow_table_fields_supported, geneve_tlv_option_0_data) == 0x1, "flow_table_fields_supported.geneve_tlv_option_0_data");
static_assert(__mlx5_bit_off(flow_table_fields_supported, geneve_tlv_option_0_exist) == 0x41 &&
	      __mlx5_bit_sz(flow_table_fields_supported, geneve_tlv_option_0_exist) == 0x1, "flow_table_fields_supported.geneve_tlv_option_0_exist");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_first_mpls_over_udp) == 0x45 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_first_mpls_over_udp) == 0x4, "flow_table_fields_supported.outer_first_mpls_over_udp");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_first_mpls_over_gre) == 0x49 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_first_mpls_over_gre) == 0x4, "flow_table_fields_supported.outer_first_mpls_over_gre");
static_assert(__mlx5_bit_off(flow_table_fields_supported, inner_first_mpls) == 0x4d &&
	      __mlx5_bit_sz(flow_table_fields_supported, inner_first_mpls) == 0x4, "flow_table_fields_supported.inner_first_mpls");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_first_mpls) == 0x51 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_first_mpls) == 0x4, "flow_table_fields_supported.outer_first_mpls");
static_assert(__mlx5_bit_off(flow_table_fields_supported, outer_esp_spi) == 0x57 &&
	      __mlx5_bit_sz(flow_table_fields_supported, outer_esp_spi) == 0x1, "flow_table_fields_supported.outer_esp_spi");
static_assert(__mlx5_bit_off(flow_table_fields_supported, bth_dst_qp) == 0x5a &&
	      __mlx5_bit_sz(flow_table_fields_supported, bth_dst_qp) == 0x1, "flow_table_fields_supported.bth_dst_qp");
static_assert(__mlx5_bit_off(flow_table_fields_supported, metadata_reg_c_7) == 0x78 &&
	      __mlx5_bit_sz(flow_table_fields_supported, metadata_reg_c_7) == 0x1, "flow_table_fields_supported.metadata_reg_c_7");
static_assert(__mlx5_bit_off(flow_table_fields_supported, metadata_reg_c_6) == 0x79 &&
	      __mlx5_bit_sz(flow_table_fields_supported, metadata_reg_c_6) == 0x1, "flow_table_fields_supported.metadata_reg_c_6");
static_assert(__mlx5_bit_off(flow_table_fields_supported, metadata_reg_c_5) == 0x7a &&
	      __mlx5_bit_sz(flow_table_fields_supported, metadata_reg_c_5) == 0x1, "flow_table_fields_supported.metadata_reg_c_5");
static_assert(__mlx5_bit_off(flow_table_fields_supported, metadata_reg_c_4) == 0x7b &&
	      __mlx5_bit_sz(flow_table_fields_supported, metadata_reg_c_4) == 0x1, "flow_table_fields_supported.metadata_reg_c_4");
static_assert(__mlx5_bit_off(flow_table_fields_supported, metadata_reg_c_3) == 0x7c &&
	      __mlx5_bit_sz(flow_table_fields_supported, metadata_reg_c_3) == 0x1, "flow_table_fields_supported.metadata_reg_c_3");
static_assert(__mlx5_bit_off(flow_table_fields_supported, metadata_reg_c_2) == 0x7d &&
	      __mlx5_bit_sz(flow_table_fields_supported, metadata_reg_c_2) == 0x1, "flow_table_fields_supported.metadata_reg_c_2");
static_assert(__mlx5_bit_off(flow_table_fields_supported, metadata_reg_c_1) == 0x7e &&
	      __mlx5_bit_sz(flow_table_fields_supported, metadata_reg_c_1) == 0x1, "flow_table_fields_supported.metadata_reg_c_1");
static_assert(__mlx5_bit_off(flow_table_fields_supported, metadata_reg_c_0) == 0x7f &&
	      __mlx5_bit_sz(flow_table_fields_supported, metadata_reg_c_0) == 0x1, "flow_table_fields_supported.metadata_reg_c_0");

/* struct mlx5_ifc_flow_table_fields_supported_2_bits */
static_assert(__mlx5_bit_off(flow_table_fields_supported_2, bth_opcode) == 0xe &&
	      __mlx5_bit_sz(flow_table_fields_supported_2, bth_opcode) == 0x1, "flow_table_fields_supported_2.bth_opcode");

/* struct mlx5_ifc_flow_table_prop_layout_bits */
static_assert(__mlx5_bit_off(flow_table_prop_layout, ft_support) == 0x0 &&
	      __mlx5_bit_sz(flow_table_prop_layout, ft_support) == 0x1, "flow_table_prop_layout.ft_support");
static_assert(__mlx5_bit_off(flow_table_prop_layout, flow_counter) == 0x2 &&
	      __mlx5_bit_sz(flow_table_prop_layout, flow_counter) == 0x1, "flow_table_prop_layout.flow_counter");
static_assert(__mlx5_bit_off(flow_table_prop_layout, flow_modify_en) == 0x3 &&
	      __mlx5_bit_sz(flow_table_prop_layout, flow_modify_en) == 0x1, "flow_table_prop_layout.flow_modify_en");
static_assert(__mlx5_bit_off(flow_table_prop_layout, modify_root) == 0x4 &&
	      __mlx5_bit_sz(flow_table_prop_layout, modify_root) == 0x1, "flow_table_prop_layout.modify_root");
static_assert(__mlx5_bit_off(flow_table_prop_layout, identified_miss_table_mode) == 0x5 &&
	      __mlx5_bit_sz(flow_table_prop_layout, identified_miss_table_mode) == 0x1, "flow_table_prop_layout.identified_miss_table_mode");
static_assert(__mlx5_bit_off(flow_table_prop_layout, flow_table_modify) == 0x6 &&
	      __mlx5_bit_sz(flow_table_prop_layout, flow_table_modify) == 0x1, "flow_table_prop_layout.flow_table_modify");
static_assert(__mlx5_bit_off(flow_table_prop_layout, reformat) == 0x7 &&
	      __mlx5_bit_sz(flow_table_prop_layout, reformat) == 0x1, "flow_table_prop_layout.reformat");
static_assert(__mlx5_bit_off(flow_table_prop_layout, decap) == 0x8 &&
	      __mlx5_bit_sz(flow_table_prop_layout, decap) == 0x1, "flow_table_prop_layout.decap");
static_assert(__mlx5_bit_off(flow_table_prop_layout, pop_vlan) == 0xa &&
	      __mlx5_bit_sz(flow_table_prop_layout, pop_vlan) == 0x1, "flow_table_prop_layout.pop_vlan");
static_assert(__mlx5_bit_off(flow_table_prop_layout, push_vlan) == 0xb &&
	      __mlx5_bit_sz(flow_table_prop_layout, push_vlan) == 0x1, "flow_table_prop_layout.push_vlan");
static_assert(__mlx5_bit_off(flow_table_prop_layout, pop_vlan_2) == 0xd &&
	      __mlx5_bit_sz(flow_table_prop_layout, pop_vlan_2) == 0x1, "flow_table_prop_layout.pop_vlan_2");
static_assert(__mlx5_bit_off(flow_table_prop_layout, push_vlan_2) == 0xe &&
	      __mlx5_bit_sz(flow_table_prop_layout, push_vlan_2) == 0x1, "flow_table_prop_layout.push_vlan_2");
static_assert(__mlx5_bit_off(flow_table_prop_layout, reformat_and_vlan_action) == 0xf &&
	      __mlx5_bit_sz(flow_table_prop_layout, reformat_and_vlan_action) == 0x1, "flow_table_prop_layout.reformat_and_vlan_action");
static_assert(__mlx5_bit_off(flow_table_prop_layout, sw_owner) == 0x11 &&
	      __mlx5_bit_sz(flow_table_prop_layout, sw_owner) == 0x1, "flow_table_prop_layout.sw_owner");
static_assert(__mlx5_bit_off(flow_table_prop_layout, reformat_l3_tunnel_to_l2) == 0x12 &&
	      __mlx5_bit_sz(flow_table_prop_layout, reformat_l3_tunnel_to_l2) == 0x1, "flow_table_prop_layout.reformat_l3_tunnel_to_l2");
static_assert(__mlx5_bit_off(flow_table_prop_layout, reformat_l2_to_l3_tunnel) == 0x13 &&
	      __mlx5_bit_sz(flow_table_prop_layout, reformat_l2_to_l3_tunnel) == 0x1, "flow_table_prop_layout.reformat_l2_to_l3_tunnel");
static_assert(__mlx5_bit_off(flow_table_prop_layout, reformat_and_modify_action) == 0x14 &&
	      __mlx5_bit_sz(flow_table_prop_layout, reformat_and_modify_action) == 0x1, "flow_table_prop_layout.reformat_and_modify_action");
static_assert(__mlx5_bit_off(flow_table_prop_layout, ignore_flow_level) == 0x15 &&
	      __mlx5_bit_sz(flow_table_prop_layout, ignore_flow_level) == 0x1, "flow_table_prop_layout.ignore_flow_level");
static_assert(__mlx5_bit_off(flow_table_prop_layout, table_miss_action_domain) == 0x17 &&
	      __mlx5_bit_sz(flow_table_prop_layout, table_miss_action_domain) == 0x1, "flow_table_prop_layout.table_miss_action_domain");
static_assert(__mlx5_bit_off(flow_table_prop_layout, termination_table) == 0x18 &&
	      __mlx5_bit_sz(flow_table_prop_layout, termination_table) == 0x1, "flow_table_prop_layout.termination_table");
static_assert(__mlx5_bit_off(flow_table_prop_layout, reformat_and_fwd_to_table) == 0x19 &&
	      __mlx5_bit_sz(flow_table_prop_layout, reformat_and_fwd_to_table) == 0x1, "flow_table_prop_layout.reformat_and_fwd_to_table");
static_assert(__mlx5_bit_off(flow_table_prop_layout, ipsec_encrypt) == 0x1c &&
	      __mlx5_bit_sz(flow_table_prop_layout, ipsec_encrypt) == 0x1, "flow_table_prop_layout.ipsec_encrypt");
static_assert(__mlx5_bit_off(flow_table_prop_layout, ipsec_decrypt) == 0x1d &&
	      __mlx5_bit_sz(flow_table_prop_layout, ipsec_decrypt) == 0x1, "flow_table_prop_layout.ipsec_decrypt");
static_assert(__mlx5_bit_off(flow_table_prop_layout, sw_owner_v2) == 0x1e &&
	      __mlx5_bit_sz(flow_table_prop_layout, sw_owner_v2) == 0x1, "flow_table_prop_layout.sw_owner_v2");
static_assert(__mlx5_bit_off(flow_table_prop_layout, termination_table_raw_traffic) == 0x20 &&
	      __mlx5_bit_sz(flow_table_prop_layout, termination_table_raw_traffic) == 0x1, "flow_table_prop_layout.termination_table_raw_traffic");
static_assert(__mlx5_bit_off(flow_table_prop_layout, log_max_ft_size) == 0x22 &&
	      __mlx5_bit_sz(flow_table_prop_layout, log_max_ft_size) == 0x6, "flow_table_prop_layout.log_max_ft_size");
static_assert(__mlx5_bit_off(flow_table_prop_layout, log_max_modify_header_context) == 0x28 &&
	      __mlx5_bit_sz(flow_table_prop_layout, log_max_modify_header_context) == 0x8, "flow_table_prop_layout.log_max_modify_header_context");
static_assert(__mlx5_bit_off(flow_table_prop_layout, max_modify_header_actions) == 0x30 &&
	      __mlx5_bit_sz(flow_table_prop_layout, max_modify_header_actions) == 0x8, "flow_table_prop_layout.max_modify_header_actions");
static_assert(__mlx5_bit_off(flow_table_prop_layout, max_ft_level) == 0x38 &&
	      __mlx5_bit_sz(flow_table_prop_layout, max_ft_level) == 0x8, "flow_table_prop_layout.max_ft_level");
static_assert(__mlx5_bit_off(flow_table_prop_layout, execute_aso) == 0x46 &&
	      __mlx5_bit_sz(flow_table_prop_layout, execute_aso) == 0x1, "flow_table_prop_layout.execute_aso");
static_assert(__mlx5_bit_off(flow_table_prop_layout, reformat_insert) == 0x62 &&
	      __mlx5_bit_sz(flow_table_prop_layout, reformat_insert) == 0x1, "flow_table_prop_layout.reformat_insert");
static_assert(__mlx5_bit_off(flow_table_prop_layout, reformat_remove) == 0x63 &&
	      __mlx5_bit_sz(flow_table_prop_layout, reformat_remove) == 0x1, "flow_table_prop_layout.reformat_remove");
static_assert(__mlx5_bit_off(flow_table_prop_layout, macsec_encrypt) == 0x64 &&
	      __mlx5_bit_sz(flow_table_prop_layout, macsec_encrypt) == 0x1, "flow_table_prop_layout.macsec_encrypt");
static_assert(__mlx5_bit_off(flow_table_prop_layout, macsec_decrypt) == 0x65 &&
	      __mlx5_bit_sz(flow_table_prop_layout, macsec_decrypt) == 0x1, "flow_table_prop_layout.macsec_decrypt");
static_assert(__mlx5_bit_off(flow_table_prop_layout, reformat_add_macsec) == 0x68 &&
	      __mlx5_bit_sz(flow_table_prop_layout, reformat_add_macsec) == 0x1, "flow_table_prop_layout.reformat_add_macsec");
static_assert(__mlx5_bit_off(flow_table_prop_layout, reformat_remove_macsec) == 0x69 &&
	      __mlx5_bit_sz(flow_table_prop_layout, reformat_remove_macsec) == 0x1, "flow_table_prop_layout.reformat_remove_macsec");
static_assert(__mlx5_bit_off(flow_table_prop_layout, log_max_ft_num) == 0x78 &&
	      __mlx5_bit_sz(flow_table_prop_layout, log_max_ft_num) == 0x8, "flow_table_prop_layout.log_max_ft_num");
static_assert(__mlx5_bit_off(flow_table_prop_layout, log_max_flow_counter) == 0x90 &&
	      __mlx5_bit_sz(flow_table_prop_layout, log_max_flow_counter) == 0x8, "flow_table_prop_layout.log_max_flow_counter");
static_assert(__mlx5_bit_off(flow_table_prop_layout, log_max_destination) == 0x98 &&
	      __mlx5_bit_sz(flow_table_prop_layout, log_max_destination) == 0x8, "flow_table_prop_layout.log_max_destination");
static_assert(__mlx5_bit_off(flow_table_prop_layout, log_max_flow) == 0xb8 &&
	      __mlx5_bit_sz(flow_table_prop_layout, log_max_flow) == 0x8, "flow_table_prop_layout.log_max_flow");
static_assert(__mlx5_bit_off(flow_table_prop_layout, ft_field_support) == 0x100 &&
	      __mlx5_bit_sz(flow_table_prop_layout, ft_field_support) == 0x80, "flow_table_prop_layout.ft_field_support");
static_assert(__mlx5_bit_off(flow_table_prop_layout, ft_field_bitmask_support) == 0x180 &&
	      __mlx5_bit_sz(flow_table_prop_layout, ft_field_bitmask_support) == 0x80, "flow_table_prop_layout.ft_field_bitmask_support");

/* struct mlx5_ifc_odp_per_transport_service_cap_bits */
static_assert(__mlx5_bit_off(odp_per_transport_service_cap, send) == 0x0 &&
	      __mlx5_bit_sz(odp_per_transport_service_cap, send) == 0x1, "odp_per_transport_service_cap.send");
static_assert(__mlx5_bit_off(odp_per_transport_service_cap, receive) == 0x1 &&
	      __mlx5_bit_sz(odp_per_transport_service_cap, receive) == 0x1, "odp_per_transport_service_cap.receive");
static_assert(__mlx5_bit_off(odp_per_transport_service_cap, write) == 0x2 &&
	      __mlx5_bit_sz(odp_per_transport_service_cap, write) == 0x1, "odp_per_transport_service_cap.write");
static_assert(__mlx5_bit_off(odp_per_transport_service_cap, read) == 0x3 &&
	      __mlx5_bit_sz(odp_per_transport_service_cap, read) == 0x1, "odp_per_transport_service_cap.read");
static_assert(__mlx5_bit_off(odp_per_transport_service_cap, atomic) == 0x4 &&
	      __mlx5_bit_sz(odp_per_transport_service_cap, atomic) == 0x1, "odp_per_transport_service_cap.atomic");
static_assert(__mlx5_bit_off(odp_per_transport_service_cap, srq_receive) == 0x5 &&
	      __mlx5_bit_sz(odp_per_transport_service_cap, srq_receive) == 0x1, "odp_per_transport_service_cap.srq_receive");

/* struct mlx5_ifc_ipv4_layout_bits */
static_assert(__mlx5_bit_off(ipv4_layout, ipv4) == 0x60 &&
	      __mlx5_bit_sz(ipv4_layout, ipv4) == 0x20, "ipv4_layout.ipv4");

/* struct mlx5_ifc_ipv6_layout_bits */
static_assert(__mlx5_bit_off(ipv6_layout, ipv6) == 0x0 &&
	      __mlx5_bit_sz(ipv6_layout, ipv6) == 0x80, "ipv6_layout.ipv6");

/* union mlx5_ifc_ipv6_layout_ipv4_layout_auto_bits */
static_assert(XC_OFF(union mlx5_ifc_ipv6_layout_ipv4_layout_auto_bits, ipv6_layout) == 0x0 &&
	      XC_SZ(union mlx5_ifc_ipv6_layout_ipv4_layout_auto_bits, ipv6_layout) == 0x80, "ipv6_layout_ipv4_layout_auto.ipv6_layout");
static_assert(XC_OFF(union mlx5_ifc_ipv6_layout_ipv4_layout_auto_bits, ipv4_layout) == 0x0 &&
	      XC_SZ(union mlx5_ifc_ipv6_layout_ipv4_layout_auto_bits, ipv4_layout) == 0x80, "ipv6_layout_ipv4_layout_auto.ipv4_layout");

/* struct mlx5_ifc_fte_match_set_lyr_2_4_bits */
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, smac_47_16) == 0x0 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, smac_47_16) == 0x20, "fte_match_set_lyr_2_4.smac_47_16");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, smac_15_0) == 0x20 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, smac_15_0) == 0x10, "fte_match_set_lyr_2_4.smac_15_0");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, ethertype) == 0x30 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, ethertype) == 0x10, "fte_match_set_lyr_2_4.ethertype");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, dmac_47_16) == 0x40 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, dmac_47_16) == 0x20, "fte_match_set_lyr_2_4.dmac_47_16");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, dmac_15_0) == 0x60 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, dmac_15_0) == 0x10, "fte_match_set_lyr_2_4.dmac_15_0");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, first_prio) == 0x70 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, first_prio) == 0x3, "fte_match_set_lyr_2_4.first_prio");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, first_cfi) == 0x73 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, first_cfi) == 0x1, "fte_match_set_lyr_2_4.first_cfi");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, first_vid) == 0x74 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, first_vid) == 0xc, "fte_match_set_lyr_2_4.first_vid");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, ip_protocol) == 0x80 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, ip_protocol) == 0x8, "fte_match_set_lyr_2_4.ip_protocol");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, ip_dscp) == 0x88 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, ip_dscp) == 0x6, "fte_match_set_lyr_2_4.ip_dscp");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, ip_ecn) == 0x8e &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, ip_ecn) == 0x2, "fte_match_set_lyr_2_4.ip_ecn");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, cvlan_tag) == 0x90 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, cvlan_tag) == 0x1, "fte_match_set_lyr_2_4.cvlan_tag");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, svlan_tag) == 0x91 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, svlan_tag) == 0x1, "fte_match_set_lyr_2_4.svlan_tag");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, frag) == 0x92 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, frag) == 0x1, "fte_match_set_lyr_2_4.frag");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, ip_version) == 0x93 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, ip_version) == 0x4, "fte_match_set_lyr_2_4.ip_version");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, tcp_flags) == 0x97 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, tcp_flags) == 0x9, "fte_match_set_lyr_2_4.tcp_flags");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, tcp_sport) == 0xa0 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, tcp_sport) == 0x10, "fte_match_set_lyr_2_4.tcp_sport");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, tcp_dport) == 0xb0 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, tcp_dport) == 0x10, "fte_match_set_lyr_2_4.tcp_dport");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, ipv4_ihl) == 0xd0 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, ipv4_ihl) == 0x4, "fte_match_set_lyr_2_4.ipv4_ihl");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, ttl_hoplimit) == 0xd8 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, ttl_hoplimit) == 0x8, "fte_match_set_lyr_2_4.ttl_hoplimit");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, udp_sport) == 0xe0 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, udp_sport) == 0x10, "fte_match_set_lyr_2_4.udp_sport");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, udp_dport) == 0xf0 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, udp_dport) == 0x10, "fte_match_set_lyr_2_4.udp_dport");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, src_ipv4_src_ipv6) == 0x100 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, src_ipv4_src_ipv6) == 0x80, "fte_match_set_lyr_2_4.src_ipv4_src_ipv6");
static_assert(__mlx5_bit_off(fte_match_set_lyr_2_4, dst_ipv4_dst_ipv6) == 0x180 &&
	      __mlx5_bit_sz(fte_match_set_lyr_2_4, dst_ipv4_dst_ipv6) == 0x80, "fte_match_set_lyr_2_4.dst_ipv4_dst_ipv6");

/* struct mlx5_ifc_nvgre_key_bits */
static_assert(__mlx5_bit_off(nvgre_key, hi) == 0x0 &&
	      __mlx5_bit_sz(nvgre_key, hi) == 0x18, "nvgre_key.hi");
static_assert(__mlx5_bit_off(nvgre_key, lo) == 0x18 &&
	      __mlx5_bit_sz(nvgre_key, lo) == 0x8, "nvgre_key.lo");

/* union mlx5_ifc_gre_key_bits */
static_assert(XC_OFF(union mlx5_ifc_gre_key_bits, nvgre) == 0x0 &&
	      XC_SZ(union mlx5_ifc_gre_key_bits, nvgre) == 0x20, "gre_key.nvgre");
static_assert(XC_OFF(union mlx5_ifc_gre_key_bits, key) == 0x0 &&
	      XC_SZ(union mlx5_ifc_gre_key_bits, key) == 0x20, "gre_key.key");

/* struct mlx5_ifc_fte_match_set_misc_bits */
static_assert(__mlx5_bit_off(fte_match_set_misc, gre_c_present) == 0x0 &&
	      __mlx5_bit_sz(fte_match_set_misc, gre_c_present) == 0x1, "fte_match_set_misc.gre_c_present");
static_assert(__mlx5_bit_off(fte_match_set_misc, gre_k_present) == 0x2 &&
	      __mlx5_bit_sz(fte_match_set_misc, gre_k_present) == 0x1, "fte_match_set_misc.gre_k_present");
static_assert(__mlx5_bit_off(fte_match_set_misc, gre_s_present) == 0x3 &&
	      __mlx5_bit_sz(fte_match_set_misc, gre_s_present) == 0x1, "fte_match_set_misc.gre_s_present");
static_assert(__mlx5_bit_off(fte_match_set_misc, source_vhca_port) == 0x4 &&
	      __mlx5_bit_sz(fte_match_set_misc, source_vhca_port) == 0x4, "fte_match_set_misc.source_vhca_port");
static_assert(__mlx5_bit_off(fte_match_set_misc, source_sqn) == 0x8 &&
	      __mlx5_bit_sz(fte_match_set_misc, source_sqn) == 0x18, "fte_match_set_misc.source_sqn");
static_assert(__mlx5_bit_off(fte_match_set_misc, source_eswitch_owner_vhca_id) == 0x20 &&
	      __mlx5_bit_sz(fte_match_set_misc, source_eswitch_owner_vhca_id) == 0x10, "fte_match_set_misc.source_eswitch_owner_vhca_id");
static_assert(__mlx5_bit_off(fte_match_set_misc, source_port) == 0x30 &&
	      __mlx5_bit_sz(fte_match_set_misc, source_port) == 0x10, "fte_match_set_misc.source_port");
static_assert(__mlx5_bit_off(fte_match_set_misc, outer_second_prio) == 0x40 &&
	      __mlx5_bit_sz(fte_match_set_misc, outer_second_prio) == 0x3, "fte_match_set_misc.outer_second_prio");
static_assert(__mlx5_bit_off(fte_match_set_misc, outer_second_cfi) == 0x43 &&
	      __mlx5_bit_sz(fte_match_set_misc, outer_second_cfi) == 0x1, "fte_match_set_misc.outer_second_cfi");
static_assert(__mlx5_bit_off(fte_match_set_misc, outer_second_vid) == 0x44 &&
	      __mlx5_bit_sz(fte_match_set_misc, outer_second_vid) == 0xc, "fte_match_set_misc.outer_second_vid");
static_assert(__mlx5_bit_off(fte_match_set_misc, inner_second_prio) == 0x50 &&
	      __mlx5_bit_sz(fte_match_set_misc, inner_second_prio) == 0x3, "fte_match_set_misc.inner_second_prio");
static_assert(__mlx5_bit_off(fte_match_set_misc, inner_second_cfi) == 0x53 &&
	      __mlx5_bit_sz(fte_match_set_misc, inner_second_cfi) == 0x1, "fte_match_set_misc.inner_second_cfi");
static_assert(__mlx5_bit_off(fte_match_set_misc, inner_second_vid) == 0x54 &&
	      __mlx5_bit_sz(fte_match_set_misc, inner_second_vid) == 0xc, "fte_match_set_misc.inner_second_vid");
static_assert(__mlx5_bit_off(fte_match_set_misc, outer_second_cvlan_tag) == 0x60 &&
	      __mlx5_bit_sz(fte_match_set_misc, outer_second_cvlan_tag) == 0x1, "fte_match_set_misc.outer_second_cvlan_tag");
static_assert(__mlx5_bit_off(fte_match_set_misc, inner_second_cvlan_tag) == 0x61 &&
	      __mlx5_bit_sz(fte_match_set_misc, inner_second_cvlan_tag) == 0x1, "fte_match_set_misc.inner_second_cvlan_tag");
static_assert(__mlx5_bit_off(fte_match_set_misc, outer_second_svlan_tag) == 0x62 &&
	      __mlx5_bit_sz(fte_match_set_misc, outer_second_svlan_tag) == 0x1, "fte_match_set_misc.outer_second_svlan_tag");
static_assert(__mlx5_bit_off(fte_match_set_misc, inner_second_svlan_tag) == 0x63 &&
	      __mlx5_bit_sz(fte_match_set_misc, inner_second_svlan_tag) == 0x1, "fte_match_set_misc.inner_second_svlan_tag");
static_assert(__mlx5_bit_off(fte_match_set_misc, gre_protocol) == 0x70 &&
	      __mlx5_bit_sz(fte_match_set_misc, gre_protocol) == 0x10, "fte_match_set_misc.gre_protocol");
static_assert(__mlx5_bit_off(fte_match_set_misc, gre_key) == 0x80 &&
	      __mlx5_bit_sz(fte_match_set_misc, gre_key) == 0x20, "fte_match_set_misc.gre_key");
static_assert(__mlx5_bit_off(fte_match_set_misc, vxlan_vni) == 0xa0 &&
	      __mlx5_bit_sz(fte_match_set_misc, vxlan_vni) == 0x18, "fte_match_set_misc.vxlan_vni");
static_assert(__mlx5_bit_off(fte_match_set_misc, bth_opcode) == 0xb8 &&
	      __mlx5_bit_sz(fte_match_set_misc, bth_opcode) == 0x8, "fte_match_set_misc.bth_opcode");
static_assert(__mlx5_bit_off(fte_match_set_misc, geneve_vni) == 0xc0 &&
	      __mlx5_bit_sz(fte_match_set_misc, geneve_vni) == 0x18, "fte_match_set_misc.geneve_vni");
static_assert(__mlx5_bit_off(fte_match_set_misc, geneve_tlv_option_0_exist) == 0xde &&
	      __mlx5_bit_sz(fte_match_set_misc, geneve_tlv_option_0_exist) == 0x1, "fte_match_set_misc.geneve_tlv_option_0_exist");
static_assert(__mlx5_bit_off(fte_match_set_misc, geneve_oam) == 0xdf &&
	      __mlx5_bit_sz(fte_match_set_misc, geneve_oam) == 0x1, "fte_match_set_misc.geneve_oam");
static_assert(__mlx5_bit_off(fte_match_set_misc, outer_ipv6_flow_label) == 0xec &&
	      __mlx5_bit_sz(fte_match_set_misc, outer_ipv6_flow_label) == 0x14, "fte_match_set_misc.outer_ipv6_flow_label");
static_assert(__mlx5_bit_off(fte_match_set_misc, inner_ipv6_flow_label) == 0x10c &&
	      __mlx5_bit_sz(fte_match_set_misc, inner_ipv6_flow_label) == 0x14, "fte_match_set_misc.inner_ipv6_flow_label");
static_assert(__mlx5_bit_off(fte_match_set_misc, geneve_opt_len) == 0x12a &&
	      __mlx5_bit_sz(fte_match_set_misc, geneve_opt_len) == 0x6, "fte_match_set_misc.geneve_opt_len");
static_assert(__mlx5_bit_off(fte_match_set_misc, geneve_protocol_type) == 0x130 &&
	      __mlx5_bit_sz(fte_match_set_misc, geneve_protocol_type) == 0x10, "fte_match_set_misc.geneve_protocol_type");
static_assert(__mlx5_bit_off(fte_match_set_misc, bth_dst_qp) == 0x148 &&
	      __mlx5_bit_sz(fte_match_set_misc, bth_dst_qp) == 0x18, "fte_match_set_misc.bth_dst_qp");
static_assert(__mlx5_bit_off(fte_match_set_misc, outer_esp_spi) == 0x180 &&
	      __mlx5_bit_sz(fte_match_set_misc, outer_esp_spi) == 0x20, "fte_match_set_misc.outer_esp_spi");

/* struct mlx5_ifc_fte_match_mpls_bits */
static_assert(__mlx5_bit_off(fte_match_mpls, mpls_label) == 0x0 &&
	      __mlx5_bit_sz(fte_match_mpls, mpls_label) == 0x14, "fte_match_mpls.mpls_label");
static_assert(__mlx5_bit_off(fte_match_mpls, mpls_exp) == 0x14 &&
	      __mlx5_bit_sz(fte_match_mpls, mpls_exp) == 0x3, "fte_match_mpls.mpls_exp");
static_assert(__mlx5_bit_off(fte_match_mpls, mpls_s_bos) == 0x17 &&
	      __mlx5_bit_sz(fte_match_mpls, mpls_s_bos) == 0x1, "fte_match_mpls.mpls_s_bos");
static_assert(__mlx5_bit_off(fte_match_mpls, mpls_ttl) == 0x18 &&
	      __mlx5_bit_sz(fte_match_mpls, mpls_ttl) == 0x8, "fte_match_mpls.mpls_ttl");

/* struct mlx5_ifc_fte_match_set_misc2_bits */
static_assert(__mlx5_bit_off(fte_match_set_misc2, outer_first_mpls) == 0x0 &&
	      __mlx5_bit_sz(fte_match_set_misc2, outer_first_mpls) == 0x20, "fte_match_set_misc2.outer_first_mpls");
static_assert(__mlx5_bit_off(fte_match_set_misc2, inner_first_mpls) == 0x20 &&
	      __mlx5_bit_sz(fte_match_set_misc2, inner_first_mpls) == 0x20, "fte_match_set_misc2.inner_first_mpls");
static_assert(__mlx5_bit_off(fte_match_set_misc2, outer_first_mpls_over_gre) == 0x40 &&
	      __mlx5_bit_sz(fte_match_set_misc2, outer_first_mpls_over_gre) == 0x20, "fte_match_set_misc2.outer_first_mpls_over_gre");
static_assert(__mlx5_bit_off(fte_match_set_misc2, outer_first_mpls_over_udp) == 0x60 &&
	      __mlx5_bit_sz(fte_match_set_misc2, outer_first_mpls_over_udp) == 0x20, "fte_match_set_misc2.outer_first_mpls_over_udp");
static_assert(__mlx5_bit_off(fte_match_set_misc2, metadata_reg_c_7) == 0x80 &&
	      __mlx5_bit_sz(fte_match_set_misc2, metadata_reg_c_7) == 0x20, "fte_match_set_misc2.metadata_reg_c_7");
static_assert(__mlx5_bit_off(fte_match_set_misc2, metadata_reg_c_6) == 0xa0 &&
	      __mlx5_bit_sz(fte_match_set_misc2, metadata_reg_c_6) == 0x20, "fte_match_set_misc2.metadata_reg_c_6");
static_assert(__mlx5_bit_off(fte_match_set_misc2, metadata_reg_c_5) == 0xc0 &&
	      __mlx5_bit_sz(fte_match_set_misc2, metadata_reg_c_5) == 0x20, "fte_match_set_misc2.metadata_reg_c_5");
static_assert(__mlx5_bit_off(fte_match_set_misc2, metadata_reg_c_4) == 0xe0 &&
	      __mlx5_bit_sz(fte_match_set_misc2, metadata_reg_c_4) == 0x20, "fte_match_set_misc2.metadata_reg_c_4");
static_assert(__mlx5_bit_off(fte_match_set_misc2, metadata_reg_c_3) == 0x100 &&
	      __mlx5_bit_sz(fte_match_set_misc2, metadata_reg_c_3) == 0x20, "fte_match_set_misc2.metadata_reg_c_3");
static_assert(__mlx5_bit_off(fte_match_set_misc2, metadata_reg_c_2) == 0x120 &&
	      __mlx5_bit_sz(fte_match_set_misc2, metadata_reg_c_2) == 0x20, "fte_match_set_misc2.metadata_reg_c_2");
static_assert(__mlx5_bit_off(fte_match_set_misc2, metadata_reg_c_1) == 0x140 &&
	      __mlx5_bit_sz(fte_match_set_misc2, metadata_reg_c_1) == 0x20, "fte_match_set_misc2.metadata_reg_c_1");
static_assert(__mlx5_bit_off(fte_match_set_misc2, metadata_reg_c_0) == 0x160 &&
	      __mlx5_bit_sz(fte_match_set_misc2, metadata_reg_c_0) == 0x20, "fte_match_set_misc2.metadata_reg_c_0");
static_assert(__mlx5_bit_off(fte_match_set_misc2, metadata_reg_a) == 0x180 &&
	      __mlx5_bit_sz(fte_match_set_misc2, metadata_reg_a) == 0x20, "fte_match_set_misc2.metadata_reg_a");
static_assert(__mlx5_bit_off(fte_match_set_misc2, macsec_syndrome) == 0x1a8 &&
	      __mlx5_bit_sz(fte_match_set_misc2, macsec_syndrome) == 0x8, "fte_match_set_misc2.macsec_syndrome");

/* struct mlx5_ifc_fte_match_set_misc3_bits */
static_assert(__mlx5_bit_off(fte_match_set_misc3, inner_tcp_seq_num) == 0x0 &&
	      __mlx5_bit_sz(fte_match_set_misc3, inner_tcp_seq_num) == 0x20, "fte_match_set_misc3.inner_tcp_seq_num");
static_assert(__mlx5_bit_off(fte_match_set_misc3, outer_tcp_seq_num) == 0x20 &&
	      __mlx5_bit_sz(fte_match_set_misc3, outer_tcp_seq_num) == 0x20, "fte_match_set_misc3.outer_tcp_seq_num");
static_assert(__mlx5_bit_off(fte_match_set_misc3, inner_tcp_ack_num) == 0x40 &&
	      __mlx5_bit_sz(fte_match_set_misc3, inner_tcp_ack_num) == 0x20, "fte_match_set_misc3.inner_tcp_ack_num");
static_assert(__mlx5_bit_off(fte_match_set_misc3, outer_tcp_ack_num) == 0x60 &&
	      __mlx5_bit_sz(fte_match_set_misc3, outer_tcp_ack_num) == 0x20, "fte_match_set_misc3.outer_tcp_ack_num");
static_assert(__mlx5_bit_off(fte_match_set_misc3, outer_vxlan_gpe_vni) == 0x88 &&
	      __mlx5_bit_sz(fte_match_set_misc3, outer_vxlan_gpe_vni) == 0x18, "fte_match_set_misc3.outer_vxlan_gpe_vni");
static_assert(__mlx5_bit_off(fte_match_set_misc3, outer_vxlan_gpe_next_protocol) == 0xa0 &&
	      __mlx5_bit_sz(fte_match_set_misc3, outer_vxlan_gpe_next_protocol) == 0x8, "fte_match_set_misc3.outer_vxlan_gpe_next_protocol");
static_assert(__mlx5_bit_off(fte_match_set_misc3, outer_vxlan_gpe_flags) == 0xa8 &&
	      __mlx5_bit_sz(fte_match_set_misc3, outer_vxlan_gpe_flags) == 0x8, "fte_match_set_misc3.outer_vxlan_gpe_flags");
static_assert(__mlx5_bit_off(fte_match_set_misc3, icmp_header_data) == 0xc0 &&
	      __mlx5_bit_sz(fte_match_set_misc3, icmp_header_data) == 0x20, "fte_match_set_misc3.icmp_header_data");
static_assert(__mlx5_bit_off(fte_match_set_misc3, icmpv6_header_data) == 0xe0 &&
	      __mlx5_bit_sz(fte_match_set_misc3, icmpv6_header_data) == 0x20, "fte_match_set_misc3.icmpv6_header_data");
static_assert(__mlx5_bit_off(fte_match_set_misc3, icmp_type) == 0x100 &&
	      __mlx5_bit_sz(fte_match_set_misc3, icmp_type) == 0x8, "fte_match_set_misc3.icmp_type");
static_assert(__mlx5_bit_off(fte_match_set_misc3, icmp_code) == 0x108 &&
	      __mlx5_bit_sz(fte_match_set_misc3, icmp_code) == 0x8, "fte_match_set_misc3.icmp_code");
static_assert(__mlx5_bit_off(fte_match_set_misc3, icmpv6_type) == 0x110 &&
	      __mlx5_bit_sz(fte_match_set_misc3, icmpv6_type) == 0x8, "fte_match_set_misc3.icmpv6_type");
static_assert(__mlx5_bit_off(fte_match_set_misc3, icmpv6_code) == 0x118 &&
	      __mlx5_bit_sz(fte_match_set_misc3, icmpv6_code) == 0x8, "fte_match_set_misc3.icmpv6_code");
static_assert(__mlx5_bit_off(fte_match_set_misc3, geneve_tlv_option_0_data) == 0x120 &&
	      __mlx5_bit_sz(fte_match_set_misc3, geneve_tlv_option_0_data) == 0x20, "fte_match_set_misc3.geneve_tlv_option_0_data");
static_assert(__mlx5_bit_off(fte_match_set_misc3, gtpu_teid) == 0x140 &&
	      __mlx5_bit_sz(fte_match_set_misc3, gtpu_teid) == 0x20, "fte_match_set_misc3.gtpu_teid");
static_assert(__mlx5_bit_off(fte_match_set_misc3, gtpu_msg_type) == 0x160 &&
	      __mlx5_bit_sz(fte_match_set_misc3, gtpu_msg_type) == 0x8, "fte_match_set_misc3.gtpu_msg_type");
static_assert(__mlx5_bit_off(fte_match_set_misc3, gtpu_msg_flags) == 0x168 &&
	      __mlx5_bit_sz(fte_match_set_misc3, gtpu_msg_flags) == 0x8, "fte_match_set_misc3.gtpu_msg_flags");
static_assert(__mlx5_bit_off(fte_match_set_misc3, gtpu_dw_2) == 0x180 &&
	      __mlx5_bit_sz(fte_match_set_misc3, gtpu_dw_2) == 0x20, "fte_match_set_misc3.gtpu_dw_2");
static_assert(__mlx5_bit_off(fte_match_set_misc3, gtpu_first_ext_dw_0) == 0x1a0 &&
	      __mlx5_bit_sz(fte_match_set_misc3, gtpu_first_ext_dw_0) == 0x20, "fte_match_set_misc3.gtpu_first_ext_dw_0");
static_assert(__mlx5_bit_off(fte_match_set_misc3, gtpu_dw_0) == 0x1c0 &&
	      __mlx5_bit_sz(fte_match_set_misc3, gtpu_dw_0) == 0x20, "fte_match_set_misc3.gtpu_dw_0");

/* struct mlx5_ifc_fte_match_set_misc4_bits */
static_assert(__mlx5_bit_off(fte_match_set_misc4, prog_sample_field_value_0) == 0x0 &&
	      __mlx5_bit_sz(fte_match_set_misc4, prog_sample_field_value_0) == 0x20, "fte_match_set_misc4.prog_sample_field_value_0");
static_assert(__mlx5_bit_off(fte_match_set_misc4, prog_sample_field_id_0) == 0x20 &&
	      __mlx5_bit_sz(fte_match_set_misc4, prog_sample_field_id_0) == 0x20, "fte_match_set_misc4.prog_sample_field_id_0");
static_assert(__mlx5_bit_off(fte_match_set_misc4, prog_sample_field_value_1) == 0x40 &&
	      __mlx5_bit_sz(fte_match_set_misc4, prog_sample_field_value_1) == 0x20, "fte_match_set_misc4.prog_sample_field_value_1");
static_assert(__mlx5_bit_off(fte_match_set_misc4, prog_sample_field_id_1) == 0x60 &&
	      __mlx5_bit_sz(fte_match_set_misc4, prog_sample_field_id_1) == 0x20, "fte_match_set_misc4.prog_sample_field_id_1");
static_assert(__mlx5_bit_off(fte_match_set_misc4, prog_sample_field_value_2) == 0x80 &&
	      __mlx5_bit_sz(fte_match_set_misc4, prog_sample_field_value_2) == 0x20, "fte_match_set_misc4.prog_sample_field_value_2");
static_assert(__mlx5_bit_off(fte_match_set_misc4, prog_sample_field_id_2) == 0xa0 &&
	      __mlx5_bit_sz(fte_match_set_misc4, prog_sample_field_id_2) == 0x20, "fte_match_set_misc4.prog_sample_field_id_2");
static_assert(__mlx5_bit_off(fte_match_set_misc4, prog_sample_field_value_3) == 0xc0 &&
	      __mlx5_bit_sz(fte_match_set_misc4, prog_sample_field_value_3) == 0x20, "fte_match_set_misc4.prog_sample_field_value_3");
static_assert(__mlx5_bit_off(fte_match_set_misc4, prog_sample_field_id_3) == 0xe0 &&
	      __mlx5_bit_sz(fte_match_set_misc4, prog_sample_field_id_3) == 0x20, "fte_match_set_misc4.prog_sample_field_id_3");

/* struct mlx5_ifc_fte_match_set_misc5_bits */
static_assert(__mlx5_bit_off(fte_match_set_misc5, macsec_tag_0) == 0x0 &&
	      __mlx5_bit_sz(fte_match_set_misc5, macsec_tag_0) == 0x20, "fte_match_set_misc5.macsec_tag_0");
static_assert(__mlx5_bit_off(fte_match_set_misc5, macsec_tag_1) == 0x20 &&
	      __mlx5_bit_sz(fte_match_set_misc5, macsec_tag_1) == 0x20, "fte_match_set_misc5.macsec_tag_1");
static_assert(__mlx5_bit_off(fte_match_set_misc5, macsec_tag_2) == 0x40 &&
	      __mlx5_bit_sz(fte_match_set_misc5, macsec_tag_2) == 0x20, "fte_match_set_misc5.macsec_tag_2");
static_assert(__mlx5_bit_off(fte_match_set_misc5, macsec_tag_3) == 0x60 &&
	      __mlx5_bit_sz(fte_match_set_misc5, macsec_tag_3) == 0x20, "fte_match_set_misc5.macsec_tag_3");
static_assert(__mlx5_bit_off(fte_match_set_misc5, tunnel_header_0) == 0x80 &&
	      __mlx5_bit_sz(fte_match_set_misc5, tunnel_header_0) == 0x20, "fte_match_set_misc5.tunnel_header_0");
static_assert(__mlx5_bit_off(fte_match_set_misc5, tunnel_header_1) == 0xa0 &&
	      __mlx5_bit_sz(fte_match_set_misc5, tunnel_header_1) == 0x20, "fte_match_set_misc5.tunnel_header_1");
static_assert(__mlx5_bit_off(fte_match_set_misc5, tunnel_header_2) == 0xc0 &&
	      __mlx5_bit_sz(fte_match_set_misc5, tunnel_header_2) == 0x20, "fte_match_set_misc5.tunnel_header_2");
static_assert(__mlx5_bit_off(fte_match_set_misc5, tunnel_header_3) == 0xe0 &&
	      __mlx5_bit_sz(fte_match_set_misc5, tunnel_header_3) == 0x20, "fte_match_set_misc5.tunnel_header_3");

/* struct mlx5_ifc_cmd_pas_bits */
static_assert(__mlx5_bit_off(cmd_pas, pa_h) == 0x0 &&
	      __mlx5_bit_sz(cmd_pas, pa_h) == 0x20, "cmd_pas.pa_h");
static_assert(__mlx5_bit_off(cmd_pas, pa_l) == 0x20 &&
	      __mlx5_bit_sz(cmd_pas, pa_l) == 0x14, "cmd_pas.pa_l");

/* struct mlx5_ifc_uint64_bits */
static_assert(__mlx5_bit_off(uint64, hi) == 0x0 &&
	      __mlx5_bit_sz(uint64, hi) == 0x20, "uint64.hi");
static_assert(__mlx5_bit_off(uint64, lo) == 0x20 &&
	      __mlx5_bit_sz(uint64, lo) == 0x20, "uint64.lo");

/* struct mlx5_ifc_ads_bits */
static_assert(__mlx5_bit_off(ads, fl) == 0x0 &&
	      __mlx5_bit_sz(ads, fl) == 0x1, "ads.fl");
static_assert(__mlx5_bit_off(ads, free_ar) == 0x1 &&
	      __mlx5_bit_sz(ads, free_ar) == 0x1, "ads.free_ar");
static_assert(__mlx5_bit_off(ads, pkey_index) == 0x10 &&
	      __mlx5_bit_sz(ads, pkey_index) == 0x10, "ads.pkey_index");
static_assert(__mlx5_bit_off(ads, grh) == 0x28 &&
	      __mlx5_bit_sz(ads, grh) == 0x1, "ads.grh");
static_assert(__mlx5_bit_off(ads, mlid) == 0x29 &&
	      __mlx5_bit_sz(ads, mlid) == 0x7, "ads.mlid");
static_assert(__mlx5_bit_off(ads, rlid) == 0x30 &&
	      __mlx5_bit_sz(ads, rlid) == 0x10, "ads.rlid");
static_assert(__mlx5_bit_off(ads, ack_timeout) == 0x40 &&
	      __mlx5_bit_sz(ads, ack_timeout) == 0x5, "ads.ack_timeout");
static_assert(__mlx5_bit_off(ads, src_addr_index) == 0x48 &&
	      __mlx5_bit_sz(ads, src_addr_index) == 0x8, "ads.src_addr_index");
static_assert(__mlx5_bit_off(ads, stat_rate) == 0x54 &&
	      __mlx5_bit_sz(ads, stat_rate) == 0x4, "ads.stat_rate");
static_assert(__mlx5_bit_off(ads, hop_limit) == 0x58 &&
	      __mlx5_bit_sz(ads, hop_limit) == 0x8, "ads.hop_limit");
static_assert(__mlx5_bit_off(ads, tclass) == 0x64 &&
	      __mlx5_bit_sz(ads, tclass) == 0x8, "ads.tclass");
static_assert(__mlx5_bit_off(ads, flow_label) == 0x6c &&
	      __mlx5_bit_sz(ads, flow_label) == 0x14, "ads.flow_label");
static_assert(__mlx5_bit_off(ads, rgid_rip) == 0x80 &&
	      __mlx5_bit_sz(ads, rgid_rip) == 0x80, "ads.rgid_rip");
static_assert(__mlx5_bit_off(ads, f_dscp) == 0x104 &&
	      __mlx5_bit_sz(ads, f_dscp) == 0x1, "ads.f_dscp");
static_assert(__mlx5_bit_off(ads, f_ecn) == 0x105 &&
	      __mlx5_bit_sz(ads, f_ecn) == 0x1, "ads.f_ecn");
static_assert(__mlx5_bit_off(ads, f_eth_prio) == 0x107 &&
	      __mlx5_bit_sz(ads, f_eth_prio) == 0x1, "ads.f_eth_prio");
static_assert(__mlx5_bit_off(ads, ecn) == 0x108 &&
	      __mlx5_bit_sz(ads, ecn) == 0x2, "ads.ecn");
static_assert(__mlx5_bit_off(ads, dscp) == 0x10a &&
	      __mlx5_bit_sz(ads, dscp) == 0x6, "ads.dscp");
static_assert(__mlx5_bit_off(ads, udp_sport) == 0x110 &&
	      __mlx5_bit_sz(ads, udp_sport) == 0x10, "ads.udp_sport");
static_assert(__mlx5_bit_off(ads, dei_cfi) == 0x120 &&
	      __mlx5_bit_sz(ads, dei_cfi) == 0x1, "ads.dei_cfi");
static_assert(__mlx5_bit_off(ads, eth_prio) == 0x121 &&
	      __mlx5_bit_sz(ads, eth_prio) == 0x3, "ads.eth_prio");
static_assert(__mlx5_bit_off(ads, sl) == 0x124 &&
	      __mlx5_bit_sz(ads, sl) == 0x4, "ads.sl");
static_assert(__mlx5_bit_off(ads, vhca_port_num) == 0x128 &&
	      __mlx5_bit_sz(ads, vhca_port_num) == 0x8, "ads.vhca_port_num");
static_assert(__mlx5_bit_off(ads, rmac_47_32) == 0x130 &&
	      __mlx5_bit_sz(ads, rmac_47_32) == 0x10, "ads.rmac_47_32");
static_assert(__mlx5_bit_off(ads, rmac_31_0) == 0x140 &&
	      __mlx5_bit_sz(ads, rmac_31_0) == 0x20, "ads.rmac_31_0");

/* struct mlx5_ifc_flow_table_nic_cap_bits */
static_assert(__mlx5_bit_off(flow_table_nic_cap, nic_rx_multi_path_tirs) == 0x0 &&
	      __mlx5_bit_sz(flow_table_nic_cap, nic_rx_multi_path_tirs) == 0x1, "flow_table_nic_cap.nic_rx_multi_path_tirs");
static_assert(__mlx5_bit_off(flow_table_nic_cap, nic_rx_multi_path_tirs_fts) == 0x1 &&
	      __mlx5_bit_sz(flow_table_nic_cap, nic_rx_multi_path_tirs_fts) == 0x1, "flow_table_nic_cap.nic_rx_multi_path_tirs_fts");
static_assert(__mlx5_bit_off(flow_table_nic_cap, allow_sniffer_and_nic_rx_shared_tir) == 0x2 &&
	      __mlx5_bit_sz(flow_table_nic_cap, allow_sniffer_and_nic_rx_shared_tir) == 0x1, "flow_table_nic_cap.allow_sniffer_and_nic_rx_shared_tir");
static_assert(__mlx5_bit_off(flow_table_nic_cap, sw_owner_reformat_supported) == 0x7 &&
	      __mlx5_bit_sz(flow_table_nic_cap, sw_owner_reformat_supported) == 0x1, "flow_table_nic_cap.sw_owner_reformat_supported");
static_assert(__mlx5_bit_off(flow_table_nic_cap, encap_general_header) == 0x20 &&
	      __mlx5_bit_sz(flow_table_nic_cap, encap_general_header) == 0x1, "flow_table_nic_cap.encap_general_header");
static_assert(__mlx5_bit_off(flow_table_nic_cap, log_max_packet_reformat_context) == 0x2b &&
	      __mlx5_bit_sz(flow_table_nic_cap, log_max_packet_reformat_context) == 0x5, "flow_table_nic_cap.log_max_packet_reformat_context");
static_assert(__mlx5_bit_off(flow_table_nic_cap, max_encap_header_size) == 0x36 &&
	      __mlx5_bit_sz(flow_table_nic_cap, max_encap_header_size) == 0xa, "flow_table_nic_cap.max_encap_header_size");
static_assert(__mlx5_bit_off(flow_table_nic_cap, flow_table_properties_nic_receive) == 0x200 &&
	      __mlx5_bit_sz(flow_table_nic_cap, flow_table_properties_nic_receive) == 0x200, "flow_table_nic_cap.flow_table_properties_nic_receive");
static_assert(__mlx5_bit_off(flow_table_nic_cap, flow_table_properties_nic_receive_rdma) == 0x400 &&
	      __mlx5_bit_sz(flow_table_nic_cap, flow_table_properties_nic_receive_rdma) == 0x200, "flow_table_nic_cap.flow_table_properties_nic_receive_rdma");
static_assert(__mlx5_bit_off(flow_table_nic_cap, flow_table_properties_nic_receive_sniffer) == 0x600 &&
	      __mlx5_bit_sz(flow_table_nic_cap, flow_table_properties_nic_receive_sniffer) == 0x200, "flow_table_nic_cap.flow_table_properties_nic_receive_sniffer");
static_assert(__mlx5_bit_off(flow_table_nic_cap, flow_table_properties_nic_transmit) == 0x800 &&
	      __mlx5_bit_sz(flow_table_nic_cap, flow_table_properties_nic_transmit) == 0x200, "flow_table_nic_cap.flow_table_properties_nic_transmit");
static_assert(__mlx5_bit_off(flow_table_nic_cap, flow_table_properties_nic_transmit_rdma) == 0xa00 &&
	      __mlx5_bit_sz(flow_table_nic_cap, flow_table_properties_nic_transmit_rdma) == 0x200, "flow_table_nic_cap.flow_table_properties_nic_transmit_rdma");
static_assert(__mlx5_bit_off(flow_table_nic_cap, flow_table_properties_nic_transmit_sniffer) == 0xc00 &&
	      __mlx5_bit_sz(flow_table_nic_cap, flow_table_properties_nic_transmit_sniffer) == 0x200, "flow_table_nic_cap.flow_table_properties_nic_transmit_sniffer");
static_assert(__mlx5_bit_off(flow_table_nic_cap, ft_field_support_2_nic_receive_rdma) == 0x1500 &&
	      __mlx5_bit_sz(flow_table_nic_cap, ft_field_support_2_nic_receive_rdma) == 0x80, "flow_table_nic_cap.ft_field_support_2_nic_receive_rdma");
static_assert(__mlx5_bit_off(flow_table_nic_cap, ft_field_support_2_nic_transmit_rdma) == 0x1800 &&
	      __mlx5_bit_sz(flow_table_nic_cap, ft_field_support_2_nic_transmit_rdma) == 0x80, "flow_table_nic_cap.ft_field_support_2_nic_transmit_rdma");
static_assert(__mlx5_bit_off(flow_table_nic_cap, sw_steering_nic_rx_action_drop_icm_address) == 0x2000 &&
	      __mlx5_bit_sz(flow_table_nic_cap, sw_steering_nic_rx_action_drop_icm_address) == 0x40, "flow_table_nic_cap.sw_steering_nic_rx_action_drop_icm_address");
static_assert(__mlx5_bit_off(flow_table_nic_cap, sw_steering_nic_tx_action_drop_icm_address) == 0x2040 &&
	      __mlx5_bit_sz(flow_table_nic_cap, sw_steering_nic_tx_action_drop_icm_address) == 0x40, "flow_table_nic_cap.sw_steering_nic_tx_action_drop_icm_address");
static_assert(__mlx5_bit_off(flow_table_nic_cap, sw_steering_nic_tx_action_allow_icm_address) == 0x2080 &&
	      __mlx5_bit_sz(flow_table_nic_cap, sw_steering_nic_tx_action_allow_icm_address) == 0x40, "flow_table_nic_cap.sw_steering_nic_tx_action_allow_icm_address");

/* struct mlx5_ifc_port_selection_cap_bits */
static_assert(__mlx5_bit_off(port_selection_cap, port_select_flow_table) == 0x10 &&
	      __mlx5_bit_sz(port_selection_cap, port_select_flow_table) == 0x1, "port_selection_cap.port_select_flow_table");
static_assert(__mlx5_bit_off(port_selection_cap, port_select_flow_table_bypass) == 0x12 &&
	      __mlx5_bit_sz(port_selection_cap, port_select_flow_table_bypass) == 0x1, "port_selection_cap.port_select_flow_table_bypass");
static_assert(__mlx5_bit_off(port_selection_cap, flow_table_properties_port_selection) == 0x200 &&
	      __mlx5_bit_sz(port_selection_cap, flow_table_properties_port_selection) == 0x200, "port_selection_cap.flow_table_properties_port_selection");

/* struct mlx5_ifc_flow_table_eswitch_cap_bits */
static_assert(__mlx5_bit_off(flow_table_eswitch_cap, fdb_to_vport_reg_c_id) == 0x0 &&
	      __mlx5_bit_sz(flow_table_eswitch_cap, fdb_to_vport_reg_c_id) == 0x8, "flow_table_eswitch_cap.fdb_to_vport_reg_c_id");
static_assert(__mlx5_bit_off(flow_table_eswitch_cap, fdb_modify_header_fwd_to_table) == 0x15 &&
	      __mlx5_bit_sz(flow_table_eswitch_cap, fdb_modify_header_fwd_to_table) == 0x1, "flow_table_eswitch_cap.fdb_modify_header_fwd_to_table");
static_assert(__mlx5_bit_off(flow_table_eswitch_cap, fdb_ipv4_ttl_modify) == 0x16 &&
	      __mlx5_bit_sz(flow_table_eswitch_cap, fdb_ipv4_ttl_modify) == 0x1, "flow_table_eswitch_cap.fdb_ipv4_ttl_modify");
static_assert(__mlx5_bit_off(flow_table_eswitch_cap, flow_source) == 0x17 &&
	      __mlx5_bit_sz(flow_table_eswitch_cap, flow_source) == 0x1, "flow_table_eswitch_cap.flow_source");
static_assert(__mlx5_bit_off(flow_table_eswitch_cap, multi_fdb_encap) == 0x1a &&
	      __mlx5_bit_sz(flow_table_eswitch_cap, multi_fdb_encap) == 0x1, "flow_table_eswitch_cap.multi_fdb_encap");
static_assert(__mlx5_bit_off(flow_table_eswitch_cap, egress_acl_forward_to_vport) == 0x1b &&
	      __mlx5_bit_sz(flow_table_eswitch_cap, egress_acl_forward_to_vport) == 0x1, "flow_table_eswitch_cap.egress_acl_forward_to_vport");
static_assert(__mlx5_bit_off(flow_table_eswitch_cap, fdb_multi_path_to_table) == 0x1c &&
	      __mlx5_bit_sz(flow_table_eswitch_cap, fdb_multi_path_to_table) == 0x1, "flow_table_eswitch_cap.fdb_multi_path_to_table");
static_assert(__mlx5_bit_off(flow_table_eswitch_cap, flow_table_properties_nic_esw_fdb) == 0x200 &&
	      __mlx5_bit_sz(flow_table_eswitch_cap, flow_table_properties_nic_esw_fdb) == 0x200, "flow_table_eswitch_cap.flow_table_properties_nic_esw_fdb");
static_assert(__mlx5_bit_off(flow_table_eswitch_cap, flow_table_properties_esw_acl_ingress) == 0x400 &&
	      __mlx5_bit_sz(flow_table_eswitch_cap, flow_table_properties_esw_acl_ingress) == 0x200, "flow_table_eswitch_cap.flow_table_properties_esw_acl_ingress");
static_assert(__mlx5_bit_off(flow_table_eswitch_cap, flow_table_properties_esw_acl_egress) == 0x600 &&
	      __mlx5_bit_sz(flow_table_eswitch_cap, flow_table_properties_esw_acl_egress) == 0x200, "flow_table_eswitch_cap.flow_table_properties_esw_acl_egress");
static_assert(__mlx5_bit_off(flow_table_eswitch_cap, sw_steering_fdb_action_drop_icm_address_rx) == 0x1800 &&
	      __mlx5_bit_sz(flow_table_eswitch_cap, sw_steering_fdb_action_drop_icm_address_rx) == 0x40, "flow_table_eswitch_cap.sw_steering_fdb_action_drop_icm_address_rx");
static_assert(__mlx5_bit_off(flow_table_eswitch_cap, sw_steering_fdb_action_drop_icm_address_tx) == 0x1840 &&
	      __mlx5_bit_sz(flow_table_eswitch_cap, sw_steering_fdb_action_drop_icm_address_tx) == 0x40, "flow_table_eswitch_cap.sw_steering_fdb_action_drop_icm_address_tx");
static_assert(__mlx5_bit_off(flow_table_eswitch_cap, sw_steering_uplink_icm_address_rx) == 0x1880 &&
	      __mlx5_bit_sz(flow_table_eswitch_cap, sw_steering_uplink_icm_address_rx) == 0x40, "flow_table_eswitch_cap.sw_steering_uplink_icm_address_rx");
static_assert(__mlx5_bit_off(flow_table_eswitch_cap, sw_steering_uplink_icm_address_tx) == 0x18c0 &&
	      __mlx5_bit_sz(flow_table_eswitch_cap, sw_steering_uplink_icm_address_tx) == 0x40, "flow_table_eswitch_cap.sw_steering_uplink_icm_address_tx");

/* struct mlx5_ifc_e_switch_cap_bits */
static_assert(__mlx5_bit_off(e_switch_cap, vport_svlan_strip) == 0x0 &&
	      __mlx5_bit_sz(e_switch_cap, vport_svlan_strip) == 0x1, "e_switch_cap.vport_svlan_strip");
static_assert(__mlx5_bit_off(e_switch_cap, vport_cvlan_strip) == 0x1 &&
	      __mlx5_bit_sz(e_switch_cap, vport_cvlan_strip) == 0x1, "e_switch_cap.vport_cvlan_strip");
static_assert(__mlx5_bit_off(e_switch_cap, vport_svlan_insert) == 0x2 &&
	      __mlx5_bit_sz(e_switch_cap, vport_svlan_insert) == 0x1, "e_switch_cap.vport_svlan_insert");
static_assert(__mlx5_bit_off(e_switch_cap, vport_cvlan_insert_if_not_exist) == 0x3 &&
	      __mlx5_bit_sz(e_switch_cap, vport_cvlan_insert_if_not_exist) == 0x1, "e_switch_cap.vport_cvlan_insert_if_not_exist");
static_assert(__mlx5_bit_off(e_switch_cap, vport_cvlan_insert_overwrite) == 0x4 &&
	      __mlx5_bit_sz(e_switch_cap, vport_cvlan_insert_overwrite) == 0x1, "e_switch_cap.vport_cvlan_insert_overwrite");
static_assert(__mlx5_bit_off(e_switch_cap, vport_cvlan_insert_always) == 0x6 &&
	      __mlx5_bit_sz(e_switch_cap, vport_cvlan_insert_always) == 0x1, "e_switch_cap.vport_cvlan_insert_always");
static_assert(__mlx5_bit_off(e_switch_cap, esw_shared_ingress_acl) == 0x7 &&
	      __mlx5_bit_sz(e_switch_cap, esw_shared_ingress_acl) == 0x1, "e_switch_cap.esw_shared_ingress_acl");
static_assert(__mlx5_bit_off(e_switch_cap, esw_uplink_ingress_acl) == 0x8 &&
	      __mlx5_bit_sz(e_switch_cap, esw_uplink_ingress_acl) == 0x1, "e_switch_cap.esw_uplink_ingress_acl");
static_assert(__mlx5_bit_off(e_switch_cap, root_ft_on_other_esw) == 0x9 &&
	      __mlx5_bit_sz(e_switch_cap, root_ft_on_other_esw) == 0x1, "e_switch_cap.root_ft_on_other_esw");
static_assert(__mlx5_bit_off(e_switch_cap, esw_functions_changed) == 0x19 &&
	      __mlx5_bit_sz(e_switch_cap, esw_functions_changed) == 0x1, "e_switch_cap.esw_functions_changed");
static_assert(__mlx5_bit_off(e_switch_cap, ecpf_vport_exists) == 0x1b &&
	      __mlx5_bit_sz(e_switch_cap, ecpf_vport_exists) == 0x1, "e_switch_cap.ecpf_vport_exists");
static_assert(__mlx5_bit_off(e_switch_cap, counter_eswitch_affinity) == 0x1c &&
	      __mlx5_bit_sz(e_switch_cap, counter_eswitch_affinity) == 0x1, "e_switch_cap.counter_eswitch_affinity");
static_assert(__mlx5_bit_off(e_switch_cap, merged_eswitch) == 0x1d &&
	      __mlx5_bit_sz(e_switch_cap, merged_eswitch) == 0x1, "e_switch_cap.merged_eswitch");
static_assert(__mlx5_bit_off(e_switch_cap, nic_vport_node_guid_modify) == 0x1e &&
	      __mlx5_bit_sz(e_switch_cap, nic_vport_node_guid_modify) == 0x1, "e_switch_cap.nic_vport_node_guid_modify");
static_assert(__mlx5_bit_off(e_switch_cap, nic_vport_port_guid_modify) == 0x1f &&
	      __mlx5_bit_sz(e_switch_cap, nic_vport_port_guid_modify) == 0x1, "e_switch_cap.nic_vport_port_guid_modify");
static_assert(__mlx5_bit_off(e_switch_cap, vxlan_encap_decap) == 0x20 &&
	      __mlx5_bit_sz(e_switch_cap, vxlan_encap_decap) == 0x1, "e_switch_cap.vxlan_encap_decap");
static_assert(__mlx5_bit_off(e_switch_cap, nvgre_encap_decap) == 0x21 &&
	      __mlx5_bit_sz(e_switch_cap, nvgre_encap_decap) == 0x1, "e_switch_cap.nvgre_encap_decap");
static_assert(__mlx5_bit_off(e_switch_cap, log_max_fdb_encap_uplink) == 0x23 &&
	      __mlx5_bit_sz(e_switch_cap, log_max_fdb_encap_uplink) == 0x5, "e_switch_cap.log_max_fdb_encap_uplink");
static_assert(__mlx5_bit_off(e_switch_cap, log_max_packet_reformat_context) == 0x2b &&
	      __mlx5_bit_sz(e_switch_cap, log_max_packet_reformat_context) == 0x5, "e_switch_cap.log_max_packet_reformat_context");
static_assert(__mlx5_bit_off(e_switch_cap, max_encap_header_size) == 0x36 &&
	      __mlx5_bit_sz(e_switch_cap, max_encap_header_size) == 0xa, "e_switch_cap.max_encap_header_size");
static_assert(__mlx5_bit_off(e_switch_cap, log_max_esw_sf) == 0x4b &&
	      __mlx5_bit_sz(e_switch_cap, log_max_esw_sf) == 0x5, "e_switch_cap.log_max_esw_sf");
static_assert(__mlx5_bit_off(e_switch_cap, esw_sf_base_id) == 0x50 &&
	      __mlx5_bit_sz(e_switch_cap, esw_sf_base_id) == 0x10, "e_switch_cap.esw_sf_base_id");

/* struct mlx5_ifc_debug_cap_bits */
static_assert(__mlx5_bit_off(debug_cap, core_dump_general) == 0x0 &&
	      __mlx5_bit_sz(debug_cap, core_dump_general) == 0x1, "debug_cap.core_dump_general");
static_assert(__mlx5_bit_off(debug_cap, core_dump_qp) == 0x1 &&
	      __mlx5_bit_sz(debug_cap, core_dump_qp) == 0x1, "debug_cap.core_dump_qp");
static_assert(__mlx5_bit_off(debug_cap, resource_dump) == 0x9 &&
	      __mlx5_bit_sz(debug_cap, resource_dump) == 0x1, "debug_cap.resource_dump");
static_assert(__mlx5_bit_off(debug_cap, stall_detect) == 0x22 &&
	      __mlx5_bit_sz(debug_cap, stall_detect) == 0x1, "debug_cap.stall_detect");

/* struct mlx5_ifc_sync_steering_in_bits */
static_assert(__mlx5_bit_off(sync_steering_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(sync_steering_in, opcode) == 0x10, "sync_steering_in.opcode");
static_assert(__mlx5_bit_off(sync_steering_in, uid) == 0x10 &&
	      __mlx5_bit_sz(sync_steering_in, uid) == 0x10, "sync_steering_in.uid");
static_assert(__mlx5_bit_off(sync_steering_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(sync_steering_in, op_mod) == 0x10, "sync_steering_in.op_mod");

/* struct mlx5_ifc_sync_steering_out_bits */
static_assert(__mlx5_bit_off(sync_steering_out, status) == 0x0 &&
	      __mlx5_bit_sz(sync_steering_out, status) == 0x8, "sync_steering_out.status");
static_assert(__mlx5_bit_off(sync_steering_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(sync_steering_out, syndrome) == 0x20, "sync_steering_out.syndrome");

/* struct mlx5_ifc_device_mem_cap_bits */
static_assert(__mlx5_bit_off(device_mem_cap, memic) == 0x0 &&
	      __mlx5_bit_sz(device_mem_cap, memic) == 0x1, "device_mem_cap.memic");
static_assert(__mlx5_bit_off(device_mem_cap, log_min_memic_alloc_size) == 0x2b &&
	      __mlx5_bit_sz(device_mem_cap, log_min_memic_alloc_size) == 0x5, "device_mem_cap.log_min_memic_alloc_size");
static_assert(__mlx5_bit_off(device_mem_cap, log_max_memic_addr_alignment) == 0x38 &&
	      __mlx5_bit_sz(device_mem_cap, log_max_memic_addr_alignment) == 0x8, "device_mem_cap.log_max_memic_addr_alignment");
static_assert(__mlx5_bit_off(device_mem_cap, memic_bar_start_addr) == 0x40 &&
	      __mlx5_bit_sz(device_mem_cap, memic_bar_start_addr) == 0x40, "device_mem_cap.memic_bar_start_addr");
static_assert(__mlx5_bit_off(device_mem_cap, memic_bar_size) == 0x80 &&
	      __mlx5_bit_sz(device_mem_cap, memic_bar_size) == 0x20, "device_mem_cap.memic_bar_size");
static_assert(__mlx5_bit_off(device_mem_cap, max_memic_size) == 0xa0 &&
	      __mlx5_bit_sz(device_mem_cap, max_memic_size) == 0x20, "device_mem_cap.max_memic_size");
static_assert(__mlx5_bit_off(device_mem_cap, steering_sw_icm_start_address) == 0xc0 &&
	      __mlx5_bit_sz(device_mem_cap, steering_sw_icm_start_address) == 0x40, "device_mem_cap.steering_sw_icm_start_address");
static_assert(__mlx5_bit_off(device_mem_cap, log_header_modify_sw_icm_size) == 0x108 &&
	      __mlx5_bit_sz(device_mem_cap, log_header_modify_sw_icm_size) == 0x8, "device_mem_cap.log_header_modify_sw_icm_size");
static_assert(__mlx5_bit_off(device_mem_cap, log_sw_icm_alloc_granularity) == 0x112 &&
	      __mlx5_bit_sz(device_mem_cap, log_sw_icm_alloc_granularity) == 0x6, "device_mem_cap.log_sw_icm_alloc_granularity");
static_assert(__mlx5_bit_off(device_mem_cap, log_steering_sw_icm_size) == 0x118 &&
	      __mlx5_bit_sz(device_mem_cap, log_steering_sw_icm_size) == 0x8, "device_mem_cap.log_steering_sw_icm_size");
static_assert(__mlx5_bit_off(device_mem_cap, log_header_modify_pattern_sw_icm_size) == 0x138 &&
	      __mlx5_bit_sz(device_mem_cap, log_header_modify_pattern_sw_icm_size) == 0x8, "device_mem_cap.log_header_modify_pattern_sw_icm_size");
static_assert(__mlx5_bit_off(device_mem_cap, header_modify_sw_icm_start_address) == 0x140 &&
	      __mlx5_bit_sz(device_mem_cap, header_modify_sw_icm_start_address) == 0x40, "device_mem_cap.header_modify_sw_icm_start_address");
static_assert(__mlx5_bit_off(device_mem_cap, header_modify_pattern_sw_icm_start_address) == 0x1c0 &&
	      __mlx5_bit_sz(device_mem_cap, header_modify_pattern_sw_icm_start_address) == 0x40, "device_mem_cap.header_modify_pattern_sw_icm_start_address");
static_assert(__mlx5_bit_off(device_mem_cap, memic_operations) == 0x200 &&
	      __mlx5_bit_sz(device_mem_cap, memic_operations) == 0x20, "device_mem_cap.memic_operations");

/* struct mlx5_ifc_device_event_cap_bits */
static_assert(__mlx5_bit_off(device_event_cap, user_affiliated_events) == 0x0 &&
	      __mlx5_bit_sz(device_event_cap, user_affiliated_events) == 0x100, "device_event_cap.user_affiliated_events");
static_assert(__mlx5_bit_off(device_event_cap, user_unaffiliated_events) == 0x100 &&
	      __mlx5_bit_sz(device_event_cap, user_unaffiliated_events) == 0x100, "device_event_cap.user_unaffiliated_events");

/* struct mlx5_ifc_virtio_emulation_cap_bits */
static_assert(__mlx5_bit_off(virtio_emulation_cap, desc_tunnel_offload_type) == 0x0 &&
	      __mlx5_bit_sz(virtio_emulation_cap, desc_tunnel_offload_type) == 0x1, "virtio_emulation_cap.desc_tunnel_offload_type");
static_assert(__mlx5_bit_off(virtio_emulation_cap, eth_frame_offload_type) == 0x1 &&
	      __mlx5_bit_sz(virtio_emulation_cap, eth_frame_offload_type) == 0x1, "virtio_emulation_cap.eth_frame_offload_type");
static_assert(__mlx5_bit_off(virtio_emulation_cap, virtio_version_1_0) == 0x2 &&
	      __mlx5_bit_sz(virtio_emulation_cap, virtio_version_1_0) == 0x1, "virtio_emulation_cap.virtio_version_1_0");
static_assert(__mlx5_bit_off(virtio_emulation_cap, device_features_bits_mask) == 0x3 &&
	      __mlx5_bit_sz(virtio_emulation_cap, device_features_bits_mask) == 0xd, "virtio_emulation_cap.device_features_bits_mask");
static_assert(__mlx5_bit_off(virtio_emulation_cap, event_mode) == 0x10 &&
	      __mlx5_bit_sz(virtio_emulation_cap, event_mode) == 0x8, "virtio_emulation_cap.event_mode");
static_assert(__mlx5_bit_off(virtio_emulation_cap, virtio_queue_type) == 0x18 &&
	      __mlx5_bit_sz(virtio_emulation_cap, virtio_queue_type) == 0x8, "virtio_emulation_cap.virtio_queue_type");
static_assert(__mlx5_bit_off(virtio_emulation_cap, max_tunnel_desc) == 0x20 &&
	      __mlx5_bit_sz(virtio_emulation_cap, max_tunnel_desc) == 0x10, "virtio_emulation_cap.max_tunnel_desc");
static_assert(__mlx5_bit_off(virtio_emulation_cap, log_doorbell_stride) == 0x33 &&
	      __mlx5_bit_sz(virtio_emulation_cap, log_doorbell_stride) == 0x5, "virtio_emulation_cap.log_doorbell_stride");
static_assert(__mlx5_bit_off(virtio_emulation_cap, log_doorbell_bar_size) == 0x3b &&
	      __mlx5_bit_sz(virtio_emulation_cap, log_doorbell_bar_size) == 0x5, "virtio_emulation_cap.log_doorbell_bar_size");
static_assert(__mlx5_bit_off(virtio_emulation_cap, doorbell_bar_offset) == 0x40 &&
	      __mlx5_bit_sz(virtio_emulation_cap, doorbell_bar_offset) == 0x40, "virtio_emulation_cap.doorbell_bar_offset");
static_assert(__mlx5_bit_off(virtio_emulation_cap, max_emulated_devices) == 0x80 &&
	      __mlx5_bit_sz(virtio_emulation_cap, max_emulated_devices) == 0x8, "virtio_emulation_cap.max_emulated_devices");
static_assert(__mlx5_bit_off(virtio_emulation_cap, max_num_virtio_queues) == 0x88 &&
	      __mlx5_bit_sz(virtio_emulation_cap, max_num_virtio_queues) == 0x18, "virtio_emulation_cap.max_num_virtio_queues");
static_assert(__mlx5_bit_off(virtio_emulation_cap, umem_1_buffer_param_a) == 0x100 &&
	      __mlx5_bit_sz(virtio_emulation_cap, umem_1_buffer_param_a) == 0x20, "virtio_emulation_cap.umem_1_buffer_param_a");
static_assert(__mlx5_bit_off(virtio_emulation_cap, umem_1_buffer_param_b) == 0x120 &&
	      __mlx5_bit_sz(virtio_emulation_cap, umem_1_buffer_param_b) == 0x20, "virtio_emulation_cap.umem_1_buffer_param_b");
static_assert(__mlx5_bit_off(virtio_emulation_cap, umem_2_buffer_param_a) == 0x140 &&
	      __mlx5_bit_sz(virtio_emulation_cap, umem_2_buffer_param_a) == 0x20, "virtio_emulation_cap.umem_2_buffer_param_a");
static_assert(__mlx5_bit_off(virtio_emulation_cap, umem_2_buffer_param_b) == 0x160 &&
	      __mlx5_bit_sz(virtio_emulation_cap, umem_2_buffer_param_b) == 0x20, "virtio_emulation_cap.umem_2_buffer_param_b");
static_assert(__mlx5_bit_off(virtio_emulation_cap, umem_3_buffer_param_a) == 0x180 &&
	      __mlx5_bit_sz(virtio_emulation_cap, umem_3_buffer_param_a) == 0x20, "virtio_emulation_cap.umem_3_buffer_param_a");
static_assert(__mlx5_bit_off(virtio_emulation_cap, umem_3_buffer_param_b) == 0x1a0 &&
	      __mlx5_bit_sz(virtio_emulation_cap, umem_3_buffer_param_b) == 0x20, "virtio_emulation_cap.umem_3_buffer_param_b");

/* struct mlx5_ifc_atomic_caps_bits */
static_assert(__mlx5_bit_off(atomic_caps, atomic_req_8B_endianness_mode) == 0x40 &&
	      __mlx5_bit_sz(atomic_caps, atomic_req_8B_endianness_mode) == 0x2, "atomic_caps.atomic_req_8b_endianness_mode");
static_assert(__mlx5_bit_off(atomic_caps, supported_atomic_req_8B_endianness_mode_1) == 0x46 &&
	      __mlx5_bit_sz(atomic_caps, supported_atomic_req_8B_endianness_mode_1) == 0x1, "atomic_caps.supported_atomic_req_8b_endianness_mode_1");
static_assert(__mlx5_bit_off(atomic_caps, atomic_operations) == 0x90 &&
	      __mlx5_bit_sz(atomic_caps, atomic_operations) == 0x10, "atomic_caps.atomic_operations");
static_assert(__mlx5_bit_off(atomic_caps, atomic_size_qp) == 0xb0 &&
	      __mlx5_bit_sz(atomic_caps, atomic_size_qp) == 0x10, "atomic_caps.atomic_size_qp");
static_assert(__mlx5_bit_off(atomic_caps, atomic_size_dc) == 0xd0 &&
	      __mlx5_bit_sz(atomic_caps, atomic_size_dc) == 0x10, "atomic_caps.atomic_size_dc");

/* struct mlx5_ifc_odp_cap_bits */
static_assert(__mlx5_bit_off(odp_cap, sig) == 0x40 &&
	      __mlx5_bit_sz(odp_cap, sig) == 0x1, "odp_cap.sig");
static_assert(__mlx5_bit_off(odp_cap, rc_odp_caps) == 0x80 &&
	      __mlx5_bit_sz(odp_cap, rc_odp_caps) == 0x20, "odp_cap.rc_odp_caps");
static_assert(__mlx5_bit_off(odp_cap, uc_odp_caps) == 0xa0 &&
	      __mlx5_bit_sz(odp_cap, uc_odp_caps) == 0x20, "odp_cap.uc_odp_caps");
static_assert(__mlx5_bit_off(odp_cap, ud_odp_caps) == 0xc0 &&
	      __mlx5_bit_sz(odp_cap, ud_odp_caps) == 0x20, "odp_cap.ud_odp_caps");
static_assert(__mlx5_bit_off(odp_cap, xrc_odp_caps) == 0xe0 &&
	      __mlx5_bit_sz(odp_cap, xrc_odp_caps) == 0x20, "odp_cap.xrc_odp_caps");
static_assert(__mlx5_bit_off(odp_cap, dc_odp_caps) == 0x100 &&
	      __mlx5_bit_sz(odp_cap, dc_odp_caps) == 0x20, "odp_cap.dc_odp_caps");

/* struct mlx5_ifc_calc_op */
static_assert(XC_OFF(struct mlx5_ifc_calc_op, op_swap_endianness) == 0x19 &&
	      XC_SZ(struct mlx5_ifc_calc_op, op_swap_endianness) == 0x1, "calc_op.op_swap_endianness");
static_assert(XC_OFF(struct mlx5_ifc_calc_op, op_min) == 0x1a &&
	      XC_SZ(struct mlx5_ifc_calc_op, op_min) == 0x1, "calc_op.op_min");
static_assert(XC_OFF(struct mlx5_ifc_calc_op, op_xor) == 0x1b &&
	      XC_SZ(struct mlx5_ifc_calc_op, op_xor) == 0x1, "calc_op.op_xor");
static_assert(XC_OFF(struct mlx5_ifc_calc_op, op_or) == 0x1c &&
	      XC_SZ(struct mlx5_ifc_calc_op, op_or) == 0x1, "calc_op.op_or");
static_assert(XC_OFF(struct mlx5_ifc_calc_op, op_and) == 0x1d &&
	      XC_SZ(struct mlx5_ifc_calc_op, op_and) == 0x1, "calc_op.op_and");
static_assert(XC_OFF(struct mlx5_ifc_calc_op, op_max) == 0x1e &&
	      XC_SZ(struct mlx5_ifc_calc_op, op_max) == 0x1, "calc_op.op_max");
static_assert(XC_OFF(struct mlx5_ifc_calc_op, op_add) == 0x1f &&
	      XC_SZ(struct mlx5_ifc_calc_op, op_add) == 0x1, "calc_op.op_add");

/* struct mlx5_ifc_vector_calc_cap_bits */
static_assert(__mlx5_bit_off(vector_calc_cap, calc_matrix) == 0x0 &&
	      __mlx5_bit_sz(vector_calc_cap, calc_matrix) == 0x1, "vector_calc_cap.calc_matrix");
static_assert(__mlx5_bit_off(vector_calc_cap, max_vec_count) == 0x28 &&
	      __mlx5_bit_sz(vector_calc_cap, max_vec_count) == 0x8, "vector_calc_cap.max_vec_count");
static_assert(__mlx5_bit_off(vector_calc_cap, max_chunk_size) == 0x3d &&
	      __mlx5_bit_sz(vector_calc_cap, max_chunk_size) == 0x3, "vector_calc_cap.max_chunk_size");
static_assert(__mlx5_bit_off(vector_calc_cap, calc0) == 0x40 &&
	      __mlx5_bit_sz(vector_calc_cap, calc0) == 0x20, "vector_calc_cap.calc0");
static_assert(__mlx5_bit_off(vector_calc_cap, calc1) == 0x60 &&
	      __mlx5_bit_sz(vector_calc_cap, calc1) == 0x20, "vector_calc_cap.calc1");
static_assert(__mlx5_bit_off(vector_calc_cap, calc2) == 0x80 &&
	      __mlx5_bit_sz(vector_calc_cap, calc2) == 0x20, "vector_calc_cap.calc2");
static_assert(__mlx5_bit_off(vector_calc_cap, calc3) == 0xa0 &&
	      __mlx5_bit_sz(vector_calc_cap, calc3) == 0x20, "vector_calc_cap.calc3");

/* struct mlx5_ifc_tls_cap_bits */
static_assert(__mlx5_bit_off(tls_cap, tls_1_2_aes_gcm_128) == 0x0 &&
	      __mlx5_bit_sz(tls_cap, tls_1_2_aes_gcm_128) == 0x1, "tls_cap.tls_1_2_aes_gcm_128");
static_assert(__mlx5_bit_off(tls_cap, tls_1_3_aes_gcm_128) == 0x1 &&
	      __mlx5_bit_sz(tls_cap, tls_1_3_aes_gcm_128) == 0x1, "tls_cap.tls_1_3_aes_gcm_128");
static_assert(__mlx5_bit_off(tls_cap, tls_1_2_aes_gcm_256) == 0x2 &&
	      __mlx5_bit_sz(tls_cap, tls_1_2_aes_gcm_256) == 0x1, "tls_cap.tls_1_2_aes_gcm_256");
static_assert(__mlx5_bit_off(tls_cap, tls_1_3_aes_gcm_256) == 0x3 &&
	      __mlx5_bit_sz(tls_cap, tls_1_3_aes_gcm_256) == 0x1, "tls_cap.tls_1_3_aes_gcm_256");

/* struct mlx5_ifc_ipsec_cap_bits */
static_assert(__mlx5_bit_off(ipsec_cap, ipsec_full_offload) == 0x0 &&
	      __mlx5_bit_sz(ipsec_cap, ipsec_full_offload) == 0x1, "ipsec_cap.ipsec_full_offload");
static_assert(__mlx5_bit_off(ipsec_cap, ipsec_crypto_offload) == 0x1 &&
	      __mlx5_bit_sz(ipsec_cap, ipsec_crypto_offload) == 0x1, "ipsec_cap.ipsec_crypto_offload");
static_assert(__mlx5_bit_off(ipsec_cap, ipsec_esn) == 0x2 &&
	      __mlx5_bit_sz(ipsec_cap, ipsec_esn) == 0x1, "ipsec_cap.ipsec_esn");
static_assert(__mlx5_bit_off(ipsec_cap, ipsec_crypto_esp_aes_gcm_256_encrypt) == 0x3 &&
	      __mlx5_bit_sz(ipsec_cap, ipsec_crypto_esp_aes_gcm_256_encrypt) == 0x1, "ipsec_cap.ipsec_crypto_esp_aes_gcm_256_encrypt");
static_assert(__mlx5_bit_off(ipsec_cap, ipsec_crypto_esp_aes_gcm_128_encrypt) == 0x4 &&
	      __mlx5_bit_sz(ipsec_cap, ipsec_crypto_esp_aes_gcm_128_encrypt) == 0x1, "ipsec_cap.ipsec_crypto_esp_aes_gcm_128_encrypt");
static_assert(__mlx5_bit_off(ipsec_cap, ipsec_crypto_esp_aes_gcm_256_decrypt) == 0x5 &&
	      __mlx5_bit_sz(ipsec_cap, ipsec_crypto_esp_aes_gcm_256_decrypt) == 0x1, "ipsec_cap.ipsec_crypto_esp_aes_gcm_256_decrypt");
static_assert(__mlx5_bit_off(ipsec_cap, ipsec_crypto_esp_aes_gcm_128_decrypt) == 0x6 &&
	      __mlx5_bit_sz(ipsec_cap, ipsec_crypto_esp_aes_gcm_128_decrypt) == 0x1, "ipsec_cap.ipsec_crypto_esp_aes_gcm_128_decrypt");
static_assert(__mlx5_bit_off(ipsec_cap, log_max_ipsec_offload) == 0xb &&
	      __mlx5_bit_sz(ipsec_cap, log_max_ipsec_offload) == 0x5, "ipsec_cap.log_max_ipsec_offload");
static_assert(__mlx5_bit_off(ipsec_cap, min_log_ipsec_full_replay_window) == 0x20 &&
	      __mlx5_bit_sz(ipsec_cap, min_log_ipsec_full_replay_window) == 0x8, "ipsec_cap.min_log_ipsec_full_replay_window");
static_assert(__mlx5_bit_off(ipsec_cap, max_log_ipsec_full_replay_window) == 0x28 &&
	      __mlx5_bit_sz(ipsec_cap, max_log_ipsec_full_replay_window) == 0x8, "ipsec_cap.max_log_ipsec_full_replay_window");

/* struct mlx5_ifc_macsec_cap_bits */
static_assert(__mlx5_bit_off(macsec_cap, macsec_epn) == 0x0 &&
	      __mlx5_bit_sz(macsec_cap, macsec_epn) == 0x1, "macsec_cap.macsec_epn");
static_assert(__mlx5_bit_off(macsec_cap, macsec_crypto_esp_aes_gcm_256_encrypt) == 0x3 &&
	      __mlx5_bit_sz(macsec_cap, macsec_crypto_esp_aes_gcm_256_encrypt) == 0x1, "macsec_cap.macsec_crypto_esp_aes_gcm_256_encrypt");
static_assert(__mlx5_bit_off(macsec_cap, macsec_crypto_esp_aes_gcm_128_encrypt) == 0x4 &&
	      __mlx5_bit_sz(macsec_cap, macsec_crypto_esp_aes_gcm_128_encrypt) == 0x1, "macsec_cap.macsec_crypto_esp_aes_gcm_128_encrypt");
static_assert(__mlx5_bit_off(macsec_cap, macsec_crypto_esp_aes_gcm_256_decrypt) == 0x5 &&
	      __mlx5_bit_sz(macsec_cap, macsec_crypto_esp_aes_gcm_256_decrypt) == 0x1, "macsec_cap.macsec_crypto_esp_aes_gcm_256_decrypt");
static_assert(__mlx5_bit_off(macsec_cap, macsec_crypto_esp_aes_gcm_128_decrypt) == 0x6 &&
	      __mlx5_bit_sz(macsec_cap, macsec_crypto_esp_aes_gcm_128_decrypt) == 0x1, "macsec_cap.macsec_crypto_esp_aes_gcm_128_decrypt");
static_assert(__mlx5_bit_off(macsec_cap, log_max_macsec_offload) == 0xb &&
	      __mlx5_bit_sz(macsec_cap, log_max_macsec_offload) == 0x5, "macsec_cap.log_max_macsec_offload");
static_assert(__mlx5_bit_off(macsec_cap, min_log_macsec_full_replay_window) == 0x20 &&
	      __mlx5_bit_sz(macsec_cap, min_log_macsec_full_replay_window) == 0x8, "macsec_cap.min_log_macsec_full_replay_window");
static_assert(__mlx5_bit_off(macsec_cap, max_log_macsec_full_replay_window) == 0x28 &&
	      __mlx5_bit_sz(macsec_cap, max_log_macsec_full_replay_window) == 0x8, "macsec_cap.max_log_macsec_full_replay_window");

/* struct mlx5_ifc_cmd_hca_cap_2_bits */
static_assert(__mlx5_bit_off(cmd_hca_cap_2, max_reformat_insert_size) == 0xa0 &&
	      __mlx5_bit_sz(cmd_hca_cap_2, max_reformat_insert_size) == 0x8, "cmd_hca_cap_2.max_reformat_insert_size");
static_assert(__mlx5_bit_off(cmd_hca_cap_2, max_reformat_insert_offset) == 0xa8 &&
	      __mlx5_bit_sz(cmd_hca_cap_2, max_reformat_insert_offset) == 0x8, "cmd_hca_cap_2.max_reformat_insert_offset");
static_assert(__mlx5_bit_off(cmd_hca_cap_2, max_reformat_remove_size) == 0xb0 &&
	      __mlx5_bit_sz(cmd_hca_cap_2, max_reformat_remove_size) == 0x8, "cmd_hca_cap_2.max_reformat_remove_size");
static_assert(__mlx5_bit_off(cmd_hca_cap_2, max_reformat_remove_offset) == 0xb8 &&
	      __mlx5_bit_sz(cmd_hca_cap_2, max_reformat_remove_offset) == 0x8, "cmd_hca_cap_2.max_reformat_remove_offset");
static_assert(__mlx5_bit_off(cmd_hca_cap_2, log_min_mkey_entity_size) == 0x1ab &&
	      __mlx5_bit_sz(cmd_hca_cap_2, log_min_mkey_entity_size) == 0x5, "cmd_hca_cap_2.log_min_mkey_entity_size");
static_assert(__mlx5_bit_off(cmd_hca_cap_2, sw_vhca_id_valid) == 0x221 &&
	      __mlx5_bit_sz(cmd_hca_cap_2, sw_vhca_id_valid) == 0x1, "cmd_hca_cap_2.sw_vhca_id_valid");
static_assert(__mlx5_bit_off(cmd_hca_cap_2, sw_vhca_id) == 0x222 &&
	      __mlx5_bit_sz(cmd_hca_cap_2, sw_vhca_id) == 0xe, "cmd_hca_cap_2.sw_vhca_id");
static_assert(__mlx5_bit_off(cmd_hca_cap_2, ts_cqe_metadata_size2wqe_counter) == 0x24b &&
	      __mlx5_bit_sz(cmd_hca_cap_2, ts_cqe_metadata_size2wqe_counter) == 0x5, "cmd_hca_cap_2.ts_cqe_metadata_size2wqe_counter");

/* struct mlx5_ifc_dest_format_struct_bits */
static_assert(__mlx5_bit_off(dest_format_struct, destination_type) == 0x0 &&
	      __mlx5_bit_sz(dest_format_struct, destination_type) == 0x8, "dest_format_struct.destination_type");
static_assert(__mlx5_bit_off(dest_format_struct, destination_id) == 0x8 &&
	      __mlx5_bit_sz(dest_format_struct, destination_id) == 0x18, "dest_format_struct.destination_id");
static_assert(__mlx5_bit_off(dest_format_struct, destination_eswitch_owner_vhca_id_valid) == 0x20 &&
	      __mlx5_bit_sz(dest_format_struct, destination_eswitch_owner_vhca_id_valid) == 0x1, "dest_format_struct.destination_eswitch_owner_vhca_id_valid");
static_assert(__mlx5_bit_off(dest_format_struct, packet_reformat) == 0x21 &&
	      __mlx5_bit_sz(dest_format_struct, packet_reformat) == 0x1, "dest_format_struct.packet_reformat");
static_assert(__mlx5_bit_off(dest_format_struct, destination_eswitch_owner_vhca_id) == 0x30 &&
	      __mlx5_bit_sz(dest_format_struct, destination_eswitch_owner_vhca_id) == 0x10, "dest_format_struct.destination_eswitch_owner_vhca_id");

/* struct mlx5_ifc_flow_counter_list_bits */
static_assert(__mlx5_bit_off(flow_counter_list, flow_counter_id) == 0x0 &&
	      __mlx5_bit_sz(flow_counter_list, flow_counter_id) == 0x20, "flow_counter_list.flow_counter_id");

/* struct mlx5_ifc_extended_dest_format_bits */
static_assert(__mlx5_bit_off(extended_dest_format, destination_entry) == 0x0 &&
	      __mlx5_bit_sz(extended_dest_format, destination_entry) == 0x40, "extended_dest_format.destination_entry");
static_assert(__mlx5_bit_off(extended_dest_format, packet_reformat_id) == 0x40 &&
	      __mlx5_bit_sz(extended_dest_format, packet_reformat_id) == 0x20, "extended_dest_format.packet_reformat_id");

/* union mlx5_ifc_dest_format_struct_flow_counter_list_auto_bits */
static_assert(XC_OFF(union mlx5_ifc_dest_format_struct_flow_counter_list_auto_bits, extended_dest_format) == 0x0 &&
	      XC_SZ(union mlx5_ifc_dest_format_struct_flow_counter_list_auto_bits, extended_dest_format) == 0x80, "dest_format_struct_flow_counter_list_auto.extended_dest_format");
static_assert(XC_OFF(union mlx5_ifc_dest_format_struct_flow_counter_list_auto_bits, flow_counter_list) == 0x0 &&
	      XC_SZ(union mlx5_ifc_dest_format_struct_flow_counter_list_auto_bits, flow_counter_list) == 0x40, "dest_format_struct_flow_counter_list_auto.flow_counter_list");

/* struct mlx5_ifc_fte_match_param_bits */
static_assert(__mlx5_bit_off(fte_match_param, outer_headers) == 0x0 &&
	      __mlx5_bit_sz(fte_match_param, outer_headers) == 0x200, "fte_match_param.outer_headers");
static_assert(__mlx5_bit_off(fte_match_param, misc_parameters) == 0x200 &&
	      __mlx5_bit_sz(fte_match_param, misc_parameters) == 0x200, "fte_match_param.misc_parameters");
static_assert(__mlx5_bit_off(fte_match_param, inner_headers) == 0x400 &&
	      __mlx5_bit_sz(fte_match_param, inner_headers) == 0x200, "fte_match_param.inner_headers");
static_assert(__mlx5_bit_off(fte_match_param, misc_parameters_2) == 0x600 &&
	      __mlx5_bit_sz(fte_match_param, misc_parameters_2) == 0x200, "fte_match_param.misc_parameters_2");
static_assert(__mlx5_bit_off(fte_match_param, misc_parameters_3) == 0x800 &&
	      __mlx5_bit_sz(fte_match_param, misc_parameters_3) == 0x200, "fte_match_param.misc_parameters_3");
static_assert(__mlx5_bit_off(fte_match_param, misc_parameters_4) == 0xa00 &&
	      __mlx5_bit_sz(fte_match_param, misc_parameters_4) == 0x200, "fte_match_param.misc_parameters_4");
static_assert(__mlx5_bit_off(fte_match_param, misc_parameters_5) == 0xc00 &&
	      __mlx5_bit_sz(fte_match_param, misc_parameters_5) == 0x200, "fte_match_param.misc_parameters_5");

/* struct mlx5_ifc_rx_hash_field_select_bits */
static_assert(__mlx5_bit_off(rx_hash_field_select, l3_prot_type) == 0x0 &&
	      __mlx5_bit_sz(rx_hash_field_select, l3_prot_type) == 0x1, "rx_hash_field_select.l3_prot_type");
static_assert(__mlx5_bit_off(rx_hash_field_select, l4_prot_type) == 0x1 &&
	      __mlx5_bit_sz(rx_hash_field_select, l4_prot_type) == 0x1, "rx_hash_field_select.l4_prot_type");
static_assert(__mlx5_bit_off(rx_hash_field_select, selected_fields) == 0x2 &&
	      __mlx5_bit_sz(rx_hash_field_select, selected_fields) == 0x1e, "rx_hash_field_select.selected_fields");

/* struct mlx5_ifc_wq_bits */
static_assert(__mlx5_bit_off(wq, wq_type) == 0x0 &&
	      __mlx5_bit_sz(wq, wq_type) == 0x4, "wq.wq_type");
static_assert(__mlx5_bit_off(wq, wq_signature) == 0x4 &&
	      __mlx5_bit_sz(wq, wq_signature) == 0x1, "wq.wq_signature");
static_assert(__mlx5_bit_off(wq, end_padding_mode) == 0x5 &&
	      __mlx5_bit_sz(wq, end_padding_mode) == 0x2, "wq.end_padding_mode");
static_assert(__mlx5_bit_off(wq, cd_slave) == 0x7 &&
	      __mlx5_bit_sz(wq, cd_slave) == 0x1, "wq.cd_slave");
static_assert(__mlx5_bit_off(wq, hds_skip_first_sge) == 0x20 &&
	      __mlx5_bit_sz(wq, hds_skip_first_sge) == 0x1, "wq.hds_skip_first_sge");
static_assert(__mlx5_bit_off(wq, log2_hds_buf_size) == 0x21 &&
	      __mlx5_bit_sz(wq, log2_hds_buf_size) == 0x3, "wq.log2_hds_buf_size");
static_assert(__mlx5_bit_off(wq, page_offset) == 0x2b &&
	      __mlx5_bit_sz(wq, page_offset) == 0x5, "wq.page_offset");
static_assert(__mlx5_bit_off(wq, lwm) == 0x30 &&
	      __mlx5_bit_sz(wq, lwm) == 0x10, "wq.lwm");
static_assert(__mlx5_bit_off(wq, pd) == 0x48 &&
	      __mlx5_bit_sz(wq, pd) == 0x18, "wq.pd");
static_assert(__mlx5_bit_off(wq, uar_page) == 0x68 &&
	      __mlx5_bit_sz(wq, uar_page) == 0x18, "wq.uar_page");
static_assert(__mlx5_bit_off(wq, dbr_addr) == 0x80 &&
	      __mlx5_bit_sz(wq, dbr_addr) == 0x40, "wq.dbr_addr");
static_assert(__mlx5_bit_off(wq, hw_counter) == 0xc0 &&
	      __mlx5_bit_sz(wq, hw_counter) == 0x20, "wq.hw_counter");
static_assert(__mlx5_bit_off(wq, sw_counter) == 0xe0 &&
	      __mlx5_bit_sz(wq, sw_counter) == 0x20, "wq.sw_counter");
static_assert(__mlx5_bit_off(wq, log_wq_stride) == 0x10c &&
	      __mlx5_bit_sz(wq, log_wq_stride) == 0x4, "wq.log_wq_stride");
static_assert(__mlx5_bit_off(wq, log_wq_pg_sz) == 0x113 &&
	      __mlx5_bit_sz(wq, log_wq_pg_sz) == 0x5, "wq.log_wq_pg_sz");
static_assert(__mlx5_bit_off(wq, log_wq_sz) == 0x11b &&
	      __mlx5_bit_sz(wq, log_wq_sz) == 0x5, "wq.log_wq_sz");
static_assert(__mlx5_bit_off(wq, dbr_umem_valid) == 0x120 &&
	      __mlx5_bit_sz(wq, dbr_umem_valid) == 0x1, "wq.dbr_umem_valid");
static_assert(__mlx5_bit_off(wq, wq_umem_valid) == 0x121 &&
	      __mlx5_bit_sz(wq, wq_umem_valid) == 0x1, "wq.wq_umem_valid");
static_assert(__mlx5_bit_off(wq, log_hairpin_num_packets) == 0x123 &&
	      __mlx5_bit_sz(wq, log_hairpin_num_packets) == 0x5, "wq.log_hairpin_num_packets");
static_assert(__mlx5_bit_off(wq, log_hairpin_data_sz) == 0x12b &&
	      __mlx5_bit_sz(wq, log_hairpin_data_sz) == 0x5, "wq.log_hairpin_data_sz");
static_assert(__mlx5_bit_off(wq, log_wqe_num_of_strides) == 0x134 &&
	      __mlx5_bit_sz(wq, log_wqe_num_of_strides) == 0x4, "wq.log_wqe_num_of_strides");
static_assert(__mlx5_bit_off(wq, two_byte_shift_en) == 0x138 &&
	      __mlx5_bit_sz(wq, two_byte_shift_en) == 0x1, "wq.two_byte_shift_en");
static_assert(__mlx5_bit_off(wq, log_wqe_stride_size) == 0x13d &&
	      __mlx5_bit_sz(wq, log_wqe_stride_size) == 0x3, "wq.log_wqe_stride_size");
static_assert(__mlx5_bit_off(wq, headers_mkey) == 0x1c0 &&
	      __mlx5_bit_sz(wq, headers_mkey) == 0x20, "wq.headers_mkey");
static_assert(__mlx5_bit_off(wq, shampo_enable) == 0x1e0 &&
	      __mlx5_bit_sz(wq, shampo_enable) == 0x1, "wq.shampo_enable");
static_assert(__mlx5_bit_off(wq, log_reservation_size) == 0x1e5 &&
	      __mlx5_bit_sz(wq, log_reservation_size) == 0x3, "wq.log_reservation_size");
static_assert(__mlx5_bit_off(wq, log_max_num_of_packets_per_reservation) == 0x1ed &&
	      __mlx5_bit_sz(wq, log_max_num_of_packets_per_reservation) == 0x3, "wq.log_max_num_of_packets_per_reservation");
static_assert(__mlx5_bit_off(wq, log_headers_entry_size) == 0x1f6 &&
	      __mlx5_bit_sz(wq, log_headers_entry_size) == 0x2, "wq.log_headers_entry_size");
static_assert(__mlx5_bit_off(wq, log_headers_buffer_entry_num) == 0x1fc &&
	      __mlx5_bit_sz(wq, log_headers_buffer_entry_num) == 0x4, "wq.log_headers_buffer_entry_num");
static_assert(__mlx5_bit_off(wq, pas) == 0x600, "wq.pas");

/* struct mlx5_ifc_rq_num_bits */
static_assert(__mlx5_bit_off(rq_num, rq_num) == 0x8 &&
	      __mlx5_bit_sz(rq_num, rq_num) == 0x18, "rq_num.rq_num");

/* struct mlx5_ifc_vlan_layout_bits */
static_assert(__mlx5_bit_off(vlan_layout, vlan) == 0x14 &&
	      __mlx5_bit_sz(vlan_layout, vlan) == 0xc, "vlan_layout.vlan");

/* struct mlx5_ifc_cong_control_r_roce_ecn_np_bits */
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_np, min_time_between_cnps) == 0xa0 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_np, min_time_between_cnps) == 0x20, "cong_control_r_roce_ecn_np.min_time_between_cnps");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_np, cnp_dscp) == 0xd2 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_np, cnp_dscp) == 0x6, "cong_control_r_roce_ecn_np.cnp_dscp");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_np, cnp_prio_mode) == 0xdc &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_np, cnp_prio_mode) == 0x1, "cong_control_r_roce_ecn_np.cnp_prio_mode");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_np, cnp_802p_prio) == 0xdd &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_np, cnp_802p_prio) == 0x3, "cong_control_r_roce_ecn_np.cnp_802p_prio");

/* struct mlx5_ifc_cong_control_r_roce_ecn_rp_bits */
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, clamp_tgt_rate) == 0x64 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, clamp_tgt_rate) == 0x1, "cong_control_r_roce_ecn_rp.clamp_tgt_rate");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, clamp_tgt_rate_after_time_inc) == 0x68 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, clamp_tgt_rate_after_time_inc) == 0x1, "cong_control_r_roce_ecn_rp.clamp_tgt_rate_after_time_inc");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, rpg_time_reset) == 0xa0 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, rpg_time_reset) == 0x20, "cong_control_r_roce_ecn_rp.rpg_time_reset");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, rpg_byte_reset) == 0xc0 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, rpg_byte_reset) == 0x20, "cong_control_r_roce_ecn_rp.rpg_byte_reset");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, rpg_threshold) == 0xe0 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, rpg_threshold) == 0x20, "cong_control_r_roce_ecn_rp.rpg_threshold");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, rpg_max_rate) == 0x100 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, rpg_max_rate) == 0x20, "cong_control_r_roce_ecn_rp.rpg_max_rate");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, rpg_ai_rate) == 0x120 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, rpg_ai_rate) == 0x20, "cong_control_r_roce_ecn_rp.rpg_ai_rate");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, rpg_hai_rate) == 0x140 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, rpg_hai_rate) == 0x20, "cong_control_r_roce_ecn_rp.rpg_hai_rate");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, rpg_gd) == 0x160 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, rpg_gd) == 0x20, "cong_control_r_roce_ecn_rp.rpg_gd");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, rpg_min_dec_fac) == 0x180 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, rpg_min_dec_fac) == 0x20, "cong_control_r_roce_ecn_rp.rpg_min_dec_fac");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, rpg_min_rate) == 0x1a0 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, rpg_min_rate) == 0x20, "cong_control_r_roce_ecn_rp.rpg_min_rate");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, rate_to_set_on_first_cnp) == 0x2a0 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, rate_to_set_on_first_cnp) == 0x20, "cong_control_r_roce_ecn_rp.rate_to_set_on_first_cnp");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, dce_tcp_g) == 0x2c0 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, dce_tcp_g) == 0x20, "cong_control_r_roce_ecn_rp.dce_tcp_g");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, dce_tcp_rtt) == 0x2e0 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, dce_tcp_rtt) == 0x20, "cong_control_r_roce_ecn_rp.dce_tcp_rtt");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, rate_reduce_monitor_period) == 0x300 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, rate_reduce_monitor_period) == 0x20, "cong_control_r_roce_ecn_rp.rate_reduce_monitor_period");
static_assert(__mlx5_bit_off(cong_control_r_roce_ecn_rp, initial_alpha_value) == 0x340 &&
	      __mlx5_bit_sz(cong_control_r_roce_ecn_rp, initial_alpha_value) == 0x20, "cong_control_r_roce_ecn_rp.initial_alpha_value");

/* struct mlx5_ifc_cong_control_802_1qau_rp_bits */
static_assert(__mlx5_bit_off(cong_control_802_1qau_rp, rppp_max_rps) == 0x80 &&
	      __mlx5_bit_sz(cong_control_802_1qau_rp, rppp_max_rps) == 0x20, "cong_control_802_1qau_rp.rppp_max_rps");
static_assert(__mlx5_bit_off(cong_control_802_1qau_rp, rpg_time_reset) == 0xa0 &&
	      __mlx5_bit_sz(cong_control_802_1qau_rp, rpg_time_reset) == 0x20, "cong_control_802_1qau_rp.rpg_time_reset");
static_assert(__mlx5_bit_off(cong_control_802_1qau_rp, rpg_byte_reset) == 0xc0 &&
	      __mlx5_bit_sz(cong_control_802_1qau_rp, rpg_byte_reset) == 0x20, "cong_control_802_1qau_rp.rpg_byte_reset");
static_assert(__mlx5_bit_off(cong_control_802_1qau_rp, rpg_threshold) == 0xe0 &&
	      __mlx5_bit_sz(cong_control_802_1qau_rp, rpg_threshold) == 0x20, "cong_control_802_1qau_rp.rpg_threshold");
static_assert(__mlx5_bit_off(cong_control_802_1qau_rp, rpg_max_rate) == 0x100 &&
	      __mlx5_bit_sz(cong_control_802_1qau_rp, rpg_max_rate) == 0x20, "cong_control_802_1qau_rp.rpg_max_rate");
static_assert(__mlx5_bit_off(cong_control_802_1qau_rp, rpg_ai_rate) == 0x120 &&
	      __mlx5_bit_sz(cong_control_802_1qau_rp, rpg_ai_rate) == 0x20, "cong_control_802_1qau_rp.rpg_ai_rate");
static_assert(__mlx5_bit_off(cong_control_802_1qau_rp, rpg_hai_rate) == 0x140 &&
	      __mlx5_bit_sz(cong_control_802_1qau_rp, rpg_hai_rate) == 0x20, "cong_control_802_1qau_rp.rpg_hai_rate");
static_assert(__mlx5_bit_off(cong_control_802_1qau_rp, rpg_gd) == 0x160 &&
	      __mlx5_bit_sz(cong_control_802_1qau_rp, rpg_gd) == 0x20, "cong_control_802_1qau_rp.rpg_gd");
static_assert(__mlx5_bit_off(cong_control_802_1qau_rp, rpg_min_dec_fac) == 0x180 &&
	      __mlx5_bit_sz(cong_control_802_1qau_rp, rpg_min_dec_fac) == 0x20, "cong_control_802_1qau_rp.rpg_min_dec_fac");
static_assert(__mlx5_bit_off(cong_control_802_1qau_rp, rpg_min_rate) == 0x1a0 &&
	      __mlx5_bit_sz(cong_control_802_1qau_rp, rpg_min_rate) == 0x20, "cong_control_802_1qau_rp.rpg_min_rate");

/* struct mlx5_ifc_resize_field_select_bits */
static_assert(__mlx5_bit_off(resize_field_select, resize_field_select) == 0x0 &&
	      __mlx5_bit_sz(resize_field_select, resize_field_select) == 0x20, "resize_field_select.resize_field_select");

/* struct mlx5_ifc_resource_dump_menu_record_bits */
static_assert(__mlx5_bit_off(resource_dump_menu_record, num_of_obj2_supports_active) == 0x4 &&
	      __mlx5_bit_sz(resource_dump_menu_record, num_of_obj2_supports_active) == 0x1, "resource_dump_menu_record.num_of_obj2_supports_active");
static_assert(__mlx5_bit_off(resource_dump_menu_record, num_of_obj2_supports_all) == 0x5 &&
	      __mlx5_bit_sz(resource_dump_menu_record, num_of_obj2_supports_all) == 0x1, "resource_dump_menu_record.num_of_obj2_supports_all");
static_assert(__mlx5_bit_off(resource_dump_menu_record, must_have_num_of_obj2) == 0x6 &&
	      __mlx5_bit_sz(resource_dump_menu_record, must_have_num_of_obj2) == 0x1, "resource_dump_menu_record.must_have_num_of_obj2");
static_assert(__mlx5_bit_off(resource_dump_menu_record, support_num_of_obj2) == 0x7 &&
	      __mlx5_bit_sz(resource_dump_menu_record, support_num_of_obj2) == 0x1, "resource_dump_menu_record.support_num_of_obj2");
static_assert(__mlx5_bit_off(resource_dump_menu_record, num_of_obj1_supports_active) == 0x8 &&
	      __mlx5_bit_sz(resource_dump_menu_record, num_of_obj1_supports_active) == 0x1, "resource_dump_menu_record.num_of_obj1_supports_active");
static_assert(__mlx5_bit_off(resource_dump_menu_record, num_of_obj1_supports_all) == 0x9 &&
	      __mlx5_bit_sz(resource_dump_menu_record, num_of_obj1_supports_all) == 0x1, "resource_dump_menu_record.num_of_obj1_supports_all");
static_assert(__mlx5_bit_off(resource_dump_menu_record, must_have_num_of_obj1) == 0xa &&
	      __mlx5_bit_sz(resource_dump_menu_record, must_have_num_of_obj1) == 0x1, "resource_dump_menu_record.must_have_num_of_obj1");
static_assert(__mlx5_bit_off(resource_dump_menu_record, support_num_of_obj1) == 0xb &&
	      __mlx5_bit_sz(resource_dump_menu_record, support_num_of_obj1) == 0x1, "resource_dump_menu_record.support_num_of_obj1");
static_assert(__mlx5_bit_off(resource_dump_menu_record, must_have_index2) == 0xc &&
	      __mlx5_bit_sz(resource_dump_menu_record, must_have_index2) == 0x1, "resource_dump_menu_record.must_have_index2");
static_assert(__mlx5_bit_off(resource_dump_menu_record, support_index2) == 0xd &&
	      __mlx5_bit_sz(resource_dump_menu_record, support_index2) == 0x1, "resource_dump_menu_record.support_index2");
static_assert(__mlx5_bit_off(resource_dump_menu_record, must_have_index1) == 0xe &&
	      __mlx5_bit_sz(resource_dump_menu_record, must_have_index1) == 0x1, "resource_dump_menu_record.must_have_index1");
static_assert(__mlx5_bit_off(resource_dump_menu_record, support_index1) == 0xf &&
	      __mlx5_bit_sz(resource_dump_menu_record, support_index1) == 0x1, "resource_dump_menu_record.support_index1");
static_assert(__mlx5_bit_off(resource_dump_menu_record, segment_type) == 0x10 &&
	      __mlx5_bit_sz(resource_dump_menu_record, segment_type) == 0x10, "resource_dump_menu_record.segment_type");
static_assert(__mlx5_bit_off(resource_dump_menu_record, segment_name) == 0x20 &&
	      __mlx5_bit_sz(resource_dump_menu_record, segment_name) == 0x80, "resource_dump_menu_record.segment_name");
static_assert(__mlx5_bit_off(resource_dump_menu_record, index1_name) == 0xa0 &&
	      __mlx5_bit_sz(resource_dump_menu_record, index1_name) == 0x80, "resource_dump_menu_record.index1_name");
static_assert(__mlx5_bit_off(resource_dump_menu_record, index2_name) == 0x120 &&
	      __mlx5_bit_sz(resource_dump_menu_record, index2_name) == 0x80, "resource_dump_menu_record.index2_name");

/* struct mlx5_ifc_resource_dump_segment_header_bits */
static_assert(__mlx5_bit_off(resource_dump_segment_header, length_dw) == 0x0 &&
	      __mlx5_bit_sz(resource_dump_segment_header, length_dw) == 0x10, "resource_dump_segment_header.length_dw");
static_assert(__mlx5_bit_off(resource_dump_segment_header, segment_type) == 0x10 &&
	      __mlx5_bit_sz(resource_dump_segment_header, segment_type) == 0x10, "resource_dump_segment_header.segment_type");

/* struct mlx5_ifc_resource_dump_command_segment_bits */
static_assert(__mlx5_bit_off(resource_dump_command_segment, segment_header) == 0x0 &&
	      __mlx5_bit_sz(resource_dump_command_segment, segment_header) == 0x20, "resource_dump_command_segment.segment_header");
static_assert(__mlx5_bit_off(resource_dump_command_segment, segment_called) == 0x20 &&
	      __mlx5_bit_sz(resource_dump_command_segment, segment_called) == 0x10, "resource_dump_command_segment.segment_called");
static_assert(__mlx5_bit_off(resource_dump_command_segment, vhca_id) == 0x30 &&
	      __mlx5_bit_sz(resource_dump_command_segment, vhca_id) == 0x10, "resource_dump_command_segment.vhca_id");
static_assert(__mlx5_bit_off(resource_dump_command_segment, index1) == 0x40 &&
	      __mlx5_bit_sz(resource_dump_command_segment, index1) == 0x20, "resource_dump_command_segment.index1");
static_assert(__mlx5_bit_off(resource_dump_command_segment, index2) == 0x60 &&
	      __mlx5_bit_sz(resource_dump_command_segment, index2) == 0x20, "resource_dump_command_segment.index2");
static_assert(__mlx5_bit_off(resource_dump_command_segment, num_of_obj1) == 0x80 &&
	      __mlx5_bit_sz(resource_dump_command_segment, num_of_obj1) == 0x10, "resource_dump_command_segment.num_of_obj1");
static_assert(__mlx5_bit_off(resource_dump_command_segment, num_of_obj2) == 0x90 &&
	      __mlx5_bit_sz(resource_dump_command_segment, num_of_obj2) == 0x10, "resource_dump_command_segment.num_of_obj2");

/* struct mlx5_ifc_resource_dump_error_segment_bits */
static_assert(__mlx5_bit_off(resource_dump_error_segment, segment_header) == 0x0 &&
	      __mlx5_bit_sz(resource_dump_error_segment, segment_header) == 0x20, "resource_dump_error_segment.segment_header");
static_assert(__mlx5_bit_off(resource_dump_error_segment, syndrome_id) == 0x30 &&
	      __mlx5_bit_sz(resource_dump_error_segment, syndrome_id) == 0x10, "resource_dump_error_segment.syndrome_id");
static_assert(__mlx5_bit_off(resource_dump_error_segment, error) == 0x80 &&
	      __mlx5_bit_sz(resource_dump_error_segment, error) == 0x100, "resource_dump_error_segment.error");

/* struct mlx5_ifc_resource_dump_info_segment_bits */
static_assert(__mlx5_bit_off(resource_dump_info_segment, segment_header) == 0x0 &&
	      __mlx5_bit_sz(resource_dump_info_segment, segment_header) == 0x20, "resource_dump_info_segment.segment_header");
static_assert(__mlx5_bit_off(resource_dump_info_segment, dump_version) == 0x38 &&
	      __mlx5_bit_sz(resource_dump_info_segment, dump_version) == 0x8, "resource_dump_info_segment.dump_version");
static_assert(__mlx5_bit_off(resource_dump_info_segment, hw_version) == 0x40 &&
	      __mlx5_bit_sz(resource_dump_info_segment, hw_version) == 0x20, "resource_dump_info_segment.hw_version");
static_assert(__mlx5_bit_off(resource_dump_info_segment, fw_version) == 0x60 &&
	      __mlx5_bit_sz(resource_dump_info_segment, fw_version) == 0x20, "resource_dump_info_segment.fw_version");

/* struct mlx5_ifc_resource_dump_menu_segment_bits */
static_assert(__mlx5_bit_off(resource_dump_menu_segment, segment_header) == 0x0 &&
	      __mlx5_bit_sz(resource_dump_menu_segment, segment_header) == 0x20, "resource_dump_menu_segment.segment_header");
static_assert(__mlx5_bit_off(resource_dump_menu_segment, num_of_records) == 0x30 &&
	      __mlx5_bit_sz(resource_dump_menu_segment, num_of_records) == 0x10, "resource_dump_menu_segment.num_of_records");
static_assert(__mlx5_bit_off(resource_dump_menu_segment, record) == 0x40, "resource_dump_menu_segment.record");

/* struct mlx5_ifc_resource_dump_resource_segment_bits */
static_assert(__mlx5_bit_off(resource_dump_resource_segment, segment_header) == 0x0 &&
	      __mlx5_bit_sz(resource_dump_resource_segment, segment_header) == 0x20, "resource_dump_resource_segment.segment_header");
static_assert(__mlx5_bit_off(resource_dump_resource_segment, index1) == 0x40 &&
	      __mlx5_bit_sz(resource_dump_resource_segment, index1) == 0x20, "resource_dump_resource_segment.index1");
static_assert(__mlx5_bit_off(resource_dump_resource_segment, index2) == 0x60 &&
	      __mlx5_bit_sz(resource_dump_resource_segment, index2) == 0x20, "resource_dump_resource_segment.index2");
static_assert(__mlx5_bit_off(resource_dump_resource_segment, payload) == 0x80, "resource_dump_resource_segment.payload");

/* struct mlx5_ifc_resource_dump_terminate_segment_bits */
static_assert(__mlx5_bit_off(resource_dump_terminate_segment, segment_header) == 0x0 &&
	      __mlx5_bit_sz(resource_dump_terminate_segment, segment_header) == 0x20, "resource_dump_terminate_segment.segment_header");

/* struct mlx5_ifc_modify_field_select_bits */
static_assert(__mlx5_bit_off(modify_field_select, modify_field_select) == 0x0 &&
	      __mlx5_bit_sz(modify_field_select, modify_field_select) == 0x20, "modify_field_select.modify_field_select");

/* struct mlx5_ifc_field_select_r_roce_np_bits */
static_assert(__mlx5_bit_off(field_select_r_roce_np, field_select_r_roce_np) == 0x0 &&
	      __mlx5_bit_sz(field_select_r_roce_np, field_select_r_roce_np) == 0x20, "field_select_r_roce_np.field_select_r_roce_np");

/* struct mlx5_ifc_field_select_r_roce_rp_bits */
static_assert(__mlx5_bit_off(field_select_r_roce_rp, field_select_r_roce_rp) == 0x0 &&
	      __mlx5_bit_sz(field_select_r_roce_rp, field_select_r_roce_rp) == 0x20, "field_select_r_roce_rp.field_select_r_roce_rp");

/* struct mlx5_ifc_field_select_802_1qau_rp_bits */
static_assert(__mlx5_bit_off(field_select_802_1qau_rp, field_select_8021qaurp) == 0x0 &&
	      __mlx5_bit_sz(field_select_802_1qau_rp, field_select_8021qaurp) == 0x20, "field_select_802_1qau_rp.field_select_8021qaurp");

/* struct mlx5_ifc_phys_layer_cntrs_bits */
static_assert(__mlx5_bit_off(phys_layer_cntrs, time_since_last_clear_high) == 0x0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, time_since_last_clear_high) == 0x20, "phys_layer_cntrs.time_since_last_clear_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, time_since_last_clear_low) == 0x20 &&
	      __mlx5_bit_sz(phys_layer_cntrs, time_since_last_clear_low) == 0x20, "phys_layer_cntrs.time_since_last_clear_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, symbol_errors_high) == 0x40 &&
	      __mlx5_bit_sz(phys_layer_cntrs, symbol_errors_high) == 0x20, "phys_layer_cntrs.symbol_errors_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, symbol_errors_low) == 0x60 &&
	      __mlx5_bit_sz(phys_layer_cntrs, symbol_errors_low) == 0x20, "phys_layer_cntrs.symbol_errors_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, sync_headers_errors_high) == 0x80 &&
	      __mlx5_bit_sz(phys_layer_cntrs, sync_headers_errors_high) == 0x20, "phys_layer_cntrs.sync_headers_errors_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, sync_headers_errors_low) == 0xa0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, sync_headers_errors_low) == 0x20, "phys_layer_cntrs.sync_headers_errors_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, edpl_bip_errors_lane0_high) == 0xc0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, edpl_bip_errors_lane0_high) == 0x20, "phys_layer_cntrs.edpl_bip_errors_lane0_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, edpl_bip_errors_lane0_low) == 0xe0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, edpl_bip_errors_lane0_low) == 0x20, "phys_layer_cntrs.edpl_bip_errors_lane0_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, edpl_bip_errors_lane1_high) == 0x100 &&
	      __mlx5_bit_sz(phys_layer_cntrs, edpl_bip_errors_lane1_high) == 0x20, "phys_layer_cntrs.edpl_bip_errors_lane1_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, edpl_bip_errors_lane1_low) == 0x120 &&
	      __mlx5_bit_sz(phys_layer_cntrs, edpl_bip_errors_lane1_low) == 0x20, "phys_layer_cntrs.edpl_bip_errors_lane1_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, edpl_bip_errors_lane2_high) == 0x140 &&
	      __mlx5_bit_sz(phys_layer_cntrs, edpl_bip_errors_lane2_high) == 0x20, "phys_layer_cntrs.edpl_bip_errors_lane2_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, edpl_bip_errors_lane2_low) == 0x160 &&
	      __mlx5_bit_sz(phys_layer_cntrs, edpl_bip_errors_lane2_low) == 0x20, "phys_layer_cntrs.edpl_bip_errors_lane2_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, edpl_bip_errors_lane3_high) == 0x180 &&
	      __mlx5_bit_sz(phys_layer_cntrs, edpl_bip_errors_lane3_high) == 0x20, "phys_layer_cntrs.edpl_bip_errors_lane3_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, edpl_bip_errors_lane3_low) == 0x1a0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, edpl_bip_errors_lane3_low) == 0x20, "phys_layer_cntrs.edpl_bip_errors_lane3_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_corrected_blocks_lane0_high) == 0x1c0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_corrected_blocks_lane0_high) == 0x20, "phys_layer_cntrs.fc_fec_corrected_blocks_lane0_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_corrected_blocks_lane0_low) == 0x1e0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_corrected_blocks_lane0_low) == 0x20, "phys_layer_cntrs.fc_fec_corrected_blocks_lane0_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_corrected_blocks_lane1_high) == 0x200 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_corrected_blocks_lane1_high) == 0x20, "phys_layer_cntrs.fc_fec_corrected_blocks_lane1_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_corrected_blocks_lane1_low) == 0x220 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_corrected_blocks_lane1_low) == 0x20, "phys_layer_cntrs.fc_fec_corrected_blocks_lane1_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_corrected_blocks_lane2_high) == 0x240 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_corrected_blocks_lane2_high) == 0x20, "phys_layer_cntrs.fc_fec_corrected_blocks_lane2_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_corrected_blocks_lane2_low) == 0x260 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_corrected_blocks_lane2_low) == 0x20, "phys_layer_cntrs.fc_fec_corrected_blocks_lane2_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_corrected_blocks_lane3_high) == 0x280 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_corrected_blocks_lane3_high) == 0x20, "phys_layer_cntrs.fc_fec_corrected_blocks_lane3_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_corrected_blocks_lane3_low) == 0x2a0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_corrected_blocks_lane3_low) == 0x20, "phys_layer_cntrs.fc_fec_corrected_blocks_lane3_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane0_high) == 0x2c0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane0_high) == 0x20, "phys_layer_cntrs.fc_fec_uncorrectable_blocks_lane0_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane0_low) == 0x2e0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane0_low) == 0x20, "phys_layer_cntrs.fc_fec_uncorrectable_blocks_lane0_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane1_high) == 0x300 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane1_high) == 0x20, "phys_layer_cntrs.fc_fec_uncorrectable_blocks_lane1_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane1_low) == 0x320 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane1_low) == 0x20, "phys_layer_cntrs.fc_fec_uncorrectable_blocks_lane1_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane2_high) == 0x340 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane2_high) == 0x20, "phys_layer_cntrs.fc_fec_uncorrectable_blocks_lane2_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane2_low) == 0x360 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane2_low) == 0x20, "phys_layer_cntrs.fc_fec_uncorrectable_blocks_lane2_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane3_high) == 0x380 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane3_high) == 0x20, "phys_layer_cntrs.fc_fec_uncorrectable_blocks_lane3_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane3_low) == 0x3a0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, fc_fec_uncorrectable_blocks_lane3_low) == 0x20, "phys_layer_cntrs.fc_fec_uncorrectable_blocks_lane3_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_corrected_blocks_high) == 0x3c0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_corrected_blocks_high) == 0x20, "phys_layer_cntrs.rs_fec_corrected_blocks_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_corrected_blocks_low) == 0x3e0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_corrected_blocks_low) == 0x20, "phys_layer_cntrs.rs_fec_corrected_blocks_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_uncorrectable_blocks_high) == 0x400 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_uncorrectable_blocks_high) == 0x20, "phys_layer_cntrs.rs_fec_uncorrectable_blocks_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_uncorrectable_blocks_low) == 0x420 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_uncorrectable_blocks_low) == 0x20, "phys_layer_cntrs.rs_fec_uncorrectable_blocks_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_no_errors_blocks_high) == 0x440 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_no_errors_blocks_high) == 0x20, "phys_layer_cntrs.rs_fec_no_errors_blocks_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_no_errors_blocks_low) == 0x460 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_no_errors_blocks_low) == 0x20, "phys_layer_cntrs.rs_fec_no_errors_blocks_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_single_error_blocks_high) == 0x480 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_single_error_blocks_high) == 0x20, "phys_layer_cntrs.rs_fec_single_error_blocks_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_single_error_blocks_low) == 0x4a0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_single_error_blocks_low) == 0x20, "phys_layer_cntrs.rs_fec_single_error_blocks_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_corrected_symbols_total_high) == 0x4c0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_corrected_symbols_total_high) == 0x20, "phys_layer_cntrs.rs_fec_corrected_symbols_total_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_corrected_symbols_total_low) == 0x4e0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_corrected_symbols_total_low) == 0x20, "phys_layer_cntrs.rs_fec_corrected_symbols_total_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_corrected_symbols_lane0_high) == 0x500 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_corrected_symbols_lane0_high) == 0x20, "phys_layer_cntrs.rs_fec_corrected_symbols_lane0_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_corrected_symbols_lane0_low) == 0x520 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_corrected_symbols_lane0_low) == 0x20, "phys_layer_cntrs.rs_fec_corrected_symbols_lane0_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_corrected_symbols_lane1_high) == 0x540 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_corrected_symbols_lane1_high) == 0x20, "phys_layer_cntrs.rs_fec_corrected_symbols_lane1_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_corrected_symbols_lane1_low) == 0x560 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_corrected_symbols_lane1_low) == 0x20, "phys_layer_cntrs.rs_fec_corrected_symbols_lane1_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_corrected_symbols_lane2_high) == 0x580 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_corrected_symbols_lane2_high) == 0x20, "phys_layer_cntrs.rs_fec_corrected_symbols_lane2_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_corrected_symbols_lane2_low) == 0x5a0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_corrected_symbols_lane2_low) == 0x20, "phys_layer_cntrs.rs_fec_corrected_symbols_lane2_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_corrected_symbols_lane3_high) == 0x5c0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_corrected_symbols_lane3_high) == 0x20, "phys_layer_cntrs.rs_fec_corrected_symbols_lane3_high");
static_assert(__mlx5_bit_off(phys_layer_cntrs, rs_fec_corrected_symbols_lane3_low) == 0x5e0 &&
	      __mlx5_bit_sz(phys_layer_cntrs, rs_fec_corrected_symbols_lane3_low) == 0x20, "phys_layer_cntrs.rs_fec_corrected_symbols_lane3_low");
static_assert(__mlx5_bit_off(phys_layer_cntrs, link_down_events) == 0x600 &&
	      __mlx5_bit_sz(phys_layer_cntrs, link_down_events) == 0x20, "phys_layer_cntrs.link_down_events");
static_assert(__mlx5_bit_off(phys_layer_cntrs, successful_recovery_events) == 0x620 &&
	      __mlx5_bit_sz(phys_layer_cntrs, successful_recovery_events) == 0x20, "phys_layer_cntrs.successful_recovery_events");

/* struct mlx5_ifc_phys_layer_statistical_cntrs_bits */
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, time_since_last_clear_high) == 0x0 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, time_since_last_clear_high) == 0x20, "phys_layer_statistical_cntrs.time_since_last_clear_high");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, time_since_last_clear_low) == 0x20 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, time_since_last_clear_low) == 0x20, "phys_layer_statistical_cntrs.time_since_last_clear_low");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, phy_received_bits_high) == 0x40 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, phy_received_bits_high) == 0x20, "phys_layer_statistical_cntrs.phy_received_bits_high");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, phy_received_bits_low) == 0x60 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, phy_received_bits_low) == 0x20, "phys_layer_statistical_cntrs.phy_received_bits_low");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, phy_symbol_errors_high) == 0x80 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, phy_symbol_errors_high) == 0x20, "phys_layer_statistical_cntrs.phy_symbol_errors_high");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, phy_symbol_errors_low) == 0xa0 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, phy_symbol_errors_low) == 0x20, "phys_layer_statistical_cntrs.phy_symbol_errors_low");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, phy_corrected_bits_high) == 0xc0 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, phy_corrected_bits_high) == 0x20, "phys_layer_statistical_cntrs.phy_corrected_bits_high");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, phy_corrected_bits_low) == 0xe0 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, phy_corrected_bits_low) == 0x20, "phys_layer_statistical_cntrs.phy_corrected_bits_low");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, phy_corrected_bits_lane0_high) == 0x100 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, phy_corrected_bits_lane0_high) == 0x20, "phys_layer_statistical_cntrs.phy_corrected_bits_lane0_high");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, phy_corrected_bits_lane0_low) == 0x120 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, phy_corrected_bits_lane0_low) == 0x20, "phys_layer_statistical_cntrs.phy_corrected_bits_lane0_low");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, phy_corrected_bits_lane1_high) == 0x140 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, phy_corrected_bits_lane1_high) == 0x20, "phys_layer_statistical_cntrs.phy_corrected_bits_lane1_high");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, phy_corrected_bits_lane1_low) == 0x160 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, phy_corrected_bits_lane1_low) == 0x20, "phys_layer_statistical_cntrs.phy_corrected_bits_lane1_low");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, phy_corrected_bits_lane2_high) == 0x180 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, phy_corrected_bits_lane2_high) == 0x20, "phys_layer_statistical_cntrs.phy_corrected_bits_lane2_high");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, phy_corrected_bits_lane2_low) == 0x1a0 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, phy_corrected_bits_lane2_low) == 0x20, "phys_layer_statistical_cntrs.phy_corrected_bits_lane2_low");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, phy_corrected_bits_lane3_high) == 0x1c0 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, phy_corrected_bits_lane3_high) == 0x20, "phys_layer_statistical_cntrs.phy_corrected_bits_lane3_high");
static_assert(__mlx5_bit_off(phys_layer_statistical_cntrs, phy_corrected_bits_lane3_low) == 0x1e0 &&
	      __mlx5_bit_sz(phys_layer_statistical_cntrs, phy_corrected_bits_lane3_low) == 0x20, "phys_layer_statistical_cntrs.phy_corrected_bits_lane3_low");

/* struct mlx5_ifc_ib_port_cntrs_grp_data_layout_bits */
static_assert(__mlx5_bit_off(ib_port_cntrs_grp_data_layout, symbol_error_counter) == 0x0 &&
	      __mlx5_bit_sz(ib_port_cntrs_grp_data_layout, symbol_error_counter) == 0x10, "ib_port_cntrs_grp_data_layout.symbol_error_counter");
static_assert(__mlx5_bit_off(ib_port_cntrs_grp_data_layout, link_error_recovery_counter) == 0x10 &&
	      __mlx5_bit_sz(ib_port_cntrs_grp_data_layout, link_error_recovery_counter) == 0x8, "ib_port_cntrs_grp_data_layout.link_error_recovery_counter");
static_assert(__mlx5_bit_off(ib_port_cntrs_grp_data_layout, link_downed_counter) == 0x18 &&
	      __mlx5_bit_sz(ib_port_cntrs_grp_data_layout, link_downed_counter) == 0x8, "ib_port_cntrs_grp_data_layout.link_downed_counter");
static_assert(__mlx5_bit_off(ib_port_cntrs_grp_data_layout, port_rcv_errors) == 0x20 &&
	      __mlx5_bit_sz(ib_port_cntrs_grp_data_layout, port_rcv_errors) == 0x10, "ib_port_cntrs_grp_data_layout.port_rcv_errors");
static_assert(__mlx5_bit_off(ib_port_cntrs_grp_data_layout, port_rcv_remote_physical_errors) == 0x30 &&
	      __mlx5_bit_sz(ib_port_cntrs_grp_data_layout, port_rcv_remote_physical_errors) == 0x10, "ib_port_cntrs_grp_data_layout.port_rcv_remote_physical_errors");
static_assert(__mlx5_bit_off(ib_port_cntrs_grp_data_layout, port_rcv_switch_relay_errors) == 0x40 &&
	      __mlx5_bit_sz(ib_port_cntrs_grp_data_layout, port_rcv_switch_relay_errors) == 0x10, "ib_port_cntrs_grp_data_layout.port_rcv_switch_relay_errors");
static_assert(__mlx5_bit_off(ib_port_cntrs_grp_data_layout, port_xmit_discards) == 0x50 &&
	      __mlx5_bit_sz(ib_port_cntrs_grp_data_layout, port_xmit_discards) == 0x10, "ib_port_cntrs_grp_data_layout.port_xmit_discards");
static_assert(__mlx5_bit_off(ib_port_cntrs_grp_data_layout, port_xmit_constraint_errors) == 0x60 &&
	      __mlx5_bit_sz(ib_port_cntrs_grp_data_layout, port_xmit_constraint_errors) == 0x8, "ib_port_cntrs_grp_data_layout.port_xmit_constraint_errors");
static_assert(__mlx5_bit_off(ib_port_cntrs_grp_data_layout, port_rcv_constraint_errors) == 0x68 &&
	      __mlx5_bit_sz(ib_port_cntrs_grp_data_layout, port_rcv_constraint_errors) == 0x8, "ib_port_cntrs_grp_data_layout.port_rcv_constraint_errors");
static_assert(__mlx5_bit_off(ib_port_cntrs_grp_data_layout, link_overrun_errors) == 0x78 &&
	      __mlx5_bit_sz(ib_port_cntrs_grp_data_layout, link_overrun_errors) == 0x8, "ib_port_cntrs_grp_data_layout.link_overrun_errors");
static_assert(__mlx5_bit_off(ib_port_cntrs_grp_data_layout, vl_15_dropped) == 0x90 &&
	      __mlx5_bit_sz(ib_port_cntrs_grp_data_layout, vl_15_dropped) == 0x10, "ib_port_cntrs_grp_data_layout.vl_15_dropped");
static_assert(__mlx5_bit_off(ib_port_cntrs_grp_data_layout, port_xmit_wait) == 0x120 &&
	      __mlx5_bit_sz(ib_port_cntrs_grp_data_layout, port_xmit_wait) == 0x20, "ib_port_cntrs_grp_data_layout.port_xmit_wait");

/* struct mlx5_ifc_eth_per_tc_prio_grp_data_layout_bits */
static_assert(__mlx5_bit_off(eth_per_tc_prio_grp_data_layout, transmit_queue_high) == 0x0 &&
	      __mlx5_bit_sz(eth_per_tc_prio_grp_data_layout, transmit_queue_high) == 0x20, "eth_per_tc_prio_grp_data_layout.transmit_queue_high");
static_assert(__mlx5_bit_off(eth_per_tc_prio_grp_data_layout, transmit_queue_low) == 0x20 &&
	      __mlx5_bit_sz(eth_per_tc_prio_grp_data_layout, transmit_queue_low) == 0x20, "eth_per_tc_prio_grp_data_layout.transmit_queue_low");
static_assert(__mlx5_bit_off(eth_per_tc_prio_grp_data_layout, no_buffer_discard_uc_high) == 0x40 &&
	      __mlx5_bit_sz(eth_per_tc_prio_grp_data_layout, no_buffer_discard_uc_high) == 0x20, "eth_per_tc_prio_grp_data_layout.no_buffer_discard_uc_high");
static_assert(__mlx5_bit_off(eth_per_tc_prio_grp_data_layout, no_buffer_discard_uc_low) == 0x60 &&
	      __mlx5_bit_sz(eth_per_tc_prio_grp_data_layout, no_buffer_discard_uc_low) == 0x20, "eth_per_tc_prio_grp_data_layout.no_buffer_discard_uc_low");

/* struct mlx5_ifc_eth_per_tc_congest_prio_grp_data_layout_bits */
static_assert(__mlx5_bit_off(eth_per_tc_congest_prio_grp_data_layout, wred_discard_high) == 0x0 &&
	      __mlx5_bit_sz(eth_per_tc_congest_prio_grp_data_layout, wred_discard_high) == 0x20, "eth_per_tc_congest_prio_grp_data_layout.wred_discard_high");
static_assert(__mlx5_bit_off(eth_per_tc_congest_prio_grp_data_layout, wred_discard_low) == 0x20 &&
	      __mlx5_bit_sz(eth_per_tc_congest_prio_grp_data_layout, wred_discard_low) == 0x20, "eth_per_tc_congest_prio_grp_data_layout.wred_discard_low");
static_assert(__mlx5_bit_off(eth_per_tc_congest_prio_grp_data_layout, ecn_marked_tc_high) == 0x40 &&
	      __mlx5_bit_sz(eth_per_tc_congest_prio_grp_data_layout, ecn_marked_tc_high) == 0x20, "eth_per_tc_congest_prio_grp_data_layout.ecn_marked_tc_high");
static_assert(__mlx5_bit_off(eth_per_tc_congest_prio_grp_data_layout, ecn_marked_tc_low) == 0x60 &&
	      __mlx5_bit_sz(eth_per_tc_congest_prio_grp_data_layout, ecn_marked_tc_low) == 0x20, "eth_per_tc_congest_prio_grp_data_layout.ecn_marked_tc_low");

/* struct mlx5_ifc_pcie_perf_cntrs_grp_data_layout_bits */
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, life_time_counter_high) == 0x0 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, life_time_counter_high) == 0x20, "pcie_perf_cntrs_grp_data_layout.life_time_counter_high");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, life_time_counter_low) == 0x20 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, life_time_counter_low) == 0x20, "pcie_perf_cntrs_grp_data_layout.life_time_counter_low");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, rx_errors) == 0x40 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, rx_errors) == 0x20, "pcie_perf_cntrs_grp_data_layout.rx_errors");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, tx_errors) == 0x60 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, tx_errors) == 0x20, "pcie_perf_cntrs_grp_data_layout.tx_errors");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, l0_to_recovery_eieos) == 0x80 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, l0_to_recovery_eieos) == 0x20, "pcie_perf_cntrs_grp_data_layout.l0_to_recovery_eieos");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, l0_to_recovery_ts) == 0xa0 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, l0_to_recovery_ts) == 0x20, "pcie_perf_cntrs_grp_data_layout.l0_to_recovery_ts");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, l0_to_recovery_framing) == 0xc0 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, l0_to_recovery_framing) == 0x20, "pcie_perf_cntrs_grp_data_layout.l0_to_recovery_framing");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, l0_to_recovery_retrain) == 0xe0 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, l0_to_recovery_retrain) == 0x20, "pcie_perf_cntrs_grp_data_layout.l0_to_recovery_retrain");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, crc_error_dllp) == 0x100 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, crc_error_dllp) == 0x20, "pcie_perf_cntrs_grp_data_layout.crc_error_dllp");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, crc_error_tlp) == 0x120 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, crc_error_tlp) == 0x20, "pcie_perf_cntrs_grp_data_layout.crc_error_tlp");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, tx_overflow_buffer_pkt_high) == 0x140 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, tx_overflow_buffer_pkt_high) == 0x20, "pcie_perf_cntrs_grp_data_layout.tx_overflow_buffer_pkt_high");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, tx_overflow_buffer_pkt_low) == 0x160 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, tx_overflow_buffer_pkt_low) == 0x20, "pcie_perf_cntrs_grp_data_layout.tx_overflow_buffer_pkt_low");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, outbound_stalled_reads) == 0x180 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, outbound_stalled_reads) == 0x20, "pcie_perf_cntrs_grp_data_layout.outbound_stalled_reads");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, outbound_stalled_writes) == 0x1a0 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, outbound_stalled_writes) == 0x20, "pcie_perf_cntrs_grp_data_layout.outbound_stalled_writes");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, outbound_stalled_reads_events) == 0x1c0 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, outbound_stalled_reads_events) == 0x20, "pcie_perf_cntrs_grp_data_layout.outbound_stalled_reads_events");
static_assert(__mlx5_bit_off(pcie_perf_cntrs_grp_data_layout, outbound_stalled_writes_events) == 0x1e0 &&
	      __mlx5_bit_sz(pcie_perf_cntrs_grp_data_layout, outbound_stalled_writes_events) == 0x20, "pcie_perf_cntrs_grp_data_layout.outbound_stalled_writes_events");

/* struct mlx5_ifc_cmd_inter_comp_event_bits */
static_assert(__mlx5_bit_off(cmd_inter_comp_event, command_completion_vector) == 0x0 &&
	      __mlx5_bit_sz(cmd_inter_comp_event, command_completion_vector) == 0x20, "cmd_inter_comp_event.command_completion_vector");

/* struct mlx5_ifc_stall_vl_event_bits */
static_assert(__mlx5_bit_off(stall_vl_event, port_num) == 0x18 &&
	      __mlx5_bit_sz(stall_vl_event, port_num) == 0x1, "stall_vl_event.port_num");
static_assert(__mlx5_bit_off(stall_vl_event, vl) == 0x1c &&
	      __mlx5_bit_sz(stall_vl_event, vl) == 0x4, "stall_vl_event.vl");

/* struct mlx5_ifc_db_bf_congestion_event_bits */
static_assert(__mlx5_bit_off(db_bf_congestion_event, event_subtype) == 0x0 &&
	      __mlx5_bit_sz(db_bf_congestion_event, event_subtype) == 0x8, "db_bf_congestion_event.event_subtype");
static_assert(__mlx5_bit_off(db_bf_congestion_event, congestion_level) == 0x10 &&
	      __mlx5_bit_sz(db_bf_congestion_event, congestion_level) == 0x8, "db_bf_congestion_event.congestion_level");

/* struct mlx5_ifc_gpio_event_bits */
static_assert(__mlx5_bit_off(gpio_event, gpio_event_hi) == 0x60 &&
	      __mlx5_bit_sz(gpio_event, gpio_event_hi) == 0x20, "gpio_event.gpio_event_hi");
static_assert(__mlx5_bit_off(gpio_event, gpio_event_lo) == 0x80 &&
	      __mlx5_bit_sz(gpio_event, gpio_event_lo) == 0x20, "gpio_event.gpio_event_lo");

/* struct mlx5_ifc_port_state_change_event_bits */
static_assert(__mlx5_bit_off(port_state_change_event, port_num) == 0x40 &&
	      __mlx5_bit_sz(port_state_change_event, port_num) == 0x4, "port_state_change_event.port_num");

/* struct mlx5_ifc_dropped_packet_logged_bits */

/* struct mlx5_ifc_default_timeout_bits */
static_assert(__mlx5_bit_off(default_timeout, to_multiplier) == 0x0 &&
	      __mlx5_bit_sz(default_timeout, to_multiplier) == 0x3, "default_timeout.to_multiplier");
static_assert(__mlx5_bit_off(default_timeout, to_value) == 0xc &&
	      __mlx5_bit_sz(default_timeout, to_value) == 0x14, "default_timeout.to_value");

/* struct mlx5_ifc_dtor_reg_bits */
static_assert(__mlx5_bit_off(dtor_reg, pcie_toggle_to) == 0x20 &&
	      __mlx5_bit_sz(dtor_reg, pcie_toggle_to) == 0x20, "dtor_reg.pcie_toggle_to");
static_assert(__mlx5_bit_off(dtor_reg, health_poll_to) == 0xa0 &&
	      __mlx5_bit_sz(dtor_reg, health_poll_to) == 0x20, "dtor_reg.health_poll_to");
static_assert(__mlx5_bit_off(dtor_reg, full_crdump_to) == 0xc0 &&
	      __mlx5_bit_sz(dtor_reg, full_crdump_to) == 0x20, "dtor_reg.full_crdump_to");
static_assert(__mlx5_bit_off(dtor_reg, fw_reset_to) == 0xe0 &&
	      __mlx5_bit_sz(dtor_reg, fw_reset_to) == 0x20, "dtor_reg.fw_reset_to");
static_assert(__mlx5_bit_off(dtor_reg, flush_on_err_to) == 0x100 &&
	      __mlx5_bit_sz(dtor_reg, flush_on_err_to) == 0x20, "dtor_reg.flush_on_err_to");
static_assert(__mlx5_bit_off(dtor_reg, pci_sync_update_to) == 0x120 &&
	      __mlx5_bit_sz(dtor_reg, pci_sync_update_to) == 0x20, "dtor_reg.pci_sync_update_to");
static_assert(__mlx5_bit_off(dtor_reg, tear_down_to) == 0x140 &&
	      __mlx5_bit_sz(dtor_reg, tear_down_to) == 0x20, "dtor_reg.tear_down_to");
static_assert(__mlx5_bit_off(dtor_reg, fsm_reactivate_to) == 0x160 &&
	      __mlx5_bit_sz(dtor_reg, fsm_reactivate_to) == 0x20, "dtor_reg.fsm_reactivate_to");
static_assert(__mlx5_bit_off(dtor_reg, reclaim_pages_to) == 0x180 &&
	      __mlx5_bit_sz(dtor_reg, reclaim_pages_to) == 0x20, "dtor_reg.reclaim_pages_to");
static_assert(__mlx5_bit_off(dtor_reg, reclaim_vfs_pages_to) == 0x1a0 &&
	      __mlx5_bit_sz(dtor_reg, reclaim_vfs_pages_to) == 0x20, "dtor_reg.reclaim_vfs_pages_to");

/* struct mlx5_ifc_cq_error_bits */
static_assert(__mlx5_bit_off(cq_error, cqn) == 0x8 &&
	      __mlx5_bit_sz(cq_error, cqn) == 0x18, "cq_error.cqn");
static_assert(__mlx5_bit_off(cq_error, syndrome) == 0x58 &&
	      __mlx5_bit_sz(cq_error, syndrome) == 0x8, "cq_error.syndrome");

/* struct mlx5_ifc_rdma_page_fault_event_bits */
static_assert(__mlx5_bit_off(rdma_page_fault_event, bytes_committed) == 0x0 &&
	      __mlx5_bit_sz(rdma_page_fault_event, bytes_committed) == 0x20, "rdma_page_fault_event.bytes_committed");
static_assert(__mlx5_bit_off(rdma_page_fault_event, r_key) == 0x20 &&
	      __mlx5_bit_sz(rdma_page_fault_event, r_key) == 0x20, "rdma_page_fault_event.r_key");
static_assert(__mlx5_bit_off(rdma_page_fault_event, packet_len) == 0x50 &&
	      __mlx5_bit_sz(rdma_page_fault_event, packet_len) == 0x10, "rdma_page_fault_event.packet_len");
static_assert(__mlx5_bit_off(rdma_page_fault_event, rdma_op_len) == 0x60 &&
	      __mlx5_bit_sz(rdma_page_fault_event, rdma_op_len) == 0x20, "rdma_page_fault_event.rdma_op_len");
static_assert(__mlx5_bit_off(rdma_page_fault_event, rdma_va) == 0x80 &&
	      __mlx5_bit_sz(rdma_page_fault_event, rdma_va) == 0x40, "rdma_page_fault_event.rdma_va");
static_assert(__mlx5_bit_off(rdma_page_fault_event, rdma) == 0xc5 &&
	      __mlx5_bit_sz(rdma_page_fault_event, rdma) == 0x1, "rdma_page_fault_event.rdma");
static_assert(__mlx5_bit_off(rdma_page_fault_event, write) == 0xc6 &&
	      __mlx5_bit_sz(rdma_page_fault_event, write) == 0x1, "rdma_page_fault_event.write");
static_assert(__mlx5_bit_off(rdma_page_fault_event, requestor) == 0xc7 &&
	      __mlx5_bit_sz(rdma_page_fault_event, requestor) == 0x1, "rdma_page_fault_event.requestor");
static_assert(__mlx5_bit_off(rdma_page_fault_event, qp_number) == 0xc8 &&
	      __mlx5_bit_sz(rdma_page_fault_event, qp_number) == 0x18, "rdma_page_fault_event.qp_number");

/* struct mlx5_ifc_wqe_associated_page_fault_event_bits */
static_assert(__mlx5_bit_off(wqe_associated_page_fault_event, bytes_committed) == 0x0 &&
	      __mlx5_bit_sz(wqe_associated_page_fault_event, bytes_committed) == 0x20, "wqe_associated_page_fault_event.bytes_committed");
static_assert(__mlx5_bit_off(wqe_associated_page_fault_event, wqe_index) == 0x30 &&
	      __mlx5_bit_sz(wqe_associated_page_fault_event, wqe_index) == 0x10, "wqe_associated_page_fault_event.wqe_index");
static_assert(__mlx5_bit_off(wqe_associated_page_fault_event, len) == 0x50 &&
	      __mlx5_bit_sz(wqe_associated_page_fault_event, len) == 0x10, "wqe_associated_page_fault_event.len");
static_assert(__mlx5_bit_off(wqe_associated_page_fault_event, rdma) == 0xc5 &&
	      __mlx5_bit_sz(wqe_associated_page_fault_event, rdma) == 0x1, "wqe_associated_page_fault_event.rdma");
static_assert(__mlx5_bit_off(wqe_associated_page_fault_event, write_read) == 0xc6 &&
	      __mlx5_bit_sz(wqe_associated_page_fault_event, write_read) == 0x1, "wqe_associated_page_fault_event.write_read");
static_assert(__mlx5_bit_off(wqe_associated_page_fault_event, requestor) == 0xc7 &&
	      __mlx5_bit_sz(wqe_associated_page_fault_event, requestor) == 0x1, "wqe_associated_page_fault_event.requestor");
static_assert(__mlx5_bit_off(wqe_associated_page_fault_event, qpn) == 0xc8 &&
	      __mlx5_bit_sz(wqe_associated_page_fault_event, qpn) == 0x18, "wqe_associated_page_fault_event.qpn");

/* struct mlx5_ifc_qp_events_bits */
static_assert(__mlx5_bit_off(qp_events, type) == 0xa0 &&
	      __mlx5_bit_sz(qp_events, type) == 0x8, "qp_events.type");
static_assert(__mlx5_bit_off(qp_events, qpn_rqn_sqn) == 0xc8 &&
	      __mlx5_bit_sz(qp_events, qpn_rqn_sqn) == 0x18, "qp_events.qpn_rqn_sqn");

/* struct mlx5_ifc_dct_events_bits */
static_assert(__mlx5_bit_off(dct_events, dct_number) == 0xc8 &&
	      __mlx5_bit_sz(dct_events, dct_number) == 0x18, "dct_events.dct_number");

/* struct mlx5_ifc_comp_event_bits */
static_assert(__mlx5_bit_off(comp_event, cq_number) == 0xc8 &&
	      __mlx5_bit_sz(comp_event, cq_number) == 0x18, "comp_event.cq_number");

/* struct mlx5_ifc_qpc_bits */
static_assert(__mlx5_bit_off(qpc, state) == 0x0 &&
	      __mlx5_bit_sz(qpc, state) == 0x4, "qpc.state");
static_assert(__mlx5_bit_off(qpc, lag_tx_port_affinity) == 0x4 &&
	      __mlx5_bit_sz(qpc, lag_tx_port_affinity) == 0x4, "qpc.lag_tx_port_affinity");
static_assert(__mlx5_bit_off(qpc, st) == 0x8 &&
	      __mlx5_bit_sz(qpc, st) == 0x8, "qpc.st");
static_assert(__mlx5_bit_off(qpc, isolate_vl_tc) == 0x12 &&
	      __mlx5_bit_sz(qpc, isolate_vl_tc) == 0x1, "qpc.isolate_vl_tc");
static_assert(__mlx5_bit_off(qpc, pm_state) == 0x13 &&
	      __mlx5_bit_sz(qpc, pm_state) == 0x2, "qpc.pm_state");
static_assert(__mlx5_bit_off(qpc, req_e2e_credit_mode) == 0x16 &&
	      __mlx5_bit_sz(qpc, req_e2e_credit_mode) == 0x2, "qpc.req_e2e_credit_mode");
static_assert(__mlx5_bit_off(qpc, offload_type) == 0x18 &&
	      __mlx5_bit_sz(qpc, offload_type) == 0x4, "qpc.offload_type");
static_assert(__mlx5_bit_off(qpc, end_padding_mode) == 0x1c &&
	      __mlx5_bit_sz(qpc, end_padding_mode) == 0x2, "qpc.end_padding_mode");
static_assert(__mlx5_bit_off(qpc, wq_signature) == 0x20 &&
	      __mlx5_bit_sz(qpc, wq_signature) == 0x1, "qpc.wq_signature");
static_assert(__mlx5_bit_off(qpc, block_lb_mc) == 0x21 &&
	      __mlx5_bit_sz(qpc, block_lb_mc) == 0x1, "qpc.block_lb_mc");
static_assert(__mlx5_bit_off(qpc, atomic_like_write_en) == 0x22 &&
	      __mlx5_bit_sz(qpc, atomic_like_write_en) == 0x1, "qpc.atomic_like_write_en");
static_assert(__mlx5_bit_off(qpc, latency_sensitive) == 0x23 &&
	      __mlx5_bit_sz(qpc, latency_sensitive) == 0x1, "qpc.latency_sensitive");
static_assert(__mlx5_bit_off(qpc, drain_sigerr) == 0x25 &&
	      __mlx5_bit_sz(qpc, drain_sigerr) == 0x1, "qpc.drain_sigerr");
static_assert(__mlx5_bit_off(qpc, pd) == 0x28 &&
	      __mlx5_bit_sz(qpc, pd) == 0x18, "qpc.pd");
static_assert(__mlx5_bit_off(qpc, mtu) == 0x40 &&
	      __mlx5_bit_sz(qpc, mtu) == 0x3, "qpc.mtu");
static_assert(__mlx5_bit_off(qpc, log_msg_max) == 0x43 &&
	      __mlx5_bit_sz(qpc, log_msg_max) == 0x5, "qpc.log_msg_max");
static_assert(__mlx5_bit_off(qpc, log_rq_size) == 0x49 &&
	      __mlx5_bit_sz(qpc, log_rq_size) == 0x4, "qpc.log_rq_size");
static_assert(__mlx5_bit_off(qpc, log_rq_stride) == 0x4d &&
	      __mlx5_bit_sz(qpc, log_rq_stride) == 0x3, "qpc.log_rq_stride");
static_assert(__mlx5_bit_off(qpc, no_sq) == 0x50 &&
	      __mlx5_bit_sz(qpc, no_sq) == 0x1, "qpc.no_sq");
static_assert(__mlx5_bit_off(qpc, log_sq_size) == 0x51 &&
	      __mlx5_bit_sz(qpc, log_sq_size) == 0x4, "qpc.log_sq_size");
static_assert(__mlx5_bit_off(qpc, ts_format) == 0x58 &&
	      __mlx5_bit_sz(qpc, ts_format) == 0x2, "qpc.ts_format");
static_assert(__mlx5_bit_off(qpc, rlky) == 0x5b &&
	      __mlx5_bit_sz(qpc, rlky) == 0x1, "qpc.rlky");
static_assert(__mlx5_bit_off(qpc, ulp_stateless_offload_mode) == 0x5c &&
	      __mlx5_bit_sz(qpc, ulp_stateless_offload_mode) == 0x4, "qpc.ulp_stateless_offload_mode");
static_assert(__mlx5_bit_off(qpc, counter_set_id) == 0x60 &&
	      __mlx5_bit_sz(qpc, counter_set_id) == 0x8, "qpc.counter_set_id");
static_assert(__mlx5_bit_off(qpc, uar_page) == 0x68 &&
	      __mlx5_bit_sz(qpc, uar_page) == 0x18, "qpc.uar_page");
static_assert(__mlx5_bit_off(qpc, user_index) == 0x88 &&
	      __mlx5_bit_sz(qpc, user_index) == 0x18, "qpc.user_index");
static_assert(__mlx5_bit_off(qpc, log_page_size) == 0xa3 &&
	      __mlx5_bit_sz(qpc, log_page_size) == 0x5, "qpc.log_page_size");
static_assert(__mlx5_bit_off(qpc, remote_qpn) == 0xa8 &&
	      __mlx5_bit_sz(qpc, remote_qpn) == 0x18, "qpc.remote_qpn");
static_assert(__mlx5_bit_off(qpc, primary_address_path) == 0xc0 &&
	      __mlx5_bit_sz(qpc, primary_address_path) == 0x160, "qpc.primary_address_path");
static_assert(__mlx5_bit_off(qpc, secondary_address_path) == 0x220 &&
	      __mlx5_bit_sz(qpc, secondary_address_path) == 0x160, "qpc.secondary_address_path");
static_assert(__mlx5_bit_off(qpc, log_ack_req_freq) == 0x380 &&
	      __mlx5_bit_sz(qpc, log_ack_req_freq) == 0x4, "qpc.log_ack_req_freq");
static_assert(__mlx5_bit_off(qpc, log_sra_max) == 0x388 &&
	      __mlx5_bit_sz(qpc, log_sra_max) == 0x3, "qpc.log_sra_max");
static_assert(__mlx5_bit_off(qpc, retry_count) == 0x38d &&
	      __mlx5_bit_sz(qpc, retry_count) == 0x3, "qpc.retry_count");
static_assert(__mlx5_bit_off(qpc, rnr_retry) == 0x390 &&
	      __mlx5_bit_sz(qpc, rnr_retry) == 0x3, "qpc.rnr_retry");
static_assert(__mlx5_bit_off(qpc, fre) == 0x394 &&
	      __mlx5_bit_sz(qpc, fre) == 0x1, "qpc.fre");
static_assert(__mlx5_bit_off(qpc, cur_rnr_retry) == 0x395 &&
	      __mlx5_bit_sz(qpc, cur_rnr_retry) == 0x3, "qpc.cur_rnr_retry");
static_assert(__mlx5_bit_off(qpc, cur_retry_count) == 0x398 &&
	      __mlx5_bit_sz(qpc, cur_retry_count) == 0x3, "qpc.cur_retry_count");
static_assert(__mlx5_bit_off(qpc, next_send_psn) == 0x3c8 &&
	      __mlx5_bit_sz(qpc, next_send_psn) == 0x18, "qpc.next_send_psn");
static_assert(__mlx5_bit_off(qpc, log_num_dci_stream_channels) == 0x3e3 &&
	      __mlx5_bit_sz(qpc, log_num_dci_stream_channels) == 0x5, "qpc.log_num_dci_stream_channels");
static_assert(__mlx5_bit_off(qpc, cqn_snd) == 0x3e8 &&
	      __mlx5_bit_sz(qpc, cqn_snd) == 0x18, "qpc.cqn_snd");
static_assert(__mlx5_bit_off(qpc, log_num_dci_errored_streams) == 0x403 &&
	      __mlx5_bit_sz(qpc, log_num_dci_errored_streams) == 0x5, "qpc.log_num_dci_errored_streams");
static_assert(__mlx5_bit_off(qpc, deth_sqpn) == 0x408 &&
	      __mlx5_bit_sz(qpc, deth_sqpn) == 0x18, "qpc.deth_sqpn");
static_assert(__mlx5_bit_off(qpc, last_acked_psn) == 0x448 &&
	      __mlx5_bit_sz(qpc, last_acked_psn) == 0x18, "qpc.last_acked_psn");
static_assert(__mlx5_bit_off(qpc, ssn) == 0x468 &&
	      __mlx5_bit_sz(qpc, ssn) == 0x18, "qpc.ssn");
static_assert(__mlx5_bit_off(qpc, log_rra_max) == 0x488 &&
	      __mlx5_bit_sz(qpc, log_rra_max) == 0x3, "qpc.log_rra_max");
static_assert(__mlx5_bit_off(qpc, atomic_mode) == 0x48c &&
	      __mlx5_bit_sz(qpc, atomic_mode) == 0x4, "qpc.atomic_mode");
static_assert(__mlx5_bit_off(qpc, rre) == 0x490 &&
	      __mlx5_bit_sz(qpc, rre) == 0x1, "qpc.rre");
static_assert(__mlx5_bit_off(qpc, rwe) == 0x491 &&
	      __mlx5_bit_sz(qpc, rwe) == 0x1, "qpc.rwe");
static_assert(__mlx5_bit_off(qpc, rae) == 0x492 &&
	      __mlx5_bit_sz(qpc, rae) == 0x1, "qpc.rae");
static_assert(__mlx5_bit_off(qpc, page_offset) == 0x494 &&
	      __mlx5_bit_sz(qpc, page_offset) == 0x6, "qpc.page_offset");
static_assert(__mlx5_bit_off(qpc, cd_slave_receive) == 0x49d &&
	      __mlx5_bit_sz(qpc, cd_slave_receive) == 0x1, "qpc.cd_slave_receive");
static_assert(__mlx5_bit_off(qpc, cd_slave_send) == 0x49e &&
	      __mlx5_bit_sz(qpc, cd_slave_send) == 0x1, "qpc.cd_slave_send");
static_assert(__mlx5_bit_off(qpc, cd_master) == 0x49f &&
	      __mlx5_bit_sz(qpc, cd_master) == 0x1, "qpc.cd_master");
static_assert(__mlx5_bit_off(qpc, min_rnr_nak) == 0x4a3 &&
	      __mlx5_bit_sz(qpc, min_rnr_nak) == 0x5, "qpc.min_rnr_nak");
static_assert(__mlx5_bit_off(qpc, next_rcv_psn) == 0x4a8 &&
	      __mlx5_bit_sz(qpc, next_rcv_psn) == 0x18, "qpc.next_rcv_psn");
static_assert(__mlx5_bit_off(qpc, xrcd) == 0x4c8 &&
	      __mlx5_bit_sz(qpc, xrcd) == 0x18, "qpc.xrcd");
static_assert(__mlx5_bit_off(qpc, cqn_rcv) == 0x4e8 &&
	      __mlx5_bit_sz(qpc, cqn_rcv) == 0x18, "qpc.cqn_rcv");
static_assert(__mlx5_bit_off(qpc, dbr_addr) == 0x500 &&
	      __mlx5_bit_sz(qpc, dbr_addr) == 0x40, "qpc.dbr_addr");
static_assert(__mlx5_bit_off(qpc, q_key) == 0x540 &&
	      __mlx5_bit_sz(qpc, q_key) == 0x20, "qpc.q_key");
static_assert(__mlx5_bit_off(qpc, rq_type) == 0x565 &&
	      __mlx5_bit_sz(qpc, rq_type) == 0x3, "qpc.rq_type");
static_assert(__mlx5_bit_off(qpc, srqn_rmpn_xrqn) == 0x568 &&
	      __mlx5_bit_sz(qpc, srqn_rmpn_xrqn) == 0x18, "qpc.srqn_rmpn_xrqn");
static_assert(__mlx5_bit_off(qpc, rmsn) == 0x588 &&
	      __mlx5_bit_sz(qpc, rmsn) == 0x18, "qpc.rmsn");
static_assert(__mlx5_bit_off(qpc, hw_sq_wqebb_counter) == 0x5a0 &&
	      __mlx5_bit_sz(qpc, hw_sq_wqebb_counter) == 0x10, "qpc.hw_sq_wqebb_counter");
static_assert(__mlx5_bit_off(qpc, sw_sq_wqebb_counter) == 0x5b0 &&
	      __mlx5_bit_sz(qpc, sw_sq_wqebb_counter) == 0x10, "qpc.sw_sq_wqebb_counter");
static_assert(__mlx5_bit_off(qpc, hw_rq_counter) == 0x5c0 &&
	      __mlx5_bit_sz(qpc, hw_rq_counter) == 0x20, "qpc.hw_rq_counter");
static_assert(__mlx5_bit_off(qpc, sw_rq_counter) == 0x5e0 &&
	      __mlx5_bit_sz(qpc, sw_rq_counter) == 0x20, "qpc.sw_rq_counter");
static_assert(__mlx5_bit_off(qpc, cgs) == 0x62f &&
	      __mlx5_bit_sz(qpc, cgs) == 0x1, "qpc.cgs");
static_assert(__mlx5_bit_off(qpc, cs_req) == 0x630 &&
	      __mlx5_bit_sz(qpc, cs_req) == 0x8, "qpc.cs_req");
static_assert(__mlx5_bit_off(qpc, cs_res) == 0x638 &&
	      __mlx5_bit_sz(qpc, cs_res) == 0x8, "qpc.cs_res");
static_assert(__mlx5_bit_off(qpc, dc_access_key) == 0x640 &&
	      __mlx5_bit_sz(qpc, dc_access_key) == 0x40, "qpc.dc_access_key");
static_assert(__mlx5_bit_off(qpc, dbr_umem_valid) == 0x683 &&
	      __mlx5_bit_sz(qpc, dbr_umem_valid) == 0x1, "qpc.dbr_umem_valid");

/* struct mlx5_ifc_roce_addr_layout_bits */
static_assert(__mlx5_bit_off(roce_addr_layout, source_l3_address) == 0x0 &&
	      __mlx5_bit_sz(roce_addr_layout, source_l3_address) == 0x80, "roce_addr_layout.source_l3_address");
static_assert(__mlx5_bit_off(roce_addr_layout, vlan_valid) == 0x83 &&
	      __mlx5_bit_sz(roce_addr_layout, vlan_valid) == 0x1, "roce_addr_layout.vlan_valid");
static_assert(__mlx5_bit_off(roce_addr_layout, vlan_id) == 0x84 &&
	      __mlx5_bit_sz(roce_addr_layout, vlan_id) == 0xc, "roce_addr_layout.vlan_id");
static_assert(__mlx5_bit_off(roce_addr_layout, source_mac_47_32) == 0x90 &&
	      __mlx5_bit_sz(roce_addr_layout, source_mac_47_32) == 0x10, "roce_addr_layout.source_mac_47_32");
static_assert(__mlx5_bit_off(roce_addr_layout, source_mac_31_0) == 0xa0 &&
	      __mlx5_bit_sz(roce_addr_layout, source_mac_31_0) == 0x20, "roce_addr_layout.source_mac_31_0");
static_assert(__mlx5_bit_off(roce_addr_layout, roce_l3_type) == 0xd4 &&
	      __mlx5_bit_sz(roce_addr_layout, roce_l3_type) == 0x4, "roce_addr_layout.roce_l3_type");
static_assert(__mlx5_bit_off(roce_addr_layout, roce_version) == 0xd8 &&
	      __mlx5_bit_sz(roce_addr_layout, roce_version) == 0x8, "roce_addr_layout.roce_version");

/* struct mlx5_ifc_shampo_cap_bits */
static_assert(__mlx5_bit_off(shampo_cap, shampo_log_max_reservation_size) == 0x3 &&
	      __mlx5_bit_sz(shampo_cap, shampo_log_max_reservation_size) == 0x5, "shampo_cap.shampo_log_max_reservation_size");
static_assert(__mlx5_bit_off(shampo_cap, shampo_log_min_reservation_size) == 0xb &&
	      __mlx5_bit_sz(shampo_cap, shampo_log_min_reservation_size) == 0x5, "shampo_cap.shampo_log_min_reservation_size");
static_assert(__mlx5_bit_off(shampo_cap, shampo_min_mss_size) == 0x10 &&
	      __mlx5_bit_sz(shampo_cap, shampo_min_mss_size) == 0x10, "shampo_cap.shampo_min_mss_size");
static_assert(__mlx5_bit_off(shampo_cap, shampo_max_log_headers_entry_size) == 0x23 &&
	      __mlx5_bit_sz(shampo_cap, shampo_max_log_headers_entry_size) == 0x5, "shampo_cap.shampo_max_log_headers_entry_size");

/* struct mlx5_ifc_vlan_bits */
static_assert(__mlx5_bit_off(vlan, ethtype) == 0x0 &&
	      __mlx5_bit_sz(vlan, ethtype) == 0x10, "vlan.ethtype");
static_assert(__mlx5_bit_off(vlan, prio) == 0x10 &&
	      __mlx5_bit_sz(vlan, prio) == 0x3, "vlan.prio");
static_assert(__mlx5_bit_off(vlan, cfi) == 0x13 &&
	      __mlx5_bit_sz(vlan, cfi) == 0x1, "vlan.cfi");
static_assert(__mlx5_bit_off(vlan, vid) == 0x14 &&
	      __mlx5_bit_sz(vlan, vid) == 0xc, "vlan.vid");

/* struct mlx5_ifc_exe_aso_ctrl_flow_meter_bits */
static_assert(__mlx5_bit_off(exe_aso_ctrl_flow_meter, return_reg_id) == 0x0 &&
	      __mlx5_bit_sz(exe_aso_ctrl_flow_meter, return_reg_id) == 0x4, "exe_aso_ctrl_flow_meter.return_reg_id");
static_assert(__mlx5_bit_off(exe_aso_ctrl_flow_meter, aso_type) == 0x4 &&
	      __mlx5_bit_sz(exe_aso_ctrl_flow_meter, aso_type) == 0x4, "exe_aso_ctrl_flow_meter.aso_type");
static_assert(__mlx5_bit_off(exe_aso_ctrl_flow_meter, action) == 0x1c &&
	      __mlx5_bit_sz(exe_aso_ctrl_flow_meter, action) == 0x1, "exe_aso_ctrl_flow_meter.action");
static_assert(__mlx5_bit_off(exe_aso_ctrl_flow_meter, init_color) == 0x1d &&
	      __mlx5_bit_sz(exe_aso_ctrl_flow_meter, init_color) == 0x2, "exe_aso_ctrl_flow_meter.init_color");
static_assert(__mlx5_bit_off(exe_aso_ctrl_flow_meter, meter_id) == 0x1f &&
	      __mlx5_bit_sz(exe_aso_ctrl_flow_meter, meter_id) == 0x1, "exe_aso_ctrl_flow_meter.meter_id");

/* union mlx5_ifc_exe_aso_ctrl */
static_assert(XC_OFF(union mlx5_ifc_exe_aso_ctrl, exe_aso_ctrl_flow_meter) == 0x0 &&
	      XC_SZ(union mlx5_ifc_exe_aso_ctrl, exe_aso_ctrl_flow_meter) == 0x20, "exe_aso_ctrl.exe_aso_ctrl_flow_meter");

/* struct mlx5_ifc_execute_aso_bits */
static_assert(__mlx5_bit_off(execute_aso, valid) == 0x0 &&
	      __mlx5_bit_sz(execute_aso, valid) == 0x1, "execute_aso.valid");
static_assert(__mlx5_bit_off(execute_aso, aso_object_id) == 0x8 &&
	      __mlx5_bit_sz(execute_aso, aso_object_id) == 0x18, "execute_aso.aso_object_id");
static_assert(__mlx5_bit_off(execute_aso, exe_aso_ctrl) == 0x20 &&
	      __mlx5_bit_sz(execute_aso, exe_aso_ctrl) == 0x20, "execute_aso.exe_aso_ctrl");

/* struct mlx5_ifc_flow_context_bits */
static_assert(__mlx5_bit_off(flow_context, push_vlan) == 0x0 &&
	      __mlx5_bit_sz(flow_context, push_vlan) == 0x20, "flow_context.push_vlan");
static_assert(__mlx5_bit_off(flow_context, group_id) == 0x20 &&
	      __mlx5_bit_sz(flow_context, group_id) == 0x20, "flow_context.group_id");
static_assert(__mlx5_bit_off(flow_context, flow_tag) == 0x48 &&
	      __mlx5_bit_sz(flow_context, flow_tag) == 0x18, "flow_context.flow_tag");
static_assert(__mlx5_bit_off(flow_context, action) == 0x70 &&
	      __mlx5_bit_sz(flow_context, action) == 0x10, "flow_context.action");
static_assert(__mlx5_bit_off(flow_context, extended_destination) == 0x80 &&
	      __mlx5_bit_sz(flow_context, extended_destination) == 0x1, "flow_context.extended_destination");
static_assert(__mlx5_bit_off(flow_context, flow_source) == 0x82 &&
	      __mlx5_bit_sz(flow_context, flow_source) == 0x2, "flow_context.flow_source");
static_assert(__mlx5_bit_off(flow_context, encrypt_decrypt_type) == 0x84 &&
	      __mlx5_bit_sz(flow_context, encrypt_decrypt_type) == 0x4, "flow_context.encrypt_decrypt_type");
static_assert(__mlx5_bit_off(flow_context, destination_list_size) == 0x88 &&
	      __mlx5_bit_sz(flow_context, destination_list_size) == 0x18, "flow_context.destination_list_size");
static_assert(__mlx5_bit_off(flow_context, flow_counter_list_size) == 0xa8 &&
	      __mlx5_bit_sz(flow_context, flow_counter_list_size) == 0x18, "flow_context.flow_counter_list_size");
static_assert(__mlx5_bit_off(flow_context, packet_reformat_id) == 0xc0 &&
	      __mlx5_bit_sz(flow_context, packet_reformat_id) == 0x20, "flow_context.packet_reformat_id");
static_assert(__mlx5_bit_off(flow_context, modify_header_id) == 0xe0 &&
	      __mlx5_bit_sz(flow_context, modify_header_id) == 0x20, "flow_context.modify_header_id");
static_assert(__mlx5_bit_off(flow_context, push_vlan_2) == 0x100 &&
	      __mlx5_bit_sz(flow_context, push_vlan_2) == 0x20, "flow_context.push_vlan_2");
static_assert(__mlx5_bit_off(flow_context, encrypt_decrypt_obj_id) == 0x120 &&
	      __mlx5_bit_sz(flow_context, encrypt_decrypt_obj_id) == 0x20, "flow_context.encrypt_decrypt_obj_id");
static_assert(__mlx5_bit_off(flow_context, match_value) == 0x200 &&
	      __mlx5_bit_sz(flow_context, match_value) == 0x1000, "flow_context.match_value");
static_assert(__mlx5_bit_off(flow_context, execute_aso) == 0x1200 &&
	      __mlx5_bit_sz(flow_context, execute_aso) == 0x100, "flow_context.execute_aso");
static_assert(__mlx5_bit_off(flow_context, destination) == 0x1800, "flow_context.destination");

/* struct mlx5_ifc_xrc_srqc_bits */
static_assert(__mlx5_bit_off(xrc_srqc, state) == 0x0 &&
	      __mlx5_bit_sz(xrc_srqc, state) == 0x4, "xrc_srqc.state");
static_assert(__mlx5_bit_off(xrc_srqc, log_xrc_srq_size) == 0x4 &&
	      __mlx5_bit_sz(xrc_srqc, log_xrc_srq_size) == 0x4, "xrc_srqc.log_xrc_srq_size");
static_assert(__mlx5_bit_off(xrc_srqc, wq_signature) == 0x20 &&
	      __mlx5_bit_sz(xrc_srqc, wq_signature) == 0x1, "xrc_srqc.wq_signature");
static_assert(__mlx5_bit_off(xrc_srqc, cont_srq) == 0x21 &&
	      __mlx5_bit_sz(xrc_srqc, cont_srq) == 0x1, "xrc_srqc.cont_srq");
static_assert(__mlx5_bit_off(xrc_srqc, rlky) == 0x23 &&
	      __mlx5_bit_sz(xrc_srqc, rlky) == 0x1, "xrc_srqc.rlky");
static_assert(__mlx5_bit_off(xrc_srqc, basic_cyclic_rcv_wqe) == 0x24 &&
	      __mlx5_bit_sz(xrc_srqc, basic_cyclic_rcv_wqe) == 0x1, "xrc_srqc.basic_cyclic_rcv_wqe");
static_assert(__mlx5_bit_off(xrc_srqc, log_rq_stride) == 0x25 &&
	      __mlx5_bit_sz(xrc_srqc, log_rq_stride) == 0x3, "xrc_srqc.log_rq_stride");
static_assert(__mlx5_bit_off(xrc_srqc, xrcd) == 0x28 &&
	      __mlx5_bit_sz(xrc_srqc, xrcd) == 0x18, "xrc_srqc.xrcd");
static_assert(__mlx5_bit_off(xrc_srqc, page_offset) == 0x40 &&
	      __mlx5_bit_sz(xrc_srqc, page_offset) == 0x6, "xrc_srqc.page_offset");
static_assert(__mlx5_bit_off(xrc_srqc, dbr_umem_valid) == 0x47 &&
	      __mlx5_bit_sz(xrc_srqc, dbr_umem_valid) == 0x1, "xrc_srqc.dbr_umem_valid");
static_assert(__mlx5_bit_off(xrc_srqc, cqn) == 0x48 &&
	      __mlx5_bit_sz(xrc_srqc, cqn) == 0x18, "xrc_srqc.cqn");
static_assert(__mlx5_bit_off(xrc_srqc, user_index_equal_xrc_srqn) == 0x80 &&
	      __mlx5_bit_sz(xrc_srqc, user_index_equal_xrc_srqn) == 0x1, "xrc_srqc.user_index_equal_xrc_srqn");
static_assert(__mlx5_bit_off(xrc_srqc, log_page_size) == 0x82 &&
	      __mlx5_bit_sz(xrc_srqc, log_page_size) == 0x6, "xrc_srqc.log_page_size");
static_assert(__mlx5_bit_off(xrc_srqc, user_index) == 0x88 &&
	      __mlx5_bit_sz(xrc_srqc, user_index) == 0x18, "xrc_srqc.user_index");
static_assert(__mlx5_bit_off(xrc_srqc, pd) == 0xc8 &&
	      __mlx5_bit_sz(xrc_srqc, pd) == 0x18, "xrc_srqc.pd");
static_assert(__mlx5_bit_off(xrc_srqc, lwm) == 0xe0 &&
	      __mlx5_bit_sz(xrc_srqc, lwm) == 0x10, "xrc_srqc.lwm");
static_assert(__mlx5_bit_off(xrc_srqc, wqe_cnt) == 0xf0 &&
	      __mlx5_bit_sz(xrc_srqc, wqe_cnt) == 0x10, "xrc_srqc.wqe_cnt");
static_assert(__mlx5_bit_off(xrc_srqc, db_record_addr_h) == 0x140 &&
	      __mlx5_bit_sz(xrc_srqc, db_record_addr_h) == 0x20, "xrc_srqc.db_record_addr_h");
static_assert(__mlx5_bit_off(xrc_srqc, db_record_addr_l) == 0x160 &&
	      __mlx5_bit_sz(xrc_srqc, db_record_addr_l) == 0x1e, "xrc_srqc.db_record_addr_l");

/* struct mlx5_ifc_vnic_diagnostic_statistics_bits */
static_assert(__mlx5_bit_off(vnic_diagnostic_statistics, counter_error_queues) == 0x0 &&
	      __mlx5_bit_sz(vnic_diagnostic_statistics, counter_error_queues) == 0x20, "vnic_diagnostic_statistics.counter_error_queues");
static_assert(__mlx5_bit_off(vnic_diagnostic_statistics, total_error_queues) == 0x20 &&
	      __mlx5_bit_sz(vnic_diagnostic_statistics, total_error_queues) == 0x20, "vnic_diagnostic_statistics.total_error_queues");
static_assert(__mlx5_bit_off(vnic_diagnostic_statistics, send_queue_priority_update_flow) == 0x40 &&
	      __mlx5_bit_sz(vnic_diagnostic_statistics, send_queue_priority_update_flow) == 0x20, "vnic_diagnostic_statistics.send_queue_priority_update_flow");
static_assert(__mlx5_bit_off(vnic_diagnostic_statistics, nic_receive_steering_discard) == 0x80 &&
	      __mlx5_bit_sz(vnic_diagnostic_statistics, nic_receive_steering_discard) == 0x40, "vnic_diagnostic_statistics.nic_receive_steering_discard");
static_assert(__mlx5_bit_off(vnic_diagnostic_statistics, receive_discard_vport_down) == 0xc0 &&
	      __mlx5_bit_sz(vnic_diagnostic_statistics, receive_discard_vport_down) == 0x40, "vnic_diagnostic_statistics.receive_discard_vport_down");
static_assert(__mlx5_bit_off(vnic_diagnostic_statistics, transmit_discard_vport_down) == 0x100 &&
	      __mlx5_bit_sz(vnic_diagnostic_statistics, transmit_discard_vport_down) == 0x40, "vnic_diagnostic_statistics.transmit_discard_vport_down");
static_assert(__mlx5_bit_off(vnic_diagnostic_statistics, async_eq_overrun) == 0x140 &&
	      __mlx5_bit_sz(vnic_diagnostic_statistics, async_eq_overrun) == 0x20, "vnic_diagnostic_statistics.async_eq_overrun");
static_assert(__mlx5_bit_off(vnic_diagnostic_statistics, comp_eq_overrun) == 0x160 &&
	      __mlx5_bit_sz(vnic_diagnostic_statistics, comp_eq_overrun) == 0x20, "vnic_diagnostic_statistics.comp_eq_overrun");
static_assert(__mlx5_bit_off(vnic_diagnostic_statistics, invalid_command) == 0x1a0 &&
	      __mlx5_bit_sz(vnic_diagnostic_statistics, invalid_command) == 0x20, "vnic_diagnostic_statistics.invalid_command");
static_assert(__mlx5_bit_off(vnic_diagnostic_statistics, quota_exceeded_command) == 0x1c0 &&
	      __mlx5_bit_sz(vnic_diagnostic_statistics, quota_exceeded_command) == 0x20, "vnic_diagnostic_statistics.quota_exceeded_command");
static_assert(__mlx5_bit_off(vnic_diagnostic_statistics, internal_rq_out_of_buffer) == 0x1e0 &&
	      __mlx5_bit_sz(vnic_diagnostic_statistics, internal_rq_out_of_buffer) == 0x20, "vnic_diagnostic_statistics.internal_rq_out_of_buffer");
static_assert(__mlx5_bit_off(vnic_diagnostic_statistics, cq_overrun) == 0x200 &&
	      __mlx5_bit_sz(vnic_diagnostic_statistics, cq_overrun) == 0x20, "vnic_diagnostic_statistics.cq_overrun");
static_assert(__mlx5_bit_off(vnic_diagnostic_statistics, eth_wqe_too_small) == 0x220 &&
	      __mlx5_bit_sz(vnic_diagnostic_statistics, eth_wqe_too_small) == 0x20, "vnic_diagnostic_statistics.eth_wqe_too_small");

/* struct mlx5_ifc_tisc_bits */
static_assert(__mlx5_bit_off(tisc, strict_lag_tx_port_affinity) == 0x0 &&
	      __mlx5_bit_sz(tisc, strict_lag_tx_port_affinity) == 0x1, "tisc.strict_lag_tx_port_affinity");
static_assert(__mlx5_bit_off(tisc, tls_en) == 0x1 &&
	      __mlx5_bit_sz(tisc, tls_en) == 0x1, "tisc.tls_en");
static_assert(__mlx5_bit_off(tisc, lag_tx_port_affinity) == 0x4 &&
	      __mlx5_bit_sz(tisc, lag_tx_port_affinity) == 0x4, "tisc.lag_tx_port_affinity");
static_assert(__mlx5_bit_off(tisc, prio) == 0xc &&
	      __mlx5_bit_sz(tisc, prio) == 0x4, "tisc.prio");
static_assert(__mlx5_bit_off(tisc, transport_domain) == 0x128 &&
	      __mlx5_bit_sz(tisc, transport_domain) == 0x18, "tisc.transport_domain");
static_assert(__mlx5_bit_off(tisc, underlay_qpn) == 0x148 &&
	      __mlx5_bit_sz(tisc, underlay_qpn) == 0x18, "tisc.underlay_qpn");
static_assert(__mlx5_bit_off(tisc, pd) == 0x168 &&
	      __mlx5_bit_sz(tisc, pd) == 0x18, "tisc.pd");

/* struct mlx5_ifc_tirc_bits */
static_assert(__mlx5_bit_off(tirc, disp_type) == 0x20 &&
	      __mlx5_bit_sz(tirc, disp_type) == 0x4, "tirc.disp_type");
static_assert(__mlx5_bit_off(tirc, tls_en) == 0x24 &&
	      __mlx5_bit_sz(tirc, tls_en) == 0x1, "tirc.tls_en");
static_assert(__mlx5_bit_off(tirc, lro_timeout_period_usecs) == 0x84 &&
	      __mlx5_bit_sz(tirc, lro_timeout_period_usecs) == 0x10, "tirc.lro_timeout_period_usecs");
static_assert(__mlx5_bit_off(tirc, packet_merge_mask) == 0x94 &&
	      __mlx5_bit_sz(tirc, packet_merge_mask) == 0x4, "tirc.packet_merge_mask");
static_assert(__mlx5_bit_off(tirc, lro_max_ip_payload_size) == 0x98 &&
	      __mlx5_bit_sz(tirc, lro_max_ip_payload_size) == 0x8, "tirc.lro_max_ip_payload_size");
static_assert(__mlx5_bit_off(tirc, inline_rqn) == 0xe8 &&
	      __mlx5_bit_sz(tirc, inline_rqn) == 0x18, "tirc.inline_rqn");
static_assert(__mlx5_bit_off(tirc, rx_hash_symmetric) == 0x100 &&
	      __mlx5_bit_sz(tirc, rx_hash_symmetric) == 0x1, "tirc.rx_hash_symmetric");
static_assert(__mlx5_bit_off(tirc, tunneled_offload_en) == 0x102 &&
	      __mlx5_bit_sz(tirc, tunneled_offload_en) == 0x1, "tirc.tunneled_offload_en");
static_assert(__mlx5_bit_off(tirc, indirect_table) == 0x108 &&
	      __mlx5_bit_sz(tirc, indirect_table) == 0x18, "tirc.indirect_table");
static_assert(__mlx5_bit_off(tirc, rx_hash_fn) == 0x120 &&
	      __mlx5_bit_sz(tirc, rx_hash_fn) == 0x4, "tirc.rx_hash_fn");
static_assert(__mlx5_bit_off(tirc, self_lb_block) == 0x126 &&
	      __mlx5_bit_sz(tirc, self_lb_block) == 0x2, "tirc.self_lb_block");
static_assert(__mlx5_bit_off(tirc, transport_domain) == 0x128 &&
	      __mlx5_bit_sz(tirc, transport_domain) == 0x18, "tirc.transport_domain");
static_assert(__mlx5_bit_off(tirc, rx_hash_toeplitz_key) == 0x140 &&
	      __mlx5_bit_sz(tirc, rx_hash_toeplitz_key) == 0x140, "tirc.rx_hash_toeplitz_key");
static_assert(__mlx5_bit_off(tirc, rx_hash_field_selector_outer) == 0x280 &&
	      __mlx5_bit_sz(tirc, rx_hash_field_selector_outer) == 0x20, "tirc.rx_hash_field_selector_outer");
static_assert(__mlx5_bit_off(tirc, rx_hash_field_selector_inner) == 0x2a0 &&
	      __mlx5_bit_sz(tirc, rx_hash_field_selector_inner) == 0x20, "tirc.rx_hash_field_selector_inner");

/* struct mlx5_ifc_srqc_bits */
static_assert(__mlx5_bit_off(srqc, state) == 0x0 &&
	      __mlx5_bit_sz(srqc, state) == 0x4, "srqc.state");
static_assert(__mlx5_bit_off(srqc, log_srq_size) == 0x4 &&
	      __mlx5_bit_sz(srqc, log_srq_size) == 0x4, "srqc.log_srq_size");
static_assert(__mlx5_bit_off(srqc, wq_signature) == 0x20 &&
	      __mlx5_bit_sz(srqc, wq_signature) == 0x1, "srqc.wq_signature");
static_assert(__mlx5_bit_off(srqc, cont_srq) == 0x21 &&
	      __mlx5_bit_sz(srqc, cont_srq) == 0x1, "srqc.cont_srq");
static_assert(__mlx5_bit_off(srqc, rlky) == 0x23 &&
	      __mlx5_bit_sz(srqc, rlky) == 0x1, "srqc.rlky");
static_assert(__mlx5_bit_off(srqc, log_rq_stride) == 0x25 &&
	      __mlx5_bit_sz(srqc, log_rq_stride) == 0x3, "srqc.log_rq_stride");
static_assert(__mlx5_bit_off(srqc, xrcd) == 0x28 &&
	      __mlx5_bit_sz(srqc, xrcd) == 0x18, "srqc.xrcd");
static_assert(__mlx5_bit_off(srqc, page_offset) == 0x40 &&
	      __mlx5_bit_sz(srqc, page_offset) == 0x6, "srqc.page_offset");
static_assert(__mlx5_bit_off(srqc, cqn) == 0x48 &&
	      __mlx5_bit_sz(srqc, cqn) == 0x18, "srqc.cqn");
static_assert(__mlx5_bit_off(srqc, log_page_size) == 0x82 &&
	      __mlx5_bit_sz(srqc, log_page_size) == 0x6, "srqc.log_page_size");
static_assert(__mlx5_bit_off(srqc, pd) == 0xc8 &&
	      __mlx5_bit_sz(srqc, pd) == 0x18, "srqc.pd");
static_assert(__mlx5_bit_off(srqc, lwm) == 0xe0 &&
	      __mlx5_bit_sz(srqc, lwm) == 0x10, "srqc.lwm");
static_assert(__mlx5_bit_off(srqc, wqe_cnt) == 0xf0 &&
	      __mlx5_bit_sz(srqc, wqe_cnt) == 0x10, "srqc.wqe_cnt");
static_assert(__mlx5_bit_off(srqc, dbr_addr) == 0x140 &&
	      __mlx5_bit_sz(srqc, dbr_addr) == 0x40, "srqc.dbr_addr");

/* struct mlx5_ifc_sqc_bits */
static_assert(__mlx5_bit_off(sqc, rlky) == 0x0 &&
	      __mlx5_bit_sz(sqc, rlky) == 0x1, "sqc.rlky");
static_assert(__mlx5_bit_off(sqc, cd_master) == 0x1 &&
	      __mlx5_bit_sz(sqc, cd_master) == 0x1, "sqc.cd_master");
static_assert(__mlx5_bit_off(sqc, fre) == 0x2 &&
	      __mlx5_bit_sz(sqc, fre) == 0x1, "sqc.fre");
static_assert(__mlx5_bit_off(sqc, flush_in_error_en) == 0x3 &&
	      __mlx5_bit_sz(sqc, flush_in_error_en) == 0x1, "sqc.flush_in_error_en");
static_assert(__mlx5_bit_off(sqc, allow_multi_pkt_send_wqe) == 0x4 &&
	      __mlx5_bit_sz(sqc, allow_multi_pkt_send_wqe) == 0x1, "sqc.allow_multi_pkt_send_wqe");
static_assert(__mlx5_bit_off(sqc, min_wqe_inline_mode) == 0x5 &&
	      __mlx5_bit_sz(sqc, min_wqe_inline_mode) == 0x3, "sqc.min_wqe_inline_mode");
static_assert(__mlx5_bit_off(sqc, state) == 0x8 &&
	      __mlx5_bit_sz(sqc, state) == 0x4, "sqc.state");
static_assert(__mlx5_bit_off(sqc, reg_umr) == 0xc &&
	      __mlx5_bit_sz(sqc, reg_umr) == 0x1, "sqc.reg_umr");
static_assert(__mlx5_bit_off(sqc, allow_swp) == 0xd &&
	      __mlx5_bit_sz(sqc, allow_swp) == 0x1, "sqc.allow_swp");
static_assert(__mlx5_bit_off(sqc, hairpin) == 0xe &&
	      __mlx5_bit_sz(sqc, hairpin) == 0x1, "sqc.hairpin");
static_assert(__mlx5_bit_off(sqc, ts_format) == 0x1a &&
	      __mlx5_bit_sz(sqc, ts_format) == 0x2, "sqc.ts_format");
static_assert(__mlx5_bit_off(sqc, user_index) == 0x28 &&
	      __mlx5_bit_sz(sqc, user_index) == 0x18, "sqc.user_index");
static_assert(__mlx5_bit_off(sqc, cqn) == 0x48 &&
	      __mlx5_bit_sz(sqc, cqn) == 0x18, "sqc.cqn");
static_assert(__mlx5_bit_off(sqc, hairpin_peer_rq) == 0x68 &&
	      __mlx5_bit_sz(sqc, hairpin_peer_rq) == 0x18, "sqc.hairpin_peer_rq");
static_assert(__mlx5_bit_off(sqc, hairpin_peer_vhca) == 0x90 &&
	      __mlx5_bit_sz(sqc, hairpin_peer_vhca) == 0x10, "sqc.hairpin_peer_vhca");
static_assert(__mlx5_bit_off(sqc, ts_cqe_to_dest_cqn) == 0xc8 &&
	      __mlx5_bit_sz(sqc, ts_cqe_to_dest_cqn) == 0x18, "sqc.ts_cqe_to_dest_cqn");
static_assert(__mlx5_bit_off(sqc, packet_pacing_rate_limit_index) == 0xf0 &&
	      __mlx5_bit_sz(sqc, packet_pacing_rate_limit_index) == 0x10, "sqc.packet_pacing_rate_limit_index");
static_assert(__mlx5_bit_off(sqc, tis_lst_sz) == 0x100 &&
	      __mlx5_bit_sz(sqc, tis_lst_sz) == 0x10, "sqc.tis_lst_sz");
static_assert(__mlx5_bit_off(sqc, qos_queue_group_id) == 0x110 &&
	      __mlx5_bit_sz(sqc, qos_queue_group_id) == 0x10, "sqc.qos_queue_group_id");
static_assert(__mlx5_bit_off(sqc, tis_num_0) == 0x168 &&
	      __mlx5_bit_sz(sqc, tis_num_0) == 0x18, "sqc.tis_num_0");
static_assert(__mlx5_bit_off(sqc, wq) == 0x180 &&
	      __mlx5_bit_sz(sqc, wq) == 0x600, "sqc.wq");

/* struct mlx5_ifc_scheduling_context_bits */
static_assert(__mlx5_bit_off(scheduling_context, element_type) == 0x0 &&
	      __mlx5_bit_sz(scheduling_context, element_type) == 0x8, "scheduling_context.element_type");
static_assert(__mlx5_bit_off(scheduling_context, element_attributes) == 0x20 &&
	      __mlx5_bit_sz(scheduling_context, element_attributes) == 0x20, "scheduling_context.element_attributes");
static_assert(__mlx5_bit_off(scheduling_context, parent_element_id) == 0x40 &&
	      __mlx5_bit_sz(scheduling_context, parent_element_id) == 0x20, "scheduling_context.parent_element_id");
static_assert(__mlx5_bit_off(scheduling_context, bw_share) == 0xa0 &&
	      __mlx5_bit_sz(scheduling_context, bw_share) == 0x20, "scheduling_context.bw_share");
static_assert(__mlx5_bit_off(scheduling_context, max_average_bw) == 0xc0 &&
	      __mlx5_bit_sz(scheduling_context, max_average_bw) == 0x20, "scheduling_context.max_average_bw");

/* struct mlx5_ifc_rqtc_bits */
static_assert(__mlx5_bit_off(rqtc, list_q_type) == 0xa5 &&
	      __mlx5_bit_sz(rqtc, list_q_type) == 0x3, "rqtc.list_q_type");
static_assert(__mlx5_bit_off(rqtc, rqt_max_size) == 0xb0 &&
	      __mlx5_bit_sz(rqtc, rqt_max_size) == 0x10, "rqtc.rqt_max_size");
static_assert(__mlx5_bit_off(rqtc, rq_vhca_id_format) == 0xc0 &&
	      __mlx5_bit_sz(rqtc, rq_vhca_id_format) == 0x1, "rqtc.rq_vhca_id_format");
static_assert(__mlx5_bit_off(rqtc, rqt_actual_size) == 0xd0 &&
	      __mlx5_bit_sz(rqtc, rqt_actual_size) == 0x10, "rqtc.rqt_actual_size");
static_assert(__mlx5_bit_off(rqtc, rq_num) == 0x780, "rqtc.rq_num");

/* struct mlx5_ifc_rqc_bits */
static_assert(__mlx5_bit_off(rqc, rlky) == 0x0 &&
	      __mlx5_bit_sz(rqc, rlky) == 0x1, "rqc.rlky");
static_assert(__mlx5_bit_off(rqc, delay_drop_en) == 0x1 &&
	      __mlx5_bit_sz(rqc, delay_drop_en) == 0x1, "rqc.delay_drop_en");
static_assert(__mlx5_bit_off(rqc, scatter_fcs) == 0x2 &&
	      __mlx5_bit_sz(rqc, scatter_fcs) == 0x1, "rqc.scatter_fcs");
static_assert(__mlx5_bit_off(rqc, vsd) == 0x3 &&
	      __mlx5_bit_sz(rqc, vsd) == 0x1, "rqc.vsd");
static_assert(__mlx5_bit_off(rqc, mem_rq_type) == 0x4 &&
	      __mlx5_bit_sz(rqc, mem_rq_type) == 0x4, "rqc.mem_rq_type");
static_assert(__mlx5_bit_off(rqc, state) == 0x8 &&
	      __mlx5_bit_sz(rqc, state) == 0x4, "rqc.state");
static_assert(__mlx5_bit_off(rqc, flush_in_error_en) == 0xd &&
	      __mlx5_bit_sz(rqc, flush_in_error_en) == 0x1, "rqc.flush_in_error_en");
static_assert(__mlx5_bit_off(rqc, hairpin) == 0xe &&
	      __mlx5_bit_sz(rqc, hairpin) == 0x1, "rqc.hairpin");
static_assert(__mlx5_bit_off(rqc, ts_format) == 0x1a &&
	      __mlx5_bit_sz(rqc, ts_format) == 0x2, "rqc.ts_format");
static_assert(__mlx5_bit_off(rqc, user_index) == 0x28 &&
	      __mlx5_bit_sz(rqc, user_index) == 0x18, "rqc.user_index");
static_assert(__mlx5_bit_off(rqc, cqn) == 0x48 &&
	      __mlx5_bit_sz(rqc, cqn) == 0x18, "rqc.cqn");
static_assert(__mlx5_bit_off(rqc, counter_set_id) == 0x60 &&
	      __mlx5_bit_sz(rqc, counter_set_id) == 0x8, "rqc.counter_set_id");
static_assert(__mlx5_bit_off(rqc, rmpn) == 0x88 &&
	      __mlx5_bit_sz(rqc, rmpn) == 0x18, "rqc.rmpn");
static_assert(__mlx5_bit_off(rqc, hairpin_peer_sq) == 0xa8 &&
	      __mlx5_bit_sz(rqc, hairpin_peer_sq) == 0x18, "rqc.hairpin_peer_sq");
static_assert(__mlx5_bit_off(rqc, hairpin_peer_vhca) == 0xd0 &&
	      __mlx5_bit_sz(rqc, hairpin_peer_vhca) == 0x10, "rqc.hairpin_peer_vhca");
static_assert(__mlx5_bit_off(rqc, shampo_no_match_alignment_granularity) == 0x126 &&
	      __mlx5_bit_sz(rqc, shampo_no_match_alignment_granularity) == 0x2, "rqc.shampo_no_match_alignment_granularity");
static_assert(__mlx5_bit_off(rqc, shampo_match_criteria_type) == 0x12e &&
	      __mlx5_bit_sz(rqc, shampo_match_criteria_type) == 0x2, "rqc.shampo_match_criteria_type");
static_assert(__mlx5_bit_off(rqc, reservation_timeout) == 0x130 &&
	      __mlx5_bit_sz(rqc, reservation_timeout) == 0x10, "rqc.reservation_timeout");
static_assert(__mlx5_bit_off(rqc, wq) == 0x180 &&
	      __mlx5_bit_sz(rqc, wq) == 0x600, "rqc.wq");

/* struct mlx5_ifc_rmpc_bits */
static_assert(__mlx5_bit_off(rmpc, state) == 0x8 &&
	      __mlx5_bit_sz(rmpc, state) == 0x4, "rmpc.state");
static_assert(__mlx5_bit_off(rmpc, basic_cyclic_rcv_wqe) == 0x20 &&
	      __mlx5_bit_sz(rmpc, basic_cyclic_rcv_wqe) == 0x1, "rmpc.basic_cyclic_rcv_wqe");
static_assert(__mlx5_bit_off(rmpc, wq) == 0x180 &&
	      __mlx5_bit_sz(rmpc, wq) == 0x600, "rmpc.wq");

/* struct mlx5_ifc_pkey_bits */
static_assert(__mlx5_bit_off(pkey, pkey) == 0x10 &&
	      __mlx5_bit_sz(pkey, pkey) == 0x10, "pkey.pkey");

/* struct mlx5_ifc_array128_auto_bits */
static_assert(__mlx5_bit_off(array128_auto, array128_auto) == 0x0 &&
	      __mlx5_bit_sz(array128_auto, array128_auto) == 0x80, "array128_auto.array128_auto");

/* struct mlx5_ifc_hca_vport_context_bits */
static_assert(__mlx5_bit_off(hca_vport_context, field_select) == 0x0 &&
	      __mlx5_bit_sz(hca_vport_context, field_select) == 0x20, "hca_vport_context.field_select");
static_assert(__mlx5_bit_off(hca_vport_context, sm_virt_aware) == 0x100 &&
	      __mlx5_bit_sz(hca_vport_context, sm_virt_aware) == 0x1, "hca_vport_context.sm_virt_aware");
static_assert(__mlx5_bit_off(hca_vport_context, has_smi) == 0x101 &&
	      __mlx5_bit_sz(hca_vport_context, has_smi) == 0x1, "hca_vport_context.has_smi");
static_assert(__mlx5_bit_off(hca_vport_context, has_raw) == 0x102 &&
	      __mlx5_bit_sz(hca_vport_context, has_raw) == 0x1, "hca_vport_context.has_raw");
static_assert(__mlx5_bit_off(hca_vport_context, grh_required) == 0x103 &&
	      __mlx5_bit_sz(hca_vport_context, grh_required) == 0x1, "hca_vport_context.grh_required");
static_assert(__mlx5_bit_off(hca_vport_context, port_physical_state) == 0x110 &&
	      __mlx5_bit_sz(hca_vport_context, port_physical_state) == 0x4, "hca_vport_context.port_physical_state");
static_assert(__mlx5_bit_off(hca_vport_context, vport_state_policy) == 0x114 &&
	      __mlx5_bit_sz(hca_vport_context, vport_state_policy) == 0x4, "hca_vport_context.vport_state_policy");
static_assert(__mlx5_bit_off(hca_vport_context, port_state) == 0x118 &&
	      __mlx5_bit_sz(hca_vport_context, port_state) == 0x4, "hca_vport_context.port_state");
static_assert(__mlx5_bit_off(hca_vport_context, vport_state) == 0x11c &&
	      __mlx5_bit_sz(hca_vport_context, vport_state) == 0x4, "hca_vport_context.vport_state");
static_assert(__mlx5_bit_off(hca_vport_context, system_image_guid) == 0x140 &&
	      __mlx5_bit_sz(hca_vport_context, system_image_guid) == 0x40, "hca_vport_context.system_image_guid");
static_assert(__mlx5_bit_off(hca_vport_context, port_guid) == 0x180 &&
	      __mlx5_bit_sz(hca_vport_context, port_guid) == 0x40, "hca_vport_context.port_guid");
static_assert(__mlx5_bit_off(hca_vport_context, node_guid) == 0x1c0 &&
	      __mlx5_bit_sz(hca_vport_context, node_guid) == 0x40, "hca_vport_context.node_guid");
static_assert(__mlx5_bit_off(hca_vport_context, cap_mask1) == 0x200 &&
	      __mlx5_bit_sz(hca_vport_context, cap_mask1) == 0x20, "hca_vport_context.cap_mask1");
static_assert(__mlx5_bit_off(hca_vport_context, cap_mask1_field_select) == 0x220 &&
	      __mlx5_bit_sz(hca_vport_context, cap_mask1_field_select) == 0x20, "hca_vport_context.cap_mask1_field_select");
static_assert(__mlx5_bit_off(hca_vport_context, cap_mask2) == 0x240 &&
	      __mlx5_bit_sz(hca_vport_context, cap_mask2) == 0x20, "hca_vport_context.cap_mask2");
static_assert(__mlx5_bit_off(hca_vport_context, cap_mask2_field_select) == 0x260 &&
	      __mlx5_bit_sz(hca_vport_context, cap_mask2_field_select) == 0x20, "hca_vport_context.cap_mask2_field_select");
static_assert(__mlx5_bit_off(hca_vport_context, lid) == 0x300 &&
	      __mlx5_bit_sz(hca_vport_context, lid) == 0x10, "hca_vport_context.lid");
static_assert(__mlx5_bit_off(hca_vport_context, init_type_reply) == 0x314 &&
	      __mlx5_bit_sz(hca_vport_context, init_type_reply) == 0x4, "hca_vport_context.init_type_reply");
static_assert(__mlx5_bit_off(hca_vport_context, lmc) == 0x318 &&
	      __mlx5_bit_sz(hca_vport_context, lmc) == 0x3, "hca_vport_context.lmc");
static_assert(__mlx5_bit_off(hca_vport_context, subnet_timeout) == 0x31b &&
	      __mlx5_bit_sz(hca_vport_context, subnet_timeout) == 0x5, "hca_vport_context.subnet_timeout");
static_assert(__mlx5_bit_off(hca_vport_context, sm_lid) == 0x320 &&
	      __mlx5_bit_sz(hca_vport_context, sm_lid) == 0x10, "hca_vport_context.sm_lid");
static_assert(__mlx5_bit_off(hca_vport_context, sm_sl) == 0x330 &&
	      __mlx5_bit_sz(hca_vport_context, sm_sl) == 0x4, "hca_vport_context.sm_sl");
static_assert(__mlx5_bit_off(hca_vport_context, qkey_violation_counter) == 0x340 &&
	      __mlx5_bit_sz(hca_vport_context, qkey_violation_counter) == 0x10, "hca_vport_context.qkey_violation_counter");
static_assert(__mlx5_bit_off(hca_vport_context, pkey_violation_counter) == 0x350 &&
	      __mlx5_bit_sz(hca_vport_context, pkey_violation_counter) == 0x10, "hca_vport_context.pkey_violation_counter");

/* struct mlx5_ifc_esw_vport_context_bits */
static_assert(__mlx5_bit_off(esw_vport_context, fdb_to_vport_reg_c) == 0x0 &&
	      __mlx5_bit_sz(esw_vport_context, fdb_to_vport_reg_c) == 0x1, "esw_vport_context.fdb_to_vport_reg_c");
static_assert(__mlx5_bit_off(esw_vport_context, vport_svlan_strip) == 0x3 &&
	      __mlx5_bit_sz(esw_vport_context, vport_svlan_strip) == 0x1, "esw_vport_context.vport_svlan_strip");
static_assert(__mlx5_bit_off(esw_vport_context, vport_cvlan_strip) == 0x4 &&
	      __mlx5_bit_sz(esw_vport_context, vport_cvlan_strip) == 0x1, "esw_vport_context.vport_cvlan_strip");
static_assert(__mlx5_bit_off(esw_vport_context, vport_svlan_insert) == 0x5 &&
	      __mlx5_bit_sz(esw_vport_context, vport_svlan_insert) == 0x1, "esw_vport_context.vport_svlan_insert");
static_assert(__mlx5_bit_off(esw_vport_context, vport_cvlan_insert) == 0x6 &&
	      __mlx5_bit_sz(esw_vport_context, vport_cvlan_insert) == 0x2, "esw_vport_context.vport_cvlan_insert");
static_assert(__mlx5_bit_off(esw_vport_context, fdb_to_vport_reg_c_id) == 0x8 &&
	      __mlx5_bit_sz(esw_vport_context, fdb_to_vport_reg_c_id) == 0x8, "esw_vport_context.fdb_to_vport_reg_c_id");
static_assert(__mlx5_bit_off(esw_vport_context, svlan_cfi) == 0x40 &&
	      __mlx5_bit_sz(esw_vport_context, svlan_cfi) == 0x1, "esw_vport_context.svlan_cfi");
static_assert(__mlx5_bit_off(esw_vport_context, svlan_pcp) == 0x41 &&
	      __mlx5_bit_sz(esw_vport_context, svlan_pcp) == 0x3, "esw_vport_context.svlan_pcp");
static_assert(__mlx5_bit_off(esw_vport_context, svlan_id) == 0x44 &&
	      __mlx5_bit_sz(esw_vport_context, svlan_id) == 0xc, "esw_vport_context.svlan_id");
static_assert(__mlx5_bit_off(esw_vport_context, cvlan_cfi) == 0x50 &&
	      __mlx5_bit_sz(esw_vport_context, cvlan_cfi) == 0x1, "esw_vport_context.cvlan_cfi");
static_assert(__mlx5_bit_off(esw_vport_context, cvlan_pcp) == 0x51 &&
	      __mlx5_bit_sz(esw_vport_context, cvlan_pcp) == 0x3, "esw_vport_context.cvlan_pcp");
static_assert(__mlx5_bit_off(esw_vport_context, cvlan_id) == 0x54 &&
	      __mlx5_bit_sz(esw_vport_context, cvlan_id) == 0xc, "esw_vport_context.cvlan_id");
static_assert(__mlx5_bit_off(esw_vport_context, sw_steering_vport_icm_address_rx) == 0x780 &&
	      __mlx5_bit_sz(esw_vport_context, sw_steering_vport_icm_address_rx) == 0x40, "esw_vport_context.sw_steering_vport_icm_address_rx");
static_assert(__mlx5_bit_off(esw_vport_context, sw_steering_vport_icm_address_tx) == 0x7c0 &&
	      __mlx5_bit_sz(esw_vport_context, sw_steering_vport_icm_address_tx) == 0x40, "esw_vport_context.sw_steering_vport_icm_address_tx");

/* struct mlx5_ifc_eqc_bits */
static_assert(__mlx5_bit_off(eqc, status) == 0x0 &&
	      __mlx5_bit_sz(eqc, status) == 0x4, "eqc.status");
static_assert(__mlx5_bit_off(eqc, ec) == 0xd &&
	      __mlx5_bit_sz(eqc, ec) == 0x1, "eqc.ec");
static_assert(__mlx5_bit_off(eqc, oi) == 0xe &&
	      __mlx5_bit_sz(eqc, oi) == 0x1, "eqc.oi");
static_assert(__mlx5_bit_off(eqc, st) == 0x14 &&
	      __mlx5_bit_sz(eqc, st) == 0x4, "eqc.st");
static_assert(__mlx5_bit_off(eqc, page_offset) == 0x54 &&
	      __mlx5_bit_sz(eqc, page_offset) == 0x6, "eqc.page_offset");
static_assert(__mlx5_bit_off(eqc, log_eq_size) == 0x63 &&
	      __mlx5_bit_sz(eqc, log_eq_size) == 0x5, "eqc.log_eq_size");
static_assert(__mlx5_bit_off(eqc, uar_page) == 0x68 &&
	      __mlx5_bit_sz(eqc, uar_page) == 0x18, "eqc.uar_page");
static_assert(__mlx5_bit_off(eqc, intr) == 0xb4 &&
	      __mlx5_bit_sz(eqc, intr) == 0xc, "eqc.intr");
static_assert(__mlx5_bit_off(eqc, log_page_size) == 0xc3 &&
	      __mlx5_bit_sz(eqc, log_page_size) == 0x5, "eqc.log_page_size");
static_assert(__mlx5_bit_off(eqc, consumer_counter) == 0x148 &&
	      __mlx5_bit_sz(eqc, consumer_counter) == 0x18, "eqc.consumer_counter");
static_assert(__mlx5_bit_off(eqc, producer_counter) == 0x168 &&
	      __mlx5_bit_sz(eqc, producer_counter) == 0x18, "eqc.producer_counter");

/* struct mlx5_ifc_dctc_bits */
static_assert(__mlx5_bit_off(dctc, state) == 0x4 &&
	      __mlx5_bit_sz(dctc, state) == 0x4, "dctc.state");
static_assert(__mlx5_bit_off(dctc, user_index) == 0x28 &&
	      __mlx5_bit_sz(dctc, user_index) == 0x18, "dctc.user_index");
static_assert(__mlx5_bit_off(dctc, cqn) == 0x48 &&
	      __mlx5_bit_sz(dctc, cqn) == 0x18, "dctc.cqn");
static_assert(__mlx5_bit_off(dctc, counter_set_id) == 0x60 &&
	      __mlx5_bit_sz(dctc, counter_set_id) == 0x8, "dctc.counter_set_id");
static_assert(__mlx5_bit_off(dctc, atomic_mode) == 0x68 &&
	      __mlx5_bit_sz(dctc, atomic_mode) == 0x4, "dctc.atomic_mode");
static_assert(__mlx5_bit_off(dctc, rre) == 0x6c &&
	      __mlx5_bit_sz(dctc, rre) == 0x1, "dctc.rre");
static_assert(__mlx5_bit_off(dctc, rwe) == 0x6d &&
	      __mlx5_bit_sz(dctc, rwe) == 0x1, "dctc.rwe");
static_assert(__mlx5_bit_off(dctc, rae) == 0x6e &&
	      __mlx5_bit_sz(dctc, rae) == 0x1, "dctc.rae");
static_assert(__mlx5_bit_off(dctc, atomic_like_write_en) == 0x6f &&
	      __mlx5_bit_sz(dctc, atomic_like_write_en) == 0x1, "dctc.atomic_like_write_en");
static_assert(__mlx5_bit_off(dctc, latency_sensitive) == 0x70 &&
	      __mlx5_bit_sz(dctc, latency_sensitive) == 0x1, "dctc.latency_sensitive");
static_assert(__mlx5_bit_off(dctc, rlky) == 0x71 &&
	      __mlx5_bit_sz(dctc, rlky) == 0x1, "dctc.rlky");
static_assert(__mlx5_bit_off(dctc, free_ar) == 0x72 &&
	      __mlx5_bit_sz(dctc, free_ar) == 0x1, "dctc.free_ar");
static_assert(__mlx5_bit_off(dctc, cs_res) == 0x88 &&
	      __mlx5_bit_sz(dctc, cs_res) == 0x8, "dctc.cs_res");
static_assert(__mlx5_bit_off(dctc, min_rnr_nak) == 0x93 &&
	      __mlx5_bit_sz(dctc, min_rnr_nak) == 0x5, "dctc.min_rnr_nak");
static_assert(__mlx5_bit_off(dctc, srqn_xrqn) == 0xa8 &&
	      __mlx5_bit_sz(dctc, srqn_xrqn) == 0x18, "dctc.srqn_xrqn");
static_assert(__mlx5_bit_off(dctc, pd) == 0xc8 &&
	      __mlx5_bit_sz(dctc, pd) == 0x18, "dctc.pd");
static_assert(__mlx5_bit_off(dctc, tclass) == 0xe0 &&
	      __mlx5_bit_sz(dctc, tclass) == 0x8, "dctc.tclass");
static_assert(__mlx5_bit_off(dctc, flow_label) == 0xec &&
	      __mlx5_bit_sz(dctc, flow_label) == 0x14, "dctc.flow_label");
static_assert(__mlx5_bit_off(dctc, dc_access_key) == 0x100 &&
	      __mlx5_bit_sz(dctc, dc_access_key) == 0x40, "dctc.dc_access_key");
static_assert(__mlx5_bit_off(dctc, mtu) == 0x145 &&
	      __mlx5_bit_sz(dctc, mtu) == 0x3, "dctc.mtu");
static_assert(__mlx5_bit_off(dctc, port) == 0x148 &&
	      __mlx5_bit_sz(dctc, port) == 0x8, "dctc.port");
static_assert(__mlx5_bit_off(dctc, pkey_index) == 0x150 &&
	      __mlx5_bit_sz(dctc, pkey_index) == 0x10, "dctc.pkey_index");
static_assert(__mlx5_bit_off(dctc, my_addr_index) == 0x168 &&
	      __mlx5_bit_sz(dctc, my_addr_index) == 0x8, "dctc.my_addr_index");
static_assert(__mlx5_bit_off(dctc, hop_limit) == 0x178 &&
	      __mlx5_bit_sz(dctc, hop_limit) == 0x8, "dctc.hop_limit");
static_assert(__mlx5_bit_off(dctc, dc_access_key_violation_count) == 0x180 &&
	      __mlx5_bit_sz(dctc, dc_access_key_violation_count) == 0x20, "dctc.dc_access_key_violation_count");
static_assert(__mlx5_bit_off(dctc, dei_cfi) == 0x1b4 &&
	      __mlx5_bit_sz(dctc, dei_cfi) == 0x1, "dctc.dei_cfi");
static_assert(__mlx5_bit_off(dctc, eth_prio) == 0x1b5 &&
	      __mlx5_bit_sz(dctc, eth_prio) == 0x3, "dctc.eth_prio");
static_assert(__mlx5_bit_off(dctc, ecn) == 0x1b8 &&
	      __mlx5_bit_sz(dctc, ecn) == 0x2, "dctc.ecn");
static_assert(__mlx5_bit_off(dctc, dscp) == 0x1ba &&
	      __mlx5_bit_sz(dctc, dscp) == 0x6, "dctc.dscp");
static_assert(__mlx5_bit_off(dctc, ece) == 0x1e0 &&
	      __mlx5_bit_sz(dctc, ece) == 0x20, "dctc.ece");

/* struct mlx5_ifc_cqc_bits */
static_assert(__mlx5_bit_off(cqc, status) == 0x0 &&
	      __mlx5_bit_sz(cqc, status) == 0x4, "cqc.status");
static_assert(__mlx5_bit_off(cqc, dbr_umem_valid) == 0x6 &&
	      __mlx5_bit_sz(cqc, dbr_umem_valid) == 0x1, "cqc.dbr_umem_valid");
static_assert(__mlx5_bit_off(cqc, apu_cq) == 0x7 &&
	      __mlx5_bit_sz(cqc, apu_cq) == 0x1, "cqc.apu_cq");
static_assert(__mlx5_bit_off(cqc, cqe_sz) == 0x8 &&
	      __mlx5_bit_sz(cqc, cqe_sz) == 0x3, "cqc.cqe_sz");
static_assert(__mlx5_bit_off(cqc, cc) == 0xb &&
	      __mlx5_bit_sz(cqc, cc) == 0x1, "cqc.cc");
static_assert(__mlx5_bit_off(cqc, scqe_break_moderation_en) == 0xd &&
	      __mlx5_bit_sz(cqc, scqe_break_moderation_en) == 0x1, "cqc.scqe_break_moderation_en");
static_assert(__mlx5_bit_off(cqc, oi) == 0xe &&
	      __mlx5_bit_sz(cqc, oi) == 0x1, "cqc.oi");
static_assert(__mlx5_bit_off(cqc, cq_period_mode) == 0xf &&
	      __mlx5_bit_sz(cqc, cq_period_mode) == 0x2, "cqc.cq_period_mode");
static_assert(__mlx5_bit_off(cqc, cqe_comp_en) == 0x11 &&
	      __mlx5_bit_sz(cqc, cqe_comp_en) == 0x1, "cqc.cqe_comp_en");
static_assert(__mlx5_bit_off(cqc, mini_cqe_res_format) == 0x12 &&
	      __mlx5_bit_sz(cqc, mini_cqe_res_format) == 0x2, "cqc.mini_cqe_res_format");
static_assert(__mlx5_bit_off(cqc, st) == 0x14 &&
	      __mlx5_bit_sz(cqc, st) == 0x4, "cqc.st");
static_assert(__mlx5_bit_off(cqc, cqe_compression_layout) == 0x1e &&
	      __mlx5_bit_sz(cqc, cqe_compression_layout) == 0x2, "cqc.cqe_compression_layout");
static_assert(__mlx5_bit_off(cqc, page_offset) == 0x54 &&
	      __mlx5_bit_sz(cqc, page_offset) == 0x6, "cqc.page_offset");
static_assert(__mlx5_bit_off(cqc, log_cq_size) == 0x63 &&
	      __mlx5_bit_sz(cqc, log_cq_size) == 0x5, "cqc.log_cq_size");
static_assert(__mlx5_bit_off(cqc, uar_page) == 0x68 &&
	      __mlx5_bit_sz(cqc, uar_page) == 0x18, "cqc.uar_page");
static_assert(__mlx5_bit_off(cqc, cq_period) == 0x84 &&
	      __mlx5_bit_sz(cqc, cq_period) == 0xc, "cqc.cq_period");
static_assert(__mlx5_bit_off(cqc, cq_max_count) == 0x90 &&
	      __mlx5_bit_sz(cqc, cq_max_count) == 0x10, "cqc.cq_max_count");
static_assert(__mlx5_bit_off(cqc, c_eqn_or_apu_element) == 0xa0 &&
	      __mlx5_bit_sz(cqc, c_eqn_or_apu_element) == 0x20, "cqc.c_eqn_or_apu_element");
static_assert(__mlx5_bit_off(cqc, log_page_size) == 0xc3 &&
	      __mlx5_bit_sz(cqc, log_page_size) == 0x5, "cqc.log_page_size");
static_assert(__mlx5_bit_off(cqc, last_notified_index) == 0x108 &&
	      __mlx5_bit_sz(cqc, last_notified_index) == 0x18, "cqc.last_notified_index");
static_assert(__mlx5_bit_off(cqc, last_solicit_index) == 0x128 &&
	      __mlx5_bit_sz(cqc, last_solicit_index) == 0x18, "cqc.last_solicit_index");
static_assert(__mlx5_bit_off(cqc, consumer_counter) == 0x148 &&
	      __mlx5_bit_sz(cqc, consumer_counter) == 0x18, "cqc.consumer_counter");
static_assert(__mlx5_bit_off(cqc, producer_counter) == 0x168 &&
	      __mlx5_bit_sz(cqc, producer_counter) == 0x18, "cqc.producer_counter");
static_assert(__mlx5_bit_off(cqc, dbr_addr) == 0x1c0 &&
	      __mlx5_bit_sz(cqc, dbr_addr) == 0x40, "cqc.dbr_addr");

/* union mlx5_ifc_cong_control_roce_ecn_auto_bits */
static_assert(XC_OFF(union mlx5_ifc_cong_control_roce_ecn_auto_bits, cong_control_802_1qau_rp) == 0x0 &&
	      XC_SZ(union mlx5_ifc_cong_control_roce_ecn_auto_bits, cong_control_802_1qau_rp) == 0x800, "cong_control_roce_ecn_auto.cong_control_802_1qau_rp");
static_assert(XC_OFF(union mlx5_ifc_cong_control_roce_ecn_auto_bits, cong_control_r_roce_ecn_rp) == 0x0 &&
	      XC_SZ(union mlx5_ifc_cong_control_roce_ecn_auto_bits, cong_control_r_roce_ecn_rp) == 0x800, "cong_control_roce_ecn_auto.cong_control_r_roce_ecn_rp");
static_assert(XC_OFF(union mlx5_ifc_cong_control_roce_ecn_auto_bits, cong_control_r_roce_ecn_np) == 0x0 &&
	      XC_SZ(union mlx5_ifc_cong_control_roce_ecn_auto_bits, cong_control_r_roce_ecn_np) == 0x800, "cong_control_roce_ecn_auto.cong_control_r_roce_ecn_np");

/* struct mlx5_ifc_tag_matching_topology_context_bits */
static_assert(__mlx5_bit_off(tag_matching_topology_context, log_matching_list_sz) == 0x0 &&
	      __mlx5_bit_sz(tag_matching_topology_context, log_matching_list_sz) == 0x4, "tag_matching_topology_context.log_matching_list_sz");
static_assert(__mlx5_bit_off(tag_matching_topology_context, append_next_index) == 0x10 &&
	      __mlx5_bit_sz(tag_matching_topology_context, append_next_index) == 0x10, "tag_matching_topology_context.append_next_index");
static_assert(__mlx5_bit_off(tag_matching_topology_context, sw_phase_cnt) == 0x20 &&
	      __mlx5_bit_sz(tag_matching_topology_context, sw_phase_cnt) == 0x10, "tag_matching_topology_context.sw_phase_cnt");
static_assert(__mlx5_bit_off(tag_matching_topology_context, hw_phase_cnt) == 0x30 &&
	      __mlx5_bit_sz(tag_matching_topology_context, hw_phase_cnt) == 0x10, "tag_matching_topology_context.hw_phase_cnt");

/* struct mlx5_ifc_xrqc_bits */
static_assert(__mlx5_bit_off(xrqc, state) == 0x0 &&
	      __mlx5_bit_sz(xrqc, state) == 0x4, "xrqc.state");
static_assert(__mlx5_bit_off(xrqc, rlkey) == 0x4 &&
	      __mlx5_bit_sz(xrqc, rlkey) == 0x1, "xrqc.rlkey");
static_assert(__mlx5_bit_off(xrqc, topology) == 0x14 &&
	      __mlx5_bit_sz(xrqc, topology) == 0x4, "xrqc.topology");
static_assert(__mlx5_bit_off(xrqc, offload) == 0x1c &&
	      __mlx5_bit_sz(xrqc, offload) == 0x4, "xrqc.offload");
static_assert(__mlx5_bit_off(xrqc, user_index) == 0x28 &&
	      __mlx5_bit_sz(xrqc, user_index) == 0x18, "xrqc.user_index");
static_assert(__mlx5_bit_off(xrqc, cqn) == 0x48 &&
	      __mlx5_bit_sz(xrqc, cqn) == 0x18, "xrqc.cqn");
static_assert(__mlx5_bit_off(xrqc, tag_matching_topology_context) == 0x100 &&
	      __mlx5_bit_sz(xrqc, tag_matching_topology_context) == 0x80, "xrqc.tag_matching_topology_context");
static_assert(__mlx5_bit_off(xrqc, wq) == 0x400 &&
	      __mlx5_bit_sz(xrqc, wq) == 0x600, "xrqc.wq");

/* union mlx5_ifc_modify_field_select_resize_field_select_auto_bits */
static_assert(XC_OFF(union mlx5_ifc_modify_field_select_resize_field_select_auto_bits, modify_field_select) == 0x0 &&
	      XC_SZ(union mlx5_ifc_modify_field_select_resize_field_select_auto_bits, modify_field_select) == 0x20, "modify_field_select_resize_field_select_auto.modify_field_select");
static_assert(XC_OFF(union mlx5_ifc_modify_field_select_resize_field_select_auto_bits, resize_field_select) == 0x0 &&
	      XC_SZ(union mlx5_ifc_modify_field_select_resize_field_select_auto_bits, resize_field_select) == 0x20, "modify_field_select_resize_field_select_auto.resize_field_select");

/* union mlx5_ifc_field_select_802_1_r_roce_auto_bits */
static_assert(XC_OFF(union mlx5_ifc_field_select_802_1_r_roce_auto_bits, field_select_802_1qau_rp) == 0x0 &&
	      XC_SZ(union mlx5_ifc_field_select_802_1_r_roce_auto_bits, field_select_802_1qau_rp) == 0x20, "field_select_802_1_r_roce_auto.field_select_802_1qau_rp");
static_assert(XC_OFF(union mlx5_ifc_field_select_802_1_r_roce_auto_bits, field_select_r_roce_rp) == 0x0 &&
	      XC_SZ(union mlx5_ifc_field_select_802_1_r_roce_auto_bits, field_select_r_roce_rp) == 0x20, "field_select_802_1_r_roce_auto.field_select_r_roce_rp");
static_assert(XC_OFF(union mlx5_ifc_field_select_802_1_r_roce_auto_bits, field_select_r_roce_np) == 0x0 &&
	      XC_SZ(union mlx5_ifc_field_select_802_1_r_roce_auto_bits, field_select_r_roce_np) == 0x20, "field_select_802_1_r_roce_auto.field_select_r_roce_np");

/* union mlx5_ifc_pcie_cntrs_grp_data_layout_auto_bits */
static_assert(XC_OFF(union mlx5_ifc_pcie_cntrs_grp_data_layout_auto_bits, pcie_perf_cntrs_grp_data_layout) == 0x0 &&
	      XC_SZ(union mlx5_ifc_pcie_cntrs_grp_data_layout_auto_bits, pcie_perf_cntrs_grp_data_layout) == 0x7c0, "pcie_cntrs_grp_data_layout_auto.pcie_perf_cntrs_grp_data_layout");

/* union mlx5_ifc_event_auto_bits */
static_assert(XC_OFF(union mlx5_ifc_event_auto_bits, comp_event) == 0x0 &&
	      XC_SZ(union mlx5_ifc_event_auto_bits, comp_event) == 0xe0, "event_auto.comp_event");
static_assert(XC_OFF(union mlx5_ifc_event_auto_bits, dct_events) == 0x0 &&
	      XC_SZ(union mlx5_ifc_event_auto_bits, dct_events) == 0xe0, "event_auto.dct_events");
static_assert(XC_OFF(union mlx5_ifc_event_auto_bits, qp_events) == 0x0 &&
	      XC_SZ(union mlx5_ifc_event_auto_bits, qp_events) == 0xe0, "event_auto.qp_events");
static_assert(XC_OFF(union mlx5_ifc_event_auto_bits, wqe_associated_page_fault_event) == 0x0 &&
	      XC_SZ(union mlx5_ifc_event_auto_bits, wqe_associated_page_fault_event) == 0xe0, "event_auto.wqe_associated_page_fault_event");
static_assert(XC_OFF(union mlx5_ifc_event_auto_bits, rdma_page_fault_event) == 0x0 &&
	      XC_SZ(union mlx5_ifc_event_auto_bits, rdma_page_fault_event) == 0xe0, "event_auto.rdma_page_fault_event");
static_assert(XC_OFF(union mlx5_ifc_event_auto_bits, cq_error) == 0x0 &&
	      XC_SZ(union mlx5_ifc_event_auto_bits, cq_error) == 0xe0, "event_auto.cq_error");
static_assert(XC_OFF(union mlx5_ifc_event_auto_bits, dropped_packet_logged) == 0x0 &&
	      XC_SZ(union mlx5_ifc_event_auto_bits, dropped_packet_logged) == 0xe0, "event_auto.dropped_packet_logged");
static_assert(XC_OFF(union mlx5_ifc_event_auto_bits, port_state_change_event) == 0x0 &&
	      XC_SZ(union mlx5_ifc_event_auto_bits, port_state_change_event) == 0xe0, "event_auto.port_state_change_event");
static_assert(XC_OFF(union mlx5_ifc_event_auto_bits, gpio_event) == 0x0 &&
	      XC_SZ(union mlx5_ifc_event_auto_bits, gpio_event) == 0xe0, "event_auto.gpio_event");
static_assert(XC_OFF(union mlx5_ifc_event_auto_bits, db_bf_congestion_event) == 0x0 &&
	      XC_SZ(union mlx5_ifc_event_auto_bits, db_bf_congestion_event) == 0xc0, "event_auto.db_bf_congestion_event");
static_assert(XC_OFF(union mlx5_ifc_event_auto_bits, stall_vl_event) == 0x0 &&
	      XC_SZ(union mlx5_ifc_event_auto_bits, stall_vl_event) == 0xc0, "event_auto.stall_vl_event");
static_assert(XC_OFF(union mlx5_ifc_event_auto_bits, cmd_inter_comp_event) == 0x0 &&
	      XC_SZ(union mlx5_ifc_event_auto_bits, cmd_inter_comp_event) == 0xe0, "event_auto.cmd_inter_comp_event");

/* struct mlx5_ifc_health_buffer_bits */
static_assert(__mlx5_bit_off(health_buffer, assert_existptr) == 0x100 &&
	      __mlx5_bit_sz(health_buffer, assert_existptr) == 0x20, "health_buffer.assert_existptr");
static_assert(__mlx5_bit_off(health_buffer, assert_callra) == 0x120 &&
	      __mlx5_bit_sz(health_buffer, assert_callra) == 0x20, "health_buffer.assert_callra");
static_assert(__mlx5_bit_off(health_buffer, time) == 0x160 &&
	      __mlx5_bit_sz(health_buffer, time) == 0x20, "health_buffer.time");
static_assert(__mlx5_bit_off(health_buffer, fw_version) == 0x180 &&
	      __mlx5_bit_sz(health_buffer, fw_version) == 0x20, "health_buffer.fw_version");
static_assert(__mlx5_bit_off(health_buffer, hw_id) == 0x1a0 &&
	      __mlx5_bit_sz(health_buffer, hw_id) == 0x20, "health_buffer.hw_id");
static_assert(__mlx5_bit_off(health_buffer, rfr) == 0x1c0 &&
	      __mlx5_bit_sz(health_buffer, rfr) == 0x1, "health_buffer.rfr");
static_assert(__mlx5_bit_off(health_buffer, valid) == 0x1c4 &&
	      __mlx5_bit_sz(health_buffer, valid) == 0x1, "health_buffer.valid");
static_assert(__mlx5_bit_off(health_buffer, severity) == 0x1c5 &&
	      __mlx5_bit_sz(health_buffer, severity) == 0x3, "health_buffer.severity");
static_assert(__mlx5_bit_off(health_buffer, irisc_index) == 0x1e0 &&
	      __mlx5_bit_sz(health_buffer, irisc_index) == 0x8, "health_buffer.irisc_index");
static_assert(__mlx5_bit_off(health_buffer, synd) == 0x1e8 &&
	      __mlx5_bit_sz(health_buffer, synd) == 0x8, "health_buffer.synd");
static_assert(__mlx5_bit_off(health_buffer, ext_synd) == 0x1f0 &&
	      __mlx5_bit_sz(health_buffer, ext_synd) == 0x10, "health_buffer.ext_synd");

/* struct mlx5_ifc_register_loopback_control_bits */
static_assert(__mlx5_bit_off(register_loopback_control, no_lb) == 0x0 &&
	      __mlx5_bit_sz(register_loopback_control, no_lb) == 0x1, "register_loopback_control.no_lb");
static_assert(__mlx5_bit_off(register_loopback_control, port) == 0x8 &&
	      __mlx5_bit_sz(register_loopback_control, port) == 0x8, "register_loopback_control.port");

/* struct mlx5_ifc_vport_tc_element_bits */
static_assert(__mlx5_bit_off(vport_tc_element, traffic_class) == 0x0 &&
	      __mlx5_bit_sz(vport_tc_element, traffic_class) == 0x4, "vport_tc_element.traffic_class");
static_assert(__mlx5_bit_off(vport_tc_element, vport_number) == 0x10 &&
	      __mlx5_bit_sz(vport_tc_element, vport_number) == 0x10, "vport_tc_element.vport_number");

/* struct mlx5_ifc_vport_element_bits */
static_assert(__mlx5_bit_off(vport_element, vport_number) == 0x10 &&
	      __mlx5_bit_sz(vport_element, vport_number) == 0x10, "vport_element.vport_number");

/* struct mlx5_ifc_tsar_element_bits */
static_assert(__mlx5_bit_off(tsar_element, tsar_type) == 0x8 &&
	      __mlx5_bit_sz(tsar_element, tsar_type) == 0x8, "tsar_element.tsar_type");

/* struct mlx5_ifc_teardown_hca_out_bits */
static_assert(__mlx5_bit_off(teardown_hca_out, status) == 0x0 &&
	      __mlx5_bit_sz(teardown_hca_out, status) == 0x8, "teardown_hca_out.status");
static_assert(__mlx5_bit_off(teardown_hca_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(teardown_hca_out, syndrome) == 0x20, "teardown_hca_out.syndrome");
static_assert(__mlx5_bit_off(teardown_hca_out, state) == 0x7f &&
	      __mlx5_bit_sz(teardown_hca_out, state) == 0x1, "teardown_hca_out.state");

/* struct mlx5_ifc_teardown_hca_in_bits */
static_assert(__mlx5_bit_off(teardown_hca_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(teardown_hca_in, opcode) == 0x10, "teardown_hca_in.opcode");
static_assert(__mlx5_bit_off(teardown_hca_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(teardown_hca_in, op_mod) == 0x10, "teardown_hca_in.op_mod");
static_assert(__mlx5_bit_off(teardown_hca_in, profile) == 0x50 &&
	      __mlx5_bit_sz(teardown_hca_in, profile) == 0x10, "teardown_hca_in.profile");

/* struct mlx5_ifc_sqerr2rts_qp_out_bits */
static_assert(__mlx5_bit_off(sqerr2rts_qp_out, status) == 0x0 &&
	      __mlx5_bit_sz(sqerr2rts_qp_out, status) == 0x8, "sqerr2rts_qp_out.status");
static_assert(__mlx5_bit_off(sqerr2rts_qp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(sqerr2rts_qp_out, syndrome) == 0x20, "sqerr2rts_qp_out.syndrome");

/* struct mlx5_ifc_sqerr2rts_qp_in_bits */
static_assert(__mlx5_bit_off(sqerr2rts_qp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(sqerr2rts_qp_in, opcode) == 0x10, "sqerr2rts_qp_in.opcode");
static_assert(__mlx5_bit_off(sqerr2rts_qp_in, uid) == 0x10 &&
	      __mlx5_bit_sz(sqerr2rts_qp_in, uid) == 0x10, "sqerr2rts_qp_in.uid");
static_assert(__mlx5_bit_off(sqerr2rts_qp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(sqerr2rts_qp_in, op_mod) == 0x10, "sqerr2rts_qp_in.op_mod");
static_assert(__mlx5_bit_off(sqerr2rts_qp_in, qpn) == 0x48 &&
	      __mlx5_bit_sz(sqerr2rts_qp_in, qpn) == 0x18, "sqerr2rts_qp_in.qpn");
static_assert(__mlx5_bit_off(sqerr2rts_qp_in, opt_param_mask) == 0x80 &&
	      __mlx5_bit_sz(sqerr2rts_qp_in, opt_param_mask) == 0x20, "sqerr2rts_qp_in.opt_param_mask");
static_assert(__mlx5_bit_off(sqerr2rts_qp_in, qpc) == 0xc0 &&
	      __mlx5_bit_sz(sqerr2rts_qp_in, qpc) == 0x740, "sqerr2rts_qp_in.qpc");

/* struct mlx5_ifc_sqd2rts_qp_out_bits */
static_assert(__mlx5_bit_off(sqd2rts_qp_out, status) == 0x0 &&
	      __mlx5_bit_sz(sqd2rts_qp_out, status) == 0x8, "sqd2rts_qp_out.status");
static_assert(__mlx5_bit_off(sqd2rts_qp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(sqd2rts_qp_out, syndrome) == 0x20, "sqd2rts_qp_out.syndrome");

/* struct mlx5_ifc_sqd2rts_qp_in_bits */
static_assert(__mlx5_bit_off(sqd2rts_qp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(sqd2rts_qp_in, opcode) == 0x10, "sqd2rts_qp_in.opcode");
static_assert(__mlx5_bit_off(sqd2rts_qp_in, uid) == 0x10 &&
	      __mlx5_bit_sz(sqd2rts_qp_in, uid) == 0x10, "sqd2rts_qp_in.uid");
static_assert(__mlx5_bit_off(sqd2rts_qp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(sqd2rts_qp_in, op_mod) == 0x10, "sqd2rts_qp_in.op_mod");
static_assert(__mlx5_bit_off(sqd2rts_qp_in, qpn) == 0x48 &&
	      __mlx5_bit_sz(sqd2rts_qp_in, qpn) == 0x18, "sqd2rts_qp_in.qpn");
static_assert(__mlx5_bit_off(sqd2rts_qp_in, opt_param_mask) == 0x80 &&
	      __mlx5_bit_sz(sqd2rts_qp_in, opt_param_mask) == 0x20, "sqd2rts_qp_in.opt_param_mask");
static_assert(__mlx5_bit_off(sqd2rts_qp_in, qpc) == 0xc0 &&
	      __mlx5_bit_sz(sqd2rts_qp_in, qpc) == 0x740, "sqd2rts_qp_in.qpc");

/* struct mlx5_ifc_set_roce_address_out_bits */
static_assert(__mlx5_bit_off(set_roce_address_out, status) == 0x0 &&
	      __mlx5_bit_sz(set_roce_address_out, status) == 0x8, "set_roce_address_out.status");
static_assert(__mlx5_bit_off(set_roce_address_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(set_roce_address_out, syndrome) == 0x20, "set_roce_address_out.syndrome");

/* struct mlx5_ifc_set_roce_address_in_bits */
static_assert(__mlx5_bit_off(set_roce_address_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(set_roce_address_in, opcode) == 0x10, "set_roce_address_in.opcode");
static_assert(__mlx5_bit_off(set_roce_address_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(set_roce_address_in, op_mod) == 0x10, "set_roce_address_in.op_mod");
static_assert(__mlx5_bit_off(set_roce_address_in, roce_address_index) == 0x40 &&
	      __mlx5_bit_sz(set_roce_address_in, roce_address_index) == 0x10, "set_roce_address_in.roce_address_index");
static_assert(__mlx5_bit_off(set_roce_address_in, vhca_port_num) == 0x5c &&
	      __mlx5_bit_sz(set_roce_address_in, vhca_port_num) == 0x4, "set_roce_address_in.vhca_port_num");
static_assert(__mlx5_bit_off(set_roce_address_in, roce_address) == 0x80 &&
	      __mlx5_bit_sz(set_roce_address_in, roce_address) == 0x100, "set_roce_address_in.roce_address");

/* struct mlx5_ifc_set_mad_demux_out_bits */
static_assert(__mlx5_bit_off(set_mad_demux_out, status) == 0x0 &&
	      __mlx5_bit_sz(set_mad_demux_out, status) == 0x8, "set_mad_demux_out.status");
static_assert(__mlx5_bit_off(set_mad_demux_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(set_mad_demux_out, syndrome) == 0x20, "set_mad_demux_out.syndrome");

/* struct mlx5_ifc_set_mad_demux_in_bits */
static_assert(__mlx5_bit_off(set_mad_demux_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(set_mad_demux_in, opcode) == 0x10, "set_mad_demux_in.opcode");
static_assert(__mlx5_bit_off(set_mad_demux_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(set_mad_demux_in, op_mod) == 0x10, "set_mad_demux_in.op_mod");
static_assert(__mlx5_bit_off(set_mad_demux_in, demux_mode) == 0x66 &&
	      __mlx5_bit_sz(set_mad_demux_in, demux_mode) == 0x2, "set_mad_demux_in.demux_mode");

/* struct mlx5_ifc_set_l2_table_entry_out_bits */
static_assert(__mlx5_bit_off(set_l2_table_entry_out, status) == 0x0 &&
	      __mlx5_bit_sz(set_l2_table_entry_out, status) == 0x8, "set_l2_table_entry_out.status");
static_assert(__mlx5_bit_off(set_l2_table_entry_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(set_l2_table_entry_out, syndrome) == 0x20, "set_l2_table_entry_out.syndrome");

/* struct mlx5_ifc_set_l2_table_entry_in_bits */
static_assert(__mlx5_bit_off(set_l2_table_entry_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(set_l2_table_entry_in, opcode) == 0x10, "set_l2_table_entry_in.opcode");
static_assert(__mlx5_bit_off(set_l2_table_entry_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(set_l2_table_entry_in, op_mod) == 0x10, "set_l2_table_entry_in.op_mod");
static_assert(__mlx5_bit_off(set_l2_table_entry_in, table_index) == 0xa8 &&
	      __mlx5_bit_sz(set_l2_table_entry_in, table_index) == 0x18, "set_l2_table_entry_in.table_index");
static_assert(__mlx5_bit_off(set_l2_table_entry_in, vlan_valid) == 0xf3 &&
	      __mlx5_bit_sz(set_l2_table_entry_in, vlan_valid) == 0x1, "set_l2_table_entry_in.vlan_valid");
static_assert(__mlx5_bit_off(set_l2_table_entry_in, vlan) == 0xf4 &&
	      __mlx5_bit_sz(set_l2_table_entry_in, vlan) == 0xc, "set_l2_table_entry_in.vlan");
static_assert(__mlx5_bit_off(set_l2_table_entry_in, mac_address) == 0x100 &&
	      __mlx5_bit_sz(set_l2_table_entry_in, mac_address) == 0x40, "set_l2_table_entry_in.mac_address");

/* struct mlx5_ifc_set_issi_out_bits */
static_assert(__mlx5_bit_off(set_issi_out, status) == 0x0 &&
	      __mlx5_bit_sz(set_issi_out, status) == 0x8, "set_issi_out.status");
static_assert(__mlx5_bit_off(set_issi_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(set_issi_out, syndrome) == 0x20, "set_issi_out.syndrome");

/* struct mlx5_ifc_set_issi_in_bits */
static_assert(__mlx5_bit_off(set_issi_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(set_issi_in, opcode) == 0x10, "set_issi_in.opcode");
static_assert(__mlx5_bit_off(set_issi_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(set_issi_in, op_mod) == 0x10, "set_issi_in.op_mod");
static_assert(__mlx5_bit_off(set_issi_in, current_issi) == 0x50 &&
	      __mlx5_bit_sz(set_issi_in, current_issi) == 0x10, "set_issi_in.current_issi");

/* struct mlx5_ifc_set_hca_cap_out_bits */
static_assert(__mlx5_bit_off(set_hca_cap_out, status) == 0x0 &&
	      __mlx5_bit_sz(set_hca_cap_out, status) == 0x8, "set_hca_cap_out.status");
static_assert(__mlx5_bit_off(set_hca_cap_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(set_hca_cap_out, syndrome) == 0x20, "set_hca_cap_out.syndrome");

/* struct mlx5_ifc_set_hca_cap_in_bits */
static_assert(__mlx5_bit_off(set_hca_cap_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(set_hca_cap_in, opcode) == 0x10, "set_hca_cap_in.opcode");
static_assert(__mlx5_bit_off(set_hca_cap_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(set_hca_cap_in, op_mod) == 0x10, "set_hca_cap_in.op_mod");
static_assert(__mlx5_bit_off(set_hca_cap_in, other_function) == 0x40 &&
	      __mlx5_bit_sz(set_hca_cap_in, other_function) == 0x1, "set_hca_cap_in.other_function");
static_assert(__mlx5_bit_off(set_hca_cap_in, function_id) == 0x50 &&
	      __mlx5_bit_sz(set_hca_cap_in, function_id) == 0x10, "set_hca_cap_in.function_id");
static_assert(__mlx5_bit_off(set_hca_cap_in, capability) == 0x80 &&
	      __mlx5_bit_sz(set_hca_cap_in, capability) == 0x8000, "set_hca_cap_in.capability");

/* struct mlx5_ifc_set_fte_out_bits */
static_assert(__mlx5_bit_off(set_fte_out, status) == 0x0 &&
	      __mlx5_bit_sz(set_fte_out, status) == 0x8, "set_fte_out.status");
static_assert(__mlx5_bit_off(set_fte_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(set_fte_out, syndrome) == 0x20, "set_fte_out.syndrome");

/* struct mlx5_ifc_set_fte_in_bits */
static_assert(__mlx5_bit_off(set_fte_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(set_fte_in, opcode) == 0x10, "set_fte_in.opcode");
static_assert(__mlx5_bit_off(set_fte_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(set_fte_in, op_mod) == 0x10, "set_fte_in.op_mod");
static_assert(__mlx5_bit_off(set_fte_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(set_fte_in, other_vport) == 0x1, "set_fte_in.other_vport");
static_assert(__mlx5_bit_off(set_fte_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(set_fte_in, vport_number) == 0x10, "set_fte_in.vport_number");
static_assert(__mlx5_bit_off(set_fte_in, table_type) == 0x80 &&
	      __mlx5_bit_sz(set_fte_in, table_type) == 0x8, "set_fte_in.table_type");
static_assert(__mlx5_bit_off(set_fte_in, table_id) == 0xa8 &&
	      __mlx5_bit_sz(set_fte_in, table_id) == 0x18, "set_fte_in.table_id");
static_assert(__mlx5_bit_off(set_fte_in, ignore_flow_level) == 0xc0 &&
	      __mlx5_bit_sz(set_fte_in, ignore_flow_level) == 0x1, "set_fte_in.ignore_flow_level");
static_assert(__mlx5_bit_off(set_fte_in, modify_enable_mask) == 0xd8 &&
	      __mlx5_bit_sz(set_fte_in, modify_enable_mask) == 0x8, "set_fte_in.modify_enable_mask");
static_assert(__mlx5_bit_off(set_fte_in, flow_index) == 0x100 &&
	      __mlx5_bit_sz(set_fte_in, flow_index) == 0x20, "set_fte_in.flow_index");
static_assert(__mlx5_bit_off(set_fte_in, flow_context) == 0x200 &&
	      __mlx5_bit_sz(set_fte_in, flow_context) == 0x1800, "set_fte_in.flow_context");

/* struct mlx5_ifc_rts2rts_qp_out_bits */
static_assert(__mlx5_bit_off(rts2rts_qp_out, status) == 0x0 &&
	      __mlx5_bit_sz(rts2rts_qp_out, status) == 0x8, "rts2rts_qp_out.status");
static_assert(__mlx5_bit_off(rts2rts_qp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(rts2rts_qp_out, syndrome) == 0x20, "rts2rts_qp_out.syndrome");
static_assert(__mlx5_bit_off(rts2rts_qp_out, ece) == 0x60 &&
	      __mlx5_bit_sz(rts2rts_qp_out, ece) == 0x20, "rts2rts_qp_out.ece");

/* struct mlx5_ifc_rts2rts_qp_in_bits */
static_assert(__mlx5_bit_off(rts2rts_qp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(rts2rts_qp_in, opcode) == 0x10, "rts2rts_qp_in.opcode");
static_assert(__mlx5_bit_off(rts2rts_qp_in, uid) == 0x10 &&
	      __mlx5_bit_sz(rts2rts_qp_in, uid) == 0x10, "rts2rts_qp_in.uid");
static_assert(__mlx5_bit_off(rts2rts_qp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(rts2rts_qp_in, op_mod) == 0x10, "rts2rts_qp_in.op_mod");
static_assert(__mlx5_bit_off(rts2rts_qp_in, qpn) == 0x48 &&
	      __mlx5_bit_sz(rts2rts_qp_in, qpn) == 0x18, "rts2rts_qp_in.qpn");
static_assert(__mlx5_bit_off(rts2rts_qp_in, opt_param_mask) == 0x80 &&
	      __mlx5_bit_sz(rts2rts_qp_in, opt_param_mask) == 0x20, "rts2rts_qp_in.opt_param_mask");
static_assert(__mlx5_bit_off(rts2rts_qp_in, ece) == 0xa0 &&
	      __mlx5_bit_sz(rts2rts_qp_in, ece) == 0x20, "rts2rts_qp_in.ece");
static_assert(__mlx5_bit_off(rts2rts_qp_in, qpc) == 0xc0 &&
	      __mlx5_bit_sz(rts2rts_qp_in, qpc) == 0x740, "rts2rts_qp_in.qpc");

/* struct mlx5_ifc_rtr2rts_qp_out_bits */
static_assert(__mlx5_bit_off(rtr2rts_qp_out, status) == 0x0 &&
	      __mlx5_bit_sz(rtr2rts_qp_out, status) == 0x8, "rtr2rts_qp_out.status");
static_assert(__mlx5_bit_off(rtr2rts_qp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(rtr2rts_qp_out, syndrome) == 0x20, "rtr2rts_qp_out.syndrome");
static_assert(__mlx5_bit_off(rtr2rts_qp_out, ece) == 0x60 &&
	      __mlx5_bit_sz(rtr2rts_qp_out, ece) == 0x20, "rtr2rts_qp_out.ece");

/* struct mlx5_ifc_rtr2rts_qp_in_bits */
static_assert(__mlx5_bit_off(rtr2rts_qp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(rtr2rts_qp_in, opcode) == 0x10, "rtr2rts_qp_in.opcode");
static_assert(__mlx5_bit_off(rtr2rts_qp_in, uid) == 0x10 &&
	      __mlx5_bit_sz(rtr2rts_qp_in, uid) == 0x10, "rtr2rts_qp_in.uid");
static_assert(__mlx5_bit_off(rtr2rts_qp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(rtr2rts_qp_in, op_mod) == 0x10, "rtr2rts_qp_in.op_mod");
static_assert(__mlx5_bit_off(rtr2rts_qp_in, qpn) == 0x48 &&
	      __mlx5_bit_sz(rtr2rts_qp_in, qpn) == 0x18, "rtr2rts_qp_in.qpn");
static_assert(__mlx5_bit_off(rtr2rts_qp_in, opt_param_mask) == 0x80 &&
	      __mlx5_bit_sz(rtr2rts_qp_in, opt_param_mask) == 0x20, "rtr2rts_qp_in.opt_param_mask");
static_assert(__mlx5_bit_off(rtr2rts_qp_in, ece) == 0xa0 &&
	      __mlx5_bit_sz(rtr2rts_qp_in, ece) == 0x20, "rtr2rts_qp_in.ece");
static_assert(__mlx5_bit_off(rtr2rts_qp_in, qpc) == 0xc0 &&
	      __mlx5_bit_sz(rtr2rts_qp_in, qpc) == 0x740, "rtr2rts_qp_in.qpc");

/* struct mlx5_ifc_rst2init_qp_out_bits */
static_assert(__mlx5_bit_off(rst2init_qp_out, status) == 0x0 &&
	      __mlx5_bit_sz(rst2init_qp_out, status) == 0x8, "rst2init_qp_out.status");
static_assert(__mlx5_bit_off(rst2init_qp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(rst2init_qp_out, syndrome) == 0x20, "rst2init_qp_out.syndrome");
static_assert(__mlx5_bit_off(rst2init_qp_out, ece) == 0x60 &&
	      __mlx5_bit_sz(rst2init_qp_out, ece) == 0x20, "rst2init_qp_out.ece");

/* struct mlx5_ifc_rst2init_qp_in_bits */
static_assert(__mlx5_bit_off(rst2init_qp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(rst2init_qp_in, opcode) == 0x10, "rst2init_qp_in.opcode");
static_assert(__mlx5_bit_off(rst2init_qp_in, uid) == 0x10 &&
	      __mlx5_bit_sz(rst2init_qp_in, uid) == 0x10, "rst2init_qp_in.uid");
static_assert(__mlx5_bit_off(rst2init_qp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(rst2init_qp_in, op_mod) == 0x10, "rst2init_qp_in.op_mod");
static_assert(__mlx5_bit_off(rst2init_qp_in, qpn) == 0x48 &&
	      __mlx5_bit_sz(rst2init_qp_in, qpn) == 0x18, "rst2init_qp_in.qpn");
static_assert(__mlx5_bit_off(rst2init_qp_in, opt_param_mask) == 0x80 &&
	      __mlx5_bit_sz(rst2init_qp_in, opt_param_mask) == 0x20, "rst2init_qp_in.opt_param_mask");
static_assert(__mlx5_bit_off(rst2init_qp_in, ece) == 0xa0 &&
	      __mlx5_bit_sz(rst2init_qp_in, ece) == 0x20, "rst2init_qp_in.ece");
static_assert(__mlx5_bit_off(rst2init_qp_in, qpc) == 0xc0 &&
	      __mlx5_bit_sz(rst2init_qp_in, qpc) == 0x740, "rst2init_qp_in.qpc");

/* struct mlx5_ifc_query_xrq_out_bits */
static_assert(__mlx5_bit_off(query_xrq_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_xrq_out, status) == 0x8, "query_xrq_out.status");
static_assert(__mlx5_bit_off(query_xrq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_xrq_out, syndrome) == 0x20, "query_xrq_out.syndrome");
static_assert(__mlx5_bit_off(query_xrq_out, xrq_context) == 0x80 &&
	      __mlx5_bit_sz(query_xrq_out, xrq_context) == 0xa00, "query_xrq_out.xrq_context");

/* struct mlx5_ifc_query_xrq_in_bits */
static_assert(__mlx5_bit_off(query_xrq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_xrq_in, opcode) == 0x10, "query_xrq_in.opcode");
static_assert(__mlx5_bit_off(query_xrq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_xrq_in, op_mod) == 0x10, "query_xrq_in.op_mod");
static_assert(__mlx5_bit_off(query_xrq_in, xrqn) == 0x48 &&
	      __mlx5_bit_sz(query_xrq_in, xrqn) == 0x18, "query_xrq_in.xrqn");

/* struct mlx5_ifc_query_xrc_srq_out_bits */
static_assert(__mlx5_bit_off(query_xrc_srq_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_xrc_srq_out, status) == 0x8, "query_xrc_srq_out.status");
static_assert(__mlx5_bit_off(query_xrc_srq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_xrc_srq_out, syndrome) == 0x20, "query_xrc_srq_out.syndrome");
static_assert(__mlx5_bit_off(query_xrc_srq_out, xrc_srq_context_entry) == 0x80 &&
	      __mlx5_bit_sz(query_xrc_srq_out, xrc_srq_context_entry) == 0x200, "query_xrc_srq_out.xrc_srq_context_entry");
static_assert(__mlx5_bit_off(query_xrc_srq_out, pas) == 0x880, "query_xrc_srq_out.pas");

/* struct mlx5_ifc_query_xrc_srq_in_bits */
static_assert(__mlx5_bit_off(query_xrc_srq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_xrc_srq_in, opcode) == 0x10, "query_xrc_srq_in.opcode");
static_assert(__mlx5_bit_off(query_xrc_srq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_xrc_srq_in, op_mod) == 0x10, "query_xrc_srq_in.op_mod");
static_assert(__mlx5_bit_off(query_xrc_srq_in, xrc_srqn) == 0x48 &&
	      __mlx5_bit_sz(query_xrc_srq_in, xrc_srqn) == 0x18, "query_xrc_srq_in.xrc_srqn");

/* struct mlx5_ifc_arm_monitor_counter_in_bits */
static_assert(__mlx5_bit_off(arm_monitor_counter_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(arm_monitor_counter_in, opcode) == 0x10, "arm_monitor_counter_in.opcode");
static_assert(__mlx5_bit_off(arm_monitor_counter_in, uid) == 0x10 &&
	      __mlx5_bit_sz(arm_monitor_counter_in, uid) == 0x10, "arm_monitor_counter_in.uid");
static_assert(__mlx5_bit_off(arm_monitor_counter_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(arm_monitor_counter_in, op_mod) == 0x10, "arm_monitor_counter_in.op_mod");

/* struct mlx5_ifc_arm_monitor_counter_out_bits */
static_assert(__mlx5_bit_off(arm_monitor_counter_out, status) == 0x0 &&
	      __mlx5_bit_sz(arm_monitor_counter_out, status) == 0x8, "arm_monitor_counter_out.status");
static_assert(__mlx5_bit_off(arm_monitor_counter_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(arm_monitor_counter_out, syndrome) == 0x20, "arm_monitor_counter_out.syndrome");

/* struct mlx5_ifc_monitor_counter_output_bits */
static_assert(__mlx5_bit_off(monitor_counter_output, type) == 0x4 &&
	      __mlx5_bit_sz(monitor_counter_output, type) == 0x4, "monitor_counter_output.type");
static_assert(__mlx5_bit_off(monitor_counter_output, counter) == 0x10 &&
	      __mlx5_bit_sz(monitor_counter_output, counter) == 0x10, "monitor_counter_output.counter");
static_assert(__mlx5_bit_off(monitor_counter_output, counter_group_id) == 0x20 &&
	      __mlx5_bit_sz(monitor_counter_output, counter_group_id) == 0x20, "monitor_counter_output.counter_group_id");

/* struct mlx5_ifc_set_monitor_counter_in_bits */
static_assert(__mlx5_bit_off(set_monitor_counter_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(set_monitor_counter_in, opcode) == 0x10, "set_monitor_counter_in.opcode");
static_assert(__mlx5_bit_off(set_monitor_counter_in, uid) == 0x10 &&
	      __mlx5_bit_sz(set_monitor_counter_in, uid) == 0x10, "set_monitor_counter_in.uid");
static_assert(__mlx5_bit_off(set_monitor_counter_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(set_monitor_counter_in, op_mod) == 0x10, "set_monitor_counter_in.op_mod");
static_assert(__mlx5_bit_off(set_monitor_counter_in, num_of_counters) == 0x50 &&
	      __mlx5_bit_sz(set_monitor_counter_in, num_of_counters) == 0x10, "set_monitor_counter_in.num_of_counters");
static_assert(__mlx5_bit_off(set_monitor_counter_in, monitor_counter) == 0x80 &&
	      __mlx5_bit_sz(set_monitor_counter_in, monitor_counter) == 0x1c0, "set_monitor_counter_in.monitor_counter");

/* struct mlx5_ifc_set_monitor_counter_out_bits */
static_assert(__mlx5_bit_off(set_monitor_counter_out, status) == 0x0 &&
	      __mlx5_bit_sz(set_monitor_counter_out, status) == 0x8, "set_monitor_counter_out.status");
static_assert(__mlx5_bit_off(set_monitor_counter_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(set_monitor_counter_out, syndrome) == 0x20, "set_monitor_counter_out.syndrome");

/* struct mlx5_ifc_query_vnic_env_out_bits */
static_assert(__mlx5_bit_off(query_vnic_env_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_vnic_env_out, status) == 0x8, "query_vnic_env_out.status");
static_assert(__mlx5_bit_off(query_vnic_env_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_vnic_env_out, syndrome) == 0x20, "query_vnic_env_out.syndrome");
static_assert(__mlx5_bit_off(query_vnic_env_out, vport_env) == 0x80 &&
	      __mlx5_bit_sz(query_vnic_env_out, vport_env) == 0x1000, "query_vnic_env_out.vport_env");

/* struct mlx5_ifc_query_vnic_env_in_bits */
static_assert(__mlx5_bit_off(query_vnic_env_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_vnic_env_in, opcode) == 0x10, "query_vnic_env_in.opcode");
static_assert(__mlx5_bit_off(query_vnic_env_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_vnic_env_in, op_mod) == 0x10, "query_vnic_env_in.op_mod");
static_assert(__mlx5_bit_off(query_vnic_env_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(query_vnic_env_in, other_vport) == 0x1, "query_vnic_env_in.other_vport");
static_assert(__mlx5_bit_off(query_vnic_env_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(query_vnic_env_in, vport_number) == 0x10, "query_vnic_env_in.vport_number");

/* struct mlx5_ifc_query_tis_out_bits */
static_assert(__mlx5_bit_off(query_tis_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_tis_out, status) == 0x8, "query_tis_out.status");
static_assert(__mlx5_bit_off(query_tis_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_tis_out, syndrome) == 0x20, "query_tis_out.syndrome");
static_assert(__mlx5_bit_off(query_tis_out, tis_context) == 0x80 &&
	      __mlx5_bit_sz(query_tis_out, tis_context) == 0x500, "query_tis_out.tis_context");

/* struct mlx5_ifc_query_tis_in_bits */
static_assert(__mlx5_bit_off(query_tis_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_tis_in, opcode) == 0x10, "query_tis_in.opcode");
static_assert(__mlx5_bit_off(query_tis_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_tis_in, op_mod) == 0x10, "query_tis_in.op_mod");
static_assert(__mlx5_bit_off(query_tis_in, tisn) == 0x48 &&
	      __mlx5_bit_sz(query_tis_in, tisn) == 0x18, "query_tis_in.tisn");

/* struct mlx5_ifc_query_tir_out_bits */
static_assert(__mlx5_bit_off(query_tir_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_tir_out, status) == 0x8, "query_tir_out.status");
static_assert(__mlx5_bit_off(query_tir_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_tir_out, syndrome) == 0x20, "query_tir_out.syndrome");
static_assert(__mlx5_bit_off(query_tir_out, tir_context) == 0x100 &&
	      __mlx5_bit_sz(query_tir_out, tir_context) == 0x780, "query_tir_out.tir_context");

/* struct mlx5_ifc_query_tir_in_bits */
static_assert(__mlx5_bit_off(query_tir_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_tir_in, opcode) == 0x10, "query_tir_in.opcode");
static_assert(__mlx5_bit_off(query_tir_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_tir_in, op_mod) == 0x10, "query_tir_in.op_mod");
static_assert(__mlx5_bit_off(query_tir_in, tirn) == 0x48 &&
	      __mlx5_bit_sz(query_tir_in, tirn) == 0x18, "query_tir_in.tirn");

/* struct mlx5_ifc_query_srq_out_bits */
static_assert(__mlx5_bit_off(query_srq_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_srq_out, status) == 0x8, "query_srq_out.status");
static_assert(__mlx5_bit_off(query_srq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_srq_out, syndrome) == 0x20, "query_srq_out.syndrome");
static_assert(__mlx5_bit_off(query_srq_out, srq_context_entry) == 0x80 &&
	      __mlx5_bit_sz(query_srq_out, srq_context_entry) == 0x200, "query_srq_out.srq_context_entry");
static_assert(__mlx5_bit_off(query_srq_out, pas) == 0x880, "query_srq_out.pas");

/* struct mlx5_ifc_query_srq_in_bits */
static_assert(__mlx5_bit_off(query_srq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_srq_in, opcode) == 0x10, "query_srq_in.opcode");
static_assert(__mlx5_bit_off(query_srq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_srq_in, op_mod) == 0x10, "query_srq_in.op_mod");
static_assert(__mlx5_bit_off(query_srq_in, srqn) == 0x48 &&
	      __mlx5_bit_sz(query_srq_in, srqn) == 0x18, "query_srq_in.srqn");

/* struct mlx5_ifc_query_sq_out_bits */
static_assert(__mlx5_bit_off(query_sq_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_sq_out, status) == 0x8, "query_sq_out.status");
static_assert(__mlx5_bit_off(query_sq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_sq_out, syndrome) == 0x20, "query_sq_out.syndrome");
static_assert(__mlx5_bit_off(query_sq_out, sq_context) == 0x100 &&
	      __mlx5_bit_sz(query_sq_out, sq_context) == 0x780, "query_sq_out.sq_context");

/* struct mlx5_ifc_query_sq_in_bits */
static_assert(__mlx5_bit_off(query_sq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_sq_in, opcode) == 0x10, "query_sq_in.opcode");
static_assert(__mlx5_bit_off(query_sq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_sq_in, op_mod) == 0x10, "query_sq_in.op_mod");
static_assert(__mlx5_bit_off(query_sq_in, sqn) == 0x48 &&
	      __mlx5_bit_sz(query_sq_in, sqn) == 0x18, "query_sq_in.sqn");

/* struct mlx5_ifc_query_special_contexts_out_bits */
static_assert(__mlx5_bit_off(query_special_contexts_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_special_contexts_out, status) == 0x8, "query_special_contexts_out.status");
static_assert(__mlx5_bit_off(query_special_contexts_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_special_contexts_out, syndrome) == 0x20, "query_special_contexts_out.syndrome");
static_assert(__mlx5_bit_off(query_special_contexts_out, dump_fill_mkey) == 0x40 &&
	      __mlx5_bit_sz(query_special_contexts_out, dump_fill_mkey) == 0x20, "query_special_contexts_out.dump_fill_mkey");
static_assert(__mlx5_bit_off(query_special_contexts_out, resd_lkey) == 0x60 &&
	      __mlx5_bit_sz(query_special_contexts_out, resd_lkey) == 0x20, "query_special_contexts_out.resd_lkey");
static_assert(__mlx5_bit_off(query_special_contexts_out, null_mkey) == 0x80 &&
	      __mlx5_bit_sz(query_special_contexts_out, null_mkey) == 0x20, "query_special_contexts_out.null_mkey");

/* struct mlx5_ifc_query_special_contexts_in_bits */
static_assert(__mlx5_bit_off(query_special_contexts_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_special_contexts_in, opcode) == 0x10, "query_special_contexts_in.opcode");
static_assert(__mlx5_bit_off(query_special_contexts_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_special_contexts_in, op_mod) == 0x10, "query_special_contexts_in.op_mod");

/* struct mlx5_ifc_query_scheduling_element_out_bits */
static_assert(__mlx5_bit_off(query_scheduling_element_out, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_scheduling_element_out, opcode) == 0x10, "query_scheduling_element_out.opcode");
static_assert(__mlx5_bit_off(query_scheduling_element_out, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_scheduling_element_out, op_mod) == 0x10, "query_scheduling_element_out.op_mod");
static_assert(__mlx5_bit_off(query_scheduling_element_out, scheduling_context) == 0x100 &&
	      __mlx5_bit_sz(query_scheduling_element_out, scheduling_context) == 0x200, "query_scheduling_element_out.scheduling_context");

/* struct mlx5_ifc_query_scheduling_element_in_bits */
static_assert(__mlx5_bit_off(query_scheduling_element_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_scheduling_element_in, opcode) == 0x10, "query_scheduling_element_in.opcode");
static_assert(__mlx5_bit_off(query_scheduling_element_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_scheduling_element_in, op_mod) == 0x10, "query_scheduling_element_in.op_mod");
static_assert(__mlx5_bit_off(query_scheduling_element_in, scheduling_hierarchy) == 0x40 &&
	      __mlx5_bit_sz(query_scheduling_element_in, scheduling_hierarchy) == 0x8, "query_scheduling_element_in.scheduling_hierarchy");
static_assert(__mlx5_bit_off(query_scheduling_element_in, scheduling_element_id) == 0x60 &&
	      __mlx5_bit_sz(query_scheduling_element_in, scheduling_element_id) == 0x20, "query_scheduling_element_in.scheduling_element_id");

/* struct mlx5_ifc_query_rqt_out_bits */
static_assert(__mlx5_bit_off(query_rqt_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_rqt_out, status) == 0x8, "query_rqt_out.status");
static_assert(__mlx5_bit_off(query_rqt_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_rqt_out, syndrome) == 0x20, "query_rqt_out.syndrome");
static_assert(__mlx5_bit_off(query_rqt_out, rqt_context) == 0x100 &&
	      __mlx5_bit_sz(query_rqt_out, rqt_context) == 0x780, "query_rqt_out.rqt_context");

/* struct mlx5_ifc_query_rqt_in_bits */
static_assert(__mlx5_bit_off(query_rqt_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_rqt_in, opcode) == 0x10, "query_rqt_in.opcode");
static_assert(__mlx5_bit_off(query_rqt_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_rqt_in, op_mod) == 0x10, "query_rqt_in.op_mod");
static_assert(__mlx5_bit_off(query_rqt_in, rqtn) == 0x48 &&
	      __mlx5_bit_sz(query_rqt_in, rqtn) == 0x18, "query_rqt_in.rqtn");

/* struct mlx5_ifc_query_rq_out_bits */
static_assert(__mlx5_bit_off(query_rq_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_rq_out, status) == 0x8, "query_rq_out.status");
static_assert(__mlx5_bit_off(query_rq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_rq_out, syndrome) == 0x20, "query_rq_out.syndrome");
static_assert(__mlx5_bit_off(query_rq_out, rq_context) == 0x100 &&
	      __mlx5_bit_sz(query_rq_out, rq_context) == 0x780, "query_rq_out.rq_context");

/* struct mlx5_ifc_query_rq_in_bits */
static_assert(__mlx5_bit_off(query_rq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_rq_in, opcode) == 0x10, "query_rq_in.opcode");
static_assert(__mlx5_bit_off(query_rq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_rq_in, op_mod) == 0x10, "query_rq_in.op_mod");
static_assert(__mlx5_bit_off(query_rq_in, rqn) == 0x48 &&
	      __mlx5_bit_sz(query_rq_in, rqn) == 0x18, "query_rq_in.rqn");

/* struct mlx5_ifc_query_roce_address_out_bits */
static_assert(__mlx5_bit_off(query_roce_address_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_roce_address_out, status) == 0x8, "query_roce_address_out.status");
static_assert(__mlx5_bit_off(query_roce_address_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_roce_address_out, syndrome) == 0x20, "query_roce_address_out.syndrome");
static_assert(__mlx5_bit_off(query_roce_address_out, roce_address) == 0x80 &&
	      __mlx5_bit_sz(query_roce_address_out, roce_address) == 0x100, "query_roce_address_out.roce_address");

/* struct mlx5_ifc_query_roce_address_in_bits */
static_assert(__mlx5_bit_off(query_roce_address_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_roce_address_in, opcode) == 0x10, "query_roce_address_in.opcode");
static_assert(__mlx5_bit_off(query_roce_address_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_roce_address_in, op_mod) == 0x10, "query_roce_address_in.op_mod");
static_assert(__mlx5_bit_off(query_roce_address_in, roce_address_index) == 0x40 &&
	      __mlx5_bit_sz(query_roce_address_in, roce_address_index) == 0x10, "query_roce_address_in.roce_address_index");
static_assert(__mlx5_bit_off(query_roce_address_in, vhca_port_num) == 0x5c &&
	      __mlx5_bit_sz(query_roce_address_in, vhca_port_num) == 0x4, "query_roce_address_in.vhca_port_num");

/* struct mlx5_ifc_query_rmp_out_bits */
static_assert(__mlx5_bit_off(query_rmp_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_rmp_out, status) == 0x8, "query_rmp_out.status");
static_assert(__mlx5_bit_off(query_rmp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_rmp_out, syndrome) == 0x20, "query_rmp_out.syndrome");
static_assert(__mlx5_bit_off(query_rmp_out, rmp_context) == 0x100 &&
	      __mlx5_bit_sz(query_rmp_out, rmp_context) == 0x780, "query_rmp_out.rmp_context");

/* struct mlx5_ifc_query_rmp_in_bits */
static_assert(__mlx5_bit_off(query_rmp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_rmp_in, opcode) == 0x10, "query_rmp_in.opcode");
static_assert(__mlx5_bit_off(query_rmp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_rmp_in, op_mod) == 0x10, "query_rmp_in.op_mod");
static_assert(__mlx5_bit_off(query_rmp_in, rmpn) == 0x48 &&
	      __mlx5_bit_sz(query_rmp_in, rmpn) == 0x18, "query_rmp_in.rmpn");

/* struct mlx5_ifc_query_qp_out_bits */
static_assert(__mlx5_bit_off(query_qp_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_qp_out, status) == 0x8, "query_qp_out.status");
static_assert(__mlx5_bit_off(query_qp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_qp_out, syndrome) == 0x20, "query_qp_out.syndrome");
static_assert(__mlx5_bit_off(query_qp_out, opt_param_mask) == 0x80 &&
	      __mlx5_bit_sz(query_qp_out, opt_param_mask) == 0x20, "query_qp_out.opt_param_mask");
static_assert(__mlx5_bit_off(query_qp_out, ece) == 0xa0 &&
	      __mlx5_bit_sz(query_qp_out, ece) == 0x20, "query_qp_out.ece");
static_assert(__mlx5_bit_off(query_qp_out, qpc) == 0xc0 &&
	      __mlx5_bit_sz(query_qp_out, qpc) == 0x740, "query_qp_out.qpc");
static_assert(__mlx5_bit_off(query_qp_out, pas) == 0x880, "query_qp_out.pas");

/* struct mlx5_ifc_query_qp_in_bits */
static_assert(__mlx5_bit_off(query_qp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_qp_in, opcode) == 0x10, "query_qp_in.opcode");
static_assert(__mlx5_bit_off(query_qp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_qp_in, op_mod) == 0x10, "query_qp_in.op_mod");
static_assert(__mlx5_bit_off(query_qp_in, qpn) == 0x48 &&
	      __mlx5_bit_sz(query_qp_in, qpn) == 0x18, "query_qp_in.qpn");

/* struct mlx5_ifc_query_pages_out_bits */
static_assert(__mlx5_bit_off(query_pages_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_pages_out, status) == 0x8, "query_pages_out.status");
static_assert(__mlx5_bit_off(query_pages_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_pages_out, syndrome) == 0x20, "query_pages_out.syndrome");
static_assert(__mlx5_bit_off(query_pages_out, embedded_cpu_function) == 0x40 &&
	      __mlx5_bit_sz(query_pages_out, embedded_cpu_function) == 0x1, "query_pages_out.embedded_cpu_function");
static_assert(__mlx5_bit_off(query_pages_out, function_id) == 0x50 &&
	      __mlx5_bit_sz(query_pages_out, function_id) == 0x10, "query_pages_out.function_id");
static_assert(__mlx5_bit_off(query_pages_out, num_pages) == 0x60 &&
	      __mlx5_bit_sz(query_pages_out, num_pages) == 0x20, "query_pages_out.num_pages");

/* struct mlx5_ifc_query_pages_in_bits */
static_assert(__mlx5_bit_off(query_pages_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_pages_in, opcode) == 0x10, "query_pages_in.opcode");
static_assert(__mlx5_bit_off(query_pages_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_pages_in, op_mod) == 0x10, "query_pages_in.op_mod");
static_assert(__mlx5_bit_off(query_pages_in, embedded_cpu_function) == 0x40 &&
	      __mlx5_bit_sz(query_pages_in, embedded_cpu_function) == 0x1, "query_pages_in.embedded_cpu_function");
static_assert(__mlx5_bit_off(query_pages_in, function_id) == 0x50 &&
	      __mlx5_bit_sz(query_pages_in, function_id) == 0x10, "query_pages_in.function_id");

/* struct mlx5_ifc_query_mkey_out_bits */
static_assert(__mlx5_bit_off(query_mkey_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_mkey_out, status) == 0x8, "query_mkey_out.status");
static_assert(__mlx5_bit_off(query_mkey_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_mkey_out, syndrome) == 0x20, "query_mkey_out.syndrome");
static_assert(__mlx5_bit_off(query_mkey_out, memory_key_mkey_entry) == 0x80 &&
	      __mlx5_bit_sz(query_mkey_out, memory_key_mkey_entry) == 0x200, "query_mkey_out.memory_key_mkey_entry");
static_assert(__mlx5_bit_off(query_mkey_out, bsf0_klm0_pas_mtt0_1) == 0x880 &&
	      __mlx5_bit_sz(query_mkey_out, bsf0_klm0_pas_mtt0_1) == 0x80, "query_mkey_out.bsf0_klm0_pas_mtt0_1");
static_assert(__mlx5_bit_off(query_mkey_out, bsf1_klm1_pas_mtt2_3) == 0x900 &&
	      __mlx5_bit_sz(query_mkey_out, bsf1_klm1_pas_mtt2_3) == 0x80, "query_mkey_out.bsf1_klm1_pas_mtt2_3");

/* struct mlx5_ifc_query_mkey_in_bits */
static_assert(__mlx5_bit_off(query_mkey_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_mkey_in, opcode) == 0x10, "query_mkey_in.opcode");
static_assert(__mlx5_bit_off(query_mkey_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_mkey_in, op_mod) == 0x10, "query_mkey_in.op_mod");
static_assert(__mlx5_bit_off(query_mkey_in, mkey_index) == 0x48 &&
	      __mlx5_bit_sz(query_mkey_in, mkey_index) == 0x18, "query_mkey_in.mkey_index");
static_assert(__mlx5_bit_off(query_mkey_in, pg_access) == 0x60 &&
	      __mlx5_bit_sz(query_mkey_in, pg_access) == 0x1, "query_mkey_in.pg_access");

/* struct mlx5_ifc_query_mad_demux_out_bits */
static_assert(__mlx5_bit_off(query_mad_demux_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_mad_demux_out, status) == 0x8, "query_mad_demux_out.status");
static_assert(__mlx5_bit_off(query_mad_demux_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_mad_demux_out, syndrome) == 0x20, "query_mad_demux_out.syndrome");
static_assert(__mlx5_bit_off(query_mad_demux_out, mad_dumux_parameters_block) == 0x80 &&
	      __mlx5_bit_sz(query_mad_demux_out, mad_dumux_parameters_block) == 0x20, "query_mad_demux_out.mad_dumux_parameters_block");

/* struct mlx5_ifc_query_mad_demux_in_bits */
static_assert(__mlx5_bit_off(query_mad_demux_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_mad_demux_in, opcode) == 0x10, "query_mad_demux_in.opcode");
static_assert(__mlx5_bit_off(query_mad_demux_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_mad_demux_in, op_mod) == 0x10, "query_mad_demux_in.op_mod");

/* struct mlx5_ifc_query_l2_table_entry_out_bits */
static_assert(__mlx5_bit_off(query_l2_table_entry_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_l2_table_entry_out, status) == 0x8, "query_l2_table_entry_out.status");
static_assert(__mlx5_bit_off(query_l2_table_entry_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_l2_table_entry_out, syndrome) == 0x20, "query_l2_table_entry_out.syndrome");
static_assert(__mlx5_bit_off(query_l2_table_entry_out, vlan_valid) == 0xf3 &&
	      __mlx5_bit_sz(query_l2_table_entry_out, vlan_valid) == 0x1, "query_l2_table_entry_out.vlan_valid");
static_assert(__mlx5_bit_off(query_l2_table_entry_out, vlan) == 0xf4 &&
	      __mlx5_bit_sz(query_l2_table_entry_out, vlan) == 0xc, "query_l2_table_entry_out.vlan");
static_assert(__mlx5_bit_off(query_l2_table_entry_out, mac_address) == 0x100 &&
	      __mlx5_bit_sz(query_l2_table_entry_out, mac_address) == 0x40, "query_l2_table_entry_out.mac_address");

/* struct mlx5_ifc_query_l2_table_entry_in_bits */
static_assert(__mlx5_bit_off(query_l2_table_entry_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_l2_table_entry_in, opcode) == 0x10, "query_l2_table_entry_in.opcode");
static_assert(__mlx5_bit_off(query_l2_table_entry_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_l2_table_entry_in, op_mod) == 0x10, "query_l2_table_entry_in.op_mod");
static_assert(__mlx5_bit_off(query_l2_table_entry_in, table_index) == 0xa8 &&
	      __mlx5_bit_sz(query_l2_table_entry_in, table_index) == 0x18, "query_l2_table_entry_in.table_index");

/* struct mlx5_ifc_set_driver_version_out_bits */
static_assert(__mlx5_bit_off(set_driver_version_out, status) == 0x0 &&
	      __mlx5_bit_sz(set_driver_version_out, status) == 0x8, "set_driver_version_out.status");
static_assert(__mlx5_bit_off(set_driver_version_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(set_driver_version_out, syndrome) == 0x20, "set_driver_version_out.syndrome");

/* struct mlx5_ifc_set_driver_version_in_bits */
static_assert(__mlx5_bit_off(set_driver_version_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(set_driver_version_in, opcode) == 0x10, "set_driver_version_in.opcode");
static_assert(__mlx5_bit_off(set_driver_version_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(set_driver_version_in, op_mod) == 0x10, "set_driver_version_in.op_mod");
static_assert(__mlx5_bit_off(set_driver_version_in, driver_version) == 0x80 &&
	      __mlx5_bit_sz(set_driver_version_in, driver_version) == 0x200, "set_driver_version_in.driver_version");

/* struct mlx5_ifc_query_hca_vport_pkey_out_bits */
static_assert(__mlx5_bit_off(query_hca_vport_pkey_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_hca_vport_pkey_out, status) == 0x8, "query_hca_vport_pkey_out.status");
static_assert(__mlx5_bit_off(query_hca_vport_pkey_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_hca_vport_pkey_out, syndrome) == 0x20, "query_hca_vport_pkey_out.syndrome");
static_assert(__mlx5_bit_off(query_hca_vport_pkey_out, pkey) == 0x80, "query_hca_vport_pkey_out.pkey");

/* struct mlx5_ifc_query_hca_vport_pkey_in_bits */
static_assert(__mlx5_bit_off(query_hca_vport_pkey_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_hca_vport_pkey_in, opcode) == 0x10, "query_hca_vport_pkey_in.opcode");
static_assert(__mlx5_bit_off(query_hca_vport_pkey_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_hca_vport_pkey_in, op_mod) == 0x10, "query_hca_vport_pkey_in.op_mod");
static_assert(__mlx5_bit_off(query_hca_vport_pkey_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(query_hca_vport_pkey_in, other_vport) == 0x1, "query_hca_vport_pkey_in.other_vport");
static_assert(__mlx5_bit_off(query_hca_vport_pkey_in, port_num) == 0x4c &&
	      __mlx5_bit_sz(query_hca_vport_pkey_in, port_num) == 0x4, "query_hca_vport_pkey_in.port_num");
static_assert(__mlx5_bit_off(query_hca_vport_pkey_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(query_hca_vport_pkey_in, vport_number) == 0x10, "query_hca_vport_pkey_in.vport_number");
static_assert(__mlx5_bit_off(query_hca_vport_pkey_in, pkey_index) == 0x70 &&
	      __mlx5_bit_sz(query_hca_vport_pkey_in, pkey_index) == 0x10, "query_hca_vport_pkey_in.pkey_index");

/* struct mlx5_ifc_query_hca_vport_gid_out_bits */
static_assert(__mlx5_bit_off(query_hca_vport_gid_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_hca_vport_gid_out, status) == 0x8, "query_hca_vport_gid_out.status");
static_assert(__mlx5_bit_off(query_hca_vport_gid_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_hca_vport_gid_out, syndrome) == 0x20, "query_hca_vport_gid_out.syndrome");
static_assert(__mlx5_bit_off(query_hca_vport_gid_out, gids_num) == 0x60 &&
	      __mlx5_bit_sz(query_hca_vport_gid_out, gids_num) == 0x10, "query_hca_vport_gid_out.gids_num");
static_assert(__mlx5_bit_off(query_hca_vport_gid_out, gid) == 0x80, "query_hca_vport_gid_out.gid");

/* struct mlx5_ifc_query_hca_vport_gid_in_bits */
static_assert(__mlx5_bit_off(query_hca_vport_gid_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_hca_vport_gid_in, opcode) == 0x10, "query_hca_vport_gid_in.opcode");
static_assert(__mlx5_bit_off(query_hca_vport_gid_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_hca_vport_gid_in, op_mod) == 0x10, "query_hca_vport_gid_in.op_mod");
static_assert(__mlx5_bit_off(query_hca_vport_gid_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(query_hca_vport_gid_in, other_vport) == 0x1, "query_hca_vport_gid_in.other_vport");
static_assert(__mlx5_bit_off(query_hca_vport_gid_in, port_num) == 0x4c &&
	      __mlx5_bit_sz(query_hca_vport_gid_in, port_num) == 0x4, "query_hca_vport_gid_in.port_num");
static_assert(__mlx5_bit_off(query_hca_vport_gid_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(query_hca_vport_gid_in, vport_number) == 0x10, "query_hca_vport_gid_in.vport_number");
static_assert(__mlx5_bit_off(query_hca_vport_gid_in, gid_index) == 0x70 &&
	      __mlx5_bit_sz(query_hca_vport_gid_in, gid_index) == 0x10, "query_hca_vport_gid_in.gid_index");

/* struct mlx5_ifc_query_hca_vport_context_out_bits */
static_assert(__mlx5_bit_off(query_hca_vport_context_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_hca_vport_context_out, status) == 0x8, "query_hca_vport_context_out.status");
static_assert(__mlx5_bit_off(query_hca_vport_context_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_hca_vport_context_out, syndrome) == 0x20, "query_hca_vport_context_out.syndrome");
static_assert(__mlx5_bit_off(query_hca_vport_context_out, hca_vport_context) == 0x80 &&
	      __mlx5_bit_sz(query_hca_vport_context_out, hca_vport_context) == 0x1000, "query_hca_vport_context_out.hca_vport_context");

/* struct mlx5_ifc_query_hca_vport_context_in_bits */
static_assert(__mlx5_bit_off(query_hca_vport_context_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_hca_vport_context_in, opcode) == 0x10, "query_hca_vport_context_in.opcode");
static_assert(__mlx5_bit_off(query_hca_vport_context_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_hca_vport_context_in, op_mod) == 0x10, "query_hca_vport_context_in.op_mod");
static_assert(__mlx5_bit_off(query_hca_vport_context_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(query_hca_vport_context_in, other_vport) == 0x1, "query_hca_vport_context_in.other_vport");
static_assert(__mlx5_bit_off(query_hca_vport_context_in, port_num) == 0x4c &&
	      __mlx5_bit_sz(query_hca_vport_context_in, port_num) == 0x4, "query_hca_vport_context_in.port_num");
static_assert(__mlx5_bit_off(query_hca_vport_context_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(query_hca_vport_context_in, vport_number) == 0x10, "query_hca_vport_context_in.vport_number");

/* struct mlx5_ifc_other_hca_cap_bits */
static_assert(__mlx5_bit_off(other_hca_cap, roce) == 0x0 &&
	      __mlx5_bit_sz(other_hca_cap, roce) == 0x1, "other_hca_cap.roce");

/* struct mlx5_ifc_query_other_hca_cap_out_bits */
static_assert(__mlx5_bit_off(query_other_hca_cap_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_other_hca_cap_out, status) == 0x8, "query_other_hca_cap_out.status");
static_assert(__mlx5_bit_off(query_other_hca_cap_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_other_hca_cap_out, syndrome) == 0x20, "query_other_hca_cap_out.syndrome");
static_assert(__mlx5_bit_off(query_other_hca_cap_out, other_capability) == 0x80 &&
	      __mlx5_bit_sz(query_other_hca_cap_out, other_capability) == 0x280, "query_other_hca_cap_out.other_capability");

/* struct mlx5_ifc_query_other_hca_cap_in_bits */
static_assert(__mlx5_bit_off(query_other_hca_cap_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_other_hca_cap_in, opcode) == 0x10, "query_other_hca_cap_in.opcode");
static_assert(__mlx5_bit_off(query_other_hca_cap_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_other_hca_cap_in, op_mod) == 0x10, "query_other_hca_cap_in.op_mod");
static_assert(__mlx5_bit_off(query_other_hca_cap_in, function_id) == 0x50 &&
	      __mlx5_bit_sz(query_other_hca_cap_in, function_id) == 0x10, "query_other_hca_cap_in.function_id");

/* struct mlx5_ifc_modify_other_hca_cap_out_bits */
static_assert(__mlx5_bit_off(modify_other_hca_cap_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_other_hca_cap_out, status) == 0x8, "modify_other_hca_cap_out.status");
static_assert(__mlx5_bit_off(modify_other_hca_cap_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_other_hca_cap_out, syndrome) == 0x20, "modify_other_hca_cap_out.syndrome");

/* struct mlx5_ifc_modify_other_hca_cap_in_bits */
static_assert(__mlx5_bit_off(modify_other_hca_cap_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_other_hca_cap_in, opcode) == 0x10, "modify_other_hca_cap_in.opcode");
static_assert(__mlx5_bit_off(modify_other_hca_cap_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_other_hca_cap_in, op_mod) == 0x10, "modify_other_hca_cap_in.op_mod");
static_assert(__mlx5_bit_off(modify_other_hca_cap_in, function_id) == 0x50 &&
	      __mlx5_bit_sz(modify_other_hca_cap_in, function_id) == 0x10, "modify_other_hca_cap_in.function_id");
static_assert(__mlx5_bit_off(modify_other_hca_cap_in, field_select) == 0x60 &&
	      __mlx5_bit_sz(modify_other_hca_cap_in, field_select) == 0x20, "modify_other_hca_cap_in.field_select");
static_assert(__mlx5_bit_off(modify_other_hca_cap_in, other_capability) == 0x80 &&
	      __mlx5_bit_sz(modify_other_hca_cap_in, other_capability) == 0x280, "modify_other_hca_cap_in.other_capability");

/* struct mlx5_ifc_flow_table_context_bits */
static_assert(__mlx5_bit_off(flow_table_context, reformat_en) == 0x0 &&
	      __mlx5_bit_sz(flow_table_context, reformat_en) == 0x1, "flow_table_context.reformat_en");
static_assert(__mlx5_bit_off(flow_table_context, decap_en) == 0x1 &&
	      __mlx5_bit_sz(flow_table_context, decap_en) == 0x1, "flow_table_context.decap_en");
static_assert(__mlx5_bit_off(flow_table_context, sw_owner) == 0x2 &&
	      __mlx5_bit_sz(flow_table_context, sw_owner) == 0x1, "flow_table_context.sw_owner");
static_assert(__mlx5_bit_off(flow_table_context, termination_table) == 0x3 &&
	      __mlx5_bit_sz(flow_table_context, termination_table) == 0x1, "flow_table_context.termination_table");
static_assert(__mlx5_bit_off(flow_table_context, table_miss_action) == 0x4 &&
	      __mlx5_bit_sz(flow_table_context, table_miss_action) == 0x4, "flow_table_context.table_miss_action");
static_assert(__mlx5_bit_off(flow_table_context, level) == 0x8 &&
	      __mlx5_bit_sz(flow_table_context, level) == 0x8, "flow_table_context.level");
static_assert(__mlx5_bit_off(flow_table_context, log_size) == 0x18 &&
	      __mlx5_bit_sz(flow_table_context, log_size) == 0x8, "flow_table_context.log_size");
static_assert(__mlx5_bit_off(flow_table_context, table_miss_id) == 0x28 &&
	      __mlx5_bit_sz(flow_table_context, table_miss_id) == 0x18, "flow_table_context.table_miss_id");
static_assert(__mlx5_bit_off(flow_table_context, lag_master_next_table_id) == 0x48 &&
	      __mlx5_bit_sz(flow_table_context, lag_master_next_table_id) == 0x18, "flow_table_context.lag_master_next_table_id");
static_assert(__mlx5_bit_off(flow_table_context, sw_owner_icm_root_1) == 0xc0 &&
	      __mlx5_bit_sz(flow_table_context, sw_owner_icm_root_1) == 0x40, "flow_table_context.sw_owner_icm_root_1");
static_assert(__mlx5_bit_off(flow_table_context, sw_owner_icm_root_0) == 0x100 &&
	      __mlx5_bit_sz(flow_table_context, sw_owner_icm_root_0) == 0x40, "flow_table_context.sw_owner_icm_root_0");

/* struct mlx5_ifc_query_flow_table_out_bits */
static_assert(__mlx5_bit_off(query_flow_table_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_flow_table_out, status) == 0x8, "query_flow_table_out.status");
static_assert(__mlx5_bit_off(query_flow_table_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_flow_table_out, syndrome) == 0x20, "query_flow_table_out.syndrome");
static_assert(__mlx5_bit_off(query_flow_table_out, flow_table_context) == 0xc0 &&
	      __mlx5_bit_sz(query_flow_table_out, flow_table_context) == 0x140, "query_flow_table_out.flow_table_context");

/* struct mlx5_ifc_query_flow_table_in_bits */
static_assert(__mlx5_bit_off(query_flow_table_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_flow_table_in, opcode) == 0x10, "query_flow_table_in.opcode");
static_assert(__mlx5_bit_off(query_flow_table_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_flow_table_in, op_mod) == 0x10, "query_flow_table_in.op_mod");
static_assert(__mlx5_bit_off(query_flow_table_in, table_type) == 0x80 &&
	      __mlx5_bit_sz(query_flow_table_in, table_type) == 0x8, "query_flow_table_in.table_type");
static_assert(__mlx5_bit_off(query_flow_table_in, table_id) == 0xa8 &&
	      __mlx5_bit_sz(query_flow_table_in, table_id) == 0x18, "query_flow_table_in.table_id");

/* struct mlx5_ifc_query_fte_out_bits */
static_assert(__mlx5_bit_off(query_fte_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_fte_out, status) == 0x8, "query_fte_out.status");
static_assert(__mlx5_bit_off(query_fte_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_fte_out, syndrome) == 0x20, "query_fte_out.syndrome");
static_assert(__mlx5_bit_off(query_fte_out, flow_context) == 0x200 &&
	      __mlx5_bit_sz(query_fte_out, flow_context) == 0x1800, "query_fte_out.flow_context");

/* struct mlx5_ifc_query_fte_in_bits */
static_assert(__mlx5_bit_off(query_fte_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_fte_in, opcode) == 0x10, "query_fte_in.opcode");
static_assert(__mlx5_bit_off(query_fte_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_fte_in, op_mod) == 0x10, "query_fte_in.op_mod");
static_assert(__mlx5_bit_off(query_fte_in, table_type) == 0x80 &&
	      __mlx5_bit_sz(query_fte_in, table_type) == 0x8, "query_fte_in.table_type");
static_assert(__mlx5_bit_off(query_fte_in, table_id) == 0xa8 &&
	      __mlx5_bit_sz(query_fte_in, table_id) == 0x18, "query_fte_in.table_id");
static_assert(__mlx5_bit_off(query_fte_in, flow_index) == 0x100 &&
	      __mlx5_bit_sz(query_fte_in, flow_index) == 0x20, "query_fte_in.flow_index");

/* struct mlx5_ifc_match_definer_format_0_bits */
static_assert(__mlx5_bit_off(match_definer_format_0, metadata_reg_c_0) == 0x100 &&
	      __mlx5_bit_sz(match_definer_format_0, metadata_reg_c_0) == 0x20, "match_definer_format_0.metadata_reg_c_0");
static_assert(__mlx5_bit_off(match_definer_format_0, metadata_reg_c_1) == 0x120 &&
	      __mlx5_bit_sz(match_definer_format_0, metadata_reg_c_1) == 0x20, "match_definer_format_0.metadata_reg_c_1");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_dmac_47_16) == 0x140 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_dmac_47_16) == 0x20, "match_definer_format_0.outer_dmac_47_16");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_dmac_15_0) == 0x160 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_dmac_15_0) == 0x10, "match_definer_format_0.outer_dmac_15_0");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_ethertype) == 0x170 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_ethertype) == 0x10, "match_definer_format_0.outer_ethertype");
static_assert(__mlx5_bit_off(match_definer_format_0, sx_sniffer) == 0x181 &&
	      __mlx5_bit_sz(match_definer_format_0, sx_sniffer) == 0x1, "match_definer_format_0.sx_sniffer");
static_assert(__mlx5_bit_off(match_definer_format_0, functional_lb) == 0x182 &&
	      __mlx5_bit_sz(match_definer_format_0, functional_lb) == 0x1, "match_definer_format_0.functional_lb");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_ip_frag) == 0x183 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_ip_frag) == 0x1, "match_definer_format_0.outer_ip_frag");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_qp_type) == 0x184 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_qp_type) == 0x2, "match_definer_format_0.outer_qp_type");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_encap_type) == 0x186 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_encap_type) == 0x2, "match_definer_format_0.outer_encap_type");
static_assert(__mlx5_bit_off(match_definer_format_0, port_number) == 0x188 &&
	      __mlx5_bit_sz(match_definer_format_0, port_number) == 0x2, "match_definer_format_0.port_number");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_l3_type) == 0x18a &&
	      __mlx5_bit_sz(match_definer_format_0, outer_l3_type) == 0x2, "match_definer_format_0.outer_l3_type");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_l4_type) == 0x18c &&
	      __mlx5_bit_sz(match_definer_format_0, outer_l4_type) == 0x2, "match_definer_format_0.outer_l4_type");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_first_vlan_type) == 0x18e &&
	      __mlx5_bit_sz(match_definer_format_0, outer_first_vlan_type) == 0x2, "match_definer_format_0.outer_first_vlan_type");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_first_vlan_prio) == 0x190 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_first_vlan_prio) == 0x3, "match_definer_format_0.outer_first_vlan_prio");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_first_vlan_cfi) == 0x193 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_first_vlan_cfi) == 0x1, "match_definer_format_0.outer_first_vlan_cfi");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_first_vlan_vid) == 0x194 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_first_vlan_vid) == 0xc, "match_definer_format_0.outer_first_vlan_vid");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_l4_type_ext) == 0x1a0 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_l4_type_ext) == 0x4, "match_definer_format_0.outer_l4_type_ext");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_ipsec_layer) == 0x1a6 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_ipsec_layer) == 0x2, "match_definer_format_0.outer_ipsec_layer");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_l2_type) == 0x1a8 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_l2_type) == 0x2, "match_definer_format_0.outer_l2_type");
static_assert(__mlx5_bit_off(match_definer_format_0, force_lb) == 0x1aa &&
	      __mlx5_bit_sz(match_definer_format_0, force_lb) == 0x1, "match_definer_format_0.force_lb");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_l2_ok) == 0x1ab &&
	      __mlx5_bit_sz(match_definer_format_0, outer_l2_ok) == 0x1, "match_definer_format_0.outer_l2_ok");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_l3_ok) == 0x1ac &&
	      __mlx5_bit_sz(match_definer_format_0, outer_l3_ok) == 0x1, "match_definer_format_0.outer_l3_ok");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_l4_ok) == 0x1ad &&
	      __mlx5_bit_sz(match_definer_format_0, outer_l4_ok) == 0x1, "match_definer_format_0.outer_l4_ok");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_second_vlan_type) == 0x1ae &&
	      __mlx5_bit_sz(match_definer_format_0, outer_second_vlan_type) == 0x2, "match_definer_format_0.outer_second_vlan_type");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_second_vlan_prio) == 0x1b0 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_second_vlan_prio) == 0x3, "match_definer_format_0.outer_second_vlan_prio");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_second_vlan_cfi) == 0x1b3 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_second_vlan_cfi) == 0x1, "match_definer_format_0.outer_second_vlan_cfi");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_second_vlan_vid) == 0x1b4 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_second_vlan_vid) == 0xc, "match_definer_format_0.outer_second_vlan_vid");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_smac_47_16) == 0x1c0 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_smac_47_16) == 0x20, "match_definer_format_0.outer_smac_47_16");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_smac_15_0) == 0x1e0 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_smac_15_0) == 0x10, "match_definer_format_0.outer_smac_15_0");
static_assert(__mlx5_bit_off(match_definer_format_0, inner_ipv4_checksum_ok) == 0x1f0 &&
	      __mlx5_bit_sz(match_definer_format_0, inner_ipv4_checksum_ok) == 0x1, "match_definer_format_0.inner_ipv4_checksum_ok");
static_assert(__mlx5_bit_off(match_definer_format_0, inner_l4_checksum_ok) == 0x1f1 &&
	      __mlx5_bit_sz(match_definer_format_0, inner_l4_checksum_ok) == 0x1, "match_definer_format_0.inner_l4_checksum_ok");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_ipv4_checksum_ok) == 0x1f2 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_ipv4_checksum_ok) == 0x1, "match_definer_format_0.outer_ipv4_checksum_ok");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_l4_checksum_ok) == 0x1f3 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_l4_checksum_ok) == 0x1, "match_definer_format_0.outer_l4_checksum_ok");
static_assert(__mlx5_bit_off(match_definer_format_0, inner_l3_ok) == 0x1f4 &&
	      __mlx5_bit_sz(match_definer_format_0, inner_l3_ok) == 0x1, "match_definer_format_0.inner_l3_ok");
static_assert(__mlx5_bit_off(match_definer_format_0, inner_l4_ok) == 0x1f5 &&
	      __mlx5_bit_sz(match_definer_format_0, inner_l4_ok) == 0x1, "match_definer_format_0.inner_l4_ok");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_l3_ok_duplicate) == 0x1f6 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_l3_ok_duplicate) == 0x1, "match_definer_format_0.outer_l3_ok_duplicate");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_l4_ok_duplicate) == 0x1f7 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_l4_ok_duplicate) == 0x1, "match_definer_format_0.outer_l4_ok_duplicate");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_tcp_cwr) == 0x1f8 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_tcp_cwr) == 0x1, "match_definer_format_0.outer_tcp_cwr");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_tcp_ece) == 0x1f9 &&
	      __mlx5_bit_sz(match_definer_format_0, outer_tcp_ece) == 0x1, "match_definer_format_0.outer_tcp_ece");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_tcp_urg) == 0x1fa &&
	      __mlx5_bit_sz(match_definer_format_0, outer_tcp_urg) == 0x1, "match_definer_format_0.outer_tcp_urg");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_tcp_ack) == 0x1fb &&
	      __mlx5_bit_sz(match_definer_format_0, outer_tcp_ack) == 0x1, "match_definer_format_0.outer_tcp_ack");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_tcp_psh) == 0x1fc &&
	      __mlx5_bit_sz(match_definer_format_0, outer_tcp_psh) == 0x1, "match_definer_format_0.outer_tcp_psh");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_tcp_rst) == 0x1fd &&
	      __mlx5_bit_sz(match_definer_format_0, outer_tcp_rst) == 0x1, "match_definer_format_0.outer_tcp_rst");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_tcp_syn) == 0x1fe &&
	      __mlx5_bit_sz(match_definer_format_0, outer_tcp_syn) == 0x1, "match_definer_format_0.outer_tcp_syn");
static_assert(__mlx5_bit_off(match_definer_format_0, outer_tcp_fin) == 0x1ff &&
	      __mlx5_bit_sz(match_definer_format_0, outer_tcp_fin) == 0x1, "match_definer_format_0.outer_tcp_fin");

/* struct mlx5_ifc_match_definer_format_22_bits */
static_assert(__mlx5_bit_off(match_definer_format_22, outer_ip_src_addr) == 0x100 &&
	      __mlx5_bit_sz(match_definer_format_22, outer_ip_src_addr) == 0x20, "match_definer_format_22.outer_ip_src_addr");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_ip_dest_addr) == 0x120 &&
	      __mlx5_bit_sz(match_definer_format_22, outer_ip_dest_addr) == 0x20, "match_definer_format_22.outer_ip_dest_addr");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_l4_sport) == 0x140 &&
	      __mlx5_bit_sz(match_definer_format_22, outer_l4_sport) == 0x10, "match_definer_format_22.outer_l4_sport");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_l4_dport) == 0x150 &&
	      __mlx5_bit_sz(match_definer_format_22, outer_l4_dport) == 0x10, "match_definer_format_22.outer_l4_dport");
static_assert(__mlx5_bit_off(match_definer_format_22, sx_sniffer) == 0x161 &&
	      __mlx5_bit_sz(match_definer_format_22, sx_sniffer) == 0x1, "match_definer_format_22.sx_sniffer");
static_assert(__mlx5_bit_off(match_definer_format_22, functional_lb) == 0x162 &&
	      __mlx5_bit_sz(match_definer_format_22, functional_lb) == 0x1, "match_definer_format_22.functional_lb");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_ip_frag) == 0x163 &&
	      __mlx5_bit_sz(match_definer_format_22, outer_ip_frag) == 0x1, "match_definer_format_22.outer_ip_frag");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_qp_type) == 0x164 &&
	      __mlx5_bit_sz(match_definer_format_22, outer_qp_type) == 0x2, "match_definer_format_22.outer_qp_type");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_encap_type) == 0x166 &&
	      __mlx5_bit_sz(match_definer_format_22, outer_encap_type) == 0x2, "match_definer_format_22.outer_encap_type");
static_assert(__mlx5_bit_off(match_definer_format_22, port_number) == 0x168 &&
	      __mlx5_bit_sz(match_definer_format_22, port_number) == 0x2, "match_definer_format_22.port_number");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_l3_type) == 0x16a &&
	      __mlx5_bit_sz(match_definer_format_22, outer_l3_type) == 0x2, "match_definer_format_22.outer_l3_type");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_l4_type) == 0x16c &&
	      __mlx5_bit_sz(match_definer_format_22, outer_l4_type) == 0x2, "match_definer_format_22.outer_l4_type");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_first_vlan_type) == 0x16e &&
	      __mlx5_bit_sz(match_definer_format_22, outer_first_vlan_type) == 0x2, "match_definer_format_22.outer_first_vlan_type");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_first_vlan_prio) == 0x170 &&
	      __mlx5_bit_sz(match_definer_format_22, outer_first_vlan_prio) == 0x3, "match_definer_format_22.outer_first_vlan_prio");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_first_vlan_cfi) == 0x173 &&
	      __mlx5_bit_sz(match_definer_format_22, outer_first_vlan_cfi) == 0x1, "match_definer_format_22.outer_first_vlan_cfi");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_first_vlan_vid) == 0x174 &&
	      __mlx5_bit_sz(match_definer_format_22, outer_first_vlan_vid) == 0xc, "match_definer_format_22.outer_first_vlan_vid");
static_assert(__mlx5_bit_off(match_definer_format_22, metadata_reg_c_0) == 0x180 &&
	      __mlx5_bit_sz(match_definer_format_22, metadata_reg_c_0) == 0x20, "match_definer_format_22.metadata_reg_c_0");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_dmac_47_16) == 0x1a0 &&
	      __mlx5_bit_sz(match_definer_format_22, outer_dmac_47_16) == 0x20, "match_definer_format_22.outer_dmac_47_16");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_smac_47_16) == 0x1c0 &&
	      __mlx5_bit_sz(match_definer_format_22, outer_smac_47_16) == 0x20, "match_definer_format_22.outer_smac_47_16");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_smac_15_0) == 0x1e0 &&
	      __mlx5_bit_sz(match_definer_format_22, outer_smac_15_0) == 0x10, "match_definer_format_22.outer_smac_15_0");
static_assert(__mlx5_bit_off(match_definer_format_22, outer_dmac_15_0) == 0x1f0 &&
	      __mlx5_bit_sz(match_definer_format_22, outer_dmac_15_0) == 0x10, "match_definer_format_22.outer_dmac_15_0");

/* struct mlx5_ifc_match_definer_format_23_bits */
static_assert(__mlx5_bit_off(match_definer_format_23, inner_ip_src_addr) == 0x100 &&
	      __mlx5_bit_sz(match_definer_format_23, inner_ip_src_addr) == 0x20, "match_definer_format_23.inner_ip_src_addr");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_ip_dest_addr) == 0x120 &&
	      __mlx5_bit_sz(match_definer_format_23, inner_ip_dest_addr) == 0x20, "match_definer_format_23.inner_ip_dest_addr");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_l4_sport) == 0x140 &&
	      __mlx5_bit_sz(match_definer_format_23, inner_l4_sport) == 0x10, "match_definer_format_23.inner_l4_sport");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_l4_dport) == 0x150 &&
	      __mlx5_bit_sz(match_definer_format_23, inner_l4_dport) == 0x10, "match_definer_format_23.inner_l4_dport");
static_assert(__mlx5_bit_off(match_definer_format_23, sx_sniffer) == 0x161 &&
	      __mlx5_bit_sz(match_definer_format_23, sx_sniffer) == 0x1, "match_definer_format_23.sx_sniffer");
static_assert(__mlx5_bit_off(match_definer_format_23, functional_lb) == 0x162 &&
	      __mlx5_bit_sz(match_definer_format_23, functional_lb) == 0x1, "match_definer_format_23.functional_lb");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_ip_frag) == 0x163 &&
	      __mlx5_bit_sz(match_definer_format_23, inner_ip_frag) == 0x1, "match_definer_format_23.inner_ip_frag");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_qp_type) == 0x164 &&
	      __mlx5_bit_sz(match_definer_format_23, inner_qp_type) == 0x2, "match_definer_format_23.inner_qp_type");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_encap_type) == 0x166 &&
	      __mlx5_bit_sz(match_definer_format_23, inner_encap_type) == 0x2, "match_definer_format_23.inner_encap_type");
static_assert(__mlx5_bit_off(match_definer_format_23, port_number) == 0x168 &&
	      __mlx5_bit_sz(match_definer_format_23, port_number) == 0x2, "match_definer_format_23.port_number");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_l3_type) == 0x16a &&
	      __mlx5_bit_sz(match_definer_format_23, inner_l3_type) == 0x2, "match_definer_format_23.inner_l3_type");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_l4_type) == 0x16c &&
	      __mlx5_bit_sz(match_definer_format_23, inner_l4_type) == 0x2, "match_definer_format_23.inner_l4_type");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_first_vlan_type) == 0x16e &&
	      __mlx5_bit_sz(match_definer_format_23, inner_first_vlan_type) == 0x2, "match_definer_format_23.inner_first_vlan_type");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_first_vlan_prio) == 0x170 &&
	      __mlx5_bit_sz(match_definer_format_23, inner_first_vlan_prio) == 0x3, "match_definer_format_23.inner_first_vlan_prio");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_first_vlan_cfi) == 0x173 &&
	      __mlx5_bit_sz(match_definer_format_23, inner_first_vlan_cfi) == 0x1, "match_definer_format_23.inner_first_vlan_cfi");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_first_vlan_vid) == 0x174 &&
	      __mlx5_bit_sz(match_definer_format_23, inner_first_vlan_vid) == 0xc, "match_definer_format_23.inner_first_vlan_vid");
static_assert(__mlx5_bit_off(match_definer_format_23, tunnel_header_0) == 0x180 &&
	      __mlx5_bit_sz(match_definer_format_23, tunnel_header_0) == 0x20, "match_definer_format_23.tunnel_header_0");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_dmac_47_16) == 0x1a0 &&
	      __mlx5_bit_sz(match_definer_format_23, inner_dmac_47_16) == 0x20, "match_definer_format_23.inner_dmac_47_16");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_smac_47_16) == 0x1c0 &&
	      __mlx5_bit_sz(match_definer_format_23, inner_smac_47_16) == 0x20, "match_definer_format_23.inner_smac_47_16");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_smac_15_0) == 0x1e0 &&
	      __mlx5_bit_sz(match_definer_format_23, inner_smac_15_0) == 0x10, "match_definer_format_23.inner_smac_15_0");
static_assert(__mlx5_bit_off(match_definer_format_23, inner_dmac_15_0) == 0x1f0 &&
	      __mlx5_bit_sz(match_definer_format_23, inner_dmac_15_0) == 0x10, "match_definer_format_23.inner_dmac_15_0");

/* struct mlx5_ifc_match_definer_format_29_bits */
static_assert(__mlx5_bit_off(match_definer_format_29, outer_ip_dest_addr) == 0xc0 &&
	      __mlx5_bit_sz(match_definer_format_29, outer_ip_dest_addr) == 0x80, "match_definer_format_29.outer_ip_dest_addr");
static_assert(__mlx5_bit_off(match_definer_format_29, outer_ip_src_addr) == 0x140 &&
	      __mlx5_bit_sz(match_definer_format_29, outer_ip_src_addr) == 0x80, "match_definer_format_29.outer_ip_src_addr");
static_assert(__mlx5_bit_off(match_definer_format_29, outer_l4_sport) == 0x1c0 &&
	      __mlx5_bit_sz(match_definer_format_29, outer_l4_sport) == 0x10, "match_definer_format_29.outer_l4_sport");
static_assert(__mlx5_bit_off(match_definer_format_29, outer_l4_dport) == 0x1d0 &&
	      __mlx5_bit_sz(match_definer_format_29, outer_l4_dport) == 0x10, "match_definer_format_29.outer_l4_dport");

/* struct mlx5_ifc_match_definer_format_30_bits */
static_assert(__mlx5_bit_off(match_definer_format_30, outer_ip_dest_addr) == 0xa0 &&
	      __mlx5_bit_sz(match_definer_format_30, outer_ip_dest_addr) == 0x80, "match_definer_format_30.outer_ip_dest_addr");
static_assert(__mlx5_bit_off(match_definer_format_30, outer_ip_src_addr) == 0x120 &&
	      __mlx5_bit_sz(match_definer_format_30, outer_ip_src_addr) == 0x80, "match_definer_format_30.outer_ip_src_addr");
static_assert(__mlx5_bit_off(match_definer_format_30, outer_dmac_47_16) == 0x1a0 &&
	      __mlx5_bit_sz(match_definer_format_30, outer_dmac_47_16) == 0x20, "match_definer_format_30.outer_dmac_47_16");
static_assert(__mlx5_bit_off(match_definer_format_30, outer_smac_47_16) == 0x1c0 &&
	      __mlx5_bit_sz(match_definer_format_30, outer_smac_47_16) == 0x20, "match_definer_format_30.outer_smac_47_16");
static_assert(__mlx5_bit_off(match_definer_format_30, outer_smac_15_0) == 0x1e0 &&
	      __mlx5_bit_sz(match_definer_format_30, outer_smac_15_0) == 0x10, "match_definer_format_30.outer_smac_15_0");
static_assert(__mlx5_bit_off(match_definer_format_30, outer_dmac_15_0) == 0x1f0 &&
	      __mlx5_bit_sz(match_definer_format_30, outer_dmac_15_0) == 0x10, "match_definer_format_30.outer_dmac_15_0");

/* struct mlx5_ifc_match_definer_format_31_bits */
static_assert(__mlx5_bit_off(match_definer_format_31, inner_ip_dest_addr) == 0xc0 &&
	      __mlx5_bit_sz(match_definer_format_31, inner_ip_dest_addr) == 0x80, "match_definer_format_31.inner_ip_dest_addr");
static_assert(__mlx5_bit_off(match_definer_format_31, inner_ip_src_addr) == 0x140 &&
	      __mlx5_bit_sz(match_definer_format_31, inner_ip_src_addr) == 0x80, "match_definer_format_31.inner_ip_src_addr");
static_assert(__mlx5_bit_off(match_definer_format_31, inner_l4_sport) == 0x1c0 &&
	      __mlx5_bit_sz(match_definer_format_31, inner_l4_sport) == 0x10, "match_definer_format_31.inner_l4_sport");
static_assert(__mlx5_bit_off(match_definer_format_31, inner_l4_dport) == 0x1d0 &&
	      __mlx5_bit_sz(match_definer_format_31, inner_l4_dport) == 0x10, "match_definer_format_31.inner_l4_dport");

/* struct mlx5_ifc_match_definer_format_32_bits */
static_assert(__mlx5_bit_off(match_definer_format_32, inner_ip_dest_addr) == 0xa0 &&
	      __mlx5_bit_sz(match_definer_format_32, inner_ip_dest_addr) == 0x80, "match_definer_format_32.inner_ip_dest_addr");
static_assert(__mlx5_bit_off(match_definer_format_32, inner_ip_src_addr) == 0x120 &&
	      __mlx5_bit_sz(match_definer_format_32, inner_ip_src_addr) == 0x80, "match_definer_format_32.inner_ip_src_addr");
static_assert(__mlx5_bit_off(match_definer_format_32, inner_dmac_47_16) == 0x1a0 &&
	      __mlx5_bit_sz(match_definer_format_32, inner_dmac_47_16) == 0x20, "match_definer_format_32.inner_dmac_47_16");
static_assert(__mlx5_bit_off(match_definer_format_32, inner_smac_47_16) == 0x1c0 &&
	      __mlx5_bit_sz(match_definer_format_32, inner_smac_47_16) == 0x20, "match_definer_format_32.inner_smac_47_16");
static_assert(__mlx5_bit_off(match_definer_format_32, inner_smac_15_0) == 0x1e0 &&
	      __mlx5_bit_sz(match_definer_format_32, inner_smac_15_0) == 0x10, "match_definer_format_32.inner_smac_15_0");
static_assert(__mlx5_bit_off(match_definer_format_32, inner_dmac_15_0) == 0x1f0 &&
	      __mlx5_bit_sz(match_definer_format_32, inner_dmac_15_0) == 0x10, "match_definer_format_32.inner_dmac_15_0");

/* struct mlx5_ifc_match_definer_bits */
static_assert(__mlx5_bit_off(match_definer, modify_field_select) == 0x0 &&
	      __mlx5_bit_sz(match_definer, modify_field_select) == 0x40, "match_definer.modify_field_select");
static_assert(__mlx5_bit_off(match_definer, format_id) == 0x90 &&
	      __mlx5_bit_sz(match_definer, format_id) == 0x10, "match_definer.format_id");
static_assert(__mlx5_bit_off(match_definer, match_mask) == 0x200 &&
	      __mlx5_bit_sz(match_definer, match_mask) == 0x200, "match_definer.match_mask");

/* struct mlx5_ifc_general_obj_in_cmd_hdr_bits */
static_assert(__mlx5_bit_off(general_obj_in_cmd_hdr, opcode) == 0x0 &&
	      __mlx5_bit_sz(general_obj_in_cmd_hdr, opcode) == 0x10, "general_obj_in_cmd_hdr.opcode");
static_assert(__mlx5_bit_off(general_obj_in_cmd_hdr, uid) == 0x10 &&
	      __mlx5_bit_sz(general_obj_in_cmd_hdr, uid) == 0x10, "general_obj_in_cmd_hdr.uid");
static_assert(__mlx5_bit_off(general_obj_in_cmd_hdr, vhca_tunnel_id) == 0x20 &&
	      __mlx5_bit_sz(general_obj_in_cmd_hdr, vhca_tunnel_id) == 0x10, "general_obj_in_cmd_hdr.vhca_tunnel_id");
static_assert(__mlx5_bit_off(general_obj_in_cmd_hdr, obj_type) == 0x30 &&
	      __mlx5_bit_sz(general_obj_in_cmd_hdr, obj_type) == 0x10, "general_obj_in_cmd_hdr.obj_type");
static_assert(__mlx5_bit_off(general_obj_in_cmd_hdr, obj_id) == 0x40 &&
	      __mlx5_bit_sz(general_obj_in_cmd_hdr, obj_id) == 0x20, "general_obj_in_cmd_hdr.obj_id");
static_assert(__mlx5_bit_off(general_obj_in_cmd_hdr, log_obj_range) == 0x63 &&
	      __mlx5_bit_sz(general_obj_in_cmd_hdr, log_obj_range) == 0x5, "general_obj_in_cmd_hdr.log_obj_range");

/* struct mlx5_ifc_general_obj_out_cmd_hdr_bits */
static_assert(__mlx5_bit_off(general_obj_out_cmd_hdr, status) == 0x0 &&
	      __mlx5_bit_sz(general_obj_out_cmd_hdr, status) == 0x8, "general_obj_out_cmd_hdr.status");
static_assert(__mlx5_bit_off(general_obj_out_cmd_hdr, syndrome) == 0x20 &&
	      __mlx5_bit_sz(general_obj_out_cmd_hdr, syndrome) == 0x20, "general_obj_out_cmd_hdr.syndrome");
static_assert(__mlx5_bit_off(general_obj_out_cmd_hdr, obj_id) == 0x40 &&
	      __mlx5_bit_sz(general_obj_out_cmd_hdr, obj_id) == 0x20, "general_obj_out_cmd_hdr.obj_id");

/* struct mlx5_ifc_create_match_definer_in_bits */
static_assert(__mlx5_bit_off(create_match_definer_in, general_obj_in_cmd_hdr) == 0x0 &&
	      __mlx5_bit_sz(create_match_definer_in, general_obj_in_cmd_hdr) == 0x80, "create_match_definer_in.general_obj_in_cmd_hdr");
static_assert(__mlx5_bit_off(create_match_definer_in, obj_context) == 0x80 &&
	      __mlx5_bit_sz(create_match_definer_in, obj_context) == 0x400, "create_match_definer_in.obj_context");

/* struct mlx5_ifc_create_match_definer_out_bits */
static_assert(__mlx5_bit_off(create_match_definer_out, general_obj_out_cmd_hdr) == 0x0 &&
	      __mlx5_bit_sz(create_match_definer_out, general_obj_out_cmd_hdr) == 0x80, "create_match_definer_out.general_obj_out_cmd_hdr");

/* struct mlx5_ifc_query_flow_group_out_bits */
static_assert(__mlx5_bit_off(query_flow_group_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_flow_group_out, status) == 0x8, "query_flow_group_out.status");
static_assert(__mlx5_bit_off(query_flow_group_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_flow_group_out, syndrome) == 0x20, "query_flow_group_out.syndrome");
static_assert(__mlx5_bit_off(query_flow_group_out, start_flow_index) == 0xe0 &&
	      __mlx5_bit_sz(query_flow_group_out, start_flow_index) == 0x20, "query_flow_group_out.start_flow_index");
static_assert(__mlx5_bit_off(query_flow_group_out, end_flow_index) == 0x120 &&
	      __mlx5_bit_sz(query_flow_group_out, end_flow_index) == 0x20, "query_flow_group_out.end_flow_index");
static_assert(__mlx5_bit_off(query_flow_group_out, match_criteria_enable) == 0x1f8 &&
	      __mlx5_bit_sz(query_flow_group_out, match_criteria_enable) == 0x8, "query_flow_group_out.match_criteria_enable");
static_assert(__mlx5_bit_off(query_flow_group_out, match_criteria) == 0x200 &&
	      __mlx5_bit_sz(query_flow_group_out, match_criteria) == 0x1000, "query_flow_group_out.match_criteria");

/* struct mlx5_ifc_query_flow_group_in_bits */
static_assert(__mlx5_bit_off(query_flow_group_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_flow_group_in, opcode) == 0x10, "query_flow_group_in.opcode");
static_assert(__mlx5_bit_off(query_flow_group_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_flow_group_in, op_mod) == 0x10, "query_flow_group_in.op_mod");
static_assert(__mlx5_bit_off(query_flow_group_in, table_type) == 0x80 &&
	      __mlx5_bit_sz(query_flow_group_in, table_type) == 0x8, "query_flow_group_in.table_type");
static_assert(__mlx5_bit_off(query_flow_group_in, table_id) == 0xa8 &&
	      __mlx5_bit_sz(query_flow_group_in, table_id) == 0x18, "query_flow_group_in.table_id");
static_assert(__mlx5_bit_off(query_flow_group_in, group_id) == 0xc0 &&
	      __mlx5_bit_sz(query_flow_group_in, group_id) == 0x20, "query_flow_group_in.group_id");

/* struct mlx5_ifc_query_flow_counter_out_bits */
static_assert(__mlx5_bit_off(query_flow_counter_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_flow_counter_out, status) == 0x8, "query_flow_counter_out.status");
static_assert(__mlx5_bit_off(query_flow_counter_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_flow_counter_out, syndrome) == 0x20, "query_flow_counter_out.syndrome");
static_assert(__mlx5_bit_off(query_flow_counter_out, flow_statistics) == 0x80, "query_flow_counter_out.flow_statistics");

/* struct mlx5_ifc_query_flow_counter_in_bits */
static_assert(__mlx5_bit_off(query_flow_counter_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_flow_counter_in, opcode) == 0x10, "query_flow_counter_in.opcode");
static_assert(__mlx5_bit_off(query_flow_counter_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_flow_counter_in, op_mod) == 0x10, "query_flow_counter_in.op_mod");
static_assert(__mlx5_bit_off(query_flow_counter_in, clear) == 0xc0 &&
	      __mlx5_bit_sz(query_flow_counter_in, clear) == 0x1, "query_flow_counter_in.clear");
static_assert(__mlx5_bit_off(query_flow_counter_in, num_of_counters) == 0xd0 &&
	      __mlx5_bit_sz(query_flow_counter_in, num_of_counters) == 0x10, "query_flow_counter_in.num_of_counters");
static_assert(__mlx5_bit_off(query_flow_counter_in, flow_counter_id) == 0xe0 &&
	      __mlx5_bit_sz(query_flow_counter_in, flow_counter_id) == 0x20, "query_flow_counter_in.flow_counter_id");

/* struct mlx5_ifc_query_esw_vport_context_out_bits */
static_assert(__mlx5_bit_off(query_esw_vport_context_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_esw_vport_context_out, status) == 0x8, "query_esw_vport_context_out.status");
static_assert(__mlx5_bit_off(query_esw_vport_context_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_esw_vport_context_out, syndrome) == 0x20, "query_esw_vport_context_out.syndrome");
static_assert(__mlx5_bit_off(query_esw_vport_context_out, esw_vport_context) == 0x80 &&
	      __mlx5_bit_sz(query_esw_vport_context_out, esw_vport_context) == 0x800, "query_esw_vport_context_out.esw_vport_context");

/* struct mlx5_ifc_query_esw_vport_context_in_bits */
static_assert(__mlx5_bit_off(query_esw_vport_context_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_esw_vport_context_in, opcode) == 0x10, "query_esw_vport_context_in.opcode");
static_assert(__mlx5_bit_off(query_esw_vport_context_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_esw_vport_context_in, op_mod) == 0x10, "query_esw_vport_context_in.op_mod");
static_assert(__mlx5_bit_off(query_esw_vport_context_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(query_esw_vport_context_in, other_vport) == 0x1, "query_esw_vport_context_in.other_vport");
static_assert(__mlx5_bit_off(query_esw_vport_context_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(query_esw_vport_context_in, vport_number) == 0x10, "query_esw_vport_context_in.vport_number");

/* struct mlx5_ifc_modify_esw_vport_context_out_bits */
static_assert(__mlx5_bit_off(modify_esw_vport_context_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_esw_vport_context_out, status) == 0x8, "modify_esw_vport_context_out.status");
static_assert(__mlx5_bit_off(modify_esw_vport_context_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_esw_vport_context_out, syndrome) == 0x20, "modify_esw_vport_context_out.syndrome");

/* struct mlx5_ifc_esw_vport_context_fields_select_bits */
static_assert(__mlx5_bit_off(esw_vport_context_fields_select, fdb_to_vport_reg_c_id) == 0x1b &&
	      __mlx5_bit_sz(esw_vport_context_fields_select, fdb_to_vport_reg_c_id) == 0x1, "esw_vport_context_fields_select.fdb_to_vport_reg_c_id");
static_assert(__mlx5_bit_off(esw_vport_context_fields_select, vport_cvlan_insert) == 0x1c &&
	      __mlx5_bit_sz(esw_vport_context_fields_select, vport_cvlan_insert) == 0x1, "esw_vport_context_fields_select.vport_cvlan_insert");
static_assert(__mlx5_bit_off(esw_vport_context_fields_select, vport_svlan_insert) == 0x1d &&
	      __mlx5_bit_sz(esw_vport_context_fields_select, vport_svlan_insert) == 0x1, "esw_vport_context_fields_select.vport_svlan_insert");
static_assert(__mlx5_bit_off(esw_vport_context_fields_select, vport_cvlan_strip) == 0x1e &&
	      __mlx5_bit_sz(esw_vport_context_fields_select, vport_cvlan_strip) == 0x1, "esw_vport_context_fields_select.vport_cvlan_strip");
static_assert(__mlx5_bit_off(esw_vport_context_fields_select, vport_svlan_strip) == 0x1f &&
	      __mlx5_bit_sz(esw_vport_context_fields_select, vport_svlan_strip) == 0x1, "esw_vport_context_fields_select.vport_svlan_strip");

/* struct mlx5_ifc_modify_esw_vport_context_in_bits */
static_assert(__mlx5_bit_off(modify_esw_vport_context_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_esw_vport_context_in, opcode) == 0x10, "modify_esw_vport_context_in.opcode");
static_assert(__mlx5_bit_off(modify_esw_vport_context_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_esw_vport_context_in, op_mod) == 0x10, "modify_esw_vport_context_in.op_mod");
static_assert(__mlx5_bit_off(modify_esw_vport_context_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(modify_esw_vport_context_in, other_vport) == 0x1, "modify_esw_vport_context_in.other_vport");
static_assert(__mlx5_bit_off(modify_esw_vport_context_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(modify_esw_vport_context_in, vport_number) == 0x10, "modify_esw_vport_context_in.vport_number");
static_assert(__mlx5_bit_off(modify_esw_vport_context_in, field_select) == 0x60 &&
	      __mlx5_bit_sz(modify_esw_vport_context_in, field_select) == 0x20, "modify_esw_vport_context_in.field_select");
static_assert(__mlx5_bit_off(modify_esw_vport_context_in, esw_vport_context) == 0x80 &&
	      __mlx5_bit_sz(modify_esw_vport_context_in, esw_vport_context) == 0x800, "modify_esw_vport_context_in.esw_vport_context");

/* struct mlx5_ifc_query_eq_out_bits */
static_assert(__mlx5_bit_off(query_eq_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_eq_out, status) == 0x8, "query_eq_out.status");
static_assert(__mlx5_bit_off(query_eq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_eq_out, syndrome) == 0x20, "query_eq_out.syndrome");
static_assert(__mlx5_bit_off(query_eq_out, eq_context_entry) == 0x80 &&
	      __mlx5_bit_sz(query_eq_out, eq_context_entry) == 0x200, "query_eq_out.eq_context_entry");
static_assert(__mlx5_bit_off(query_eq_out, event_bitmask) == 0x2c0 &&
	      __mlx5_bit_sz(query_eq_out, event_bitmask) == 0x40, "query_eq_out.event_bitmask");
static_assert(__mlx5_bit_off(query_eq_out, pas) == 0x880, "query_eq_out.pas");

/* struct mlx5_ifc_query_eq_in_bits */
static_assert(__mlx5_bit_off(query_eq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_eq_in, opcode) == 0x10, "query_eq_in.opcode");
static_assert(__mlx5_bit_off(query_eq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_eq_in, op_mod) == 0x10, "query_eq_in.op_mod");
static_assert(__mlx5_bit_off(query_eq_in, eq_number) == 0x58 &&
	      __mlx5_bit_sz(query_eq_in, eq_number) == 0x8, "query_eq_in.eq_number");

/* struct mlx5_ifc_packet_reformat_context_in_bits */
static_assert(__mlx5_bit_off(packet_reformat_context_in, reformat_type) == 0x0 &&
	      __mlx5_bit_sz(packet_reformat_context_in, reformat_type) == 0x8, "packet_reformat_context_in.reformat_type");
static_assert(__mlx5_bit_off(packet_reformat_context_in, reformat_param_0) == 0xc &&
	      __mlx5_bit_sz(packet_reformat_context_in, reformat_param_0) == 0x4, "packet_reformat_context_in.reformat_param_0");
static_assert(__mlx5_bit_off(packet_reformat_context_in, reformat_data_size) == 0x16 &&
	      __mlx5_bit_sz(packet_reformat_context_in, reformat_data_size) == 0xa, "packet_reformat_context_in.reformat_data_size");
static_assert(__mlx5_bit_off(packet_reformat_context_in, reformat_param_1) == 0x20 &&
	      __mlx5_bit_sz(packet_reformat_context_in, reformat_param_1) == 0x8, "packet_reformat_context_in.reformat_param_1");
static_assert(__mlx5_bit_off(packet_reformat_context_in, reformat_data) == 0x30 &&
	      __mlx5_bit_sz(packet_reformat_context_in, reformat_data) == 0x10, "packet_reformat_context_in.reformat_data");
static_assert(__mlx5_bit_off(packet_reformat_context_in, more_reformat_data) == 0x40, "packet_reformat_context_in.more_reformat_data");

/* struct mlx5_ifc_query_packet_reformat_context_in_bits */
static_assert(__mlx5_bit_off(query_packet_reformat_context_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_packet_reformat_context_in, opcode) == 0x10, "query_packet_reformat_context_in.opcode");
static_assert(__mlx5_bit_off(query_packet_reformat_context_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_packet_reformat_context_in, op_mod) == 0x10, "query_packet_reformat_context_in.op_mod");
static_assert(__mlx5_bit_off(query_packet_reformat_context_in, packet_reformat_id) == 0x40 &&
	      __mlx5_bit_sz(query_packet_reformat_context_in, packet_reformat_id) == 0x20, "query_packet_reformat_context_in.packet_reformat_id");

/* struct mlx5_ifc_alloc_packet_reformat_context_out_bits */
static_assert(__mlx5_bit_off(alloc_packet_reformat_context_out, status) == 0x0 &&
	      __mlx5_bit_sz(alloc_packet_reformat_context_out, status) == 0x8, "alloc_packet_reformat_context_out.status");
static_assert(__mlx5_bit_off(alloc_packet_reformat_context_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(alloc_packet_reformat_context_out, syndrome) == 0x20, "alloc_packet_reformat_context_out.syndrome");
static_assert(__mlx5_bit_off(alloc_packet_reformat_context_out, packet_reformat_id) == 0x40 &&
	      __mlx5_bit_sz(alloc_packet_reformat_context_out, packet_reformat_id) == 0x20, "alloc_packet_reformat_context_out.packet_reformat_id");

/* struct mlx5_ifc_alloc_packet_reformat_context_in_bits */
static_assert(__mlx5_bit_off(alloc_packet_reformat_context_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(alloc_packet_reformat_context_in, opcode) == 0x10, "alloc_packet_reformat_context_in.opcode");
static_assert(__mlx5_bit_off(alloc_packet_reformat_context_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(alloc_packet_reformat_context_in, op_mod) == 0x10, "alloc_packet_reformat_context_in.op_mod");
static_assert(__mlx5_bit_off(alloc_packet_reformat_context_in, packet_reformat_context) == 0xe0 &&
	      __mlx5_bit_sz(alloc_packet_reformat_context_in, packet_reformat_context) == 0x40, "alloc_packet_reformat_context_in.packet_reformat_context");

/* struct mlx5_ifc_dealloc_packet_reformat_context_out_bits */
static_assert(__mlx5_bit_off(dealloc_packet_reformat_context_out, status) == 0x0 &&
	      __mlx5_bit_sz(dealloc_packet_reformat_context_out, status) == 0x8, "dealloc_packet_reformat_context_out.status");
static_assert(__mlx5_bit_off(dealloc_packet_reformat_context_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(dealloc_packet_reformat_context_out, syndrome) == 0x20, "dealloc_packet_reformat_context_out.syndrome");

/* struct mlx5_ifc_dealloc_packet_reformat_context_in_bits */
static_assert(__mlx5_bit_off(dealloc_packet_reformat_context_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(dealloc_packet_reformat_context_in, opcode) == 0x10, "dealloc_packet_reformat_context_in.opcode");
static_assert(__mlx5_bit_off(dealloc_packet_reformat_context_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(dealloc_packet_reformat_context_in, op_mod) == 0x10, "dealloc_packet_reformat_context_in.op_mod");
static_assert(__mlx5_bit_off(dealloc_packet_reformat_context_in, packet_reformat_id) == 0x40 &&
	      __mlx5_bit_sz(dealloc_packet_reformat_context_in, packet_reformat_id) == 0x20, "dealloc_packet_reformat_context_in.packet_reformat_id");

/* struct mlx5_ifc_set_action_in_bits */
static_assert(__mlx5_bit_off(set_action_in, action_type) == 0x0 &&
	      __mlx5_bit_sz(set_action_in, action_type) == 0x4, "set_action_in.action_type");
static_assert(__mlx5_bit_off(set_action_in, field) == 0x4 &&
	      __mlx5_bit_sz(set_action_in, field) == 0xc, "set_action_in.field");
static_assert(__mlx5_bit_off(set_action_in, offset) == 0x13 &&
	      __mlx5_bit_sz(set_action_in, offset) == 0x5, "set_action_in.offset");
static_assert(__mlx5_bit_off(set_action_in, length) == 0x1b &&
	      __mlx5_bit_sz(set_action_in, length) == 0x5, "set_action_in.length");
static_assert(__mlx5_bit_off(set_action_in, data) == 0x20 &&
	      __mlx5_bit_sz(set_action_in, data) == 0x20, "set_action_in.data");

/* struct mlx5_ifc_add_action_in_bits */
static_assert(__mlx5_bit_off(add_action_in, action_type) == 0x0 &&
	      __mlx5_bit_sz(add_action_in, action_type) == 0x4, "add_action_in.action_type");
static_assert(__mlx5_bit_off(add_action_in, field) == 0x4 &&
	      __mlx5_bit_sz(add_action_in, field) == 0xc, "add_action_in.field");
static_assert(__mlx5_bit_off(add_action_in, data) == 0x20 &&
	      __mlx5_bit_sz(add_action_in, data) == 0x20, "add_action_in.data");

/* struct mlx5_ifc_copy_action_in_bits */
static_assert(__mlx5_bit_off(copy_action_in, action_type) == 0x0 &&
	      __mlx5_bit_sz(copy_action_in, action_type) == 0x4, "copy_action_in.action_type");
static_assert(__mlx5_bit_off(copy_action_in, src_field) == 0x4 &&
	      __mlx5_bit_sz(copy_action_in, src_field) == 0xc, "copy_action_in.src_field");
static_assert(__mlx5_bit_off(copy_action_in, src_offset) == 0x13 &&
	      __mlx5_bit_sz(copy_action_in, src_offset) == 0x5, "copy_action_in.src_offset");
static_assert(__mlx5_bit_off(copy_action_in, length) == 0x1b &&
	      __mlx5_bit_sz(copy_action_in, length) == 0x5, "copy_action_in.length");
static_assert(__mlx5_bit_off(copy_action_in, dst_field) == 0x24 &&
	      __mlx5_bit_sz(copy_action_in, dst_field) == 0xc, "copy_action_in.dst_field");
static_assert(__mlx5_bit_off(copy_action_in, dst_offset) == 0x33 &&
	      __mlx5_bit_sz(copy_action_in, dst_offset) == 0x5, "copy_action_in.dst_offset");

/* union mlx5_ifc_set_add_copy_action_in_auto_bits */
static_assert(XC_OFF(union mlx5_ifc_set_add_copy_action_in_auto_bits, set_action_in) == 0x0 &&
	      XC_SZ(union mlx5_ifc_set_add_copy_action_in_auto_bits, set_action_in) == 0x40, "set_add_copy_action_in_auto.set_action_in");
static_assert(XC_OFF(union mlx5_ifc_set_add_copy_action_in_auto_bits, add_action_in) == 0x0 &&
	      XC_SZ(union mlx5_ifc_set_add_copy_action_in_auto_bits, add_action_in) == 0x40, "set_add_copy_action_in_auto.add_action_in");
static_assert(XC_OFF(union mlx5_ifc_set_add_copy_action_in_auto_bits, copy_action_in) == 0x0 &&
	      XC_SZ(union mlx5_ifc_set_add_copy_action_in_auto_bits, copy_action_in) == 0x40, "set_add_copy_action_in_auto.copy_action_in");

/* struct mlx5_ifc_alloc_modify_header_context_out_bits */
static_assert(__mlx5_bit_off(alloc_modify_header_context_out, status) == 0x0 &&
	      __mlx5_bit_sz(alloc_modify_header_context_out, status) == 0x8, "alloc_modify_header_context_out.status");
static_assert(__mlx5_bit_off(alloc_modify_header_context_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(alloc_modify_header_context_out, syndrome) == 0x20, "alloc_modify_header_context_out.syndrome");
static_assert(__mlx5_bit_off(alloc_modify_header_context_out, modify_header_id) == 0x40 &&
	      __mlx5_bit_sz(alloc_modify_header_context_out, modify_header_id) == 0x20, "alloc_modify_header_context_out.modify_header_id");

/* struct mlx5_ifc_alloc_modify_header_context_in_bits */
static_assert(__mlx5_bit_off(alloc_modify_header_context_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(alloc_modify_header_context_in, opcode) == 0x10, "alloc_modify_header_context_in.opcode");
static_assert(__mlx5_bit_off(alloc_modify_header_context_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(alloc_modify_header_context_in, op_mod) == 0x10, "alloc_modify_header_context_in.op_mod");
static_assert(__mlx5_bit_off(alloc_modify_header_context_in, table_type) == 0x60 &&
	      __mlx5_bit_sz(alloc_modify_header_context_in, table_type) == 0x8, "alloc_modify_header_context_in.table_type");
static_assert(__mlx5_bit_off(alloc_modify_header_context_in, num_of_actions) == 0x78 &&
	      __mlx5_bit_sz(alloc_modify_header_context_in, num_of_actions) == 0x8, "alloc_modify_header_context_in.num_of_actions");
static_assert(__mlx5_bit_off(alloc_modify_header_context_in, actions) == 0x80, "alloc_modify_header_context_in.actions");

/* struct mlx5_ifc_dealloc_modify_header_context_out_bits */
static_assert(__mlx5_bit_off(dealloc_modify_header_context_out, status) == 0x0 &&
	      __mlx5_bit_sz(dealloc_modify_header_context_out, status) == 0x8, "dealloc_modify_header_context_out.status");
static_assert(__mlx5_bit_off(dealloc_modify_header_context_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(dealloc_modify_header_context_out, syndrome) == 0x20, "dealloc_modify_header_context_out.syndrome");

/* struct mlx5_ifc_dealloc_modify_header_context_in_bits */
static_assert(__mlx5_bit_off(dealloc_modify_header_context_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(dealloc_modify_header_context_in, opcode) == 0x10, "dealloc_modify_header_context_in.opcode");
static_assert(__mlx5_bit_off(dealloc_modify_header_context_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(dealloc_modify_header_context_in, op_mod) == 0x10, "dealloc_modify_header_context_in.op_mod");
static_assert(__mlx5_bit_off(dealloc_modify_header_context_in, modify_header_id) == 0x40 &&
	      __mlx5_bit_sz(dealloc_modify_header_context_in, modify_header_id) == 0x20, "dealloc_modify_header_context_in.modify_header_id");

/* struct mlx5_ifc_query_modify_header_context_in_bits */
static_assert(__mlx5_bit_off(query_modify_header_context_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_modify_header_context_in, opcode) == 0x10, "query_modify_header_context_in.opcode");
static_assert(__mlx5_bit_off(query_modify_header_context_in, uid) == 0x10 &&
	      __mlx5_bit_sz(query_modify_header_context_in, uid) == 0x10, "query_modify_header_context_in.uid");
static_assert(__mlx5_bit_off(query_modify_header_context_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_modify_header_context_in, op_mod) == 0x10, "query_modify_header_context_in.op_mod");
static_assert(__mlx5_bit_off(query_modify_header_context_in, modify_header_id) == 0x40 &&
	      __mlx5_bit_sz(query_modify_header_context_in, modify_header_id) == 0x20, "query_modify_header_context_in.modify_header_id");

/* struct mlx5_ifc_query_dct_out_bits */
static_assert(__mlx5_bit_off(query_dct_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_dct_out, status) == 0x8, "query_dct_out.status");
static_assert(__mlx5_bit_off(query_dct_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_dct_out, syndrome) == 0x20, "query_dct_out.syndrome");
static_assert(__mlx5_bit_off(query_dct_out, dct_context_entry) == 0x80 &&
	      __mlx5_bit_sz(query_dct_out, dct_context_entry) == 0x200, "query_dct_out.dct_context_entry");

/* struct mlx5_ifc_query_dct_in_bits */
static_assert(__mlx5_bit_off(query_dct_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_dct_in, opcode) == 0x10, "query_dct_in.opcode");
static_assert(__mlx5_bit_off(query_dct_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_dct_in, op_mod) == 0x10, "query_dct_in.op_mod");
static_assert(__mlx5_bit_off(query_dct_in, dctn) == 0x48 &&
	      __mlx5_bit_sz(query_dct_in, dctn) == 0x18, "query_dct_in.dctn");

/* struct mlx5_ifc_query_cq_out_bits */
static_assert(__mlx5_bit_off(query_cq_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_cq_out, status) == 0x8, "query_cq_out.status");
static_assert(__mlx5_bit_off(query_cq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_cq_out, syndrome) == 0x20, "query_cq_out.syndrome");
static_assert(__mlx5_bit_off(query_cq_out, cq_context) == 0x80 &&
	      __mlx5_bit_sz(query_cq_out, cq_context) == 0x200, "query_cq_out.cq_context");
static_assert(__mlx5_bit_off(query_cq_out, pas) == 0x880, "query_cq_out.pas");

/* struct mlx5_ifc_query_cq_in_bits */
static_assert(__mlx5_bit_off(query_cq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_cq_in, opcode) == 0x10, "query_cq_in.opcode");
static_assert(__mlx5_bit_off(query_cq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_cq_in, op_mod) == 0x10, "query_cq_in.op_mod");
static_assert(__mlx5_bit_off(query_cq_in, cqn) == 0x48 &&
	      __mlx5_bit_sz(query_cq_in, cqn) == 0x18, "query_cq_in.cqn");

/* struct mlx5_ifc_query_cong_status_out_bits */
static_assert(__mlx5_bit_off(query_cong_status_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_cong_status_out, status) == 0x8, "query_cong_status_out.status");
static_assert(__mlx5_bit_off(query_cong_status_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_cong_status_out, syndrome) == 0x20, "query_cong_status_out.syndrome");
static_assert(__mlx5_bit_off(query_cong_status_out, enable) == 0x60 &&
	      __mlx5_bit_sz(query_cong_status_out, enable) == 0x1, "query_cong_status_out.enable");
static_assert(__mlx5_bit_off(query_cong_status_out, tag_enable) == 0x61 &&
	      __mlx5_bit_sz(query_cong_status_out, tag_enable) == 0x1, "query_cong_status_out.tag_enable");

/* struct mlx5_ifc_query_cong_status_in_bits */
static_assert(__mlx5_bit_off(query_cong_status_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_cong_status_in, opcode) == 0x10, "query_cong_status_in.opcode");
static_assert(__mlx5_bit_off(query_cong_status_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_cong_status_in, op_mod) == 0x10, "query_cong_status_in.op_mod");
static_assert(__mlx5_bit_off(query_cong_status_in, priority) == 0x58 &&
	      __mlx5_bit_sz(query_cong_status_in, priority) == 0x4, "query_cong_status_in.priority");
static_assert(__mlx5_bit_off(query_cong_status_in, cong_protocol) == 0x5c &&
	      __mlx5_bit_sz(query_cong_status_in, cong_protocol) == 0x4, "query_cong_status_in.cong_protocol");

/* struct mlx5_ifc_query_cong_statistics_out_bits */
static_assert(__mlx5_bit_off(query_cong_statistics_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_cong_statistics_out, status) == 0x8, "query_cong_statistics_out.status");
static_assert(__mlx5_bit_off(query_cong_statistics_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_cong_statistics_out, syndrome) == 0x20, "query_cong_statistics_out.syndrome");
static_assert(__mlx5_bit_off(query_cong_statistics_out, rp_cur_flows) == 0x80 &&
	      __mlx5_bit_sz(query_cong_statistics_out, rp_cur_flows) == 0x20, "query_cong_statistics_out.rp_cur_flows");
static_assert(__mlx5_bit_off(query_cong_statistics_out, sum_flows) == 0xa0 &&
	      __mlx5_bit_sz(query_cong_statistics_out, sum_flows) == 0x20, "query_cong_statistics_out.sum_flows");
static_assert(__mlx5_bit_off(query_cong_statistics_out, rp_cnp_ignored_high) == 0xc0 &&
	      __mlx5_bit_sz(query_cong_statistics_out, rp_cnp_ignored_high) == 0x20, "query_cong_statistics_out.rp_cnp_ignored_high");
static_assert(__mlx5_bit_off(query_cong_statistics_out, rp_cnp_ignored_low) == 0xe0 &&
	      __mlx5_bit_sz(query_cong_statistics_out, rp_cnp_ignored_low) == 0x20, "query_cong_statistics_out.rp_cnp_ignored_low");
static_assert(__mlx5_bit_off(query_cong_statistics_out, rp_cnp_handled_high) == 0x100 &&
	      __mlx5_bit_sz(query_cong_statistics_out, rp_cnp_handled_high) == 0x20, "query_cong_statistics_out.rp_cnp_handled_high");
static_assert(__mlx5_bit_off(query_cong_statistics_out, rp_cnp_handled_low) == 0x120 &&
	      __mlx5_bit_sz(query_cong_statistics_out, rp_cnp_handled_low) == 0x20, "query_cong_statistics_out.rp_cnp_handled_low");
static_assert(__mlx5_bit_off(query_cong_statistics_out, time_stamp_high) == 0x240 &&
	      __mlx5_bit_sz(query_cong_statistics_out, time_stamp_high) == 0x20, "query_cong_statistics_out.time_stamp_high");
static_assert(__mlx5_bit_off(query_cong_statistics_out, time_stamp_low) == 0x260 &&
	      __mlx5_bit_sz(query_cong_statistics_out, time_stamp_low) == 0x20, "query_cong_statistics_out.time_stamp_low");
static_assert(__mlx5_bit_off(query_cong_statistics_out, accumulators_period) == 0x280 &&
	      __mlx5_bit_sz(query_cong_statistics_out, accumulators_period) == 0x20, "query_cong_statistics_out.accumulators_period");
static_assert(__mlx5_bit_off(query_cong_statistics_out, np_ecn_marked_roce_packets_high) == 0x2a0 &&
	      __mlx5_bit_sz(query_cong_statistics_out, np_ecn_marked_roce_packets_high) == 0x20, "query_cong_statistics_out.np_ecn_marked_roce_packets_high");
static_assert(__mlx5_bit_off(query_cong_statistics_out, np_ecn_marked_roce_packets_low) == 0x2c0 &&
	      __mlx5_bit_sz(query_cong_statistics_out, np_ecn_marked_roce_packets_low) == 0x20, "query_cong_statistics_out.np_ecn_marked_roce_packets_low");
static_assert(__mlx5_bit_off(query_cong_statistics_out, np_cnp_sent_high) == 0x2e0 &&
	      __mlx5_bit_sz(query_cong_statistics_out, np_cnp_sent_high) == 0x20, "query_cong_statistics_out.np_cnp_sent_high");
static_assert(__mlx5_bit_off(query_cong_statistics_out, np_cnp_sent_low) == 0x300 &&
	      __mlx5_bit_sz(query_cong_statistics_out, np_cnp_sent_low) == 0x20, "query_cong_statistics_out.np_cnp_sent_low");

/* struct mlx5_ifc_query_cong_statistics_in_bits */
static_assert(__mlx5_bit_off(query_cong_statistics_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_cong_statistics_in, opcode) == 0x10, "query_cong_statistics_in.opcode");
static_assert(__mlx5_bit_off(query_cong_statistics_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_cong_statistics_in, op_mod) == 0x10, "query_cong_statistics_in.op_mod");
static_assert(__mlx5_bit_off(query_cong_statistics_in, clear) == 0x40 &&
	      __mlx5_bit_sz(query_cong_statistics_in, clear) == 0x1, "query_cong_statistics_in.clear");

/* struct mlx5_ifc_query_cong_params_out_bits */
static_assert(__mlx5_bit_off(query_cong_params_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_cong_params_out, status) == 0x8, "query_cong_params_out.status");
static_assert(__mlx5_bit_off(query_cong_params_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_cong_params_out, syndrome) == 0x20, "query_cong_params_out.syndrome");
static_assert(__mlx5_bit_off(query_cong_params_out, congestion_parameters) == 0x80 &&
	      __mlx5_bit_sz(query_cong_params_out, congestion_parameters) == 0x800, "query_cong_params_out.congestion_parameters");

/* struct mlx5_ifc_query_cong_params_in_bits */
static_assert(__mlx5_bit_off(query_cong_params_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_cong_params_in, opcode) == 0x10, "query_cong_params_in.opcode");
static_assert(__mlx5_bit_off(query_cong_params_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_cong_params_in, op_mod) == 0x10, "query_cong_params_in.op_mod");
static_assert(__mlx5_bit_off(query_cong_params_in, cong_protocol) == 0x5c &&
	      __mlx5_bit_sz(query_cong_params_in, cong_protocol) == 0x4, "query_cong_params_in.cong_protocol");

/* struct mlx5_ifc_qp_2rst_out_bits */
static_assert(__mlx5_bit_off(qp_2rst_out, status) == 0x0 &&
	      __mlx5_bit_sz(qp_2rst_out, status) == 0x8, "qp_2rst_out.status");
static_assert(__mlx5_bit_off(qp_2rst_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(qp_2rst_out, syndrome) == 0x20, "qp_2rst_out.syndrome");

/* struct mlx5_ifc_qp_2rst_in_bits */
static_assert(__mlx5_bit_off(qp_2rst_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(qp_2rst_in, opcode) == 0x10, "qp_2rst_in.opcode");
static_assert(__mlx5_bit_off(qp_2rst_in, uid) == 0x10 &&
	      __mlx5_bit_sz(qp_2rst_in, uid) == 0x10, "qp_2rst_in.uid");
static_assert(__mlx5_bit_off(qp_2rst_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(qp_2rst_in, op_mod) == 0x10, "qp_2rst_in.op_mod");
static_assert(__mlx5_bit_off(qp_2rst_in, qpn) == 0x48 &&
	      __mlx5_bit_sz(qp_2rst_in, qpn) == 0x18, "qp_2rst_in.qpn");

/* struct mlx5_ifc_qp_2err_out_bits */
static_assert(__mlx5_bit_off(qp_2err_out, status) == 0x0 &&
	      __mlx5_bit_sz(qp_2err_out, status) == 0x8, "qp_2err_out.status");
static_assert(__mlx5_bit_off(qp_2err_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(qp_2err_out, syndrome) == 0x20, "qp_2err_out.syndrome");

/* struct mlx5_ifc_qp_2err_in_bits */
static_assert(__mlx5_bit_off(qp_2err_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(qp_2err_in, opcode) == 0x10, "qp_2err_in.opcode");
static_assert(__mlx5_bit_off(qp_2err_in, uid) == 0x10 &&
	      __mlx5_bit_sz(qp_2err_in, uid) == 0x10, "qp_2err_in.uid");
static_assert(__mlx5_bit_off(qp_2err_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(qp_2err_in, op_mod) == 0x10, "qp_2err_in.op_mod");
static_assert(__mlx5_bit_off(qp_2err_in, qpn) == 0x48 &&
	      __mlx5_bit_sz(qp_2err_in, qpn) == 0x18, "qp_2err_in.qpn");

/* struct mlx5_ifc_page_fault_resume_out_bits */
static_assert(__mlx5_bit_off(page_fault_resume_out, status) == 0x0 &&
	      __mlx5_bit_sz(page_fault_resume_out, status) == 0x8, "page_fault_resume_out.status");
static_assert(__mlx5_bit_off(page_fault_resume_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(page_fault_resume_out, syndrome) == 0x20, "page_fault_resume_out.syndrome");

/* struct mlx5_ifc_page_fault_resume_in_bits */
static_assert(__mlx5_bit_off(page_fault_resume_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(page_fault_resume_in, opcode) == 0x10, "page_fault_resume_in.opcode");
static_assert(__mlx5_bit_off(page_fault_resume_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(page_fault_resume_in, op_mod) == 0x10, "page_fault_resume_in.op_mod");
static_assert(__mlx5_bit_off(page_fault_resume_in, error) == 0x40 &&
	      __mlx5_bit_sz(page_fault_resume_in, error) == 0x1, "page_fault_resume_in.error");
static_assert(__mlx5_bit_off(page_fault_resume_in, page_fault_type) == 0x45 &&
	      __mlx5_bit_sz(page_fault_resume_in, page_fault_type) == 0x3, "page_fault_resume_in.page_fault_type");
static_assert(__mlx5_bit_off(page_fault_resume_in, wq_number) == 0x48 &&
	      __mlx5_bit_sz(page_fault_resume_in, wq_number) == 0x18, "page_fault_resume_in.wq_number");
static_assert(__mlx5_bit_off(page_fault_resume_in, token) == 0x68 &&
	      __mlx5_bit_sz(page_fault_resume_in, token) == 0x18, "page_fault_resume_in.token");

/* struct mlx5_ifc_modify_vport_state_out_bits */
static_assert(__mlx5_bit_off(modify_vport_state_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_vport_state_out, status) == 0x8, "modify_vport_state_out.status");
static_assert(__mlx5_bit_off(modify_vport_state_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_vport_state_out, syndrome) == 0x20, "modify_vport_state_out.syndrome");

/* struct mlx5_ifc_modify_vport_state_in_bits */
static_assert(__mlx5_bit_off(modify_vport_state_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_vport_state_in, opcode) == 0x10, "modify_vport_state_in.opcode");
static_assert(__mlx5_bit_off(modify_vport_state_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_vport_state_in, op_mod) == 0x10, "modify_vport_state_in.op_mod");
static_assert(__mlx5_bit_off(modify_vport_state_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(modify_vport_state_in, other_vport) == 0x1, "modify_vport_state_in.other_vport");
static_assert(__mlx5_bit_off(modify_vport_state_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(modify_vport_state_in, vport_number) == 0x10, "modify_vport_state_in.vport_number");
static_assert(__mlx5_bit_off(modify_vport_state_in, admin_state) == 0x78 &&
	      __mlx5_bit_sz(modify_vport_state_in, admin_state) == 0x4, "modify_vport_state_in.admin_state");

/* struct mlx5_ifc_modify_tis_out_bits */
static_assert(__mlx5_bit_off(modify_tis_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_tis_out, status) == 0x8, "modify_tis_out.status");
static_assert(__mlx5_bit_off(modify_tis_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_tis_out, syndrome) == 0x20, "modify_tis_out.syndrome");

/* struct mlx5_ifc_modify_tis_bitmask_bits */
static_assert(__mlx5_bit_off(modify_tis_bitmask, lag_tx_port_affinity) == 0x3d &&
	      __mlx5_bit_sz(modify_tis_bitmask, lag_tx_port_affinity) == 0x1, "modify_tis_bitmask.lag_tx_port_affinity");
static_assert(__mlx5_bit_off(modify_tis_bitmask, strict_lag_tx_port_affinity) == 0x3e &&
	      __mlx5_bit_sz(modify_tis_bitmask, strict_lag_tx_port_affinity) == 0x1, "modify_tis_bitmask.strict_lag_tx_port_affinity");
static_assert(__mlx5_bit_off(modify_tis_bitmask, prio) == 0x3f &&
	      __mlx5_bit_sz(modify_tis_bitmask, prio) == 0x1, "modify_tis_bitmask.prio");

/* struct mlx5_ifc_modify_tis_in_bits */
static_assert(__mlx5_bit_off(modify_tis_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_tis_in, opcode) == 0x10, "modify_tis_in.opcode");
static_assert(__mlx5_bit_off(modify_tis_in, uid) == 0x10 &&
	      __mlx5_bit_sz(modify_tis_in, uid) == 0x10, "modify_tis_in.uid");
static_assert(__mlx5_bit_off(modify_tis_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_tis_in, op_mod) == 0x10, "modify_tis_in.op_mod");
static_assert(__mlx5_bit_off(modify_tis_in, tisn) == 0x48 &&
	      __mlx5_bit_sz(modify_tis_in, tisn) == 0x18, "modify_tis_in.tisn");
static_assert(__mlx5_bit_off(modify_tis_in, bitmask) == 0x80 &&
	      __mlx5_bit_sz(modify_tis_in, bitmask) == 0x40, "modify_tis_in.bitmask");
static_assert(__mlx5_bit_off(modify_tis_in, ctx) == 0x100 &&
	      __mlx5_bit_sz(modify_tis_in, ctx) == 0x500, "modify_tis_in.ctx");

/* struct mlx5_ifc_modify_tir_bitmask_bits */
static_assert(__mlx5_bit_off(modify_tir_bitmask, self_lb_en) == 0x3b &&
	      __mlx5_bit_sz(modify_tir_bitmask, self_lb_en) == 0x1, "modify_tir_bitmask.self_lb_en");
static_assert(__mlx5_bit_off(modify_tir_bitmask, hash) == 0x3d &&
	      __mlx5_bit_sz(modify_tir_bitmask, hash) == 0x1, "modify_tir_bitmask.hash");
static_assert(__mlx5_bit_off(modify_tir_bitmask, packet_merge) == 0x3f &&
	      __mlx5_bit_sz(modify_tir_bitmask, packet_merge) == 0x1, "modify_tir_bitmask.packet_merge");

/* struct mlx5_ifc_modify_tir_out_bits */
static_assert(__mlx5_bit_off(modify_tir_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_tir_out, status) == 0x8, "modify_tir_out.status");
static_assert(__mlx5_bit_off(modify_tir_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_tir_out, syndrome) == 0x20, "modify_tir_out.syndrome");

/* struct mlx5_ifc_modify_tir_in_bits */
static_assert(__mlx5_bit_off(modify_tir_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_tir_in, opcode) == 0x10, "modify_tir_in.opcode");
static_assert(__mlx5_bit_off(modify_tir_in, uid) == 0x10 &&
	      __mlx5_bit_sz(modify_tir_in, uid) == 0x10, "modify_tir_in.uid");
static_assert(__mlx5_bit_off(modify_tir_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_tir_in, op_mod) == 0x10, "modify_tir_in.op_mod");
static_assert(__mlx5_bit_off(modify_tir_in, tirn) == 0x48 &&
	      __mlx5_bit_sz(modify_tir_in, tirn) == 0x18, "modify_tir_in.tirn");
static_assert(__mlx5_bit_off(modify_tir_in, bitmask) == 0x80 &&
	      __mlx5_bit_sz(modify_tir_in, bitmask) == 0x40, "modify_tir_in.bitmask");
static_assert(__mlx5_bit_off(modify_tir_in, ctx) == 0x100 &&
	      __mlx5_bit_sz(modify_tir_in, ctx) == 0x780, "modify_tir_in.ctx");

/* struct mlx5_ifc_modify_sq_out_bits */
static_assert(__mlx5_bit_off(modify_sq_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_sq_out, status) == 0x8, "modify_sq_out.status");
static_assert(__mlx5_bit_off(modify_sq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_sq_out, syndrome) == 0x20, "modify_sq_out.syndrome");

/* struct mlx5_ifc_modify_sq_in_bits */
static_assert(__mlx5_bit_off(modify_sq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_sq_in, opcode) == 0x10, "modify_sq_in.opcode");
static_assert(__mlx5_bit_off(modify_sq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(modify_sq_in, uid) == 0x10, "modify_sq_in.uid");
static_assert(__mlx5_bit_off(modify_sq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_sq_in, op_mod) == 0x10, "modify_sq_in.op_mod");
static_assert(__mlx5_bit_off(modify_sq_in, sq_state) == 0x40 &&
	      __mlx5_bit_sz(modify_sq_in, sq_state) == 0x4, "modify_sq_in.sq_state");
static_assert(__mlx5_bit_off(modify_sq_in, sqn) == 0x48 &&
	      __mlx5_bit_sz(modify_sq_in, sqn) == 0x18, "modify_sq_in.sqn");
static_assert(__mlx5_bit_off(modify_sq_in, modify_bitmask) == 0x80 &&
	      __mlx5_bit_sz(modify_sq_in, modify_bitmask) == 0x40, "modify_sq_in.modify_bitmask");
static_assert(__mlx5_bit_off(modify_sq_in, ctx) == 0x100 &&
	      __mlx5_bit_sz(modify_sq_in, ctx) == 0x780, "modify_sq_in.ctx");

/* struct mlx5_ifc_modify_scheduling_element_out_bits */
static_assert(__mlx5_bit_off(modify_scheduling_element_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_scheduling_element_out, status) == 0x8, "modify_scheduling_element_out.status");
static_assert(__mlx5_bit_off(modify_scheduling_element_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_scheduling_element_out, syndrome) == 0x20, "modify_scheduling_element_out.syndrome");

/* struct mlx5_ifc_modify_scheduling_element_in_bits */
static_assert(__mlx5_bit_off(modify_scheduling_element_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_scheduling_element_in, opcode) == 0x10, "modify_scheduling_element_in.opcode");
static_assert(__mlx5_bit_off(modify_scheduling_element_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_scheduling_element_in, op_mod) == 0x10, "modify_scheduling_element_in.op_mod");
static_assert(__mlx5_bit_off(modify_scheduling_element_in, scheduling_hierarchy) == 0x40 &&
	      __mlx5_bit_sz(modify_scheduling_element_in, scheduling_hierarchy) == 0x8, "modify_scheduling_element_in.scheduling_hierarchy");
static_assert(__mlx5_bit_off(modify_scheduling_element_in, scheduling_element_id) == 0x60 &&
	      __mlx5_bit_sz(modify_scheduling_element_in, scheduling_element_id) == 0x20, "modify_scheduling_element_in.scheduling_element_id");
static_assert(__mlx5_bit_off(modify_scheduling_element_in, modify_bitmask) == 0xa0 &&
	      __mlx5_bit_sz(modify_scheduling_element_in, modify_bitmask) == 0x20, "modify_scheduling_element_in.modify_bitmask");
static_assert(__mlx5_bit_off(modify_scheduling_element_in, scheduling_context) == 0x100 &&
	      __mlx5_bit_sz(modify_scheduling_element_in, scheduling_context) == 0x200, "modify_scheduling_element_in.scheduling_context");

/* struct mlx5_ifc_modify_rqt_out_bits */
static_assert(__mlx5_bit_off(modify_rqt_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_rqt_out, status) == 0x8, "modify_rqt_out.status");
static_assert(__mlx5_bit_off(modify_rqt_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_rqt_out, syndrome) == 0x20, "modify_rqt_out.syndrome");

/* struct mlx5_ifc_rqt_bitmask_bits */
static_assert(__mlx5_bit_off(rqt_bitmask, rqn_list) == 0x3f &&
	      __mlx5_bit_sz(rqt_bitmask, rqn_list) == 0x1, "rqt_bitmask.rqn_list");

/* struct mlx5_ifc_modify_rqt_in_bits */
static_assert(__mlx5_bit_off(modify_rqt_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_rqt_in, opcode) == 0x10, "modify_rqt_in.opcode");
static_assert(__mlx5_bit_off(modify_rqt_in, uid) == 0x10 &&
	      __mlx5_bit_sz(modify_rqt_in, uid) == 0x10, "modify_rqt_in.uid");
static_assert(__mlx5_bit_off(modify_rqt_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_rqt_in, op_mod) == 0x10, "modify_rqt_in.op_mod");
static_assert(__mlx5_bit_off(modify_rqt_in, rqtn) == 0x48 &&
	      __mlx5_bit_sz(modify_rqt_in, rqtn) == 0x18, "modify_rqt_in.rqtn");
static_assert(__mlx5_bit_off(modify_rqt_in, bitmask) == 0x80 &&
	      __mlx5_bit_sz(modify_rqt_in, bitmask) == 0x40, "modify_rqt_in.bitmask");
static_assert(__mlx5_bit_off(modify_rqt_in, ctx) == 0x100 &&
	      __mlx5_bit_sz(modify_rqt_in, ctx) == 0x780, "modify_rqt_in.ctx");

/* struct mlx5_ifc_modify_rq_out_bits */
static_assert(__mlx5_bit_off(modify_rq_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_rq_out, status) == 0x8, "modify_rq_out.status");
static_assert(__mlx5_bit_off(modify_rq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_rq_out, syndrome) == 0x20, "modify_rq_out.syndrome");

/* struct mlx5_ifc_modify_rq_in_bits */
static_assert(__mlx5_bit_off(modify_rq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_rq_in, opcode) == 0x10, "modify_rq_in.opcode");
static_assert(__mlx5_bit_off(modify_rq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(modify_rq_in, uid) == 0x10, "modify_rq_in.uid");
static_assert(__mlx5_bit_off(modify_rq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_rq_in, op_mod) == 0x10, "modify_rq_in.op_mod");
static_assert(__mlx5_bit_off(modify_rq_in, rq_state) == 0x40 &&
	      __mlx5_bit_sz(modify_rq_in, rq_state) == 0x4, "modify_rq_in.rq_state");
static_assert(__mlx5_bit_off(modify_rq_in, rqn) == 0x48 &&
	      __mlx5_bit_sz(modify_rq_in, rqn) == 0x18, "modify_rq_in.rqn");
static_assert(__mlx5_bit_off(modify_rq_in, modify_bitmask) == 0x80 &&
	      __mlx5_bit_sz(modify_rq_in, modify_bitmask) == 0x40, "modify_rq_in.modify_bitmask");
static_assert(__mlx5_bit_off(modify_rq_in, ctx) == 0x100 &&
	      __mlx5_bit_sz(modify_rq_in, ctx) == 0x780, "modify_rq_in.ctx");

/* struct mlx5_ifc_modify_rmp_out_bits */
static_assert(__mlx5_bit_off(modify_rmp_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_rmp_out, status) == 0x8, "modify_rmp_out.status");
static_assert(__mlx5_bit_off(modify_rmp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_rmp_out, syndrome) == 0x20, "modify_rmp_out.syndrome");

/* struct mlx5_ifc_rmp_bitmask_bits */
static_assert(__mlx5_bit_off(rmp_bitmask, lwm) == 0x3f &&
	      __mlx5_bit_sz(rmp_bitmask, lwm) == 0x1, "rmp_bitmask.lwm");

/* struct mlx5_ifc_modify_rmp_in_bits */
static_assert(__mlx5_bit_off(modify_rmp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_rmp_in, opcode) == 0x10, "modify_rmp_in.opcode");
static_assert(__mlx5_bit_off(modify_rmp_in, uid) == 0x10 &&
	      __mlx5_bit_sz(modify_rmp_in, uid) == 0x10, "modify_rmp_in.uid");
static_assert(__mlx5_bit_off(modify_rmp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_rmp_in, op_mod) == 0x10, "modify_rmp_in.op_mod");
static_assert(__mlx5_bit_off(modify_rmp_in, rmp_state) == 0x40 &&
	      __mlx5_bit_sz(modify_rmp_in, rmp_state) == 0x4, "modify_rmp_in.rmp_state");
static_assert(__mlx5_bit_off(modify_rmp_in, rmpn) == 0x48 &&
	      __mlx5_bit_sz(modify_rmp_in, rmpn) == 0x18, "modify_rmp_in.rmpn");
static_assert(__mlx5_bit_off(modify_rmp_in, bitmask) == 0x80 &&
	      __mlx5_bit_sz(modify_rmp_in, bitmask) == 0x40, "modify_rmp_in.bitmask");
static_assert(__mlx5_bit_off(modify_rmp_in, ctx) == 0x100 &&
	      __mlx5_bit_sz(modify_rmp_in, ctx) == 0x780, "modify_rmp_in.ctx");

/* struct mlx5_ifc_modify_nic_vport_context_out_bits */
static_assert(__mlx5_bit_off(modify_nic_vport_context_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_nic_vport_context_out, status) == 0x8, "modify_nic_vport_context_out.status");
static_assert(__mlx5_bit_off(modify_nic_vport_context_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_nic_vport_context_out, syndrome) == 0x20, "modify_nic_vport_context_out.syndrome");

/* struct mlx5_ifc_modify_nic_vport_field_select_bits */
static_assert(__mlx5_bit_off(modify_nic_vport_field_select, affiliation) == 0x12 &&
	      __mlx5_bit_sz(modify_nic_vport_field_select, affiliation) == 0x1, "modify_nic_vport_field_select.affiliation");
static_assert(__mlx5_bit_off(modify_nic_vport_field_select, disable_uc_local_lb) == 0x14 &&
	      __mlx5_bit_sz(modify_nic_vport_field_select, disable_uc_local_lb) == 0x1, "modify_nic_vport_field_select.disable_uc_local_lb");
static_assert(__mlx5_bit_off(modify_nic_vport_field_select, disable_mc_local_lb) == 0x15 &&
	      __mlx5_bit_sz(modify_nic_vport_field_select, disable_mc_local_lb) == 0x1, "modify_nic_vport_field_select.disable_mc_local_lb");
static_assert(__mlx5_bit_off(modify_nic_vport_field_select, node_guid) == 0x16 &&
	      __mlx5_bit_sz(modify_nic_vport_field_select, node_guid) == 0x1, "modify_nic_vport_field_select.node_guid");
static_assert(__mlx5_bit_off(modify_nic_vport_field_select, port_guid) == 0x17 &&
	      __mlx5_bit_sz(modify_nic_vport_field_select, port_guid) == 0x1, "modify_nic_vport_field_select.port_guid");
static_assert(__mlx5_bit_off(modify_nic_vport_field_select, min_inline) == 0x18 &&
	      __mlx5_bit_sz(modify_nic_vport_field_select, min_inline) == 0x1, "modify_nic_vport_field_select.min_inline");
static_assert(__mlx5_bit_off(modify_nic_vport_field_select, mtu) == 0x19 &&
	      __mlx5_bit_sz(modify_nic_vport_field_select, mtu) == 0x1, "modify_nic_vport_field_select.mtu");
static_assert(__mlx5_bit_off(modify_nic_vport_field_select, change_event) == 0x1a &&
	      __mlx5_bit_sz(modify_nic_vport_field_select, change_event) == 0x1, "modify_nic_vport_field_select.change_event");
static_assert(__mlx5_bit_off(modify_nic_vport_field_select, promisc) == 0x1b &&
	      __mlx5_bit_sz(modify_nic_vport_field_select, promisc) == 0x1, "modify_nic_vport_field_select.promisc");
static_assert(__mlx5_bit_off(modify_nic_vport_field_select, permanent_address) == 0x1c &&
	      __mlx5_bit_sz(modify_nic_vport_field_select, permanent_address) == 0x1, "modify_nic_vport_field_select.permanent_address");
static_assert(__mlx5_bit_off(modify_nic_vport_field_select, addresses_list) == 0x1d &&
	      __mlx5_bit_sz(modify_nic_vport_field_select, addresses_list) == 0x1, "modify_nic_vport_field_select.addresses_list");
static_assert(__mlx5_bit_off(modify_nic_vport_field_select, roce_en) == 0x1e &&
	      __mlx5_bit_sz(modify_nic_vport_field_select, roce_en) == 0x1, "modify_nic_vport_field_select.roce_en");

/* struct mlx5_ifc_modify_nic_vport_context_in_bits */
static_assert(__mlx5_bit_off(modify_nic_vport_context_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_nic_vport_context_in, opcode) == 0x10, "modify_nic_vport_context_in.opcode");
static_assert(__mlx5_bit_off(modify_nic_vport_context_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_nic_vport_context_in, op_mod) == 0x10, "modify_nic_vport_context_in.op_mod");
static_assert(__mlx5_bit_off(modify_nic_vport_context_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(modify_nic_vport_context_in, other_vport) == 0x1, "modify_nic_vport_context_in.other_vport");
static_assert(__mlx5_bit_off(modify_nic_vport_context_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(modify_nic_vport_context_in, vport_number) == 0x10, "modify_nic_vport_context_in.vport_number");
static_assert(__mlx5_bit_off(modify_nic_vport_context_in, field_select) == 0x60 &&
	      __mlx5_bit_sz(modify_nic_vport_context_in, field_select) == 0x20, "modify_nic_vport_context_in.field_select");
static_assert(__mlx5_bit_off(modify_nic_vport_context_in, nic_vport_context) == 0x800 &&
	      __mlx5_bit_sz(modify_nic_vport_context_in, nic_vport_context) == 0x800, "modify_nic_vport_context_in.nic_vport_context");

/* struct mlx5_ifc_modify_hca_vport_context_out_bits */
static_assert(__mlx5_bit_off(modify_hca_vport_context_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_hca_vport_context_out, status) == 0x8, "modify_hca_vport_context_out.status");
static_assert(__mlx5_bit_off(modify_hca_vport_context_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_hca_vport_context_out, syndrome) == 0x20, "modify_hca_vport_context_out.syndrome");

/* struct mlx5_ifc_modify_hca_vport_context_in_bits */
static_assert(__mlx5_bit_off(modify_hca_vport_context_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_hca_vport_context_in, opcode) == 0x10, "modify_hca_vport_context_in.opcode");
static_assert(__mlx5_bit_off(modify_hca_vport_context_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_hca_vport_context_in, op_mod) == 0x10, "modify_hca_vport_context_in.op_mod");
static_assert(__mlx5_bit_off(modify_hca_vport_context_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(modify_hca_vport_context_in, other_vport) == 0x1, "modify_hca_vport_context_in.other_vport");
static_assert(__mlx5_bit_off(modify_hca_vport_context_in, port_num) == 0x4c &&
	      __mlx5_bit_sz(modify_hca_vport_context_in, port_num) == 0x4, "modify_hca_vport_context_in.port_num");
static_assert(__mlx5_bit_off(modify_hca_vport_context_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(modify_hca_vport_context_in, vport_number) == 0x10, "modify_hca_vport_context_in.vport_number");
static_assert(__mlx5_bit_off(modify_hca_vport_context_in, hca_vport_context) == 0x80 &&
	      __mlx5_bit_sz(modify_hca_vport_context_in, hca_vport_context) == 0x1000, "modify_hca_vport_context_in.hca_vport_context");

/* struct mlx5_ifc_modify_cq_out_bits */
static_assert(__mlx5_bit_off(modify_cq_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_cq_out, status) == 0x8, "modify_cq_out.status");
static_assert(__mlx5_bit_off(modify_cq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_cq_out, syndrome) == 0x20, "modify_cq_out.syndrome");

/* struct mlx5_ifc_modify_cq_in_bits */
static_assert(__mlx5_bit_off(modify_cq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_cq_in, opcode) == 0x10, "modify_cq_in.opcode");
static_assert(__mlx5_bit_off(modify_cq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(modify_cq_in, uid) == 0x10, "modify_cq_in.uid");
static_assert(__mlx5_bit_off(modify_cq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_cq_in, op_mod) == 0x10, "modify_cq_in.op_mod");
static_assert(__mlx5_bit_off(modify_cq_in, cqn) == 0x48 &&
	      __mlx5_bit_sz(modify_cq_in, cqn) == 0x18, "modify_cq_in.cqn");
static_assert(__mlx5_bit_off(modify_cq_in, modify_field_select_resize_field_select) == 0x60 &&
	      __mlx5_bit_sz(modify_cq_in, modify_field_select_resize_field_select) == 0x20, "modify_cq_in.modify_field_select_resize_field_select");
static_assert(__mlx5_bit_off(modify_cq_in, cq_context) == 0x80 &&
	      __mlx5_bit_sz(modify_cq_in, cq_context) == 0x200, "modify_cq_in.cq_context");
static_assert(__mlx5_bit_off(modify_cq_in, cq_umem_valid) == 0x2e0 &&
	      __mlx5_bit_sz(modify_cq_in, cq_umem_valid) == 0x1, "modify_cq_in.cq_umem_valid");
static_assert(__mlx5_bit_off(modify_cq_in, pas) == 0x880, "modify_cq_in.pas");

/* struct mlx5_ifc_modify_cong_status_out_bits */
static_assert(__mlx5_bit_off(modify_cong_status_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_cong_status_out, status) == 0x8, "modify_cong_status_out.status");
static_assert(__mlx5_bit_off(modify_cong_status_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_cong_status_out, syndrome) == 0x20, "modify_cong_status_out.syndrome");

/* struct mlx5_ifc_modify_cong_status_in_bits */
static_assert(__mlx5_bit_off(modify_cong_status_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_cong_status_in, opcode) == 0x10, "modify_cong_status_in.opcode");
static_assert(__mlx5_bit_off(modify_cong_status_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_cong_status_in, op_mod) == 0x10, "modify_cong_status_in.op_mod");
static_assert(__mlx5_bit_off(modify_cong_status_in, priority) == 0x58 &&
	      __mlx5_bit_sz(modify_cong_status_in, priority) == 0x4, "modify_cong_status_in.priority");
static_assert(__mlx5_bit_off(modify_cong_status_in, cong_protocol) == 0x5c &&
	      __mlx5_bit_sz(modify_cong_status_in, cong_protocol) == 0x4, "modify_cong_status_in.cong_protocol");
static_assert(__mlx5_bit_off(modify_cong_status_in, enable) == 0x60 &&
	      __mlx5_bit_sz(modify_cong_status_in, enable) == 0x1, "modify_cong_status_in.enable");
static_assert(__mlx5_bit_off(modify_cong_status_in, tag_enable) == 0x61 &&
	      __mlx5_bit_sz(modify_cong_status_in, tag_enable) == 0x1, "modify_cong_status_in.tag_enable");

/* struct mlx5_ifc_modify_cong_params_out_bits */
static_assert(__mlx5_bit_off(modify_cong_params_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_cong_params_out, status) == 0x8, "modify_cong_params_out.status");
static_assert(__mlx5_bit_off(modify_cong_params_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_cong_params_out, syndrome) == 0x20, "modify_cong_params_out.syndrome");

/* struct mlx5_ifc_modify_cong_params_in_bits */
static_assert(__mlx5_bit_off(modify_cong_params_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_cong_params_in, opcode) == 0x10, "modify_cong_params_in.opcode");
static_assert(__mlx5_bit_off(modify_cong_params_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_cong_params_in, op_mod) == 0x10, "modify_cong_params_in.op_mod");
static_assert(__mlx5_bit_off(modify_cong_params_in, cong_protocol) == 0x5c &&
	      __mlx5_bit_sz(modify_cong_params_in, cong_protocol) == 0x4, "modify_cong_params_in.cong_protocol");
static_assert(__mlx5_bit_off(modify_cong_params_in, field_select) == 0x60 &&
	      __mlx5_bit_sz(modify_cong_params_in, field_select) == 0x20, "modify_cong_params_in.field_select");
static_assert(__mlx5_bit_off(modify_cong_params_in, congestion_parameters) == 0x100 &&
	      __mlx5_bit_sz(modify_cong_params_in, congestion_parameters) == 0x800, "modify_cong_params_in.congestion_parameters");

/* struct mlx5_ifc_manage_pages_out_bits */
static_assert(__mlx5_bit_off(manage_pages_out, status) == 0x0 &&
	      __mlx5_bit_sz(manage_pages_out, status) == 0x8, "manage_pages_out.status");
static_assert(__mlx5_bit_off(manage_pages_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(manage_pages_out, syndrome) == 0x20, "manage_pages_out.syndrome");
static_assert(__mlx5_bit_off(manage_pages_out, output_num_entries) == 0x40 &&
	      __mlx5_bit_sz(manage_pages_out, output_num_entries) == 0x20, "manage_pages_out.output_num_entries");
static_assert(__mlx5_bit_off(manage_pages_out, pas) == 0x80, "manage_pages_out.pas");

/* struct mlx5_ifc_manage_pages_in_bits */
static_assert(__mlx5_bit_off(manage_pages_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(manage_pages_in, opcode) == 0x10, "manage_pages_in.opcode");
static_assert(__mlx5_bit_off(manage_pages_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(manage_pages_in, op_mod) == 0x10, "manage_pages_in.op_mod");
static_assert(__mlx5_bit_off(manage_pages_in, embedded_cpu_function) == 0x40 &&
	      __mlx5_bit_sz(manage_pages_in, embedded_cpu_function) == 0x1, "manage_pages_in.embedded_cpu_function");
static_assert(__mlx5_bit_off(manage_pages_in, function_id) == 0x50 &&
	      __mlx5_bit_sz(manage_pages_in, function_id) == 0x10, "manage_pages_in.function_id");
static_assert(__mlx5_bit_off(manage_pages_in, input_num_entries) == 0x60 &&
	      __mlx5_bit_sz(manage_pages_in, input_num_entries) == 0x20, "manage_pages_in.input_num_entries");
static_assert(__mlx5_bit_off(manage_pages_in, pas) == 0x80, "manage_pages_in.pas");

/* struct mlx5_ifc_mad_ifc_out_bits */
static_assert(__mlx5_bit_off(mad_ifc_out, status) == 0x0 &&
	      __mlx5_bit_sz(mad_ifc_out, status) == 0x8, "mad_ifc_out.status");
static_assert(__mlx5_bit_off(mad_ifc_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(mad_ifc_out, syndrome) == 0x20, "mad_ifc_out.syndrome");
static_assert(__mlx5_bit_off(mad_ifc_out, response_mad_packet) == 0x80 &&
	      __mlx5_bit_sz(mad_ifc_out, response_mad_packet) == 0x800, "mad_ifc_out.response_mad_packet");

/* struct mlx5_ifc_mad_ifc_in_bits */
static_assert(__mlx5_bit_off(mad_ifc_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(mad_ifc_in, opcode) == 0x10, "mad_ifc_in.opcode");
static_assert(__mlx5_bit_off(mad_ifc_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(mad_ifc_in, op_mod) == 0x10, "mad_ifc_in.op_mod");
static_assert(__mlx5_bit_off(mad_ifc_in, remote_lid) == 0x40 &&
	      __mlx5_bit_sz(mad_ifc_in, remote_lid) == 0x10, "mad_ifc_in.remote_lid");
static_assert(__mlx5_bit_off(mad_ifc_in, port) == 0x58 &&
	      __mlx5_bit_sz(mad_ifc_in, port) == 0x8, "mad_ifc_in.port");
static_assert(__mlx5_bit_off(mad_ifc_in, mad) == 0x80 &&
	      __mlx5_bit_sz(mad_ifc_in, mad) == 0x800, "mad_ifc_in.mad");

/* struct mlx5_ifc_init_hca_out_bits */
static_assert(__mlx5_bit_off(init_hca_out, status) == 0x0 &&
	      __mlx5_bit_sz(init_hca_out, status) == 0x8, "init_hca_out.status");
static_assert(__mlx5_bit_off(init_hca_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(init_hca_out, syndrome) == 0x20, "init_hca_out.syndrome");

/* struct mlx5_ifc_init_hca_in_bits */
static_assert(__mlx5_bit_off(init_hca_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(init_hca_in, opcode) == 0x10, "init_hca_in.opcode");
static_assert(__mlx5_bit_off(init_hca_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(init_hca_in, op_mod) == 0x10, "init_hca_in.op_mod");
static_assert(__mlx5_bit_off(init_hca_in, sw_vhca_id) == 0x62 &&
	      __mlx5_bit_sz(init_hca_in, sw_vhca_id) == 0xe, "init_hca_in.sw_vhca_id");
static_assert(__mlx5_bit_off(init_hca_in, sw_owner_id) == 0x80 &&
	      __mlx5_bit_sz(init_hca_in, sw_owner_id) == 0x80, "init_hca_in.sw_owner_id");

/* struct mlx5_ifc_init2rtr_qp_out_bits */
static_assert(__mlx5_bit_off(init2rtr_qp_out, status) == 0x0 &&
	      __mlx5_bit_sz(init2rtr_qp_out, status) == 0x8, "init2rtr_qp_out.status");
static_assert(__mlx5_bit_off(init2rtr_qp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(init2rtr_qp_out, syndrome) == 0x20, "init2rtr_qp_out.syndrome");
static_assert(__mlx5_bit_off(init2rtr_qp_out, ece) == 0x60 &&
	      __mlx5_bit_sz(init2rtr_qp_out, ece) == 0x20, "init2rtr_qp_out.ece");

/* struct mlx5_ifc_init2rtr_qp_in_bits */
static_assert(__mlx5_bit_off(init2rtr_qp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(init2rtr_qp_in, opcode) == 0x10, "init2rtr_qp_in.opcode");
static_assert(__mlx5_bit_off(init2rtr_qp_in, uid) == 0x10 &&
	      __mlx5_bit_sz(init2rtr_qp_in, uid) == 0x10, "init2rtr_qp_in.uid");
static_assert(__mlx5_bit_off(init2rtr_qp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(init2rtr_qp_in, op_mod) == 0x10, "init2rtr_qp_in.op_mod");
static_assert(__mlx5_bit_off(init2rtr_qp_in, qpn) == 0x48 &&
	      __mlx5_bit_sz(init2rtr_qp_in, qpn) == 0x18, "init2rtr_qp_in.qpn");
static_assert(__mlx5_bit_off(init2rtr_qp_in, opt_param_mask) == 0x80 &&
	      __mlx5_bit_sz(init2rtr_qp_in, opt_param_mask) == 0x20, "init2rtr_qp_in.opt_param_mask");
static_assert(__mlx5_bit_off(init2rtr_qp_in, ece) == 0xa0 &&
	      __mlx5_bit_sz(init2rtr_qp_in, ece) == 0x20, "init2rtr_qp_in.ece");
static_assert(__mlx5_bit_off(init2rtr_qp_in, qpc) == 0xc0 &&
	      __mlx5_bit_sz(init2rtr_qp_in, qpc) == 0x740, "init2rtr_qp_in.qpc");

/* struct mlx5_ifc_init2init_qp_out_bits */
static_assert(__mlx5_bit_off(init2init_qp_out, status) == 0x0 &&
	      __mlx5_bit_sz(init2init_qp_out, status) == 0x8, "init2init_qp_out.status");
static_assert(__mlx5_bit_off(init2init_qp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(init2init_qp_out, syndrome) == 0x20, "init2init_qp_out.syndrome");
static_assert(__mlx5_bit_off(init2init_qp_out, ece) == 0x60 &&
	      __mlx5_bit_sz(init2init_qp_out, ece) == 0x20, "init2init_qp_out.ece");

/* struct mlx5_ifc_init2init_qp_in_bits */
static_assert(__mlx5_bit_off(init2init_qp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(init2init_qp_in, opcode) == 0x10, "init2init_qp_in.opcode");
static_assert(__mlx5_bit_off(init2init_qp_in, uid) == 0x10 &&
	      __mlx5_bit_sz(init2init_qp_in, uid) == 0x10, "init2init_qp_in.uid");
static_assert(__mlx5_bit_off(init2init_qp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(init2init_qp_in, op_mod) == 0x10, "init2init_qp_in.op_mod");
static_assert(__mlx5_bit_off(init2init_qp_in, qpn) == 0x48 &&
	      __mlx5_bit_sz(init2init_qp_in, qpn) == 0x18, "init2init_qp_in.qpn");
static_assert(__mlx5_bit_off(init2init_qp_in, opt_param_mask) == 0x80 &&
	      __mlx5_bit_sz(init2init_qp_in, opt_param_mask) == 0x20, "init2init_qp_in.opt_param_mask");
static_assert(__mlx5_bit_off(init2init_qp_in, ece) == 0xa0 &&
	      __mlx5_bit_sz(init2init_qp_in, ece) == 0x20, "init2init_qp_in.ece");
static_assert(__mlx5_bit_off(init2init_qp_in, qpc) == 0xc0 &&
	      __mlx5_bit_sz(init2init_qp_in, qpc) == 0x740, "init2init_qp_in.qpc");

/* struct mlx5_ifc_get_dropped_packet_log_out_bits */
static_assert(__mlx5_bit_off(get_dropped_packet_log_out, status) == 0x0 &&
	      __mlx5_bit_sz(get_dropped_packet_log_out, status) == 0x8, "get_dropped_packet_log_out.status");
static_assert(__mlx5_bit_off(get_dropped_packet_log_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(get_dropped_packet_log_out, syndrome) == 0x20, "get_dropped_packet_log_out.syndrome");
static_assert(__mlx5_bit_off(get_dropped_packet_log_out, packet_headers_log) == 0x80 &&
	      __mlx5_bit_sz(get_dropped_packet_log_out, packet_headers_log) == 0x400, "get_dropped_packet_log_out.packet_headers_log");
static_assert(__mlx5_bit_off(get_dropped_packet_log_out, packet_syndrome) == 0x480 &&
	      __mlx5_bit_sz(get_dropped_packet_log_out, packet_syndrome) == 0x200, "get_dropped_packet_log_out.packet_syndrome");

/* struct mlx5_ifc_get_dropped_packet_log_in_bits */
static_assert(__mlx5_bit_off(get_dropped_packet_log_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(get_dropped_packet_log_in, opcode) == 0x10, "get_dropped_packet_log_in.opcode");
static_assert(__mlx5_bit_off(get_dropped_packet_log_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(get_dropped_packet_log_in, op_mod) == 0x10, "get_dropped_packet_log_in.op_mod");

/* struct mlx5_ifc_gen_eqe_in_bits */
static_assert(__mlx5_bit_off(gen_eqe_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(gen_eqe_in, opcode) == 0x10, "gen_eqe_in.opcode");
static_assert(__mlx5_bit_off(gen_eqe_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(gen_eqe_in, op_mod) == 0x10, "gen_eqe_in.op_mod");
static_assert(__mlx5_bit_off(gen_eqe_in, eq_number) == 0x58 &&
	      __mlx5_bit_sz(gen_eqe_in, eq_number) == 0x8, "gen_eqe_in.eq_number");
static_assert(__mlx5_bit_off(gen_eqe_in, eqe) == 0x80 &&
	      __mlx5_bit_sz(gen_eqe_in, eqe) == 0x200, "gen_eqe_in.eqe");

/* struct mlx5_ifc_gen_eq_out_bits */
static_assert(__mlx5_bit_off(gen_eq_out, status) == 0x0 &&
	      __mlx5_bit_sz(gen_eq_out, status) == 0x8, "gen_eq_out.status");
static_assert(__mlx5_bit_off(gen_eq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(gen_eq_out, syndrome) == 0x20, "gen_eq_out.syndrome");

/* struct mlx5_ifc_enable_hca_out_bits */
static_assert(__mlx5_bit_off(enable_hca_out, status) == 0x0 &&
	      __mlx5_bit_sz(enable_hca_out, status) == 0x8, "enable_hca_out.status");
static_assert(__mlx5_bit_off(enable_hca_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(enable_hca_out, syndrome) == 0x20, "enable_hca_out.syndrome");

/* struct mlx5_ifc_enable_hca_in_bits */
static_assert(__mlx5_bit_off(enable_hca_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(enable_hca_in, opcode) == 0x10, "enable_hca_in.opcode");
static_assert(__mlx5_bit_off(enable_hca_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(enable_hca_in, op_mod) == 0x10, "enable_hca_in.op_mod");
static_assert(__mlx5_bit_off(enable_hca_in, embedded_cpu_function) == 0x40 &&
	      __mlx5_bit_sz(enable_hca_in, embedded_cpu_function) == 0x1, "enable_hca_in.embedded_cpu_function");
static_assert(__mlx5_bit_off(enable_hca_in, function_id) == 0x50 &&
	      __mlx5_bit_sz(enable_hca_in, function_id) == 0x10, "enable_hca_in.function_id");

/* struct mlx5_ifc_drain_dct_out_bits */
static_assert(__mlx5_bit_off(drain_dct_out, status) == 0x0 &&
	      __mlx5_bit_sz(drain_dct_out, status) == 0x8, "drain_dct_out.status");
static_assert(__mlx5_bit_off(drain_dct_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(drain_dct_out, syndrome) == 0x20, "drain_dct_out.syndrome");

/* struct mlx5_ifc_drain_dct_in_bits */
static_assert(__mlx5_bit_off(drain_dct_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(drain_dct_in, opcode) == 0x10, "drain_dct_in.opcode");
static_assert(__mlx5_bit_off(drain_dct_in, uid) == 0x10 &&
	      __mlx5_bit_sz(drain_dct_in, uid) == 0x10, "drain_dct_in.uid");
static_assert(__mlx5_bit_off(drain_dct_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(drain_dct_in, op_mod) == 0x10, "drain_dct_in.op_mod");
static_assert(__mlx5_bit_off(drain_dct_in, dctn) == 0x48 &&
	      __mlx5_bit_sz(drain_dct_in, dctn) == 0x18, "drain_dct_in.dctn");

/* struct mlx5_ifc_disable_hca_out_bits */
static_assert(__mlx5_bit_off(disable_hca_out, status) == 0x0 &&
	      __mlx5_bit_sz(disable_hca_out, status) == 0x8, "disable_hca_out.status");
static_assert(__mlx5_bit_off(disable_hca_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(disable_hca_out, syndrome) == 0x20, "disable_hca_out.syndrome");

/* struct mlx5_ifc_disable_hca_in_bits */
static_assert(__mlx5_bit_off(disable_hca_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(disable_hca_in, opcode) == 0x10, "disable_hca_in.opcode");
static_assert(__mlx5_bit_off(disable_hca_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(disable_hca_in, op_mod) == 0x10, "disable_hca_in.op_mod");
static_assert(__mlx5_bit_off(disable_hca_in, embedded_cpu_function) == 0x40 &&
	      __mlx5_bit_sz(disable_hca_in, embedded_cpu_function) == 0x1, "disable_hca_in.embedded_cpu_function");
static_assert(__mlx5_bit_off(disable_hca_in, function_id) == 0x50 &&
	      __mlx5_bit_sz(disable_hca_in, function_id) == 0x10, "disable_hca_in.function_id");

/* struct mlx5_ifc_detach_from_mcg_out_bits */
static_assert(__mlx5_bit_off(detach_from_mcg_out, status) == 0x0 &&
	      __mlx5_bit_sz(detach_from_mcg_out, status) == 0x8, "detach_from_mcg_out.status");
static_assert(__mlx5_bit_off(detach_from_mcg_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(detach_from_mcg_out, syndrome) == 0x20, "detach_from_mcg_out.syndrome");

/* struct mlx5_ifc_detach_from_mcg_in_bits */
static_assert(__mlx5_bit_off(detach_from_mcg_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(detach_from_mcg_in, opcode) == 0x10, "detach_from_mcg_in.opcode");
static_assert(__mlx5_bit_off(detach_from_mcg_in, uid) == 0x10 &&
	      __mlx5_bit_sz(detach_from_mcg_in, uid) == 0x10, "detach_from_mcg_in.uid");
static_assert(__mlx5_bit_off(detach_from_mcg_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(detach_from_mcg_in, op_mod) == 0x10, "detach_from_mcg_in.op_mod");
static_assert(__mlx5_bit_off(detach_from_mcg_in, qpn) == 0x48 &&
	      __mlx5_bit_sz(detach_from_mcg_in, qpn) == 0x18, "detach_from_mcg_in.qpn");
static_assert(__mlx5_bit_off(detach_from_mcg_in, multicast_gid) == 0x80 &&
	      __mlx5_bit_sz(detach_from_mcg_in, multicast_gid) == 0x80, "detach_from_mcg_in.multicast_gid");

/* struct mlx5_ifc_destroy_xrq_out_bits */
static_assert(__mlx5_bit_off(destroy_xrq_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_xrq_out, status) == 0x8, "destroy_xrq_out.status");
static_assert(__mlx5_bit_off(destroy_xrq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_xrq_out, syndrome) == 0x20, "destroy_xrq_out.syndrome");

/* struct mlx5_ifc_destroy_xrq_in_bits */
static_assert(__mlx5_bit_off(destroy_xrq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_xrq_in, opcode) == 0x10, "destroy_xrq_in.opcode");
static_assert(__mlx5_bit_off(destroy_xrq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(destroy_xrq_in, uid) == 0x10, "destroy_xrq_in.uid");
static_assert(__mlx5_bit_off(destroy_xrq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_xrq_in, op_mod) == 0x10, "destroy_xrq_in.op_mod");
static_assert(__mlx5_bit_off(destroy_xrq_in, xrqn) == 0x48 &&
	      __mlx5_bit_sz(destroy_xrq_in, xrqn) == 0x18, "destroy_xrq_in.xrqn");

/* struct mlx5_ifc_destroy_xrc_srq_out_bits */
static_assert(__mlx5_bit_off(destroy_xrc_srq_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_xrc_srq_out, status) == 0x8, "destroy_xrc_srq_out.status");
static_assert(__mlx5_bit_off(destroy_xrc_srq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_xrc_srq_out, syndrome) == 0x20, "destroy_xrc_srq_out.syndrome");

/* struct mlx5_ifc_destroy_xrc_srq_in_bits */
static_assert(__mlx5_bit_off(destroy_xrc_srq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_xrc_srq_in, opcode) == 0x10, "destroy_xrc_srq_in.opcode");
static_assert(__mlx5_bit_off(destroy_xrc_srq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(destroy_xrc_srq_in, uid) == 0x10, "destroy_xrc_srq_in.uid");
static_assert(__mlx5_bit_off(destroy_xrc_srq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_xrc_srq_in, op_mod) == 0x10, "destroy_xrc_srq_in.op_mod");
static_assert(__mlx5_bit_off(destroy_xrc_srq_in, xrc_srqn) == 0x48 &&
	      __mlx5_bit_sz(destroy_xrc_srq_in, xrc_srqn) == 0x18, "destroy_xrc_srq_in.xrc_srqn");

/* struct mlx5_ifc_destroy_tis_out_bits */
static_assert(__mlx5_bit_off(destroy_tis_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_tis_out, status) == 0x8, "destroy_tis_out.status");
static_assert(__mlx5_bit_off(destroy_tis_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_tis_out, syndrome) == 0x20, "destroy_tis_out.syndrome");

/* struct mlx5_ifc_destroy_tis_in_bits */
static_assert(__mlx5_bit_off(destroy_tis_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_tis_in, opcode) == 0x10, "destroy_tis_in.opcode");
static_assert(__mlx5_bit_off(destroy_tis_in, uid) == 0x10 &&
	      __mlx5_bit_sz(destroy_tis_in, uid) == 0x10, "destroy_tis_in.uid");
static_assert(__mlx5_bit_off(destroy_tis_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_tis_in, op_mod) == 0x10, "destroy_tis_in.op_mod");
static_assert(__mlx5_bit_off(destroy_tis_in, tisn) == 0x48 &&
	      __mlx5_bit_sz(destroy_tis_in, tisn) == 0x18, "destroy_tis_in.tisn");

/* struct mlx5_ifc_destroy_tir_out_bits */
static_assert(__mlx5_bit_off(destroy_tir_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_tir_out, status) == 0x8, "destroy_tir_out.status");
static_assert(__mlx5_bit_off(destroy_tir_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_tir_out, syndrome) == 0x20, "destroy_tir_out.syndrome");

/* struct mlx5_ifc_destroy_tir_in_bits */
static_assert(__mlx5_bit_off(destroy_tir_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_tir_in, opcode) == 0x10, "destroy_tir_in.opcode");
static_assert(__mlx5_bit_off(destroy_tir_in, uid) == 0x10 &&
	      __mlx5_bit_sz(destroy_tir_in, uid) == 0x10, "destroy_tir_in.uid");
static_assert(__mlx5_bit_off(destroy_tir_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_tir_in, op_mod) == 0x10, "destroy_tir_in.op_mod");
static_assert(__mlx5_bit_off(destroy_tir_in, tirn) == 0x48 &&
	      __mlx5_bit_sz(destroy_tir_in, tirn) == 0x18, "destroy_tir_in.tirn");

/* struct mlx5_ifc_destroy_srq_out_bits */
static_assert(__mlx5_bit_off(destroy_srq_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_srq_out, status) == 0x8, "destroy_srq_out.status");
static_assert(__mlx5_bit_off(destroy_srq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_srq_out, syndrome) == 0x20, "destroy_srq_out.syndrome");

/* struct mlx5_ifc_destroy_srq_in_bits */
static_assert(__mlx5_bit_off(destroy_srq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_srq_in, opcode) == 0x10, "destroy_srq_in.opcode");
static_assert(__mlx5_bit_off(destroy_srq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(destroy_srq_in, uid) == 0x10, "destroy_srq_in.uid");
static_assert(__mlx5_bit_off(destroy_srq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_srq_in, op_mod) == 0x10, "destroy_srq_in.op_mod");
static_assert(__mlx5_bit_off(destroy_srq_in, srqn) == 0x48 &&
	      __mlx5_bit_sz(destroy_srq_in, srqn) == 0x18, "destroy_srq_in.srqn");

/* struct mlx5_ifc_destroy_sq_out_bits */
static_assert(__mlx5_bit_off(destroy_sq_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_sq_out, status) == 0x8, "destroy_sq_out.status");
static_assert(__mlx5_bit_off(destroy_sq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_sq_out, syndrome) == 0x20, "destroy_sq_out.syndrome");

/* struct mlx5_ifc_destroy_sq_in_bits */
static_assert(__mlx5_bit_off(destroy_sq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_sq_in, opcode) == 0x10, "destroy_sq_in.opcode");
static_assert(__mlx5_bit_off(destroy_sq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(destroy_sq_in, uid) == 0x10, "destroy_sq_in.uid");
static_assert(__mlx5_bit_off(destroy_sq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_sq_in, op_mod) == 0x10, "destroy_sq_in.op_mod");
static_assert(__mlx5_bit_off(destroy_sq_in, sqn) == 0x48 &&
	      __mlx5_bit_sz(destroy_sq_in, sqn) == 0x18, "destroy_sq_in.sqn");

/* struct mlx5_ifc_destroy_scheduling_element_out_bits */
static_assert(__mlx5_bit_off(destroy_scheduling_element_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_scheduling_element_out, status) == 0x8, "destroy_scheduling_element_out.status");
static_assert(__mlx5_bit_off(destroy_scheduling_element_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_scheduling_element_out, syndrome) == 0x20, "destroy_scheduling_element_out.syndrome");

/* struct mlx5_ifc_destroy_scheduling_element_in_bits */
static_assert(__mlx5_bit_off(destroy_scheduling_element_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_scheduling_element_in, opcode) == 0x10, "destroy_scheduling_element_in.opcode");
static_assert(__mlx5_bit_off(destroy_scheduling_element_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_scheduling_element_in, op_mod) == 0x10, "destroy_scheduling_element_in.op_mod");
static_assert(__mlx5_bit_off(destroy_scheduling_element_in, scheduling_hierarchy) == 0x40 &&
	      __mlx5_bit_sz(destroy_scheduling_element_in, scheduling_hierarchy) == 0x8, "destroy_scheduling_element_in.scheduling_hierarchy");
static_assert(__mlx5_bit_off(destroy_scheduling_element_in, scheduling_element_id) == 0x60 &&
	      __mlx5_bit_sz(destroy_scheduling_element_in, scheduling_element_id) == 0x20, "destroy_scheduling_element_in.scheduling_element_id");

/* struct mlx5_ifc_destroy_rqt_out_bits */
static_assert(__mlx5_bit_off(destroy_rqt_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_rqt_out, status) == 0x8, "destroy_rqt_out.status");
static_assert(__mlx5_bit_off(destroy_rqt_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_rqt_out, syndrome) == 0x20, "destroy_rqt_out.syndrome");

/* struct mlx5_ifc_destroy_rqt_in_bits */
static_assert(__mlx5_bit_off(destroy_rqt_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_rqt_in, opcode) == 0x10, "destroy_rqt_in.opcode");
static_assert(__mlx5_bit_off(destroy_rqt_in, uid) == 0x10 &&
	      __mlx5_bit_sz(destroy_rqt_in, uid) == 0x10, "destroy_rqt_in.uid");
static_assert(__mlx5_bit_off(destroy_rqt_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_rqt_in, op_mod) == 0x10, "destroy_rqt_in.op_mod");
static_assert(__mlx5_bit_off(destroy_rqt_in, rqtn) == 0x48 &&
	      __mlx5_bit_sz(destroy_rqt_in, rqtn) == 0x18, "destroy_rqt_in.rqtn");

/* struct mlx5_ifc_destroy_rq_out_bits */
static_assert(__mlx5_bit_off(destroy_rq_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_rq_out, status) == 0x8, "destroy_rq_out.status");
static_assert(__mlx5_bit_off(destroy_rq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_rq_out, syndrome) == 0x20, "destroy_rq_out.syndrome");

/* struct mlx5_ifc_destroy_rq_in_bits */
static_assert(__mlx5_bit_off(destroy_rq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_rq_in, opcode) == 0x10, "destroy_rq_in.opcode");
static_assert(__mlx5_bit_off(destroy_rq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(destroy_rq_in, uid) == 0x10, "destroy_rq_in.uid");
static_assert(__mlx5_bit_off(destroy_rq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_rq_in, op_mod) == 0x10, "destroy_rq_in.op_mod");
static_assert(__mlx5_bit_off(destroy_rq_in, rqn) == 0x48 &&
	      __mlx5_bit_sz(destroy_rq_in, rqn) == 0x18, "destroy_rq_in.rqn");

/* struct mlx5_ifc_set_delay_drop_params_in_bits */
static_assert(__mlx5_bit_off(set_delay_drop_params_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(set_delay_drop_params_in, opcode) == 0x10, "set_delay_drop_params_in.opcode");
static_assert(__mlx5_bit_off(set_delay_drop_params_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(set_delay_drop_params_in, op_mod) == 0x10, "set_delay_drop_params_in.op_mod");
static_assert(__mlx5_bit_off(set_delay_drop_params_in, delay_drop_timeout) == 0x70 &&
	      __mlx5_bit_sz(set_delay_drop_params_in, delay_drop_timeout) == 0x10, "set_delay_drop_params_in.delay_drop_timeout");

/* struct mlx5_ifc_set_delay_drop_params_out_bits */
static_assert(__mlx5_bit_off(set_delay_drop_params_out, status) == 0x0 &&
	      __mlx5_bit_sz(set_delay_drop_params_out, status) == 0x8, "set_delay_drop_params_out.status");
static_assert(__mlx5_bit_off(set_delay_drop_params_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(set_delay_drop_params_out, syndrome) == 0x20, "set_delay_drop_params_out.syndrome");

/* struct mlx5_ifc_destroy_rmp_out_bits */
static_assert(__mlx5_bit_off(destroy_rmp_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_rmp_out, status) == 0x8, "destroy_rmp_out.status");
static_assert(__mlx5_bit_off(destroy_rmp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_rmp_out, syndrome) == 0x20, "destroy_rmp_out.syndrome");

/* struct mlx5_ifc_destroy_rmp_in_bits */
static_assert(__mlx5_bit_off(destroy_rmp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_rmp_in, opcode) == 0x10, "destroy_rmp_in.opcode");
static_assert(__mlx5_bit_off(destroy_rmp_in, uid) == 0x10 &&
	      __mlx5_bit_sz(destroy_rmp_in, uid) == 0x10, "destroy_rmp_in.uid");
static_assert(__mlx5_bit_off(destroy_rmp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_rmp_in, op_mod) == 0x10, "destroy_rmp_in.op_mod");
static_assert(__mlx5_bit_off(destroy_rmp_in, rmpn) == 0x48 &&
	      __mlx5_bit_sz(destroy_rmp_in, rmpn) == 0x18, "destroy_rmp_in.rmpn");

/* struct mlx5_ifc_destroy_qp_out_bits */
static_assert(__mlx5_bit_off(destroy_qp_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_qp_out, status) == 0x8, "destroy_qp_out.status");
static_assert(__mlx5_bit_off(destroy_qp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_qp_out, syndrome) == 0x20, "destroy_qp_out.syndrome");

/* struct mlx5_ifc_destroy_qp_in_bits */
static_assert(__mlx5_bit_off(destroy_qp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_qp_in, opcode) == 0x10, "destroy_qp_in.opcode");
static_assert(__mlx5_bit_off(destroy_qp_in, uid) == 0x10 &&
	      __mlx5_bit_sz(destroy_qp_in, uid) == 0x10, "destroy_qp_in.uid");
static_assert(__mlx5_bit_off(destroy_qp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_qp_in, op_mod) == 0x10, "destroy_qp_in.op_mod");
static_assert(__mlx5_bit_off(destroy_qp_in, qpn) == 0x48 &&
	      __mlx5_bit_sz(destroy_qp_in, qpn) == 0x18, "destroy_qp_in.qpn");

/* struct mlx5_ifc_destroy_psv_out_bits */
static_assert(__mlx5_bit_off(destroy_psv_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_psv_out, status) == 0x8, "destroy_psv_out.status");
static_assert(__mlx5_bit_off(destroy_psv_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_psv_out, syndrome) == 0x20, "destroy_psv_out.syndrome");

/* struct mlx5_ifc_destroy_psv_in_bits */
static_assert(__mlx5_bit_off(destroy_psv_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_psv_in, opcode) == 0x10, "destroy_psv_in.opcode");
static_assert(__mlx5_bit_off(destroy_psv_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_psv_in, op_mod) == 0x10, "destroy_psv_in.op_mod");
static_assert(__mlx5_bit_off(destroy_psv_in, psvn) == 0x48 &&
	      __mlx5_bit_sz(destroy_psv_in, psvn) == 0x18, "destroy_psv_in.psvn");

/* struct mlx5_ifc_destroy_flow_table_out_bits */
static_assert(__mlx5_bit_off(destroy_flow_table_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_flow_table_out, status) == 0x8, "destroy_flow_table_out.status");
static_assert(__mlx5_bit_off(destroy_flow_table_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_flow_table_out, syndrome) == 0x20, "destroy_flow_table_out.syndrome");

/* struct mlx5_ifc_destroy_flow_table_in_bits */
static_assert(__mlx5_bit_off(destroy_flow_table_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_flow_table_in, opcode) == 0x10, "destroy_flow_table_in.opcode");
static_assert(__mlx5_bit_off(destroy_flow_table_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_flow_table_in, op_mod) == 0x10, "destroy_flow_table_in.op_mod");
static_assert(__mlx5_bit_off(destroy_flow_table_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(destroy_flow_table_in, other_vport) == 0x1, "destroy_flow_table_in.other_vport");
static_assert(__mlx5_bit_off(destroy_flow_table_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(destroy_flow_table_in, vport_number) == 0x10, "destroy_flow_table_in.vport_number");
static_assert(__mlx5_bit_off(destroy_flow_table_in, table_type) == 0x80 &&
	      __mlx5_bit_sz(destroy_flow_table_in, table_type) == 0x8, "destroy_flow_table_in.table_type");
static_assert(__mlx5_bit_off(destroy_flow_table_in, table_id) == 0xa8 &&
	      __mlx5_bit_sz(destroy_flow_table_in, table_id) == 0x18, "destroy_flow_table_in.table_id");

/* struct mlx5_ifc_destroy_flow_group_out_bits */
static_assert(__mlx5_bit_off(destroy_flow_group_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_flow_group_out, status) == 0x8, "destroy_flow_group_out.status");
static_assert(__mlx5_bit_off(destroy_flow_group_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_flow_group_out, syndrome) == 0x20, "destroy_flow_group_out.syndrome");

/* struct mlx5_ifc_destroy_flow_group_in_bits */
static_assert(__mlx5_bit_off(destroy_flow_group_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_flow_group_in, opcode) == 0x10, "destroy_flow_group_in.opcode");
static_assert(__mlx5_bit_off(destroy_flow_group_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_flow_group_in, op_mod) == 0x10, "destroy_flow_group_in.op_mod");
static_assert(__mlx5_bit_off(destroy_flow_group_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(destroy_flow_group_in, other_vport) == 0x1, "destroy_flow_group_in.other_vport");
static_assert(__mlx5_bit_off(destroy_flow_group_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(destroy_flow_group_in, vport_number) == 0x10, "destroy_flow_group_in.vport_number");
static_assert(__mlx5_bit_off(destroy_flow_group_in, table_type) == 0x80 &&
	      __mlx5_bit_sz(destroy_flow_group_in, table_type) == 0x8, "destroy_flow_group_in.table_type");
static_assert(__mlx5_bit_off(destroy_flow_group_in, table_id) == 0xa8 &&
	      __mlx5_bit_sz(destroy_flow_group_in, table_id) == 0x18, "destroy_flow_group_in.table_id");
static_assert(__mlx5_bit_off(destroy_flow_group_in, group_id) == 0xc0 &&
	      __mlx5_bit_sz(destroy_flow_group_in, group_id) == 0x20, "destroy_flow_group_in.group_id");

/* struct mlx5_ifc_destroy_eq_out_bits */
static_assert(__mlx5_bit_off(destroy_eq_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_eq_out, status) == 0x8, "destroy_eq_out.status");
static_assert(__mlx5_bit_off(destroy_eq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_eq_out, syndrome) == 0x20, "destroy_eq_out.syndrome");

/* struct mlx5_ifc_destroy_eq_in_bits */
static_assert(__mlx5_bit_off(destroy_eq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_eq_in, opcode) == 0x10, "destroy_eq_in.opcode");
static_assert(__mlx5_bit_off(destroy_eq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_eq_in, op_mod) == 0x10, "destroy_eq_in.op_mod");
static_assert(__mlx5_bit_off(destroy_eq_in, eq_number) == 0x58 &&
	      __mlx5_bit_sz(destroy_eq_in, eq_number) == 0x8, "destroy_eq_in.eq_number");

/* struct mlx5_ifc_destroy_dct_out_bits */
static_assert(__mlx5_bit_off(destroy_dct_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_dct_out, status) == 0x8, "destroy_dct_out.status");
static_assert(__mlx5_bit_off(destroy_dct_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_dct_out, syndrome) == 0x20, "destroy_dct_out.syndrome");

/* struct mlx5_ifc_destroy_dct_in_bits */
static_assert(__mlx5_bit_off(destroy_dct_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_dct_in, opcode) == 0x10, "destroy_dct_in.opcode");
static_assert(__mlx5_bit_off(destroy_dct_in, uid) == 0x10 &&
	      __mlx5_bit_sz(destroy_dct_in, uid) == 0x10, "destroy_dct_in.uid");
static_assert(__mlx5_bit_off(destroy_dct_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_dct_in, op_mod) == 0x10, "destroy_dct_in.op_mod");
static_assert(__mlx5_bit_off(destroy_dct_in, dctn) == 0x48 &&
	      __mlx5_bit_sz(destroy_dct_in, dctn) == 0x18, "destroy_dct_in.dctn");

/* struct mlx5_ifc_destroy_cq_out_bits */
static_assert(__mlx5_bit_off(destroy_cq_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_cq_out, status) == 0x8, "destroy_cq_out.status");
static_assert(__mlx5_bit_off(destroy_cq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_cq_out, syndrome) == 0x20, "destroy_cq_out.syndrome");

/* struct mlx5_ifc_destroy_cq_in_bits */
static_assert(__mlx5_bit_off(destroy_cq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_cq_in, opcode) == 0x10, "destroy_cq_in.opcode");
static_assert(__mlx5_bit_off(destroy_cq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(destroy_cq_in, uid) == 0x10, "destroy_cq_in.uid");
static_assert(__mlx5_bit_off(destroy_cq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_cq_in, op_mod) == 0x10, "destroy_cq_in.op_mod");
static_assert(__mlx5_bit_off(destroy_cq_in, cqn) == 0x48 &&
	      __mlx5_bit_sz(destroy_cq_in, cqn) == 0x18, "destroy_cq_in.cqn");

/* struct mlx5_ifc_delete_vxlan_udp_dport_out_bits */
static_assert(__mlx5_bit_off(delete_vxlan_udp_dport_out, status) == 0x0 &&
	      __mlx5_bit_sz(delete_vxlan_udp_dport_out, status) == 0x8, "delete_vxlan_udp_dport_out.status");
static_assert(__mlx5_bit_off(delete_vxlan_udp_dport_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(delete_vxlan_udp_dport_out, syndrome) == 0x20, "delete_vxlan_udp_dport_out.syndrome");

/* struct mlx5_ifc_delete_vxlan_udp_dport_in_bits */
static_assert(__mlx5_bit_off(delete_vxlan_udp_dport_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(delete_vxlan_udp_dport_in, opcode) == 0x10, "delete_vxlan_udp_dport_in.opcode");
static_assert(__mlx5_bit_off(delete_vxlan_udp_dport_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(delete_vxlan_udp_dport_in, op_mod) == 0x10, "delete_vxlan_udp_dport_in.op_mod");
static_assert(__mlx5_bit_off(delete_vxlan_udp_dport_in, vxlan_udp_port) == 0x70 &&
	      __mlx5_bit_sz(delete_vxlan_udp_dport_in, vxlan_udp_port) == 0x10, "delete_vxlan_udp_dport_in.vxlan_udp_port");

/* struct mlx5_ifc_delete_l2_table_entry_out_bits */
static_assert(__mlx5_bit_off(delete_l2_table_entry_out, status) == 0x0 &&
	      __mlx5_bit_sz(delete_l2_table_entry_out, status) == 0x8, "delete_l2_table_entry_out.status");
static_assert(__mlx5_bit_off(delete_l2_table_entry_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(delete_l2_table_entry_out, syndrome) == 0x20, "delete_l2_table_entry_out.syndrome");

/* struct mlx5_ifc_delete_l2_table_entry_in_bits */
static_assert(__mlx5_bit_off(delete_l2_table_entry_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(delete_l2_table_entry_in, opcode) == 0x10, "delete_l2_table_entry_in.opcode");
static_assert(__mlx5_bit_off(delete_l2_table_entry_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(delete_l2_table_entry_in, op_mod) == 0x10, "delete_l2_table_entry_in.op_mod");
static_assert(__mlx5_bit_off(delete_l2_table_entry_in, table_index) == 0xa8 &&
	      __mlx5_bit_sz(delete_l2_table_entry_in, table_index) == 0x18, "delete_l2_table_entry_in.table_index");

/* struct mlx5_ifc_delete_fte_out_bits */
static_assert(__mlx5_bit_off(delete_fte_out, status) == 0x0 &&
	      __mlx5_bit_sz(delete_fte_out, status) == 0x8, "delete_fte_out.status");
static_assert(__mlx5_bit_off(delete_fte_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(delete_fte_out, syndrome) == 0x20, "delete_fte_out.syndrome");

/* struct mlx5_ifc_delete_fte_in_bits */
static_assert(__mlx5_bit_off(delete_fte_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(delete_fte_in, opcode) == 0x10, "delete_fte_in.opcode");
static_assert(__mlx5_bit_off(delete_fte_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(delete_fte_in, op_mod) == 0x10, "delete_fte_in.op_mod");
static_assert(__mlx5_bit_off(delete_fte_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(delete_fte_in, other_vport) == 0x1, "delete_fte_in.other_vport");
static_assert(__mlx5_bit_off(delete_fte_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(delete_fte_in, vport_number) == 0x10, "delete_fte_in.vport_number");
static_assert(__mlx5_bit_off(delete_fte_in, table_type) == 0x80 &&
	      __mlx5_bit_sz(delete_fte_in, table_type) == 0x8, "delete_fte_in.table_type");
static_assert(__mlx5_bit_off(delete_fte_in, table_id) == 0xa8 &&
	      __mlx5_bit_sz(delete_fte_in, table_id) == 0x18, "delete_fte_in.table_id");
static_assert(__mlx5_bit_off(delete_fte_in, flow_index) == 0x100 &&
	      __mlx5_bit_sz(delete_fte_in, flow_index) == 0x20, "delete_fte_in.flow_index");

/* struct mlx5_ifc_dealloc_xrcd_out_bits */
static_assert(__mlx5_bit_off(dealloc_xrcd_out, status) == 0x0 &&
	      __mlx5_bit_sz(dealloc_xrcd_out, status) == 0x8, "dealloc_xrcd_out.status");
static_assert(__mlx5_bit_off(dealloc_xrcd_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(dealloc_xrcd_out, syndrome) == 0x20, "dealloc_xrcd_out.syndrome");

/* struct mlx5_ifc_dealloc_xrcd_in_bits */
static_assert(__mlx5_bit_off(dealloc_xrcd_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(dealloc_xrcd_in, opcode) == 0x10, "dealloc_xrcd_in.opcode");
static_assert(__mlx5_bit_off(dealloc_xrcd_in, uid) == 0x10 &&
	      __mlx5_bit_sz(dealloc_xrcd_in, uid) == 0x10, "dealloc_xrcd_in.uid");
static_assert(__mlx5_bit_off(dealloc_xrcd_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(dealloc_xrcd_in, op_mod) == 0x10, "dealloc_xrcd_in.op_mod");
static_assert(__mlx5_bit_off(dealloc_xrcd_in, xrcd) == 0x48 &&
	      __mlx5_bit_sz(dealloc_xrcd_in, xrcd) == 0x18, "dealloc_xrcd_in.xrcd");

/* struct mlx5_ifc_dealloc_uar_out_bits */
static_assert(__mlx5_bit_off(dealloc_uar_out, status) == 0x0 &&
	      __mlx5_bit_sz(dealloc_uar_out, status) == 0x8, "dealloc_uar_out.status");
static_assert(__mlx5_bit_off(dealloc_uar_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(dealloc_uar_out, syndrome) == 0x20, "dealloc_uar_out.syndrome");

/* struct mlx5_ifc_dealloc_uar_in_bits */
static_assert(__mlx5_bit_off(dealloc_uar_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(dealloc_uar_in, opcode) == 0x10, "dealloc_uar_in.opcode");
static_assert(__mlx5_bit_off(dealloc_uar_in, uid) == 0x10 &&
	      __mlx5_bit_sz(dealloc_uar_in, uid) == 0x10, "dealloc_uar_in.uid");
static_assert(__mlx5_bit_off(dealloc_uar_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(dealloc_uar_in, op_mod) == 0x10, "dealloc_uar_in.op_mod");
static_assert(__mlx5_bit_off(dealloc_uar_in, uar) == 0x48 &&
	      __mlx5_bit_sz(dealloc_uar_in, uar) == 0x18, "dealloc_uar_in.uar");

/* struct mlx5_ifc_dealloc_transport_domain_out_bits */
static_assert(__mlx5_bit_off(dealloc_transport_domain_out, status) == 0x0 &&
	      __mlx5_bit_sz(dealloc_transport_domain_out, status) == 0x8, "dealloc_transport_domain_out.status");
static_assert(__mlx5_bit_off(dealloc_transport_domain_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(dealloc_transport_domain_out, syndrome) == 0x20, "dealloc_transport_domain_out.syndrome");

/* struct mlx5_ifc_dealloc_transport_domain_in_bits */
static_assert(__mlx5_bit_off(dealloc_transport_domain_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(dealloc_transport_domain_in, opcode) == 0x10, "dealloc_transport_domain_in.opcode");
static_assert(__mlx5_bit_off(dealloc_transport_domain_in, uid) == 0x10 &&
	      __mlx5_bit_sz(dealloc_transport_domain_in, uid) == 0x10, "dealloc_transport_domain_in.uid");
static_assert(__mlx5_bit_off(dealloc_transport_domain_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(dealloc_transport_domain_in, op_mod) == 0x10, "dealloc_transport_domain_in.op_mod");
static_assert(__mlx5_bit_off(dealloc_transport_domain_in, transport_domain) == 0x48 &&
	      __mlx5_bit_sz(dealloc_transport_domain_in, transport_domain) == 0x18, "dealloc_transport_domain_in.transport_domain");

/* struct mlx5_ifc_dealloc_q_counter_out_bits */
static_assert(__mlx5_bit_off(dealloc_q_counter_out, status) == 0x0 &&
	      __mlx5_bit_sz(dealloc_q_counter_out, status) == 0x8, "dealloc_q_counter_out.status");
static_assert(__mlx5_bit_off(dealloc_q_counter_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(dealloc_q_counter_out, syndrome) == 0x20, "dealloc_q_counter_out.syndrome");

/* struct mlx5_ifc_dealloc_q_counter_in_bits */
static_assert(__mlx5_bit_off(dealloc_q_counter_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(dealloc_q_counter_in, opcode) == 0x10, "dealloc_q_counter_in.opcode");
static_assert(__mlx5_bit_off(dealloc_q_counter_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(dealloc_q_counter_in, op_mod) == 0x10, "dealloc_q_counter_in.op_mod");
static_assert(__mlx5_bit_off(dealloc_q_counter_in, counter_set_id) == 0x58 &&
	      __mlx5_bit_sz(dealloc_q_counter_in, counter_set_id) == 0x8, "dealloc_q_counter_in.counter_set_id");

/* struct mlx5_ifc_dealloc_flow_counter_out_bits */
static_assert(__mlx5_bit_off(dealloc_flow_counter_out, status) == 0x0 &&
	      __mlx5_bit_sz(dealloc_flow_counter_out, status) == 0x8, "dealloc_flow_counter_out.status");
static_assert(__mlx5_bit_off(dealloc_flow_counter_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(dealloc_flow_counter_out, syndrome) == 0x20, "dealloc_flow_counter_out.syndrome");

/* struct mlx5_ifc_dealloc_flow_counter_in_bits */
static_assert(__mlx5_bit_off(dealloc_flow_counter_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(dealloc_flow_counter_in, opcode) == 0x10, "dealloc_flow_counter_in.opcode");
static_assert(__mlx5_bit_off(dealloc_flow_counter_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(dealloc_flow_counter_in, op_mod) == 0x10, "dealloc_flow_counter_in.op_mod");
static_assert(__mlx5_bit_off(dealloc_flow_counter_in, flow_counter_id) == 0x40 &&
	      __mlx5_bit_sz(dealloc_flow_counter_in, flow_counter_id) == 0x20, "dealloc_flow_counter_in.flow_counter_id");

/* struct mlx5_ifc_create_xrq_out_bits */
static_assert(__mlx5_bit_off(create_xrq_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_xrq_out, status) == 0x8, "create_xrq_out.status");
static_assert(__mlx5_bit_off(create_xrq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_xrq_out, syndrome) == 0x20, "create_xrq_out.syndrome");
static_assert(__mlx5_bit_off(create_xrq_out, xrqn) == 0x48 &&
	      __mlx5_bit_sz(create_xrq_out, xrqn) == 0x18, "create_xrq_out.xrqn");

/* struct mlx5_ifc_create_xrq_in_bits */
static_assert(__mlx5_bit_off(create_xrq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_xrq_in, opcode) == 0x10, "create_xrq_in.opcode");
static_assert(__mlx5_bit_off(create_xrq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_xrq_in, uid) == 0x10, "create_xrq_in.uid");
static_assert(__mlx5_bit_off(create_xrq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_xrq_in, op_mod) == 0x10, "create_xrq_in.op_mod");
static_assert(__mlx5_bit_off(create_xrq_in, xrq_context) == 0x80 &&
	      __mlx5_bit_sz(create_xrq_in, xrq_context) == 0xa00, "create_xrq_in.xrq_context");

/* struct mlx5_ifc_create_xrc_srq_out_bits */
static_assert(__mlx5_bit_off(create_xrc_srq_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_xrc_srq_out, status) == 0x8, "create_xrc_srq_out.status");
static_assert(__mlx5_bit_off(create_xrc_srq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_xrc_srq_out, syndrome) == 0x20, "create_xrc_srq_out.syndrome");
static_assert(__mlx5_bit_off(create_xrc_srq_out, xrc_srqn) == 0x48 &&
	      __mlx5_bit_sz(create_xrc_srq_out, xrc_srqn) == 0x18, "create_xrc_srq_out.xrc_srqn");

/* struct mlx5_ifc_create_xrc_srq_in_bits */
static_assert(__mlx5_bit_off(create_xrc_srq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_xrc_srq_in, opcode) == 0x10, "create_xrc_srq_in.opcode");
static_assert(__mlx5_bit_off(create_xrc_srq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_xrc_srq_in, uid) == 0x10, "create_xrc_srq_in.uid");
static_assert(__mlx5_bit_off(create_xrc_srq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_xrc_srq_in, op_mod) == 0x10, "create_xrc_srq_in.op_mod");
static_assert(__mlx5_bit_off(create_xrc_srq_in, xrc_srq_context_entry) == 0x80 &&
	      __mlx5_bit_sz(create_xrc_srq_in, xrc_srq_context_entry) == 0x200, "create_xrc_srq_in.xrc_srq_context_entry");
static_assert(__mlx5_bit_off(create_xrc_srq_in, xrc_srq_umem_valid) == 0x2e0 &&
	      __mlx5_bit_sz(create_xrc_srq_in, xrc_srq_umem_valid) == 0x1, "create_xrc_srq_in.xrc_srq_umem_valid");
static_assert(__mlx5_bit_off(create_xrc_srq_in, pas) == 0x880, "create_xrc_srq_in.pas");

/* struct mlx5_ifc_create_tis_out_bits */
static_assert(__mlx5_bit_off(create_tis_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_tis_out, status) == 0x8, "create_tis_out.status");
static_assert(__mlx5_bit_off(create_tis_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_tis_out, syndrome) == 0x20, "create_tis_out.syndrome");
static_assert(__mlx5_bit_off(create_tis_out, tisn) == 0x48 &&
	      __mlx5_bit_sz(create_tis_out, tisn) == 0x18, "create_tis_out.tisn");

/* struct mlx5_ifc_create_tis_in_bits */
static_assert(__mlx5_bit_off(create_tis_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_tis_in, opcode) == 0x10, "create_tis_in.opcode");
static_assert(__mlx5_bit_off(create_tis_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_tis_in, uid) == 0x10, "create_tis_in.uid");
static_assert(__mlx5_bit_off(create_tis_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_tis_in, op_mod) == 0x10, "create_tis_in.op_mod");
static_assert(__mlx5_bit_off(create_tis_in, ctx) == 0x100 &&
	      __mlx5_bit_sz(create_tis_in, ctx) == 0x500, "create_tis_in.ctx");

/* struct mlx5_ifc_create_tir_out_bits */
static_assert(__mlx5_bit_off(create_tir_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_tir_out, status) == 0x8, "create_tir_out.status");
static_assert(__mlx5_bit_off(create_tir_out, icm_address_63_40) == 0x8 &&
	      __mlx5_bit_sz(create_tir_out, icm_address_63_40) == 0x18, "create_tir_out.icm_address_63_40");
static_assert(__mlx5_bit_off(create_tir_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_tir_out, syndrome) == 0x20, "create_tir_out.syndrome");
static_assert(__mlx5_bit_off(create_tir_out, icm_address_39_32) == 0x40 &&
	      __mlx5_bit_sz(create_tir_out, icm_address_39_32) == 0x8, "create_tir_out.icm_address_39_32");
static_assert(__mlx5_bit_off(create_tir_out, tirn) == 0x48 &&
	      __mlx5_bit_sz(create_tir_out, tirn) == 0x18, "create_tir_out.tirn");
static_assert(__mlx5_bit_off(create_tir_out, icm_address_31_0) == 0x60 &&
	      __mlx5_bit_sz(create_tir_out, icm_address_31_0) == 0x20, "create_tir_out.icm_address_31_0");

/* struct mlx5_ifc_create_tir_in_bits */
static_assert(__mlx5_bit_off(create_tir_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_tir_in, opcode) == 0x10, "create_tir_in.opcode");
static_assert(__mlx5_bit_off(create_tir_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_tir_in, uid) == 0x10, "create_tir_in.uid");
static_assert(__mlx5_bit_off(create_tir_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_tir_in, op_mod) == 0x10, "create_tir_in.op_mod");
static_assert(__mlx5_bit_off(create_tir_in, ctx) == 0x100 &&
	      __mlx5_bit_sz(create_tir_in, ctx) == 0x780, "create_tir_in.ctx");

/* struct mlx5_ifc_create_srq_out_bits */
static_assert(__mlx5_bit_off(create_srq_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_srq_out, status) == 0x8, "create_srq_out.status");
static_assert(__mlx5_bit_off(create_srq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_srq_out, syndrome) == 0x20, "create_srq_out.syndrome");
static_assert(__mlx5_bit_off(create_srq_out, srqn) == 0x48 &&
	      __mlx5_bit_sz(create_srq_out, srqn) == 0x18, "create_srq_out.srqn");

/* struct mlx5_ifc_create_srq_in_bits */
static_assert(__mlx5_bit_off(create_srq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_srq_in, opcode) == 0x10, "create_srq_in.opcode");
static_assert(__mlx5_bit_off(create_srq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_srq_in, uid) == 0x10, "create_srq_in.uid");
static_assert(__mlx5_bit_off(create_srq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_srq_in, op_mod) == 0x10, "create_srq_in.op_mod");
static_assert(__mlx5_bit_off(create_srq_in, srq_context_entry) == 0x80 &&
	      __mlx5_bit_sz(create_srq_in, srq_context_entry) == 0x200, "create_srq_in.srq_context_entry");
static_assert(__mlx5_bit_off(create_srq_in, pas) == 0x880, "create_srq_in.pas");

/* struct mlx5_ifc_create_sq_out_bits */
static_assert(__mlx5_bit_off(create_sq_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_sq_out, status) == 0x8, "create_sq_out.status");
static_assert(__mlx5_bit_off(create_sq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_sq_out, syndrome) == 0x20, "create_sq_out.syndrome");
static_assert(__mlx5_bit_off(create_sq_out, sqn) == 0x48 &&
	      __mlx5_bit_sz(create_sq_out, sqn) == 0x18, "create_sq_out.sqn");

/* struct mlx5_ifc_create_sq_in_bits */
static_assert(__mlx5_bit_off(create_sq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_sq_in, opcode) == 0x10, "create_sq_in.opcode");
static_assert(__mlx5_bit_off(create_sq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_sq_in, uid) == 0x10, "create_sq_in.uid");
static_assert(__mlx5_bit_off(create_sq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_sq_in, op_mod) == 0x10, "create_sq_in.op_mod");
static_assert(__mlx5_bit_off(create_sq_in, ctx) == 0x100 &&
	      __mlx5_bit_sz(create_sq_in, ctx) == 0x780, "create_sq_in.ctx");

/* struct mlx5_ifc_create_scheduling_element_out_bits */
static_assert(__mlx5_bit_off(create_scheduling_element_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_scheduling_element_out, status) == 0x8, "create_scheduling_element_out.status");
static_assert(__mlx5_bit_off(create_scheduling_element_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_scheduling_element_out, syndrome) == 0x20, "create_scheduling_element_out.syndrome");
static_assert(__mlx5_bit_off(create_scheduling_element_out, scheduling_element_id) == 0x80 &&
	      __mlx5_bit_sz(create_scheduling_element_out, scheduling_element_id) == 0x20, "create_scheduling_element_out.scheduling_element_id");

/* struct mlx5_ifc_create_scheduling_element_in_bits */
static_assert(__mlx5_bit_off(create_scheduling_element_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_scheduling_element_in, opcode) == 0x10, "create_scheduling_element_in.opcode");
static_assert(__mlx5_bit_off(create_scheduling_element_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_scheduling_element_in, op_mod) == 0x10, "create_scheduling_element_in.op_mod");
static_assert(__mlx5_bit_off(create_scheduling_element_in, scheduling_hierarchy) == 0x40 &&
	      __mlx5_bit_sz(create_scheduling_element_in, scheduling_hierarchy) == 0x8, "create_scheduling_element_in.scheduling_hierarchy");
static_assert(__mlx5_bit_off(create_scheduling_element_in, scheduling_context) == 0x100 &&
	      __mlx5_bit_sz(create_scheduling_element_in, scheduling_context) == 0x200, "create_scheduling_element_in.scheduling_context");

/* struct mlx5_ifc_create_rqt_out_bits */
static_assert(__mlx5_bit_off(create_rqt_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_rqt_out, status) == 0x8, "create_rqt_out.status");
static_assert(__mlx5_bit_off(create_rqt_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_rqt_out, syndrome) == 0x20, "create_rqt_out.syndrome");
static_assert(__mlx5_bit_off(create_rqt_out, rqtn) == 0x48 &&
	      __mlx5_bit_sz(create_rqt_out, rqtn) == 0x18, "create_rqt_out.rqtn");

/* struct mlx5_ifc_create_rqt_in_bits */
static_assert(__mlx5_bit_off(create_rqt_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_rqt_in, opcode) == 0x10, "create_rqt_in.opcode");
static_assert(__mlx5_bit_off(create_rqt_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_rqt_in, uid) == 0x10, "create_rqt_in.uid");
static_assert(__mlx5_bit_off(create_rqt_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_rqt_in, op_mod) == 0x10, "create_rqt_in.op_mod");
static_assert(__mlx5_bit_off(create_rqt_in, rqt_context) == 0x100 &&
	      __mlx5_bit_sz(create_rqt_in, rqt_context) == 0x780, "create_rqt_in.rqt_context");

/* struct mlx5_ifc_create_rq_out_bits */
static_assert(__mlx5_bit_off(create_rq_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_rq_out, status) == 0x8, "create_rq_out.status");
static_assert(__mlx5_bit_off(create_rq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_rq_out, syndrome) == 0x20, "create_rq_out.syndrome");
static_assert(__mlx5_bit_off(create_rq_out, rqn) == 0x48 &&
	      __mlx5_bit_sz(create_rq_out, rqn) == 0x18, "create_rq_out.rqn");

/* struct mlx5_ifc_create_rq_in_bits */
static_assert(__mlx5_bit_off(create_rq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_rq_in, opcode) == 0x10, "create_rq_in.opcode");
static_assert(__mlx5_bit_off(create_rq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_rq_in, uid) == 0x10, "create_rq_in.uid");
static_assert(__mlx5_bit_off(create_rq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_rq_in, op_mod) == 0x10, "create_rq_in.op_mod");
static_assert(__mlx5_bit_off(create_rq_in, ctx) == 0x100 &&
	      __mlx5_bit_sz(create_rq_in, ctx) == 0x780, "create_rq_in.ctx");

/* struct mlx5_ifc_create_rmp_out_bits */
static_assert(__mlx5_bit_off(create_rmp_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_rmp_out, status) == 0x8, "create_rmp_out.status");
static_assert(__mlx5_bit_off(create_rmp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_rmp_out, syndrome) == 0x20, "create_rmp_out.syndrome");
static_assert(__mlx5_bit_off(create_rmp_out, rmpn) == 0x48 &&
	      __mlx5_bit_sz(create_rmp_out, rmpn) == 0x18, "create_rmp_out.rmpn");

/* struct mlx5_ifc_create_rmp_in_bits */
static_assert(__mlx5_bit_off(create_rmp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_rmp_in, opcode) == 0x10, "create_rmp_in.opcode");
static_assert(__mlx5_bit_off(create_rmp_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_rmp_in, uid) == 0x10, "create_rmp_in.uid");
static_assert(__mlx5_bit_off(create_rmp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_rmp_in, op_mod) == 0x10, "create_rmp_in.op_mod");
static_assert(__mlx5_bit_off(create_rmp_in, ctx) == 0x100 &&
	      __mlx5_bit_sz(create_rmp_in, ctx) == 0x780, "create_rmp_in.ctx");

/* struct mlx5_ifc_create_qp_out_bits */
static_assert(__mlx5_bit_off(create_qp_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_qp_out, status) == 0x8, "create_qp_out.status");
static_assert(__mlx5_bit_off(create_qp_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_qp_out, syndrome) == 0x20, "create_qp_out.syndrome");
static_assert(__mlx5_bit_off(create_qp_out, qpn) == 0x48 &&
	      __mlx5_bit_sz(create_qp_out, qpn) == 0x18, "create_qp_out.qpn");
static_assert(__mlx5_bit_off(create_qp_out, ece) == 0x60 &&
	      __mlx5_bit_sz(create_qp_out, ece) == 0x20, "create_qp_out.ece");

/* struct mlx5_ifc_create_qp_in_bits */
static_assert(__mlx5_bit_off(create_qp_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_qp_in, opcode) == 0x10, "create_qp_in.opcode");
static_assert(__mlx5_bit_off(create_qp_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_qp_in, uid) == 0x10, "create_qp_in.uid");
static_assert(__mlx5_bit_off(create_qp_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_qp_in, op_mod) == 0x10, "create_qp_in.op_mod");
static_assert(__mlx5_bit_off(create_qp_in, input_qpn) == 0x48 &&
	      __mlx5_bit_sz(create_qp_in, input_qpn) == 0x18, "create_qp_in.input_qpn");
static_assert(__mlx5_bit_off(create_qp_in, opt_param_mask) == 0x80 &&
	      __mlx5_bit_sz(create_qp_in, opt_param_mask) == 0x20, "create_qp_in.opt_param_mask");
static_assert(__mlx5_bit_off(create_qp_in, ece) == 0xa0 &&
	      __mlx5_bit_sz(create_qp_in, ece) == 0x20, "create_qp_in.ece");
static_assert(__mlx5_bit_off(create_qp_in, qpc) == 0xc0 &&
	      __mlx5_bit_sz(create_qp_in, qpc) == 0x740, "create_qp_in.qpc");
static_assert(__mlx5_bit_off(create_qp_in, wq_umem_valid) == 0x860 &&
	      __mlx5_bit_sz(create_qp_in, wq_umem_valid) == 0x1, "create_qp_in.wq_umem_valid");
static_assert(__mlx5_bit_off(create_qp_in, pas) == 0x880, "create_qp_in.pas");

/* struct mlx5_ifc_create_psv_out_bits */
static_assert(__mlx5_bit_off(create_psv_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_psv_out, status) == 0x8, "create_psv_out.status");
static_assert(__mlx5_bit_off(create_psv_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_psv_out, syndrome) == 0x20, "create_psv_out.syndrome");
static_assert(__mlx5_bit_off(create_psv_out, psv0_index) == 0x88 &&
	      __mlx5_bit_sz(create_psv_out, psv0_index) == 0x18, "create_psv_out.psv0_index");
static_assert(__mlx5_bit_off(create_psv_out, psv1_index) == 0xa8 &&
	      __mlx5_bit_sz(create_psv_out, psv1_index) == 0x18, "create_psv_out.psv1_index");
static_assert(__mlx5_bit_off(create_psv_out, psv2_index) == 0xc8 &&
	      __mlx5_bit_sz(create_psv_out, psv2_index) == 0x18, "create_psv_out.psv2_index");
static_assert(__mlx5_bit_off(create_psv_out, psv3_index) == 0xe8 &&
	      __mlx5_bit_sz(create_psv_out, psv3_index) == 0x18, "create_psv_out.psv3_index");

/* struct mlx5_ifc_create_psv_in_bits */
static_assert(__mlx5_bit_off(create_psv_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_psv_in, opcode) == 0x10, "create_psv_in.opcode");
static_assert(__mlx5_bit_off(create_psv_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_psv_in, op_mod) == 0x10, "create_psv_in.op_mod");
static_assert(__mlx5_bit_off(create_psv_in, num_psv) == 0x40 &&
	      __mlx5_bit_sz(create_psv_in, num_psv) == 0x4, "create_psv_in.num_psv");
static_assert(__mlx5_bit_off(create_psv_in, pd) == 0x48 &&
	      __mlx5_bit_sz(create_psv_in, pd) == 0x18, "create_psv_in.pd");

/* struct mlx5_ifc_create_flow_table_out_bits */
static_assert(__mlx5_bit_off(create_flow_table_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_flow_table_out, status) == 0x8, "create_flow_table_out.status");
static_assert(__mlx5_bit_off(create_flow_table_out, icm_address_63_40) == 0x8 &&
	      __mlx5_bit_sz(create_flow_table_out, icm_address_63_40) == 0x18, "create_flow_table_out.icm_address_63_40");
static_assert(__mlx5_bit_off(create_flow_table_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_flow_table_out, syndrome) == 0x20, "create_flow_table_out.syndrome");
static_assert(__mlx5_bit_off(create_flow_table_out, icm_address_39_32) == 0x40 &&
	      __mlx5_bit_sz(create_flow_table_out, icm_address_39_32) == 0x8, "create_flow_table_out.icm_address_39_32");
static_assert(__mlx5_bit_off(create_flow_table_out, table_id) == 0x48 &&
	      __mlx5_bit_sz(create_flow_table_out, table_id) == 0x18, "create_flow_table_out.table_id");
static_assert(__mlx5_bit_off(create_flow_table_out, icm_address_31_0) == 0x60 &&
	      __mlx5_bit_sz(create_flow_table_out, icm_address_31_0) == 0x20, "create_flow_table_out.icm_address_31_0");

/* struct mlx5_ifc_create_flow_table_in_bits */
static_assert(__mlx5_bit_off(create_flow_table_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_flow_table_in, opcode) == 0x10, "create_flow_table_in.opcode");
static_assert(__mlx5_bit_off(create_flow_table_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_flow_table_in, uid) == 0x10, "create_flow_table_in.uid");
static_assert(__mlx5_bit_off(create_flow_table_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_flow_table_in, op_mod) == 0x10, "create_flow_table_in.op_mod");
static_assert(__mlx5_bit_off(create_flow_table_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(create_flow_table_in, other_vport) == 0x1, "create_flow_table_in.other_vport");
static_assert(__mlx5_bit_off(create_flow_table_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(create_flow_table_in, vport_number) == 0x10, "create_flow_table_in.vport_number");
static_assert(__mlx5_bit_off(create_flow_table_in, table_type) == 0x80 &&
	      __mlx5_bit_sz(create_flow_table_in, table_type) == 0x8, "create_flow_table_in.table_type");
static_assert(__mlx5_bit_off(create_flow_table_in, flow_table_context) == 0xc0 &&
	      __mlx5_bit_sz(create_flow_table_in, flow_table_context) == 0x140, "create_flow_table_in.flow_table_context");

/* struct mlx5_ifc_create_flow_group_out_bits */
static_assert(__mlx5_bit_off(create_flow_group_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_flow_group_out, status) == 0x8, "create_flow_group_out.status");
static_assert(__mlx5_bit_off(create_flow_group_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_flow_group_out, syndrome) == 0x20, "create_flow_group_out.syndrome");
static_assert(__mlx5_bit_off(create_flow_group_out, group_id) == 0x48 &&
	      __mlx5_bit_sz(create_flow_group_out, group_id) == 0x18, "create_flow_group_out.group_id");

/* struct mlx5_ifc_create_flow_group_in_bits */
static_assert(__mlx5_bit_off(create_flow_group_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_flow_group_in, opcode) == 0x10, "create_flow_group_in.opcode");
static_assert(__mlx5_bit_off(create_flow_group_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_flow_group_in, op_mod) == 0x10, "create_flow_group_in.op_mod");
static_assert(__mlx5_bit_off(create_flow_group_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(create_flow_group_in, other_vport) == 0x1, "create_flow_group_in.other_vport");
static_assert(__mlx5_bit_off(create_flow_group_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(create_flow_group_in, vport_number) == 0x10, "create_flow_group_in.vport_number");
static_assert(__mlx5_bit_off(create_flow_group_in, table_type) == 0x80 &&
	      __mlx5_bit_sz(create_flow_group_in, table_type) == 0x8, "create_flow_group_in.table_type");
static_assert(__mlx5_bit_off(create_flow_group_in, group_type) == 0x8c &&
	      __mlx5_bit_sz(create_flow_group_in, group_type) == 0x4, "create_flow_group_in.group_type");
static_assert(__mlx5_bit_off(create_flow_group_in, table_id) == 0xa8 &&
	      __mlx5_bit_sz(create_flow_group_in, table_id) == 0x18, "create_flow_group_in.table_id");
static_assert(__mlx5_bit_off(create_flow_group_in, source_eswitch_owner_vhca_id_valid) == 0xc0 &&
	      __mlx5_bit_sz(create_flow_group_in, source_eswitch_owner_vhca_id_valid) == 0x1, "create_flow_group_in.source_eswitch_owner_vhca_id_valid");
static_assert(__mlx5_bit_off(create_flow_group_in, start_flow_index) == 0xe0 &&
	      __mlx5_bit_sz(create_flow_group_in, start_flow_index) == 0x20, "create_flow_group_in.start_flow_index");
static_assert(__mlx5_bit_off(create_flow_group_in, end_flow_index) == 0x120 &&
	      __mlx5_bit_sz(create_flow_group_in, end_flow_index) == 0x20, "create_flow_group_in.end_flow_index");
static_assert(__mlx5_bit_off(create_flow_group_in, match_definer_id) == 0x150 &&
	      __mlx5_bit_sz(create_flow_group_in, match_definer_id) == 0x10, "create_flow_group_in.match_definer_id");
static_assert(__mlx5_bit_off(create_flow_group_in, match_criteria_enable) == 0x1f8 &&
	      __mlx5_bit_sz(create_flow_group_in, match_criteria_enable) == 0x8, "create_flow_group_in.match_criteria_enable");
static_assert(__mlx5_bit_off(create_flow_group_in, match_criteria) == 0x200 &&
	      __mlx5_bit_sz(create_flow_group_in, match_criteria) == 0x1000, "create_flow_group_in.match_criteria");

/* struct mlx5_ifc_create_eq_out_bits */
static_assert(__mlx5_bit_off(create_eq_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_eq_out, status) == 0x8, "create_eq_out.status");
static_assert(__mlx5_bit_off(create_eq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_eq_out, syndrome) == 0x20, "create_eq_out.syndrome");
static_assert(__mlx5_bit_off(create_eq_out, eq_number) == 0x58 &&
	      __mlx5_bit_sz(create_eq_out, eq_number) == 0x8, "create_eq_out.eq_number");

/* struct mlx5_ifc_create_eq_in_bits */
static_assert(__mlx5_bit_off(create_eq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_eq_in, opcode) == 0x10, "create_eq_in.opcode");
static_assert(__mlx5_bit_off(create_eq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_eq_in, uid) == 0x10, "create_eq_in.uid");
static_assert(__mlx5_bit_off(create_eq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_eq_in, op_mod) == 0x10, "create_eq_in.op_mod");
static_assert(__mlx5_bit_off(create_eq_in, eq_context_entry) == 0x80 &&
	      __mlx5_bit_sz(create_eq_in, eq_context_entry) == 0x200, "create_eq_in.eq_context_entry");
static_assert(__mlx5_bit_off(create_eq_in, event_bitmask) == 0x2c0 &&
	      __mlx5_bit_sz(create_eq_in, event_bitmask) == 0x100, "create_eq_in.event_bitmask");
static_assert(__mlx5_bit_off(create_eq_in, pas) == 0x880, "create_eq_in.pas");

/* struct mlx5_ifc_create_dct_out_bits */
static_assert(__mlx5_bit_off(create_dct_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_dct_out, status) == 0x8, "create_dct_out.status");
static_assert(__mlx5_bit_off(create_dct_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_dct_out, syndrome) == 0x20, "create_dct_out.syndrome");
static_assert(__mlx5_bit_off(create_dct_out, dctn) == 0x48 &&
	      __mlx5_bit_sz(create_dct_out, dctn) == 0x18, "create_dct_out.dctn");
static_assert(__mlx5_bit_off(create_dct_out, ece) == 0x60 &&
	      __mlx5_bit_sz(create_dct_out, ece) == 0x20, "create_dct_out.ece");

/* struct mlx5_ifc_create_dct_in_bits */
static_assert(__mlx5_bit_off(create_dct_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_dct_in, opcode) == 0x10, "create_dct_in.opcode");
static_assert(__mlx5_bit_off(create_dct_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_dct_in, uid) == 0x10, "create_dct_in.uid");
static_assert(__mlx5_bit_off(create_dct_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_dct_in, op_mod) == 0x10, "create_dct_in.op_mod");
static_assert(__mlx5_bit_off(create_dct_in, dct_context_entry) == 0x80 &&
	      __mlx5_bit_sz(create_dct_in, dct_context_entry) == 0x200, "create_dct_in.dct_context_entry");

/* struct mlx5_ifc_create_cq_out_bits */
static_assert(__mlx5_bit_off(create_cq_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_cq_out, status) == 0x8, "create_cq_out.status");
static_assert(__mlx5_bit_off(create_cq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_cq_out, syndrome) == 0x20, "create_cq_out.syndrome");
static_assert(__mlx5_bit_off(create_cq_out, cqn) == 0x48 &&
	      __mlx5_bit_sz(create_cq_out, cqn) == 0x18, "create_cq_out.cqn");

/* struct mlx5_ifc_create_cq_in_bits */
static_assert(__mlx5_bit_off(create_cq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_cq_in, opcode) == 0x10, "create_cq_in.opcode");
static_assert(__mlx5_bit_off(create_cq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_cq_in, uid) == 0x10, "create_cq_in.uid");
static_assert(__mlx5_bit_off(create_cq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_cq_in, op_mod) == 0x10, "create_cq_in.op_mod");
static_assert(__mlx5_bit_off(create_cq_in, cq_context) == 0x80 &&
	      __mlx5_bit_sz(create_cq_in, cq_context) == 0x200, "create_cq_in.cq_context");
static_assert(__mlx5_bit_off(create_cq_in, cq_umem_valid) == 0x2e0 &&
	      __mlx5_bit_sz(create_cq_in, cq_umem_valid) == 0x1, "create_cq_in.cq_umem_valid");
static_assert(__mlx5_bit_off(create_cq_in, pas) == 0x880, "create_cq_in.pas");

/* struct mlx5_ifc_config_int_moderation_out_bits */
static_assert(__mlx5_bit_off(config_int_moderation_out, status) == 0x0 &&
	      __mlx5_bit_sz(config_int_moderation_out, status) == 0x8, "config_int_moderation_out.status");
static_assert(__mlx5_bit_off(config_int_moderation_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(config_int_moderation_out, syndrome) == 0x20, "config_int_moderation_out.syndrome");
static_assert(__mlx5_bit_off(config_int_moderation_out, min_delay) == 0x44 &&
	      __mlx5_bit_sz(config_int_moderation_out, min_delay) == 0xc, "config_int_moderation_out.min_delay");
static_assert(__mlx5_bit_off(config_int_moderation_out, int_vector) == 0x50 &&
	      __mlx5_bit_sz(config_int_moderation_out, int_vector) == 0x10, "config_int_moderation_out.int_vector");

/* struct mlx5_ifc_config_int_moderation_in_bits */
static_assert(__mlx5_bit_off(config_int_moderation_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(config_int_moderation_in, opcode) == 0x10, "config_int_moderation_in.opcode");
static_assert(__mlx5_bit_off(config_int_moderation_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(config_int_moderation_in, op_mod) == 0x10, "config_int_moderation_in.op_mod");
static_assert(__mlx5_bit_off(config_int_moderation_in, min_delay) == 0x44 &&
	      __mlx5_bit_sz(config_int_moderation_in, min_delay) == 0xc, "config_int_moderation_in.min_delay");
static_assert(__mlx5_bit_off(config_int_moderation_in, int_vector) == 0x50 &&
	      __mlx5_bit_sz(config_int_moderation_in, int_vector) == 0x10, "config_int_moderation_in.int_vector");

/* struct mlx5_ifc_attach_to_mcg_out_bits */
static_assert(__mlx5_bit_off(attach_to_mcg_out, status) == 0x0 &&
	      __mlx5_bit_sz(attach_to_mcg_out, status) == 0x8, "attach_to_mcg_out.status");
static_assert(__mlx5_bit_off(attach_to_mcg_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(attach_to_mcg_out, syndrome) == 0x20, "attach_to_mcg_out.syndrome");

/* struct mlx5_ifc_attach_to_mcg_in_bits */
static_assert(__mlx5_bit_off(attach_to_mcg_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(attach_to_mcg_in, opcode) == 0x10, "attach_to_mcg_in.opcode");
static_assert(__mlx5_bit_off(attach_to_mcg_in, uid) == 0x10 &&
	      __mlx5_bit_sz(attach_to_mcg_in, uid) == 0x10, "attach_to_mcg_in.uid");
static_assert(__mlx5_bit_off(attach_to_mcg_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(attach_to_mcg_in, op_mod) == 0x10, "attach_to_mcg_in.op_mod");
static_assert(__mlx5_bit_off(attach_to_mcg_in, qpn) == 0x48 &&
	      __mlx5_bit_sz(attach_to_mcg_in, qpn) == 0x18, "attach_to_mcg_in.qpn");
static_assert(__mlx5_bit_off(attach_to_mcg_in, multicast_gid) == 0x80 &&
	      __mlx5_bit_sz(attach_to_mcg_in, multicast_gid) == 0x80, "attach_to_mcg_in.multicast_gid");

/* struct mlx5_ifc_arm_xrq_out_bits */
static_assert(__mlx5_bit_off(arm_xrq_out, status) == 0x0 &&
	      __mlx5_bit_sz(arm_xrq_out, status) == 0x8, "arm_xrq_out.status");
static_assert(__mlx5_bit_off(arm_xrq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(arm_xrq_out, syndrome) == 0x20, "arm_xrq_out.syndrome");

/* struct mlx5_ifc_arm_xrq_in_bits */
static_assert(__mlx5_bit_off(arm_xrq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(arm_xrq_in, opcode) == 0x10, "arm_xrq_in.opcode");
static_assert(__mlx5_bit_off(arm_xrq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(arm_xrq_in, op_mod) == 0x10, "arm_xrq_in.op_mod");
static_assert(__mlx5_bit_off(arm_xrq_in, xrqn) == 0x48 &&
	      __mlx5_bit_sz(arm_xrq_in, xrqn) == 0x18, "arm_xrq_in.xrqn");
static_assert(__mlx5_bit_off(arm_xrq_in, lwm) == 0x70 &&
	      __mlx5_bit_sz(arm_xrq_in, lwm) == 0x10, "arm_xrq_in.lwm");

/* struct mlx5_ifc_arm_xrc_srq_out_bits */
static_assert(__mlx5_bit_off(arm_xrc_srq_out, status) == 0x0 &&
	      __mlx5_bit_sz(arm_xrc_srq_out, status) == 0x8, "arm_xrc_srq_out.status");
static_assert(__mlx5_bit_off(arm_xrc_srq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(arm_xrc_srq_out, syndrome) == 0x20, "arm_xrc_srq_out.syndrome");

/* struct mlx5_ifc_arm_xrc_srq_in_bits */
static_assert(__mlx5_bit_off(arm_xrc_srq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(arm_xrc_srq_in, opcode) == 0x10, "arm_xrc_srq_in.opcode");
static_assert(__mlx5_bit_off(arm_xrc_srq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(arm_xrc_srq_in, uid) == 0x10, "arm_xrc_srq_in.uid");
static_assert(__mlx5_bit_off(arm_xrc_srq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(arm_xrc_srq_in, op_mod) == 0x10, "arm_xrc_srq_in.op_mod");
static_assert(__mlx5_bit_off(arm_xrc_srq_in, xrc_srqn) == 0x48 &&
	      __mlx5_bit_sz(arm_xrc_srq_in, xrc_srqn) == 0x18, "arm_xrc_srq_in.xrc_srqn");
static_assert(__mlx5_bit_off(arm_xrc_srq_in, lwm) == 0x70 &&
	      __mlx5_bit_sz(arm_xrc_srq_in, lwm) == 0x10, "arm_xrc_srq_in.lwm");

/* struct mlx5_ifc_arm_rq_out_bits */
static_assert(__mlx5_bit_off(arm_rq_out, status) == 0x0 &&
	      __mlx5_bit_sz(arm_rq_out, status) == 0x8, "arm_rq_out.status");
static_assert(__mlx5_bit_off(arm_rq_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(arm_rq_out, syndrome) == 0x20, "arm_rq_out.syndrome");

/* struct mlx5_ifc_arm_rq_in_bits */
static_assert(__mlx5_bit_off(arm_rq_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(arm_rq_in, opcode) == 0x10, "arm_rq_in.opcode");
static_assert(__mlx5_bit_off(arm_rq_in, uid) == 0x10 &&
	      __mlx5_bit_sz(arm_rq_in, uid) == 0x10, "arm_rq_in.uid");
static_assert(__mlx5_bit_off(arm_rq_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(arm_rq_in, op_mod) == 0x10, "arm_rq_in.op_mod");
static_assert(__mlx5_bit_off(arm_rq_in, srq_number) == 0x48 &&
	      __mlx5_bit_sz(arm_rq_in, srq_number) == 0x18, "arm_rq_in.srq_number");
static_assert(__mlx5_bit_off(arm_rq_in, lwm) == 0x70 &&
	      __mlx5_bit_sz(arm_rq_in, lwm) == 0x10, "arm_rq_in.lwm");

/* struct mlx5_ifc_arm_dct_out_bits */
static_assert(__mlx5_bit_off(arm_dct_out, status) == 0x0 &&
	      __mlx5_bit_sz(arm_dct_out, status) == 0x8, "arm_dct_out.status");
static_assert(__mlx5_bit_off(arm_dct_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(arm_dct_out, syndrome) == 0x20, "arm_dct_out.syndrome");

/* struct mlx5_ifc_arm_dct_in_bits */
static_assert(__mlx5_bit_off(arm_dct_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(arm_dct_in, opcode) == 0x10, "arm_dct_in.opcode");
static_assert(__mlx5_bit_off(arm_dct_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(arm_dct_in, op_mod) == 0x10, "arm_dct_in.op_mod");
static_assert(__mlx5_bit_off(arm_dct_in, dct_number) == 0x48 &&
	      __mlx5_bit_sz(arm_dct_in, dct_number) == 0x18, "arm_dct_in.dct_number");

/* struct mlx5_ifc_alloc_xrcd_out_bits */
static_assert(__mlx5_bit_off(alloc_xrcd_out, status) == 0x0 &&
	      __mlx5_bit_sz(alloc_xrcd_out, status) == 0x8, "alloc_xrcd_out.status");
static_assert(__mlx5_bit_off(alloc_xrcd_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(alloc_xrcd_out, syndrome) == 0x20, "alloc_xrcd_out.syndrome");
static_assert(__mlx5_bit_off(alloc_xrcd_out, xrcd) == 0x48 &&
	      __mlx5_bit_sz(alloc_xrcd_out, xrcd) == 0x18, "alloc_xrcd_out.xrcd");

/* struct mlx5_ifc_alloc_xrcd_in_bits */
static_assert(__mlx5_bit_off(alloc_xrcd_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(alloc_xrcd_in, opcode) == 0x10, "alloc_xrcd_in.opcode");
static_assert(__mlx5_bit_off(alloc_xrcd_in, uid) == 0x10 &&
	      __mlx5_bit_sz(alloc_xrcd_in, uid) == 0x10, "alloc_xrcd_in.uid");
static_assert(__mlx5_bit_off(alloc_xrcd_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(alloc_xrcd_in, op_mod) == 0x10, "alloc_xrcd_in.op_mod");

/* struct mlx5_ifc_alloc_uar_out_bits */
static_assert(__mlx5_bit_off(alloc_uar_out, status) == 0x0 &&
	      __mlx5_bit_sz(alloc_uar_out, status) == 0x8, "alloc_uar_out.status");
static_assert(__mlx5_bit_off(alloc_uar_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(alloc_uar_out, syndrome) == 0x20, "alloc_uar_out.syndrome");
static_assert(__mlx5_bit_off(alloc_uar_out, uar) == 0x48 &&
	      __mlx5_bit_sz(alloc_uar_out, uar) == 0x18, "alloc_uar_out.uar");

/* struct mlx5_ifc_alloc_uar_in_bits */
static_assert(__mlx5_bit_off(alloc_uar_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(alloc_uar_in, opcode) == 0x10, "alloc_uar_in.opcode");
static_assert(__mlx5_bit_off(alloc_uar_in, uid) == 0x10 &&
	      __mlx5_bit_sz(alloc_uar_in, uid) == 0x10, "alloc_uar_in.uid");
static_assert(__mlx5_bit_off(alloc_uar_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(alloc_uar_in, op_mod) == 0x10, "alloc_uar_in.op_mod");

/* struct mlx5_ifc_alloc_transport_domain_out_bits */
static_assert(__mlx5_bit_off(alloc_transport_domain_out, status) == 0x0 &&
	      __mlx5_bit_sz(alloc_transport_domain_out, status) == 0x8, "alloc_transport_domain_out.status");
static_assert(__mlx5_bit_off(alloc_transport_domain_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(alloc_transport_domain_out, syndrome) == 0x20, "alloc_transport_domain_out.syndrome");
static_assert(__mlx5_bit_off(alloc_transport_domain_out, transport_domain) == 0x48 &&
	      __mlx5_bit_sz(alloc_transport_domain_out, transport_domain) == 0x18, "alloc_transport_domain_out.transport_domain");

/* struct mlx5_ifc_alloc_transport_domain_in_bits */
static_assert(__mlx5_bit_off(alloc_transport_domain_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(alloc_transport_domain_in, opcode) == 0x10, "alloc_transport_domain_in.opcode");
static_assert(__mlx5_bit_off(alloc_transport_domain_in, uid) == 0x10 &&
	      __mlx5_bit_sz(alloc_transport_domain_in, uid) == 0x10, "alloc_transport_domain_in.uid");
static_assert(__mlx5_bit_off(alloc_transport_domain_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(alloc_transport_domain_in, op_mod) == 0x10, "alloc_transport_domain_in.op_mod");

/* struct mlx5_ifc_alloc_q_counter_out_bits */
static_assert(__mlx5_bit_off(alloc_q_counter_out, status) == 0x0 &&
	      __mlx5_bit_sz(alloc_q_counter_out, status) == 0x8, "alloc_q_counter_out.status");
static_assert(__mlx5_bit_off(alloc_q_counter_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(alloc_q_counter_out, syndrome) == 0x20, "alloc_q_counter_out.syndrome");
static_assert(__mlx5_bit_off(alloc_q_counter_out, counter_set_id) == 0x58 &&
	      __mlx5_bit_sz(alloc_q_counter_out, counter_set_id) == 0x8, "alloc_q_counter_out.counter_set_id");

/* struct mlx5_ifc_alloc_q_counter_in_bits */
static_assert(__mlx5_bit_off(alloc_q_counter_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(alloc_q_counter_in, opcode) == 0x10, "alloc_q_counter_in.opcode");
static_assert(__mlx5_bit_off(alloc_q_counter_in, uid) == 0x10 &&
	      __mlx5_bit_sz(alloc_q_counter_in, uid) == 0x10, "alloc_q_counter_in.uid");
static_assert(__mlx5_bit_off(alloc_q_counter_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(alloc_q_counter_in, op_mod) == 0x10, "alloc_q_counter_in.op_mod");

/* struct mlx5_ifc_alloc_flow_counter_out_bits */
static_assert(__mlx5_bit_off(alloc_flow_counter_out, status) == 0x0 &&
	      __mlx5_bit_sz(alloc_flow_counter_out, status) == 0x8, "alloc_flow_counter_out.status");
static_assert(__mlx5_bit_off(alloc_flow_counter_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(alloc_flow_counter_out, syndrome) == 0x20, "alloc_flow_counter_out.syndrome");
static_assert(__mlx5_bit_off(alloc_flow_counter_out, flow_counter_id) == 0x40 &&
	      __mlx5_bit_sz(alloc_flow_counter_out, flow_counter_id) == 0x20, "alloc_flow_counter_out.flow_counter_id");

/* struct mlx5_ifc_alloc_flow_counter_in_bits */
static_assert(__mlx5_bit_off(alloc_flow_counter_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(alloc_flow_counter_in, opcode) == 0x10, "alloc_flow_counter_in.opcode");
static_assert(__mlx5_bit_off(alloc_flow_counter_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(alloc_flow_counter_in, op_mod) == 0x10, "alloc_flow_counter_in.op_mod");
static_assert(__mlx5_bit_off(alloc_flow_counter_in, flow_counter_bulk_log_size) == 0x73 &&
	      __mlx5_bit_sz(alloc_flow_counter_in, flow_counter_bulk_log_size) == 0x5, "alloc_flow_counter_in.flow_counter_bulk_log_size");
static_assert(__mlx5_bit_off(alloc_flow_counter_in, flow_counter_bulk) == 0x78 &&
	      __mlx5_bit_sz(alloc_flow_counter_in, flow_counter_bulk) == 0x8, "alloc_flow_counter_in.flow_counter_bulk");

/* struct mlx5_ifc_add_vxlan_udp_dport_out_bits */
static_assert(__mlx5_bit_off(add_vxlan_udp_dport_out, status) == 0x0 &&
	      __mlx5_bit_sz(add_vxlan_udp_dport_out, status) == 0x8, "add_vxlan_udp_dport_out.status");
static_assert(__mlx5_bit_off(add_vxlan_udp_dport_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(add_vxlan_udp_dport_out, syndrome) == 0x20, "add_vxlan_udp_dport_out.syndrome");

/* struct mlx5_ifc_add_vxlan_udp_dport_in_bits */
static_assert(__mlx5_bit_off(add_vxlan_udp_dport_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(add_vxlan_udp_dport_in, opcode) == 0x10, "add_vxlan_udp_dport_in.opcode");
static_assert(__mlx5_bit_off(add_vxlan_udp_dport_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(add_vxlan_udp_dport_in, op_mod) == 0x10, "add_vxlan_udp_dport_in.op_mod");
static_assert(__mlx5_bit_off(add_vxlan_udp_dport_in, vxlan_udp_port) == 0x70 &&
	      __mlx5_bit_sz(add_vxlan_udp_dport_in, vxlan_udp_port) == 0x10, "add_vxlan_udp_dport_in.vxlan_udp_port");

/* struct mlx5_ifc_set_pp_rate_limit_out_bits */
static_assert(__mlx5_bit_off(set_pp_rate_limit_out, status) == 0x0 &&
	      __mlx5_bit_sz(set_pp_rate_limit_out, status) == 0x8, "set_pp_rate_limit_out.status");
static_assert(__mlx5_bit_off(set_pp_rate_limit_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(set_pp_rate_limit_out, syndrome) == 0x20, "set_pp_rate_limit_out.syndrome");

/* struct mlx5_ifc_set_pp_rate_limit_context_bits */
static_assert(__mlx5_bit_off(set_pp_rate_limit_context, rate_limit) == 0x0 &&
	      __mlx5_bit_sz(set_pp_rate_limit_context, rate_limit) == 0x20, "set_pp_rate_limit_context.rate_limit");
static_assert(__mlx5_bit_off(set_pp_rate_limit_context, burst_upper_bound) == 0x20 &&
	      __mlx5_bit_sz(set_pp_rate_limit_context, burst_upper_bound) == 0x20, "set_pp_rate_limit_context.burst_upper_bound");
static_assert(__mlx5_bit_off(set_pp_rate_limit_context, typical_packet_size) == 0x50 &&
	      __mlx5_bit_sz(set_pp_rate_limit_context, typical_packet_size) == 0x10, "set_pp_rate_limit_context.typical_packet_size");

/* struct mlx5_ifc_set_pp_rate_limit_in_bits */
static_assert(__mlx5_bit_off(set_pp_rate_limit_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(set_pp_rate_limit_in, opcode) == 0x10, "set_pp_rate_limit_in.opcode");
static_assert(__mlx5_bit_off(set_pp_rate_limit_in, uid) == 0x10 &&
	      __mlx5_bit_sz(set_pp_rate_limit_in, uid) == 0x10, "set_pp_rate_limit_in.uid");
static_assert(__mlx5_bit_off(set_pp_rate_limit_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(set_pp_rate_limit_in, op_mod) == 0x10, "set_pp_rate_limit_in.op_mod");
static_assert(__mlx5_bit_off(set_pp_rate_limit_in, rate_limit_index) == 0x50 &&
	      __mlx5_bit_sz(set_pp_rate_limit_in, rate_limit_index) == 0x10, "set_pp_rate_limit_in.rate_limit_index");
static_assert(__mlx5_bit_off(set_pp_rate_limit_in, ctx) == 0x80 &&
	      __mlx5_bit_sz(set_pp_rate_limit_in, ctx) == 0x180, "set_pp_rate_limit_in.ctx");

/* struct mlx5_ifc_sltp_reg_bits */
static_assert(__mlx5_bit_off(sltp_reg, status) == 0x0 &&
	      __mlx5_bit_sz(sltp_reg, status) == 0x4, "sltp_reg.status");
static_assert(__mlx5_bit_off(sltp_reg, version) == 0x4 &&
	      __mlx5_bit_sz(sltp_reg, version) == 0x4, "sltp_reg.version");
static_assert(__mlx5_bit_off(sltp_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(sltp_reg, local_port) == 0x8, "sltp_reg.local_port");
static_assert(__mlx5_bit_off(sltp_reg, pnat) == 0x10 &&
	      __mlx5_bit_sz(sltp_reg, pnat) == 0x2, "sltp_reg.pnat");
static_assert(__mlx5_bit_off(sltp_reg, lane) == 0x14 &&
	      __mlx5_bit_sz(sltp_reg, lane) == 0x4, "sltp_reg.lane");
static_assert(__mlx5_bit_off(sltp_reg, polarity) == 0x47 &&
	      __mlx5_bit_sz(sltp_reg, polarity) == 0x1, "sltp_reg.polarity");
static_assert(__mlx5_bit_off(sltp_reg, ob_tap0) == 0x48 &&
	      __mlx5_bit_sz(sltp_reg, ob_tap0) == 0x8, "sltp_reg.ob_tap0");
static_assert(__mlx5_bit_off(sltp_reg, ob_tap1) == 0x50 &&
	      __mlx5_bit_sz(sltp_reg, ob_tap1) == 0x8, "sltp_reg.ob_tap1");
static_assert(__mlx5_bit_off(sltp_reg, ob_tap2) == 0x58 &&
	      __mlx5_bit_sz(sltp_reg, ob_tap2) == 0x8, "sltp_reg.ob_tap2");
static_assert(__mlx5_bit_off(sltp_reg, ob_preemp_mode) == 0x6c &&
	      __mlx5_bit_sz(sltp_reg, ob_preemp_mode) == 0x4, "sltp_reg.ob_preemp_mode");
static_assert(__mlx5_bit_off(sltp_reg, ob_reg) == 0x70 &&
	      __mlx5_bit_sz(sltp_reg, ob_reg) == 0x8, "sltp_reg.ob_reg");
static_assert(__mlx5_bit_off(sltp_reg, ob_bias) == 0x78 &&
	      __mlx5_bit_sz(sltp_reg, ob_bias) == 0x8, "sltp_reg.ob_bias");

/* struct mlx5_ifc_slrg_reg_bits */
static_assert(__mlx5_bit_off(slrg_reg, status) == 0x0 &&
	      __mlx5_bit_sz(slrg_reg, status) == 0x4, "slrg_reg.status");
static_assert(__mlx5_bit_off(slrg_reg, version) == 0x4 &&
	      __mlx5_bit_sz(slrg_reg, version) == 0x4, "slrg_reg.version");
static_assert(__mlx5_bit_off(slrg_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(slrg_reg, local_port) == 0x8, "slrg_reg.local_port");
static_assert(__mlx5_bit_off(slrg_reg, pnat) == 0x10 &&
	      __mlx5_bit_sz(slrg_reg, pnat) == 0x2, "slrg_reg.pnat");
static_assert(__mlx5_bit_off(slrg_reg, lane) == 0x14 &&
	      __mlx5_bit_sz(slrg_reg, lane) == 0x4, "slrg_reg.lane");
static_assert(__mlx5_bit_off(slrg_reg, time_to_link_up) == 0x20 &&
	      __mlx5_bit_sz(slrg_reg, time_to_link_up) == 0x10, "slrg_reg.time_to_link_up");
static_assert(__mlx5_bit_off(slrg_reg, grade_lane_speed) == 0x3c &&
	      __mlx5_bit_sz(slrg_reg, grade_lane_speed) == 0x4, "slrg_reg.grade_lane_speed");
static_assert(__mlx5_bit_off(slrg_reg, grade_version) == 0x40 &&
	      __mlx5_bit_sz(slrg_reg, grade_version) == 0x8, "slrg_reg.grade_version");
static_assert(__mlx5_bit_off(slrg_reg, grade) == 0x48 &&
	      __mlx5_bit_sz(slrg_reg, grade) == 0x18, "slrg_reg.grade");
static_assert(__mlx5_bit_off(slrg_reg, height_grade_type) == 0x64 &&
	      __mlx5_bit_sz(slrg_reg, height_grade_type) == 0x4, "slrg_reg.height_grade_type");
static_assert(__mlx5_bit_off(slrg_reg, height_grade) == 0x68 &&
	      __mlx5_bit_sz(slrg_reg, height_grade) == 0x18, "slrg_reg.height_grade");
static_assert(__mlx5_bit_off(slrg_reg, height_dz) == 0x80 &&
	      __mlx5_bit_sz(slrg_reg, height_dz) == 0x10, "slrg_reg.height_dz");
static_assert(__mlx5_bit_off(slrg_reg, height_dv) == 0x90 &&
	      __mlx5_bit_sz(slrg_reg, height_dv) == 0x10, "slrg_reg.height_dv");
static_assert(__mlx5_bit_off(slrg_reg, height_sigma) == 0xb0 &&
	      __mlx5_bit_sz(slrg_reg, height_sigma) == 0x10, "slrg_reg.height_sigma");
static_assert(__mlx5_bit_off(slrg_reg, phase_grade_type) == 0xe4 &&
	      __mlx5_bit_sz(slrg_reg, phase_grade_type) == 0x4, "slrg_reg.phase_grade_type");
static_assert(__mlx5_bit_off(slrg_reg, phase_grade) == 0xe8 &&
	      __mlx5_bit_sz(slrg_reg, phase_grade) == 0x18, "slrg_reg.phase_grade");
static_assert(__mlx5_bit_off(slrg_reg, phase_eo_pos) == 0x108 &&
	      __mlx5_bit_sz(slrg_reg, phase_eo_pos) == 0x8, "slrg_reg.phase_eo_pos");
static_assert(__mlx5_bit_off(slrg_reg, phase_eo_neg) == 0x118 &&
	      __mlx5_bit_sz(slrg_reg, phase_eo_neg) == 0x8, "slrg_reg.phase_eo_neg");
static_assert(__mlx5_bit_off(slrg_reg, ffe_set_tested) == 0x120 &&
	      __mlx5_bit_sz(slrg_reg, ffe_set_tested) == 0x10, "slrg_reg.ffe_set_tested");
static_assert(__mlx5_bit_off(slrg_reg, test_errors_per_lane) == 0x130 &&
	      __mlx5_bit_sz(slrg_reg, test_errors_per_lane) == 0x10, "slrg_reg.test_errors_per_lane");

/* struct mlx5_ifc_pvlc_reg_bits */
static_assert(__mlx5_bit_off(pvlc_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pvlc_reg, local_port) == 0x8, "pvlc_reg.local_port");
static_assert(__mlx5_bit_off(pvlc_reg, vl_hw_cap) == 0x3c &&
	      __mlx5_bit_sz(pvlc_reg, vl_hw_cap) == 0x4, "pvlc_reg.vl_hw_cap");
static_assert(__mlx5_bit_off(pvlc_reg, vl_admin) == 0x5c &&
	      __mlx5_bit_sz(pvlc_reg, vl_admin) == 0x4, "pvlc_reg.vl_admin");
static_assert(__mlx5_bit_off(pvlc_reg, vl_operational) == 0x7c &&
	      __mlx5_bit_sz(pvlc_reg, vl_operational) == 0x4, "pvlc_reg.vl_operational");

/* struct mlx5_ifc_pude_reg_bits */
static_assert(__mlx5_bit_off(pude_reg, swid) == 0x0 &&
	      __mlx5_bit_sz(pude_reg, swid) == 0x8, "pude_reg.swid");
static_assert(__mlx5_bit_off(pude_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pude_reg, local_port) == 0x8, "pude_reg.local_port");
static_assert(__mlx5_bit_off(pude_reg, admin_status) == 0x14 &&
	      __mlx5_bit_sz(pude_reg, admin_status) == 0x4, "pude_reg.admin_status");
static_assert(__mlx5_bit_off(pude_reg, oper_status) == 0x1c &&
	      __mlx5_bit_sz(pude_reg, oper_status) == 0x4, "pude_reg.oper_status");

/* struct mlx5_ifc_mlcr_reg_bits */
static_assert(__mlx5_bit_off(mlcr_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(mlcr_reg, local_port) == 0x8, "mlcr_reg.local_port");
static_assert(__mlx5_bit_off(mlcr_reg, beacon_duration) == 0x30 &&
	      __mlx5_bit_sz(mlcr_reg, beacon_duration) == 0x10, "mlcr_reg.beacon_duration");
static_assert(__mlx5_bit_off(mlcr_reg, beacon_remain) == 0x50 &&
	      __mlx5_bit_sz(mlcr_reg, beacon_remain) == 0x10, "mlcr_reg.beacon_remain");

/* struct mlx5_ifc_ptas_reg_bits */
static_assert(__mlx5_bit_off(ptas_reg, algorithm_options) == 0x20 &&
	      __mlx5_bit_sz(ptas_reg, algorithm_options) == 0x10, "ptas_reg.algorithm_options");
static_assert(__mlx5_bit_off(ptas_reg, repetitions_mode) == 0x34 &&
	      __mlx5_bit_sz(ptas_reg, repetitions_mode) == 0x4, "ptas_reg.repetitions_mode");
static_assert(__mlx5_bit_off(ptas_reg, num_of_repetitions) == 0x38 &&
	      __mlx5_bit_sz(ptas_reg, num_of_repetitions) == 0x8, "ptas_reg.num_of_repetitions");
static_assert(__mlx5_bit_off(ptas_reg, grade_version) == 0x40 &&
	      __mlx5_bit_sz(ptas_reg, grade_version) == 0x8, "ptas_reg.grade_version");
static_assert(__mlx5_bit_off(ptas_reg, height_grade_type) == 0x48 &&
	      __mlx5_bit_sz(ptas_reg, height_grade_type) == 0x4, "ptas_reg.height_grade_type");
static_assert(__mlx5_bit_off(ptas_reg, phase_grade_type) == 0x4c &&
	      __mlx5_bit_sz(ptas_reg, phase_grade_type) == 0x4, "ptas_reg.phase_grade_type");
static_assert(__mlx5_bit_off(ptas_reg, height_grade_weight) == 0x50 &&
	      __mlx5_bit_sz(ptas_reg, height_grade_weight) == 0x8, "ptas_reg.height_grade_weight");
static_assert(__mlx5_bit_off(ptas_reg, phase_grade_weight) == 0x58 &&
	      __mlx5_bit_sz(ptas_reg, phase_grade_weight) == 0x8, "ptas_reg.phase_grade_weight");
static_assert(__mlx5_bit_off(ptas_reg, gisim_measure_bits) == 0x60 &&
	      __mlx5_bit_sz(ptas_reg, gisim_measure_bits) == 0x10, "ptas_reg.gisim_measure_bits");
static_assert(__mlx5_bit_off(ptas_reg, adaptive_tap_measure_bits) == 0x70 &&
	      __mlx5_bit_sz(ptas_reg, adaptive_tap_measure_bits) == 0x10, "ptas_reg.adaptive_tap_measure_bits");
static_assert(__mlx5_bit_off(ptas_reg, ber_bath_high_error_threshold) == 0x80 &&
	      __mlx5_bit_sz(ptas_reg, ber_bath_high_error_threshold) == 0x10, "ptas_reg.ber_bath_high_error_threshold");
static_assert(__mlx5_bit_off(ptas_reg, ber_bath_mid_error_threshold) == 0x90 &&
	      __mlx5_bit_sz(ptas_reg, ber_bath_mid_error_threshold) == 0x10, "ptas_reg.ber_bath_mid_error_threshold");
static_assert(__mlx5_bit_off(ptas_reg, ber_bath_low_error_threshold) == 0xa0 &&
	      __mlx5_bit_sz(ptas_reg, ber_bath_low_error_threshold) == 0x10, "ptas_reg.ber_bath_low_error_threshold");
static_assert(__mlx5_bit_off(ptas_reg, one_ratio_high_threshold) == 0xb0 &&
	      __mlx5_bit_sz(ptas_reg, one_ratio_high_threshold) == 0x10, "ptas_reg.one_ratio_high_threshold");
static_assert(__mlx5_bit_off(ptas_reg, one_ratio_high_mid_threshold) == 0xc0 &&
	      __mlx5_bit_sz(ptas_reg, one_ratio_high_mid_threshold) == 0x10, "ptas_reg.one_ratio_high_mid_threshold");
static_assert(__mlx5_bit_off(ptas_reg, one_ratio_low_mid_threshold) == 0xd0 &&
	      __mlx5_bit_sz(ptas_reg, one_ratio_low_mid_threshold) == 0x10, "ptas_reg.one_ratio_low_mid_threshold");
static_assert(__mlx5_bit_off(ptas_reg, one_ratio_low_threshold) == 0xe0 &&
	      __mlx5_bit_sz(ptas_reg, one_ratio_low_threshold) == 0x10, "ptas_reg.one_ratio_low_threshold");
static_assert(__mlx5_bit_off(ptas_reg, ndeo_error_threshold) == 0xf0 &&
	      __mlx5_bit_sz(ptas_reg, ndeo_error_threshold) == 0x10, "ptas_reg.ndeo_error_threshold");
static_assert(__mlx5_bit_off(ptas_reg, mixer_offset_step_size) == 0x100 &&
	      __mlx5_bit_sz(ptas_reg, mixer_offset_step_size) == 0x10, "ptas_reg.mixer_offset_step_size");
static_assert(__mlx5_bit_off(ptas_reg, mix90_phase_for_voltage_bath) == 0x118 &&
	      __mlx5_bit_sz(ptas_reg, mix90_phase_for_voltage_bath) == 0x8, "ptas_reg.mix90_phase_for_voltage_bath");
static_assert(__mlx5_bit_off(ptas_reg, mixer_offset_start) == 0x120 &&
	      __mlx5_bit_sz(ptas_reg, mixer_offset_start) == 0x10, "ptas_reg.mixer_offset_start");
static_assert(__mlx5_bit_off(ptas_reg, mixer_offset_end) == 0x130 &&
	      __mlx5_bit_sz(ptas_reg, mixer_offset_end) == 0x10, "ptas_reg.mixer_offset_end");
static_assert(__mlx5_bit_off(ptas_reg, ber_test_time) == 0x155 &&
	      __mlx5_bit_sz(ptas_reg, ber_test_time) == 0xb, "ptas_reg.ber_test_time");

/* struct mlx5_ifc_pspa_reg_bits */
static_assert(__mlx5_bit_off(pspa_reg, swid) == 0x0 &&
	      __mlx5_bit_sz(pspa_reg, swid) == 0x8, "pspa_reg.swid");
static_assert(__mlx5_bit_off(pspa_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pspa_reg, local_port) == 0x8, "pspa_reg.local_port");
static_assert(__mlx5_bit_off(pspa_reg, sub_port) == 0x10 &&
	      __mlx5_bit_sz(pspa_reg, sub_port) == 0x8, "pspa_reg.sub_port");

/* struct mlx5_ifc_pqdr_reg_bits */
static_assert(__mlx5_bit_off(pqdr_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pqdr_reg, local_port) == 0x8, "pqdr_reg.local_port");
static_assert(__mlx5_bit_off(pqdr_reg, prio) == 0x15 &&
	      __mlx5_bit_sz(pqdr_reg, prio) == 0x3, "pqdr_reg.prio");
static_assert(__mlx5_bit_off(pqdr_reg, mode) == 0x1e &&
	      __mlx5_bit_sz(pqdr_reg, mode) == 0x2, "pqdr_reg.mode");
static_assert(__mlx5_bit_off(pqdr_reg, min_threshold) == 0x50 &&
	      __mlx5_bit_sz(pqdr_reg, min_threshold) == 0x10, "pqdr_reg.min_threshold");
static_assert(__mlx5_bit_off(pqdr_reg, max_threshold) == 0x70 &&
	      __mlx5_bit_sz(pqdr_reg, max_threshold) == 0x10, "pqdr_reg.max_threshold");
static_assert(__mlx5_bit_off(pqdr_reg, mark_probability_denominator) == 0x90 &&
	      __mlx5_bit_sz(pqdr_reg, mark_probability_denominator) == 0x10, "pqdr_reg.mark_probability_denominator");

/* struct mlx5_ifc_ppsc_reg_bits */
static_assert(__mlx5_bit_off(ppsc_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(ppsc_reg, local_port) == 0x8, "ppsc_reg.local_port");
static_assert(__mlx5_bit_off(ppsc_reg, wrps_admin) == 0x9c &&
	      __mlx5_bit_sz(ppsc_reg, wrps_admin) == 0x4, "ppsc_reg.wrps_admin");
static_assert(__mlx5_bit_off(ppsc_reg, wrps_status) == 0xbc &&
	      __mlx5_bit_sz(ppsc_reg, wrps_status) == 0x4, "ppsc_reg.wrps_status");
static_assert(__mlx5_bit_off(ppsc_reg, up_threshold) == 0xc8 &&
	      __mlx5_bit_sz(ppsc_reg, up_threshold) == 0x8, "ppsc_reg.up_threshold");
static_assert(__mlx5_bit_off(ppsc_reg, down_threshold) == 0xd8 &&
	      __mlx5_bit_sz(ppsc_reg, down_threshold) == 0x8, "ppsc_reg.down_threshold");
static_assert(__mlx5_bit_off(ppsc_reg, srps_admin) == 0x11c &&
	      __mlx5_bit_sz(ppsc_reg, srps_admin) == 0x4, "ppsc_reg.srps_admin");
static_assert(__mlx5_bit_off(ppsc_reg, srps_status) == 0x13c &&
	      __mlx5_bit_sz(ppsc_reg, srps_status) == 0x4, "ppsc_reg.srps_status");

/* struct mlx5_ifc_pplr_reg_bits */
static_assert(__mlx5_bit_off(pplr_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pplr_reg, local_port) == 0x8, "pplr_reg.local_port");
static_assert(__mlx5_bit_off(pplr_reg, lb_cap) == 0x28 &&
	      __mlx5_bit_sz(pplr_reg, lb_cap) == 0x8, "pplr_reg.lb_cap");
static_assert(__mlx5_bit_off(pplr_reg, lb_en) == 0x38 &&
	      __mlx5_bit_sz(pplr_reg, lb_en) == 0x8, "pplr_reg.lb_en");

/* struct mlx5_ifc_pplm_reg_bits */
static_assert(__mlx5_bit_off(pplm_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pplm_reg, local_port) == 0x8, "pplm_reg.local_port");
static_assert(__mlx5_bit_off(pplm_reg, port_profile_mode) == 0x40 &&
	      __mlx5_bit_sz(pplm_reg, port_profile_mode) == 0x8, "pplm_reg.port_profile_mode");
static_assert(__mlx5_bit_off(pplm_reg, static_port_profile) == 0x48 &&
	      __mlx5_bit_sz(pplm_reg, static_port_profile) == 0x8, "pplm_reg.static_port_profile");
static_assert(__mlx5_bit_off(pplm_reg, active_port_profile) == 0x50 &&
	      __mlx5_bit_sz(pplm_reg, active_port_profile) == 0x8, "pplm_reg.active_port_profile");
static_assert(__mlx5_bit_off(pplm_reg, retransmission_active) == 0x60 &&
	      __mlx5_bit_sz(pplm_reg, retransmission_active) == 0x8, "pplm_reg.retransmission_active");
static_assert(__mlx5_bit_off(pplm_reg, fec_mode_active) == 0x68 &&
	      __mlx5_bit_sz(pplm_reg, fec_mode_active) == 0x18, "pplm_reg.fec_mode_active");
static_assert(__mlx5_bit_off(pplm_reg, rs_fec_correction_bypass_cap) == 0x80 &&
	      __mlx5_bit_sz(pplm_reg, rs_fec_correction_bypass_cap) == 0x4, "pplm_reg.rs_fec_correction_bypass_cap");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_cap_56g) == 0x8c &&
	      __mlx5_bit_sz(pplm_reg, fec_override_cap_56g) == 0x4, "pplm_reg.fec_override_cap_56g");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_cap_100g) == 0x90 &&
	      __mlx5_bit_sz(pplm_reg, fec_override_cap_100g) == 0x4, "pplm_reg.fec_override_cap_100g");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_cap_50g) == 0x94 &&
	      __mlx5_bit_sz(pplm_reg, fec_override_cap_50g) == 0x4, "pplm_reg.fec_override_cap_50g");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_cap_25g) == 0x98 &&
	      __mlx5_bit_sz(pplm_reg, fec_override_cap_25g) == 0x4, "pplm_reg.fec_override_cap_25g");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_cap_10g_40g) == 0x9c &&
	      __mlx5_bit_sz(pplm_reg, fec_override_cap_10g_40g) == 0x4, "pplm_reg.fec_override_cap_10g_40g");
static_assert(__mlx5_bit_off(pplm_reg, rs_fec_correction_bypass_admin) == 0xa0 &&
	      __mlx5_bit_sz(pplm_reg, rs_fec_correction_bypass_admin) == 0x4, "pplm_reg.rs_fec_correction_bypass_admin");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_admin_56g) == 0xac &&
	      __mlx5_bit_sz(pplm_reg, fec_override_admin_56g) == 0x4, "pplm_reg.fec_override_admin_56g");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_admin_100g) == 0xb0 &&
	      __mlx5_bit_sz(pplm_reg, fec_override_admin_100g) == 0x4, "pplm_reg.fec_override_admin_100g");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_admin_50g) == 0xb4 &&
	      __mlx5_bit_sz(pplm_reg, fec_override_admin_50g) == 0x4, "pplm_reg.fec_override_admin_50g");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_admin_25g) == 0xb8 &&
	      __mlx5_bit_sz(pplm_reg, fec_override_admin_25g) == 0x4, "pplm_reg.fec_override_admin_25g");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_admin_10g_40g) == 0xbc &&
	      __mlx5_bit_sz(pplm_reg, fec_override_admin_10g_40g) == 0x4, "pplm_reg.fec_override_admin_10g_40g");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_cap_400g_8x) == 0xc0 &&
	      __mlx5_bit_sz(pplm_reg, fec_override_cap_400g_8x) == 0x10, "pplm_reg.fec_override_cap_400g_8x");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_cap_200g_4x) == 0xd0 &&
	      __mlx5_bit_sz(pplm_reg, fec_override_cap_200g_4x) == 0x10, "pplm_reg.fec_override_cap_200g_4x");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_cap_100g_2x) == 0xe0 &&
	      __mlx5_bit_sz(pplm_reg, fec_override_cap_100g_2x) == 0x10, "pplm_reg.fec_override_cap_100g_2x");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_cap_50g_1x) == 0xf0 &&
	      __mlx5_bit_sz(pplm_reg, fec_override_cap_50g_1x) == 0x10, "pplm_reg.fec_override_cap_50g_1x");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_admin_400g_8x) == 0x100 &&
	      __mlx5_bit_sz(pplm_reg, fec_override_admin_400g_8x) == 0x10, "pplm_reg.fec_override_admin_400g_8x");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_admin_200g_4x) == 0x110 &&
	      __mlx5_bit_sz(pplm_reg, fec_override_admin_200g_4x) == 0x10, "pplm_reg.fec_override_admin_200g_4x");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_admin_100g_2x) == 0x120 &&
	      __mlx5_bit_sz(pplm_reg, fec_override_admin_100g_2x) == 0x10, "pplm_reg.fec_override_admin_100g_2x");
static_assert(__mlx5_bit_off(pplm_reg, fec_override_admin_50g_1x) == 0x130 &&
	      __mlx5_bit_sz(pplm_reg, fec_override_admin_50g_1x) == 0x10, "pplm_reg.fec_override_admin_50g_1x");

/* struct mlx5_ifc_mpein_reg_bits */
static_assert(__mlx5_bit_off(mpein_reg, depth) == 0x2 &&
	      __mlx5_bit_sz(mpein_reg, depth) == 0x6, "mpein_reg.depth");
static_assert(__mlx5_bit_off(mpein_reg, pcie_index) == 0x8 &&
	      __mlx5_bit_sz(mpein_reg, pcie_index) == 0x8, "mpein_reg.pcie_index");
static_assert(__mlx5_bit_off(mpein_reg, node) == 0x10 &&
	      __mlx5_bit_sz(mpein_reg, node) == 0x8, "mpein_reg.node");
static_assert(__mlx5_bit_off(mpein_reg, capability_mask) == 0x20 &&
	      __mlx5_bit_sz(mpein_reg, capability_mask) == 0x20, "mpein_reg.capability_mask");
static_assert(__mlx5_bit_off(mpein_reg, link_width_enabled) == 0x48 &&
	      __mlx5_bit_sz(mpein_reg, link_width_enabled) == 0x8, "mpein_reg.link_width_enabled");
static_assert(__mlx5_bit_off(mpein_reg, link_speed_enabled) == 0x50 &&
	      __mlx5_bit_sz(mpein_reg, link_speed_enabled) == 0x10, "mpein_reg.link_speed_enabled");
static_assert(__mlx5_bit_off(mpein_reg, lane0_physical_position) == 0x60 &&
	      __mlx5_bit_sz(mpein_reg, lane0_physical_position) == 0x8, "mpein_reg.lane0_physical_position");
static_assert(__mlx5_bit_off(mpein_reg, link_width_active) == 0x68 &&
	      __mlx5_bit_sz(mpein_reg, link_width_active) == 0x8, "mpein_reg.link_width_active");
static_assert(__mlx5_bit_off(mpein_reg, link_speed_active) == 0x70 &&
	      __mlx5_bit_sz(mpein_reg, link_speed_active) == 0x10, "mpein_reg.link_speed_active");
static_assert(__mlx5_bit_off(mpein_reg, num_of_pfs) == 0x80 &&
	      __mlx5_bit_sz(mpein_reg, num_of_pfs) == 0x10, "mpein_reg.num_of_pfs");
static_assert(__mlx5_bit_off(mpein_reg, num_of_vfs) == 0x90 &&
	      __mlx5_bit_sz(mpein_reg, num_of_vfs) == 0x10, "mpein_reg.num_of_vfs");
static_assert(__mlx5_bit_off(mpein_reg, bdf0) == 0xa0 &&
	      __mlx5_bit_sz(mpein_reg, bdf0) == 0x10, "mpein_reg.bdf0");
static_assert(__mlx5_bit_off(mpein_reg, max_read_request_size) == 0xc0 &&
	      __mlx5_bit_sz(mpein_reg, max_read_request_size) == 0x4, "mpein_reg.max_read_request_size");
static_assert(__mlx5_bit_off(mpein_reg, max_payload_size) == 0xc4 &&
	      __mlx5_bit_sz(mpein_reg, max_payload_size) == 0x4, "mpein_reg.max_payload_size");
static_assert(__mlx5_bit_off(mpein_reg, pwr_status) == 0xcd &&
	      __mlx5_bit_sz(mpein_reg, pwr_status) == 0x3, "mpein_reg.pwr_status");
static_assert(__mlx5_bit_off(mpein_reg, port_type) == 0xd0 &&
	      __mlx5_bit_sz(mpein_reg, port_type) == 0x4, "mpein_reg.port_type");
static_assert(__mlx5_bit_off(mpein_reg, lane_reversal) == 0xdf &&
	      __mlx5_bit_sz(mpein_reg, lane_reversal) == 0x1, "mpein_reg.lane_reversal");
static_assert(__mlx5_bit_off(mpein_reg, pci_power) == 0xf4 &&
	      __mlx5_bit_sz(mpein_reg, pci_power) == 0xc, "mpein_reg.pci_power");
static_assert(__mlx5_bit_off(mpein_reg, device_status) == 0x120 &&
	      __mlx5_bit_sz(mpein_reg, device_status) == 0x10, "mpein_reg.device_status");
static_assert(__mlx5_bit_off(mpein_reg, port_state) == 0x130 &&
	      __mlx5_bit_sz(mpein_reg, port_state) == 0x8, "mpein_reg.port_state");
static_assert(__mlx5_bit_off(mpein_reg, receiver_detect_result) == 0x150 &&
	      __mlx5_bit_sz(mpein_reg, receiver_detect_result) == 0x10, "mpein_reg.receiver_detect_result");

/* struct mlx5_ifc_mpcnt_reg_bits */
static_assert(__mlx5_bit_off(mpcnt_reg, pcie_index) == 0x8 &&
	      __mlx5_bit_sz(mpcnt_reg, pcie_index) == 0x8, "mpcnt_reg.pcie_index");
static_assert(__mlx5_bit_off(mpcnt_reg, grp) == 0x1a &&
	      __mlx5_bit_sz(mpcnt_reg, grp) == 0x6, "mpcnt_reg.grp");
static_assert(__mlx5_bit_off(mpcnt_reg, clr) == 0x20 &&
	      __mlx5_bit_sz(mpcnt_reg, clr) == 0x1, "mpcnt_reg.clr");
static_assert(__mlx5_bit_off(mpcnt_reg, counter_set) == 0x40 &&
	      __mlx5_bit_sz(mpcnt_reg, counter_set) == 0x7c0, "mpcnt_reg.counter_set");

/* struct mlx5_ifc_ppad_reg_bits */
static_assert(__mlx5_bit_off(ppad_reg, single_mac) == 0x3 &&
	      __mlx5_bit_sz(ppad_reg, single_mac) == 0x1, "ppad_reg.single_mac");
static_assert(__mlx5_bit_off(ppad_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(ppad_reg, local_port) == 0x8, "ppad_reg.local_port");
static_assert(__mlx5_bit_off(ppad_reg, mac_47_32) == 0x10 &&
	      __mlx5_bit_sz(ppad_reg, mac_47_32) == 0x10, "ppad_reg.mac_47_32");
static_assert(__mlx5_bit_off(ppad_reg, mac_31_0) == 0x20 &&
	      __mlx5_bit_sz(ppad_reg, mac_31_0) == 0x20, "ppad_reg.mac_31_0");

/* struct mlx5_ifc_pmtu_reg_bits */
static_assert(__mlx5_bit_off(pmtu_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pmtu_reg, local_port) == 0x8, "pmtu_reg.local_port");
static_assert(__mlx5_bit_off(pmtu_reg, max_mtu) == 0x20 &&
	      __mlx5_bit_sz(pmtu_reg, max_mtu) == 0x10, "pmtu_reg.max_mtu");
static_assert(__mlx5_bit_off(pmtu_reg, admin_mtu) == 0x40 &&
	      __mlx5_bit_sz(pmtu_reg, admin_mtu) == 0x10, "pmtu_reg.admin_mtu");
static_assert(__mlx5_bit_off(pmtu_reg, oper_mtu) == 0x60 &&
	      __mlx5_bit_sz(pmtu_reg, oper_mtu) == 0x10, "pmtu_reg.oper_mtu");

/* struct mlx5_ifc_pmpr_reg_bits */
static_assert(__mlx5_bit_off(pmpr_reg, module) == 0x8 &&
	      __mlx5_bit_sz(pmpr_reg, module) == 0x8, "pmpr_reg.module");
static_assert(__mlx5_bit_off(pmpr_reg, attenuation_5g) == 0x38 &&
	      __mlx5_bit_sz(pmpr_reg, attenuation_5g) == 0x8, "pmpr_reg.attenuation_5g");
static_assert(__mlx5_bit_off(pmpr_reg, attenuation_7g) == 0x58 &&
	      __mlx5_bit_sz(pmpr_reg, attenuation_7g) == 0x8, "pmpr_reg.attenuation_7g");
static_assert(__mlx5_bit_off(pmpr_reg, attenuation_12g) == 0x78 &&
	      __mlx5_bit_sz(pmpr_reg, attenuation_12g) == 0x8, "pmpr_reg.attenuation_12g");

/* struct mlx5_ifc_pmpe_reg_bits */
static_assert(__mlx5_bit_off(pmpe_reg, module) == 0x8 &&
	      __mlx5_bit_sz(pmpe_reg, module) == 0x8, "pmpe_reg.module");
static_assert(__mlx5_bit_off(pmpe_reg, module_status) == 0x1c &&
	      __mlx5_bit_sz(pmpe_reg, module_status) == 0x4, "pmpe_reg.module_status");

/* struct mlx5_ifc_pmpc_reg_bits */
static_assert(__mlx5_bit_off(pmpc_reg, module_state_updated) == 0x0 &&
	      __mlx5_bit_sz(pmpc_reg, module_state_updated) == 0x100, "pmpc_reg.module_state_updated");

/* struct mlx5_ifc_pmlpn_reg_bits */
static_assert(__mlx5_bit_off(pmlpn_reg, mlpn_status) == 0x4 &&
	      __mlx5_bit_sz(pmlpn_reg, mlpn_status) == 0x4, "pmlpn_reg.mlpn_status");
static_assert(__mlx5_bit_off(pmlpn_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pmlpn_reg, local_port) == 0x8, "pmlpn_reg.local_port");
static_assert(__mlx5_bit_off(pmlpn_reg, e) == 0x20 &&
	      __mlx5_bit_sz(pmlpn_reg, e) == 0x1, "pmlpn_reg.e");

/* struct mlx5_ifc_pmaos_reg_bits */
static_assert(__mlx5_bit_off(pmaos_reg, module) == 0x8 &&
	      __mlx5_bit_sz(pmaos_reg, module) == 0x8, "pmaos_reg.module");
static_assert(__mlx5_bit_off(pmaos_reg, admin_status) == 0x14 &&
	      __mlx5_bit_sz(pmaos_reg, admin_status) == 0x4, "pmaos_reg.admin_status");
static_assert(__mlx5_bit_off(pmaos_reg, oper_status) == 0x1c &&
	      __mlx5_bit_sz(pmaos_reg, oper_status) == 0x4, "pmaos_reg.oper_status");
static_assert(__mlx5_bit_off(pmaos_reg, ase) == 0x20 &&
	      __mlx5_bit_sz(pmaos_reg, ase) == 0x1, "pmaos_reg.ase");
static_assert(__mlx5_bit_off(pmaos_reg, ee) == 0x21 &&
	      __mlx5_bit_sz(pmaos_reg, ee) == 0x1, "pmaos_reg.ee");
static_assert(__mlx5_bit_off(pmaos_reg, e) == 0x3e &&
	      __mlx5_bit_sz(pmaos_reg, e) == 0x2, "pmaos_reg.e");

/* struct mlx5_ifc_plpc_reg_bits */
static_assert(__mlx5_bit_off(plpc_reg, profile_id) == 0x4 &&
	      __mlx5_bit_sz(plpc_reg, profile_id) == 0xc, "plpc_reg.profile_id");
static_assert(__mlx5_bit_off(plpc_reg, proto_mask) == 0x14 &&
	      __mlx5_bit_sz(plpc_reg, proto_mask) == 0x4, "plpc_reg.proto_mask");
static_assert(__mlx5_bit_off(plpc_reg, lane_speed) == 0x30 &&
	      __mlx5_bit_sz(plpc_reg, lane_speed) == 0x10, "plpc_reg.lane_speed");
static_assert(__mlx5_bit_off(plpc_reg, lpbf) == 0x57 &&
	      __mlx5_bit_sz(plpc_reg, lpbf) == 0x1, "plpc_reg.lpbf");
static_assert(__mlx5_bit_off(plpc_reg, fec_mode_policy) == 0x58 &&
	      __mlx5_bit_sz(plpc_reg, fec_mode_policy) == 0x8, "plpc_reg.fec_mode_policy");
static_assert(__mlx5_bit_off(plpc_reg, retransmission_capability) == 0x60 &&
	      __mlx5_bit_sz(plpc_reg, retransmission_capability) == 0x8, "plpc_reg.retransmission_capability");
static_assert(__mlx5_bit_off(plpc_reg, fec_mode_capability) == 0x68 &&
	      __mlx5_bit_sz(plpc_reg, fec_mode_capability) == 0x18, "plpc_reg.fec_mode_capability");
static_assert(__mlx5_bit_off(plpc_reg, retransmission_support_admin) == 0x80 &&
	      __mlx5_bit_sz(plpc_reg, retransmission_support_admin) == 0x8, "plpc_reg.retransmission_support_admin");
static_assert(__mlx5_bit_off(plpc_reg, fec_mode_support_admin) == 0x88 &&
	      __mlx5_bit_sz(plpc_reg, fec_mode_support_admin) == 0x18, "plpc_reg.fec_mode_support_admin");
static_assert(__mlx5_bit_off(plpc_reg, retransmission_request_admin) == 0xa0 &&
	      __mlx5_bit_sz(plpc_reg, retransmission_request_admin) == 0x8, "plpc_reg.retransmission_request_admin");
static_assert(__mlx5_bit_off(plpc_reg, fec_mode_request_admin) == 0xa8 &&
	      __mlx5_bit_sz(plpc_reg, fec_mode_request_admin) == 0x18, "plpc_reg.fec_mode_request_admin");

/* struct mlx5_ifc_plib_reg_bits */
static_assert(__mlx5_bit_off(plib_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(plib_reg, local_port) == 0x8, "plib_reg.local_port");
static_assert(__mlx5_bit_off(plib_reg, ib_port) == 0x18 &&
	      __mlx5_bit_sz(plib_reg, ib_port) == 0x8, "plib_reg.ib_port");

/* struct mlx5_ifc_plbf_reg_bits */
static_assert(__mlx5_bit_off(plbf_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(plbf_reg, local_port) == 0x8, "plbf_reg.local_port");
static_assert(__mlx5_bit_off(plbf_reg, lbf_mode) == 0x1d &&
	      __mlx5_bit_sz(plbf_reg, lbf_mode) == 0x3, "plbf_reg.lbf_mode");

/* struct mlx5_ifc_pipg_reg_bits */
static_assert(__mlx5_bit_off(pipg_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pipg_reg, local_port) == 0x8, "pipg_reg.local_port");
static_assert(__mlx5_bit_off(pipg_reg, dic) == 0x20 &&
	      __mlx5_bit_sz(pipg_reg, dic) == 0x1, "pipg_reg.dic");
static_assert(__mlx5_bit_off(pipg_reg, ipg) == 0x3a &&
	      __mlx5_bit_sz(pipg_reg, ipg) == 0x4, "pipg_reg.ipg");

/* struct mlx5_ifc_pifr_reg_bits */
static_assert(__mlx5_bit_off(pifr_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pifr_reg, local_port) == 0x8, "pifr_reg.local_port");
static_assert(__mlx5_bit_off(pifr_reg, port_filter) == 0x100 &&
	      __mlx5_bit_sz(pifr_reg, port_filter) == 0x100, "pifr_reg.port_filter");
static_assert(__mlx5_bit_off(pifr_reg, port_filter_update_en) == 0x200 &&
	      __mlx5_bit_sz(pifr_reg, port_filter_update_en) == 0x100, "pifr_reg.port_filter_update_en");

/* struct mlx5_ifc_pfcc_reg_bits */
static_assert(__mlx5_bit_off(pfcc_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pfcc_reg, local_port) == 0x8, "pfcc_reg.local_port");
static_assert(__mlx5_bit_off(pfcc_reg, ppan_mask_n) == 0x1b &&
	      __mlx5_bit_sz(pfcc_reg, ppan_mask_n) == 0x1, "pfcc_reg.ppan_mask_n");
static_assert(__mlx5_bit_off(pfcc_reg, minor_stall_mask) == 0x1c &&
	      __mlx5_bit_sz(pfcc_reg, minor_stall_mask) == 0x1, "pfcc_reg.minor_stall_mask");
static_assert(__mlx5_bit_off(pfcc_reg, critical_stall_mask) == 0x1d &&
	      __mlx5_bit_sz(pfcc_reg, critical_stall_mask) == 0x1, "pfcc_reg.critical_stall_mask");
static_assert(__mlx5_bit_off(pfcc_reg, ppan) == 0x20 &&
	      __mlx5_bit_sz(pfcc_reg, ppan) == 0x4, "pfcc_reg.ppan");
static_assert(__mlx5_bit_off(pfcc_reg, prio_mask_tx) == 0x28 &&
	      __mlx5_bit_sz(pfcc_reg, prio_mask_tx) == 0x8, "pfcc_reg.prio_mask_tx");
static_assert(__mlx5_bit_off(pfcc_reg, prio_mask_rx) == 0x38 &&
	      __mlx5_bit_sz(pfcc_reg, prio_mask_rx) == 0x8, "pfcc_reg.prio_mask_rx");
static_assert(__mlx5_bit_off(pfcc_reg, pptx) == 0x40 &&
	      __mlx5_bit_sz(pfcc_reg, pptx) == 0x1, "pfcc_reg.pptx");
static_assert(__mlx5_bit_off(pfcc_reg, aptx) == 0x41 &&
	      __mlx5_bit_sz(pfcc_reg, aptx) == 0x1, "pfcc_reg.aptx");
static_assert(__mlx5_bit_off(pfcc_reg, pptx_mask_n) == 0x42 &&
	      __mlx5_bit_sz(pfcc_reg, pptx_mask_n) == 0x1, "pfcc_reg.pptx_mask_n");
static_assert(__mlx5_bit_off(pfcc_reg, pfctx) == 0x48 &&
	      __mlx5_bit_sz(pfcc_reg, pfctx) == 0x8, "pfcc_reg.pfctx");
static_assert(__mlx5_bit_off(pfcc_reg, pprx) == 0x60 &&
	      __mlx5_bit_sz(pfcc_reg, pprx) == 0x1, "pfcc_reg.pprx");
static_assert(__mlx5_bit_off(pfcc_reg, aprx) == 0x61 &&
	      __mlx5_bit_sz(pfcc_reg, aprx) == 0x1, "pfcc_reg.aprx");
static_assert(__mlx5_bit_off(pfcc_reg, pprx_mask_n) == 0x62 &&
	      __mlx5_bit_sz(pfcc_reg, pprx_mask_n) == 0x1, "pfcc_reg.pprx_mask_n");
static_assert(__mlx5_bit_off(pfcc_reg, pfcrx) == 0x68 &&
	      __mlx5_bit_sz(pfcc_reg, pfcrx) == 0x8, "pfcc_reg.pfcrx");
static_assert(__mlx5_bit_off(pfcc_reg, device_stall_minor_watermark) == 0x80 &&
	      __mlx5_bit_sz(pfcc_reg, device_stall_minor_watermark) == 0x10, "pfcc_reg.device_stall_minor_watermark");
static_assert(__mlx5_bit_off(pfcc_reg, device_stall_critical_watermark) == 0x90 &&
	      __mlx5_bit_sz(pfcc_reg, device_stall_critical_watermark) == 0x10, "pfcc_reg.device_stall_critical_watermark");

/* struct mlx5_ifc_pelc_reg_bits */
static_assert(__mlx5_bit_off(pelc_reg, op) == 0x0 &&
	      __mlx5_bit_sz(pelc_reg, op) == 0x4, "pelc_reg.op");
static_assert(__mlx5_bit_off(pelc_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pelc_reg, local_port) == 0x8, "pelc_reg.local_port");
static_assert(__mlx5_bit_off(pelc_reg, op_admin) == 0x20 &&
	      __mlx5_bit_sz(pelc_reg, op_admin) == 0x8, "pelc_reg.op_admin");
static_assert(__mlx5_bit_off(pelc_reg, op_capability) == 0x28 &&
	      __mlx5_bit_sz(pelc_reg, op_capability) == 0x8, "pelc_reg.op_capability");
static_assert(__mlx5_bit_off(pelc_reg, op_request) == 0x30 &&
	      __mlx5_bit_sz(pelc_reg, op_request) == 0x8, "pelc_reg.op_request");
static_assert(__mlx5_bit_off(pelc_reg, op_active) == 0x38 &&
	      __mlx5_bit_sz(pelc_reg, op_active) == 0x8, "pelc_reg.op_active");
static_assert(__mlx5_bit_off(pelc_reg, admin) == 0x40 &&
	      __mlx5_bit_sz(pelc_reg, admin) == 0x40, "pelc_reg.admin");
static_assert(__mlx5_bit_off(pelc_reg, capability) == 0x80 &&
	      __mlx5_bit_sz(pelc_reg, capability) == 0x40, "pelc_reg.capability");
static_assert(__mlx5_bit_off(pelc_reg, request) == 0xc0 &&
	      __mlx5_bit_sz(pelc_reg, request) == 0x40, "pelc_reg.request");
static_assert(__mlx5_bit_off(pelc_reg, active) == 0x100 &&
	      __mlx5_bit_sz(pelc_reg, active) == 0x40, "pelc_reg.active");

/* struct mlx5_ifc_peir_reg_bits */
static_assert(__mlx5_bit_off(peir_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(peir_reg, local_port) == 0x8, "peir_reg.local_port");
static_assert(__mlx5_bit_off(peir_reg, error_count) == 0x2c &&
	      __mlx5_bit_sz(peir_reg, error_count) == 0x4, "peir_reg.error_count");
static_assert(__mlx5_bit_off(peir_reg, lane) == 0x4c &&
	      __mlx5_bit_sz(peir_reg, lane) == 0x4, "peir_reg.lane");
static_assert(__mlx5_bit_off(peir_reg, error_type) == 0x58 &&
	      __mlx5_bit_sz(peir_reg, error_type) == 0x8, "peir_reg.error_type");

/* struct mlx5_ifc_mpegc_reg_bits */
static_assert(__mlx5_bit_off(mpegc_reg, field_select) == 0x30 &&
	      __mlx5_bit_sz(mpegc_reg, field_select) == 0x10, "mpegc_reg.field_select");
static_assert(__mlx5_bit_off(mpegc_reg, tx_overflow_sense) == 0x40 &&
	      __mlx5_bit_sz(mpegc_reg, tx_overflow_sense) == 0x1, "mpegc_reg.tx_overflow_sense");
static_assert(__mlx5_bit_off(mpegc_reg, mark_cqe) == 0x41 &&
	      __mlx5_bit_sz(mpegc_reg, mark_cqe) == 0x1, "mpegc_reg.mark_cqe");
static_assert(__mlx5_bit_off(mpegc_reg, mark_cnp) == 0x42 &&
	      __mlx5_bit_sz(mpegc_reg, mark_cnp) == 0x1, "mpegc_reg.mark_cnp");
static_assert(__mlx5_bit_off(mpegc_reg, tx_lossy_overflow_oper) == 0x5e &&
	      __mlx5_bit_sz(mpegc_reg, tx_lossy_overflow_oper) == 0x2, "mpegc_reg.tx_lossy_overflow_oper");

/* struct mlx5_ifc_mtutc_reg_bits */
static_assert(__mlx5_bit_off(mtutc_reg, operation) == 0x1c &&
	      __mlx5_bit_sz(mtutc_reg, operation) == 0x4, "mtutc_reg.operation");
static_assert(__mlx5_bit_off(mtutc_reg, freq_adjustment) == 0x20 &&
	      __mlx5_bit_sz(mtutc_reg, freq_adjustment) == 0x20, "mtutc_reg.freq_adjustment");
static_assert(__mlx5_bit_off(mtutc_reg, utc_sec) == 0x80 &&
	      __mlx5_bit_sz(mtutc_reg, utc_sec) == 0x20, "mtutc_reg.utc_sec");
static_assert(__mlx5_bit_off(mtutc_reg, utc_nsec) == 0xa2 &&
	      __mlx5_bit_sz(mtutc_reg, utc_nsec) == 0x1e, "mtutc_reg.utc_nsec");
static_assert(__mlx5_bit_off(mtutc_reg, time_adjustment) == 0xc0 &&
	      __mlx5_bit_sz(mtutc_reg, time_adjustment) == 0x20, "mtutc_reg.time_adjustment");

/* struct mlx5_ifc_pcam_enhanced_features_bits */
static_assert(__mlx5_bit_off(pcam_enhanced_features, fec_50G_per_lane_in_pplm) == 0x68 &&
	      __mlx5_bit_sz(pcam_enhanced_features, fec_50G_per_lane_in_pplm) == 0x1, "pcam_enhanced_features.fec_50g_per_lane_in_pplm");
static_assert(__mlx5_bit_off(pcam_enhanced_features, rx_icrc_encapsulated_counter) == 0x6d &&
	      __mlx5_bit_sz(pcam_enhanced_features, rx_icrc_encapsulated_counter) == 0x1, "pcam_enhanced_features.rx_icrc_encapsulated_counter");
static_assert(__mlx5_bit_off(pcam_enhanced_features, ptys_extended_ethernet) == 0x72 &&
	      __mlx5_bit_sz(pcam_enhanced_features, ptys_extended_ethernet) == 0x1, "pcam_enhanced_features.ptys_extended_ethernet");
static_assert(__mlx5_bit_off(pcam_enhanced_features, pfcc_mask) == 0x76 &&
	      __mlx5_bit_sz(pcam_enhanced_features, pfcc_mask) == 0x1, "pcam_enhanced_features.pfcc_mask");
static_assert(__mlx5_bit_off(pcam_enhanced_features, per_lane_error_counters) == 0x7a &&
	      __mlx5_bit_sz(pcam_enhanced_features, per_lane_error_counters) == 0x1, "pcam_enhanced_features.per_lane_error_counters");
static_assert(__mlx5_bit_off(pcam_enhanced_features, rx_buffer_fullness_counters) == 0x7b &&
	      __mlx5_bit_sz(pcam_enhanced_features, rx_buffer_fullness_counters) == 0x1, "pcam_enhanced_features.rx_buffer_fullness_counters");
static_assert(__mlx5_bit_off(pcam_enhanced_features, ptys_connector_type) == 0x7c &&
	      __mlx5_bit_sz(pcam_enhanced_features, ptys_connector_type) == 0x1, "pcam_enhanced_features.ptys_connector_type");
static_assert(__mlx5_bit_off(pcam_enhanced_features, ppcnt_discard_group) == 0x7e &&
	      __mlx5_bit_sz(pcam_enhanced_features, ppcnt_discard_group) == 0x1, "pcam_enhanced_features.ppcnt_discard_group");
static_assert(__mlx5_bit_off(pcam_enhanced_features, ppcnt_statistical_group) == 0x7f &&
	      __mlx5_bit_sz(pcam_enhanced_features, ppcnt_statistical_group) == 0x1, "pcam_enhanced_features.ppcnt_statistical_group");

/* struct mlx5_ifc_pcam_regs_5000_to_507f_bits */
static_assert(__mlx5_bit_off(pcam_regs_5000_to_507f, port_access_reg_cap_mask_127_to_96) == 0x0 &&
	      __mlx5_bit_sz(pcam_regs_5000_to_507f, port_access_reg_cap_mask_127_to_96) == 0x20, "pcam_regs_5000_to_507f.port_access_reg_cap_mask_127_to_96");
static_assert(__mlx5_bit_off(pcam_regs_5000_to_507f, port_access_reg_cap_mask_95_to_64) == 0x20 &&
	      __mlx5_bit_sz(pcam_regs_5000_to_507f, port_access_reg_cap_mask_95_to_64) == 0x20, "pcam_regs_5000_to_507f.port_access_reg_cap_mask_95_to_64");
static_assert(__mlx5_bit_off(pcam_regs_5000_to_507f, port_access_reg_cap_mask_63_to_36) == 0x40 &&
	      __mlx5_bit_sz(pcam_regs_5000_to_507f, port_access_reg_cap_mask_63_to_36) == 0x1c, "pcam_regs_5000_to_507f.port_access_reg_cap_mask_63_to_36");
static_assert(__mlx5_bit_off(pcam_regs_5000_to_507f, pplm) == 0x5c &&
	      __mlx5_bit_sz(pcam_regs_5000_to_507f, pplm) == 0x1, "pcam_regs_5000_to_507f.pplm");
static_assert(__mlx5_bit_off(pcam_regs_5000_to_507f, port_access_reg_cap_mask_34_to_32) == 0x5d &&
	      __mlx5_bit_sz(pcam_regs_5000_to_507f, port_access_reg_cap_mask_34_to_32) == 0x3, "pcam_regs_5000_to_507f.port_access_reg_cap_mask_34_to_32");
static_assert(__mlx5_bit_off(pcam_regs_5000_to_507f, port_access_reg_cap_mask_31_to_13) == 0x60 &&
	      __mlx5_bit_sz(pcam_regs_5000_to_507f, port_access_reg_cap_mask_31_to_13) == 0x13, "pcam_regs_5000_to_507f.port_access_reg_cap_mask_31_to_13");
static_assert(__mlx5_bit_off(pcam_regs_5000_to_507f, pbmc) == 0x73 &&
	      __mlx5_bit_sz(pcam_regs_5000_to_507f, pbmc) == 0x1, "pcam_regs_5000_to_507f.pbmc");
static_assert(__mlx5_bit_off(pcam_regs_5000_to_507f, pptb) == 0x74 &&
	      __mlx5_bit_sz(pcam_regs_5000_to_507f, pptb) == 0x1, "pcam_regs_5000_to_507f.pptb");
static_assert(__mlx5_bit_off(pcam_regs_5000_to_507f, port_access_reg_cap_mask_10_to_09) == 0x75 &&
	      __mlx5_bit_sz(pcam_regs_5000_to_507f, port_access_reg_cap_mask_10_to_09) == 0x2, "pcam_regs_5000_to_507f.port_access_reg_cap_mask_10_to_09");
static_assert(__mlx5_bit_off(pcam_regs_5000_to_507f, ppcnt) == 0x77 &&
	      __mlx5_bit_sz(pcam_regs_5000_to_507f, ppcnt) == 0x1, "pcam_regs_5000_to_507f.ppcnt");
static_assert(__mlx5_bit_off(pcam_regs_5000_to_507f, port_access_reg_cap_mask_07_to_00) == 0x78 &&
	      __mlx5_bit_sz(pcam_regs_5000_to_507f, port_access_reg_cap_mask_07_to_00) == 0x8, "pcam_regs_5000_to_507f.port_access_reg_cap_mask_07_to_00");

/* struct mlx5_ifc_pcam_reg_bits */
static_assert(__mlx5_bit_off(pcam_reg, feature_group) == 0x8 &&
	      __mlx5_bit_sz(pcam_reg, feature_group) == 0x8, "pcam_reg.feature_group");
static_assert(__mlx5_bit_off(pcam_reg, access_reg_group) == 0x18 &&
	      __mlx5_bit_sz(pcam_reg, access_reg_group) == 0x8, "pcam_reg.access_reg_group");
static_assert(__mlx5_bit_off(pcam_reg, port_access_reg_cap_mask) == 0x40 &&
	      __mlx5_bit_sz(pcam_reg, port_access_reg_cap_mask) == 0x80, "pcam_reg.port_access_reg_cap_mask");
static_assert(__mlx5_bit_off(pcam_reg, feature_cap_mask) == 0x140 &&
	      __mlx5_bit_sz(pcam_reg, feature_cap_mask) == 0x80, "pcam_reg.feature_cap_mask");

/* anonymous union port_access_reg_cap_mask of struct mlx5_ifc_pcam_reg_bits */
static_assert(__mlx5_bit_off(pcam_reg, port_access_reg_cap_mask.regs_5000_to_507f) == 0x40 &&
	      __mlx5_bit_sz(pcam_reg, port_access_reg_cap_mask.regs_5000_to_507f) == 0x80, "pcam_reg_port_access_reg_cap_mask.regs_5000_to_507f");

/* anonymous union feature_cap_mask of struct mlx5_ifc_pcam_reg_bits */
static_assert(__mlx5_bit_off(pcam_reg, feature_cap_mask.enhanced_features) == 0x140 &&
	      __mlx5_bit_sz(pcam_reg, feature_cap_mask.enhanced_features) == 0x80, "pcam_reg_feature_cap_mask.enhanced_features");

/* struct mlx5_ifc_mcam_enhanced_features_bits */
static_assert(__mlx5_bit_off(mcam_enhanced_features, mcia_32dwords) == 0x5d &&
	      __mlx5_bit_sz(mcam_enhanced_features, mcia_32dwords) == 0x1, "mcam_enhanced_features.mcia_32dwords");
static_assert(__mlx5_bit_off(mcam_enhanced_features, out_pulse_duration_ns) == 0x5e &&
	      __mlx5_bit_sz(mcam_enhanced_features, out_pulse_duration_ns) == 0x1, "mcam_enhanced_features.out_pulse_duration_ns");
static_assert(__mlx5_bit_off(mcam_enhanced_features, npps_period) == 0x5f &&
	      __mlx5_bit_sz(mcam_enhanced_features, npps_period) == 0x1, "mcam_enhanced_features.npps_period");
static_assert(__mlx5_bit_off(mcam_enhanced_features, reset_state) == 0x6a &&
	      __mlx5_bit_sz(mcam_enhanced_features, reset_state) == 0x1, "mcam_enhanced_features.reset_state");
static_assert(__mlx5_bit_off(mcam_enhanced_features, ptpcyc2realtime_modify) == 0x6b &&
	      __mlx5_bit_sz(mcam_enhanced_features, ptpcyc2realtime_modify) == 0x1, "mcam_enhanced_features.ptpcyc2realtime_modify");
static_assert(__mlx5_bit_off(mcam_enhanced_features, pci_status_and_power) == 0x6e &&
	      __mlx5_bit_sz(mcam_enhanced_features, pci_status_and_power) == 0x1, "mcam_enhanced_features.pci_status_and_power");
static_assert(__mlx5_bit_off(mcam_enhanced_features, mark_tx_action_cnp) == 0x74 &&
	      __mlx5_bit_sz(mcam_enhanced_features, mark_tx_action_cnp) == 0x1, "mcam_enhanced_features.mark_tx_action_cnp");
static_assert(__mlx5_bit_off(mcam_enhanced_features, mark_tx_action_cqe) == 0x75 &&
	      __mlx5_bit_sz(mcam_enhanced_features, mark_tx_action_cqe) == 0x1, "mcam_enhanced_features.mark_tx_action_cqe");
static_assert(__mlx5_bit_off(mcam_enhanced_features, dynamic_tx_overflow) == 0x76 &&
	      __mlx5_bit_sz(mcam_enhanced_features, dynamic_tx_overflow) == 0x1, "mcam_enhanced_features.dynamic_tx_overflow");
static_assert(__mlx5_bit_off(mcam_enhanced_features, pcie_outbound_stalled) == 0x7b &&
	      __mlx5_bit_sz(mcam_enhanced_features, pcie_outbound_stalled) == 0x1, "mcam_enhanced_features.pcie_outbound_stalled");
static_assert(__mlx5_bit_off(mcam_enhanced_features, tx_overflow_buffer_pkt) == 0x7c &&
	      __mlx5_bit_sz(mcam_enhanced_features, tx_overflow_buffer_pkt) == 0x1, "mcam_enhanced_features.tx_overflow_buffer_pkt");
static_assert(__mlx5_bit_off(mcam_enhanced_features, mtpps_enh_out_per_adj) == 0x7d &&
	      __mlx5_bit_sz(mcam_enhanced_features, mtpps_enh_out_per_adj) == 0x1, "mcam_enhanced_features.mtpps_enh_out_per_adj");
static_assert(__mlx5_bit_off(mcam_enhanced_features, mtpps_fs) == 0x7e &&
	      __mlx5_bit_sz(mcam_enhanced_features, mtpps_fs) == 0x1, "mcam_enhanced_features.mtpps_fs");
static_assert(__mlx5_bit_off(mcam_enhanced_features, pcie_performance_group) == 0x7f &&
	      __mlx5_bit_sz(mcam_enhanced_features, pcie_performance_group) == 0x1, "mcam_enhanced_features.pcie_performance_group");

/* struct mlx5_ifc_mcam_access_reg_bits */
static_assert(__mlx5_bit_off(mcam_access_reg, mcda) == 0x1c &&
	      __mlx5_bit_sz(mcam_access_reg, mcda) == 0x1, "mcam_access_reg.mcda");
static_assert(__mlx5_bit_off(mcam_access_reg, mcc) == 0x1d &&
	      __mlx5_bit_sz(mcam_access_reg, mcc) == 0x1, "mcam_access_reg.mcc");
static_assert(__mlx5_bit_off(mcam_access_reg, mcqi) == 0x1e &&
	      __mlx5_bit_sz(mcam_access_reg, mcqi) == 0x1, "mcam_access_reg.mcqi");
static_assert(__mlx5_bit_off(mcam_access_reg, mcqs) == 0x1f &&
	      __mlx5_bit_sz(mcam_access_reg, mcqs) == 0x1, "mcam_access_reg.mcqs");
static_assert(__mlx5_bit_off(mcam_access_reg, regs_95_to_87) == 0x20 &&
	      __mlx5_bit_sz(mcam_access_reg, regs_95_to_87) == 0x9, "mcam_access_reg.regs_95_to_87");
static_assert(__mlx5_bit_off(mcam_access_reg, mpegc) == 0x29 &&
	      __mlx5_bit_sz(mcam_access_reg, mpegc) == 0x1, "mcam_access_reg.mpegc");
static_assert(__mlx5_bit_off(mcam_access_reg, mtutc) == 0x2a &&
	      __mlx5_bit_sz(mcam_access_reg, mtutc) == 0x1, "mcam_access_reg.mtutc");
static_assert(__mlx5_bit_off(mcam_access_reg, regs_84_to_68) == 0x2b &&
	      __mlx5_bit_sz(mcam_access_reg, regs_84_to_68) == 0x11, "mcam_access_reg.regs_84_to_68");
static_assert(__mlx5_bit_off(mcam_access_reg, tracer_registers) == 0x3c &&
	      __mlx5_bit_sz(mcam_access_reg, tracer_registers) == 0x4, "mcam_access_reg.tracer_registers");
static_assert(__mlx5_bit_off(mcam_access_reg, regs_63_to_46) == 0x40 &&
	      __mlx5_bit_sz(mcam_access_reg, regs_63_to_46) == 0x12, "mcam_access_reg.regs_63_to_46");
static_assert(__mlx5_bit_off(mcam_access_reg, mrtc) == 0x52 &&
	      __mlx5_bit_sz(mcam_access_reg, mrtc) == 0x1, "mcam_access_reg.mrtc");
static_assert(__mlx5_bit_off(mcam_access_reg, regs_44_to_32) == 0x53 &&
	      __mlx5_bit_sz(mcam_access_reg, regs_44_to_32) == 0xd, "mcam_access_reg.regs_44_to_32");
static_assert(__mlx5_bit_off(mcam_access_reg, regs_31_to_0) == 0x60 &&
	      __mlx5_bit_sz(mcam_access_reg, regs_31_to_0) == 0x20, "mcam_access_reg.regs_31_to_0");

/* struct mlx5_ifc_mcam_access_reg_bits1 */
static_assert(XC_OFF(struct mlx5_ifc_mcam_access_reg_bits1, regs_127_to_96) == 0x0 &&
	      XC_SZ(struct mlx5_ifc_mcam_access_reg_bits1, regs_127_to_96) == 0x20, "mcam_access_reg_bits1.regs_127_to_96");
static_assert(XC_OFF(struct mlx5_ifc_mcam_access_reg_bits1, regs_95_to_64) == 0x20 &&
	      XC_SZ(struct mlx5_ifc_mcam_access_reg_bits1, regs_95_to_64) == 0x20, "mcam_access_reg_bits1.regs_95_to_64");
static_assert(XC_OFF(struct mlx5_ifc_mcam_access_reg_bits1, regs_63_to_32) == 0x40 &&
	      XC_SZ(struct mlx5_ifc_mcam_access_reg_bits1, regs_63_to_32) == 0x20, "mcam_access_reg_bits1.regs_63_to_32");
static_assert(XC_OFF(struct mlx5_ifc_mcam_access_reg_bits1, regs_31_to_0) == 0x60 &&
	      XC_SZ(struct mlx5_ifc_mcam_access_reg_bits1, regs_31_to_0) == 0x20, "mcam_access_reg_bits1.regs_31_to_0");

/* struct mlx5_ifc_mcam_access_reg_bits2 */
static_assert(XC_OFF(struct mlx5_ifc_mcam_access_reg_bits2, regs_127_to_99) == 0x0 &&
	      XC_SZ(struct mlx5_ifc_mcam_access_reg_bits2, regs_127_to_99) == 0x1d, "mcam_access_reg_bits2.regs_127_to_99");
static_assert(XC_OFF(struct mlx5_ifc_mcam_access_reg_bits2, mirc) == 0x1d &&
	      XC_SZ(struct mlx5_ifc_mcam_access_reg_bits2, mirc) == 0x1, "mcam_access_reg_bits2.mirc");
static_assert(XC_OFF(struct mlx5_ifc_mcam_access_reg_bits2, regs_97_to_96) == 0x1e &&
	      XC_SZ(struct mlx5_ifc_mcam_access_reg_bits2, regs_97_to_96) == 0x2, "mcam_access_reg_bits2.regs_97_to_96");
static_assert(XC_OFF(struct mlx5_ifc_mcam_access_reg_bits2, regs_95_to_64) == 0x20 &&
	      XC_SZ(struct mlx5_ifc_mcam_access_reg_bits2, regs_95_to_64) == 0x20, "mcam_access_reg_bits2.regs_95_to_64");
static_assert(XC_OFF(struct mlx5_ifc_mcam_access_reg_bits2, regs_63_to_32) == 0x40 &&
	      XC_SZ(struct mlx5_ifc_mcam_access_reg_bits2, regs_63_to_32) == 0x20, "mcam_access_reg_bits2.regs_63_to_32");
static_assert(XC_OFF(struct mlx5_ifc_mcam_access_reg_bits2, regs_31_to_0) == 0x60 &&
	      XC_SZ(struct mlx5_ifc_mcam_access_reg_bits2, regs_31_to_0) == 0x20, "mcam_access_reg_bits2.regs_31_to_0");

/* struct mlx5_ifc_mcam_reg_bits */
static_assert(__mlx5_bit_off(mcam_reg, feature_group) == 0x8 &&
	      __mlx5_bit_sz(mcam_reg, feature_group) == 0x8, "mcam_reg.feature_group");
static_assert(__mlx5_bit_off(mcam_reg, access_reg_group) == 0x18 &&
	      __mlx5_bit_sz(mcam_reg, access_reg_group) == 0x8, "mcam_reg.access_reg_group");
static_assert(__mlx5_bit_off(mcam_reg, mng_access_reg_cap_mask) == 0x40 &&
	      __mlx5_bit_sz(mcam_reg, mng_access_reg_cap_mask) == 0x80, "mcam_reg.mng_access_reg_cap_mask");
static_assert(__mlx5_bit_off(mcam_reg, mng_feature_cap_mask) == 0x140 &&
	      __mlx5_bit_sz(mcam_reg, mng_feature_cap_mask) == 0x80, "mcam_reg.mng_feature_cap_mask");

/* anonymous union mng_access_reg_cap_mask of struct mlx5_ifc_mcam_reg_bits */
static_assert(__mlx5_bit_off(mcam_reg, mng_access_reg_cap_mask.access_regs) == 0x40 &&
	      __mlx5_bit_sz(mcam_reg, mng_access_reg_cap_mask.access_regs) == 0x80, "mcam_reg_mng_access_reg_cap_mask.access_regs");
static_assert(__mlx5_bit_off(mcam_reg, mng_access_reg_cap_mask.access_regs1) == 0x40 &&
	      __mlx5_bit_sz(mcam_reg, mng_access_reg_cap_mask.access_regs1) == 0x80, "mcam_reg_mng_access_reg_cap_mask.access_regs1");
static_assert(__mlx5_bit_off(mcam_reg, mng_access_reg_cap_mask.access_regs2) == 0x40 &&
	      __mlx5_bit_sz(mcam_reg, mng_access_reg_cap_mask.access_regs2) == 0x80, "mcam_reg_mng_access_reg_cap_mask.access_regs2");

/* anonymous union mng_feature_cap_mask of struct mlx5_ifc_mcam_reg_bits */
static_assert(__mlx5_bit_off(mcam_reg, mng_feature_cap_mask.enhanced_features) == 0x140 &&
	      __mlx5_bit_sz(mcam_reg, mng_feature_cap_mask.enhanced_features) == 0x80, "mcam_reg_mng_feature_cap_mask.enhanced_features");

/* struct mlx5_ifc_qcam_access_reg_cap_mask */
static_assert(XC_OFF(struct mlx5_ifc_qcam_access_reg_cap_mask, qcam_access_reg_cap_mask_127_to_20) == 0x0 &&
	      XC_SZ(struct mlx5_ifc_qcam_access_reg_cap_mask, qcam_access_reg_cap_mask_127_to_20) == 0x6c, "qcam_access_reg_cap_mask.qcam_access_reg_cap_mask_127_to_20");
static_assert(XC_OFF(struct mlx5_ifc_qcam_access_reg_cap_mask, qpdpm) == 0x6c &&
	      XC_SZ(struct mlx5_ifc_qcam_access_reg_cap_mask, qpdpm) == 0x1, "qcam_access_reg_cap_mask.qpdpm");
static_assert(XC_OFF(struct mlx5_ifc_qcam_access_reg_cap_mask, qcam_access_reg_cap_mask_18_to_4) == 0x6d &&
	      XC_SZ(struct mlx5_ifc_qcam_access_reg_cap_mask, qcam_access_reg_cap_mask_18_to_4) == 0xf, "qcam_access_reg_cap_mask.qcam_access_reg_cap_mask_18_to_4");
static_assert(XC_OFF(struct mlx5_ifc_qcam_access_reg_cap_mask, qdpm) == 0x7c &&
	      XC_SZ(struct mlx5_ifc_qcam_access_reg_cap_mask, qdpm) == 0x1, "qcam_access_reg_cap_mask.qdpm");
static_assert(XC_OFF(struct mlx5_ifc_qcam_access_reg_cap_mask, qpts) == 0x7d &&
	      XC_SZ(struct mlx5_ifc_qcam_access_reg_cap_mask, qpts) == 0x1, "qcam_access_reg_cap_mask.qpts");
static_assert(XC_OFF(struct mlx5_ifc_qcam_access_reg_cap_mask, qcap) == 0x7e &&
	      XC_SZ(struct mlx5_ifc_qcam_access_reg_cap_mask, qcap) == 0x1, "qcam_access_reg_cap_mask.qcap");
static_assert(XC_OFF(struct mlx5_ifc_qcam_access_reg_cap_mask, qcam_access_reg_cap_mask_0) == 0x7f &&
	      XC_SZ(struct mlx5_ifc_qcam_access_reg_cap_mask, qcam_access_reg_cap_mask_0) == 0x1, "qcam_access_reg_cap_mask.qcam_access_reg_cap_mask_0");

/* struct mlx5_ifc_qcam_qos_feature_cap_mask */
static_assert(XC_OFF(struct mlx5_ifc_qcam_qos_feature_cap_mask, qcam_qos_feature_cap_mask_127_to_1) == 0x0 &&
	      XC_SZ(struct mlx5_ifc_qcam_qos_feature_cap_mask, qcam_qos_feature_cap_mask_127_to_1) == 0x7f, "qcam_qos_feature_cap_mask.qcam_qos_feature_cap_mask_127_to_1");
static_assert(XC_OFF(struct mlx5_ifc_qcam_qos_feature_cap_mask, qpts_trust_both) == 0x7f &&
	      XC_SZ(struct mlx5_ifc_qcam_qos_feature_cap_mask, qpts_trust_both) == 0x1, "qcam_qos_feature_cap_mask.qpts_trust_both");

/* struct mlx5_ifc_qcam_reg_bits */
static_assert(__mlx5_bit_off(qcam_reg, feature_group) == 0x8 &&
	      __mlx5_bit_sz(qcam_reg, feature_group) == 0x8, "qcam_reg.feature_group");
static_assert(__mlx5_bit_off(qcam_reg, access_reg_group) == 0x18 &&
	      __mlx5_bit_sz(qcam_reg, access_reg_group) == 0x8, "qcam_reg.access_reg_group");
static_assert(__mlx5_bit_off(qcam_reg, qos_access_reg_cap_mask) == 0x40 &&
	      __mlx5_bit_sz(qcam_reg, qos_access_reg_cap_mask) == 0x80, "qcam_reg.qos_access_reg_cap_mask");
static_assert(__mlx5_bit_off(qcam_reg, qos_feature_cap_mask) == 0x140 &&
	      __mlx5_bit_sz(qcam_reg, qos_feature_cap_mask) == 0x80, "qcam_reg.qos_feature_cap_mask");

/* anonymous union qos_access_reg_cap_mask of struct mlx5_ifc_qcam_reg_bits */
static_assert(__mlx5_bit_off(qcam_reg, qos_access_reg_cap_mask.reg_cap) == 0x40 &&
	      __mlx5_bit_sz(qcam_reg, qos_access_reg_cap_mask.reg_cap) == 0x80, "qcam_reg_qos_access_reg_cap_mask.reg_cap");

/* anonymous union qos_feature_cap_mask of struct mlx5_ifc_qcam_reg_bits */
static_assert(__mlx5_bit_off(qcam_reg, qos_feature_cap_mask.feature_cap) == 0x140 &&
	      __mlx5_bit_sz(qcam_reg, qos_feature_cap_mask.feature_cap) == 0x80, "qcam_reg_qos_feature_cap_mask.feature_cap");

/* struct mlx5_ifc_core_dump_reg_bits */
static_assert(__mlx5_bit_off(core_dump_reg, core_dump_type) == 0x18 &&
	      __mlx5_bit_sz(core_dump_reg, core_dump_type) == 0x8, "core_dump_reg.core_dump_type");
static_assert(__mlx5_bit_off(core_dump_reg, vhca_id) == 0x50 &&
	      __mlx5_bit_sz(core_dump_reg, vhca_id) == 0x10, "core_dump_reg.vhca_id");
static_assert(__mlx5_bit_off(core_dump_reg, qpn) == 0x68 &&
	      __mlx5_bit_sz(core_dump_reg, qpn) == 0x18, "core_dump_reg.qpn");

/* struct mlx5_ifc_pcap_reg_bits */
static_assert(__mlx5_bit_off(pcap_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pcap_reg, local_port) == 0x8, "pcap_reg.local_port");
static_assert(__mlx5_bit_off(pcap_reg, port_capability_mask) == 0x20 &&
	      __mlx5_bit_sz(pcap_reg, port_capability_mask) == 0x80, "pcap_reg.port_capability_mask");

/* struct mlx5_ifc_pamp_reg_bits */
static_assert(__mlx5_bit_off(pamp_reg, opamp_group) == 0x8 &&
	      __mlx5_bit_sz(pamp_reg, opamp_group) == 0x8, "pamp_reg.opamp_group");
static_assert(__mlx5_bit_off(pamp_reg, opamp_group_type) == 0x1c &&
	      __mlx5_bit_sz(pamp_reg, opamp_group_type) == 0x4, "pamp_reg.opamp_group_type");
static_assert(__mlx5_bit_off(pamp_reg, start_index) == 0x20 &&
	      __mlx5_bit_sz(pamp_reg, start_index) == 0x10, "pamp_reg.start_index");
static_assert(__mlx5_bit_off(pamp_reg, num_of_indices) == 0x34 &&
	      __mlx5_bit_sz(pamp_reg, num_of_indices) == 0xc, "pamp_reg.num_of_indices");
static_assert(__mlx5_bit_off(pamp_reg, index_data) == 0x40 &&
	      __mlx5_bit_sz(pamp_reg, index_data) == 0x120, "pamp_reg.index_data");

/* struct mlx5_ifc_pcmr_reg_bits */
static_assert(__mlx5_bit_off(pcmr_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pcmr_reg, local_port) == 0x8, "pcmr_reg.local_port");
static_assert(__mlx5_bit_off(pcmr_reg, entropy_force_cap) == 0x20 &&
	      __mlx5_bit_sz(pcmr_reg, entropy_force_cap) == 0x1, "pcmr_reg.entropy_force_cap");
static_assert(__mlx5_bit_off(pcmr_reg, entropy_calc_cap) == 0x21 &&
	      __mlx5_bit_sz(pcmr_reg, entropy_calc_cap) == 0x1, "pcmr_reg.entropy_calc_cap");
static_assert(__mlx5_bit_off(pcmr_reg, entropy_gre_calc_cap) == 0x22 &&
	      __mlx5_bit_sz(pcmr_reg, entropy_gre_calc_cap) == 0x1, "pcmr_reg.entropy_gre_calc_cap");
static_assert(__mlx5_bit_off(pcmr_reg, rx_ts_over_crc_cap) == 0x32 &&
	      __mlx5_bit_sz(pcmr_reg, rx_ts_over_crc_cap) == 0x1, "pcmr_reg.rx_ts_over_crc_cap");
static_assert(__mlx5_bit_off(pcmr_reg, fcs_cap) == 0x3e &&
	      __mlx5_bit_sz(pcmr_reg, fcs_cap) == 0x1, "pcmr_reg.fcs_cap");
static_assert(__mlx5_bit_off(pcmr_reg, entropy_force) == 0x40 &&
	      __mlx5_bit_sz(pcmr_reg, entropy_force) == 0x1, "pcmr_reg.entropy_force");
static_assert(__mlx5_bit_off(pcmr_reg, entropy_calc) == 0x41 &&
	      __mlx5_bit_sz(pcmr_reg, entropy_calc) == 0x1, "pcmr_reg.entropy_calc");
static_assert(__mlx5_bit_off(pcmr_reg, entropy_gre_calc) == 0x42 &&
	      __mlx5_bit_sz(pcmr_reg, entropy_gre_calc) == 0x1, "pcmr_reg.entropy_gre_calc");
static_assert(__mlx5_bit_off(pcmr_reg, rx_ts_over_crc) == 0x52 &&
	      __mlx5_bit_sz(pcmr_reg, rx_ts_over_crc) == 0x1, "pcmr_reg.rx_ts_over_crc");
static_assert(__mlx5_bit_off(pcmr_reg, fcs_chk) == 0x5e &&
	      __mlx5_bit_sz(pcmr_reg, fcs_chk) == 0x1, "pcmr_reg.fcs_chk");

/* struct mlx5_ifc_lane_2_module_mapping_bits */
static_assert(__mlx5_bit_off(lane_2_module_mapping, rx_lane) == 0x4 &&
	      __mlx5_bit_sz(lane_2_module_mapping, rx_lane) == 0x4, "lane_2_module_mapping.rx_lane");
static_assert(__mlx5_bit_off(lane_2_module_mapping, tx_lane) == 0xc &&
	      __mlx5_bit_sz(lane_2_module_mapping, tx_lane) == 0x4, "lane_2_module_mapping.tx_lane");
static_assert(__mlx5_bit_off(lane_2_module_mapping, module) == 0x18 &&
	      __mlx5_bit_sz(lane_2_module_mapping, module) == 0x8, "lane_2_module_mapping.module");

/* struct mlx5_ifc_bufferx_reg_bits */
static_assert(__mlx5_bit_off(bufferx_reg, lossy) == 0x6 &&
	      __mlx5_bit_sz(bufferx_reg, lossy) == 0x1, "bufferx_reg.lossy");
static_assert(__mlx5_bit_off(bufferx_reg, epsb) == 0x7 &&
	      __mlx5_bit_sz(bufferx_reg, epsb) == 0x1, "bufferx_reg.epsb");
static_assert(__mlx5_bit_off(bufferx_reg, size) == 0x10 &&
	      __mlx5_bit_sz(bufferx_reg, size) == 0x10, "bufferx_reg.size");
static_assert(__mlx5_bit_off(bufferx_reg, xoff_threshold) == 0x20 &&
	      __mlx5_bit_sz(bufferx_reg, xoff_threshold) == 0x10, "bufferx_reg.xoff_threshold");
static_assert(__mlx5_bit_off(bufferx_reg, xon_threshold) == 0x30 &&
	      __mlx5_bit_sz(bufferx_reg, xon_threshold) == 0x10, "bufferx_reg.xon_threshold");

/* struct mlx5_ifc_set_node_in_bits */
static_assert(__mlx5_bit_off(set_node_in, node_description) == 0x0 &&
	      __mlx5_bit_sz(set_node_in, node_description) == 0x200, "set_node_in.node_description");

/* struct mlx5_ifc_register_power_settings_bits */
static_assert(__mlx5_bit_off(register_power_settings, power_settings_level) == 0x18 &&
	      __mlx5_bit_sz(register_power_settings, power_settings_level) == 0x8, "register_power_settings.power_settings_level");

/* struct mlx5_ifc_register_host_endianness_bits */
static_assert(__mlx5_bit_off(register_host_endianness, he) == 0x0 &&
	      __mlx5_bit_sz(register_host_endianness, he) == 0x1, "register_host_endianness.he");

/* struct mlx5_ifc_umr_pointer_desc_argument_bits */
static_assert(__mlx5_bit_off(umr_pointer_desc_argument, mkey) == 0x20 &&
	      __mlx5_bit_sz(umr_pointer_desc_argument, mkey) == 0x20, "umr_pointer_desc_argument.mkey");
static_assert(__mlx5_bit_off(umr_pointer_desc_argument, addressh_63_32) == 0x40 &&
	      __mlx5_bit_sz(umr_pointer_desc_argument, addressh_63_32) == 0x20, "umr_pointer_desc_argument.addressh_63_32");
static_assert(__mlx5_bit_off(umr_pointer_desc_argument, addressl_31_0) == 0x60 &&
	      __mlx5_bit_sz(umr_pointer_desc_argument, addressl_31_0) == 0x20, "umr_pointer_desc_argument.addressl_31_0");

/* struct mlx5_ifc_ud_adrs_vector_bits */
static_assert(__mlx5_bit_off(ud_adrs_vector, dc_key) == 0x0 &&
	      __mlx5_bit_sz(ud_adrs_vector, dc_key) == 0x40, "ud_adrs_vector.dc_key");
static_assert(__mlx5_bit_off(ud_adrs_vector, ext) == 0x40 &&
	      __mlx5_bit_sz(ud_adrs_vector, ext) == 0x1, "ud_adrs_vector.ext");
static_assert(__mlx5_bit_off(ud_adrs_vector, destination_qp_dct) == 0x48 &&
	      __mlx5_bit_sz(ud_adrs_vector, destination_qp_dct) == 0x18, "ud_adrs_vector.destination_qp_dct");
static_assert(__mlx5_bit_off(ud_adrs_vector, static_rate) == 0x60 &&
	      __mlx5_bit_sz(ud_adrs_vector, static_rate) == 0x4, "ud_adrs_vector.static_rate");
static_assert(__mlx5_bit_off(ud_adrs_vector, sl_eth_prio) == 0x64 &&
	      __mlx5_bit_sz(ud_adrs_vector, sl_eth_prio) == 0x4, "ud_adrs_vector.sl_eth_prio");
static_assert(__mlx5_bit_off(ud_adrs_vector, fl) == 0x68 &&
	      __mlx5_bit_sz(ud_adrs_vector, fl) == 0x1, "ud_adrs_vector.fl");
static_assert(__mlx5_bit_off(ud_adrs_vector, mlid) == 0x69 &&
	      __mlx5_bit_sz(ud_adrs_vector, mlid) == 0x7, "ud_adrs_vector.mlid");
static_assert(__mlx5_bit_off(ud_adrs_vector, rlid_udp_sport) == 0x70 &&
	      __mlx5_bit_sz(ud_adrs_vector, rlid_udp_sport) == 0x10, "ud_adrs_vector.rlid_udp_sport");
static_assert(__mlx5_bit_off(ud_adrs_vector, rmac_47_16) == 0xa0 &&
	      __mlx5_bit_sz(ud_adrs_vector, rmac_47_16) == 0x20, "ud_adrs_vector.rmac_47_16");
static_assert(__mlx5_bit_off(ud_adrs_vector, rmac_15_0) == 0xc0 &&
	      __mlx5_bit_sz(ud_adrs_vector, rmac_15_0) == 0x10, "ud_adrs_vector.rmac_15_0");
static_assert(__mlx5_bit_off(ud_adrs_vector, tclass) == 0xd0 &&
	      __mlx5_bit_sz(ud_adrs_vector, tclass) == 0x8, "ud_adrs_vector.tclass");
static_assert(__mlx5_bit_off(ud_adrs_vector, hop_limit) == 0xd8 &&
	      __mlx5_bit_sz(ud_adrs_vector, hop_limit) == 0x8, "ud_adrs_vector.hop_limit");
static_assert(__mlx5_bit_off(ud_adrs_vector, grh) == 0xe1 &&
	      __mlx5_bit_sz(ud_adrs_vector, grh) == 0x1, "ud_adrs_vector.grh");
static_assert(__mlx5_bit_off(ud_adrs_vector, src_addr_index) == 0xe4 &&
	      __mlx5_bit_sz(ud_adrs_vector, src_addr_index) == 0x8, "ud_adrs_vector.src_addr_index");
static_assert(__mlx5_bit_off(ud_adrs_vector, flow_label) == 0xec &&
	      __mlx5_bit_sz(ud_adrs_vector, flow_label) == 0x14, "ud_adrs_vector.flow_label");
static_assert(__mlx5_bit_off(ud_adrs_vector, rgid_rip) == 0x100 &&
	      __mlx5_bit_sz(ud_adrs_vector, rgid_rip) == 0x80, "ud_adrs_vector.rgid_rip");

/* struct mlx5_ifc_pages_req_event_bits */
static_assert(__mlx5_bit_off(pages_req_event, function_id) == 0x10 &&
	      __mlx5_bit_sz(pages_req_event, function_id) == 0x10, "pages_req_event.function_id");
static_assert(__mlx5_bit_off(pages_req_event, num_pages) == 0x20 &&
	      __mlx5_bit_sz(pages_req_event, num_pages) == 0x20, "pages_req_event.num_pages");

/* struct mlx5_ifc_eqe_bits */
static_assert(__mlx5_bit_off(eqe, event_type) == 0x8 &&
	      __mlx5_bit_sz(eqe, event_type) == 0x8, "eqe.event_type");
static_assert(__mlx5_bit_off(eqe, event_sub_type) == 0x18 &&
	      __mlx5_bit_sz(eqe, event_sub_type) == 0x8, "eqe.event_sub_type");
static_assert(__mlx5_bit_off(eqe, event_data) == 0x100 &&
	      __mlx5_bit_sz(eqe, event_data) == 0xe0, "eqe.event_data");
static_assert(__mlx5_bit_off(eqe, signature) == 0x1f0 &&
	      __mlx5_bit_sz(eqe, signature) == 0x8, "eqe.signature");
static_assert(__mlx5_bit_off(eqe, owner) == 0x1ff &&
	      __mlx5_bit_sz(eqe, owner) == 0x1, "eqe.owner");

/* struct mlx5_ifc_cmd_queue_entry_bits */
static_assert(__mlx5_bit_off(cmd_queue_entry, type) == 0x0 &&
	      __mlx5_bit_sz(cmd_queue_entry, type) == 0x8, "cmd_queue_entry.type");
static_assert(__mlx5_bit_off(cmd_queue_entry, input_length) == 0x20 &&
	      __mlx5_bit_sz(cmd_queue_entry, input_length) == 0x20, "cmd_queue_entry.input_length");
static_assert(__mlx5_bit_off(cmd_queue_entry, input_mailbox_pointer_63_32) == 0x40 &&
	      __mlx5_bit_sz(cmd_queue_entry, input_mailbox_pointer_63_32) == 0x20, "cmd_queue_entry.input_mailbox_pointer_63_32");
static_assert(__mlx5_bit_off(cmd_queue_entry, input_mailbox_pointer_31_9) == 0x60 &&
	      __mlx5_bit_sz(cmd_queue_entry, input_mailbox_pointer_31_9) == 0x17, "cmd_queue_entry.input_mailbox_pointer_31_9");
static_assert(__mlx5_bit_off(cmd_queue_entry, command_input_inline_data) == 0x80 &&
	      __mlx5_bit_sz(cmd_queue_entry, command_input_inline_data) == 0x80, "cmd_queue_entry.command_input_inline_data");
static_assert(__mlx5_bit_off(cmd_queue_entry, command_output_inline_data) == 0x100 &&
	      __mlx5_bit_sz(cmd_queue_entry, command_output_inline_data) == 0x80, "cmd_queue_entry.command_output_inline_data");
static_assert(__mlx5_bit_off(cmd_queue_entry, output_mailbox_pointer_63_32) == 0x180 &&
	      __mlx5_bit_sz(cmd_queue_entry, output_mailbox_pointer_63_32) == 0x20, "cmd_queue_entry.output_mailbox_pointer_63_32");
static_assert(__mlx5_bit_off(cmd_queue_entry, output_mailbox_pointer_31_9) == 0x1a0 &&
	      __mlx5_bit_sz(cmd_queue_entry, output_mailbox_pointer_31_9) == 0x17, "cmd_queue_entry.output_mailbox_pointer_31_9");
static_assert(__mlx5_bit_off(cmd_queue_entry, output_length) == 0x1c0 &&
	      __mlx5_bit_sz(cmd_queue_entry, output_length) == 0x20, "cmd_queue_entry.output_length");
static_assert(__mlx5_bit_off(cmd_queue_entry, token) == 0x1e0 &&
	      __mlx5_bit_sz(cmd_queue_entry, token) == 0x8, "cmd_queue_entry.token");
static_assert(__mlx5_bit_off(cmd_queue_entry, signature) == 0x1e8 &&
	      __mlx5_bit_sz(cmd_queue_entry, signature) == 0x8, "cmd_queue_entry.signature");
static_assert(__mlx5_bit_off(cmd_queue_entry, status) == 0x1f8 &&
	      __mlx5_bit_sz(cmd_queue_entry, status) == 0x7, "cmd_queue_entry.status");
static_assert(__mlx5_bit_off(cmd_queue_entry, ownership) == 0x1ff &&
	      __mlx5_bit_sz(cmd_queue_entry, ownership) == 0x1, "cmd_queue_entry.ownership");

/* struct mlx5_ifc_cmd_out_bits */
static_assert(__mlx5_bit_off(cmd_out, status) == 0x0 &&
	      __mlx5_bit_sz(cmd_out, status) == 0x8, "cmd_out.status");
static_assert(__mlx5_bit_off(cmd_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(cmd_out, syndrome) == 0x20, "cmd_out.syndrome");
static_assert(__mlx5_bit_off(cmd_out, command_output) == 0x40 &&
	      __mlx5_bit_sz(cmd_out, command_output) == 0x20, "cmd_out.command_output");

/* struct mlx5_ifc_cmd_in_bits */
static_assert(__mlx5_bit_off(cmd_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(cmd_in, opcode) == 0x10, "cmd_in.opcode");
static_assert(__mlx5_bit_off(cmd_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(cmd_in, op_mod) == 0x10, "cmd_in.op_mod");
static_assert(__mlx5_bit_off(cmd_in, command) == 0x40, "cmd_in.command");

/* struct mlx5_ifc_cmd_if_box_bits */
static_assert(__mlx5_bit_off(cmd_if_box, mailbox_data) == 0x0 &&
	      __mlx5_bit_sz(cmd_if_box, mailbox_data) == 0x1000, "cmd_if_box.mailbox_data");
static_assert(__mlx5_bit_off(cmd_if_box, next_pointer_63_32) == 0x1180 &&
	      __mlx5_bit_sz(cmd_if_box, next_pointer_63_32) == 0x20, "cmd_if_box.next_pointer_63_32");
static_assert(__mlx5_bit_off(cmd_if_box, next_pointer_31_10) == 0x11a0 &&
	      __mlx5_bit_sz(cmd_if_box, next_pointer_31_10) == 0x16, "cmd_if_box.next_pointer_31_10");
static_assert(__mlx5_bit_off(cmd_if_box, block_number) == 0x11c0 &&
	      __mlx5_bit_sz(cmd_if_box, block_number) == 0x20, "cmd_if_box.block_number");
static_assert(__mlx5_bit_off(cmd_if_box, token) == 0x11e8 &&
	      __mlx5_bit_sz(cmd_if_box, token) == 0x8, "cmd_if_box.token");
static_assert(__mlx5_bit_off(cmd_if_box, ctrl_signature) == 0x11f0 &&
	      __mlx5_bit_sz(cmd_if_box, ctrl_signature) == 0x8, "cmd_if_box.ctrl_signature");
static_assert(__mlx5_bit_off(cmd_if_box, signature) == 0x11f8 &&
	      __mlx5_bit_sz(cmd_if_box, signature) == 0x8, "cmd_if_box.signature");

/* struct mlx5_ifc_query_wol_rol_out_bits */
static_assert(__mlx5_bit_off(query_wol_rol_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_wol_rol_out, status) == 0x8, "query_wol_rol_out.status");
static_assert(__mlx5_bit_off(query_wol_rol_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_wol_rol_out, syndrome) == 0x20, "query_wol_rol_out.syndrome");
static_assert(__mlx5_bit_off(query_wol_rol_out, rol_mode) == 0x50 &&
	      __mlx5_bit_sz(query_wol_rol_out, rol_mode) == 0x8, "query_wol_rol_out.rol_mode");
static_assert(__mlx5_bit_off(query_wol_rol_out, wol_mode) == 0x58 &&
	      __mlx5_bit_sz(query_wol_rol_out, wol_mode) == 0x8, "query_wol_rol_out.wol_mode");

/* struct mlx5_ifc_query_wol_rol_in_bits */
static_assert(__mlx5_bit_off(query_wol_rol_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_wol_rol_in, opcode) == 0x10, "query_wol_rol_in.opcode");
static_assert(__mlx5_bit_off(query_wol_rol_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_wol_rol_in, op_mod) == 0x10, "query_wol_rol_in.op_mod");

/* struct mlx5_ifc_set_wol_rol_out_bits */
static_assert(__mlx5_bit_off(set_wol_rol_out, status) == 0x0 &&
	      __mlx5_bit_sz(set_wol_rol_out, status) == 0x8, "set_wol_rol_out.status");
static_assert(__mlx5_bit_off(set_wol_rol_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(set_wol_rol_out, syndrome) == 0x20, "set_wol_rol_out.syndrome");

/* struct mlx5_ifc_set_wol_rol_in_bits */
static_assert(__mlx5_bit_off(set_wol_rol_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(set_wol_rol_in, opcode) == 0x10, "set_wol_rol_in.opcode");
static_assert(__mlx5_bit_off(set_wol_rol_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(set_wol_rol_in, op_mod) == 0x10, "set_wol_rol_in.op_mod");
static_assert(__mlx5_bit_off(set_wol_rol_in, rol_mode_valid) == 0x40 &&
	      __mlx5_bit_sz(set_wol_rol_in, rol_mode_valid) == 0x1, "set_wol_rol_in.rol_mode_valid");
static_assert(__mlx5_bit_off(set_wol_rol_in, wol_mode_valid) == 0x41 &&
	      __mlx5_bit_sz(set_wol_rol_in, wol_mode_valid) == 0x1, "set_wol_rol_in.wol_mode_valid");
static_assert(__mlx5_bit_off(set_wol_rol_in, rol_mode) == 0x50 &&
	      __mlx5_bit_sz(set_wol_rol_in, rol_mode) == 0x8, "set_wol_rol_in.rol_mode");
static_assert(__mlx5_bit_off(set_wol_rol_in, wol_mode) == 0x58 &&
	      __mlx5_bit_sz(set_wol_rol_in, wol_mode) == 0x8, "set_wol_rol_in.wol_mode");

/* struct mlx5_ifc_initial_seg_bits */
static_assert(__mlx5_bit_off(initial_seg, fw_rev_minor) == 0x0 &&
	      __mlx5_bit_sz(initial_seg, fw_rev_minor) == 0x10, "initial_seg.fw_rev_minor");
static_assert(__mlx5_bit_off(initial_seg, fw_rev_major) == 0x10 &&
	      __mlx5_bit_sz(initial_seg, fw_rev_major) == 0x10, "initial_seg.fw_rev_major");
static_assert(__mlx5_bit_off(initial_seg, cmd_interface_rev) == 0x20 &&
	      __mlx5_bit_sz(initial_seg, cmd_interface_rev) == 0x10, "initial_seg.cmd_interface_rev");
static_assert(__mlx5_bit_off(initial_seg, fw_rev_subminor) == 0x30 &&
	      __mlx5_bit_sz(initial_seg, fw_rev_subminor) == 0x10, "initial_seg.fw_rev_subminor");
static_assert(__mlx5_bit_off(initial_seg, cmdq_phy_addr_63_32) == 0x80 &&
	      __mlx5_bit_sz(initial_seg, cmdq_phy_addr_63_32) == 0x20, "initial_seg.cmdq_phy_addr_63_32");
static_assert(__mlx5_bit_off(initial_seg, cmdq_phy_addr_31_12) == 0xa0 &&
	      __mlx5_bit_sz(initial_seg, cmdq_phy_addr_31_12) == 0x14, "initial_seg.cmdq_phy_addr_31_12");
static_assert(__mlx5_bit_off(initial_seg, nic_interface) == 0xb6 &&
	      __mlx5_bit_sz(initial_seg, nic_interface) == 0x2, "initial_seg.nic_interface");
static_assert(__mlx5_bit_off(initial_seg, log_cmdq_size) == 0xb8 &&
	      __mlx5_bit_sz(initial_seg, log_cmdq_size) == 0x4, "initial_seg.log_cmdq_size");
static_assert(__mlx5_bit_off(initial_seg, log_cmdq_stride) == 0xbc &&
	      __mlx5_bit_sz(initial_seg, log_cmdq_stride) == 0x4, "initial_seg.log_cmdq_stride");
static_assert(__mlx5_bit_off(initial_seg, command_doorbell_vector) == 0xc0 &&
	      __mlx5_bit_sz(initial_seg, command_doorbell_vector) == 0x20, "initial_seg.command_doorbell_vector");
static_assert(__mlx5_bit_off(initial_seg, initializing) == 0xfe0 &&
	      __mlx5_bit_sz(initial_seg, initializing) == 0x1, "initial_seg.initializing");
static_assert(__mlx5_bit_off(initial_seg, nic_interface_supported) == 0xfe5 &&
	      __mlx5_bit_sz(initial_seg, nic_interface_supported) == 0x3, "initial_seg.nic_interface_supported");
static_assert(__mlx5_bit_off(initial_seg, embedded_cpu) == 0xfe8 &&
	      __mlx5_bit_sz(initial_seg, embedded_cpu) == 0x1, "initial_seg.embedded_cpu");
static_assert(__mlx5_bit_off(initial_seg, health_buffer) == 0x1000 &&
	      __mlx5_bit_sz(initial_seg, health_buffer) == 0x200, "initial_seg.health_buffer");
static_assert(__mlx5_bit_off(initial_seg, no_dram_nic_offset) == 0x1200 &&
	      __mlx5_bit_sz(initial_seg, no_dram_nic_offset) == 0x20, "initial_seg.no_dram_nic_offset");
static_assert(__mlx5_bit_off(initial_seg, clear_int) == 0x807f &&
	      __mlx5_bit_sz(initial_seg, clear_int) == 0x1, "initial_seg.clear_int");
static_assert(__mlx5_bit_off(initial_seg, health_syndrome) == 0x8080 &&
	      __mlx5_bit_sz(initial_seg, health_syndrome) == 0x8, "initial_seg.health_syndrome");
static_assert(__mlx5_bit_off(initial_seg, health_counter) == 0x8088 &&
	      __mlx5_bit_sz(initial_seg, health_counter) == 0x18, "initial_seg.health_counter");

/* struct mlx5_ifc_mtpps_reg_bits */
static_assert(__mlx5_bit_off(mtpps_reg, cap_number_of_pps_pins) == 0xc &&
	      __mlx5_bit_sz(mtpps_reg, cap_number_of_pps_pins) == 0x4, "mtpps_reg.cap_number_of_pps_pins");
static_assert(__mlx5_bit_off(mtpps_reg, cap_max_num_of_pps_in_pins) == 0x14 &&
	      __mlx5_bit_sz(mtpps_reg, cap_max_num_of_pps_in_pins) == 0x4, "mtpps_reg.cap_max_num_of_pps_in_pins");
static_assert(__mlx5_bit_off(mtpps_reg, cap_max_num_of_pps_out_pins) == 0x1c &&
	      __mlx5_bit_sz(mtpps_reg, cap_max_num_of_pps_out_pins) == 0x4, "mtpps_reg.cap_max_num_of_pps_out_pins");
static_assert(__mlx5_bit_off(mtpps_reg, cap_log_min_npps_period) == 0x33 &&
	      __mlx5_bit_sz(mtpps_reg, cap_log_min_npps_period) == 0x5, "mtpps_reg.cap_log_min_npps_period");
static_assert(__mlx5_bit_off(mtpps_reg, cap_log_min_out_pulse_duration_ns) == 0x3b &&
	      __mlx5_bit_sz(mtpps_reg, cap_log_min_out_pulse_duration_ns) == 0x5, "mtpps_reg.cap_log_min_out_pulse_duration_ns");
static_assert(__mlx5_bit_off(mtpps_reg, cap_pin_3_mode) == 0x44 &&
	      __mlx5_bit_sz(mtpps_reg, cap_pin_3_mode) == 0x4, "mtpps_reg.cap_pin_3_mode");
static_assert(__mlx5_bit_off(mtpps_reg, cap_pin_2_mode) == 0x4c &&
	      __mlx5_bit_sz(mtpps_reg, cap_pin_2_mode) == 0x4, "mtpps_reg.cap_pin_2_mode");
static_assert(__mlx5_bit_off(mtpps_reg, cap_pin_1_mode) == 0x54 &&
	      __mlx5_bit_sz(mtpps_reg, cap_pin_1_mode) == 0x4, "mtpps_reg.cap_pin_1_mode");
static_assert(__mlx5_bit_off(mtpps_reg, cap_pin_0_mode) == 0x5c &&
	      __mlx5_bit_sz(mtpps_reg, cap_pin_0_mode) == 0x4, "mtpps_reg.cap_pin_0_mode");
static_assert(__mlx5_bit_off(mtpps_reg, cap_pin_7_mode) == 0x64 &&
	      __mlx5_bit_sz(mtpps_reg, cap_pin_7_mode) == 0x4, "mtpps_reg.cap_pin_7_mode");
static_assert(__mlx5_bit_off(mtpps_reg, cap_pin_6_mode) == 0x6c &&
	      __mlx5_bit_sz(mtpps_reg, cap_pin_6_mode) == 0x4, "mtpps_reg.cap_pin_6_mode");
static_assert(__mlx5_bit_off(mtpps_reg, cap_pin_5_mode) == 0x74 &&
	      __mlx5_bit_sz(mtpps_reg, cap_pin_5_mode) == 0x4, "mtpps_reg.cap_pin_5_mode");
static_assert(__mlx5_bit_off(mtpps_reg, cap_pin_4_mode) == 0x7c &&
	      __mlx5_bit_sz(mtpps_reg, cap_pin_4_mode) == 0x4, "mtpps_reg.cap_pin_4_mode");
static_assert(__mlx5_bit_off(mtpps_reg, field_select) == 0x80 &&
	      __mlx5_bit_sz(mtpps_reg, field_select) == 0x20, "mtpps_reg.field_select");
static_assert(__mlx5_bit_off(mtpps_reg, npps_period) == 0xc0 &&
	      __mlx5_bit_sz(mtpps_reg, npps_period) == 0x40, "mtpps_reg.npps_period");
static_assert(__mlx5_bit_off(mtpps_reg, enable) == 0x100 &&
	      __mlx5_bit_sz(mtpps_reg, enable) == 0x1, "mtpps_reg.enable");
static_assert(__mlx5_bit_off(mtpps_reg, pattern) == 0x10c &&
	      __mlx5_bit_sz(mtpps_reg, pattern) == 0x4, "mtpps_reg.pattern");
static_assert(__mlx5_bit_off(mtpps_reg, pin_mode) == 0x114 &&
	      __mlx5_bit_sz(mtpps_reg, pin_mode) == 0x4, "mtpps_reg.pin_mode");
static_assert(__mlx5_bit_off(mtpps_reg, pin) == 0x118 &&
	      __mlx5_bit_sz(mtpps_reg, pin) == 0x8, "mtpps_reg.pin");
static_assert(__mlx5_bit_off(mtpps_reg, out_pulse_duration_ns) == 0x122 &&
	      __mlx5_bit_sz(mtpps_reg, out_pulse_duration_ns) == 0x1e, "mtpps_reg.out_pulse_duration_ns");
static_assert(__mlx5_bit_off(mtpps_reg, time_stamp) == 0x140 &&
	      __mlx5_bit_sz(mtpps_reg, time_stamp) == 0x40, "mtpps_reg.time_stamp");
static_assert(__mlx5_bit_off(mtpps_reg, out_pulse_duration) == 0x180 &&
	      __mlx5_bit_sz(mtpps_reg, out_pulse_duration) == 0x10, "mtpps_reg.out_pulse_duration");
static_assert(__mlx5_bit_off(mtpps_reg, out_periodic_adjustment) == 0x190 &&
	      __mlx5_bit_sz(mtpps_reg, out_periodic_adjustment) == 0x10, "mtpps_reg.out_periodic_adjustment");
static_assert(__mlx5_bit_off(mtpps_reg, enhanced_out_periodic_adjustment) == 0x1a0 &&
	      __mlx5_bit_sz(mtpps_reg, enhanced_out_periodic_adjustment) == 0x20, "mtpps_reg.enhanced_out_periodic_adjustment");

/* struct mlx5_ifc_mtppse_reg_bits */
static_assert(__mlx5_bit_off(mtppse_reg, pin) == 0x18 &&
	      __mlx5_bit_sz(mtppse_reg, pin) == 0x8, "mtppse_reg.pin");
static_assert(__mlx5_bit_off(mtppse_reg, event_arm) == 0x20 &&
	      __mlx5_bit_sz(mtppse_reg, event_arm) == 0x1, "mtppse_reg.event_arm");
static_assert(__mlx5_bit_off(mtppse_reg, event_generation_mode) == 0x3c &&
	      __mlx5_bit_sz(mtppse_reg, event_generation_mode) == 0x4, "mtppse_reg.event_generation_mode");

/* struct mlx5_ifc_mcqs_reg_bits */
static_assert(__mlx5_bit_off(mcqs_reg, last_index_flag) == 0x0 &&
	      __mlx5_bit_sz(mcqs_reg, last_index_flag) == 0x1, "mcqs_reg.last_index_flag");
static_assert(__mlx5_bit_off(mcqs_reg, fw_device) == 0x8 &&
	      __mlx5_bit_sz(mcqs_reg, fw_device) == 0x8, "mcqs_reg.fw_device");
static_assert(__mlx5_bit_off(mcqs_reg, component_index) == 0x10 &&
	      __mlx5_bit_sz(mcqs_reg, component_index) == 0x10, "mcqs_reg.component_index");
static_assert(__mlx5_bit_off(mcqs_reg, identifier) == 0x30 &&
	      __mlx5_bit_sz(mcqs_reg, identifier) == 0x10, "mcqs_reg.identifier");
static_assert(__mlx5_bit_off(mcqs_reg, component_status) == 0x57 &&
	      __mlx5_bit_sz(mcqs_reg, component_status) == 0x5, "mcqs_reg.component_status");
static_assert(__mlx5_bit_off(mcqs_reg, component_update_state) == 0x5c &&
	      __mlx5_bit_sz(mcqs_reg, component_update_state) == 0x4, "mcqs_reg.component_update_state");
static_assert(__mlx5_bit_off(mcqs_reg, last_update_state_changer_type) == 0x60 &&
	      __mlx5_bit_sz(mcqs_reg, last_update_state_changer_type) == 0x4, "mcqs_reg.last_update_state_changer_type");
static_assert(__mlx5_bit_off(mcqs_reg, last_update_state_changer_host_id) == 0x64 &&
	      __mlx5_bit_sz(mcqs_reg, last_update_state_changer_host_id) == 0x4, "mcqs_reg.last_update_state_changer_host_id");

/* struct mlx5_ifc_mcqi_cap_bits */
static_assert(__mlx5_bit_off(mcqi_cap, supported_info_bitmask) == 0x0 &&
	      __mlx5_bit_sz(mcqi_cap, supported_info_bitmask) == 0x20, "mcqi_cap.supported_info_bitmask");
static_assert(__mlx5_bit_off(mcqi_cap, component_size) == 0x20 &&
	      __mlx5_bit_sz(mcqi_cap, component_size) == 0x20, "mcqi_cap.component_size");
static_assert(__mlx5_bit_off(mcqi_cap, max_component_size) == 0x40 &&
	      __mlx5_bit_sz(mcqi_cap, max_component_size) == 0x20, "mcqi_cap.max_component_size");
static_assert(__mlx5_bit_off(mcqi_cap, log_mcda_word_size) == 0x60 &&
	      __mlx5_bit_sz(mcqi_cap, log_mcda_word_size) == 0x4, "mcqi_cap.log_mcda_word_size");
static_assert(__mlx5_bit_off(mcqi_cap, mcda_max_write_size) == 0x70 &&
	      __mlx5_bit_sz(mcqi_cap, mcda_max_write_size) == 0x10, "mcqi_cap.mcda_max_write_size");
static_assert(__mlx5_bit_off(mcqi_cap, rd_en) == 0x80 &&
	      __mlx5_bit_sz(mcqi_cap, rd_en) == 0x1, "mcqi_cap.rd_en");
static_assert(__mlx5_bit_off(mcqi_cap, match_chip_id) == 0x82 &&
	      __mlx5_bit_sz(mcqi_cap, match_chip_id) == 0x1, "mcqi_cap.match_chip_id");
static_assert(__mlx5_bit_off(mcqi_cap, match_psid) == 0x83 &&
	      __mlx5_bit_sz(mcqi_cap, match_psid) == 0x1, "mcqi_cap.match_psid");
static_assert(__mlx5_bit_off(mcqi_cap, check_user_timestamp) == 0x84 &&
	      __mlx5_bit_sz(mcqi_cap, check_user_timestamp) == 0x1, "mcqi_cap.check_user_timestamp");
static_assert(__mlx5_bit_off(mcqi_cap, match_base_guid_mac) == 0x85 &&
	      __mlx5_bit_sz(mcqi_cap, match_base_guid_mac) == 0x1, "mcqi_cap.match_base_guid_mac");

/* struct mlx5_ifc_mcqi_version_bits */
static_assert(__mlx5_bit_off(mcqi_version, build_time_valid) == 0x2 &&
	      __mlx5_bit_sz(mcqi_version, build_time_valid) == 0x1, "mcqi_version.build_time_valid");
static_assert(__mlx5_bit_off(mcqi_version, user_defined_time_valid) == 0x3 &&
	      __mlx5_bit_sz(mcqi_version, user_defined_time_valid) == 0x1, "mcqi_version.user_defined_time_valid");
static_assert(__mlx5_bit_off(mcqi_version, version_string_length) == 0x18 &&
	      __mlx5_bit_sz(mcqi_version, version_string_length) == 0x8, "mcqi_version.version_string_length");
static_assert(__mlx5_bit_off(mcqi_version, version) == 0x20 &&
	      __mlx5_bit_sz(mcqi_version, version) == 0x20, "mcqi_version.version");
static_assert(__mlx5_bit_off(mcqi_version, build_time) == 0x40 &&
	      __mlx5_bit_sz(mcqi_version, build_time) == 0x40, "mcqi_version.build_time");
static_assert(__mlx5_bit_off(mcqi_version, user_defined_time) == 0x80 &&
	      __mlx5_bit_sz(mcqi_version, user_defined_time) == 0x40, "mcqi_version.user_defined_time");
static_assert(__mlx5_bit_off(mcqi_version, build_tool_version) == 0xc0 &&
	      __mlx5_bit_sz(mcqi_version, build_tool_version) == 0x20, "mcqi_version.build_tool_version");
static_assert(__mlx5_bit_off(mcqi_version, version_string) == 0x100 &&
	      __mlx5_bit_sz(mcqi_version, version_string) == 0x2e0, "mcqi_version.version_string");

/* struct mlx5_ifc_mcqi_activation_method_bits */
static_assert(__mlx5_bit_off(mcqi_activation_method, pending_server_ac_power_cycle) == 0x0 &&
	      __mlx5_bit_sz(mcqi_activation_method, pending_server_ac_power_cycle) == 0x1, "mcqi_activation_method.pending_server_ac_power_cycle");
static_assert(__mlx5_bit_off(mcqi_activation_method, pending_server_dc_power_cycle) == 0x1 &&
	      __mlx5_bit_sz(mcqi_activation_method, pending_server_dc_power_cycle) == 0x1, "mcqi_activation_method.pending_server_dc_power_cycle");
static_assert(__mlx5_bit_off(mcqi_activation_method, pending_server_reboot) == 0x2 &&
	      __mlx5_bit_sz(mcqi_activation_method, pending_server_reboot) == 0x1, "mcqi_activation_method.pending_server_reboot");
static_assert(__mlx5_bit_off(mcqi_activation_method, pending_fw_reset) == 0x3 &&
	      __mlx5_bit_sz(mcqi_activation_method, pending_fw_reset) == 0x1, "mcqi_activation_method.pending_fw_reset");
static_assert(__mlx5_bit_off(mcqi_activation_method, auto_activate) == 0x4 &&
	      __mlx5_bit_sz(mcqi_activation_method, auto_activate) == 0x1, "mcqi_activation_method.auto_activate");
static_assert(__mlx5_bit_off(mcqi_activation_method, all_hosts_sync) == 0x5 &&
	      __mlx5_bit_sz(mcqi_activation_method, all_hosts_sync) == 0x1, "mcqi_activation_method.all_hosts_sync");
static_assert(__mlx5_bit_off(mcqi_activation_method, device_hw_reset) == 0x6 &&
	      __mlx5_bit_sz(mcqi_activation_method, device_hw_reset) == 0x1, "mcqi_activation_method.device_hw_reset");

/* union mlx5_ifc_mcqi_reg_data_bits */
static_assert(XC_OFF(union mlx5_ifc_mcqi_reg_data_bits, mcqi_caps) == 0x0 &&
	      XC_SZ(union mlx5_ifc_mcqi_reg_data_bits, mcqi_caps) == 0xa0, "mcqi_reg_data.mcqi_caps");
static_assert(XC_OFF(union mlx5_ifc_mcqi_reg_data_bits, mcqi_version) == 0x0 &&
	      XC_SZ(union mlx5_ifc_mcqi_reg_data_bits, mcqi_version) == 0x3e0, "mcqi_reg_data.mcqi_version");
static_assert(XC_OFF(union mlx5_ifc_mcqi_reg_data_bits, mcqi_activation_mathod) == 0x0 &&
	      XC_SZ(union mlx5_ifc_mcqi_reg_data_bits, mcqi_activation_mathod) == 0x20, "mcqi_reg_data.mcqi_activation_mathod");

/* struct mlx5_ifc_mcqi_reg_bits */
static_assert(__mlx5_bit_off(mcqi_reg, read_pending_component) == 0x0 &&
	      __mlx5_bit_sz(mcqi_reg, read_pending_component) == 0x1, "mcqi_reg.read_pending_component");
static_assert(__mlx5_bit_off(mcqi_reg, component_index) == 0x10 &&
	      __mlx5_bit_sz(mcqi_reg, component_index) == 0x10, "mcqi_reg.component_index");
static_assert(__mlx5_bit_off(mcqi_reg, info_type) == 0x5b &&
	      __mlx5_bit_sz(mcqi_reg, info_type) == 0x5, "mcqi_reg.info_type");
static_assert(__mlx5_bit_off(mcqi_reg, info_size) == 0x60 &&
	      __mlx5_bit_sz(mcqi_reg, info_size) == 0x20, "mcqi_reg.info_size");
static_assert(__mlx5_bit_off(mcqi_reg, offset) == 0x80 &&
	      __mlx5_bit_sz(mcqi_reg, offset) == 0x20, "mcqi_reg.offset");
static_assert(__mlx5_bit_off(mcqi_reg, data_size) == 0xb0 &&
	      __mlx5_bit_sz(mcqi_reg, data_size) == 0x10, "mcqi_reg.data_size");
static_assert(__mlx5_bit_off(mcqi_reg, data) == 0xc0, "mcqi_reg.data");

/* struct mlx5_ifc_mcc_reg_bits */
static_assert(__mlx5_bit_off(mcc_reg, time_elapsed_since_last_cmd) == 0x4 &&
	      __mlx5_bit_sz(mcc_reg, time_elapsed_since_last_cmd) == 0xc, "mcc_reg.time_elapsed_since_last_cmd");
static_assert(__mlx5_bit_off(mcc_reg, instruction) == 0x18 &&
	      __mlx5_bit_sz(mcc_reg, instruction) == 0x8, "mcc_reg.instruction");
static_assert(__mlx5_bit_off(mcc_reg, component_index) == 0x30 &&
	      __mlx5_bit_sz(mcc_reg, component_index) == 0x10, "mcc_reg.component_index");
static_assert(__mlx5_bit_off(mcc_reg, update_handle) == 0x48 &&
	      __mlx5_bit_sz(mcc_reg, update_handle) == 0x18, "mcc_reg.update_handle");
static_assert(__mlx5_bit_off(mcc_reg, handle_owner_type) == 0x60 &&
	      __mlx5_bit_sz(mcc_reg, handle_owner_type) == 0x4, "mcc_reg.handle_owner_type");
static_assert(__mlx5_bit_off(mcc_reg, handle_owner_host_id) == 0x64 &&
	      __mlx5_bit_sz(mcc_reg, handle_owner_host_id) == 0x4, "mcc_reg.handle_owner_host_id");
static_assert(__mlx5_bit_off(mcc_reg, control_progress) == 0x69 &&
	      __mlx5_bit_sz(mcc_reg, control_progress) == 0x7, "mcc_reg.control_progress");
static_assert(__mlx5_bit_off(mcc_reg, error_code) == 0x70 &&
	      __mlx5_bit_sz(mcc_reg, error_code) == 0x8, "mcc_reg.error_code");
static_assert(__mlx5_bit_off(mcc_reg, control_state) == 0x7c &&
	      __mlx5_bit_sz(mcc_reg, control_state) == 0x4, "mcc_reg.control_state");
static_assert(__mlx5_bit_off(mcc_reg, component_size) == 0x80 &&
	      __mlx5_bit_sz(mcc_reg, component_size) == 0x20, "mcc_reg.component_size");

/* struct mlx5_ifc_mcda_reg_bits */
static_assert(__mlx5_bit_off(mcda_reg, update_handle) == 0x8 &&
	      __mlx5_bit_sz(mcda_reg, update_handle) == 0x18, "mcda_reg.update_handle");
static_assert(__mlx5_bit_off(mcda_reg, offset) == 0x20 &&
	      __mlx5_bit_sz(mcda_reg, offset) == 0x20, "mcda_reg.offset");
static_assert(__mlx5_bit_off(mcda_reg, size) == 0x50 &&
	      __mlx5_bit_sz(mcda_reg, size) == 0x10, "mcda_reg.size");
static_assert(__mlx5_bit_off(mcda_reg, data) == 0x80, "mcda_reg.data");

/* struct mlx5_ifc_mfrl_reg_bits */
static_assert(__mlx5_bit_off(mfrl_reg, pci_sync_for_fw_update_start) == 0x22 &&
	      __mlx5_bit_sz(mfrl_reg, pci_sync_for_fw_update_start) == 0x1, "mfrl_reg.pci_sync_for_fw_update_start");
static_assert(__mlx5_bit_off(mfrl_reg, pci_sync_for_fw_update_resp) == 0x23 &&
	      __mlx5_bit_sz(mfrl_reg, pci_sync_for_fw_update_resp) == 0x2, "mfrl_reg.pci_sync_for_fw_update_resp");
static_assert(__mlx5_bit_off(mfrl_reg, rst_type_sel) == 0x25 &&
	      __mlx5_bit_sz(mfrl_reg, rst_type_sel) == 0x3, "mfrl_reg.rst_type_sel");
static_assert(__mlx5_bit_off(mfrl_reg, reset_state) == 0x2c &&
	      __mlx5_bit_sz(mfrl_reg, reset_state) == 0x4, "mfrl_reg.reset_state");
static_assert(__mlx5_bit_off(mfrl_reg, reset_type) == 0x30 &&
	      __mlx5_bit_sz(mfrl_reg, reset_type) == 0x8, "mfrl_reg.reset_type");
static_assert(__mlx5_bit_off(mfrl_reg, reset_level) == 0x38 &&
	      __mlx5_bit_sz(mfrl_reg, reset_level) == 0x8, "mfrl_reg.reset_level");

/* struct mlx5_ifc_mirc_reg_bits */
static_assert(__mlx5_bit_off(mirc_reg, status_code) == 0x18 &&
	      __mlx5_bit_sz(mirc_reg, status_code) == 0x8, "mirc_reg.status_code");

/* struct mlx5_ifc_pddr_monitor_opcode_bits */
static_assert(__mlx5_bit_off(pddr_monitor_opcode, monitor_opcode) == 0x10 &&
	      __mlx5_bit_sz(pddr_monitor_opcode, monitor_opcode) == 0x10, "pddr_monitor_opcode.monitor_opcode");

/* union mlx5_ifc_pddr_troubleshooting_page_status_opcode_auto_bits */
static_assert(XC_OFF(union mlx5_ifc_pddr_troubleshooting_page_status_opcode_auto_bits, pddr_monitor_opcode) == 0x0 &&
	      XC_SZ(union mlx5_ifc_pddr_troubleshooting_page_status_opcode_auto_bits, pddr_monitor_opcode) == 0x20, "pddr_troubleshooting_page_status_opcode_auto.pddr_monitor_opcode");

/* struct mlx5_ifc_pddr_troubleshooting_page_bits */
static_assert(__mlx5_bit_off(pddr_troubleshooting_page, group_opcode) == 0x10 &&
	      __mlx5_bit_sz(pddr_troubleshooting_page, group_opcode) == 0x10, "pddr_troubleshooting_page.group_opcode");
static_assert(__mlx5_bit_off(pddr_troubleshooting_page, status_opcode) == 0x20 &&
	      __mlx5_bit_sz(pddr_troubleshooting_page, status_opcode) == 0x20, "pddr_troubleshooting_page.status_opcode");
static_assert(__mlx5_bit_off(pddr_troubleshooting_page, status_message) == 0x60 &&
	      __mlx5_bit_sz(pddr_troubleshooting_page, status_message) == 0x760, "pddr_troubleshooting_page.status_message");

/* union mlx5_ifc_pddr_reg_page_data_auto_bits */
static_assert(XC_OFF(union mlx5_ifc_pddr_reg_page_data_auto_bits, pddr_troubleshooting_page) == 0x0 &&
	      XC_SZ(union mlx5_ifc_pddr_reg_page_data_auto_bits, pddr_troubleshooting_page) == 0x7c0, "pddr_reg_page_data_auto.pddr_troubleshooting_page");

/* struct mlx5_ifc_pddr_reg_bits */
static_assert(__mlx5_bit_off(pddr_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pddr_reg, local_port) == 0x8, "pddr_reg.local_port");
static_assert(__mlx5_bit_off(pddr_reg, pnat) == 0x10 &&
	      __mlx5_bit_sz(pddr_reg, pnat) == 0x2, "pddr_reg.pnat");
static_assert(__mlx5_bit_off(pddr_reg, page_select) == 0x38 &&
	      __mlx5_bit_sz(pddr_reg, page_select) == 0x8, "pddr_reg.page_select");
static_assert(__mlx5_bit_off(pddr_reg, page_data) == 0x40 &&
	      __mlx5_bit_sz(pddr_reg, page_data) == 0x7c0, "pddr_reg.page_data");

/* struct mlx5_ifc_mrtc_reg_bits */
static_assert(__mlx5_bit_off(mrtc_reg, time_synced) == 0x0 &&
	      __mlx5_bit_sz(mrtc_reg, time_synced) == 0x1, "mrtc_reg.time_synced");
static_assert(__mlx5_bit_off(mrtc_reg, time_h) == 0x40 &&
	      __mlx5_bit_sz(mrtc_reg, time_h) == 0x20, "mrtc_reg.time_h");
static_assert(__mlx5_bit_off(mrtc_reg, time_l) == 0x60 &&
	      __mlx5_bit_sz(mrtc_reg, time_l) == 0x20, "mrtc_reg.time_l");

/* union mlx5_ifc_debug_enhancements_document_bits */
static_assert(XC_OFF(union mlx5_ifc_debug_enhancements_document_bits, health_buffer) == 0x0 &&
	      XC_SZ(union mlx5_ifc_debug_enhancements_document_bits, health_buffer) == 0x200, "debug_enhancements_document.health_buffer");

/* union mlx5_ifc_uplink_pci_interface_document_bits */
static_assert(XC_OFF(union mlx5_ifc_uplink_pci_interface_document_bits, initial_seg) == 0x0 &&
	      XC_SZ(union mlx5_ifc_uplink_pci_interface_document_bits, initial_seg) == 0x20060, "uplink_pci_interface_document.initial_seg");

/* struct mlx5_ifc_set_flow_table_root_out_bits */
static_assert(__mlx5_bit_off(set_flow_table_root_out, status) == 0x0 &&
	      __mlx5_bit_sz(set_flow_table_root_out, status) == 0x8, "set_flow_table_root_out.status");
static_assert(__mlx5_bit_off(set_flow_table_root_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(set_flow_table_root_out, syndrome) == 0x20, "set_flow_table_root_out.syndrome");

/* struct mlx5_ifc_set_flow_table_root_in_bits */
static_assert(__mlx5_bit_off(set_flow_table_root_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(set_flow_table_root_in, opcode) == 0x10, "set_flow_table_root_in.opcode");
static_assert(__mlx5_bit_off(set_flow_table_root_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(set_flow_table_root_in, op_mod) == 0x10, "set_flow_table_root_in.op_mod");
static_assert(__mlx5_bit_off(set_flow_table_root_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(set_flow_table_root_in, other_vport) == 0x1, "set_flow_table_root_in.other_vport");
static_assert(__mlx5_bit_off(set_flow_table_root_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(set_flow_table_root_in, vport_number) == 0x10, "set_flow_table_root_in.vport_number");
static_assert(__mlx5_bit_off(set_flow_table_root_in, table_type) == 0x80 &&
	      __mlx5_bit_sz(set_flow_table_root_in, table_type) == 0x8, "set_flow_table_root_in.table_type");
static_assert(__mlx5_bit_off(set_flow_table_root_in, table_of_other_vport) == 0x8f &&
	      __mlx5_bit_sz(set_flow_table_root_in, table_of_other_vport) == 0x1, "set_flow_table_root_in.table_of_other_vport");
static_assert(__mlx5_bit_off(set_flow_table_root_in, table_vport_number) == 0x90 &&
	      __mlx5_bit_sz(set_flow_table_root_in, table_vport_number) == 0x10, "set_flow_table_root_in.table_vport_number");
static_assert(__mlx5_bit_off(set_flow_table_root_in, table_id) == 0xa8 &&
	      __mlx5_bit_sz(set_flow_table_root_in, table_id) == 0x18, "set_flow_table_root_in.table_id");
static_assert(__mlx5_bit_off(set_flow_table_root_in, underlay_qpn) == 0xc8 &&
	      __mlx5_bit_sz(set_flow_table_root_in, underlay_qpn) == 0x18, "set_flow_table_root_in.underlay_qpn");
static_assert(__mlx5_bit_off(set_flow_table_root_in, table_eswitch_owner_vhca_id_valid) == 0xe0 &&
	      __mlx5_bit_sz(set_flow_table_root_in, table_eswitch_owner_vhca_id_valid) == 0x1, "set_flow_table_root_in.table_eswitch_owner_vhca_id_valid");
static_assert(__mlx5_bit_off(set_flow_table_root_in, table_eswitch_owner_vhca_id) == 0xf0 &&
	      __mlx5_bit_sz(set_flow_table_root_in, table_eswitch_owner_vhca_id) == 0x10, "set_flow_table_root_in.table_eswitch_owner_vhca_id");

/* struct mlx5_ifc_modify_flow_table_out_bits */
static_assert(__mlx5_bit_off(modify_flow_table_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_flow_table_out, status) == 0x8, "modify_flow_table_out.status");
static_assert(__mlx5_bit_off(modify_flow_table_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_flow_table_out, syndrome) == 0x20, "modify_flow_table_out.syndrome");

/* struct mlx5_ifc_modify_flow_table_in_bits */
static_assert(__mlx5_bit_off(modify_flow_table_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_flow_table_in, opcode) == 0x10, "modify_flow_table_in.opcode");
static_assert(__mlx5_bit_off(modify_flow_table_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_flow_table_in, op_mod) == 0x10, "modify_flow_table_in.op_mod");
static_assert(__mlx5_bit_off(modify_flow_table_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(modify_flow_table_in, other_vport) == 0x1, "modify_flow_table_in.other_vport");
static_assert(__mlx5_bit_off(modify_flow_table_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(modify_flow_table_in, vport_number) == 0x10, "modify_flow_table_in.vport_number");
static_assert(__mlx5_bit_off(modify_flow_table_in, modify_field_select) == 0x70 &&
	      __mlx5_bit_sz(modify_flow_table_in, modify_field_select) == 0x10, "modify_flow_table_in.modify_field_select");
static_assert(__mlx5_bit_off(modify_flow_table_in, table_type) == 0x80 &&
	      __mlx5_bit_sz(modify_flow_table_in, table_type) == 0x8, "modify_flow_table_in.table_type");
static_assert(__mlx5_bit_off(modify_flow_table_in, table_id) == 0xa8 &&
	      __mlx5_bit_sz(modify_flow_table_in, table_id) == 0x18, "modify_flow_table_in.table_id");
static_assert(__mlx5_bit_off(modify_flow_table_in, flow_table_context) == 0xc0 &&
	      __mlx5_bit_sz(modify_flow_table_in, flow_table_context) == 0x140, "modify_flow_table_in.flow_table_context");

/* struct mlx5_ifc_ets_tcn_config_reg_bits */
static_assert(__mlx5_bit_off(ets_tcn_config_reg, g) == 0x0 &&
	      __mlx5_bit_sz(ets_tcn_config_reg, g) == 0x1, "ets_tcn_config_reg.g");
static_assert(__mlx5_bit_off(ets_tcn_config_reg, b) == 0x1 &&
	      __mlx5_bit_sz(ets_tcn_config_reg, b) == 0x1, "ets_tcn_config_reg.b");
static_assert(__mlx5_bit_off(ets_tcn_config_reg, r) == 0x2 &&
	      __mlx5_bit_sz(ets_tcn_config_reg, r) == 0x1, "ets_tcn_config_reg.r");
static_assert(__mlx5_bit_off(ets_tcn_config_reg, group) == 0xc &&
	      __mlx5_bit_sz(ets_tcn_config_reg, group) == 0x4, "ets_tcn_config_reg.group");
static_assert(__mlx5_bit_off(ets_tcn_config_reg, bw_allocation) == 0x19 &&
	      __mlx5_bit_sz(ets_tcn_config_reg, bw_allocation) == 0x7, "ets_tcn_config_reg.bw_allocation");
static_assert(__mlx5_bit_off(ets_tcn_config_reg, max_bw_units) == 0x2c &&
	      __mlx5_bit_sz(ets_tcn_config_reg, max_bw_units) == 0x4, "ets_tcn_config_reg.max_bw_units");
static_assert(__mlx5_bit_off(ets_tcn_config_reg, max_bw_value) == 0x38 &&
	      __mlx5_bit_sz(ets_tcn_config_reg, max_bw_value) == 0x8, "ets_tcn_config_reg.max_bw_value");

/* struct mlx5_ifc_ets_global_config_reg_bits */
static_assert(__mlx5_bit_off(ets_global_config_reg, r) == 0x2 &&
	      __mlx5_bit_sz(ets_global_config_reg, r) == 0x1, "ets_global_config_reg.r");
static_assert(__mlx5_bit_off(ets_global_config_reg, max_bw_units) == 0x2c &&
	      __mlx5_bit_sz(ets_global_config_reg, max_bw_units) == 0x4, "ets_global_config_reg.max_bw_units");
static_assert(__mlx5_bit_off(ets_global_config_reg, max_bw_value) == 0x38 &&
	      __mlx5_bit_sz(ets_global_config_reg, max_bw_value) == 0x8, "ets_global_config_reg.max_bw_value");

/* struct mlx5_ifc_qetc_reg_bits */
static_assert(__mlx5_bit_off(qetc_reg, port_number) == 0x8 &&
	      __mlx5_bit_sz(qetc_reg, port_number) == 0x8, "qetc_reg.port_number");
static_assert(__mlx5_bit_off(qetc_reg, tc_configuration) == 0x40 &&
	      __mlx5_bit_sz(qetc_reg, tc_configuration) == 0x200, "qetc_reg.tc_configuration");
static_assert(__mlx5_bit_off(qetc_reg, global_configuration) == 0x240 &&
	      __mlx5_bit_sz(qetc_reg, global_configuration) == 0x40, "qetc_reg.global_configuration");

/* struct mlx5_ifc_qpdpm_dscp_reg_bits */
static_assert(__mlx5_bit_off(qpdpm_dscp_reg, e) == 0x0 &&
	      __mlx5_bit_sz(qpdpm_dscp_reg, e) == 0x1, "qpdpm_dscp_reg.e");
static_assert(__mlx5_bit_off(qpdpm_dscp_reg, prio) == 0xc &&
	      __mlx5_bit_sz(qpdpm_dscp_reg, prio) == 0x4, "qpdpm_dscp_reg.prio");

/* struct mlx5_ifc_qpdpm_reg_bits */
static_assert(__mlx5_bit_off(qpdpm_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(qpdpm_reg, local_port) == 0x8, "qpdpm_reg.local_port");
static_assert(__mlx5_bit_off(qpdpm_reg, dscp) == 0x20 &&
	      __mlx5_bit_sz(qpdpm_reg, dscp) == 0x400, "qpdpm_reg.dscp");

/* struct mlx5_ifc_qpts_reg_bits */
static_assert(__mlx5_bit_off(qpts_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(qpts_reg, local_port) == 0x8, "qpts_reg.local_port");
static_assert(__mlx5_bit_off(qpts_reg, trust_state) == 0x3d &&
	      __mlx5_bit_sz(qpts_reg, trust_state) == 0x3, "qpts_reg.trust_state");

/* struct mlx5_ifc_pptb_reg_bits */
static_assert(__mlx5_bit_off(pptb_reg, mm) == 0x2 &&
	      __mlx5_bit_sz(pptb_reg, mm) == 0x2, "pptb_reg.mm");
static_assert(__mlx5_bit_off(pptb_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pptb_reg, local_port) == 0x8, "pptb_reg.local_port");
static_assert(__mlx5_bit_off(pptb_reg, cm) == 0x16 &&
	      __mlx5_bit_sz(pptb_reg, cm) == 0x1, "pptb_reg.cm");
static_assert(__mlx5_bit_off(pptb_reg, um) == 0x17 &&
	      __mlx5_bit_sz(pptb_reg, um) == 0x1, "pptb_reg.um");
static_assert(__mlx5_bit_off(pptb_reg, pm) == 0x18 &&
	      __mlx5_bit_sz(pptb_reg, pm) == 0x8, "pptb_reg.pm");
static_assert(__mlx5_bit_off(pptb_reg, prio_x_buff) == 0x20 &&
	      __mlx5_bit_sz(pptb_reg, prio_x_buff) == 0x20, "pptb_reg.prio_x_buff");
static_assert(__mlx5_bit_off(pptb_reg, pm_msb) == 0x40 &&
	      __mlx5_bit_sz(pptb_reg, pm_msb) == 0x8, "pptb_reg.pm_msb");
static_assert(__mlx5_bit_off(pptb_reg, ctrl_buff) == 0x58 &&
	      __mlx5_bit_sz(pptb_reg, ctrl_buff) == 0x4, "pptb_reg.ctrl_buff");
static_assert(__mlx5_bit_off(pptb_reg, untagged_buff) == 0x5c &&
	      __mlx5_bit_sz(pptb_reg, untagged_buff) == 0x4, "pptb_reg.untagged_buff");

/* struct mlx5_ifc_sbcam_reg_bits */
static_assert(__mlx5_bit_off(sbcam_reg, feature_group) == 0x8 &&
	      __mlx5_bit_sz(sbcam_reg, feature_group) == 0x8, "sbcam_reg.feature_group");
static_assert(__mlx5_bit_off(sbcam_reg, access_reg_group) == 0x18 &&
	      __mlx5_bit_sz(sbcam_reg, access_reg_group) == 0x8, "sbcam_reg.access_reg_group");
static_assert(__mlx5_bit_off(sbcam_reg, sb_access_reg_cap_mask) == 0x40 &&
	      __mlx5_bit_sz(sbcam_reg, sb_access_reg_cap_mask) == 0x80, "sbcam_reg.sb_access_reg_cap_mask");
static_assert(__mlx5_bit_off(sbcam_reg, sb_feature_cap_mask) == 0x140 &&
	      __mlx5_bit_sz(sbcam_reg, sb_feature_cap_mask) == 0x80, "sbcam_reg.sb_feature_cap_mask");
static_assert(__mlx5_bit_off(sbcam_reg, cap_total_buffer_size) == 0x200 &&
	      __mlx5_bit_sz(sbcam_reg, cap_total_buffer_size) == 0x20, "sbcam_reg.cap_total_buffer_size");
static_assert(__mlx5_bit_off(sbcam_reg, cap_cell_size) == 0x220 &&
	      __mlx5_bit_sz(sbcam_reg, cap_cell_size) == 0x10, "sbcam_reg.cap_cell_size");
static_assert(__mlx5_bit_off(sbcam_reg, cap_max_pg_buffers) == 0x230 &&
	      __mlx5_bit_sz(sbcam_reg, cap_max_pg_buffers) == 0x8, "sbcam_reg.cap_max_pg_buffers");
static_assert(__mlx5_bit_off(sbcam_reg, cap_num_pool_supported) == 0x238 &&
	      __mlx5_bit_sz(sbcam_reg, cap_num_pool_supported) == 0x8, "sbcam_reg.cap_num_pool_supported");
static_assert(__mlx5_bit_off(sbcam_reg, cap_sbsr_stat_size) == 0x248 &&
	      __mlx5_bit_sz(sbcam_reg, cap_sbsr_stat_size) == 0x8, "sbcam_reg.cap_sbsr_stat_size");
static_assert(__mlx5_bit_off(sbcam_reg, cap_max_tclass_data) == 0x250 &&
	      __mlx5_bit_sz(sbcam_reg, cap_max_tclass_data) == 0x8, "sbcam_reg.cap_max_tclass_data");
static_assert(__mlx5_bit_off(sbcam_reg, cap_max_cpu_ingress_tclass_sb) == 0x258 &&
	      __mlx5_bit_sz(sbcam_reg, cap_max_cpu_ingress_tclass_sb) == 0x8, "sbcam_reg.cap_max_cpu_ingress_tclass_sb");

/* struct mlx5_ifc_pbmc_reg_bits */
static_assert(__mlx5_bit_off(pbmc_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(pbmc_reg, local_port) == 0x8, "pbmc_reg.local_port");
static_assert(__mlx5_bit_off(pbmc_reg, xoff_timer_value) == 0x20 &&
	      __mlx5_bit_sz(pbmc_reg, xoff_timer_value) == 0x10, "pbmc_reg.xoff_timer_value");
static_assert(__mlx5_bit_off(pbmc_reg, xoff_refresh) == 0x30 &&
	      __mlx5_bit_sz(pbmc_reg, xoff_refresh) == 0x10, "pbmc_reg.xoff_refresh");
static_assert(__mlx5_bit_off(pbmc_reg, fullness_threshold) == 0x49 &&
	      __mlx5_bit_sz(pbmc_reg, fullness_threshold) == 0x7, "pbmc_reg.fullness_threshold");
static_assert(__mlx5_bit_off(pbmc_reg, port_buffer_size) == 0x50 &&
	      __mlx5_bit_sz(pbmc_reg, port_buffer_size) == 0x10, "pbmc_reg.port_buffer_size");
static_assert(__mlx5_bit_off(pbmc_reg, buffer) == 0x60 &&
	      __mlx5_bit_sz(pbmc_reg, buffer) == 0x280, "pbmc_reg.buffer");

/* struct mlx5_ifc_sbpr_reg_bits */
static_assert(__mlx5_bit_off(sbpr_reg, desc) == 0x0 &&
	      __mlx5_bit_sz(sbpr_reg, desc) == 0x1, "sbpr_reg.desc");
static_assert(__mlx5_bit_off(sbpr_reg, snap) == 0x1 &&
	      __mlx5_bit_sz(sbpr_reg, snap) == 0x1, "sbpr_reg.snap");
static_assert(__mlx5_bit_off(sbpr_reg, dir) == 0x6 &&
	      __mlx5_bit_sz(sbpr_reg, dir) == 0x2, "sbpr_reg.dir");
static_assert(__mlx5_bit_off(sbpr_reg, pool) == 0x1c &&
	      __mlx5_bit_sz(sbpr_reg, pool) == 0x4, "sbpr_reg.pool");
static_assert(__mlx5_bit_off(sbpr_reg, infi_size) == 0x20 &&
	      __mlx5_bit_sz(sbpr_reg, infi_size) == 0x1, "sbpr_reg.infi_size");
static_assert(__mlx5_bit_off(sbpr_reg, size) == 0x28 &&
	      __mlx5_bit_sz(sbpr_reg, size) == 0x18, "sbpr_reg.size");
static_assert(__mlx5_bit_off(sbpr_reg, mode) == 0x5c &&
	      __mlx5_bit_sz(sbpr_reg, mode) == 0x4, "sbpr_reg.mode");
static_assert(__mlx5_bit_off(sbpr_reg, buff_occupancy) == 0x68 &&
	      __mlx5_bit_sz(sbpr_reg, buff_occupancy) == 0x18, "sbpr_reg.buff_occupancy");
static_assert(__mlx5_bit_off(sbpr_reg, clr) == 0x80 &&
	      __mlx5_bit_sz(sbpr_reg, clr) == 0x1, "sbpr_reg.clr");
static_assert(__mlx5_bit_off(sbpr_reg, max_buff_occupancy) == 0x88 &&
	      __mlx5_bit_sz(sbpr_reg, max_buff_occupancy) == 0x18, "sbpr_reg.max_buff_occupancy");
static_assert(__mlx5_bit_off(sbpr_reg, ext_buff_occupancy) == 0xa8 &&
	      __mlx5_bit_sz(sbpr_reg, ext_buff_occupancy) == 0x18, "sbpr_reg.ext_buff_occupancy");

/* struct mlx5_ifc_sbcm_reg_bits */
static_assert(__mlx5_bit_off(sbcm_reg, desc) == 0x0 &&
	      __mlx5_bit_sz(sbcm_reg, desc) == 0x1, "sbcm_reg.desc");
static_assert(__mlx5_bit_off(sbcm_reg, snap) == 0x1 &&
	      __mlx5_bit_sz(sbcm_reg, snap) == 0x1, "sbcm_reg.snap");
static_assert(__mlx5_bit_off(sbcm_reg, local_port) == 0x8 &&
	      __mlx5_bit_sz(sbcm_reg, local_port) == 0x8, "sbcm_reg.local_port");
static_assert(__mlx5_bit_off(sbcm_reg, pnat) == 0x10 &&
	      __mlx5_bit_sz(sbcm_reg, pnat) == 0x2, "sbcm_reg.pnat");
static_assert(__mlx5_bit_off(sbcm_reg, pg_buff) == 0x12 &&
	      __mlx5_bit_sz(sbcm_reg, pg_buff) == 0x6, "sbcm_reg.pg_buff");
static_assert(__mlx5_bit_off(sbcm_reg, dir) == 0x1e &&
	      __mlx5_bit_sz(sbcm_reg, dir) == 0x2, "sbcm_reg.dir");
static_assert(__mlx5_bit_off(sbcm_reg, exc) == 0x3f &&
	      __mlx5_bit_sz(sbcm_reg, exc) == 0x1, "sbcm_reg.exc");
static_assert(__mlx5_bit_off(sbcm_reg, buff_occupancy) == 0x88 &&
	      __mlx5_bit_sz(sbcm_reg, buff_occupancy) == 0x18, "sbcm_reg.buff_occupancy");
static_assert(__mlx5_bit_off(sbcm_reg, clr) == 0xa0 &&
	      __mlx5_bit_sz(sbcm_reg, clr) == 0x1, "sbcm_reg.clr");
static_assert(__mlx5_bit_off(sbcm_reg, max_buff_occupancy) == 0xa8 &&
	      __mlx5_bit_sz(sbcm_reg, max_buff_occupancy) == 0x18, "sbcm_reg.max_buff_occupancy");
static_assert(__mlx5_bit_off(sbcm_reg, min_buff) == 0xc8 &&
	      __mlx5_bit_sz(sbcm_reg, min_buff) == 0x18, "sbcm_reg.min_buff");
static_assert(__mlx5_bit_off(sbcm_reg, infi_max) == 0xe0 &&
	      __mlx5_bit_sz(sbcm_reg, infi_max) == 0x1, "sbcm_reg.infi_max");
static_assert(__mlx5_bit_off(sbcm_reg, max_buff) == 0xe8 &&
	      __mlx5_bit_sz(sbcm_reg, max_buff) == 0x18, "sbcm_reg.max_buff");
static_assert(__mlx5_bit_off(sbcm_reg, pool) == 0x13c &&
	      __mlx5_bit_sz(sbcm_reg, pool) == 0x4, "sbcm_reg.pool");

/* struct mlx5_ifc_qtct_reg_bits */
static_assert(__mlx5_bit_off(qtct_reg, port_number) == 0x8 &&
	      __mlx5_bit_sz(qtct_reg, port_number) == 0x8, "qtct_reg.port_number");
static_assert(__mlx5_bit_off(qtct_reg, prio) == 0x1d &&
	      __mlx5_bit_sz(qtct_reg, prio) == 0x3, "qtct_reg.prio");
static_assert(__mlx5_bit_off(qtct_reg, tclass) == 0x3d &&
	      __mlx5_bit_sz(qtct_reg, tclass) == 0x3, "qtct_reg.tclass");

/* struct mlx5_ifc_dcbx_param_bits */
static_assert(__mlx5_bit_off(dcbx_param, dcbx_cee_cap) == 0x0 &&
	      __mlx5_bit_sz(dcbx_param, dcbx_cee_cap) == 0x1, "dcbx_param.dcbx_cee_cap");
static_assert(__mlx5_bit_off(dcbx_param, dcbx_ieee_cap) == 0x1 &&
	      __mlx5_bit_sz(dcbx_param, dcbx_ieee_cap) == 0x1, "dcbx_param.dcbx_ieee_cap");
static_assert(__mlx5_bit_off(dcbx_param, dcbx_standby_cap) == 0x2 &&
	      __mlx5_bit_sz(dcbx_param, dcbx_standby_cap) == 0x1, "dcbx_param.dcbx_standby_cap");
static_assert(__mlx5_bit_off(dcbx_param, port_number) == 0x8 &&
	      __mlx5_bit_sz(dcbx_param, port_number) == 0x8, "dcbx_param.port_number");
static_assert(__mlx5_bit_off(dcbx_param, max_application_table_size) == 0x1a &&
	      __mlx5_bit_sz(dcbx_param, max_application_table_size) == 0x6, "dcbx_param.max_application_table_size");
static_assert(__mlx5_bit_off(dcbx_param, version_oper) == 0x35 &&
	      __mlx5_bit_sz(dcbx_param, version_oper) == 0x3, "dcbx_param.version_oper");
static_assert(__mlx5_bit_off(dcbx_param, version_admin) == 0x3d &&
	      __mlx5_bit_sz(dcbx_param, version_admin) == 0x3, "dcbx_param.version_admin");
static_assert(__mlx5_bit_off(dcbx_param, willing_admin) == 0x40 &&
	      __mlx5_bit_sz(dcbx_param, willing_admin) == 0x1, "dcbx_param.willing_admin");
static_assert(__mlx5_bit_off(dcbx_param, pfc_cap_oper) == 0x44 &&
	      __mlx5_bit_sz(dcbx_param, pfc_cap_oper) == 0x4, "dcbx_param.pfc_cap_oper");
static_assert(__mlx5_bit_off(dcbx_param, pfc_cap_admin) == 0x4c &&
	      __mlx5_bit_sz(dcbx_param, pfc_cap_admin) == 0x4, "dcbx_param.pfc_cap_admin");
static_assert(__mlx5_bit_off(dcbx_param, num_of_tc_oper) == 0x54 &&
	      __mlx5_bit_sz(dcbx_param, num_of_tc_oper) == 0x4, "dcbx_param.num_of_tc_oper");
static_assert(__mlx5_bit_off(dcbx_param, num_of_tc_admin) == 0x5c &&
	      __mlx5_bit_sz(dcbx_param, num_of_tc_admin) == 0x4, "dcbx_param.num_of_tc_admin");
static_assert(__mlx5_bit_off(dcbx_param, remote_willing) == 0x60 &&
	      __mlx5_bit_sz(dcbx_param, remote_willing) == 0x1, "dcbx_param.remote_willing");
static_assert(__mlx5_bit_off(dcbx_param, remote_pfc_cap) == 0x64 &&
	      __mlx5_bit_sz(dcbx_param, remote_pfc_cap) == 0x4, "dcbx_param.remote_pfc_cap");
static_assert(__mlx5_bit_off(dcbx_param, remote_num_of_tc) == 0x7c &&
	      __mlx5_bit_sz(dcbx_param, remote_num_of_tc) == 0x4, "dcbx_param.remote_num_of_tc");
static_assert(__mlx5_bit_off(dcbx_param, error) == 0x98 &&
	      __mlx5_bit_sz(dcbx_param, error) == 0x8, "dcbx_param.error");

/* struct mlx5_ifc_lagc_bits */
static_assert(__mlx5_bit_off(lagc, fdb_selection_mode) == 0x0 &&
	      __mlx5_bit_sz(lagc, fdb_selection_mode) == 0x1, "lagc.fdb_selection_mode");
static_assert(__mlx5_bit_off(lagc, port_select_mode) == 0x15 &&
	      __mlx5_bit_sz(lagc, port_select_mode) == 0x3, "lagc.port_select_mode");
static_assert(__mlx5_bit_off(lagc, lag_state) == 0x1d &&
	      __mlx5_bit_sz(lagc, lag_state) == 0x3, "lagc.lag_state");
static_assert(__mlx5_bit_off(lagc, active_port) == 0x2c &&
	      __mlx5_bit_sz(lagc, active_port) == 0x4, "lagc.active_port");
static_assert(__mlx5_bit_off(lagc, tx_remap_affinity_2) == 0x34 &&
	      __mlx5_bit_sz(lagc, tx_remap_affinity_2) == 0x4, "lagc.tx_remap_affinity_2");
static_assert(__mlx5_bit_off(lagc, tx_remap_affinity_1) == 0x3c &&
	      __mlx5_bit_sz(lagc, tx_remap_affinity_1) == 0x4, "lagc.tx_remap_affinity_1");

/* struct mlx5_ifc_create_lag_out_bits */
static_assert(__mlx5_bit_off(create_lag_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_lag_out, status) == 0x8, "create_lag_out.status");
static_assert(__mlx5_bit_off(create_lag_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_lag_out, syndrome) == 0x20, "create_lag_out.syndrome");

/* struct mlx5_ifc_create_lag_in_bits */
static_assert(__mlx5_bit_off(create_lag_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_lag_in, opcode) == 0x10, "create_lag_in.opcode");
static_assert(__mlx5_bit_off(create_lag_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_lag_in, op_mod) == 0x10, "create_lag_in.op_mod");
static_assert(__mlx5_bit_off(create_lag_in, ctx) == 0x40 &&
	      __mlx5_bit_sz(create_lag_in, ctx) == 0x40, "create_lag_in.ctx");

/* struct mlx5_ifc_modify_lag_out_bits */
static_assert(__mlx5_bit_off(modify_lag_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_lag_out, status) == 0x8, "modify_lag_out.status");
static_assert(__mlx5_bit_off(modify_lag_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_lag_out, syndrome) == 0x20, "modify_lag_out.syndrome");

/* struct mlx5_ifc_modify_lag_in_bits */
static_assert(__mlx5_bit_off(modify_lag_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_lag_in, opcode) == 0x10, "modify_lag_in.opcode");
static_assert(__mlx5_bit_off(modify_lag_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_lag_in, op_mod) == 0x10, "modify_lag_in.op_mod");
static_assert(__mlx5_bit_off(modify_lag_in, field_select) == 0x60 &&
	      __mlx5_bit_sz(modify_lag_in, field_select) == 0x20, "modify_lag_in.field_select");
static_assert(__mlx5_bit_off(modify_lag_in, ctx) == 0x80 &&
	      __mlx5_bit_sz(modify_lag_in, ctx) == 0x40, "modify_lag_in.ctx");

/* struct mlx5_ifc_query_lag_out_bits */
static_assert(__mlx5_bit_off(query_lag_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_lag_out, status) == 0x8, "query_lag_out.status");
static_assert(__mlx5_bit_off(query_lag_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_lag_out, syndrome) == 0x20, "query_lag_out.syndrome");
static_assert(__mlx5_bit_off(query_lag_out, ctx) == 0x40 &&
	      __mlx5_bit_sz(query_lag_out, ctx) == 0x40, "query_lag_out.ctx");

/* struct mlx5_ifc_query_lag_in_bits */
static_assert(__mlx5_bit_off(query_lag_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_lag_in, opcode) == 0x10, "query_lag_in.opcode");
static_assert(__mlx5_bit_off(query_lag_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_lag_in, op_mod) == 0x10, "query_lag_in.op_mod");

/* struct mlx5_ifc_destroy_lag_out_bits */
static_assert(__mlx5_bit_off(destroy_lag_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_lag_out, status) == 0x8, "destroy_lag_out.status");
static_assert(__mlx5_bit_off(destroy_lag_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_lag_out, syndrome) == 0x20, "destroy_lag_out.syndrome");

/* struct mlx5_ifc_destroy_lag_in_bits */
static_assert(__mlx5_bit_off(destroy_lag_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_lag_in, opcode) == 0x10, "destroy_lag_in.opcode");
static_assert(__mlx5_bit_off(destroy_lag_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_lag_in, op_mod) == 0x10, "destroy_lag_in.op_mod");

/* struct mlx5_ifc_create_vport_lag_out_bits */
static_assert(__mlx5_bit_off(create_vport_lag_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_vport_lag_out, status) == 0x8, "create_vport_lag_out.status");
static_assert(__mlx5_bit_off(create_vport_lag_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_vport_lag_out, syndrome) == 0x20, "create_vport_lag_out.syndrome");

/* struct mlx5_ifc_create_vport_lag_in_bits */
static_assert(__mlx5_bit_off(create_vport_lag_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_vport_lag_in, opcode) == 0x10, "create_vport_lag_in.opcode");
static_assert(__mlx5_bit_off(create_vport_lag_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_vport_lag_in, op_mod) == 0x10, "create_vport_lag_in.op_mod");

/* struct mlx5_ifc_destroy_vport_lag_out_bits */
static_assert(__mlx5_bit_off(destroy_vport_lag_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_vport_lag_out, status) == 0x8, "destroy_vport_lag_out.status");
static_assert(__mlx5_bit_off(destroy_vport_lag_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_vport_lag_out, syndrome) == 0x20, "destroy_vport_lag_out.syndrome");

/* struct mlx5_ifc_destroy_vport_lag_in_bits */
static_assert(__mlx5_bit_off(destroy_vport_lag_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_vport_lag_in, opcode) == 0x10, "destroy_vport_lag_in.opcode");
static_assert(__mlx5_bit_off(destroy_vport_lag_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_vport_lag_in, op_mod) == 0x10, "destroy_vport_lag_in.op_mod");

/* struct mlx5_ifc_modify_memic_in_bits */
static_assert(__mlx5_bit_off(modify_memic_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(modify_memic_in, opcode) == 0x10, "modify_memic_in.opcode");
static_assert(__mlx5_bit_off(modify_memic_in, uid) == 0x10 &&
	      __mlx5_bit_sz(modify_memic_in, uid) == 0x10, "modify_memic_in.uid");
static_assert(__mlx5_bit_off(modify_memic_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(modify_memic_in, op_mod) == 0x10, "modify_memic_in.op_mod");
static_assert(__mlx5_bit_off(modify_memic_in, memic_operation_type) == 0x78 &&
	      __mlx5_bit_sz(modify_memic_in, memic_operation_type) == 0x8, "modify_memic_in.memic_operation_type");
static_assert(__mlx5_bit_off(modify_memic_in, memic_start_addr) == 0x80 &&
	      __mlx5_bit_sz(modify_memic_in, memic_start_addr) == 0x40, "modify_memic_in.memic_start_addr");

/* struct mlx5_ifc_modify_memic_out_bits */
static_assert(__mlx5_bit_off(modify_memic_out, status) == 0x0 &&
	      __mlx5_bit_sz(modify_memic_out, status) == 0x8, "modify_memic_out.status");
static_assert(__mlx5_bit_off(modify_memic_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(modify_memic_out, syndrome) == 0x20, "modify_memic_out.syndrome");
static_assert(__mlx5_bit_off(modify_memic_out, memic_operation_addr) == 0x80 &&
	      __mlx5_bit_sz(modify_memic_out, memic_operation_addr) == 0x40, "modify_memic_out.memic_operation_addr");

/* struct mlx5_ifc_alloc_memic_in_bits */
static_assert(__mlx5_bit_off(alloc_memic_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(alloc_memic_in, opcode) == 0x10, "alloc_memic_in.opcode");
static_assert(__mlx5_bit_off(alloc_memic_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(alloc_memic_in, op_mod) == 0x10, "alloc_memic_in.op_mod");
static_assert(__mlx5_bit_off(alloc_memic_in, log_memic_addr_alignment) == 0x78 &&
	      __mlx5_bit_sz(alloc_memic_in, log_memic_addr_alignment) == 0x8, "alloc_memic_in.log_memic_addr_alignment");
static_assert(__mlx5_bit_off(alloc_memic_in, range_start_addr) == 0x80 &&
	      __mlx5_bit_sz(alloc_memic_in, range_start_addr) == 0x40, "alloc_memic_in.range_start_addr");
static_assert(__mlx5_bit_off(alloc_memic_in, range_size) == 0xc0 &&
	      __mlx5_bit_sz(alloc_memic_in, range_size) == 0x20, "alloc_memic_in.range_size");
static_assert(__mlx5_bit_off(alloc_memic_in, memic_size) == 0xe0 &&
	      __mlx5_bit_sz(alloc_memic_in, memic_size) == 0x20, "alloc_memic_in.memic_size");

/* struct mlx5_ifc_alloc_memic_out_bits */
static_assert(__mlx5_bit_off(alloc_memic_out, status) == 0x0 &&
	      __mlx5_bit_sz(alloc_memic_out, status) == 0x8, "alloc_memic_out.status");
static_assert(__mlx5_bit_off(alloc_memic_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(alloc_memic_out, syndrome) == 0x20, "alloc_memic_out.syndrome");
static_assert(__mlx5_bit_off(alloc_memic_out, memic_start_addr) == 0x40 &&
	      __mlx5_bit_sz(alloc_memic_out, memic_start_addr) == 0x40, "alloc_memic_out.memic_start_addr");

/* struct mlx5_ifc_dealloc_memic_in_bits */
static_assert(__mlx5_bit_off(dealloc_memic_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(dealloc_memic_in, opcode) == 0x10, "dealloc_memic_in.opcode");
static_assert(__mlx5_bit_off(dealloc_memic_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(dealloc_memic_in, op_mod) == 0x10, "dealloc_memic_in.op_mod");
static_assert(__mlx5_bit_off(dealloc_memic_in, memic_start_addr) == 0x80 &&
	      __mlx5_bit_sz(dealloc_memic_in, memic_start_addr) == 0x40, "dealloc_memic_in.memic_start_addr");
static_assert(__mlx5_bit_off(dealloc_memic_in, memic_size) == 0xc0 &&
	      __mlx5_bit_sz(dealloc_memic_in, memic_size) == 0x20, "dealloc_memic_in.memic_size");

/* struct mlx5_ifc_dealloc_memic_out_bits */
static_assert(__mlx5_bit_off(dealloc_memic_out, status) == 0x0 &&
	      __mlx5_bit_sz(dealloc_memic_out, status) == 0x8, "dealloc_memic_out.status");
static_assert(__mlx5_bit_off(dealloc_memic_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(dealloc_memic_out, syndrome) == 0x20, "dealloc_memic_out.syndrome");

/* struct mlx5_ifc_sw_icm_bits */
static_assert(__mlx5_bit_off(sw_icm, modify_field_select) == 0x0 &&
	      __mlx5_bit_sz(sw_icm, modify_field_select) == 0x40, "sw_icm.modify_field_select");
static_assert(__mlx5_bit_off(sw_icm, log_sw_icm_size) == 0x58 &&
	      __mlx5_bit_sz(sw_icm, log_sw_icm_size) == 0x8, "sw_icm.log_sw_icm_size");
static_assert(__mlx5_bit_off(sw_icm, sw_icm_start_addr) == 0x80 &&
	      __mlx5_bit_sz(sw_icm, sw_icm_start_addr) == 0x40, "sw_icm.sw_icm_start_addr");

/* struct mlx5_ifc_geneve_tlv_option_bits */
static_assert(__mlx5_bit_off(geneve_tlv_option, modify_field_select) == 0x0 &&
	      __mlx5_bit_sz(geneve_tlv_option, modify_field_select) == 0x40, "geneve_tlv_option.modify_field_select");
static_assert(__mlx5_bit_off(geneve_tlv_option, geneve_option_fte_index) == 0x58 &&
	      __mlx5_bit_sz(geneve_tlv_option, geneve_option_fte_index) == 0x8, "geneve_tlv_option.geneve_option_fte_index");
static_assert(__mlx5_bit_off(geneve_tlv_option, option_class) == 0x60 &&
	      __mlx5_bit_sz(geneve_tlv_option, option_class) == 0x10, "geneve_tlv_option.option_class");
static_assert(__mlx5_bit_off(geneve_tlv_option, option_type) == 0x70 &&
	      __mlx5_bit_sz(geneve_tlv_option, option_type) == 0x8, "geneve_tlv_option.option_type");
static_assert(__mlx5_bit_off(geneve_tlv_option, option_data_length) == 0x7b &&
	      __mlx5_bit_sz(geneve_tlv_option, option_data_length) == 0x5, "geneve_tlv_option.option_data_length");

/* struct mlx5_ifc_create_sw_icm_in_bits */
static_assert(__mlx5_bit_off(create_sw_icm_in, hdr) == 0x0 &&
	      __mlx5_bit_sz(create_sw_icm_in, hdr) == 0x80, "create_sw_icm_in.hdr");
static_assert(__mlx5_bit_off(create_sw_icm_in, sw_icm) == 0x80 &&
	      __mlx5_bit_sz(create_sw_icm_in, sw_icm) == 0x200, "create_sw_icm_in.sw_icm");

/* struct mlx5_ifc_create_geneve_tlv_option_in_bits */
static_assert(__mlx5_bit_off(create_geneve_tlv_option_in, hdr) == 0x0 &&
	      __mlx5_bit_sz(create_geneve_tlv_option_in, hdr) == 0x80, "create_geneve_tlv_option_in.hdr");
static_assert(__mlx5_bit_off(create_geneve_tlv_option_in, geneve_tlv_opt) == 0x80 &&
	      __mlx5_bit_sz(create_geneve_tlv_option_in, geneve_tlv_opt) == 0x200, "create_geneve_tlv_option_in.geneve_tlv_opt");

/* struct mlx5_ifc_mtrc_string_db_param_bits */
static_assert(__mlx5_bit_off(mtrc_string_db_param, string_db_base_address) == 0x0 &&
	      __mlx5_bit_sz(mtrc_string_db_param, string_db_base_address) == 0x20, "mtrc_string_db_param.string_db_base_address");
static_assert(__mlx5_bit_off(mtrc_string_db_param, string_db_size) == 0x28 &&
	      __mlx5_bit_sz(mtrc_string_db_param, string_db_size) == 0x18, "mtrc_string_db_param.string_db_size");

/* struct mlx5_ifc_mtrc_cap_bits */
static_assert(__mlx5_bit_off(mtrc_cap, trace_owner) == 0x0 &&
	      __mlx5_bit_sz(mtrc_cap, trace_owner) == 0x1, "mtrc_cap.trace_owner");
static_assert(__mlx5_bit_off(mtrc_cap, trace_to_memory) == 0x1 &&
	      __mlx5_bit_sz(mtrc_cap, trace_to_memory) == 0x1, "mtrc_cap.trace_to_memory");
static_assert(__mlx5_bit_off(mtrc_cap, trc_ver) == 0x6 &&
	      __mlx5_bit_sz(mtrc_cap, trc_ver) == 0x2, "mtrc_cap.trc_ver");
static_assert(__mlx5_bit_off(mtrc_cap, num_string_db) == 0x1c &&
	      __mlx5_bit_sz(mtrc_cap, num_string_db) == 0x4, "mtrc_cap.num_string_db");
static_assert(__mlx5_bit_off(mtrc_cap, first_string_trace) == 0x20 &&
	      __mlx5_bit_sz(mtrc_cap, first_string_trace) == 0x8, "mtrc_cap.first_string_trace");
static_assert(__mlx5_bit_off(mtrc_cap, num_string_trace) == 0x28 &&
	      __mlx5_bit_sz(mtrc_cap, num_string_trace) == 0x8, "mtrc_cap.num_string_trace");
static_assert(__mlx5_bit_off(mtrc_cap, log_max_trace_buffer_size) == 0x58 &&
	      __mlx5_bit_sz(mtrc_cap, log_max_trace_buffer_size) == 0x8, "mtrc_cap.log_max_trace_buffer_size");
static_assert(__mlx5_bit_off(mtrc_cap, string_db_param) == 0x80 &&
	      __mlx5_bit_sz(mtrc_cap, string_db_param) == 0x200, "mtrc_cap.string_db_param");

/* struct mlx5_ifc_mtrc_conf_bits */
static_assert(__mlx5_bit_off(mtrc_conf, trace_mode) == 0x1c &&
	      __mlx5_bit_sz(mtrc_conf, trace_mode) == 0x4, "mtrc_conf.trace_mode");
static_assert(__mlx5_bit_off(mtrc_conf, log_trace_buffer_size) == 0x38 &&
	      __mlx5_bit_sz(mtrc_conf, log_trace_buffer_size) == 0x8, "mtrc_conf.log_trace_buffer_size");
static_assert(__mlx5_bit_off(mtrc_conf, trace_mkey) == 0x40 &&
	      __mlx5_bit_sz(mtrc_conf, trace_mkey) == 0x20, "mtrc_conf.trace_mkey");

/* struct mlx5_ifc_mtrc_stdb_bits */
static_assert(__mlx5_bit_off(mtrc_stdb, string_db_index) == 0x0 &&
	      __mlx5_bit_sz(mtrc_stdb, string_db_index) == 0x4, "mtrc_stdb.string_db_index");
static_assert(__mlx5_bit_off(mtrc_stdb, read_size) == 0x8 &&
	      __mlx5_bit_sz(mtrc_stdb, read_size) == 0x18, "mtrc_stdb.read_size");
static_assert(__mlx5_bit_off(mtrc_stdb, start_offset) == 0x20 &&
	      __mlx5_bit_sz(mtrc_stdb, start_offset) == 0x20, "mtrc_stdb.start_offset");
static_assert(__mlx5_bit_off(mtrc_stdb, string_db_data) == 0x40, "mtrc_stdb.string_db_data");

/* struct mlx5_ifc_mtrc_ctrl_bits */
static_assert(__mlx5_bit_off(mtrc_ctrl, trace_status) == 0x0 &&
	      __mlx5_bit_sz(mtrc_ctrl, trace_status) == 0x2, "mtrc_ctrl.trace_status");
static_assert(__mlx5_bit_off(mtrc_ctrl, arm_event) == 0x4 &&
	      __mlx5_bit_sz(mtrc_ctrl, arm_event) == 0x1, "mtrc_ctrl.arm_event");
static_assert(__mlx5_bit_off(mtrc_ctrl, modify_field_select) == 0x10 &&
	      __mlx5_bit_sz(mtrc_ctrl, modify_field_select) == 0x10, "mtrc_ctrl.modify_field_select");
static_assert(__mlx5_bit_off(mtrc_ctrl, current_timestamp52_32) == 0x4b &&
	      __mlx5_bit_sz(mtrc_ctrl, current_timestamp52_32) == 0x15, "mtrc_ctrl.current_timestamp52_32");
static_assert(__mlx5_bit_off(mtrc_ctrl, current_timestamp31_0) == 0x60 &&
	      __mlx5_bit_sz(mtrc_ctrl, current_timestamp31_0) == 0x20, "mtrc_ctrl.current_timestamp31_0");

/* struct mlx5_ifc_host_params_context_bits */
static_assert(__mlx5_bit_off(host_params_context, host_number) == 0x0 &&
	      __mlx5_bit_sz(host_params_context, host_number) == 0x8, "host_params_context.host_number");
static_assert(__mlx5_bit_off(host_params_context, host_pf_not_exist) == 0xd &&
	      __mlx5_bit_sz(host_params_context, host_pf_not_exist) == 0x1, "host_params_context.host_pf_not_exist");
static_assert(__mlx5_bit_off(host_params_context, host_pf_disabled) == 0xf &&
	      __mlx5_bit_sz(host_params_context, host_pf_disabled) == 0x1, "host_params_context.host_pf_disabled");
static_assert(__mlx5_bit_off(host_params_context, host_num_of_vfs) == 0x10 &&
	      __mlx5_bit_sz(host_params_context, host_num_of_vfs) == 0x10, "host_params_context.host_num_of_vfs");
static_assert(__mlx5_bit_off(host_params_context, host_total_vfs) == 0x20 &&
	      __mlx5_bit_sz(host_params_context, host_total_vfs) == 0x10, "host_params_context.host_total_vfs");
static_assert(__mlx5_bit_off(host_params_context, host_pci_bus) == 0x30 &&
	      __mlx5_bit_sz(host_params_context, host_pci_bus) == 0x10, "host_params_context.host_pci_bus");
static_assert(__mlx5_bit_off(host_params_context, host_pci_device) == 0x50 &&
	      __mlx5_bit_sz(host_params_context, host_pci_device) == 0x10, "host_params_context.host_pci_device");
static_assert(__mlx5_bit_off(host_params_context, host_pci_function) == 0x70 &&
	      __mlx5_bit_sz(host_params_context, host_pci_function) == 0x10, "host_params_context.host_pci_function");

/* struct mlx5_ifc_query_esw_functions_in_bits */
static_assert(__mlx5_bit_off(query_esw_functions_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_esw_functions_in, opcode) == 0x10, "query_esw_functions_in.opcode");
static_assert(__mlx5_bit_off(query_esw_functions_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_esw_functions_in, op_mod) == 0x10, "query_esw_functions_in.op_mod");

/* struct mlx5_ifc_query_esw_functions_out_bits */
static_assert(__mlx5_bit_off(query_esw_functions_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_esw_functions_out, status) == 0x8, "query_esw_functions_out.status");
static_assert(__mlx5_bit_off(query_esw_functions_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_esw_functions_out, syndrome) == 0x20, "query_esw_functions_out.syndrome");
static_assert(__mlx5_bit_off(query_esw_functions_out, host_params_context) == 0x80 &&
	      __mlx5_bit_sz(query_esw_functions_out, host_params_context) == 0x200, "query_esw_functions_out.host_params_context");
static_assert(__mlx5_bit_off(query_esw_functions_out, host_sf_enable) == 0x400, "query_esw_functions_out.host_sf_enable");

/* struct mlx5_ifc_sf_partition_bits */
static_assert(__mlx5_bit_off(sf_partition, log_num_sf) == 0x10 &&
	      __mlx5_bit_sz(sf_partition, log_num_sf) == 0x8, "sf_partition.log_num_sf");
static_assert(__mlx5_bit_off(sf_partition, log_sf_bar_size) == 0x18 &&
	      __mlx5_bit_sz(sf_partition, log_sf_bar_size) == 0x8, "sf_partition.log_sf_bar_size");

/* struct mlx5_ifc_query_sf_partitions_out_bits */
static_assert(__mlx5_bit_off(query_sf_partitions_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_sf_partitions_out, status) == 0x8, "query_sf_partitions_out.status");
static_assert(__mlx5_bit_off(query_sf_partitions_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_sf_partitions_out, syndrome) == 0x20, "query_sf_partitions_out.syndrome");
static_assert(__mlx5_bit_off(query_sf_partitions_out, num_sf_partitions) == 0x58 &&
	      __mlx5_bit_sz(query_sf_partitions_out, num_sf_partitions) == 0x8, "query_sf_partitions_out.num_sf_partitions");
static_assert(__mlx5_bit_off(query_sf_partitions_out, sf_partition) == 0x80, "query_sf_partitions_out.sf_partition");

/* struct mlx5_ifc_query_sf_partitions_in_bits */
static_assert(__mlx5_bit_off(query_sf_partitions_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_sf_partitions_in, opcode) == 0x10, "query_sf_partitions_in.opcode");
static_assert(__mlx5_bit_off(query_sf_partitions_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_sf_partitions_in, op_mod) == 0x10, "query_sf_partitions_in.op_mod");

/* struct mlx5_ifc_dealloc_sf_out_bits */
static_assert(__mlx5_bit_off(dealloc_sf_out, status) == 0x0 &&
	      __mlx5_bit_sz(dealloc_sf_out, status) == 0x8, "dealloc_sf_out.status");
static_assert(__mlx5_bit_off(dealloc_sf_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(dealloc_sf_out, syndrome) == 0x20, "dealloc_sf_out.syndrome");

/* struct mlx5_ifc_dealloc_sf_in_bits */
static_assert(__mlx5_bit_off(dealloc_sf_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(dealloc_sf_in, opcode) == 0x10, "dealloc_sf_in.opcode");
static_assert(__mlx5_bit_off(dealloc_sf_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(dealloc_sf_in, op_mod) == 0x10, "dealloc_sf_in.op_mod");
static_assert(__mlx5_bit_off(dealloc_sf_in, function_id) == 0x50 &&
	      __mlx5_bit_sz(dealloc_sf_in, function_id) == 0x10, "dealloc_sf_in.function_id");

/* struct mlx5_ifc_alloc_sf_out_bits */
static_assert(__mlx5_bit_off(alloc_sf_out, status) == 0x0 &&
	      __mlx5_bit_sz(alloc_sf_out, status) == 0x8, "alloc_sf_out.status");
static_assert(__mlx5_bit_off(alloc_sf_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(alloc_sf_out, syndrome) == 0x20, "alloc_sf_out.syndrome");

/* struct mlx5_ifc_alloc_sf_in_bits */
static_assert(__mlx5_bit_off(alloc_sf_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(alloc_sf_in, opcode) == 0x10, "alloc_sf_in.opcode");
static_assert(__mlx5_bit_off(alloc_sf_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(alloc_sf_in, op_mod) == 0x10, "alloc_sf_in.op_mod");
static_assert(__mlx5_bit_off(alloc_sf_in, function_id) == 0x50 &&
	      __mlx5_bit_sz(alloc_sf_in, function_id) == 0x10, "alloc_sf_in.function_id");

/* struct mlx5_ifc_affiliated_event_header_bits */
static_assert(__mlx5_bit_off(affiliated_event_header, obj_type) == 0x10 &&
	      __mlx5_bit_sz(affiliated_event_header, obj_type) == 0x10, "affiliated_event_header.obj_type");
static_assert(__mlx5_bit_off(affiliated_event_header, obj_id) == 0x20 &&
	      __mlx5_bit_sz(affiliated_event_header, obj_id) == 0x20, "affiliated_event_header.obj_id");

/* struct mlx5_ifc_ipsec_obj_bits */
static_assert(__mlx5_bit_off(ipsec_obj, modify_field_select) == 0x0 &&
	      __mlx5_bit_sz(ipsec_obj, modify_field_select) == 0x40, "ipsec_obj.modify_field_select");
static_assert(__mlx5_bit_off(ipsec_obj, full_offload) == 0x40 &&
	      __mlx5_bit_sz(ipsec_obj, full_offload) == 0x1, "ipsec_obj.full_offload");
static_assert(__mlx5_bit_off(ipsec_obj, esn_en) == 0x42 &&
	      __mlx5_bit_sz(ipsec_obj, esn_en) == 0x1, "ipsec_obj.esn_en");
static_assert(__mlx5_bit_off(ipsec_obj, esn_overlap) == 0x43 &&
	      __mlx5_bit_sz(ipsec_obj, esn_overlap) == 0x1, "ipsec_obj.esn_overlap");
static_assert(__mlx5_bit_off(ipsec_obj, icv_length) == 0x46 &&
	      __mlx5_bit_sz(ipsec_obj, icv_length) == 0x2, "ipsec_obj.icv_length");
static_assert(__mlx5_bit_off(ipsec_obj, aso_return_reg) == 0x4c &&
	      __mlx5_bit_sz(ipsec_obj, aso_return_reg) == 0x4, "ipsec_obj.aso_return_reg");
static_assert(__mlx5_bit_off(ipsec_obj, esn_msb) == 0x60 &&
	      __mlx5_bit_sz(ipsec_obj, esn_msb) == 0x20, "ipsec_obj.esn_msb");
static_assert(__mlx5_bit_off(ipsec_obj, dekn) == 0x88 &&
	      __mlx5_bit_sz(ipsec_obj, dekn) == 0x18, "ipsec_obj.dekn");
static_assert(__mlx5_bit_off(ipsec_obj, salt) == 0xa0 &&
	      __mlx5_bit_sz(ipsec_obj, salt) == 0x20, "ipsec_obj.salt");
static_assert(__mlx5_bit_off(ipsec_obj, implicit_iv) == 0xc0 &&
	      __mlx5_bit_sz(ipsec_obj, implicit_iv) == 0x40, "ipsec_obj.implicit_iv");

/* struct mlx5_ifc_create_ipsec_obj_in_bits */
static_assert(__mlx5_bit_off(create_ipsec_obj_in, general_obj_in_cmd_hdr) == 0x0 &&
	      __mlx5_bit_sz(create_ipsec_obj_in, general_obj_in_cmd_hdr) == 0x80, "create_ipsec_obj_in.general_obj_in_cmd_hdr");
static_assert(__mlx5_bit_off(create_ipsec_obj_in, ipsec_object) == 0x80 &&
	      __mlx5_bit_sz(create_ipsec_obj_in, ipsec_object) == 0x800, "create_ipsec_obj_in.ipsec_object");

/* struct mlx5_ifc_query_ipsec_obj_out_bits */
static_assert(__mlx5_bit_off(query_ipsec_obj_out, general_obj_out_cmd_hdr) == 0x0 &&
	      __mlx5_bit_sz(query_ipsec_obj_out, general_obj_out_cmd_hdr) == 0x80, "query_ipsec_obj_out.general_obj_out_cmd_hdr");
static_assert(__mlx5_bit_off(query_ipsec_obj_out, ipsec_object) == 0x80 &&
	      __mlx5_bit_sz(query_ipsec_obj_out, ipsec_object) == 0x800, "query_ipsec_obj_out.ipsec_object");

/* struct mlx5_ifc_modify_ipsec_obj_in_bits */
static_assert(__mlx5_bit_off(modify_ipsec_obj_in, general_obj_in_cmd_hdr) == 0x0 &&
	      __mlx5_bit_sz(modify_ipsec_obj_in, general_obj_in_cmd_hdr) == 0x80, "modify_ipsec_obj_in.general_obj_in_cmd_hdr");
static_assert(__mlx5_bit_off(modify_ipsec_obj_in, ipsec_object) == 0x80 &&
	      __mlx5_bit_sz(modify_ipsec_obj_in, ipsec_object) == 0x800, "modify_ipsec_obj_in.ipsec_object");

/* struct mlx5_ifc_macsec_aso_bits */
static_assert(__mlx5_bit_off(macsec_aso, valid) == 0x0 &&
	      __mlx5_bit_sz(macsec_aso, valid) == 0x1, "macsec_aso.valid");
static_assert(__mlx5_bit_off(macsec_aso, mode) == 0x2 &&
	      __mlx5_bit_sz(macsec_aso, mode) == 0x2, "macsec_aso.mode");
static_assert(__mlx5_bit_off(macsec_aso, window_size) == 0x4 &&
	      __mlx5_bit_sz(macsec_aso, window_size) == 0x2, "macsec_aso.window_size");
static_assert(__mlx5_bit_off(macsec_aso, soft_lifetime_arm) == 0x6 &&
	      __mlx5_bit_sz(macsec_aso, soft_lifetime_arm) == 0x1, "macsec_aso.soft_lifetime_arm");
static_assert(__mlx5_bit_off(macsec_aso, hard_lifetime_arm) == 0x7 &&
	      __mlx5_bit_sz(macsec_aso, hard_lifetime_arm) == 0x1, "macsec_aso.hard_lifetime_arm");
static_assert(__mlx5_bit_off(macsec_aso, remove_flow_enable) == 0x8 &&
	      __mlx5_bit_sz(macsec_aso, remove_flow_enable) == 0x1, "macsec_aso.remove_flow_enable");
static_assert(__mlx5_bit_off(macsec_aso, epn_event_arm) == 0x9 &&
	      __mlx5_bit_sz(macsec_aso, epn_event_arm) == 0x1, "macsec_aso.epn_event_arm");
static_assert(__mlx5_bit_off(macsec_aso, remove_flow_packet_count) == 0x20 &&
	      __mlx5_bit_sz(macsec_aso, remove_flow_packet_count) == 0x20, "macsec_aso.remove_flow_packet_count");
static_assert(__mlx5_bit_off(macsec_aso, remove_flow_soft_lifetime) == 0x40 &&
	      __mlx5_bit_sz(macsec_aso, remove_flow_soft_lifetime) == 0x20, "macsec_aso.remove_flow_soft_lifetime");
static_assert(__mlx5_bit_off(macsec_aso, mode_parameter) == 0xe0 &&
	      __mlx5_bit_sz(macsec_aso, mode_parameter) == 0x20, "macsec_aso.mode_parameter");
static_assert(__mlx5_bit_off(macsec_aso, replay_protection_window) == 0x100 &&
	      __mlx5_bit_sz(macsec_aso, replay_protection_window) == 0x100, "macsec_aso.replay_protection_window");

/* struct mlx5_ifc_macsec_offload_obj_bits */
static_assert(__mlx5_bit_off(macsec_offload_obj, modify_field_select) == 0x0 &&
	      __mlx5_bit_sz(macsec_offload_obj, modify_field_select) == 0x40, "macsec_offload_obj.modify_field_select");
static_assert(__mlx5_bit_off(macsec_offload_obj, confidentiality_en) == 0x40 &&
	      __mlx5_bit_sz(macsec_offload_obj, confidentiality_en) == 0x1, "macsec_offload_obj.confidentiality_en");
static_assert(__mlx5_bit_off(macsec_offload_obj, epn_en) == 0x42 &&
	      __mlx5_bit_sz(macsec_offload_obj, epn_en) == 0x1, "macsec_offload_obj.epn_en");
static_assert(__mlx5_bit_off(macsec_offload_obj, epn_overlap) == 0x43 &&
	      __mlx5_bit_sz(macsec_offload_obj, epn_overlap) == 0x1, "macsec_offload_obj.epn_overlap");
static_assert(__mlx5_bit_off(macsec_offload_obj, confidentiality_offset) == 0x46 &&
	      __mlx5_bit_sz(macsec_offload_obj, confidentiality_offset) == 0x2, "macsec_offload_obj.confidentiality_offset");
static_assert(__mlx5_bit_off(macsec_offload_obj, aso_return_reg) == 0x4c &&
	      __mlx5_bit_sz(macsec_offload_obj, aso_return_reg) == 0x4, "macsec_offload_obj.aso_return_reg");
static_assert(__mlx5_bit_off(macsec_offload_obj, epn_msb) == 0x60 &&
	      __mlx5_bit_sz(macsec_offload_obj, epn_msb) == 0x20, "macsec_offload_obj.epn_msb");
static_assert(__mlx5_bit_off(macsec_offload_obj, dekn) == 0x88 &&
	      __mlx5_bit_sz(macsec_offload_obj, dekn) == 0x18, "macsec_offload_obj.dekn");
static_assert(__mlx5_bit_off(macsec_offload_obj, sci) == 0xc0 &&
	      __mlx5_bit_sz(macsec_offload_obj, sci) == 0x40, "macsec_offload_obj.sci");
static_assert(__mlx5_bit_off(macsec_offload_obj, macsec_aso_access_pd) == 0x108 &&
	      __mlx5_bit_sz(macsec_offload_obj, macsec_aso_access_pd) == 0x18, "macsec_offload_obj.macsec_aso_access_pd");
static_assert(__mlx5_bit_off(macsec_offload_obj, salt) == 0x180 &&
	      __mlx5_bit_sz(macsec_offload_obj, salt) == 0x60, "macsec_offload_obj.salt");
static_assert(__mlx5_bit_off(macsec_offload_obj, macsec_aso) == 0x200 &&
	      __mlx5_bit_sz(macsec_offload_obj, macsec_aso) == 0x200, "macsec_offload_obj.macsec_aso");

/* struct mlx5_ifc_create_macsec_obj_in_bits */
static_assert(__mlx5_bit_off(create_macsec_obj_in, general_obj_in_cmd_hdr) == 0x0 &&
	      __mlx5_bit_sz(create_macsec_obj_in, general_obj_in_cmd_hdr) == 0x80, "create_macsec_obj_in.general_obj_in_cmd_hdr");
static_assert(__mlx5_bit_off(create_macsec_obj_in, macsec_object) == 0x80 &&
	      __mlx5_bit_sz(create_macsec_obj_in, macsec_object) == 0x400, "create_macsec_obj_in.macsec_object");

/* struct mlx5_ifc_modify_macsec_obj_in_bits */
static_assert(__mlx5_bit_off(modify_macsec_obj_in, general_obj_in_cmd_hdr) == 0x0 &&
	      __mlx5_bit_sz(modify_macsec_obj_in, general_obj_in_cmd_hdr) == 0x80, "modify_macsec_obj_in.general_obj_in_cmd_hdr");
static_assert(__mlx5_bit_off(modify_macsec_obj_in, macsec_object) == 0x80 &&
	      __mlx5_bit_sz(modify_macsec_obj_in, macsec_object) == 0x400, "modify_macsec_obj_in.macsec_object");

/* struct mlx5_ifc_query_macsec_obj_out_bits */
static_assert(__mlx5_bit_off(query_macsec_obj_out, general_obj_out_cmd_hdr) == 0x0 &&
	      __mlx5_bit_sz(query_macsec_obj_out, general_obj_out_cmd_hdr) == 0x80, "query_macsec_obj_out.general_obj_out_cmd_hdr");
static_assert(__mlx5_bit_off(query_macsec_obj_out, macsec_object) == 0x80 &&
	      __mlx5_bit_sz(query_macsec_obj_out, macsec_object) == 0x400, "query_macsec_obj_out.macsec_object");

/* struct mlx5_ifc_encryption_key_obj_bits */
static_assert(__mlx5_bit_off(encryption_key_obj, modify_field_select) == 0x0 &&
	      __mlx5_bit_sz(encryption_key_obj, modify_field_select) == 0x40, "encryption_key_obj.modify_field_select");
static_assert(__mlx5_bit_off(encryption_key_obj, key_size) == 0x54 &&
	      __mlx5_bit_sz(encryption_key_obj, key_size) == 0x4, "encryption_key_obj.key_size");
static_assert(__mlx5_bit_off(encryption_key_obj, key_type) == 0x5c &&
	      __mlx5_bit_sz(encryption_key_obj, key_type) == 0x4, "encryption_key_obj.key_type");
static_assert(__mlx5_bit_off(encryption_key_obj, pd) == 0x68 &&
	      __mlx5_bit_sz(encryption_key_obj, pd) == 0x18, "encryption_key_obj.pd");
static_assert(__mlx5_bit_off(encryption_key_obj, key) == 0x200 &&
	      __mlx5_bit_sz(encryption_key_obj, key) == 0x100, "encryption_key_obj.key");

/* struct mlx5_ifc_create_encryption_key_in_bits */
static_assert(__mlx5_bit_off(create_encryption_key_in, general_obj_in_cmd_hdr) == 0x0 &&
	      __mlx5_bit_sz(create_encryption_key_in, general_obj_in_cmd_hdr) == 0x80, "create_encryption_key_in.general_obj_in_cmd_hdr");
static_assert(__mlx5_bit_off(create_encryption_key_in, encryption_key_object) == 0x80 &&
	      __mlx5_bit_sz(create_encryption_key_in, encryption_key_object) == 0x800, "create_encryption_key_in.encryption_key_object");

/* struct mlx5_ifc_flow_meter_parameters_bits */
static_assert(__mlx5_bit_off(flow_meter_parameters, valid) == 0x0 &&
	      __mlx5_bit_sz(flow_meter_parameters, valid) == 0x1, "flow_meter_parameters.valid");
static_assert(__mlx5_bit_off(flow_meter_parameters, bucket_overflow) == 0x1 &&
	      __mlx5_bit_sz(flow_meter_parameters, bucket_overflow) == 0x1, "flow_meter_parameters.bucket_overflow");
static_assert(__mlx5_bit_off(flow_meter_parameters, start_color) == 0x2 &&
	      __mlx5_bit_sz(flow_meter_parameters, start_color) == 0x2, "flow_meter_parameters.start_color");
static_assert(__mlx5_bit_off(flow_meter_parameters, both_buckets_on_green) == 0x4 &&
	      __mlx5_bit_sz(flow_meter_parameters, both_buckets_on_green) == 0x1, "flow_meter_parameters.both_buckets_on_green");
static_assert(__mlx5_bit_off(flow_meter_parameters, meter_mode) == 0x6 &&
	      __mlx5_bit_sz(flow_meter_parameters, meter_mode) == 0x2, "flow_meter_parameters.meter_mode");
static_assert(__mlx5_bit_off(flow_meter_parameters, cbs_exponent) == 0x43 &&
	      __mlx5_bit_sz(flow_meter_parameters, cbs_exponent) == 0x5, "flow_meter_parameters.cbs_exponent");
static_assert(__mlx5_bit_off(flow_meter_parameters, cbs_mantissa) == 0x48 &&
	      __mlx5_bit_sz(flow_meter_parameters, cbs_mantissa) == 0x8, "flow_meter_parameters.cbs_mantissa");
static_assert(__mlx5_bit_off(flow_meter_parameters, cir_exponent) == 0x53 &&
	      __mlx5_bit_sz(flow_meter_parameters, cir_exponent) == 0x5, "flow_meter_parameters.cir_exponent");
static_assert(__mlx5_bit_off(flow_meter_parameters, cir_mantissa) == 0x58 &&
	      __mlx5_bit_sz(flow_meter_parameters, cir_mantissa) == 0x8, "flow_meter_parameters.cir_mantissa");
static_assert(__mlx5_bit_off(flow_meter_parameters, ebs_exponent) == 0x83 &&
	      __mlx5_bit_sz(flow_meter_parameters, ebs_exponent) == 0x5, "flow_meter_parameters.ebs_exponent");
static_assert(__mlx5_bit_off(flow_meter_parameters, ebs_mantissa) == 0x88 &&
	      __mlx5_bit_sz(flow_meter_parameters, ebs_mantissa) == 0x8, "flow_meter_parameters.ebs_mantissa");
static_assert(__mlx5_bit_off(flow_meter_parameters, eir_exponent) == 0x93 &&
	      __mlx5_bit_sz(flow_meter_parameters, eir_exponent) == 0x5, "flow_meter_parameters.eir_exponent");
static_assert(__mlx5_bit_off(flow_meter_parameters, eir_mantissa) == 0x98 &&
	      __mlx5_bit_sz(flow_meter_parameters, eir_mantissa) == 0x8, "flow_meter_parameters.eir_mantissa");

/* struct mlx5_ifc_flow_meter_aso_obj_bits */
static_assert(__mlx5_bit_off(flow_meter_aso_obj, modify_field_select) == 0x0 &&
	      __mlx5_bit_sz(flow_meter_aso_obj, modify_field_select) == 0x40, "flow_meter_aso_obj.modify_field_select");
static_assert(__mlx5_bit_off(flow_meter_aso_obj, meter_aso_access_pd) == 0x88 &&
	      __mlx5_bit_sz(flow_meter_aso_obj, meter_aso_access_pd) == 0x18, "flow_meter_aso_obj.meter_aso_access_pd");
static_assert(__mlx5_bit_off(flow_meter_aso_obj, flow_meter_parameters) == 0x200 &&
	      __mlx5_bit_sz(flow_meter_aso_obj, flow_meter_parameters) == 0x200, "flow_meter_aso_obj.flow_meter_parameters");

/* struct mlx5_ifc_create_flow_meter_aso_obj_in_bits */
static_assert(__mlx5_bit_off(create_flow_meter_aso_obj_in, hdr) == 0x0 &&
	      __mlx5_bit_sz(create_flow_meter_aso_obj_in, hdr) == 0x80, "create_flow_meter_aso_obj_in.hdr");
static_assert(__mlx5_bit_off(create_flow_meter_aso_obj_in, flow_meter_aso_obj) == 0x80 &&
	      __mlx5_bit_sz(create_flow_meter_aso_obj_in, flow_meter_aso_obj) == 0x400, "create_flow_meter_aso_obj_in.flow_meter_aso_obj");

/* struct mlx5_ifc_sampler_obj_bits */
static_assert(__mlx5_bit_off(sampler_obj, modify_field_select) == 0x0 &&
	      __mlx5_bit_sz(sampler_obj, modify_field_select) == 0x40, "sampler_obj.modify_field_select");
static_assert(__mlx5_bit_off(sampler_obj, table_type) == 0x40 &&
	      __mlx5_bit_sz(sampler_obj, table_type) == 0x8, "sampler_obj.table_type");
static_assert(__mlx5_bit_off(sampler_obj, level) == 0x48 &&
	      __mlx5_bit_sz(sampler_obj, level) == 0x8, "sampler_obj.level");
static_assert(__mlx5_bit_off(sampler_obj, ignore_flow_level) == 0x5f &&
	      __mlx5_bit_sz(sampler_obj, ignore_flow_level) == 0x1, "sampler_obj.ignore_flow_level");
static_assert(__mlx5_bit_off(sampler_obj, sample_ratio) == 0x60 &&
	      __mlx5_bit_sz(sampler_obj, sample_ratio) == 0x20, "sampler_obj.sample_ratio");
static_assert(__mlx5_bit_off(sampler_obj, sample_table_id) == 0x88 &&
	      __mlx5_bit_sz(sampler_obj, sample_table_id) == 0x18, "sampler_obj.sample_table_id");
static_assert(__mlx5_bit_off(sampler_obj, default_table_id) == 0xa8 &&
	      __mlx5_bit_sz(sampler_obj, default_table_id) == 0x18, "sampler_obj.default_table_id");
static_assert(__mlx5_bit_off(sampler_obj, sw_steering_icm_address_rx) == 0xc0 &&
	      __mlx5_bit_sz(sampler_obj, sw_steering_icm_address_rx) == 0x40, "sampler_obj.sw_steering_icm_address_rx");
static_assert(__mlx5_bit_off(sampler_obj, sw_steering_icm_address_tx) == 0x100 &&
	      __mlx5_bit_sz(sampler_obj, sw_steering_icm_address_tx) == 0x40, "sampler_obj.sw_steering_icm_address_tx");

/* struct mlx5_ifc_create_sampler_obj_in_bits */
static_assert(__mlx5_bit_off(create_sampler_obj_in, general_obj_in_cmd_hdr) == 0x0 &&
	      __mlx5_bit_sz(create_sampler_obj_in, general_obj_in_cmd_hdr) == 0x80, "create_sampler_obj_in.general_obj_in_cmd_hdr");
static_assert(__mlx5_bit_off(create_sampler_obj_in, sampler_object) == 0x80 &&
	      __mlx5_bit_sz(create_sampler_obj_in, sampler_object) == 0x1e0, "create_sampler_obj_in.sampler_object");

/* struct mlx5_ifc_query_sampler_obj_out_bits */
static_assert(__mlx5_bit_off(query_sampler_obj_out, general_obj_out_cmd_hdr) == 0x0 &&
	      __mlx5_bit_sz(query_sampler_obj_out, general_obj_out_cmd_hdr) == 0x80, "query_sampler_obj_out.general_obj_out_cmd_hdr");
static_assert(__mlx5_bit_off(query_sampler_obj_out, sampler_object) == 0x80 &&
	      __mlx5_bit_sz(query_sampler_obj_out, sampler_object) == 0x1e0, "query_sampler_obj_out.sampler_object");

/* struct mlx5_ifc_tls_static_params_bits */
static_assert(__mlx5_bit_off(tls_static_params, const_2) == 0x0 &&
	      __mlx5_bit_sz(tls_static_params, const_2) == 0x2, "tls_static_params.const_2");
static_assert(__mlx5_bit_off(tls_static_params, tls_version) == 0x2 &&
	      __mlx5_bit_sz(tls_static_params, tls_version) == 0x4, "tls_static_params.tls_version");
static_assert(__mlx5_bit_off(tls_static_params, const_1) == 0x6 &&
	      __mlx5_bit_sz(tls_static_params, const_1) == 0x2, "tls_static_params.const_1");
static_assert(__mlx5_bit_off(tls_static_params, encryption_standard) == 0x1c &&
	      __mlx5_bit_sz(tls_static_params, encryption_standard) == 0x4, "tls_static_params.encryption_standard");
static_assert(__mlx5_bit_off(tls_static_params, initial_record_number) == 0x40 &&
	      __mlx5_bit_sz(tls_static_params, initial_record_number) == 0x40, "tls_static_params.initial_record_number");
static_assert(__mlx5_bit_off(tls_static_params, resync_tcp_sn) == 0x80 &&
	      __mlx5_bit_sz(tls_static_params, resync_tcp_sn) == 0x20, "tls_static_params.resync_tcp_sn");
static_assert(__mlx5_bit_off(tls_static_params, gcm_iv) == 0xa0 &&
	      __mlx5_bit_sz(tls_static_params, gcm_iv) == 0x20, "tls_static_params.gcm_iv");
static_assert(__mlx5_bit_off(tls_static_params, implicit_iv) == 0xc0 &&
	      __mlx5_bit_sz(tls_static_params, implicit_iv) == 0x40, "tls_static_params.implicit_iv");
static_assert(__mlx5_bit_off(tls_static_params, dek_index) == 0x108 &&
	      __mlx5_bit_sz(tls_static_params, dek_index) == 0x18, "tls_static_params.dek_index");

/* struct mlx5_ifc_tls_progress_params_bits */
static_assert(__mlx5_bit_off(tls_progress_params, next_record_tcp_sn) == 0x0 &&
	      __mlx5_bit_sz(tls_progress_params, next_record_tcp_sn) == 0x20, "tls_progress_params.next_record_tcp_sn");
static_assert(__mlx5_bit_off(tls_progress_params, hw_resync_tcp_sn) == 0x20 &&
	      __mlx5_bit_sz(tls_progress_params, hw_resync_tcp_sn) == 0x20, "tls_progress_params.hw_resync_tcp_sn");
static_assert(__mlx5_bit_off(tls_progress_params, record_tracker_state) == 0x40 &&
	      __mlx5_bit_sz(tls_progress_params, record_tracker_state) == 0x2, "tls_progress_params.record_tracker_state");
static_assert(__mlx5_bit_off(tls_progress_params, auth_state) == 0x42 &&
	      __mlx5_bit_sz(tls_progress_params, auth_state) == 0x2, "tls_progress_params.auth_state");
static_assert(__mlx5_bit_off(tls_progress_params, hw_offset_record_number) == 0x48 &&
	      __mlx5_bit_sz(tls_progress_params, hw_offset_record_number) == 0x18, "tls_progress_params.hw_offset_record_number");

/* struct mlx5_ifc_suspend_vhca_in_bits */
static_assert(__mlx5_bit_off(suspend_vhca_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(suspend_vhca_in, opcode) == 0x10, "suspend_vhca_in.opcode");
static_assert(__mlx5_bit_off(suspend_vhca_in, uid) == 0x10 &&
	      __mlx5_bit_sz(suspend_vhca_in, uid) == 0x10, "suspend_vhca_in.uid");
static_assert(__mlx5_bit_off(suspend_vhca_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(suspend_vhca_in, op_mod) == 0x10, "suspend_vhca_in.op_mod");
static_assert(__mlx5_bit_off(suspend_vhca_in, vhca_id) == 0x50 &&
	      __mlx5_bit_sz(suspend_vhca_in, vhca_id) == 0x10, "suspend_vhca_in.vhca_id");

/* struct mlx5_ifc_suspend_vhca_out_bits */
static_assert(__mlx5_bit_off(suspend_vhca_out, status) == 0x0 &&
	      __mlx5_bit_sz(suspend_vhca_out, status) == 0x8, "suspend_vhca_out.status");
static_assert(__mlx5_bit_off(suspend_vhca_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(suspend_vhca_out, syndrome) == 0x20, "suspend_vhca_out.syndrome");

/* struct mlx5_ifc_resume_vhca_in_bits */
static_assert(__mlx5_bit_off(resume_vhca_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(resume_vhca_in, opcode) == 0x10, "resume_vhca_in.opcode");
static_assert(__mlx5_bit_off(resume_vhca_in, uid) == 0x10 &&
	      __mlx5_bit_sz(resume_vhca_in, uid) == 0x10, "resume_vhca_in.uid");
static_assert(__mlx5_bit_off(resume_vhca_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(resume_vhca_in, op_mod) == 0x10, "resume_vhca_in.op_mod");
static_assert(__mlx5_bit_off(resume_vhca_in, vhca_id) == 0x50 &&
	      __mlx5_bit_sz(resume_vhca_in, vhca_id) == 0x10, "resume_vhca_in.vhca_id");

/* struct mlx5_ifc_resume_vhca_out_bits */
static_assert(__mlx5_bit_off(resume_vhca_out, status) == 0x0 &&
	      __mlx5_bit_sz(resume_vhca_out, status) == 0x8, "resume_vhca_out.status");
static_assert(__mlx5_bit_off(resume_vhca_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(resume_vhca_out, syndrome) == 0x20, "resume_vhca_out.syndrome");

/* struct mlx5_ifc_query_vhca_migration_state_in_bits */
static_assert(__mlx5_bit_off(query_vhca_migration_state_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_vhca_migration_state_in, opcode) == 0x10, "query_vhca_migration_state_in.opcode");
static_assert(__mlx5_bit_off(query_vhca_migration_state_in, uid) == 0x10 &&
	      __mlx5_bit_sz(query_vhca_migration_state_in, uid) == 0x10, "query_vhca_migration_state_in.uid");
static_assert(__mlx5_bit_off(query_vhca_migration_state_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_vhca_migration_state_in, op_mod) == 0x10, "query_vhca_migration_state_in.op_mod");
static_assert(__mlx5_bit_off(query_vhca_migration_state_in, vhca_id) == 0x50 &&
	      __mlx5_bit_sz(query_vhca_migration_state_in, vhca_id) == 0x10, "query_vhca_migration_state_in.vhca_id");

/* struct mlx5_ifc_query_vhca_migration_state_out_bits */
static_assert(__mlx5_bit_off(query_vhca_migration_state_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_vhca_migration_state_out, status) == 0x8, "query_vhca_migration_state_out.status");
static_assert(__mlx5_bit_off(query_vhca_migration_state_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_vhca_migration_state_out, syndrome) == 0x20, "query_vhca_migration_state_out.syndrome");
static_assert(__mlx5_bit_off(query_vhca_migration_state_out, required_umem_size) == 0x80 &&
	      __mlx5_bit_sz(query_vhca_migration_state_out, required_umem_size) == 0x20, "query_vhca_migration_state_out.required_umem_size");

/* struct mlx5_ifc_save_vhca_state_in_bits */
static_assert(__mlx5_bit_off(save_vhca_state_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(save_vhca_state_in, opcode) == 0x10, "save_vhca_state_in.opcode");
static_assert(__mlx5_bit_off(save_vhca_state_in, uid) == 0x10 &&
	      __mlx5_bit_sz(save_vhca_state_in, uid) == 0x10, "save_vhca_state_in.uid");
static_assert(__mlx5_bit_off(save_vhca_state_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(save_vhca_state_in, op_mod) == 0x10, "save_vhca_state_in.op_mod");
static_assert(__mlx5_bit_off(save_vhca_state_in, vhca_id) == 0x50 &&
	      __mlx5_bit_sz(save_vhca_state_in, vhca_id) == 0x10, "save_vhca_state_in.vhca_id");
static_assert(__mlx5_bit_off(save_vhca_state_in, va) == 0x80 &&
	      __mlx5_bit_sz(save_vhca_state_in, va) == 0x40, "save_vhca_state_in.va");
static_assert(__mlx5_bit_off(save_vhca_state_in, mkey) == 0xc0 &&
	      __mlx5_bit_sz(save_vhca_state_in, mkey) == 0x20, "save_vhca_state_in.mkey");
static_assert(__mlx5_bit_off(save_vhca_state_in, size) == 0xe0 &&
	      __mlx5_bit_sz(save_vhca_state_in, size) == 0x20, "save_vhca_state_in.size");

/* struct mlx5_ifc_save_vhca_state_out_bits */
static_assert(__mlx5_bit_off(save_vhca_state_out, status) == 0x0 &&
	      __mlx5_bit_sz(save_vhca_state_out, status) == 0x8, "save_vhca_state_out.status");
static_assert(__mlx5_bit_off(save_vhca_state_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(save_vhca_state_out, syndrome) == 0x20, "save_vhca_state_out.syndrome");
static_assert(__mlx5_bit_off(save_vhca_state_out, actual_image_size) == 0x40 &&
	      __mlx5_bit_sz(save_vhca_state_out, actual_image_size) == 0x20, "save_vhca_state_out.actual_image_size");

/* struct mlx5_ifc_load_vhca_state_in_bits */
static_assert(__mlx5_bit_off(load_vhca_state_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(load_vhca_state_in, opcode) == 0x10, "load_vhca_state_in.opcode");
static_assert(__mlx5_bit_off(load_vhca_state_in, uid) == 0x10 &&
	      __mlx5_bit_sz(load_vhca_state_in, uid) == 0x10, "load_vhca_state_in.uid");
static_assert(__mlx5_bit_off(load_vhca_state_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(load_vhca_state_in, op_mod) == 0x10, "load_vhca_state_in.op_mod");
static_assert(__mlx5_bit_off(load_vhca_state_in, vhca_id) == 0x50 &&
	      __mlx5_bit_sz(load_vhca_state_in, vhca_id) == 0x10, "load_vhca_state_in.vhca_id");
static_assert(__mlx5_bit_off(load_vhca_state_in, va) == 0x80 &&
	      __mlx5_bit_sz(load_vhca_state_in, va) == 0x40, "load_vhca_state_in.va");
static_assert(__mlx5_bit_off(load_vhca_state_in, mkey) == 0xc0 &&
	      __mlx5_bit_sz(load_vhca_state_in, mkey) == 0x20, "load_vhca_state_in.mkey");
static_assert(__mlx5_bit_off(load_vhca_state_in, size) == 0xe0 &&
	      __mlx5_bit_sz(load_vhca_state_in, size) == 0x20, "load_vhca_state_in.size");

/* struct mlx5_ifc_load_vhca_state_out_bits */
static_assert(__mlx5_bit_off(load_vhca_state_out, status) == 0x0 &&
	      __mlx5_bit_sz(load_vhca_state_out, status) == 0x8, "load_vhca_state_out.status");
static_assert(__mlx5_bit_off(load_vhca_state_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(load_vhca_state_out, syndrome) == 0x20, "load_vhca_state_out.syndrome");

/* struct mlx5_ifc_adv_virtualization_cap_bits */
static_assert(__mlx5_bit_off(adv_virtualization_cap, pg_track_log_max_num) == 0x3 &&
	      __mlx5_bit_sz(adv_virtualization_cap, pg_track_log_max_num) == 0x5, "adv_virtualization_cap.pg_track_log_max_num");
static_assert(__mlx5_bit_off(adv_virtualization_cap, pg_track_max_num_range) == 0x8 &&
	      __mlx5_bit_sz(adv_virtualization_cap, pg_track_max_num_range) == 0x8, "adv_virtualization_cap.pg_track_max_num_range");
static_assert(__mlx5_bit_off(adv_virtualization_cap, pg_track_log_min_addr_space) == 0x10 &&
	      __mlx5_bit_sz(adv_virtualization_cap, pg_track_log_min_addr_space) == 0x8, "adv_virtualization_cap.pg_track_log_min_addr_space");
static_assert(__mlx5_bit_off(adv_virtualization_cap, pg_track_log_max_addr_space) == 0x18 &&
	      __mlx5_bit_sz(adv_virtualization_cap, pg_track_log_max_addr_space) == 0x8, "adv_virtualization_cap.pg_track_log_max_addr_space");
static_assert(__mlx5_bit_off(adv_virtualization_cap, pg_track_log_min_msg_size) == 0x23 &&
	      __mlx5_bit_sz(adv_virtualization_cap, pg_track_log_min_msg_size) == 0x5, "adv_virtualization_cap.pg_track_log_min_msg_size");
static_assert(__mlx5_bit_off(adv_virtualization_cap, pg_track_log_max_msg_size) == 0x2b &&
	      __mlx5_bit_sz(adv_virtualization_cap, pg_track_log_max_msg_size) == 0x5, "adv_virtualization_cap.pg_track_log_max_msg_size");
static_assert(__mlx5_bit_off(adv_virtualization_cap, pg_track_log_min_page_size) == 0x33 &&
	      __mlx5_bit_sz(adv_virtualization_cap, pg_track_log_min_page_size) == 0x5, "adv_virtualization_cap.pg_track_log_min_page_size");
static_assert(__mlx5_bit_off(adv_virtualization_cap, pg_track_log_max_page_size) == 0x3b &&
	      __mlx5_bit_sz(adv_virtualization_cap, pg_track_log_max_page_size) == 0x5, "adv_virtualization_cap.pg_track_log_max_page_size");

/* struct mlx5_ifc_page_track_report_entry_bits */
static_assert(__mlx5_bit_off(page_track_report_entry, dirty_address_high) == 0x0 &&
	      __mlx5_bit_sz(page_track_report_entry, dirty_address_high) == 0x20, "page_track_report_entry.dirty_address_high");
static_assert(__mlx5_bit_off(page_track_report_entry, dirty_address_low) == 0x20 &&
	      __mlx5_bit_sz(page_track_report_entry, dirty_address_low) == 0x20, "page_track_report_entry.dirty_address_low");

/* struct mlx5_ifc_page_track_range_bits */
static_assert(__mlx5_bit_off(page_track_range, start_address) == 0x0 &&
	      __mlx5_bit_sz(page_track_range, start_address) == 0x40, "page_track_range.start_address");
static_assert(__mlx5_bit_off(page_track_range, length) == 0x40 &&
	      __mlx5_bit_sz(page_track_range, length) == 0x40, "page_track_range.length");

/* struct mlx5_ifc_page_track_bits */
static_assert(__mlx5_bit_off(page_track, modify_field_select) == 0x0 &&
	      __mlx5_bit_sz(page_track, modify_field_select) == 0x40, "page_track.modify_field_select");
static_assert(__mlx5_bit_off(page_track, vhca_id) == 0x50 &&
	      __mlx5_bit_sz(page_track, vhca_id) == 0x10, "page_track.vhca_id");
static_assert(__mlx5_bit_off(page_track, state) == 0x80 &&
	      __mlx5_bit_sz(page_track, state) == 0x4, "page_track.state");
static_assert(__mlx5_bit_off(page_track, track_type) == 0x84 &&
	      __mlx5_bit_sz(page_track, track_type) == 0x4, "page_track.track_type");
static_assert(__mlx5_bit_off(page_track, log_addr_space_size) == 0x88 &&
	      __mlx5_bit_sz(page_track, log_addr_space_size) == 0x8, "page_track.log_addr_space_size");
static_assert(__mlx5_bit_off(page_track, log_page_size) == 0x93 &&
	      __mlx5_bit_sz(page_track, log_page_size) == 0x5, "page_track.log_page_size");
static_assert(__mlx5_bit_off(page_track, log_msg_size) == 0x9b &&
	      __mlx5_bit_sz(page_track, log_msg_size) == 0x5, "page_track.log_msg_size");
static_assert(__mlx5_bit_off(page_track, reporting_qpn) == 0xa8 &&
	      __mlx5_bit_sz(page_track, reporting_qpn) == 0x18, "page_track.reporting_qpn");
static_assert(__mlx5_bit_off(page_track, num_ranges) == 0xd8 &&
	      __mlx5_bit_sz(page_track, num_ranges) == 0x8, "page_track.num_ranges");
static_assert(__mlx5_bit_off(page_track, range_start_address) == 0x100 &&
	      __mlx5_bit_sz(page_track, range_start_address) == 0x40, "page_track.range_start_address");
static_assert(__mlx5_bit_off(page_track, length) == 0x140 &&
	      __mlx5_bit_sz(page_track, length) == 0x40, "page_track.length");
static_assert(__mlx5_bit_off(page_track, track_range) == 0x180, "page_track.track_range");

/* struct mlx5_ifc_create_page_track_obj_in_bits */
static_assert(__mlx5_bit_off(create_page_track_obj_in, general_obj_in_cmd_hdr) == 0x0 &&
	      __mlx5_bit_sz(create_page_track_obj_in, general_obj_in_cmd_hdr) == 0x80, "create_page_track_obj_in.general_obj_in_cmd_hdr");
static_assert(__mlx5_bit_off(create_page_track_obj_in, obj_context) == 0x80 &&
	      __mlx5_bit_sz(create_page_track_obj_in, obj_context) == 0x180, "create_page_track_obj_in.obj_context");

/* struct mlx5_ifc_modify_page_track_obj_in_bits */
static_assert(__mlx5_bit_off(modify_page_track_obj_in, general_obj_in_cmd_hdr) == 0x0 &&
	      __mlx5_bit_sz(modify_page_track_obj_in, general_obj_in_cmd_hdr) == 0x80, "modify_page_track_obj_in.general_obj_in_cmd_hdr");
static_assert(__mlx5_bit_off(modify_page_track_obj_in, obj_context) == 0x80 &&
	      __mlx5_bit_sz(modify_page_track_obj_in, obj_context) == 0x180, "modify_page_track_obj_in.obj_context");

/* struct mlx5_ifc_alloc_pd_in_bits */
static_assert(__mlx5_bit_off(alloc_pd_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(alloc_pd_in, opcode) == 0x10, "alloc_pd_in.opcode");
static_assert(__mlx5_bit_off(alloc_pd_in, uid) == 0x10 &&
	      __mlx5_bit_sz(alloc_pd_in, uid) == 0x10, "alloc_pd_in.uid");
static_assert(__mlx5_bit_off(alloc_pd_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(alloc_pd_in, op_mod) == 0x10, "alloc_pd_in.op_mod");

/* struct mlx5_ifc_alloc_pd_out_bits */
static_assert(__mlx5_bit_off(alloc_pd_out, status) == 0x0 &&
	      __mlx5_bit_sz(alloc_pd_out, status) == 0x8, "alloc_pd_out.status");
static_assert(__mlx5_bit_off(alloc_pd_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(alloc_pd_out, syndrome) == 0x20, "alloc_pd_out.syndrome");
static_assert(__mlx5_bit_off(alloc_pd_out, pd) == 0x48 &&
	      __mlx5_bit_sz(alloc_pd_out, pd) == 0x18, "alloc_pd_out.pd");

/* struct mlx5_ifc_dealloc_pd_in_bits */
static_assert(__mlx5_bit_off(dealloc_pd_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(dealloc_pd_in, opcode) == 0x10, "dealloc_pd_in.opcode");
static_assert(__mlx5_bit_off(dealloc_pd_in, uid) == 0x10 &&
	      __mlx5_bit_sz(dealloc_pd_in, uid) == 0x10, "dealloc_pd_in.uid");
static_assert(__mlx5_bit_off(dealloc_pd_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(dealloc_pd_in, op_mod) == 0x10, "dealloc_pd_in.op_mod");
static_assert(__mlx5_bit_off(dealloc_pd_in, pd) == 0x48 &&
	      __mlx5_bit_sz(dealloc_pd_in, pd) == 0x18, "dealloc_pd_in.pd");

/* struct mlx5_ifc_dealloc_pd_out_bits */
static_assert(__mlx5_bit_off(dealloc_pd_out, status) == 0x0 &&
	      __mlx5_bit_sz(dealloc_pd_out, status) == 0x8, "dealloc_pd_out.status");
static_assert(__mlx5_bit_off(dealloc_pd_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(dealloc_pd_out, syndrome) == 0x20, "dealloc_pd_out.syndrome");

/* struct mlx5_ifc_mkc_bits */
static_assert(__mlx5_bit_off(mkc, free) == 0x1 &&
	      __mlx5_bit_sz(mkc, free) == 0x1, "mkc.free");
static_assert(__mlx5_bit_off(mkc, access_mode_4_2) == 0x3 &&
	      __mlx5_bit_sz(mkc, access_mode_4_2) == 0x3, "mkc.access_mode_4_2");
static_assert(__mlx5_bit_off(mkc, relaxed_ordering_write) == 0xd &&
	      __mlx5_bit_sz(mkc, relaxed_ordering_write) == 0x1, "mkc.relaxed_ordering_write");
static_assert(__mlx5_bit_off(mkc, small_fence_on_rdma_read_response) == 0xf &&
	      __mlx5_bit_sz(mkc, small_fence_on_rdma_read_response) == 0x1, "mkc.small_fence_on_rdma_read_response");
static_assert(__mlx5_bit_off(mkc, umr_en) == 0x10 &&
	      __mlx5_bit_sz(mkc, umr_en) == 0x1, "mkc.umr_en");
static_assert(__mlx5_bit_off(mkc, a) == 0x11 &&
	      __mlx5_bit_sz(mkc, a) == 0x1, "mkc.a");
static_assert(__mlx5_bit_off(mkc, rw) == 0x12 &&
	      __mlx5_bit_sz(mkc, rw) == 0x1, "mkc.rw");
static_assert(__mlx5_bit_off(mkc, rr) == 0x13 &&
	      __mlx5_bit_sz(mkc, rr) == 0x1, "mkc.rr");
static_assert(__mlx5_bit_off(mkc, lw) == 0x14 &&
	      __mlx5_bit_sz(mkc, lw) == 0x1, "mkc.lw");
static_assert(__mlx5_bit_off(mkc, lr) == 0x15 &&
	      __mlx5_bit_sz(mkc, lr) == 0x1, "mkc.lr");
static_assert(__mlx5_bit_off(mkc, access_mode_1_0) == 0x16 &&
	      __mlx5_bit_sz(mkc, access_mode_1_0) == 0x2, "mkc.access_mode_1_0");
static_assert(__mlx5_bit_off(mkc, ma_translation_mode) == 0x1a &&
	      __mlx5_bit_sz(mkc, ma_translation_mode) == 0x2, "mkc.ma_translation_mode");
static_assert(__mlx5_bit_off(mkc, qpn) == 0x20 &&
	      __mlx5_bit_sz(mkc, qpn) == 0x18, "mkc.qpn");
static_assert(__mlx5_bit_off(mkc, mkey_7_0) == 0x38 &&
	      __mlx5_bit_sz(mkc, mkey_7_0) == 0x8, "mkc.mkey_7_0");
static_assert(__mlx5_bit_off(mkc, length64) == 0x60 &&
	      __mlx5_bit_sz(mkc, length64) == 0x1, "mkc.length64");
static_assert(__mlx5_bit_off(mkc, bsf_en) == 0x61 &&
	      __mlx5_bit_sz(mkc, bsf_en) == 0x1, "mkc.bsf_en");
static_assert(__mlx5_bit_off(mkc, sync_umr) == 0x62 &&
	      __mlx5_bit_sz(mkc, sync_umr) == 0x1, "mkc.sync_umr");
static_assert(__mlx5_bit_off(mkc, expected_sigerr_count) == 0x65 &&
	      __mlx5_bit_sz(mkc, expected_sigerr_count) == 0x1, "mkc.expected_sigerr_count");
static_assert(__mlx5_bit_off(mkc, en_rinval) == 0x67 &&
	      __mlx5_bit_sz(mkc, en_rinval) == 0x1, "mkc.en_rinval");
static_assert(__mlx5_bit_off(mkc, pd) == 0x68 &&
	      __mlx5_bit_sz(mkc, pd) == 0x18, "mkc.pd");
static_assert(__mlx5_bit_off(mkc, start_addr) == 0x80 &&
	      __mlx5_bit_sz(mkc, start_addr) == 0x40, "mkc.start_addr");
static_assert(__mlx5_bit_off(mkc, len) == 0xc0 &&
	      __mlx5_bit_sz(mkc, len) == 0x40, "mkc.len");
static_assert(__mlx5_bit_off(mkc, bsf_octword_size) == 0x100 &&
	      __mlx5_bit_sz(mkc, bsf_octword_size) == 0x20, "mkc.bsf_octword_size");
static_assert(__mlx5_bit_off(mkc, translations_octword_size) == 0x1a0 &&
	      __mlx5_bit_sz(mkc, translations_octword_size) == 0x20, "mkc.translations_octword_size");
static_assert(__mlx5_bit_off(mkc, relaxed_ordering_read) == 0x1d9 &&
	      __mlx5_bit_sz(mkc, relaxed_ordering_read) == 0x1, "mkc.relaxed_ordering_read");
static_assert(__mlx5_bit_off(mkc, log_page_size) == 0x1db &&
	      __mlx5_bit_sz(mkc, log_page_size) == 0x5, "mkc.log_page_size");

/* struct mlx5_ifc_create_mkey_in_bits */
static_assert(__mlx5_bit_off(create_mkey_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_mkey_in, opcode) == 0x10, "create_mkey_in.opcode");
static_assert(__mlx5_bit_off(create_mkey_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_mkey_in, uid) == 0x10, "create_mkey_in.uid");
static_assert(__mlx5_bit_off(create_mkey_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_mkey_in, op_mod) == 0x10, "create_mkey_in.op_mod");
static_assert(__mlx5_bit_off(create_mkey_in, pg_access) == 0x60 &&
	      __mlx5_bit_sz(create_mkey_in, pg_access) == 0x1, "create_mkey_in.pg_access");
static_assert(__mlx5_bit_off(create_mkey_in, mkey_umem_valid) == 0x61 &&
	      __mlx5_bit_sz(create_mkey_in, mkey_umem_valid) == 0x1, "create_mkey_in.mkey_umem_valid");
static_assert(__mlx5_bit_off(create_mkey_in, memory_key_mkey_entry) == 0x80 &&
	      __mlx5_bit_sz(create_mkey_in, memory_key_mkey_entry) == 0x200, "create_mkey_in.memory_key_mkey_entry");
static_assert(__mlx5_bit_off(create_mkey_in, translations_octword_actual_size) == 0x300 &&
	      __mlx5_bit_sz(create_mkey_in, translations_octword_actual_size) == 0x20, "create_mkey_in.translations_octword_actual_size");
/* mkey_umem_id: not checked: the PRM's umem mkey fields, newer than 6.1's
 * mlx5_ifc.h, which keeps them reserved */
/* mkey_umem_offset: not checked: the PRM's umem mkey fields, newer than
 * 6.1's mlx5_ifc.h, which keeps them reserved */
static_assert(__mlx5_bit_off(create_mkey_in, klm_pas_mtt) == 0x880, "create_mkey_in.klm_pas_mtt");

/* struct mlx5_ifc_create_mkey_out_bits */
static_assert(__mlx5_bit_off(create_mkey_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_mkey_out, status) == 0x8, "create_mkey_out.status");
static_assert(__mlx5_bit_off(create_mkey_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_mkey_out, syndrome) == 0x20, "create_mkey_out.syndrome");
static_assert(__mlx5_bit_off(create_mkey_out, mkey_index) == 0x48 &&
	      __mlx5_bit_sz(create_mkey_out, mkey_index) == 0x18, "create_mkey_out.mkey_index");

/* struct mlx5_ifc_destroy_mkey_in_bits */
static_assert(__mlx5_bit_off(destroy_mkey_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_mkey_in, opcode) == 0x10, "destroy_mkey_in.opcode");
static_assert(__mlx5_bit_off(destroy_mkey_in, uid) == 0x10 &&
	      __mlx5_bit_sz(destroy_mkey_in, uid) == 0x10, "destroy_mkey_in.uid");
static_assert(__mlx5_bit_off(destroy_mkey_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_mkey_in, op_mod) == 0x10, "destroy_mkey_in.op_mod");
static_assert(__mlx5_bit_off(destroy_mkey_in, mkey_index) == 0x48 &&
	      __mlx5_bit_sz(destroy_mkey_in, mkey_index) == 0x18, "destroy_mkey_in.mkey_index");

/* struct mlx5_ifc_destroy_mkey_out_bits */
static_assert(__mlx5_bit_off(destroy_mkey_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_mkey_out, status) == 0x8, "destroy_mkey_out.status");
static_assert(__mlx5_bit_off(destroy_mkey_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_mkey_out, syndrome) == 0x20, "destroy_mkey_out.syndrome");

/* struct mlx5_ifc_uctx_bits */
static_assert(__mlx5_bit_off(uctx, cap) == 0x0 &&
	      __mlx5_bit_sz(uctx, cap) == 0x20, "uctx.cap");

/* struct mlx5_ifc_create_uctx_in_bits */
static_assert(__mlx5_bit_off(create_uctx_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_uctx_in, opcode) == 0x10, "create_uctx_in.opcode");
/* uid: not checked: the command input header's uid at 0x10, which the driver
 * stamps; 6.1's mlx5_ifc.h still has reserved_at_10 in this input */
static_assert(__mlx5_bit_off(create_uctx_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_uctx_in, op_mod) == 0x10, "create_uctx_in.op_mod");
static_assert(__mlx5_bit_off(create_uctx_in, uctx) == 0x80 &&
	      __mlx5_bit_sz(create_uctx_in, uctx) == 0x180, "create_uctx_in.uctx");

/* struct mlx5_ifc_create_uctx_out_bits */
static_assert(__mlx5_bit_off(create_uctx_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_uctx_out, status) == 0x8, "create_uctx_out.status");
static_assert(__mlx5_bit_off(create_uctx_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_uctx_out, syndrome) == 0x20, "create_uctx_out.syndrome");
static_assert(__mlx5_bit_off(create_uctx_out, uid) == 0x50 &&
	      __mlx5_bit_sz(create_uctx_out, uid) == 0x10, "create_uctx_out.uid");

/* struct mlx5_ifc_destroy_uctx_in_bits */
static_assert(__mlx5_bit_off(destroy_uctx_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_uctx_in, opcode) == 0x10, "destroy_uctx_in.opcode");
/* uid: not checked: the command input header's uid, which the driver stamps;
 * reserved_at_10 in the header */
static_assert(__mlx5_bit_off(destroy_uctx_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_uctx_in, op_mod) == 0x10, "destroy_uctx_in.op_mod");
static_assert(__mlx5_bit_off(destroy_uctx_in, uid) == 0x50 &&
	      __mlx5_bit_sz(destroy_uctx_in, uid) == 0x10, "destroy_uctx_in.uid_to_destroy");

/* struct mlx5_ifc_destroy_uctx_out_bits */
static_assert(__mlx5_bit_off(destroy_uctx_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_uctx_out, status) == 0x8, "destroy_uctx_out.status");
static_assert(__mlx5_bit_off(destroy_uctx_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_uctx_out, syndrome) == 0x20, "destroy_uctx_out.syndrome");

/* struct mlx5_ifc_mtt_bits */
static_assert(__mlx5_bit_off(mtt, ptag_63_32) == 0x0 &&
	      __mlx5_bit_sz(mtt, ptag_63_32) == 0x20, "mtt.ptag_63_32");
static_assert(__mlx5_bit_off(mtt, ptag_31_8) == 0x20 &&
	      __mlx5_bit_sz(mtt, ptag_31_8) == 0x18, "mtt.ptag_31_8");
static_assert(__mlx5_bit_off(mtt, wr_en) == 0x3e &&
	      __mlx5_bit_sz(mtt, wr_en) == 0x1, "mtt.wr_en");
static_assert(__mlx5_bit_off(mtt, rd_en) == 0x3f &&
	      __mlx5_bit_sz(mtt, rd_en) == 0x1, "mtt.rd_en");

/* struct mlx5_ifc_umem_bits */
static_assert(__mlx5_bit_off(umem, ats) == 0x80 &&
	      __mlx5_bit_sz(umem, ats) == 0x1, "umem.ats");
static_assert(__mlx5_bit_off(umem, log_page_size) == 0x9b &&
	      __mlx5_bit_sz(umem, log_page_size) == 0x5, "umem.log_page_size");
static_assert(__mlx5_bit_off(umem, page_offset) == 0xa0 &&
	      __mlx5_bit_sz(umem, page_offset) == 0x20, "umem.page_offset");
static_assert(__mlx5_bit_off(umem, num_of_mtt) == 0xc0 &&
	      __mlx5_bit_sz(umem, num_of_mtt) == 0x40, "umem.num_of_mtt");
static_assert(__mlx5_bit_off(umem, mtt) == 0x100, "umem.mtt");

/* struct mlx5_ifc_create_umem_in_bits */
static_assert(__mlx5_bit_off(create_umem_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(create_umem_in, opcode) == 0x10, "create_umem_in.opcode");
static_assert(__mlx5_bit_off(create_umem_in, uid) == 0x10 &&
	      __mlx5_bit_sz(create_umem_in, uid) == 0x10, "create_umem_in.uid");
static_assert(__mlx5_bit_off(create_umem_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(create_umem_in, op_mod) == 0x10, "create_umem_in.op_mod");
static_assert(__mlx5_bit_off(create_umem_in, umem) == 0x80 &&
	      __mlx5_bit_sz(create_umem_in, umem) == 0x100, "create_umem_in.umem");

/* struct mlx5_ifc_create_umem_out_bits */
static_assert(__mlx5_bit_off(create_umem_out, status) == 0x0 &&
	      __mlx5_bit_sz(create_umem_out, status) == 0x8, "create_umem_out.status");
static_assert(__mlx5_bit_off(create_umem_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(create_umem_out, syndrome) == 0x20, "create_umem_out.syndrome");
static_assert(__mlx5_bit_off(create_umem_out, umem_id) == 0x48 &&
	      __mlx5_bit_sz(create_umem_out, umem_id) == 0x18, "create_umem_out.umem_id");

/* struct mlx5_ifc_destroy_umem_in_bits */
static_assert(__mlx5_bit_off(destroy_umem_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(destroy_umem_in, opcode) == 0x10, "destroy_umem_in.opcode");
static_assert(__mlx5_bit_off(destroy_umem_in, uid) == 0x10 &&
	      __mlx5_bit_sz(destroy_umem_in, uid) == 0x10, "destroy_umem_in.uid");
static_assert(__mlx5_bit_off(destroy_umem_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(destroy_umem_in, op_mod) == 0x10, "destroy_umem_in.op_mod");
static_assert(__mlx5_bit_off(destroy_umem_in, umem_id) == 0x48 &&
	      __mlx5_bit_sz(destroy_umem_in, umem_id) == 0x18, "destroy_umem_in.umem_id");

/* struct mlx5_ifc_destroy_umem_out_bits */
static_assert(__mlx5_bit_off(destroy_umem_out, status) == 0x0 &&
	      __mlx5_bit_sz(destroy_umem_out, status) == 0x8, "destroy_umem_out.status");
static_assert(__mlx5_bit_off(destroy_umem_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(destroy_umem_out, syndrome) == 0x20, "destroy_umem_out.syndrome");

/* struct mlx5_ifc_query_vport_state_in_bits */
static_assert(__mlx5_bit_off(query_vport_state_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_vport_state_in, opcode) == 0x10, "query_vport_state_in.opcode");
/* uid: not checked: the command input header's uid at 0x10, which the driver
 * stamps; 6.1's mlx5_ifc.h still has reserved_at_10 in this input */
static_assert(__mlx5_bit_off(query_vport_state_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_vport_state_in, op_mod) == 0x10, "query_vport_state_in.op_mod");
static_assert(__mlx5_bit_off(query_vport_state_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(query_vport_state_in, other_vport) == 0x1, "query_vport_state_in.other_vport");
static_assert(__mlx5_bit_off(query_vport_state_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(query_vport_state_in, vport_number) == 0x10, "query_vport_state_in.vport_number");

/* struct mlx5_ifc_query_vport_state_out_bits */
static_assert(__mlx5_bit_off(query_vport_state_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_vport_state_out, status) == 0x8, "query_vport_state_out.status");
static_assert(__mlx5_bit_off(query_vport_state_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_vport_state_out, syndrome) == 0x20, "query_vport_state_out.syndrome");
static_assert(__mlx5_bit_off(query_vport_state_out, admin_state) == 0x78 &&
	      __mlx5_bit_sz(query_vport_state_out, admin_state) == 0x4, "query_vport_state_out.admin_state");
static_assert(__mlx5_bit_off(query_vport_state_out, state) == 0x7c &&
	      __mlx5_bit_sz(query_vport_state_out, state) == 0x4, "query_vport_state_out.state");

/* struct mlx5_ifc_query_nic_vport_context_in_bits */
static_assert(__mlx5_bit_off(query_nic_vport_context_in, opcode) == 0x0 &&
	      __mlx5_bit_sz(query_nic_vport_context_in, opcode) == 0x10, "query_nic_vport_context_in.opcode");
/* uid: not checked: the command input header's uid at 0x10, which the driver
 * stamps; 6.1's mlx5_ifc.h still has reserved_at_10 in this input */
static_assert(__mlx5_bit_off(query_nic_vport_context_in, op_mod) == 0x30 &&
	      __mlx5_bit_sz(query_nic_vport_context_in, op_mod) == 0x10, "query_nic_vport_context_in.op_mod");
static_assert(__mlx5_bit_off(query_nic_vport_context_in, other_vport) == 0x40 &&
	      __mlx5_bit_sz(query_nic_vport_context_in, other_vport) == 0x1, "query_nic_vport_context_in.other_vport");
static_assert(__mlx5_bit_off(query_nic_vport_context_in, vport_number) == 0x50 &&
	      __mlx5_bit_sz(query_nic_vport_context_in, vport_number) == 0x10, "query_nic_vport_context_in.vport_number");
static_assert(__mlx5_bit_off(query_nic_vport_context_in, allowed_list_type) == 0x65 &&
	      __mlx5_bit_sz(query_nic_vport_context_in, allowed_list_type) == 0x3, "query_nic_vport_context_in.allowed_list_type");

/* struct mlx5_ifc_query_nic_vport_context_out_bits */
static_assert(__mlx5_bit_off(query_nic_vport_context_out, status) == 0x0 &&
	      __mlx5_bit_sz(query_nic_vport_context_out, status) == 0x8, "query_nic_vport_context_out.status");
static_assert(__mlx5_bit_off(query_nic_vport_context_out, syndrome) == 0x20 &&
	      __mlx5_bit_sz(query_nic_vport_context_out, syndrome) == 0x20, "query_nic_vport_context_out.syndrome");
static_assert(__mlx5_bit_off(query_nic_vport_context_out, nic_vport_context) == 0x80 &&
	      __mlx5_bit_sz(query_nic_vport_context_out, nic_vport_context) == 0x800, "query_nic_vport_context_out.nic_vport_context");

/* struct mlx5_ifc_mac_address_layout_bits */
static_assert(__mlx5_bit_off(mac_address_layout, mac_addr_47_32) == 0x10 &&
	      __mlx5_bit_sz(mac_address_layout, mac_addr_47_32) == 0x10, "mac_address_layout.mac_addr_47_32");
static_assert(__mlx5_bit_off(mac_address_layout, mac_addr_31_0) == 0x20 &&
	      __mlx5_bit_sz(mac_address_layout, mac_addr_31_0) == 0x20, "mac_address_layout.mac_addr_31_0");

/* struct mlx5_ifc_nic_vport_context_bits */
static_assert(__mlx5_bit_off(nic_vport_context, min_wqe_inline_mode) == 0x5 &&
	      __mlx5_bit_sz(nic_vport_context, min_wqe_inline_mode) == 0x3, "nic_vport_context.min_wqe_inline_mode");
static_assert(__mlx5_bit_off(nic_vport_context, disable_mc_local_lb) == 0x1d &&
	      __mlx5_bit_sz(nic_vport_context, disable_mc_local_lb) == 0x1, "nic_vport_context.disable_mc_local_lb");
static_assert(__mlx5_bit_off(nic_vport_context, disable_uc_local_lb) == 0x1e &&
	      __mlx5_bit_sz(nic_vport_context, disable_uc_local_lb) == 0x1, "nic_vport_context.disable_uc_local_lb");
static_assert(__mlx5_bit_off(nic_vport_context, roce_en) == 0x1f &&
	      __mlx5_bit_sz(nic_vport_context, roce_en) == 0x1, "nic_vport_context.roce_en");
static_assert(__mlx5_bit_off(nic_vport_context, arm_change_event) == 0x20 &&
	      __mlx5_bit_sz(nic_vport_context, arm_change_event) == 0x1, "nic_vport_context.arm_change_event");
static_assert(__mlx5_bit_off(nic_vport_context, event_on_mtu) == 0x3b &&
	      __mlx5_bit_sz(nic_vport_context, event_on_mtu) == 0x1, "nic_vport_context.event_on_mtu");
static_assert(__mlx5_bit_off(nic_vport_context, event_on_promisc_change) == 0x3c &&
	      __mlx5_bit_sz(nic_vport_context, event_on_promisc_change) == 0x1, "nic_vport_context.event_on_promisc_change");
static_assert(__mlx5_bit_off(nic_vport_context, event_on_vlan_change) == 0x3d &&
	      __mlx5_bit_sz(nic_vport_context, event_on_vlan_change) == 0x1, "nic_vport_context.event_on_vlan_change");
static_assert(__mlx5_bit_off(nic_vport_context, event_on_mc_address_change) == 0x3e &&
	      __mlx5_bit_sz(nic_vport_context, event_on_mc_address_change) == 0x1, "nic_vport_context.event_on_mc_address_change");
static_assert(__mlx5_bit_off(nic_vport_context, event_on_uc_address_change) == 0x3f &&
	      __mlx5_bit_sz(nic_vport_context, event_on_uc_address_change) == 0x1, "nic_vport_context.event_on_uc_address_change");
static_assert(__mlx5_bit_off(nic_vport_context, vhca_id_type) == 0x40 &&
	      __mlx5_bit_sz(nic_vport_context, vhca_id_type) == 0x1, "nic_vport_context.vhca_id_type");
static_assert(__mlx5_bit_off(nic_vport_context, affiliation_criteria) == 0x4c &&
	      __mlx5_bit_sz(nic_vport_context, affiliation_criteria) == 0x4, "nic_vport_context.affiliation_criteria");
static_assert(__mlx5_bit_off(nic_vport_context, affiliated_vhca_id) == 0x50 &&
	      __mlx5_bit_sz(nic_vport_context, affiliated_vhca_id) == 0x10, "nic_vport_context.affiliated_vhca_id");
static_assert(__mlx5_bit_off(nic_vport_context, mtu) == 0x130 &&
	      __mlx5_bit_sz(nic_vport_context, mtu) == 0x10, "nic_vport_context.mtu");
static_assert(__mlx5_bit_off(nic_vport_context, system_image_guid) == 0x140 &&
	      __mlx5_bit_sz(nic_vport_context, system_image_guid) == 0x40, "nic_vport_context.system_image_guid");
static_assert(__mlx5_bit_off(nic_vport_context, port_guid) == 0x180 &&
	      __mlx5_bit_sz(nic_vport_context, port_guid) == 0x40, "nic_vport_context.port_guid");
static_assert(__mlx5_bit_off(nic_vport_context, node_guid) == 0x1c0 &&
	      __mlx5_bit_sz(nic_vport_context, node_guid) == 0x40, "nic_vport_context.node_guid");
static_assert(__mlx5_bit_off(nic_vport_context, qkey_violation_counter) == 0x340 &&
	      __mlx5_bit_sz(nic_vport_context, qkey_violation_counter) == 0x10, "nic_vport_context.qkey_violation_counter");
static_assert(__mlx5_bit_off(nic_vport_context, promisc_uc) == 0x780 &&
	      __mlx5_bit_sz(nic_vport_context, promisc_uc) == 0x1, "nic_vport_context.promisc_uc");
static_assert(__mlx5_bit_off(nic_vport_context, promisc_mc) == 0x781 &&
	      __mlx5_bit_sz(nic_vport_context, promisc_mc) == 0x1, "nic_vport_context.promisc_mc");
static_assert(__mlx5_bit_off(nic_vport_context, promisc_all) == 0x782 &&
	      __mlx5_bit_sz(nic_vport_context, promisc_all) == 0x1, "nic_vport_context.promisc_all");
static_assert(__mlx5_bit_off(nic_vport_context, allowed_list_type) == 0x785 &&
	      __mlx5_bit_sz(nic_vport_context, allowed_list_type) == 0x3, "nic_vport_context.allowed_list_type");
static_assert(__mlx5_bit_off(nic_vport_context, allowed_list_size) == 0x794 &&
	      __mlx5_bit_sz(nic_vport_context, allowed_list_size) == 0xc, "nic_vport_context.allowed_list_size");
static_assert(__mlx5_bit_off(nic_vport_context, permanent_address) == 0x7a0 &&
	      __mlx5_bit_sz(nic_vport_context, permanent_address) == 0x40, "nic_vport_context.permanent_address");
static_assert(__mlx5_bit_off(nic_vport_context, current_uc_mac_address) == 0x800, "nic_vport_context.current_uc_mac_address");

/* Opcodes */
static_assert(MLX5_CMD_OP_ACCESS_REG == 0x805, "opcode ACCESS_REG");
static_assert(MLX5_CMD_OP_QUERY_ADAPTER == 0x101, "opcode QUERY_ADAPTER");
static_assert(MLX5_CMD_OP_QUERY_ISSI == 0x10a, "opcode QUERY_ISSI");
static_assert(MLX5_CMD_OP_SET_HCA_CAP == 0x109, "opcode SET_HCA_CAP");
static_assert(MLX5_CMD_OP_QUERY_ESW_FUNCTIONS == 0x740, "opcode QUERY_ESW_FUNCTIONS");
static_assert(MLX5_CMD_OP_QUERY_ROCE_ADDRESS == 0x760, "opcode QUERY_ROCE_ADDRESS");
static_assert(MLX5_CMD_OP_QUERY_HCA_VPORT_CONTEXT == 0x762, "opcode QUERY_HCA_VPORT_CONTEXT");
static_assert(MLX5_CMD_OP_MODIFY_CONG_STATUS == 0x823, "opcode MODIFY_CONG_STATUS");
static_assert(MLX5_CMD_OP_QUERY_PAGES == 0x107, "opcode QUERY_PAGES");
static_assert(MLX5_CMD_OP_QUERY_SF_PARTITION == 0x111, "opcode QUERY_SF_PARTITION");
static_assert(MLX5_CMD_OP_QUERY_VHCA_MIGRATION_STATE == 0x117, "opcode QUERY_VHCA_MIGRATION_STATE");
static_assert(MLX5_CMD_OP_QUERY_MKEY == 0x201, "opcode QUERY_MKEY");
static_assert(MLX5_CMD_OP_QUERY_SPECIAL_CONTEXTS == 0x203, "opcode QUERY_SPECIAL_CONTEXTS");
static_assert(MLX5_CMD_OP_QUERY_EQ == 0x303, "opcode QUERY_EQ");
static_assert(MLX5_CMD_OP_QUERY_CQ == 0x402, "opcode QUERY_CQ");
static_assert(MLX5_CMD_OP_QUERY_QP == 0x50b, "opcode QUERY_QP");
static_assert(MLX5_CMD_OP_QUERY_SRQ == 0x702, "opcode QUERY_SRQ");
static_assert(MLX5_CMD_OP_QUERY_XRC_SRQ == 0x707, "opcode QUERY_XRC_SRQ");
static_assert(MLX5_CMD_OP_QUERY_DCT == 0x713, "opcode QUERY_DCT");
static_assert(MLX5_CMD_OP_QUERY_XRQ == 0x719, "opcode QUERY_XRQ");
static_assert(MLX5_CMD_OP_QUERY_XRQ_DC_PARAMS_ENTRY == 0x725, "opcode QUERY_XRQ_DC_PARAMS_ENTRY");
static_assert(MLX5_CMD_OP_QUERY_XRQ_ERROR_PARAMS == 0x727, "opcode QUERY_XRQ_ERROR_PARAMS");
static_assert(MLX5_CMD_OP_QUERY_ESW_VPORT_CONTEXT == 0x752, "opcode QUERY_ESW_VPORT_CONTEXT");
static_assert(MLX5_CMD_OP_QUERY_HCA_VPORT_GID == 0x764, "opcode QUERY_HCA_VPORT_GID");
static_assert(MLX5_CMD_OP_QUERY_HCA_VPORT_PKEY == 0x765, "opcode QUERY_HCA_VPORT_PKEY");
static_assert(MLX5_CMD_OP_QUERY_VNIC_ENV == 0x76f, "opcode QUERY_VNIC_ENV");
static_assert(MLX5_CMD_OP_QUERY_RATE_LIMIT == 0x781, "opcode QUERY_RATE_LIMIT");
static_assert(MLX5_CMD_OP_QUERY_SCHEDULING_ELEMENT == 0x784, "opcode QUERY_SCHEDULING_ELEMENT");
static_assert(MLX5_CMD_OP_QUERY_MAD_DEMUX == 0x80b, "opcode QUERY_MAD_DEMUX");
static_assert(MLX5_CMD_OP_QUERY_CONG_STATUS == 0x822, "opcode QUERY_CONG_STATUS");
static_assert(MLX5_CMD_OP_QUERY_CONG_PARAMS == 0x824, "opcode QUERY_CONG_PARAMS");
static_assert(MLX5_CMD_OP_QUERY_CONG_STATISTICS == 0x826, "opcode QUERY_CONG_STATISTICS");
static_assert(MLX5_CMD_OP_QUERY_L2_TABLE_ENTRY == 0x82a, "opcode QUERY_L2_TABLE_ENTRY");
static_assert(MLX5_CMD_OP_QUERY_WOL_ROL == 0x831, "opcode QUERY_WOL_ROL");
static_assert(MLX5_CMD_OP_QUERY_LAG == 0x842, "opcode QUERY_LAG");
static_assert(MLX5_CMD_OP_QUERY_TIR == 0x903, "opcode QUERY_TIR");
static_assert(MLX5_CMD_OP_QUERY_SQ == 0x907, "opcode QUERY_SQ");
static_assert(MLX5_CMD_OP_QUERY_RQ == 0x90b, "opcode QUERY_RQ");
static_assert(MLX5_CMD_OP_QUERY_RMP == 0x90f, "opcode QUERY_RMP");
static_assert(MLX5_CMD_OP_QUERY_TIS == 0x915, "opcode QUERY_TIS");
static_assert(MLX5_CMD_OP_QUERY_RQT == 0x919, "opcode QUERY_RQT");
static_assert(MLX5_CMD_OP_QUERY_FLOW_TABLE == 0x932, "opcode QUERY_FLOW_TABLE");
static_assert(MLX5_CMD_OP_QUERY_FLOW_GROUP == 0x935, "opcode QUERY_FLOW_GROUP");
static_assert(MLX5_CMD_OP_QUERY_FLOW_TABLE_ENTRY == 0x937, "opcode QUERY_FLOW_TABLE_ENTRY");
static_assert(MLX5_CMD_OP_QUERY_FLOW_COUNTER == 0x93b, "opcode QUERY_FLOW_COUNTER");
static_assert(MLX5_CMD_OP_QUERY_PACKET_REFORMAT_CONTEXT == 0x93f, "opcode QUERY_PACKET_REFORMAT_CONTEXT");
static_assert(MLX5_CMD_OP_QUERY_MODIFY_HEADER_CONTEXT == 0x942, "opcode QUERY_MODIFY_HEADER_CONTEXT");
static_assert(MLX5_CMD_OP_FPGA_QUERY_QP == 0x962, "opcode FPGA_QUERY_QP");
static_assert(MLX5_CMD_OP_FPGA_QUERY_QP_COUNTERS == 0x964, "opcode FPGA_QUERY_QP_COUNTERS");
static_assert(MLX5_CMD_OP_QUERY_GENERAL_OBJECT == 0xa02, "opcode QUERY_GENERAL_OBJECT");
static_assert(MLX5_CMD_OP_QUERY_VHCA_STATE == 0xb0d, "opcode QUERY_VHCA_STATE");
static_assert(MLX5_CMD_OP_NOP == 0x80d, "opcode NOP");
static_assert(MLX5_CMD_OP_QUERY_VPORT_COUNTER == 0x770, "opcode QUERY_VPORT_COUNTER");
static_assert(MLX5_CMD_OP_QUERY_Q_COUNTER == 0x773, "opcode QUERY_Q_COUNTER");
static_assert(MLX5_CMD_OP_QUERY_HCA_CAP == 0x100, "opcode QUERY_HCA_CAP");
static_assert(MLX5_CMD_OP_ALLOC_PD == 0x800, "opcode ALLOC_PD");
static_assert(MLX5_CMD_OP_DEALLOC_PD == 0x801, "opcode DEALLOC_PD");
static_assert(MLX5_CMD_OP_CREATE_MKEY == 0x200, "opcode CREATE_MKEY");
static_assert(MLX5_CMD_OP_DESTROY_MKEY == 0x202, "opcode DESTROY_MKEY");
static_assert(MLX5_CMD_OP_CREATE_UCTX == 0xa04, "opcode CREATE_UCTX");
static_assert(MLX5_CMD_OP_DESTROY_UCTX == 0xa06, "opcode DESTROY_UCTX");
static_assert(MLX5_CMD_OP_CREATE_UMEM == 0xa08, "opcode CREATE_UMEM");
static_assert(MLX5_CMD_OP_DESTROY_UMEM == 0xa0a, "opcode DESTROY_UMEM");
static_assert(MLX5_CMD_OP_QUERY_VPORT_STATE == 0x750, "opcode QUERY_VPORT_STATE");
static_assert(MLX5_CMD_OP_QUERY_NIC_VPORT_CONTEXT == 0x754, "opcode QUERY_NIC_VPORT_CONTEXT");
static_assert(MLX5_CMD_OP_INIT_HCA == 0x102, "opcode INIT_HCA");
static_assert(MLX5_CMD_OP_TEARDOWN_HCA == 0x103, "opcode TEARDOWN_HCA");
static_assert(MLX5_CMD_OP_ENABLE_HCA == 0x104, "opcode ENABLE_HCA");
static_assert(MLX5_CMD_OP_DISABLE_HCA == 0x105, "opcode DISABLE_HCA");
static_assert(MLX5_CMD_OP_MANAGE_PAGES == 0x108, "opcode MANAGE_PAGES");
static_assert(MLX5_CMD_OP_SET_ISSI == 0x10b, "opcode SET_ISSI");
static_assert(MLX5_CMD_OP_SET_DRIVER_VERSION == 0x10d, "opcode SET_DRIVER_VERSION");
static_assert(MLX5_CMD_OP_ALLOC_SF == 0x113, "opcode ALLOC_SF");
static_assert(MLX5_CMD_OP_DEALLOC_SF == 0x114, "opcode DEALLOC_SF");
static_assert(MLX5_CMD_OP_SUSPEND_VHCA == 0x115, "opcode SUSPEND_VHCA");
static_assert(MLX5_CMD_OP_RESUME_VHCA == 0x116, "opcode RESUME_VHCA");
static_assert(MLX5_CMD_OP_SAVE_VHCA_STATE == 0x118, "opcode SAVE_VHCA_STATE");
static_assert(MLX5_CMD_OP_LOAD_VHCA_STATE == 0x119, "opcode LOAD_VHCA_STATE");
static_assert(MLX5_CMD_OP_PAGE_FAULT_RESUME == 0x204, "opcode PAGE_FAULT_RESUME");
static_assert(MLX5_CMD_OP_ALLOC_MEMIC == 0x205, "opcode ALLOC_MEMIC");
static_assert(MLX5_CMD_OP_DEALLOC_MEMIC == 0x206, "opcode DEALLOC_MEMIC");
static_assert(MLX5_CMD_OP_MODIFY_MEMIC == 0x207, "opcode MODIFY_MEMIC");
static_assert(MLX5_CMD_OP_CREATE_EQ == 0x301, "opcode CREATE_EQ");
static_assert(MLX5_CMD_OP_DESTROY_EQ == 0x302, "opcode DESTROY_EQ");
static_assert(MLX5_CMD_OP_GEN_EQE == 0x304, "opcode GEN_EQE");
static_assert(MLX5_CMD_OP_CREATE_CQ == 0x400, "opcode CREATE_CQ");
static_assert(MLX5_CMD_OP_DESTROY_CQ == 0x401, "opcode DESTROY_CQ");
static_assert(MLX5_CMD_OP_MODIFY_CQ == 0x403, "opcode MODIFY_CQ");
static_assert(MLX5_CMD_OP_CREATE_QP == 0x500, "opcode CREATE_QP");
static_assert(MLX5_CMD_OP_DESTROY_QP == 0x501, "opcode DESTROY_QP");
static_assert(MLX5_CMD_OP_RST2INIT_QP == 0x502, "opcode RST2INIT_QP");
static_assert(MLX5_CMD_OP_INIT2RTR_QP == 0x503, "opcode INIT2RTR_QP");
static_assert(MLX5_CMD_OP_RTR2RTS_QP == 0x504, "opcode RTR2RTS_QP");
static_assert(MLX5_CMD_OP_RTS2RTS_QP == 0x505, "opcode RTS2RTS_QP");
static_assert(MLX5_CMD_OP_SQERR2RTS_QP == 0x506, "opcode SQERR2RTS_QP");
static_assert(MLX5_CMD_OP_2ERR_QP == 0x507, "opcode 2ERR_QP");
static_assert(MLX5_CMD_OP_2RST_QP == 0x50a, "opcode 2RST_QP");
static_assert(MLX5_CMD_OP_SQD_RTS_QP == 0x50c, "opcode SQD_RTS_QP");
static_assert(MLX5_CMD_OP_INIT2INIT_QP == 0x50e, "opcode INIT2INIT_QP");
static_assert(MLX5_CMD_OP_CREATE_PSV == 0x600, "opcode CREATE_PSV");
static_assert(MLX5_CMD_OP_DESTROY_PSV == 0x601, "opcode DESTROY_PSV");
static_assert(MLX5_CMD_OP_CREATE_SRQ == 0x700, "opcode CREATE_SRQ");
static_assert(MLX5_CMD_OP_DESTROY_SRQ == 0x701, "opcode DESTROY_SRQ");
static_assert(MLX5_CMD_OP_ARM_RQ == 0x703, "opcode ARM_RQ");
static_assert(MLX5_CMD_OP_CREATE_XRC_SRQ == 0x705, "opcode CREATE_XRC_SRQ");
static_assert(MLX5_CMD_OP_DESTROY_XRC_SRQ == 0x706, "opcode DESTROY_XRC_SRQ");
static_assert(MLX5_CMD_OP_ARM_XRC_SRQ == 0x708, "opcode ARM_XRC_SRQ");
static_assert(MLX5_CMD_OP_CREATE_DCT == 0x710, "opcode CREATE_DCT");
static_assert(MLX5_CMD_OP_DESTROY_DCT == 0x711, "opcode DESTROY_DCT");
static_assert(MLX5_CMD_OP_DRAIN_DCT == 0x712, "opcode DRAIN_DCT");
static_assert(MLX5_CMD_OP_ARM_DCT_FOR_KEY_VIOLATION == 0x714, "opcode ARM_DCT_FOR_KEY_VIOLATION");
static_assert(MLX5_CMD_OP_CREATE_XRQ == 0x717, "opcode CREATE_XRQ");
static_assert(MLX5_CMD_OP_DESTROY_XRQ == 0x718, "opcode DESTROY_XRQ");
static_assert(MLX5_CMD_OP_ARM_XRQ == 0x71a, "opcode ARM_XRQ");
static_assert(MLX5_CMD_OP_SET_XRQ_DC_PARAMS_ENTRY == 0x726, "opcode SET_XRQ_DC_PARAMS_ENTRY");
static_assert(MLX5_CMD_OP_RELEASE_XRQ_ERROR == 0x729, "opcode RELEASE_XRQ_ERROR");
static_assert(MLX5_CMD_OP_MODIFY_XRQ == 0x72a, "opcode MODIFY_XRQ");
static_assert(MLX5_CMD_OP_MODIFY_VPORT_STATE == 0x751, "opcode MODIFY_VPORT_STATE");
static_assert(MLX5_CMD_OP_MODIFY_ESW_VPORT_CONTEXT == 0x753, "opcode MODIFY_ESW_VPORT_CONTEXT");
static_assert(MLX5_CMD_OP_MODIFY_NIC_VPORT_CONTEXT == 0x755, "opcode MODIFY_NIC_VPORT_CONTEXT");
static_assert(MLX5_CMD_OP_SET_ROCE_ADDRESS == 0x761, "opcode SET_ROCE_ADDRESS");
static_assert(MLX5_CMD_OP_MODIFY_HCA_VPORT_CONTEXT == 0x763, "opcode MODIFY_HCA_VPORT_CONTEXT");
static_assert(MLX5_CMD_OP_ALLOC_Q_COUNTER == 0x771, "opcode ALLOC_Q_COUNTER");
static_assert(MLX5_CMD_OP_DEALLOC_Q_COUNTER == 0x772, "opcode DEALLOC_Q_COUNTER");
static_assert(MLX5_CMD_OP_SET_MONITOR_COUNTER == 0x774, "opcode SET_MONITOR_COUNTER");
static_assert(MLX5_CMD_OP_ARM_MONITOR_COUNTER == 0x775, "opcode ARM_MONITOR_COUNTER");
static_assert(MLX5_CMD_OP_SET_PP_RATE_LIMIT == 0x780, "opcode SET_PP_RATE_LIMIT");
static_assert(MLX5_CMD_OP_CREATE_SCHEDULING_ELEMENT == 0x782, "opcode CREATE_SCHEDULING_ELEMENT");
static_assert(MLX5_CMD_OP_DESTROY_SCHEDULING_ELEMENT == 0x783, "opcode DESTROY_SCHEDULING_ELEMENT");
static_assert(MLX5_CMD_OP_MODIFY_SCHEDULING_ELEMENT == 0x785, "opcode MODIFY_SCHEDULING_ELEMENT");
static_assert(MLX5_CMD_OP_CREATE_QOS_PARA_VPORT == 0x786, "opcode CREATE_QOS_PARA_VPORT");
static_assert(MLX5_CMD_OP_DESTROY_QOS_PARA_VPORT == 0x787, "opcode DESTROY_QOS_PARA_VPORT");
static_assert(MLX5_CMD_OP_ALLOC_UAR == 0x802, "opcode ALLOC_UAR");
static_assert(MLX5_CMD_OP_DEALLOC_UAR == 0x803, "opcode DEALLOC_UAR");
static_assert(MLX5_CMD_OP_CONFIG_INT_MODERATION == 0x804, "opcode CONFIG_INT_MODERATION");
static_assert(MLX5_CMD_OP_ATTACH_TO_MCG == 0x806, "opcode ATTACH_TO_MCG");
static_assert(MLX5_CMD_OP_DETACH_FROM_MCG == 0x807, "opcode DETACH_FROM_MCG");
static_assert(MLX5_CMD_OP_GET_DROPPED_PACKET_LOG == 0x80a, "opcode GET_DROPPED_PACKET_LOG");
static_assert(MLX5_CMD_OP_MAD_IFC == 0x50d, "opcode MAD_IFC");
static_assert(MLX5_CMD_OP_SET_MAD_DEMUX == 0x80c, "opcode SET_MAD_DEMUX");
static_assert(MLX5_CMD_OP_ALLOC_XRCD == 0x80e, "opcode ALLOC_XRCD");
static_assert(MLX5_CMD_OP_DEALLOC_XRCD == 0x80f, "opcode DEALLOC_XRCD");
static_assert(MLX5_CMD_OP_ALLOC_TRANSPORT_DOMAIN == 0x816, "opcode ALLOC_TRANSPORT_DOMAIN");
static_assert(MLX5_CMD_OP_DEALLOC_TRANSPORT_DOMAIN == 0x817, "opcode DEALLOC_TRANSPORT_DOMAIN");
static_assert(MLX5_CMD_OP_MODIFY_CONG_PARAMS == 0x825, "opcode MODIFY_CONG_PARAMS");
static_assert(MLX5_CMD_OP_ADD_VXLAN_UDP_DPORT == 0x827, "opcode ADD_VXLAN_UDP_DPORT");
static_assert(MLX5_CMD_OP_DELETE_VXLAN_UDP_DPORT == 0x828, "opcode DELETE_VXLAN_UDP_DPORT");
static_assert(MLX5_CMD_OP_SET_L2_TABLE_ENTRY == 0x829, "opcode SET_L2_TABLE_ENTRY");
static_assert(MLX5_CMD_OP_DELETE_L2_TABLE_ENTRY == 0x82b, "opcode DELETE_L2_TABLE_ENTRY");
static_assert(MLX5_CMD_OP_SET_WOL_ROL == 0x830, "opcode SET_WOL_ROL");
static_assert(MLX5_CMD_OP_CREATE_LAG == 0x840, "opcode CREATE_LAG");
static_assert(MLX5_CMD_OP_MODIFY_LAG == 0x841, "opcode MODIFY_LAG");
static_assert(MLX5_CMD_OP_DESTROY_LAG == 0x843, "opcode DESTROY_LAG");
static_assert(MLX5_CMD_OP_CREATE_VPORT_LAG == 0x844, "opcode CREATE_VPORT_LAG");
static_assert(MLX5_CMD_OP_DESTROY_VPORT_LAG == 0x845, "opcode DESTROY_VPORT_LAG");
static_assert(MLX5_CMD_OP_CREATE_TIR == 0x900, "opcode CREATE_TIR");
static_assert(MLX5_CMD_OP_MODIFY_TIR == 0x901, "opcode MODIFY_TIR");
static_assert(MLX5_CMD_OP_DESTROY_TIR == 0x902, "opcode DESTROY_TIR");
static_assert(MLX5_CMD_OP_CREATE_SQ == 0x904, "opcode CREATE_SQ");
static_assert(MLX5_CMD_OP_MODIFY_SQ == 0x905, "opcode MODIFY_SQ");
static_assert(MLX5_CMD_OP_DESTROY_SQ == 0x906, "opcode DESTROY_SQ");
static_assert(MLX5_CMD_OP_CREATE_RQ == 0x908, "opcode CREATE_RQ");
static_assert(MLX5_CMD_OP_MODIFY_RQ == 0x909, "opcode MODIFY_RQ");
static_assert(MLX5_CMD_OP_SET_DELAY_DROP_PARAMS == 0x910, "opcode SET_DELAY_DROP_PARAMS");
static_assert(MLX5_CMD_OP_DESTROY_RQ == 0x90a, "opcode DESTROY_RQ");
static_assert(MLX5_CMD_OP_CREATE_RMP == 0x90c, "opcode CREATE_RMP");
static_assert(MLX5_CMD_OP_MODIFY_RMP == 0x90d, "opcode MODIFY_RMP");
static_assert(MLX5_CMD_OP_DESTROY_RMP == 0x90e, "opcode DESTROY_RMP");
static_assert(MLX5_CMD_OP_CREATE_TIS == 0x912, "opcode CREATE_TIS");
static_assert(MLX5_CMD_OP_MODIFY_TIS == 0x913, "opcode MODIFY_TIS");
static_assert(MLX5_CMD_OP_DESTROY_TIS == 0x914, "opcode DESTROY_TIS");
static_assert(MLX5_CMD_OP_CREATE_RQT == 0x916, "opcode CREATE_RQT");
static_assert(MLX5_CMD_OP_MODIFY_RQT == 0x917, "opcode MODIFY_RQT");
static_assert(MLX5_CMD_OP_DESTROY_RQT == 0x918, "opcode DESTROY_RQT");
static_assert(MLX5_CMD_OP_SET_FLOW_TABLE_ROOT == 0x92f, "opcode SET_FLOW_TABLE_ROOT");
static_assert(MLX5_CMD_OP_CREATE_FLOW_TABLE == 0x930, "opcode CREATE_FLOW_TABLE");
static_assert(MLX5_CMD_OP_DESTROY_FLOW_TABLE == 0x931, "opcode DESTROY_FLOW_TABLE");
static_assert(MLX5_CMD_OP_CREATE_FLOW_GROUP == 0x933, "opcode CREATE_FLOW_GROUP");
static_assert(MLX5_CMD_OP_DESTROY_FLOW_GROUP == 0x934, "opcode DESTROY_FLOW_GROUP");
static_assert(MLX5_CMD_OP_SET_FLOW_TABLE_ENTRY == 0x936, "opcode SET_FLOW_TABLE_ENTRY");
static_assert(MLX5_CMD_OP_DELETE_FLOW_TABLE_ENTRY == 0x938, "opcode DELETE_FLOW_TABLE_ENTRY");
static_assert(MLX5_CMD_OP_ALLOC_FLOW_COUNTER == 0x939, "opcode ALLOC_FLOW_COUNTER");
static_assert(MLX5_CMD_OP_DEALLOC_FLOW_COUNTER == 0x93a, "opcode DEALLOC_FLOW_COUNTER");
static_assert(MLX5_CMD_OP_MODIFY_FLOW_TABLE == 0x93c, "opcode MODIFY_FLOW_TABLE");
static_assert(MLX5_CMD_OP_ALLOC_PACKET_REFORMAT_CONTEXT == 0x93d, "opcode ALLOC_PACKET_REFORMAT_CONTEXT");
static_assert(MLX5_CMD_OP_DEALLOC_PACKET_REFORMAT_CONTEXT == 0x93e, "opcode DEALLOC_PACKET_REFORMAT_CONTEXT");
static_assert(MLX5_CMD_OP_ALLOC_MODIFY_HEADER_CONTEXT == 0x940, "opcode ALLOC_MODIFY_HEADER_CONTEXT");
static_assert(MLX5_CMD_OP_DEALLOC_MODIFY_HEADER_CONTEXT == 0x941, "opcode DEALLOC_MODIFY_HEADER_CONTEXT");
static_assert(MLX5_CMD_OP_FPGA_CREATE_QP == 0x960, "opcode FPGA_CREATE_QP");
static_assert(MLX5_CMD_OP_FPGA_MODIFY_QP == 0x961, "opcode FPGA_MODIFY_QP");
static_assert(MLX5_CMD_OP_FPGA_DESTROY_QP == 0x963, "opcode FPGA_DESTROY_QP");
static_assert(MLX5_CMD_OP_CREATE_GENERAL_OBJECT == 0xa00, "opcode CREATE_GENERAL_OBJECT");
static_assert(MLX5_CMD_OP_MODIFY_GENERAL_OBJECT == 0xa01, "opcode MODIFY_GENERAL_OBJECT");
static_assert(MLX5_CMD_OP_DESTROY_GENERAL_OBJECT == 0xa03, "opcode DESTROY_GENERAL_OBJECT");
static_assert(MLX5_CMD_OP_SYNC_STEERING == 0xb00, "opcode SYNC_STEERING");
static_assert(MLX5_CMD_OP_MODIFY_VHCA_STATE == 0xb0e, "opcode MODIFY_VHCA_STATE");
