/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * Generated from schema/mlx5 by mlx5ctl codegen; do not edit.
 * Regenerate: make generate
 *
 * PRM layouts as struct mlx5ctl_ifc_<layout>_bits, one u8 per bit as in
 * mlx5_ifc.h (use them through mlx5ctl/ifc.h), and the schema's opcodes, enum
 * values, register ids and capability types.
 */
#ifndef __MLX5CTL_IFC_GEN_H
#define __MLX5CTL_IFC_GEN_H

#include <linux/build_bug.h>
#include <linux/types.h>

/* Command opcodes (the opcode field of every command's input header). */
enum {
	MLX5CTL_CMD_OP_QUERY_HCA_CAP = 0x100,
	MLX5CTL_CMD_OP_QUERY_ADAPTER = 0x101,
	MLX5CTL_CMD_OP_QUERY_ISSI = 0x10a,
	MLX5CTL_CMD_OP_CREATE_MKEY = 0x200,
	MLX5CTL_CMD_OP_DESTROY_MKEY = 0x202,
	MLX5CTL_CMD_OP_QUERY_VPORT_STATE = 0x750,
	MLX5CTL_CMD_OP_QUERY_NIC_VPORT_CONTEXT = 0x754,
	MLX5CTL_CMD_OP_QUERY_VPORT_COUNTER = 0x770,
	MLX5CTL_CMD_OP_QUERY_Q_COUNTER = 0x773,
	MLX5CTL_CMD_OP_ALLOC_PD = 0x800,
	MLX5CTL_CMD_OP_DEALLOC_PD = 0x801,
	MLX5CTL_CMD_OP_ACCESS_REG = 0x805,
	MLX5CTL_CMD_OP_NOP = 0x80d,
	MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_PARAMS = 0x819,
	MLX5CTL_CMD_OP_SET_DIAGNOSTIC_PARAMS = 0x820,
	MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_COUNTERS = 0x821,
	MLX5CTL_CMD_OP_CREATE_UCTX = 0xa04,
	MLX5CTL_CMD_OP_QUERY_UCTX = 0xa05,
	MLX5CTL_CMD_OP_DESTROY_UCTX = 0xa06,
	MLX5CTL_CMD_OP_CREATE_UMEM = 0xa08,
	MLX5CTL_CMD_OP_QUERY_UMEM = 0xa09,
	MLX5CTL_CMD_OP_DESTROY_UMEM = 0xa0a,
};

/* Enum access_reg_op_mod: Direction of an ACCESS_REG. */
/* Write the register from register_data. */
#define MLX5CTL_ACCESS_REG_OP_MOD_WRITE 0x0
/* Read the register into register_data. */
#define MLX5CTL_ACCESS_REG_OP_MOD_READ 0x1

/*
 * Enum port_admin_status: Administrative state of a port (PAOS.admin_status).
 */
/* The port is enabled. */
#define MLX5CTL_PORT_ADMIN_STATUS_UP 0x1
/* The port is disabled by configuration. */
#define MLX5CTL_PORT_ADMIN_STATUS_DOWN 0x2
/* Enabled until the next link down, then disabled. */
#define MLX5CTL_PORT_ADMIN_STATUS_UP_ONCE 0x3

/* Enum port_oper_status: Operational state of a port (PAOS.oper_status). */
/* The link is up. */
#define MLX5CTL_PORT_OPER_STATUS_UP 0x1
/* The link is down. */
#define MLX5CTL_PORT_OPER_STATUS_DOWN 0x2
/* The link is down because of a port failure. */
#define MLX5CTL_PORT_OPER_STATUS_DOWN_BY_PORT_FAILURE 0x4

/* Flag set ptys_proto_mask: Protocols a PTYS access covers. */
/* InfiniBand. */
#define MLX5CTL_PTYS_PROTO_MASK_IB 0x1
/* Ethernet. */
#define MLX5CTL_PTYS_PROTO_MASK_EN 0x4

/* Enum ppcnt_grp: Counter group of a PPCNT access. */
/* IEEE 802.3 counters. */
#define MLX5CTL_PPCNT_GRP_IEEE_802_3 0x0
/* RFC 2863 (interfaces MIB) counters. */
#define MLX5CTL_PPCNT_GRP_RFC_2863 0x1
/* RFC 2819 (RMON) counters. */
#define MLX5CTL_PPCNT_GRP_RFC_2819 0x2
/* RFC 3635 (Ethernet-like MIB) counters. */
#define MLX5CTL_PPCNT_GRP_RFC_3635 0x3
/* Ethernet extended counters. */
#define MLX5CTL_PPCNT_GRP_ETHERNET_EXTENDED 0x5
/* Per-priority counters (prio_tc selects the priority). */
#define MLX5CTL_PPCNT_GRP_PER_PRIORITY 0x10
/* Per-traffic-class counters. */
#define MLX5CTL_PPCNT_GRP_PER_TRAFFIC_CLASS 0x11
/* Physical layer counters. */
#define MLX5CTL_PPCNT_GRP_PHYSICAL_LAYER 0x12
/* Per-traffic-class congestion counters. */
#define MLX5CTL_PPCNT_GRP_PER_TRAFFIC_CLASS_CONGESTION 0x13
/* Physical layer statistical counters (BER). */
#define MLX5CTL_PPCNT_GRP_PHYSICAL_LAYER_STATISTICAL 0x16
/* InfiniBand port counters. */
#define MLX5CTL_PPCNT_GRP_INFINIBAND_PORT 0x20

/* Enum opcode: Command opcodes: the first 16 bits of every command input. */
#define MLX5CTL_OPCODE_QUERY_HCA_CAP 0x100
#define MLX5CTL_OPCODE_QUERY_ADAPTER 0x101
#define MLX5CTL_OPCODE_QUERY_ISSI 0x10a
#define MLX5CTL_OPCODE_CREATE_MKEY 0x200
#define MLX5CTL_OPCODE_DESTROY_MKEY 0x202
#define MLX5CTL_OPCODE_QUERY_VPORT_STATE 0x750
#define MLX5CTL_OPCODE_QUERY_NIC_VPORT_CONTEXT 0x754
#define MLX5CTL_OPCODE_QUERY_VPORT_COUNTER 0x770
#define MLX5CTL_OPCODE_QUERY_Q_COUNTER 0x773
#define MLX5CTL_OPCODE_ALLOC_PD 0x800
#define MLX5CTL_OPCODE_DEALLOC_PD 0x801
#define MLX5CTL_OPCODE_ACCESS_REG 0x805
#define MLX5CTL_OPCODE_NOP 0x80d
#define MLX5CTL_OPCODE_QUERY_DIAGNOSTIC_PARAMS 0x819
#define MLX5CTL_OPCODE_SET_DIAGNOSTIC_PARAMS 0x820
#define MLX5CTL_OPCODE_QUERY_DIAGNOSTIC_COUNTERS 0x821
#define MLX5CTL_OPCODE_CREATE_UCTX 0xa04
#define MLX5CTL_OPCODE_QUERY_UCTX 0xa05
#define MLX5CTL_OPCODE_DESTROY_UCTX 0xa06
#define MLX5CTL_OPCODE_CREATE_UMEM 0xa08
#define MLX5CTL_OPCODE_QUERY_UMEM 0xa09
#define MLX5CTL_OPCODE_DESTROY_UMEM 0xa0a

/*
 * Enum cmd_status: Firmware completion status in the first byte of every
 * command output.
 */
/* The command completed. */
#define MLX5CTL_CMD_STATUS_OK 0x0
/* Internal firmware error. */
#define MLX5CTL_CMD_STATUS_INT_ERR 0x1
/* Unknown or unsupported opcode. */
#define MLX5CTL_CMD_STATUS_BAD_OP 0x2
/* A parameter is invalid or out of range. */
#define MLX5CTL_CMD_STATUS_BAD_PARAM 0x3
/* The device is in a state that does not allow the command. */
#define MLX5CTL_CMD_STATUS_BAD_SYS_STATE 0x4
/* The resource named by the command does not exist or is not accessible. */
#define MLX5CTL_CMD_STATUS_BAD_RES 0x5
/* The resource is in use. */
#define MLX5CTL_CMD_STATUS_RES_BUSY 0x6
/* The device or resource is not ready yet. */
#define MLX5CTL_CMD_STATUS_NOT_READY 0x7
/* A resource limit was exceeded. */
#define MLX5CTL_CMD_STATUS_LIM_ERR 0x8
/* The resource is in a state that does not allow the command. */
#define MLX5CTL_CMD_STATUS_BAD_RES_STATE 0x9
/* An index is out of range. */
#define MLX5CTL_CMD_STATUS_IX_ERR 0xa
/* Out of resources: no object of that kind can be created. */
#define MLX5CTL_CMD_STATUS_NO_RES 0xf
/* The queue pair is in a state that does not allow the command. */
#define MLX5CTL_CMD_STATUS_BAD_QP_STATE 0x10
/* Bad management packet. */
#define MLX5CTL_CMD_STATUS_BAD_PKT 0x30
/* More outstanding completions than the new CQ size allows. */
#define MLX5CTL_CMD_STATUS_BAD_SIZE_OUTS_CQES 0x40
/* The command input is shorter than the command needs. */
#define MLX5CTL_CMD_STATUS_BAD_INP_LEN 0x50
/* The command output buffer is shorter than the command needs. */
#define MLX5CTL_CMD_STATUS_BAD_OUTP_LEN 0x51

/* Enum hca_cap_type: Capability types QUERY_HCA_CAP reads (op_mod cap_type). */
/* General device capabilities (cmd_hca_cap). */
#define MLX5CTL_HCA_CAP_TYPE_GENERAL 0x0
/* Ethernet offload capabilities. */
#define MLX5CTL_HCA_CAP_TYPE_ETHERNET_OFFLOADS 0x1
/* RoCE capabilities. */
#define MLX5CTL_HCA_CAP_TYPE_ROCE 0x4
/* Quality of service capabilities. */
#define MLX5CTL_HCA_CAP_TYPE_QOS 0xc

/*
 * Enum hca_cap_mode: Which value of a capability QUERY_HCA_CAP returns (op_mod
 * bit 0).
 */
/* The maximum the device supports. */
#define MLX5CTL_HCA_CAP_MODE_MAX 0x0
/* The value currently in effect. */
#define MLX5CTL_HCA_CAP_MODE_CURRENT 0x1

/* Enum port_type: Link layer of the ports. */
/* InfiniBand. */
#define MLX5CTL_PORT_TYPE_IB 0x0
/* Ethernet. */
#define MLX5CTL_PORT_TYPE_ETH 0x1

/*
 * Enum mkc_access_mode: How a memory key translates addresses (mkc
 * access_mode_1_0 with access_mode_4_2).
 */
/* Physical addresses. */
#define MLX5CTL_MKC_ACCESS_MODE_PA 0x0
/* Through a page list (MTT). */
#define MLX5CTL_MKC_ACCESS_MODE_MTT 0x1
/* Through key, length, address lists. */
#define MLX5CTL_MKC_ACCESS_MODE_KLMS 0x2
/* Through fixed-size key lists. */
#define MLX5CTL_MKC_ACCESS_MODE_KSM 0x3
/* Device ICM owned by software steering. */
#define MLX5CTL_MKC_ACCESS_MODE_SW_ICM 0x4
/* Device memory. */
#define MLX5CTL_MKC_ACCESS_MODE_MEMIC 0x5

/* Flag set uctx_cap: Privileges of a firmware user context. */
/* May send raw packets (CAP_NET_RAW). */
#define MLX5CTL_UCTX_CAP_RAW_TX 0x1
/* May access internal device resources (CAP_SYS_RAWIO). */
#define MLX5CTL_UCTX_CAP_INTERNAL_DEVICE_RESOURCES 0x2
/* May use tools resources: dumps and diagnostics (CAP_SYS_ADMIN). */
#define MLX5CTL_UCTX_CAP_TOOLS_RESOURCES 0x4

/* Enum vport_state: Administrative or operational state of a vport. */
/* The vport is down. */
#define MLX5CTL_VPORT_STATE_DOWN 0x0
/* The vport is up. */
#define MLX5CTL_VPORT_STATE_UP 0x1

/* Enum vport_state_op_mod: Which vport QUERY_VPORT_STATE reports on. */
/* The NIC vport of a function. */
#define MLX5CTL_VPORT_STATE_OP_MOD_VNIC_VPORT 0x0
/* An e-switch vport. */
#define MLX5CTL_VPORT_STATE_OP_MOD_ESW_VPORT 0x1
/* The uplink port. */
#define MLX5CTL_VPORT_STATE_OP_MOD_UPLINK 0x2

/* Enum nic_vport_list_type: Which address list a NIC vport context carries. */
/* Unicast MAC addresses. */
#define MLX5CTL_NIC_VPORT_LIST_TYPE_CURRENT_UC 0x0
/* Multicast MAC addresses. */
#define MLX5CTL_NIC_VPORT_LIST_TYPE_CURRENT_MC 0x1
/* VLAN ids. */
#define MLX5CTL_NIC_VPORT_LIST_TYPE_VLAN 0x2

/*
 * ACCESS_REG register ids (register_id), each with the layout of the register's
 * data.
 */
enum {
	/* pmlp_reg: Port module lane mapping. */
	MLX5CTL_REG_PMLP = 0x5002,
	/* ptys_reg: Port type and speed. */
	MLX5CTL_REG_PTYS = 0x5004,
	/* paos_reg: Port administrative and operational status. */
	MLX5CTL_REG_PAOS = 0x5006,
	/* ppcnt_reg: Port performance counters. */
	MLX5CTL_REG_PPCNT = 0x5008,
	/* mtmp_reg: Management temperature of a sensor. */
	MLX5CTL_REG_MTMP = 0x900a,
	/* mcia_reg: Management cable info access (module EEPROM). */
	MLX5CTL_REG_MCIA = 0x9014,
	/*
	 * mgir_reg: Management general information: hardware, firmware,
	 * software.
	 */
	MLX5CTL_REG_MGIR = 0x9020,
	/* resource_dump: Dump device resources, inline or into a umem. */
	MLX5CTL_REG_RESOURCE_DUMP = 0xc000,
};

/*
 * QUERY_HCA_CAP capability types (op_mod cap_type), each with the layout of its
 * block.
 */
enum {
	/* cmd_hca_cap: General device capabilities. */
	MLX5CTL_CAP_GENERAL = 0x0,
	/*
	 * per_protocol_networking_offload_caps: Ethernet offload capabilities.
	 */
	MLX5CTL_CAP_ETHERNET_OFFLOADS = 0x1,
	/* roce_cap: RoCE capabilities. */
	MLX5CTL_CAP_ROCE = 0x4,
	/* qos_cap: Quality of service capabilities. */
	MLX5CTL_CAP_QOS = 0xc,
};

/* Input of ACCESS_REG: the register id, its argument and the data to write. */
struct mlx5ctl_ifc_access_register_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	/* write 0, read 1 (access_reg_op_mod). */
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	/* The register to access. */
	u8         register_id[0x10];
	/* Register-specific argument. */
	u8         argument[0x20];
	/* The register contents (its layout is the register's). */
	u8         register_data[0][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_access_register_in_bits) == 0x80);

/* Output of ACCESS_REG: the register contents read. */
struct mlx5ctl_ifc_access_register_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	/* The register contents (its layout is the register's). */
	u8         register_data[0][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_access_register_out_bits) == 0x80);

/* PAOS: port administrative and operational status. */
struct mlx5ctl_ifc_paos_reg_bits {
	u8         swid[0x8];
	/* Port the access applies to. */
	u8         local_port[0x8];
	u8         reserved_at_10[0x4];
	/* Administrative state. */
	u8         admin_status[0x4];
	u8         reserved_at_18[0x4];
	/* Operational state. */
	u8         oper_status[0x4];
	/* Apply admin_status on write. */
	u8         ase[0x1];
	/* Event generation on operational state change is updated on write. */
	u8         ee[0x1];
	u8         reserved_at_22[0x1c];
	/*
	 * Event generation on operational state change: 0 none, 1 generate, 2
	 * generate once.
	 */
	u8         e[0x2];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_paos_reg_bits) == 0x80);

/* PMLP: port to module lane mapping. */
struct mlx5ctl_ifc_pmlp_reg_bits {
	/* The mapping is for rx and tx separately. */
	u8         rxtx[0x1];
	u8         reserved_at_1[0x7];
	/* Port the access applies to. */
	u8         local_port[0x8];
	u8         reserved_at_10[0x8];
	/* Number of module lanes the port uses. */
	u8         width[0x8];
	/* Module and lane that port lane 0 maps to. */
	u8         lane0_module_mapping[0x20];
	u8         lane1_module_mapping[0x20];
	u8         lane2_module_mapping[0x20];
	u8         lane3_module_mapping[0x20];
	u8         reserved_at_a0[0x160];
};

static_assert(sizeof(struct mlx5ctl_ifc_pmlp_reg_bits) == 0x200);

/* PTYS: port type and speed, capability, admin and operational. */
struct mlx5ctl_ifc_ptys_reg_bits {
	u8         reserved_at_0[0x1];
	/* Auto-negotiation is disabled. */
	u8         an_disable_admin[0x1];
	u8         an_disable_cap[0x1];
	u8         reserved_at_3[0x5];
	/* Port the access applies to. */
	u8         local_port[0x8];
	u8         reserved_at_10[0xd];
	/* Protocols the access covers. */
	u8         proto_mask[0x3];
	/* Auto-negotiation status. */
	u8         an_status[0x4];
	u8         reserved_at_24[0xc];
	u8         data_rate_oper[0x10];
	/* Extended Ethernet link modes the port supports. */
	u8         ext_eth_proto_capability[0x20];
	/* Ethernet link modes the port supports (bit mask). */
	u8         eth_proto_capability[0x20];
	u8         ib_link_width_capability[0x10];
	u8         ib_proto_capability[0x10];
	/* Extended Ethernet link modes allowed by configuration. */
	u8         ext_eth_proto_admin[0x20];
	/* Ethernet link modes allowed by configuration. */
	u8         eth_proto_admin[0x20];
	u8         ib_link_width_admin[0x10];
	u8         ib_proto_admin[0x10];
	/* Extended Ethernet link mode in operation. */
	u8         ext_eth_proto_oper[0x20];
	/* Ethernet link mode in operation. */
	u8         eth_proto_oper[0x20];
	u8         ib_link_width_oper[0x10];
	u8         ib_proto_oper[0x10];
	u8         reserved_at_160[0x1c];
	/* Type of the port connector. */
	u8         connector_type[0x4];
	/* Link modes the link partner advertises. */
	u8         eth_proto_lp_advertise[0x20];
	u8         reserved_at_1a0[0x60];
};

static_assert(sizeof(struct mlx5ctl_ifc_ptys_reg_bits) == 0x200);

/* PPCNT IEEE 802.3 counters. */
struct mlx5ctl_ifc_eth_802_3_cntrs_grp_data_layout_bits {
	/* High 32 bits of a_frames_transmitted_ok. */
	u8         a_frames_transmitted_ok_high[0x20];
	/* Low 32 bits of a_frames_transmitted_ok. */
	u8         a_frames_transmitted_ok_low[0x20];
	/* High 32 bits of a_frames_received_ok. */
	u8         a_frames_received_ok_high[0x20];
	/* Low 32 bits of a_frames_received_ok. */
	u8         a_frames_received_ok_low[0x20];
	/* High 32 bits of a_frame_check_sequence_errors. */
	u8         a_frame_check_sequence_errors_high[0x20];
	/* Low 32 bits of a_frame_check_sequence_errors. */
	u8         a_frame_check_sequence_errors_low[0x20];
	/* High 32 bits of a_alignment_errors. */
	u8         a_alignment_errors_high[0x20];
	/* Low 32 bits of a_alignment_errors. */
	u8         a_alignment_errors_low[0x20];
	/* High 32 bits of a_octets_transmitted_ok. */
	u8         a_octets_transmitted_ok_high[0x20];
	/* Low 32 bits of a_octets_transmitted_ok. */
	u8         a_octets_transmitted_ok_low[0x20];
	/* High 32 bits of a_octets_received_ok. */
	u8         a_octets_received_ok_high[0x20];
	/* Low 32 bits of a_octets_received_ok. */
	u8         a_octets_received_ok_low[0x20];
	/* High 32 bits of a_multicast_frames_xmitted_ok. */
	u8         a_multicast_frames_xmitted_ok_high[0x20];
	/* Low 32 bits of a_multicast_frames_xmitted_ok. */
	u8         a_multicast_frames_xmitted_ok_low[0x20];
	/* High 32 bits of a_broadcast_frames_xmitted_ok. */
	u8         a_broadcast_frames_xmitted_ok_high[0x20];
	/* Low 32 bits of a_broadcast_frames_xmitted_ok. */
	u8         a_broadcast_frames_xmitted_ok_low[0x20];
	/* High 32 bits of a_multicast_frames_received_ok. */
	u8         a_multicast_frames_received_ok_high[0x20];
	/* Low 32 bits of a_multicast_frames_received_ok. */
	u8         a_multicast_frames_received_ok_low[0x20];
	/* High 32 bits of a_broadcast_frames_received_ok. */
	u8         a_broadcast_frames_received_ok_high[0x20];
	/* Low 32 bits of a_broadcast_frames_received_ok. */
	u8         a_broadcast_frames_received_ok_low[0x20];
	/* High 32 bits of a_in_range_length_errors. */
	u8         a_in_range_length_errors_high[0x20];
	/* Low 32 bits of a_in_range_length_errors. */
	u8         a_in_range_length_errors_low[0x20];
	/* High 32 bits of a_out_of_range_length_field. */
	u8         a_out_of_range_length_field_high[0x20];
	/* Low 32 bits of a_out_of_range_length_field. */
	u8         a_out_of_range_length_field_low[0x20];
	/* High 32 bits of a_frame_too_long_errors. */
	u8         a_frame_too_long_errors_high[0x20];
	/* Low 32 bits of a_frame_too_long_errors. */
	u8         a_frame_too_long_errors_low[0x20];
	/* High 32 bits of a_symbol_error_during_carrier. */
	u8         a_symbol_error_during_carrier_high[0x20];
	/* Low 32 bits of a_symbol_error_during_carrier. */
	u8         a_symbol_error_during_carrier_low[0x20];
	/* High 32 bits of a_mac_control_frames_transmitted. */
	u8         a_mac_control_frames_transmitted_high[0x20];
	/* Low 32 bits of a_mac_control_frames_transmitted. */
	u8         a_mac_control_frames_transmitted_low[0x20];
	/* High 32 bits of a_mac_control_frames_received. */
	u8         a_mac_control_frames_received_high[0x20];
	/* Low 32 bits of a_mac_control_frames_received. */
	u8         a_mac_control_frames_received_low[0x20];
	/* High 32 bits of a_unsupported_opcodes_received. */
	u8         a_unsupported_opcodes_received_high[0x20];
	/* Low 32 bits of a_unsupported_opcodes_received. */
	u8         a_unsupported_opcodes_received_low[0x20];
	/* High 32 bits of a_pause_mac_ctrl_frames_received. */
	u8         a_pause_mac_ctrl_frames_received_high[0x20];
	/* Low 32 bits of a_pause_mac_ctrl_frames_received. */
	u8         a_pause_mac_ctrl_frames_received_low[0x20];
	/* High 32 bits of a_pause_mac_ctrl_frames_transmitted. */
	u8         a_pause_mac_ctrl_frames_transmitted_high[0x20];
	/* Low 32 bits of a_pause_mac_ctrl_frames_transmitted. */
	u8         a_pause_mac_ctrl_frames_transmitted_low[0x20];
	u8         reserved_at_4c0[0x300];
};

static_assert(sizeof(struct mlx5ctl_ifc_eth_802_3_cntrs_grp_data_layout_bits) == 0x7c0);

/* PPCNT RFC 2863 counters. */
struct mlx5ctl_ifc_eth_2863_cntrs_grp_data_layout_bits {
	/* High 32 bits of if_in_octets. */
	u8         if_in_octets_high[0x20];
	/* Low 32 bits of if_in_octets. */
	u8         if_in_octets_low[0x20];
	/* High 32 bits of if_in_ucast_pkts. */
	u8         if_in_ucast_pkts_high[0x20];
	/* Low 32 bits of if_in_ucast_pkts. */
	u8         if_in_ucast_pkts_low[0x20];
	/* High 32 bits of if_in_discards. */
	u8         if_in_discards_high[0x20];
	/* Low 32 bits of if_in_discards. */
	u8         if_in_discards_low[0x20];
	/* High 32 bits of if_in_errors. */
	u8         if_in_errors_high[0x20];
	/* Low 32 bits of if_in_errors. */
	u8         if_in_errors_low[0x20];
	/* High 32 bits of if_in_unknown_protos. */
	u8         if_in_unknown_protos_high[0x20];
	/* Low 32 bits of if_in_unknown_protos. */
	u8         if_in_unknown_protos_low[0x20];
	/* High 32 bits of if_out_octets. */
	u8         if_out_octets_high[0x20];
	/* Low 32 bits of if_out_octets. */
	u8         if_out_octets_low[0x20];
	/* High 32 bits of if_out_ucast_pkts. */
	u8         if_out_ucast_pkts_high[0x20];
	/* Low 32 bits of if_out_ucast_pkts. */
	u8         if_out_ucast_pkts_low[0x20];
	/* High 32 bits of if_out_discards. */
	u8         if_out_discards_high[0x20];
	/* Low 32 bits of if_out_discards. */
	u8         if_out_discards_low[0x20];
	/* High 32 bits of if_out_errors. */
	u8         if_out_errors_high[0x20];
	/* Low 32 bits of if_out_errors. */
	u8         if_out_errors_low[0x20];
	/* High 32 bits of if_in_multicast_pkts. */
	u8         if_in_multicast_pkts_high[0x20];
	/* Low 32 bits of if_in_multicast_pkts. */
	u8         if_in_multicast_pkts_low[0x20];
	/* High 32 bits of if_in_broadcast_pkts. */
	u8         if_in_broadcast_pkts_high[0x20];
	/* Low 32 bits of if_in_broadcast_pkts. */
	u8         if_in_broadcast_pkts_low[0x20];
	/* High 32 bits of if_out_multicast_pkts. */
	u8         if_out_multicast_pkts_high[0x20];
	/* Low 32 bits of if_out_multicast_pkts. */
	u8         if_out_multicast_pkts_low[0x20];
	/* High 32 bits of if_out_broadcast_pkts. */
	u8         if_out_broadcast_pkts_high[0x20];
	/* Low 32 bits of if_out_broadcast_pkts. */
	u8         if_out_broadcast_pkts_low[0x20];
	u8         reserved_at_340[0x480];
};

static_assert(sizeof(struct mlx5ctl_ifc_eth_2863_cntrs_grp_data_layout_bits) == 0x7c0);

/* PPCNT RFC 2819 counters. */
struct mlx5ctl_ifc_eth_2819_cntrs_grp_data_layout_bits {
	/* High 32 bits of ether_stats_drop_events. */
	u8         ether_stats_drop_events_high[0x20];
	/* Low 32 bits of ether_stats_drop_events. */
	u8         ether_stats_drop_events_low[0x20];
	/* High 32 bits of ether_stats_octets. */
	u8         ether_stats_octets_high[0x20];
	/* Low 32 bits of ether_stats_octets. */
	u8         ether_stats_octets_low[0x20];
	/* High 32 bits of ether_stats_pkts. */
	u8         ether_stats_pkts_high[0x20];
	/* Low 32 bits of ether_stats_pkts. */
	u8         ether_stats_pkts_low[0x20];
	/* High 32 bits of ether_stats_broadcast_pkts. */
	u8         ether_stats_broadcast_pkts_high[0x20];
	/* Low 32 bits of ether_stats_broadcast_pkts. */
	u8         ether_stats_broadcast_pkts_low[0x20];
	/* High 32 bits of ether_stats_multicast_pkts. */
	u8         ether_stats_multicast_pkts_high[0x20];
	/* Low 32 bits of ether_stats_multicast_pkts. */
	u8         ether_stats_multicast_pkts_low[0x20];
	/* High 32 bits of ether_stats_crc_align_errors. */
	u8         ether_stats_crc_align_errors_high[0x20];
	/* Low 32 bits of ether_stats_crc_align_errors. */
	u8         ether_stats_crc_align_errors_low[0x20];
	/* High 32 bits of ether_stats_undersize_pkts. */
	u8         ether_stats_undersize_pkts_high[0x20];
	/* Low 32 bits of ether_stats_undersize_pkts. */
	u8         ether_stats_undersize_pkts_low[0x20];
	/* High 32 bits of ether_stats_oversize_pkts. */
	u8         ether_stats_oversize_pkts_high[0x20];
	/* Low 32 bits of ether_stats_oversize_pkts. */
	u8         ether_stats_oversize_pkts_low[0x20];
	/* High 32 bits of ether_stats_fragments. */
	u8         ether_stats_fragments_high[0x20];
	/* Low 32 bits of ether_stats_fragments. */
	u8         ether_stats_fragments_low[0x20];
	/* High 32 bits of ether_stats_jabbers. */
	u8         ether_stats_jabbers_high[0x20];
	/* Low 32 bits of ether_stats_jabbers. */
	u8         ether_stats_jabbers_low[0x20];
	/* High 32 bits of ether_stats_collisions. */
	u8         ether_stats_collisions_high[0x20];
	/* Low 32 bits of ether_stats_collisions. */
	u8         ether_stats_collisions_low[0x20];
	/* High 32 bits of ether_stats_pkts64octets. */
	u8         ether_stats_pkts64octets_high[0x20];
	/* Low 32 bits of ether_stats_pkts64octets. */
	u8         ether_stats_pkts64octets_low[0x20];
	/* High 32 bits of ether_stats_pkts65to127octets. */
	u8         ether_stats_pkts65to127octets_high[0x20];
	/* Low 32 bits of ether_stats_pkts65to127octets. */
	u8         ether_stats_pkts65to127octets_low[0x20];
	/* High 32 bits of ether_stats_pkts128to255octets. */
	u8         ether_stats_pkts128to255octets_high[0x20];
	/* Low 32 bits of ether_stats_pkts128to255octets. */
	u8         ether_stats_pkts128to255octets_low[0x20];
	/* High 32 bits of ether_stats_pkts256to511octets. */
	u8         ether_stats_pkts256to511octets_high[0x20];
	/* Low 32 bits of ether_stats_pkts256to511octets. */
	u8         ether_stats_pkts256to511octets_low[0x20];
	/* High 32 bits of ether_stats_pkts512to1023octets. */
	u8         ether_stats_pkts512to1023octets_high[0x20];
	/* Low 32 bits of ether_stats_pkts512to1023octets. */
	u8         ether_stats_pkts512to1023octets_low[0x20];
	/* High 32 bits of ether_stats_pkts1024to1518octets. */
	u8         ether_stats_pkts1024to1518octets_high[0x20];
	/* Low 32 bits of ether_stats_pkts1024to1518octets. */
	u8         ether_stats_pkts1024to1518octets_low[0x20];
	/* High 32 bits of ether_stats_pkts1519to2047octets. */
	u8         ether_stats_pkts1519to2047octets_high[0x20];
	/* Low 32 bits of ether_stats_pkts1519to2047octets. */
	u8         ether_stats_pkts1519to2047octets_low[0x20];
	/* High 32 bits of ether_stats_pkts2048to4095octets. */
	u8         ether_stats_pkts2048to4095octets_high[0x20];
	/* Low 32 bits of ether_stats_pkts2048to4095octets. */
	u8         ether_stats_pkts2048to4095octets_low[0x20];
	/* High 32 bits of ether_stats_pkts4096to8191octets. */
	u8         ether_stats_pkts4096to8191octets_high[0x20];
	/* Low 32 bits of ether_stats_pkts4096to8191octets. */
	u8         ether_stats_pkts4096to8191octets_low[0x20];
	/* High 32 bits of ether_stats_pkts8192to10239octets. */
	u8         ether_stats_pkts8192to10239octets_high[0x20];
	/* Low 32 bits of ether_stats_pkts8192to10239octets. */
	u8         ether_stats_pkts8192to10239octets_low[0x20];
	u8         reserved_at_540[0x280];
};

static_assert(sizeof(struct mlx5ctl_ifc_eth_2819_cntrs_grp_data_layout_bits) == 0x7c0);

/* PPCNT RFC 3635 counters. */
struct mlx5ctl_ifc_eth_3635_cntrs_grp_data_layout_bits {
	/* High 32 bits of dot3stats_alignment_errors. */
	u8         dot3stats_alignment_errors_high[0x20];
	/* Low 32 bits of dot3stats_alignment_errors. */
	u8         dot3stats_alignment_errors_low[0x20];
	/* High 32 bits of dot3stats_fcs_errors. */
	u8         dot3stats_fcs_errors_high[0x20];
	/* Low 32 bits of dot3stats_fcs_errors. */
	u8         dot3stats_fcs_errors_low[0x20];
	/* High 32 bits of dot3stats_single_collision_frames. */
	u8         dot3stats_single_collision_frames_high[0x20];
	/* Low 32 bits of dot3stats_single_collision_frames. */
	u8         dot3stats_single_collision_frames_low[0x20];
	/* High 32 bits of dot3stats_multiple_collision_frames. */
	u8         dot3stats_multiple_collision_frames_high[0x20];
	/* Low 32 bits of dot3stats_multiple_collision_frames. */
	u8         dot3stats_multiple_collision_frames_low[0x20];
	/* High 32 bits of dot3stats_sqe_test_errors. */
	u8         dot3stats_sqe_test_errors_high[0x20];
	/* Low 32 bits of dot3stats_sqe_test_errors. */
	u8         dot3stats_sqe_test_errors_low[0x20];
	/* High 32 bits of dot3stats_deferred_transmissions. */
	u8         dot3stats_deferred_transmissions_high[0x20];
	/* Low 32 bits of dot3stats_deferred_transmissions. */
	u8         dot3stats_deferred_transmissions_low[0x20];
	/* High 32 bits of dot3stats_late_collisions. */
	u8         dot3stats_late_collisions_high[0x20];
	/* Low 32 bits of dot3stats_late_collisions. */
	u8         dot3stats_late_collisions_low[0x20];
	/* High 32 bits of dot3stats_excessive_collisions. */
	u8         dot3stats_excessive_collisions_high[0x20];
	/* Low 32 bits of dot3stats_excessive_collisions. */
	u8         dot3stats_excessive_collisions_low[0x20];
	/* High 32 bits of dot3stats_internal_mac_transmit_errors. */
	u8         dot3stats_internal_mac_transmit_errors_high[0x20];
	/* Low 32 bits of dot3stats_internal_mac_transmit_errors. */
	u8         dot3stats_internal_mac_transmit_errors_low[0x20];
	/* High 32 bits of dot3stats_carrier_sense_errors. */
	u8         dot3stats_carrier_sense_errors_high[0x20];
	/* Low 32 bits of dot3stats_carrier_sense_errors. */
	u8         dot3stats_carrier_sense_errors_low[0x20];
	/* High 32 bits of dot3stats_frame_too_longs. */
	u8         dot3stats_frame_too_longs_high[0x20];
	/* Low 32 bits of dot3stats_frame_too_longs. */
	u8         dot3stats_frame_too_longs_low[0x20];
	/* High 32 bits of dot3stats_internal_mac_receive_errors. */
	u8         dot3stats_internal_mac_receive_errors_high[0x20];
	/* Low 32 bits of dot3stats_internal_mac_receive_errors. */
	u8         dot3stats_internal_mac_receive_errors_low[0x20];
	/* High 32 bits of dot3stats_symbol_errors. */
	u8         dot3stats_symbol_errors_high[0x20];
	/* Low 32 bits of dot3stats_symbol_errors. */
	u8         dot3stats_symbol_errors_low[0x20];
	/* High 32 bits of dot3control_in_unknown_opcodes. */
	u8         dot3control_in_unknown_opcodes_high[0x20];
	/* Low 32 bits of dot3control_in_unknown_opcodes. */
	u8         dot3control_in_unknown_opcodes_low[0x20];
	/* High 32 bits of dot3in_pause_frames. */
	u8         dot3in_pause_frames_high[0x20];
	/* Low 32 bits of dot3in_pause_frames. */
	u8         dot3in_pause_frames_low[0x20];
	/* High 32 bits of dot3out_pause_frames. */
	u8         dot3out_pause_frames_high[0x20];
	/* Low 32 bits of dot3out_pause_frames. */
	u8         dot3out_pause_frames_low[0x20];
	u8         reserved_at_400[0x3c0];
};

static_assert(sizeof(struct mlx5ctl_ifc_eth_3635_cntrs_grp_data_layout_bits) == 0x7c0);

/* PPCNT Ethernet extended counters. */
struct mlx5ctl_ifc_eth_extended_cntrs_grp_data_layout_bits {
	/* High 32 bits of port_transmit_wait. */
	u8         port_transmit_wait_high[0x20];
	/* Low 32 bits of port_transmit_wait. */
	u8         port_transmit_wait_low[0x20];
	u8         reserved_at_40[0x100];
	/* High 32 bits of rx_buffer_almost_full. */
	u8         rx_buffer_almost_full_high[0x20];
	/* Low 32 bits of rx_buffer_almost_full. */
	u8         rx_buffer_almost_full_low[0x20];
	/* High 32 bits of rx_buffer_full. */
	u8         rx_buffer_full_high[0x20];
	/* Low 32 bits of rx_buffer_full. */
	u8         rx_buffer_full_low[0x20];
	/* High 32 bits of rx_icrc_encapsulated. */
	u8         rx_icrc_encapsulated_high[0x20];
	/* Low 32 bits of rx_icrc_encapsulated. */
	u8         rx_icrc_encapsulated_low[0x20];
	u8         reserved_at_200[0x5c0];
};

static_assert(sizeof(struct mlx5ctl_ifc_eth_extended_cntrs_grp_data_layout_bits) == 0x7c0);

/* PPCNT per-priority counters. */
struct mlx5ctl_ifc_eth_per_prio_grp_data_layout_bits {
	/* High 32 bits of rx_octets. */
	u8         rx_octets_high[0x20];
	/* Low 32 bits of rx_octets. */
	u8         rx_octets_low[0x20];
	u8         reserved_at_40[0xc0];
	/* High 32 bits of rx_frames. */
	u8         rx_frames_high[0x20];
	/* Low 32 bits of rx_frames. */
	u8         rx_frames_low[0x20];
	/* High 32 bits of tx_octets. */
	u8         tx_octets_high[0x20];
	/* Low 32 bits of tx_octets. */
	u8         tx_octets_low[0x20];
	u8         reserved_at_180[0xc0];
	/* High 32 bits of tx_frames. */
	u8         tx_frames_high[0x20];
	/* Low 32 bits of tx_frames. */
	u8         tx_frames_low[0x20];
	/* High 32 bits of rx_pause. */
	u8         rx_pause_high[0x20];
	/* Low 32 bits of rx_pause. */
	u8         rx_pause_low[0x20];
	/* High 32 bits of rx_pause_duration. */
	u8         rx_pause_duration_high[0x20];
	/* Low 32 bits of rx_pause_duration. */
	u8         rx_pause_duration_low[0x20];
	/* High 32 bits of tx_pause. */
	u8         tx_pause_high[0x20];
	/* Low 32 bits of tx_pause. */
	u8         tx_pause_low[0x20];
	/* High 32 bits of tx_pause_duration. */
	u8         tx_pause_duration_high[0x20];
	/* Low 32 bits of tx_pause_duration. */
	u8         tx_pause_duration_low[0x20];
	/* High 32 bits of rx_pause_transition. */
	u8         rx_pause_transition_high[0x20];
	/* Low 32 bits of rx_pause_transition. */
	u8         rx_pause_transition_low[0x20];
	/* High 32 bits of rx_discards. */
	u8         rx_discards_high[0x20];
	/* Low 32 bits of rx_discards. */
	u8         rx_discards_low[0x20];
	/* High 32 bits of device_stall_minor_watermark_cnt. */
	u8         device_stall_minor_watermark_cnt_high[0x20];
	/* Low 32 bits of device_stall_minor_watermark_cnt. */
	u8         device_stall_minor_watermark_cnt_low[0x20];
	/* High 32 bits of device_stall_critical_watermark_cnt. */
	u8         device_stall_critical_watermark_cnt_high[0x20];
	/* Low 32 bits of device_stall_critical_watermark_cnt. */
	u8         device_stall_critical_watermark_cnt_low[0x20];
	u8         reserved_at_480[0x340];
};

static_assert(sizeof(struct mlx5ctl_ifc_eth_per_prio_grp_data_layout_bits) == 0x7c0);

/* PPCNT counter set: one layout per counter group. */
union mlx5ctl_ifc_eth_cntrs_grp_data_layout_auto_bits {
	struct mlx5ctl_ifc_eth_802_3_cntrs_grp_data_layout_bits eth_802_3_cntrs_grp_data_layout;
	struct mlx5ctl_ifc_eth_2863_cntrs_grp_data_layout_bits eth_2863_cntrs_grp_data_layout;
	struct mlx5ctl_ifc_eth_2819_cntrs_grp_data_layout_bits eth_2819_cntrs_grp_data_layout;
	struct mlx5ctl_ifc_eth_3635_cntrs_grp_data_layout_bits eth_3635_cntrs_grp_data_layout;
	struct mlx5ctl_ifc_eth_extended_cntrs_grp_data_layout_bits eth_extended_cntrs_grp_data_layout;
	struct mlx5ctl_ifc_eth_per_prio_grp_data_layout_bits eth_per_prio_grp_data_layout;
};

static_assert(sizeof(union mlx5ctl_ifc_eth_cntrs_grp_data_layout_auto_bits) == 0x7c0);

/* PPCNT: port performance counters of one counter group. */
struct mlx5ctl_ifc_ppcnt_reg_bits {
	u8         swid[0x8];
	/* Port the access applies to. */
	u8         local_port[0x8];
	u8         pnat[0x2];
	u8         reserved_at_12[0x8];
	/* Counter group to read. */
	u8         grp[0x6];
	/* Clear the counters after reading them. */
	u8         clr[0x1];
	u8         reserved_at_21[0x1c];
	/* Priority or traffic class, for per-priority groups. */
	u8         prio_tc[0x3];
	/* The counters of the group; the layout depends on grp. */
	union mlx5ctl_ifc_eth_cntrs_grp_data_layout_auto_bits counter_set;
};

static_assert(sizeof(struct mlx5ctl_ifc_ppcnt_reg_bits) == 0x800);

/* MCIA: read or write the EEPROM of a cable or module. */
struct mlx5ctl_ifc_mcia_reg_bits {
	/* Lock the module for the access. */
	u8         l[0x1];
	u8         reserved_at_1[0x7];
	/* Module index. */
	u8         module[0x8];
	u8         reserved_at_10[0x8];
	/* Module access status. */
	u8         status[0x8];
	/* I2C address of the module memory. */
	u8         i2c_device_address[0x8];
	/* Memory page. */
	u8         page_number[0x8];
	/* Byte offset within the page. */
	u8         device_address[0x10];
	u8         reserved_at_40[0x10];
	/* Number of bytes to access (at most 48). */
	u8         size[0x10];
	u8         reserved_at_60[0x20];
	/* The bytes read or to write. */
	u8         dwords[32][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mcia_reg_bits) == 0x480);

/* MTMP: temperature of one sensor, its maximum and thresholds. */
struct mlx5ctl_ifc_mtmp_reg_bits {
	u8         reserved_at_0[0x14];
	/* Sensor to read: 0 is the ASIC. */
	u8         sensor_index[0xc];
	u8         reserved_at_20[0x10];
	/* Current temperature in 0.125 C units. */
	u8         temperature[0x10];
	/* Enable max temperature recording. */
	u8         mte[0x1];
	/* Reset the recorded max temperature. */
	u8         mtr[0x1];
	u8         reserved_at_42[0xe];
	/* Highest temperature recorded, 0.125 C units. */
	u8         max_temperature[0x10];
	/* Temperature event enable. */
	u8         tee[0x2];
	u8         reserved_at_62[0xe];
	/* High threshold, 0.125 C units. */
	u8         temp_threshold_hi[0x10];
	u8         reserved_at_80[0x10];
	/* Low threshold, 0.125 C units. */
	u8         temp_threshold_lo[0x10];
	u8         reserved_at_a0[0x20];
	/* Sensor name, ASCII, first 4 bytes. */
	u8         sensor_name_hi[0x20];
	/* Sensor name, ASCII, last 4 bytes. */
	u8         sensor_name_lo[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mtmp_reg_bits) == 0x100);

/* MGIR hardware information. */
struct mlx5ctl_ifc_mgir_hardware_info_bits {
	/* Hardware revision of the device. */
	u8         device_hw_revision[0x10];
	/* PCI device id. */
	u8         device_id[0x10];
	u8         reserved_at_20[0x1];
	u8         ib_mad_gen[0x3];
	u8         reserved_at_24[0x4];
	/* Number of physical ports. */
	u8         num_ports[0x8];
	/* Process technology. */
	u8         technology[0x5];
	u8         reserved_at_35[0x6];
	/* Nominal core voltage in 50 mV units. */
	u8         pvs[0x5];
	u8         reserved_at_40[0x10];
	/* PCI device id in recovery (livefish) mode. */
	u8         hw_dev_id[0x10];
	u8         reserved_at_60[0x1];
	u8         development[0x1];
	u8         reserved_at_62[0x1e];
	u8         reserved_at_80[0x4];
	u8         chip_type[0x4];
	u8         reserved_at_88[0x2];
	u8         ga[0x6];
	/* High 16 bits of the base MAC address assigned at manufacturing. */
	u8         manufacturing_base_mac_47_32[0x10];
	/* Low 32 bits of the base MAC address assigned at manufacturing. */
	u8         manufacturing_base_mac_31_0[0x20];
	u8         reserved_at_c0[0x20];
	/* Seconds since the last reset. */
	u8         uptime[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mgir_hardware_info_bits) == 0x100);

/* MGIR firmware information. */
struct mlx5ctl_ifc_mgir_fw_info_bits {
	u8         reserved_at_0[0x1];
	u8         dev_sc[0x1];
	u8         reserved_at_2[0x1];
	u8         string_tlv[0x1];
	u8         dev[0x1];
	/* A debug firmware is running. */
	u8         debug[0x1];
	/* The firmware binaries are signed. */
	u8         signed_fw[0x1];
	/* The firmware supports secure updates. */
	u8         secured[0x1];
	/* Major version (deprecated: see extended_major). */
	u8         major[0x8];
	/* Minor version (deprecated). */
	u8         minor[0x8];
	/* Sub-minor version (deprecated). */
	u8         sub_minor[0x8];
	/* Firmware build id. */
	u8         build_id[0x20];
	/* Build date: month, BCD. */
	u8         month[0x8];
	/* Build date: day, BCD. */
	u8         day[0x8];
	/* Build date: year, BCD. */
	u8         year[0x10];
	u8         reserved_at_60[0x10];
	/* Build time hhmm, BCD. */
	u8         hour[0x10];
	/* PSID of the firmware image, ASCII. */
	u8         psid[16][0x8];
	/* Version of the INI configuration. */
	u8         ini_file_version[0x20];
	/* Major firmware version. */
	u8         extended_major[0x20];
	/* Minor firmware version. */
	u8         extended_minor[0x20];
	/* Sub-minor firmware version. */
	u8         extended_sub_minor[0x20];
	u8         disabled_tiles_bitmap[0x10];
	u8         isfu_major[0x10];
	u8         reserved_at_1a0[0x11];
	u8         pds[0x1];
	u8         issu_able[0x1];
	u8         reserved_at_1b3[0x6];
	u8         life_cycle_msb[0x3];
	/* Encryption is enabled. */
	u8         encryption[0x1];
	/* Secure boot is enabled. */
	u8         sec_boot[0x1];
	/* Security life cycle of the device. */
	u8         life_cycle[0x2];
	u8         reserved_at_1c0[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_mgir_fw_info_bits) == 0x200);

/* MGIR software information: driver version and expansion ROMs. */
struct mlx5ctl_ifc_mgir_sw_info_bits {
	u8         reserved_at_0[0x8];
	/* Major driver version. */
	u8         major[0x8];
	/* Minor driver version. */
	u8         minor[0x8];
	/* Sub-minor driver version. */
	u8         sub_minor[0x8];
	u8         rom0_arch[0x4];
	/* Type of expansion ROM 0 (none, FlexBoot, UEFI, ...). */
	u8         rom0_type[0x4];
	u8         rom1_arch[0x4];
	u8         rom1_type[0x4];
	u8         rom2_arch[0x4];
	u8         rom2_type[0x4];
	u8         rom3_arch[0x4];
	u8         rom3_type[0x4];
	/* Version of ROM 0. */
	u8         rom0_version[0x20];
	u8         rom1_version[0x20];
	u8         rom2_version[0x20];
	u8         rom3_version[0x20];
	u8         reserved_at_c0[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_mgir_sw_info_bits) == 0x100);

/* MGIR: general information about the device, its firmware and its software. */
struct mlx5ctl_ifc_mgir_reg_bits {
	/* Hardware information. */
	struct mlx5ctl_ifc_mgir_hardware_info_bits hardware_info;
	/* Running firmware information. */
	struct mlx5ctl_ifc_mgir_fw_info_bits fw_info;
	/* Oldest driver version compatible with the firmware. */
	struct mlx5ctl_ifc_mgir_sw_info_bits sw_info;
	/* Development branch tag, ASCII. */
	u8         dev_branch_tag[28][0x8];
	u8         reserved_at_4e0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mgir_reg_bits) == 0x500);

/*
 * RESOURCE_DUMP: one step of a dump of device resources, inline or into memory.
 */
struct mlx5ctl_ifc_resource_dump_bits {
	/*
	 * Set by the device: more data follows; repeat with the returned
	 * seq_num.
	 */
	u8         more_dump[0x1];
	/*
	 * 1: the data returns in inline_data; 0: the device writes it at
	 * address through mkey.
	 */
	u8         inline_dump[0x1];
	u8         reserved_at_2[0xa];
	/* Sequence number of this step. */
	u8         seq_num[0x4];
	/* Resource to dump (a menu entry). */
	u8         segment_type[0x10];
	u8         reserved_at_20[0x10];
	/* Function whose resources are dumped. */
	u8         vhca_id[0x10];
	/* First index of the object. */
	u8         index1[0x20];
	/* Second index of the object. */
	u8         index2[0x20];
	/* Number of objects from index1. */
	u8         num_of_obj1[0x10];
	/* Number of objects from index2. */
	u8         num_of_obj2[0x10];
	u8         reserved_at_a0[0x20];
	/* Device state between steps; echo it back. */
	u8         device_opaque[0x40];
	/* Memory key of the buffer the dump goes to (inline_dump 0). */
	u8         mkey[0x20];
	/* Size of that buffer in bytes. */
	u8         size[0x20];
	/* Address of that buffer within mkey. */
	u8         address[0x40];
	/* The dumped data, inline. */
	u8         inline_data[52][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_resource_dump_bits) == 0x800);

/* Input of QUERY_ADAPTER. */
struct mlx5ctl_ifc_query_adapter_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_adapter_in_bits) == 0x80);

/* Adapter parameters: vendor ids, vendor-specific data and PSID. */
struct mlx5ctl_ifc_query_adapter_param_block_bits {
	u8         reserved_at_0[0xc0];
	u8         reserved_at_c0[0x8];
	/* IEEE OUI of the adapter vendor. */
	u8         ieee_vendor_id[0x18];
	u8         reserved_at_e0[0x10];
	/* PCI vendor id that defines the format of vsd. */
	u8         vsd_vendor_id[0x10];
	/* Vendor-specific data (208 bytes). */
	u8         vsd[208][0x8];
	/* PSID: the parameter-set id of the firmware image (16 ASCII bytes). */
	u8         vsd_contd_psid[16][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_adapter_param_block_bits) == 0x800);

/* Output of QUERY_ADAPTER. */
struct mlx5ctl_ifc_query_adapter_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	/* The adapter parameters. */
	struct mlx5ctl_ifc_query_adapter_param_block_bits query_adapter_struct;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_adapter_out_bits) == 0x880);

/* Input of QUERY_ISSI. */
struct mlx5ctl_ifc_query_issi_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_issi_in_bits) == 0x80);

/* Output of QUERY_ISSI. */
struct mlx5ctl_ifc_query_issi_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x10];
	/* The interface step sequence id in use. */
	u8         current_issi[0x10];
	u8         reserved_at_60[0xa0];
	u8         reserved_at_100[0x260];
	/*
	 * Bit mask of supported ISSI values: bit n set means ISSI n is
	 * supported.
	 */
	u8         supported_issi_dw0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_issi_out_bits) == 0x380);

/* Generic command input header: what every command input begins with. */
struct mlx5ctl_ifc_mbox_in_bits {
	/* The command to run. */
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	/* Opcode modifier: its meaning depends on the command. */
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_mbox_in_bits) == 0x80);

/* Generic command output header: what every command output begins with. */
struct mlx5ctl_ifc_mbox_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_mbox_out_bits) == 0x80);

/* Input of NOP. */
struct mlx5ctl_ifc_nop_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	/* Unused by NOP. */
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_nop_in_bits) == 0x80);

/* Output of NOP. */
struct mlx5ctl_ifc_nop_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_nop_out_bits) == 0x80);

/* A packet count and a byte count. */
struct mlx5ctl_ifc_traffic_counter_bits {
	/* Number of packets. */
	u8         packets[0x40];
	/* Number of bytes. */
	u8         octets[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_traffic_counter_bits) == 0x80);

/* Input of QUERY_VPORT_COUNTER. */
struct mlx5ctl_ifc_query_vport_counter_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	/*
	 * Query the vport named by vport_number instead of this function's own.
	 */
	u8         other_vport[0x1];
	u8         reserved_at_41[0xb];
	/* Physical port, on devices with more than one. */
	u8         port_num[0x4];
	/* Vport to query when other_vport is set. */
	u8         vport_number[0x10];
	u8         reserved_at_60[0x60];
	/* Clear the counters after reading them. */
	u8         clear[0x1];
	u8         reserved_at_c1[0x1f];
	u8         reserved_at_e0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_vport_counter_in_bits) == 0x100);

/* Output of QUERY_VPORT_COUNTER: traffic counters of a vport by kind. */
struct mlx5ctl_ifc_query_vport_counter_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	/* Received packets dropped for errors. */
	struct mlx5ctl_ifc_traffic_counter_bits received_errors;
	/* Transmit errors. */
	struct mlx5ctl_ifc_traffic_counter_bits transmit_errors;
	struct mlx5ctl_ifc_traffic_counter_bits received_ib_unicast;
	struct mlx5ctl_ifc_traffic_counter_bits transmitted_ib_unicast;
	struct mlx5ctl_ifc_traffic_counter_bits received_ib_multicast;
	struct mlx5ctl_ifc_traffic_counter_bits transmitted_ib_multicast;
	struct mlx5ctl_ifc_traffic_counter_bits received_eth_broadcast;
	struct mlx5ctl_ifc_traffic_counter_bits transmitted_eth_broadcast;
	struct mlx5ctl_ifc_traffic_counter_bits received_eth_unicast;
	struct mlx5ctl_ifc_traffic_counter_bits transmitted_eth_unicast;
	struct mlx5ctl_ifc_traffic_counter_bits received_eth_multicast;
	struct mlx5ctl_ifc_traffic_counter_bits transmitted_eth_multicast;
	u8         reserved_at_680[0xa00];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_vport_counter_out_bits) == 0x1080);

/* Input of QUERY_Q_COUNTER. */
struct mlx5ctl_ifc_query_q_counter_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x80];
	/* Clear the counters after reading them. */
	u8         clear[0x1];
	u8         reserved_at_c1[0x1f];
	u8         reserved_at_e0[0x18];
	/* The Q counter set to read. */
	u8         counter_set_id[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_q_counter_in_bits) == 0x100);

/* Output of QUERY_Q_COUNTER: the counters of one queue counter set. */
struct mlx5ctl_ifc_query_q_counter_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	u8         rx_write_requests[0x20];
	u8         reserved_at_a0[0x20];
	u8         rx_read_requests[0x20];
	u8         reserved_at_e0[0x20];
	u8         rx_atomic_requests[0x20];
	u8         reserved_at_120[0x20];
	u8         rx_dct_connect[0x20];
	u8         reserved_at_160[0x20];
	/* Packets dropped because no receive WQE was posted. */
	u8         out_of_buffer[0x20];
	u8         reserved_at_1a0[0x20];
	/* Packets received out of sequence. */
	u8         out_of_sequence[0x20];
	u8         reserved_at_1e0[0x20];
	/* Duplicate requests received. */
	u8         duplicate_request[0x20];
	u8         reserved_at_220[0x20];
	/* Receiver-not-ready NAK retries exceeded. */
	u8         rnr_nak_retry_err[0x20];
	u8         reserved_at_260[0x20];
	/* NAKs for packet sequence errors received. */
	u8         packet_seq_err[0x20];
	u8         reserved_at_2a0[0x20];
	u8         implied_nak_seq_err[0x20];
	u8         reserved_at_2e0[0x20];
	/* Local ACK timeouts. */
	u8         local_ack_timeout_err[0x20];
	u8         reserved_at_320[0xa0];
	u8         resp_local_length_error[0x20];
	u8         req_local_length_error[0x20];
	u8         resp_local_qp_error[0x20];
	u8         local_operation_error[0x20];
	u8         resp_local_protection[0x20];
	u8         req_local_protection[0x20];
	u8         resp_cqe_error[0x20];
	u8         req_cqe_error[0x20];
	u8         req_mw_binding[0x20];
	u8         req_bad_response[0x20];
	u8         req_remote_invalid_request[0x20];
	u8         resp_remote_invalid_request[0x20];
	u8         req_remote_access_errors[0x20];
	u8         resp_remote_access_errors[0x20];
	u8         req_remote_operation_errors[0x20];
	u8         req_transport_retries_exceeded[0x20];
	u8         cq_overflow[0x20];
	u8         resp_cqe_flush_error[0x20];
	u8         req_cqe_flush_error[0x20];
	u8         reserved_at_620[0x20];
	u8         roce_adp_retrans[0x20];
	u8         roce_adp_retrans_to[0x20];
	u8         roce_slow_restart[0x20];
	u8         roce_slow_restart_cnps[0x20];
	u8         roce_slow_restart_trans[0x20];
	u8         reserved_at_6e0[0x120];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_q_counter_out_bits) == 0x800);

/* A diagnostic counter id. */
struct mlx5ctl_ifc_counter_id_bits {
	u8         reserved_at_0[0x10];
	/* Id of a diagnostic counter. */
	u8         counter_id[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_counter_id_bits) == 0x20);

/* Diagnostic sampling parameters and the counters sampled. */
struct mlx5ctl_ifc_diagnostic_params_context_bits {
	/* Number of counter ids that follow. */
	u8         num_of_counters[0x10];
	u8         reserved_at_10[0x8];
	/* Log2 of the number of samples the device buffers. */
	u8         log_num_of_samples[0x8];
	/* Sample once, then stop. */
	u8         single[0x1];
	/* Sample repeatedly, overwriting the buffer. */
	u8         repetitive[0x1];
	/* Sample all counters at the same time. */
	u8         sync[0x1];
	/* Clear the sample buffer. */
	u8         clear[0x1];
	/* Sample when queried rather than periodically. */
	u8         on_demand[0x1];
	/* Sampling is enabled. */
	u8         enable[0x1];
	u8         reserved_at_26[0x12];
	/* Log2 of the sampling period in device clocks. */
	u8         log_sample_period[0x8];
	u8         reserved_at_40[0x80];
	/* The counters to sample. */
	struct mlx5ctl_ifc_counter_id_bits counter_id[0];
};

static_assert(sizeof(struct mlx5ctl_ifc_diagnostic_params_context_bits) == 0xc0);

/* Input of QUERY_DIAGNOSTIC_PARAMS. */
struct mlx5ctl_ifc_query_diagnostic_params_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_diagnostic_params_in_bits) == 0x80);

/* Output of QUERY_DIAGNOSTIC_PARAMS. */
struct mlx5ctl_ifc_query_diagnostic_params_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	/* The sampling parameters in effect. */
	struct mlx5ctl_ifc_diagnostic_params_context_bits diagnostic_params_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_diagnostic_params_out_bits) == 0x100);

/* Input of SET_DIAGNOSTIC_PARAMS. */
struct mlx5ctl_ifc_set_diagnostic_params_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	/* The sampling parameters to apply. */
	struct mlx5ctl_ifc_diagnostic_params_context_bits diagnostic_params_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_set_diagnostic_params_in_bits) == 0x100);

/* Output of SET_DIAGNOSTIC_PARAMS. */
struct mlx5ctl_ifc_set_diagnostic_params_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_diagnostic_params_out_bits) == 0x80);

/* One sample of one diagnostic counter. */
struct mlx5ctl_ifc_diagnostic_cntr_struct_bits {
	/* Counter sampled. */
	u8         counter_id[0x10];
	/* Sequence number of the sample. */
	u8         sample_id[0x10];
	/* Low 32 bits of the device clock at the sample. */
	u8         time_stamp_31_0[0x20];
	/* High 32 bits of the counter value. */
	u8         counter_value_h[0x20];
	/* Low 32 bits of the counter value. */
	u8         counter_value_l[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_diagnostic_cntr_struct_bits) == 0x80);

/* Input of QUERY_DIAGNOSTIC_COUNTERS. */
struct mlx5ctl_ifc_query_diagnostic_cntrs_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	/* Number of samples to return. */
	u8         num_of_samples[0x10];
	/* Index of the first sample. */
	u8         sample_index[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_diagnostic_cntrs_in_bits) == 0x80);

/* Output of QUERY_DIAGNOSTIC_COUNTERS. */
struct mlx5ctl_ifc_query_diagnostic_cntrs_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	/* The samples. */
	struct mlx5ctl_ifc_diagnostic_cntr_struct_bits diag_counter[0];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_diagnostic_cntrs_out_bits) == 0x80);

/* The op_mod of QUERY_HCA_CAP: cap_type << 1 | cur. */
struct mlx5ctl_ifc_query_hca_cap_op_mod_bits {
	/* Capability type to read (hca_cap_type). */
	u8         cap_type[0xf];
	/*
	 * 1: the current values; 0: the device maximums. Not named current: the
	 * kernel defines that.
	 */
	u8         cur[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_hca_cap_op_mod_bits) == 0x10);

/* Input of QUERY_HCA_CAP. */
struct mlx5ctl_ifc_query_hca_cap_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	/* cap_type << 1 | cur (query_hca_cap_op_mod). */
	u8         op_mod[0x10];
	/* Query the function named by function_id instead of this one. */
	u8         other_function[0x1];
	u8         reserved_at_41[0xf];
	/* Function to query when other_function is set. */
	u8         function_id[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_hca_cap_in_bits) == 0x80);

/* General device capabilities (cap type general). */
struct mlx5ctl_ifc_cmd_hca_cap_bits {
	u8         reserved_at_0[0x10];
	u8         shared_object_to_user_object_allowed[0x1];
	u8         reserved_at_11[0xe];
	u8         vhca_resource_manager[0x1];
	/* Capability type general_2 is supported. */
	u8         hca_cap_2[0x1];
	u8         create_lag_when_not_master_up[0x1];
	u8         dtor[0x1];
	u8         event_on_vhca_state_teardown_request[0x1];
	u8         event_on_vhca_state_in_use[0x1];
	u8         event_on_vhca_state_active[0x1];
	u8         event_on_vhca_state_allocated[0x1];
	u8         event_on_vhca_state_invalid[0x1];
	u8         reserved_at_28[0x8];
	/* Virtual HCA id of this function. */
	u8         vhca_id[0x10];
	u8         reserved_at_40[0x40];
	u8         log_max_srq_sz[0x8];
	/* Log2 of the maximum number of WQEs in a queue pair. */
	u8         log_max_qp_sz[0x8];
	u8         event_cap[0x1];
	u8         reserved_at_91[0x2];
	u8         isolate_vl_tc_new[0x1];
	u8         reserved_at_94[0x4];
	u8         prio_tag_required[0x1];
	u8         reserved_at_99[0x2];
	/* Log2 of the maximum number of queue pairs. */
	u8         log_max_qp[0x5];
	u8         reserved_at_a0[0x3];
	u8         ece_support[0x1];
	u8         reserved_at_a4[0x5];
	u8         reg_c_preserve[0x1];
	u8         reserved_at_aa[0x1];
	/* Log2 of the maximum number of shared receive queues. */
	u8         log_max_srq[0x5];
	u8         reserved_at_b0[0x1];
	u8         uplink_follow[0x1];
	u8         ts_cqe_to_dest_cqn[0x1];
	u8         reserved_at_b3[0x7];
	u8         shampo[0x1];
	u8         reserved_at_bb[0x5];
	u8         max_sgl_for_optimized_performance[0x8];
	/* Log2 of the maximum number of CQEs in a completion queue. */
	u8         log_max_cq_sz[0x8];
	u8         relaxed_ordering_write_umr[0x1];
	u8         relaxed_ordering_read_umr[0x1];
	u8         reserved_at_d2[0x7];
	u8         virtio_net_device_emualtion_manager[0x1];
	u8         virtio_blk_device_emualtion_manager[0x1];
	/* Log2 of the maximum number of completion queues. */
	u8         log_max_cq[0x5];
	/* Log2 of the maximum number of EQEs in an event queue. */
	u8         log_max_eq_sz[0x8];
	u8         relaxed_ordering_write[0x1];
	u8         relaxed_ordering_read[0x1];
	/* Log2 of the maximum number of memory keys. */
	u8         log_max_mkey[0x6];
	u8         reserved_at_f0[0x8];
	u8         dump_fill_mkey[0x1];
	u8         reserved_at_f9[0x2];
	u8         fast_teardown[0x1];
	/* Log2 of the maximum number of event queues. */
	u8         log_max_eq[0x4];
	u8         max_indirection[0x8];
	u8         fixed_buffer_size[0x1];
	u8         log_max_mrw_sz[0x7];
	u8         force_teardown[0x1];
	u8         reserved_at_111[0x1];
	u8         log_max_bsf_list_size[0x6];
	u8         umr_extended_translation_offset[0x1];
	u8         null_mkey[0x1];
	u8         log_max_klm_list_size[0x6];
	u8         reserved_at_120[0xa];
	u8         log_max_ra_req_dc[0x6];
	u8         reserved_at_130[0x2];
	u8         eth_wqe_too_small[0x1];
	u8         reserved_at_133[0x6];
	u8         vnic_env_cq_overrun[0x1];
	u8         log_max_ra_res_dc[0x6];
	u8         reserved_at_140[0x5];
	u8         release_all_pages[0x1];
	u8         must_not_use[0x1];
	u8         reserved_at_147[0x2];
	u8         roce_accl[0x1];
	u8         log_max_ra_req_qp[0x6];
	u8         reserved_at_150[0xa];
	u8         log_max_ra_res_qp[0x6];
	u8         end_pad[0x1];
	u8         cc_query_allowed[0x1];
	u8         cc_modify_allowed[0x1];
	u8         start_pad[0x1];
	u8         cache_line_128byte[0x1];
	u8         reserved_at_165[0x4];
	u8         rts2rts_qp_counters_set_id[0x1];
	u8         reserved_at_16a[0x2];
	u8         vnic_env_int_rq_oob[0x1];
	u8         sbcam_reg[0x1];
	u8         reserved_at_16e[0x1];
	/* The QCAM register (QoS access register capabilities) is supported. */
	u8         qcam_reg[0x1];
	u8         gid_table_size[0x10];
	u8         out_of_seq_cnt[0x1];
	/* QUERY_VPORT_COUNTER is supported. */
	u8         vport_counters[0x1];
	u8         retransmission_q_counters[0x1];
	/*
	 * Debug capabilities (cap type debug) and diagnostic counters are
	 * supported.
	 */
	u8         debug[0x1];
	u8         modify_rq_counter_set_id[0x1];
	u8         rq_delay_drop[0x1];
	u8         max_qp_cnt[0xa];
	u8         pkey_table_size[0x10];
	u8         vport_group_manager[0x1];
	u8         vhca_group_manager[0x1];
	u8         ib_virt[0x1];
	u8         eth_virt[0x1];
	u8         vnic_env_queue_counters[0x1];
	u8         ets[0x1];
	u8         nic_flow_table[0x1];
	u8         eswitch_manager[0x1];
	u8         device_memory[0x1];
	/*
	 * The MCAM register (management access register capabilities) is
	 * supported.
	 */
	u8         mcam_reg[0x1];
	/*
	 * The PCAM register (port access register capabilities) is supported.
	 */
	u8         pcam_reg[0x1];
	u8         local_ca_ack_delay[0x5];
	u8         port_module_event[0x1];
	u8         enhanced_error_q_counters[0x1];
	u8         ports_check[0x1];
	u8         reserved_at_1b3[0x1];
	u8         disable_link_up[0x1];
	u8         beacon_led[0x1];
	/* Port type: 0 InfiniBand, 1 Ethernet. */
	u8         port_type[0x2];
	/* Number of physical ports. */
	u8         num_ports[0x8];
	u8         reserved_at_1c0[0x1];
	u8         pps[0x1];
	u8         pps_modify[0x1];
	/* Log2 of the maximum message size in bytes. */
	u8         log_max_msg[0x5];
	u8         reserved_at_1c8[0x4];
	/* Maximum number of traffic classes. */
	u8         max_tc[0x4];
	u8         temp_warn_event[0x1];
	u8         dcbx[0x1];
	u8         general_notification_event[0x1];
	u8         reserved_at_1d3[0x2];
	u8         fpga[0x1];
	u8         rol_s[0x1];
	u8         rol_g[0x1];
	u8         reserved_at_1d8[0x1];
	u8         wol_s[0x1];
	u8         wol_g[0x1];
	u8         wol_a[0x1];
	u8         wol_b[0x1];
	u8         wol_m[0x1];
	u8         wol_u[0x1];
	u8         wol_p[0x1];
	u8         stat_rate_support[0x10];
	u8         reserved_at_1f0[0x1];
	u8         pci_sync_for_fw_update_event[0x1];
	u8         reserved_at_1f2[0x6];
	u8         init2_lag_tx_port_affinity[0x1];
	u8         reserved_at_1f9[0x3];
	u8         cqe_version[0x4];
	u8         compact_address_vector[0x1];
	u8         striding_rq[0x1];
	u8         reserved_at_202[0x1];
	u8         ipoib_enhanced_offloads[0x1];
	u8         ipoib_basic_offloads[0x1];
	u8         reserved_at_205[0x1];
	u8         repeated_block_disabled[0x1];
	u8         umr_modify_entity_size_disabled[0x1];
	u8         umr_modify_atomic_disabled[0x1];
	u8         umr_indirect_mkey_disabled[0x1];
	u8         umr_fence[0x2];
	u8         dc_req_scat_data_cqe[0x1];
	u8         reserved_at_20d[0x2];
	u8         drain_sigerr[0x1];
	/* Command interface checksum support. */
	u8         cmdif_checksum[0x2];
	u8         sigerr_cqe[0x1];
	u8         reserved_at_213[0x1];
	u8         wq_signature[0x1];
	u8         sctr_data_cqe[0x1];
	u8         reserved_at_216[0x1];
	u8         sho[0x1];
	u8         tph[0x1];
	u8         rf[0x1];
	u8         dct[0x1];
	/* Capability type qos is supported. */
	u8         qos[0x1];
	/* Capability type ethernet_offloads is supported. */
	u8         eth_net_offloads[0x1];
	/* RoCE and capability type roce are supported. */
	u8         roce[0x1];
	u8         atomic[0x1];
	u8         reserved_at_21f[0x1];
	u8         cq_oi[0x1];
	u8         cq_resize[0x1];
	u8         cq_moderation[0x1];
	u8         reserved_at_223[0x3];
	u8         cq_eq_remap[0x1];
	u8         pg[0x1];
	u8         block_lb_mc[0x1];
	u8         reserved_at_229[0x1];
	u8         scqe_break_moderation[0x1];
	u8         cq_period_start_from_cqe[0x1];
	u8         cd[0x1];
	u8         reserved_at_22d[0x1];
	u8         apm[0x1];
	u8         vector_calc[0x1];
	u8         umr_ptr_rlky[0x1];
	u8         imaicl[0x1];
	u8         qp_packet_based[0x1];
	u8         reserved_at_233[0x3];
	u8         qkv[0x1];
	u8         pkv[0x1];
	u8         set_deth_sqpn[0x1];
	u8         reserved_at_239[0x3];
	u8         xrc[0x1];
	u8         ud[0x1];
	u8         uc[0x1];
	u8         rc[0x1];
	u8         uar_4k[0x1];
	u8         reserved_at_241[0x7];
	u8         fl_rc_qp_when_roce_disabled[0x1];
	u8         regexp_params[0x1];
	u8         uar_sz[0x6];
	u8         port_selection_cap[0x1];
	u8         reserved_at_251[0x1];
	/* User memory may be created with uid 0 (by the kernel). */
	u8         umem_uid_0[0x1];
	u8         reserved_at_253[0x5];
	/* Log2 of the system page size the device uses. */
	u8         log_pg_sz[0x8];
	u8         bf[0x1];
	u8         driver_version[0x1];
	u8         pad_tx_eth_packet[0x1];
	u8         reserved_at_263[0x3];
	u8         mkey_by_name[0x1];
	u8         reserved_at_267[0x4];
	u8         log_bf_reg_size[0x5];
	u8         reserved_at_270[0x6];
	u8         lag_dct[0x2];
	u8         lag_tx_port_affinity[0x1];
	u8         lag_native_fdb_selection[0x1];
	u8         reserved_at_27a[0x1];
	u8         lag_master[0x1];
	u8         num_lag_ports[0x4];
	u8         reserved_at_280[0x10];
	u8         max_wqe_sz_sq[0x10];
	u8         reserved_at_2a0[0x10];
	u8         max_wqe_sz_rq[0x10];
	u8         max_flow_counter_31_16[0x10];
	u8         max_wqe_sz_sq_dc[0x10];
	u8         reserved_at_2e0[0x7];
	u8         max_qp_mcg[0x19];
	u8         reserved_at_300[0x10];
	u8         flow_counter_bulk_alloc[0x8];
	u8         log_max_mcg[0x8];
	u8         reserved_at_320[0x3];
	u8         log_max_transport_domain[0x5];
	u8         reserved_at_328[0x3];
	/* Log2 of the maximum number of protection domains. */
	u8         log_max_pd[0x5];
	u8         reserved_at_330[0xb];
	u8         log_max_xrcd[0x5];
	u8         nic_receive_steering_discard[0x1];
	u8         receive_discard_vport_down[0x1];
	u8         transmit_discard_vport_down[0x1];
	u8         eq_overrun_count[0x1];
	u8         reserved_at_344[0x1];
	u8         invalid_command_count[0x1];
	u8         quota_exceeded_count[0x1];
	u8         reserved_at_347[0x1];
	u8         log_max_flow_counter_bulk[0x8];
	u8         max_flow_counter_15_0[0x10];
	u8         reserved_at_360[0x3];
	u8         log_max_rq[0x5];
	u8         reserved_at_368[0x3];
	u8         log_max_sq[0x5];
	u8         reserved_at_370[0x3];
	u8         log_max_tir[0x5];
	u8         reserved_at_378[0x3];
	u8         log_max_tis[0x5];
	u8         basic_cyclic_rcv_wqe[0x1];
	u8         reserved_at_381[0x2];
	u8         log_max_rmp[0x5];
	u8         reserved_at_388[0x3];
	u8         log_max_rqt[0x5];
	u8         reserved_at_390[0x3];
	u8         log_max_rqt_size[0x5];
	u8         reserved_at_398[0x3];
	u8         log_max_tis_per_sq[0x5];
	u8         ext_stride_num_range[0x1];
	u8         roce_rw_supported[0x1];
	u8         log_max_current_uc_list_wr_supported[0x1];
	u8         log_max_stride_sz_rq[0x5];
	u8         reserved_at_3a8[0x3];
	u8         log_min_stride_sz_rq[0x5];
	u8         reserved_at_3b0[0x3];
	u8         log_max_stride_sz_sq[0x5];
	u8         reserved_at_3b8[0x3];
	u8         log_min_stride_sz_sq[0x5];
	u8         hairpin[0x1];
	u8         reserved_at_3c1[0x2];
	u8         log_max_hairpin_queues[0x5];
	u8         reserved_at_3c8[0x3];
	u8         log_max_hairpin_wq_data_sz[0x5];
	u8         reserved_at_3d0[0x3];
	u8         log_max_hairpin_num_packets[0x5];
	u8         reserved_at_3d8[0x3];
	u8         log_max_wq_sz[0x5];
	u8         nic_vport_change_event[0x1];
	u8         disable_local_lb_uc[0x1];
	u8         disable_local_lb_mc[0x1];
	u8         log_min_hairpin_wq_data_sz[0x5];
	u8         reserved_at_3e8[0x2];
	u8         vhca_state[0x1];
	u8         log_max_vlan_list[0x5];
	u8         reserved_at_3f0[0x3];
	u8         log_max_current_mc_list[0x5];
	u8         reserved_at_3f8[0x3];
	u8         log_max_current_uc_list[0x5];
	/* Bit mask of supported general object types. */
	u8         general_obj_types[0x40];
	u8         sq_ts_format[0x2];
	u8         rq_ts_format[0x2];
	u8         steering_format_version[0x4];
	u8         create_qp_start_hint[0x18];
	u8         reserved_at_460[0x1];
	u8         ats[0x1];
	u8         reserved_at_462[0x1];
	/* Log2 of the maximum number of firmware user contexts. */
	u8         log_max_uctx[0x5];
	u8         reserved_at_468[0x2];
	u8         ipsec_offload[0x1];
	/* Log2 of the maximum number of user memory objects. */
	u8         log_max_umem[0x5];
	/* Maximum number of event queues. */
	u8         max_num_eqs[0x10];
	u8         reserved_at_480[0x1];
	u8         tls_tx[0x1];
	u8         tls_rx[0x1];
	u8         log_max_l2_table[0x5];
	u8         reserved_at_488[0x8];
	u8         log_uar_page_sz[0x10];
	u8         reserved_at_4a0[0x20];
	/* Device core clock in MHz. */
	u8         device_frequency_mhz[0x20];
	/* Device core clock in kHz: the unit of diagnostic sample periods. */
	u8         device_frequency_khz[0x20];
	u8         reserved_at_500[0x20];
	/* Number of UARs in a system page. */
	u8         num_of_uars_per_page[0x20];
	u8         flex_parser_protocols[0x20];
	u8         max_geneve_tlv_options[0x8];
	u8         reserved_at_568[0x3];
	u8         max_geneve_tlv_option_data_len[0x5];
	u8         reserved_at_570[0x9];
	u8         adv_virtualization[0x1];
	u8         reserved_at_57a[0x6];
	u8         reserved_at_580[0xb];
	u8         log_max_dci_stream_channels[0x5];
	u8         reserved_at_590[0x3];
	u8         log_max_dci_errored_streams[0x5];
	u8         reserved_at_598[0x8];
	u8         reserved_at_5a0[0x10];
	u8         enhanced_cqe_compression[0x1];
	u8         reserved_at_5b1[0x2];
	u8         log_max_dek[0x5];
	u8         reserved_at_5b8[0x4];
	u8         mini_cqe_resp_stride_index[0x1];
	u8         cqe_128_always[0x1];
	u8         cqe_compression_128[0x1];
	u8         cqe_compression[0x1];
	u8         cqe_compression_timeout[0x10];
	u8         cqe_compression_max_num[0x10];
	u8         reserved_at_5e0[0x8];
	u8         flex_parser_id_gtpu_dw_0[0x4];
	u8         reserved_at_5ec[0x4];
	u8         tag_matching[0x1];
	u8         rndv_offload_rc[0x1];
	u8         rndv_offload_dc[0x1];
	u8         log_tag_matching_list_sz[0x5];
	u8         reserved_at_5f8[0x3];
	u8         log_max_xrq[0x5];
	u8         affiliate_nic_vport_criteria[0x8];
	u8         native_port_num[0x8];
	u8         num_vhca_ports[0x8];
	u8         flex_parser_id_gtpu_teid[0x4];
	u8         reserved_at_61c[0x2];
	/* Software owner ids are supported. */
	u8         sw_owner_id[0x1];
	u8         reserved_at_61f[0x1];
	u8         max_num_of_monitor_counters[0x10];
	u8         num_ppcnt_monitor_counters[0x10];
	u8         max_num_sf[0x10];
	u8         num_q_monitor_counters[0x10];
	u8         reserved_at_660[0x20];
	u8         sf[0x1];
	u8         sf_set_partition[0x1];
	u8         reserved_at_682[0x1];
	u8         log_max_sf[0x5];
	u8         apu[0x1];
	u8         reserved_at_689[0x4];
	u8         migration[0x1];
	u8         reserved_at_68e[0x2];
	u8         log_min_sf_size[0x8];
	u8         max_num_sf_partitions[0x8];
	/*
	 * Capabilities a firmware user context may be created with (uctx_cap
	 * flags).
	 */
	u8         uctx_cap[0x20];
	u8         reserved_at_6c0[0x4];
	u8         flex_parser_id_geneve_tlv_option_0[0x4];
	u8         flex_parser_id_icmp_dw1[0x4];
	u8         flex_parser_id_icmp_dw0[0x4];
	u8         flex_parser_id_icmpv6_dw1[0x4];
	u8         flex_parser_id_icmpv6_dw0[0x4];
	u8         flex_parser_id_outer_first_mpls_over_gre[0x4];
	u8         flex_parser_id_outer_first_mpls_over_udp_label[0x4];
	u8         max_num_match_definer[0x10];
	u8         sf_base_id[0x10];
	u8         flex_parser_id_gtpu_dw_2[0x4];
	u8         flex_parser_id_gtpu_first_ext_dw_0[0x4];
	u8         num_total_dynamic_vf_msix[0x18];
	u8         reserved_at_720[0x14];
	u8         dynamic_msix_table_size[0xc];
	u8         reserved_at_740[0xc];
	u8         min_dynamic_vf_msix_table_size[0x4];
	u8         reserved_at_750[0x4];
	u8         max_dynamic_vf_msix_table_size[0xc];
	u8         reserved_at_760[0x20];
	u8         vhca_tunnel_commands[0x40];
	u8         match_definer_format_supported[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_cmd_hca_cap_bits) == 0x800);

/* RoCE capabilities (cap type roce). */
struct mlx5ctl_ifc_roce_cap_bits {
	u8         roce_apm[0x1];
	u8         reserved_at_1[0x3];
	u8         sw_r_roce_src_udp_port[0x1];
	u8         fl_rc_qp_when_roce_disabled[0x1];
	u8         fl_rc_qp_when_roce_enabled[0x1];
	u8         reserved_at_7[0x17];
	u8         qp_ts_format[0x2];
	u8         reserved_at_20[0x60];
	u8         reserved_at_80[0xc];
	u8         l3_type[0x4];
	u8         reserved_at_90[0x8];
	/* Bit mask of supported RoCE versions. */
	u8         roce_version[0x8];
	u8         reserved_at_a0[0x10];
	/* UDP destination port of RoCE v2. */
	u8         r_roce_dest_udp_port[0x10];
	u8         r_roce_max_src_udp_port[0x10];
	u8         r_roce_min_src_udp_port[0x10];
	u8         reserved_at_e0[0x10];
	/* Number of entries in the RoCE address (GID) table. */
	u8         roce_address_table_size[0x10];
	u8         reserved_at_100[0x700];
};

static_assert(sizeof(struct mlx5ctl_ifc_roce_cap_bits) == 0x800);

/* Ethernet offload capabilities (cap type ethernet_offloads). */
struct mlx5ctl_ifc_per_protocol_networking_offload_caps_bits {
	/* Checksum offload. */
	u8         csum_cap[0x1];
	/* VLAN stripping and insertion. */
	u8         vlan_cap[0x1];
	/* Large receive offload. */
	u8         lro_cap[0x1];
	u8         lro_psh_flag[0x1];
	u8         lro_time_stamp[0x1];
	u8         reserved_at_5[0x2];
	u8         wqe_vlan_insert[0x1];
	u8         self_lb_en_modifiable[0x1];
	u8         reserved_at_9[0x2];
	/* Log2 of the largest LSO message. */
	u8         max_lso_cap[0x5];
	u8         multi_pkt_send_wqe[0x2];
	/* How much of a packet the driver must inline in a send WQE. */
	u8         wqe_inline_mode[0x2];
	/* Log2 of the largest RSS indirection table. */
	u8         rss_ind_tbl_cap[0x4];
	u8         reg_umr_sq[0x1];
	u8         scatter_fcs[0x1];
	u8         enhanced_multi_pkt_send_wqe[0x1];
	u8         tunnel_lso_const_out_ip_id[0x1];
	u8         tunnel_lro_gre[0x1];
	u8         tunnel_lro_vxlan[0x1];
	/* Stateless offloads of GRE. */
	u8         tunnel_stateless_gre[0x1];
	/* Stateless offloads of VXLAN. */
	u8         tunnel_stateless_vxlan[0x1];
	u8         swp[0x1];
	u8         swp_csum[0x1];
	u8         swp_lso[0x1];
	u8         cqe_checksum_full[0x1];
	u8         tunnel_stateless_geneve_tx[0x1];
	u8         tunnel_stateless_mpls_over_udp[0x1];
	u8         tunnel_stateless_mpls_over_gre[0x1];
	u8         tunnel_stateless_vxlan_gpe[0x1];
	u8         tunnel_stateless_ipv4_over_vxlan[0x1];
	u8         tunnel_stateless_ip_over_ip[0x1];
	u8         insert_trailer[0x1];
	u8         reserved_at_2b[0x1];
	u8         tunnel_stateless_ip_over_ip_rx[0x1];
	u8         tunnel_stateless_ip_over_ip_tx[0x1];
	u8         reserved_at_2e[0x2];
	u8         max_vxlan_udp_ports[0x8];
	u8         reserved_at_38[0x6];
	u8         max_geneve_opt_len[0x1];
	u8         tunnel_stateless_geneve_rx[0x1];
	u8         reserved_at_40[0x10];
	u8         lro_min_mss_size[0x10];
	u8         reserved_at_60[0x120];
	/* The LRO timer periods, in microseconds. */
	u8         lro_timer_supported_periods[4][0x20];
	u8         reserved_at_200[0x600];
};

static_assert(sizeof(struct mlx5ctl_ifc_per_protocol_networking_offload_caps_bits) == 0x800);

/* Quality of service capabilities (cap type qos). */
struct mlx5ctl_ifc_qos_cap_bits {
	/* Packet pacing (send rate limits) is supported. */
	u8         packet_pacing[0x1];
	/* E-switch scheduling is supported. */
	u8         esw_scheduling[0x1];
	u8         esw_bw_share[0x1];
	u8         esw_rate_limit[0x1];
	u8         reserved_at_4[0x1];
	u8         packet_pacing_burst_bound[0x1];
	u8         packet_pacing_typical_size[0x1];
	u8         reserved_at_7[0x1];
	/* Send queue scheduling is supported. */
	u8         nic_sq_scheduling[0x1];
	u8         nic_bw_share[0x1];
	u8         nic_rate_limit[0x1];
	u8         packet_pacing_uid[0x1];
	u8         log_esw_max_sched_depth[0x4];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0xb];
	u8         log_max_qos_nic_queue_group[0x5];
	u8         reserved_at_30[0x10];
	/* Highest pacing rate in kb/s. */
	u8         packet_pacing_max_rate[0x20];
	/* Lowest pacing rate in kb/s. */
	u8         packet_pacing_min_rate[0x20];
	u8         reserved_at_80[0x10];
	u8         packet_pacing_rate_table_size[0x10];
	u8         esw_element_type[0x10];
	u8         esw_tsar_type[0x10];
	u8         reserved_at_c0[0x10];
	u8         max_qos_para_vport[0x10];
	u8         max_tsar_bw_share[0x20];
	u8         nic_element_type[0x10];
	u8         nic_tsar_type[0x10];
	u8         reserved_at_120[0x3];
	u8         log_meter_aso_granularity[0x5];
	u8         reserved_at_128[0x3];
	u8         log_meter_aso_max_alloc[0x5];
	u8         reserved_at_130[0x3];
	u8         log_max_num_meter_aso[0x5];
	u8         reserved_at_138[0x8];
	u8         reserved_at_140[0x6c0];
};

static_assert(sizeof(struct mlx5ctl_ifc_qos_cap_bits) == 0x800);

/* A capability block: one layout per capability type. */
union mlx5ctl_ifc_hca_cap_union_bits {
	struct mlx5ctl_ifc_cmd_hca_cap_bits cmd_hca_cap;
	struct mlx5ctl_ifc_roce_cap_bits roce_cap;
	struct mlx5ctl_ifc_per_protocol_networking_offload_caps_bits per_protocol_networking_offload_caps;
	struct mlx5ctl_ifc_qos_cap_bits qos_cap;
	u8         reserved_at_0[0x8000];
};

static_assert(sizeof(union mlx5ctl_ifc_hca_cap_union_bits) == 0x8000);

/* Output of QUERY_HCA_CAP: the capability block of the requested type. */
struct mlx5ctl_ifc_query_hca_cap_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	/* Capability block; its layout depends on the cap type. */
	union mlx5ctl_ifc_hca_cap_union_bits capability;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_hca_cap_out_bits) == 0x8080);

/* Input of ALLOC_PD. */
struct mlx5ctl_ifc_alloc_pd_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_pd_in_bits) == 0x80);

/* Output of ALLOC_PD. */
struct mlx5ctl_ifc_alloc_pd_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	/* The new protection domain. */
	u8         pd[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_pd_out_bits) == 0x80);

/* Input of DEALLOC_PD. */
struct mlx5ctl_ifc_dealloc_pd_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	/* The protection domain to free. */
	u8         pd[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_pd_in_bits) == 0x80);

/* Output of DEALLOC_PD. */
struct mlx5ctl_ifc_dealloc_pd_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_pd_out_bits) == 0x80);

/* Memory key context: what memory a key maps and with which rights. */
struct mlx5ctl_ifc_mkc_bits {
	u8         reserved_at_0[0x1];
	/* The key is free (not in use). */
	u8         free[0x1];
	u8         reserved_at_2[0x1];
	/* High three bits of the access mode. */
	u8         access_mode_4_2[0x3];
	u8         reserved_at_6[0x7];
	u8         relaxed_ordering_write[0x1];
	u8         reserved_at_e[0x1];
	u8         small_fence_on_rdma_read_response[0x1];
	/* The key may be modified by UMR. */
	u8         umr_en[0x1];
	/* Remote atomic access is allowed. */
	u8         a[0x1];
	/* Remote write is allowed. */
	u8         rw[0x1];
	/* Remote read is allowed. */
	u8         rr[0x1];
	/* Local write is allowed. */
	u8         lw[0x1];
	/* Local read is allowed. */
	u8         lr[0x1];
	/* Low two bits of the access mode. */
	u8         access_mode_1_0[0x2];
	u8         reserved_at_18[0x2];
	u8         ma_translation_mode[0x2];
	u8         reserved_at_1c[0x4];
	/* Queue pair the key is bound to, or 0xffffff for none. */
	u8         qpn[0x18];
	/* Variant byte of the key. */
	u8         mkey_7_0[0x8];
	u8         reserved_at_40[0x20];
	/* The key spans the whole 64-bit address space. */
	u8         length64[0x1];
	u8         bsf_en[0x1];
	u8         sync_umr[0x1];
	u8         reserved_at_63[0x2];
	u8         expected_sigerr_count[0x1];
	u8         reserved_at_66[0x1];
	u8         en_rinval[0x1];
	/* Protection domain of the key. */
	u8         pd[0x18];
	/* First virtual address the key maps. */
	u8         start_addr[0x40];
	/* Length of the mapping in bytes. */
	u8         len[0x40];
	u8         bsf_octword_size[0x20];
	u8         reserved_at_120[0x80];
	/* Size of the translation list in 16-byte units. */
	u8         translations_octword_size[0x20];
	u8         reserved_at_1c0[0x19];
	u8         relaxed_ordering_read[0x1];
	u8         reserved_at_1da[0x1];
	/* Log2 of the page size of the translation. */
	u8         log_page_size[0x5];
	u8         reserved_at_1e0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mkc_bits) == 0x200);

/* Input of CREATE_MKEY. */
struct mlx5ctl_ifc_create_mkey_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x20];
	/* Page-fault driven access (on-demand paging). */
	u8         pg_access[0x1];
	/*
	 * The translation comes from the umem mkey_umem_id, not from
	 * klm_pas_mtt.
	 */
	u8         mkey_umem_valid[0x1];
	u8         reserved_at_62[0x1e];
	/* The key context. */
	struct mlx5ctl_ifc_mkc_bits memory_key_mkey_entry;
	u8         reserved_at_280[0x80];
	/* Number of 16-byte translation entries that follow. */
	u8         translations_octword_actual_size[0x20];
	/* The umem the key maps. */
	u8         mkey_umem_id[0x20];
	/* Offset into the umem. */
	u8         mkey_umem_offset[0x40];
	u8         reserved_at_380[0x500];
	/* The translation entries. */
	u8         klm_pas_mtt[0][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_mkey_in_bits) == 0x880);

/* Output of CREATE_MKEY. */
struct mlx5ctl_ifc_create_mkey_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	/* Index of the new key (the key >> 8). */
	u8         mkey_index[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_mkey_out_bits) == 0x80);

/* Input of DESTROY_MKEY. */
struct mlx5ctl_ifc_destroy_mkey_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	/* Index of the key to destroy. */
	u8         mkey_index[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_mkey_in_bits) == 0x80);

/* Output of DESTROY_MKEY. */
struct mlx5ctl_ifc_destroy_mkey_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_mkey_out_bits) == 0x80);

/* A firmware user context. */
struct mlx5ctl_ifc_uctx_bits {
	/* Privileges of the context. */
	u8         cap[0x20];
	u8         reserved_at_20[0x160];
};

static_assert(sizeof(struct mlx5ctl_ifc_uctx_bits) == 0x180);

/* Input of CREATE_UCTX. */
struct mlx5ctl_ifc_create_uctx_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
	/* The context to create. */
	struct mlx5ctl_ifc_uctx_bits uctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_uctx_in_bits) == 0x200);

/* Output of CREATE_UCTX. */
struct mlx5ctl_ifc_create_uctx_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x10];
	/* The new context's uid. */
	u8         uid[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_uctx_out_bits) == 0x80);

/*
 * Input of QUERY_UCTX: the context queried is the one the command runs under.
 */
struct mlx5ctl_ifc_query_uctx_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_uctx_in_bits) == 0x80);

/* Output of QUERY_UCTX. */
struct mlx5ctl_ifc_query_uctx_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	/* The context. */
	struct mlx5ctl_ifc_uctx_bits uctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_uctx_out_bits) == 0x200);

/* Input of DESTROY_UCTX. */
struct mlx5ctl_ifc_destroy_uctx_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	/* The context to destroy (uid in mlx5_ifc.h). */
	u8         uid_to_destroy[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_uctx_in_bits) == 0x80);

/* Output of DESTROY_UCTX. */
struct mlx5ctl_ifc_destroy_uctx_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_uctx_out_bits) == 0x80);

/* A memory translation table entry: one page address. */
struct mlx5ctl_ifc_mtt_bits {
	/* High 32 bits of the page address. */
	u8         ptag_63_32[0x20];
	/* Bits 31..8 of the page address. */
	u8         ptag_31_8[0x18];
	u8         reserved_at_38[0x6];
	/* The device may write the page. */
	u8         wr_en[0x1];
	/* The device may read the page. */
	u8         rd_en[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_mtt_bits) == 0x40);

/* A user memory region: its page size, offset and page list. */
struct mlx5ctl_ifc_umem_bits {
	u8         reserved_at_0[0x80];
	/* Translate addresses through PCIe ATS. */
	u8         ats[0x1];
	u8         reserved_at_81[0x1a];
	/* Log2 of the page size, less 12. */
	u8         log_page_size[0x5];
	/* Offset of the region in its first page. */
	u8         page_offset[0x20];
	/* Number of pages. */
	u8         num_of_mtt[0x40];
	/* The pages. */
	struct mlx5ctl_ifc_mtt_bits mtt[0];
};

static_assert(sizeof(struct mlx5ctl_ifc_umem_bits) == 0x100);

/* Input of CREATE_UMEM. */
struct mlx5ctl_ifc_create_umem_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
	/* The region to register. */
	struct mlx5ctl_ifc_umem_bits umem;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_umem_in_bits) == 0x180);

/* Output of CREATE_UMEM. */
struct mlx5ctl_ifc_create_umem_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	/* Id of the new umem. */
	u8         umem_id[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_umem_out_bits) == 0x80);

/* Input of QUERY_UMEM. */
struct mlx5ctl_ifc_query_umem_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	/* The umem to query. */
	u8         umem_id[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_umem_in_bits) == 0x80);

/* Output of QUERY_UMEM. */
struct mlx5ctl_ifc_query_umem_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	/* The region. */
	struct mlx5ctl_ifc_umem_bits umem;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_umem_out_bits) == 0x180);

/* Input of DESTROY_UMEM. */
struct mlx5ctl_ifc_destroy_umem_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	/* The umem to destroy. */
	u8         umem_id[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_umem_in_bits) == 0x80);

/* Output of DESTROY_UMEM. */
struct mlx5ctl_ifc_destroy_umem_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_umem_out_bits) == 0x80);

/* Input of QUERY_VPORT_STATE. */
struct mlx5ctl_ifc_query_vport_state_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	/*
	 * Query the vport named by vport_number instead of this function's own.
	 */
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	/* Vport to query when other_vport is set. */
	u8         vport_number[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_vport_state_in_bits) == 0x80);

/* Output of QUERY_VPORT_STATE. */
struct mlx5ctl_ifc_query_vport_state_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x20];
	u8         reserved_at_60[0x18];
	/* State the vport was configured to. */
	u8         admin_state[0x4];
	/* Operational state of the vport. */
	u8         state[0x4];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_vport_state_out_bits) == 0x80);

/* Input of QUERY_NIC_VPORT_CONTEXT. */
struct mlx5ctl_ifc_query_nic_vport_context_in_bits {
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	/*
	 * Query the vport named by vport_number instead of this function's own.
	 */
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	/* Vport to query when other_vport is set. */
	u8         vport_number[0x10];
	u8         reserved_at_60[0x5];
	/* Address list to return with the context. */
	u8         allowed_list_type[0x3];
	u8         reserved_at_68[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_nic_vport_context_in_bits) == 0x80);

/* A 48-bit MAC address in the low bits of two dwords. */
struct mlx5ctl_ifc_mac_address_layout_bits {
	u8         reserved_at_0[0x10];
	/* High 16 bits of the MAC address. */
	u8         mac_addr_47_32[0x10];
	/* Low 32 bits of the MAC address. */
	u8         mac_addr_31_0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mac_address_layout_bits) == 0x40);

/* NIC vport context: MTU, GUIDs, promiscuous modes and address lists. */
struct mlx5ctl_ifc_nic_vport_context_bits {
	u8         reserved_at_0[0x5];
	/* Least amount of packet headers a send WQE must inline. */
	u8         min_wqe_inline_mode[0x3];
	u8         reserved_at_8[0x15];
	u8         disable_mc_local_lb[0x1];
	u8         disable_uc_local_lb[0x1];
	/* RoCE is enabled on the vport. */
	u8         roce_en[0x1];
	u8         arm_change_event[0x1];
	u8         reserved_at_21[0x1a];
	u8         event_on_mtu[0x1];
	u8         event_on_promisc_change[0x1];
	u8         event_on_vlan_change[0x1];
	u8         event_on_mc_address_change[0x1];
	u8         event_on_uc_address_change[0x1];
	u8         vhca_id_type[0x1];
	u8         reserved_at_41[0xb];
	u8         affiliation_criteria[0x4];
	u8         affiliated_vhca_id[0x10];
	u8         reserved_at_60[0xd0];
	/* MTU of the vport in bytes. */
	u8         mtu[0x10];
	/* System image GUID. */
	u8         system_image_guid[0x40];
	/* Port GUID. */
	u8         port_guid[0x40];
	/* Node GUID. */
	u8         node_guid[0x40];
	u8         reserved_at_200[0x140];
	/* Number of Q_Key violations. */
	u8         qkey_violation_counter[0x10];
	u8         reserved_at_350[0x430];
	/* All unicast traffic is received. */
	u8         promisc_uc[0x1];
	/* All multicast traffic is received. */
	u8         promisc_mc[0x1];
	/* All traffic is received. */
	u8         promisc_all[0x1];
	u8         reserved_at_783[0x2];
	/* Type of the address list at the end. */
	u8         allowed_list_type[0x3];
	u8         reserved_at_788[0xc];
	/* Number of entries in the list. */
	u8         allowed_list_size[0xc];
	/* Permanent MAC address of the vport. */
	struct mlx5ctl_ifc_mac_address_layout_bits permanent_address;
	u8         reserved_at_7e0[0x20];
	/* The address list: allowed_list_size entries of 64 bits. */
	u8         current_uc_mac_address[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_nic_vport_context_bits) == 0x800);

/* Output of QUERY_NIC_VPORT_CONTEXT. */
struct mlx5ctl_ifc_query_nic_vport_context_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	/* The context, followed by its address list. */
	struct mlx5ctl_ifc_nic_vport_context_bits nic_vport_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_nic_vport_context_out_bits) == 0x880);

#endif /* __MLX5CTL_IFC_GEN_H */
