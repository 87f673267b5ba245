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
	MLX5CTL_CMD_OP_QUERY_PAGES = 0x107,
	MLX5CTL_CMD_OP_SET_HCA_CAP = 0x109,
	MLX5CTL_CMD_OP_QUERY_ISSI = 0x10a,
	MLX5CTL_CMD_OP_QUERY_DRIVER_VERSION = 0x10c,
	MLX5CTL_CMD_OP_QUERY_OTHER_HCA_CAP = 0x10e,
	MLX5CTL_CMD_OP_QUERY_SF_PARTITION = 0x111,
	MLX5CTL_CMD_OP_QUERY_VHCA_MIGRATION_STATE = 0x117,
	MLX5CTL_CMD_OP_CREATE_MKEY = 0x200,
	MLX5CTL_CMD_OP_QUERY_MKEY = 0x201,
	MLX5CTL_CMD_OP_DESTROY_MKEY = 0x202,
	MLX5CTL_CMD_OP_QUERY_SPECIAL_CONTEXTS = 0x203,
	MLX5CTL_CMD_OP_QUERY_EQ = 0x303,
	MLX5CTL_CMD_OP_QUERY_CQ = 0x402,
	MLX5CTL_CMD_OP_QUERY_QP = 0x50b,
	MLX5CTL_CMD_OP_QUERY_RDB = 0x512,
	MLX5CTL_CMD_OP_QUERY_PSV = 0x602,
	MLX5CTL_CMD_OP_QUERY_SRQ = 0x702,
	MLX5CTL_CMD_OP_QUERY_XRC_SRQ = 0x707,
	MLX5CTL_CMD_OP_QUERY_DCT = 0x713,
	MLX5CTL_CMD_OP_QUERY_DC_CNAK_TRACE = 0x716,
	MLX5CTL_CMD_OP_QUERY_XRQ = 0x719,
	MLX5CTL_CMD_OP_QUERY_NVMF_BACKEND_CONTROLLER = 0x722,
	MLX5CTL_CMD_OP_QUERY_XRQ_DC_PARAMS_ENTRY = 0x725,
	MLX5CTL_CMD_OP_QUERY_XRQ_ERROR_PARAMS = 0x727,
	MLX5CTL_CMD_OP_QUERY_NVMF_NAMESPACE_CONTEXT = 0x728,
	MLX5CTL_CMD_OP_QUERY_ADJACENT_FUNCTIONS_ID = 0x730,
	MLX5CTL_CMD_OP_DELEGATE_VHCA_MANAGEMENT = 0x731,
	MLX5CTL_CMD_OP_QUERY_DELEGATED_VHCA = 0x732,
	MLX5CTL_CMD_OP_QUERY_ESW_FUNCTIONS = 0x740,
	MLX5CTL_CMD_OP_QUERY_VPORT_STATE = 0x750,
	MLX5CTL_CMD_OP_QUERY_ESW_VPORT_CONTEXT = 0x752,
	MLX5CTL_CMD_OP_QUERY_NIC_VPORT_CONTEXT = 0x754,
	MLX5CTL_CMD_OP_QUERY_ROCE_ADDRESS = 0x760,
	MLX5CTL_CMD_OP_QUERY_HCA_VPORT_CONTEXT = 0x762,
	MLX5CTL_CMD_OP_QUERY_HCA_VPORT_GID = 0x764,
	MLX5CTL_CMD_OP_QUERY_HCA_VPORT_PKEY = 0x765,
	MLX5CTL_CMD_OP_QUERY_VNIC_ENV = 0x76f,
	MLX5CTL_CMD_OP_QUERY_VPORT_COUNTER = 0x770,
	MLX5CTL_CMD_OP_QUERY_Q_COUNTER = 0x773,
	MLX5CTL_CMD_OP_QUERY_RATE_LIMIT = 0x781,
	MLX5CTL_CMD_OP_QUERY_SCHEDULING_ELEMENT = 0x784,
	MLX5CTL_CMD_OP_ALLOC_PD = 0x800,
	MLX5CTL_CMD_OP_DEALLOC_PD = 0x801,
	MLX5CTL_CMD_OP_ACCESS_REG = 0x805,
	MLX5CTL_CMD_OP_QUERY_MAD_DEMUX = 0x80b,
	MLX5CTL_CMD_OP_NOP = 0x80d,
	MLX5CTL_CMD_OP_QUERY_BURST_SIZE = 0x813,
	MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_PARAMS = 0x819,
	MLX5CTL_CMD_OP_SET_DIAGNOSTIC_PARAMS = 0x820,
	MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_COUNTERS = 0x821,
	MLX5CTL_CMD_OP_QUERY_CONG_STATUS = 0x822,
	MLX5CTL_CMD_OP_MODIFY_CONG_STATUS = 0x823,
	MLX5CTL_CMD_OP_QUERY_CONG_PARAMS = 0x824,
	MLX5CTL_CMD_OP_QUERY_CONG_STATISTICS = 0x826,
	MLX5CTL_CMD_OP_QUERY_L2_TABLE_ENTRY = 0x82a,
	MLX5CTL_CMD_OP_QUERY_WOL_ROL = 0x831,
	MLX5CTL_CMD_OP_QUERY_LAG = 0x842,
	MLX5CTL_CMD_OP_QUERY_TIR = 0x903,
	MLX5CTL_CMD_OP_QUERY_SQ = 0x907,
	MLX5CTL_CMD_OP_QUERY_RQ = 0x90b,
	MLX5CTL_CMD_OP_QUERY_RMP = 0x90f,
	MLX5CTL_CMD_OP_QUERY_DELAY_DROP_PARAMS = 0x911,
	MLX5CTL_CMD_OP_QUERY_TIS = 0x915,
	MLX5CTL_CMD_OP_QUERY_RQT = 0x919,
	MLX5CTL_CMD_OP_QUERY_FLOW_TABLE = 0x932,
	MLX5CTL_CMD_OP_QUERY_FLOW_GROUP = 0x935,
	MLX5CTL_CMD_OP_QUERY_FLOW_TABLE_ENTRY = 0x937,
	MLX5CTL_CMD_OP_QUERY_FLOW_COUNTER = 0x93b,
	MLX5CTL_CMD_OP_QUERY_PACKET_REFORMAT_CONTEXT = 0x93f,
	MLX5CTL_CMD_OP_QUERY_MODIFY_HEADER_CONTEXT = 0x942,
	MLX5CTL_CMD_OP_FPGA_QUERY_QP = 0x962,
	MLX5CTL_CMD_OP_FPGA_QUERY_QP_COUNTERS = 0x964,
	MLX5CTL_CMD_OP_QUERY_AFU = 0x971,
	MLX5CTL_CMD_OP_QUERY_CAPI_PEC = 0x981,
	MLX5CTL_CMD_OP_QUERY_GENERAL_OBJECT = 0xa02,
	MLX5CTL_CMD_OP_CREATE_UCTX = 0xa04,
	MLX5CTL_CMD_OP_QUERY_UCTX = 0xa05,
	MLX5CTL_CMD_OP_DESTROY_UCTX = 0xa06,
	MLX5CTL_CMD_OP_CREATE_UMEM = 0xa08,
	MLX5CTL_CMD_OP_QUERY_UMEM = 0xa09,
	MLX5CTL_CMD_OP_DESTROY_UMEM = 0xa0a,
	MLX5CTL_CMD_OP_QUERY_NVMF_CC_RESPONSE = 0xb02,
	MLX5CTL_CMD_OP_QUERY_EMULATED_FUNCTIONS_INFO = 0xb03,
	MLX5CTL_CMD_OP_QUERY_REGEXP_PARAMS = 0xb05,
	MLX5CTL_CMD_OP_QUERY_REGEXP_REGISTER = 0xb07,
	MLX5CTL_CMD_OP_USER_QUERY_XRQ_DC_PARAMS_ENTRY = 0xb08,
	MLX5CTL_CMD_OP_USER_QUERY_XRQ_ERROR_PARAMS = 0xb0a,
	MLX5CTL_CMD_OP_ACCESS_REGISTER_USER = 0xb0c,
	MLX5CTL_CMD_OP_QUERY_VHCA_STATE = 0xb0d,
	MLX5CTL_CMD_OP_QUERY_EMULATION_DEVICE_EQ_MSIX_MAPPING = 0xb0f,
	MLX5CTL_CMD_OP_QUERY_MATCH_SAMPLE_INFO = 0xb13,
	MLX5CTL_CMD_OP_QUERY_CRYPTO_STATE = 0xb14,
	MLX5CTL_CMD_OP_QUERY_VUID = 0xb22,
	MLX5CTL_CMD_OP_QUERY_DPA_PARTITION = 0xb28,
	MLX5CTL_CMD_OP_QUERY_DPA_PARTITIONS = 0xb2a,
	MLX5CTL_CMD_OP_POSTPONE_CONNECTED_QP_TIMEOUT = 0xb2e,
	MLX5CTL_CMD_OP_QUERY_EMULATED_RESOURCES_INFO = 0xb2f,
	MLX5CTL_CMD_OP_QUERY_RSV_RESOURCES = 0x8000,
	MLX5CTL_CMD_OP_QUERY_MTT = 0x8001,
	MLX5CTL_CMD_OP_QUERY_SCHED_QUEUE = 0x8006,
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

/*
 * Flag set ptys_eth_proto: Ethernet link modes of PTYS eth_proto_* (masks). Bit
 * n is enum mlx5e_link_mode n of include/linux/mlx5/port.h; mlx5_ifc.h has no
 * names for them.
 */
/* 40GBASE-CR4 (MLX5E_40GBASE_CR4, bit 6). */
#define MLX5CTL_PTYS_ETH_PROTO_40GBASE_CR4 0x40
/* 10GBASE-CR (MLX5E_10GBASE_CR, bit 12). */
#define MLX5CTL_PTYS_ETH_PROTO_10GBASE_CR 0x1000
/* 100GBASE-CR4 (MLX5E_100GBASE_CR4, bit 20). */
#define MLX5CTL_PTYS_ETH_PROTO_100GBASE_CR4 0x100000
/* 25GBASE-CR (MLX5E_25GBASE_CR, bit 27). */
#define MLX5CTL_PTYS_ETH_PROTO_25GBASE_CR 0x8000000
/* 50GBASE-CR2 (MLX5E_50GBASE_CR2, bit 30). */
#define MLX5CTL_PTYS_ETH_PROTO_50GBASE_CR2 0x40000000

/*
 * Enum mcia_status: Outcome of an MCIA access (MCIA.status), from the PRM's
 * MCIA table; mlx5_ifc.h has no names for them.
 */
/* The access succeeded. */
#define MLX5CTL_MCIA_STATUS_GOOD 0x0
/* No module is plugged in. */
#define MLX5CTL_MCIA_STATUS_MODULE_NOT_CONNECTED 0x3
/* The module did not answer at that I2C address or page. */
#define MLX5CTL_MCIA_STATUS_I2C_ERROR 0x9

/*
 * Enum resource_dump_segment_type: segment_type of the segments that frame
 * every RESOURCE_DUMP stream. menu is MLX5_RSC_DUMP_MENU_SEGMENT of the
 * kernel's mlx5 core (diag/rsc_dump.c); info and error are the numbers
 * mstflint's resource dump tools decode (as the public mlx5ctl tool's users
 * found); mlx5_ifc.h lays the segments out (resource_dump_*_segment) but
 * numbers none: command and terminate are the simulator's.
 */
/* resource_dump_command_segment: the request, echoed. */
#define MLX5CTL_RESOURCE_DUMP_SEGMENT_TYPE_COMMAND 0xfffa
/* resource_dump_terminate_segment: the end of the dump. */
#define MLX5CTL_RESOURCE_DUMP_SEGMENT_TYPE_TERMINATE 0xfffb
/* resource_dump_error_segment: why the dump stopped, as text. */
#define MLX5CTL_RESOURCE_DUMP_SEGMENT_TYPE_ERROR 0xfffc
/*
 * resource_dump_info_segment: dump and firmware versions. (Not named info: the
 * Java enum has a constant INFO.)
 */
#define MLX5CTL_RESOURCE_DUMP_SEGMENT_TYPE_DUMP_INFO 0xfffe
/*
 * resource_dump_menu_segment: the resources a dump can select; also the
 * segment_type that asks for it.
 */
#define MLX5CTL_RESOURCE_DUMP_SEGMENT_TYPE_MENU 0xffff

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

/* Enum query_pages_op_mod: Which pages QUERY_PAGES counts. */
/* Pages the firmware needs before ENABLE_HCA. */
#define MLX5CTL_QUERY_PAGES_OP_MOD_BOOT_PAGES 0x1
/* Pages the firmware needs before INIT_HCA. */
#define MLX5CTL_QUERY_PAGES_OP_MOD_INIT_PAGES 0x2
/* Pages the firmware asks for, or gives back (negative), while it runs. */
#define MLX5CTL_QUERY_PAGES_OP_MOD_REGULAR_PAGES 0x3

/*
 * Enum general_obj_type: Types of general objects (mlx5_ifc.h's
 * MLX5_GENERAL_OBJECT_TYPES_*), the obj_type of the general object commands.
 */
/* A data encryption key (TLS, IPsec, MACsec). */
#define MLX5CTL_GENERAL_OBJ_TYPE_ENCRYPTION_KEY 0xc
/* An IPsec security association's offload state. */
#define MLX5CTL_GENERAL_OBJ_TYPE_IPSEC 0x13
/* A flow sampler. */
#define MLX5CTL_GENERAL_OBJ_TYPE_SAMPLER 0x20
/* Flow meters in an ASO. */
#define MLX5CTL_GENERAL_OBJ_TYPE_FLOW_METER_ASO 0x24
/* A MACsec security association's offload state. */
#define MLX5CTL_GENERAL_OBJ_TYPE_MACSEC 0x27

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
 * Enum ifc_opcode: Every MLX5_CMD_OP_* of mlx5_ifc.h. Commands the driver knows
 * are enum opcode.
 */
#define MLX5CTL_IFC_OPCODE_QUERY_HCA_CAP 0x100
#define MLX5CTL_IFC_OPCODE_QUERY_ADAPTER 0x101
#define MLX5CTL_IFC_OPCODE_INIT_HCA 0x102
#define MLX5CTL_IFC_OPCODE_TEARDOWN_HCA 0x103
#define MLX5CTL_IFC_OPCODE_ENABLE_HCA 0x104
#define MLX5CTL_IFC_OPCODE_DISABLE_HCA 0x105
#define MLX5CTL_IFC_OPCODE_QUERY_PAGES 0x107
#define MLX5CTL_IFC_OPCODE_MANAGE_PAGES 0x108
#define MLX5CTL_IFC_OPCODE_SET_HCA_CAP 0x109
#define MLX5CTL_IFC_OPCODE_QUERY_ISSI 0x10a
#define MLX5CTL_IFC_OPCODE_SET_ISSI 0x10b
#define MLX5CTL_IFC_OPCODE_SET_DRIVER_VERSION 0x10d
#define MLX5CTL_IFC_OPCODE_QUERY_SF_PARTITION 0x111
#define MLX5CTL_IFC_OPCODE_ALLOC_SF 0x113
#define MLX5CTL_IFC_OPCODE_DEALLOC_SF 0x114
#define MLX5CTL_IFC_OPCODE_SUSPEND_VHCA 0x115
#define MLX5CTL_IFC_OPCODE_RESUME_VHCA 0x116
#define MLX5CTL_IFC_OPCODE_QUERY_VHCA_MIGRATION_STATE 0x117
#define MLX5CTL_IFC_OPCODE_SAVE_VHCA_STATE 0x118
#define MLX5CTL_IFC_OPCODE_LOAD_VHCA_STATE 0x119
#define MLX5CTL_IFC_OPCODE_CREATE_MKEY 0x200
#define MLX5CTL_IFC_OPCODE_QUERY_MKEY 0x201
#define MLX5CTL_IFC_OPCODE_DESTROY_MKEY 0x202
#define MLX5CTL_IFC_OPCODE_QUERY_SPECIAL_CONTEXTS 0x203
#define MLX5CTL_IFC_OPCODE_PAGE_FAULT_RESUME 0x204
#define MLX5CTL_IFC_OPCODE_ALLOC_MEMIC 0x205
#define MLX5CTL_IFC_OPCODE_DEALLOC_MEMIC 0x206
#define MLX5CTL_IFC_OPCODE_MODIFY_MEMIC 0x207
#define MLX5CTL_IFC_OPCODE_CREATE_EQ 0x301
#define MLX5CTL_IFC_OPCODE_DESTROY_EQ 0x302
#define MLX5CTL_IFC_OPCODE_QUERY_EQ 0x303
#define MLX5CTL_IFC_OPCODE_GEN_EQE 0x304
#define MLX5CTL_IFC_OPCODE_CREATE_CQ 0x400
#define MLX5CTL_IFC_OPCODE_DESTROY_CQ 0x401
#define MLX5CTL_IFC_OPCODE_QUERY_CQ 0x402
#define MLX5CTL_IFC_OPCODE_MODIFY_CQ 0x403
#define MLX5CTL_IFC_OPCODE_CREATE_QP 0x500
#define MLX5CTL_IFC_OPCODE_DESTROY_QP 0x501
#define MLX5CTL_IFC_OPCODE_RST2INIT_QP 0x502
#define MLX5CTL_IFC_OPCODE_INIT2RTR_QP 0x503
#define MLX5CTL_IFC_OPCODE_RTR2RTS_QP 0x504
#define MLX5CTL_IFC_OPCODE_RTS2RTS_QP 0x505
#define MLX5CTL_IFC_OPCODE_SQERR2RTS_QP 0x506
#define MLX5CTL_IFC_OPCODE_2ERR_QP 0x507
#define MLX5CTL_IFC_OPCODE_2RST_QP 0x50a
#define MLX5CTL_IFC_OPCODE_QUERY_QP 0x50b
#define MLX5CTL_IFC_OPCODE_SQD_RTS_QP 0x50c
#define MLX5CTL_IFC_OPCODE_INIT2INIT_QP 0x50e
#define MLX5CTL_IFC_OPCODE_CREATE_PSV 0x600
#define MLX5CTL_IFC_OPCODE_DESTROY_PSV 0x601
#define MLX5CTL_IFC_OPCODE_CREATE_SRQ 0x700
#define MLX5CTL_IFC_OPCODE_DESTROY_SRQ 0x701
#define MLX5CTL_IFC_OPCODE_QUERY_SRQ 0x702
#define MLX5CTL_IFC_OPCODE_ARM_RQ 0x703
#define MLX5CTL_IFC_OPCODE_CREATE_XRC_SRQ 0x705
#define MLX5CTL_IFC_OPCODE_DESTROY_XRC_SRQ 0x706
#define MLX5CTL_IFC_OPCODE_QUERY_XRC_SRQ 0x707
#define MLX5CTL_IFC_OPCODE_ARM_XRC_SRQ 0x708
#define MLX5CTL_IFC_OPCODE_CREATE_DCT 0x710
#define MLX5CTL_IFC_OPCODE_DESTROY_DCT 0x711
#define MLX5CTL_IFC_OPCODE_DRAIN_DCT 0x712
#define MLX5CTL_IFC_OPCODE_QUERY_DCT 0x713
#define MLX5CTL_IFC_OPCODE_ARM_DCT_FOR_KEY_VIOLATION 0x714
#define MLX5CTL_IFC_OPCODE_CREATE_XRQ 0x717
#define MLX5CTL_IFC_OPCODE_DESTROY_XRQ 0x718
#define MLX5CTL_IFC_OPCODE_QUERY_XRQ 0x719
#define MLX5CTL_IFC_OPCODE_ARM_XRQ 0x71a
#define MLX5CTL_IFC_OPCODE_QUERY_XRQ_DC_PARAMS_ENTRY 0x725
#define MLX5CTL_IFC_OPCODE_SET_XRQ_DC_PARAMS_ENTRY 0x726
#define MLX5CTL_IFC_OPCODE_QUERY_XRQ_ERROR_PARAMS 0x727
#define MLX5CTL_IFC_OPCODE_RELEASE_XRQ_ERROR 0x729
#define MLX5CTL_IFC_OPCODE_MODIFY_XRQ 0x72a
#define MLX5CTL_IFC_OPCODE_QUERY_ESW_FUNCTIONS 0x740
#define MLX5CTL_IFC_OPCODE_QUERY_VPORT_STATE 0x750
#define MLX5CTL_IFC_OPCODE_MODIFY_VPORT_STATE 0x751
#define MLX5CTL_IFC_OPCODE_QUERY_ESW_VPORT_CONTEXT 0x752
#define MLX5CTL_IFC_OPCODE_MODIFY_ESW_VPORT_CONTEXT 0x753
#define MLX5CTL_IFC_OPCODE_QUERY_NIC_VPORT_CONTEXT 0x754
#define MLX5CTL_IFC_OPCODE_MODIFY_NIC_VPORT_CONTEXT 0x755
#define MLX5CTL_IFC_OPCODE_QUERY_ROCE_ADDRESS 0x760
#define MLX5CTL_IFC_OPCODE_SET_ROCE_ADDRESS 0x761
#define MLX5CTL_IFC_OPCODE_QUERY_HCA_VPORT_CONTEXT 0x762
#define MLX5CTL_IFC_OPCODE_MODIFY_HCA_VPORT_CONTEXT 0x763
#define MLX5CTL_IFC_OPCODE_QUERY_HCA_VPORT_GID 0x764
#define MLX5CTL_IFC_OPCODE_QUERY_HCA_VPORT_PKEY 0x765
#define MLX5CTL_IFC_OPCODE_QUERY_VNIC_ENV 0x76f
#define MLX5CTL_IFC_OPCODE_QUERY_VPORT_COUNTER 0x770
#define MLX5CTL_IFC_OPCODE_ALLOC_Q_COUNTER 0x771
#define MLX5CTL_IFC_OPCODE_DEALLOC_Q_COUNTER 0x772
#define MLX5CTL_IFC_OPCODE_QUERY_Q_COUNTER 0x773
#define MLX5CTL_IFC_OPCODE_SET_MONITOR_COUNTER 0x774
#define MLX5CTL_IFC_OPCODE_ARM_MONITOR_COUNTER 0x775
#define MLX5CTL_IFC_OPCODE_SET_PP_RATE_LIMIT 0x780
#define MLX5CTL_IFC_OPCODE_QUERY_RATE_LIMIT 0x781
#define MLX5CTL_IFC_OPCODE_CREATE_SCHEDULING_ELEMENT 0x782
#define MLX5CTL_IFC_OPCODE_DESTROY_SCHEDULING_ELEMENT 0x783
#define MLX5CTL_IFC_OPCODE_QUERY_SCHEDULING_ELEMENT 0x784
#define MLX5CTL_IFC_OPCODE_MODIFY_SCHEDULING_ELEMENT 0x785
#define MLX5CTL_IFC_OPCODE_CREATE_QOS_PARA_VPORT 0x786
#define MLX5CTL_IFC_OPCODE_DESTROY_QOS_PARA_VPORT 0x787
#define MLX5CTL_IFC_OPCODE_ALLOC_PD 0x800
#define MLX5CTL_IFC_OPCODE_DEALLOC_PD 0x801
#define MLX5CTL_IFC_OPCODE_ALLOC_UAR 0x802
#define MLX5CTL_IFC_OPCODE_DEALLOC_UAR 0x803
#define MLX5CTL_IFC_OPCODE_CONFIG_INT_MODERATION 0x804
#define MLX5CTL_IFC_OPCODE_ACCESS_REG 0x805
#define MLX5CTL_IFC_OPCODE_ATTACH_TO_MCG 0x806
#define MLX5CTL_IFC_OPCODE_DETACH_FROM_MCG 0x807
#define MLX5CTL_IFC_OPCODE_GET_DROPPED_PACKET_LOG 0x80a
#define MLX5CTL_IFC_OPCODE_MAD_IFC 0x50d
#define MLX5CTL_IFC_OPCODE_QUERY_MAD_DEMUX 0x80b
#define MLX5CTL_IFC_OPCODE_SET_MAD_DEMUX 0x80c
#define MLX5CTL_IFC_OPCODE_NOP 0x80d
#define MLX5CTL_IFC_OPCODE_ALLOC_XRCD 0x80e
#define MLX5CTL_IFC_OPCODE_DEALLOC_XRCD 0x80f
#define MLX5CTL_IFC_OPCODE_ALLOC_TRANSPORT_DOMAIN 0x816
#define MLX5CTL_IFC_OPCODE_DEALLOC_TRANSPORT_DOMAIN 0x817
#define MLX5CTL_IFC_OPCODE_QUERY_CONG_STATUS 0x822
#define MLX5CTL_IFC_OPCODE_MODIFY_CONG_STATUS 0x823
#define MLX5CTL_IFC_OPCODE_QUERY_CONG_PARAMS 0x824
#define MLX5CTL_IFC_OPCODE_MODIFY_CONG_PARAMS 0x825
#define MLX5CTL_IFC_OPCODE_QUERY_CONG_STATISTICS 0x826
#define MLX5CTL_IFC_OPCODE_ADD_VXLAN_UDP_DPORT 0x827
#define MLX5CTL_IFC_OPCODE_DELETE_VXLAN_UDP_DPORT 0x828
#define MLX5CTL_IFC_OPCODE_SET_L2_TABLE_ENTRY 0x829
#define MLX5CTL_IFC_OPCODE_QUERY_L2_TABLE_ENTRY 0x82a
#define MLX5CTL_IFC_OPCODE_DELETE_L2_TABLE_ENTRY 0x82b
#define MLX5CTL_IFC_OPCODE_SET_WOL_ROL 0x830
#define MLX5CTL_IFC_OPCODE_QUERY_WOL_ROL 0x831
#define MLX5CTL_IFC_OPCODE_CREATE_LAG 0x840
#define MLX5CTL_IFC_OPCODE_MODIFY_LAG 0x841
#define MLX5CTL_IFC_OPCODE_QUERY_LAG 0x842
#define MLX5CTL_IFC_OPCODE_DESTROY_LAG 0x843
#define MLX5CTL_IFC_OPCODE_CREATE_VPORT_LAG 0x844
#define MLX5CTL_IFC_OPCODE_DESTROY_VPORT_LAG 0x845
#define MLX5CTL_IFC_OPCODE_CREATE_TIR 0x900
#define MLX5CTL_IFC_OPCODE_MODIFY_TIR 0x901
#define MLX5CTL_IFC_OPCODE_DESTROY_TIR 0x902
#define MLX5CTL_IFC_OPCODE_QUERY_TIR 0x903
#define MLX5CTL_IFC_OPCODE_CREATE_SQ 0x904
#define MLX5CTL_IFC_OPCODE_MODIFY_SQ 0x905
#define MLX5CTL_IFC_OPCODE_DESTROY_SQ 0x906
#define MLX5CTL_IFC_OPCODE_QUERY_SQ 0x907
#define MLX5CTL_IFC_OPCODE_CREATE_RQ 0x908
#define MLX5CTL_IFC_OPCODE_MODIFY_RQ 0x909
#define MLX5CTL_IFC_OPCODE_SET_DELAY_DROP_PARAMS 0x910
#define MLX5CTL_IFC_OPCODE_DESTROY_RQ 0x90a
#define MLX5CTL_IFC_OPCODE_QUERY_RQ 0x90b
#define MLX5CTL_IFC_OPCODE_CREATE_RMP 0x90c
#define MLX5CTL_IFC_OPCODE_MODIFY_RMP 0x90d
#define MLX5CTL_IFC_OPCODE_DESTROY_RMP 0x90e
#define MLX5CTL_IFC_OPCODE_QUERY_RMP 0x90f
#define MLX5CTL_IFC_OPCODE_CREATE_TIS 0x912
#define MLX5CTL_IFC_OPCODE_MODIFY_TIS 0x913
#define MLX5CTL_IFC_OPCODE_DESTROY_TIS 0x914
#define MLX5CTL_IFC_OPCODE_QUERY_TIS 0x915
#define MLX5CTL_IFC_OPCODE_CREATE_RQT 0x916
#define MLX5CTL_IFC_OPCODE_MODIFY_RQT 0x917
#define MLX5CTL_IFC_OPCODE_DESTROY_RQT 0x918
#define MLX5CTL_IFC_OPCODE_QUERY_RQT 0x919
#define MLX5CTL_IFC_OPCODE_SET_FLOW_TABLE_ROOT 0x92f
#define MLX5CTL_IFC_OPCODE_CREATE_FLOW_TABLE 0x930
#define MLX5CTL_IFC_OPCODE_DESTROY_FLOW_TABLE 0x931
#define MLX5CTL_IFC_OPCODE_QUERY_FLOW_TABLE 0x932
#define MLX5CTL_IFC_OPCODE_CREATE_FLOW_GROUP 0x933
#define MLX5CTL_IFC_OPCODE_DESTROY_FLOW_GROUP 0x934
#define MLX5CTL_IFC_OPCODE_QUERY_FLOW_GROUP 0x935
#define MLX5CTL_IFC_OPCODE_SET_FLOW_TABLE_ENTRY 0x936
#define MLX5CTL_IFC_OPCODE_QUERY_FLOW_TABLE_ENTRY 0x937
#define MLX5CTL_IFC_OPCODE_DELETE_FLOW_TABLE_ENTRY 0x938
#define MLX5CTL_IFC_OPCODE_ALLOC_FLOW_COUNTER 0x939
#define MLX5CTL_IFC_OPCODE_DEALLOC_FLOW_COUNTER 0x93a
#define MLX5CTL_IFC_OPCODE_QUERY_FLOW_COUNTER 0x93b
#define MLX5CTL_IFC_OPCODE_MODIFY_FLOW_TABLE 0x93c
#define MLX5CTL_IFC_OPCODE_ALLOC_PACKET_REFORMAT_CONTEXT 0x93d
#define MLX5CTL_IFC_OPCODE_DEALLOC_PACKET_REFORMAT_CONTEXT 0x93e
#define MLX5CTL_IFC_OPCODE_QUERY_PACKET_REFORMAT_CONTEXT 0x93f
#define MLX5CTL_IFC_OPCODE_ALLOC_MODIFY_HEADER_CONTEXT 0x940
#define MLX5CTL_IFC_OPCODE_DEALLOC_MODIFY_HEADER_CONTEXT 0x941
#define MLX5CTL_IFC_OPCODE_QUERY_MODIFY_HEADER_CONTEXT 0x942
#define MLX5CTL_IFC_OPCODE_FPGA_CREATE_QP 0x960
#define MLX5CTL_IFC_OPCODE_FPGA_MODIFY_QP 0x961
#define MLX5CTL_IFC_OPCODE_FPGA_QUERY_QP 0x962
#define MLX5CTL_IFC_OPCODE_FPGA_DESTROY_QP 0x963
#define MLX5CTL_IFC_OPCODE_FPGA_QUERY_QP_COUNTERS 0x964
#define MLX5CTL_IFC_OPCODE_CREATE_GENERAL_OBJECT 0xa00
#define MLX5CTL_IFC_OPCODE_MODIFY_GENERAL_OBJECT 0xa01
#define MLX5CTL_IFC_OPCODE_QUERY_GENERAL_OBJECT 0xa02
#define MLX5CTL_IFC_OPCODE_DESTROY_GENERAL_OBJECT 0xa03
#define MLX5CTL_IFC_OPCODE_CREATE_UCTX 0xa04
#define MLX5CTL_IFC_OPCODE_DESTROY_UCTX 0xa06
#define MLX5CTL_IFC_OPCODE_CREATE_UMEM 0xa08
#define MLX5CTL_IFC_OPCODE_DESTROY_UMEM 0xa0a
#define MLX5CTL_IFC_OPCODE_SYNC_STEERING 0xb00
#define MLX5CTL_IFC_OPCODE_QUERY_VHCA_STATE 0xb0d
#define MLX5CTL_IFC_OPCODE_MODIFY_VHCA_STATE 0xb0e

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
	/*
	 * qcam_reg: QoS capabilities mask: which QoS registers (0x4000-0x407f)
	 * and features the firmware implements. Read only.
	 */
	MLX5CTL_REG_QCAM = 0x4019,
	/*
	 * core_dump_reg: Core dump control: the type of dump (general, or one
	 * QP) and its function. A write starts a dump: debug-write-full, as any
	 * write of firmware state a user cannot see.
	 */
	MLX5CTL_REG_CORE_DUMP = 0x402e,
	/* pmlp_reg: Port module lane mapping. */
	MLX5CTL_REG_PMLP = 0x5002,
	/*
	 * pmtu_reg: Port MTU: maximum, administrative and operational, in bytes
	 * of the whole frame.
	 */
	MLX5CTL_REG_PMTU = 0x5003,
	/* ptys_reg: Port type and speed. */
	MLX5CTL_REG_PTYS = 0x5004,
	/* paos_reg: Port administrative and operational status. */
	MLX5CTL_REG_PAOS = 0x5006,
	/* ppcnt_reg: Port performance counters. */
	MLX5CTL_REG_PPCNT = 0x5008,
	/*
	 * pplm_reg: Port phy link mode: the active FEC, and per speed the FEC
	 * modes supported and chosen.
	 */
	MLX5CTL_REG_PPLM = 0x5023,
	/*
	 * pddr_reg: Port diagnostics database: page_select 1, troubleshooting,
	 * says why a link is down. Read only.
	 */
	MLX5CTL_REG_PDDR = 0x5031,
	/*
	 * pcam_reg: Port capabilities mask: which port registers
	 * (0x5000-0x507f) and features the firmware implements. Read only.
	 */
	MLX5CTL_REG_PCAM = 0x507f,
	/*
	 * node_desc_reg: The node description string InfiniBand management
	 * reports for this device.
	 */
	MLX5CTL_REG_NODE_DESC = 0x6001,
	/* mtmp_reg: Management temperature of a sensor. */
	MLX5CTL_REG_MTMP = 0x900a,
	/* mcia_reg: Management cable info access (module EEPROM). */
	MLX5CTL_REG_MCIA = 0x9014,
	/*
	 * mgir_reg: Management general information: hardware, firmware,
	 * software.
	 */
	MLX5CTL_REG_MGIR = 0x9020,
	/*
	 * mcqs_reg: Management component query status: each firmware component
	 * (boot image, ...) and its update state. Read only.
	 */
	MLX5CTL_REG_MCQS = 0x9060,
	/*
	 * mcam_reg: Management capabilities mask: which management registers
	 * (0x9000-0x90ff) and features the firmware implements. Read only.
	 */
	MLX5CTL_REG_MCAM = 0x907f,
	/*
	 * resource_dump: Dump device resources, inline or into a umem. A
	 * 'write' dumps too: never at a lower scope.
	 */
	MLX5CTL_REG_RESOURCE_DUMP = 0xc000,
	/*
	 * dtor_reg: Default timeouts the driver should use: PCI toggle, health
	 * poll, crdump, reset, teardown, page reclaim. Read only.
	 */
	MLX5CTL_REG_DTOR = 0xc00e,
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
	/* odp_cap: On-demand paging capabilities, per transport service. */
	MLX5CTL_CAP_ODP = 0x2,
	/* atomic_caps: Atomic operations and their sizes. */
	MLX5CTL_CAP_ATOMIC = 0x3,
	/*
	 * flow_table_nic_cap: NIC flow steering: receive and transmit flow
	 * table properties.
	 */
	MLX5CTL_CAP_FLOW_TABLE = 0x7,
	/* flow_table_eswitch_cap: E-switch (FDB) flow steering capabilities. */
	MLX5CTL_CAP_ESWITCH_FLOW_TABLE = 0x8,
	/*
	 * e_switch_cap: E-switch capabilities: VLAN insertion and stripping,
	 * vport metadata.
	 */
	MLX5CTL_CAP_ESWITCH = 0x9,
	/* vector_calc_cap: Vector calculation offload capabilities. */
	MLX5CTL_CAP_VECTOR_CALC = 0xb,
	/* qos_cap: Quality of service capabilities. */
	MLX5CTL_CAP_QOS = 0xc,
	/*
	 * debug_cap: Debug capabilities: core dumps, resource dumps, stall
	 * detection.
	 */
	MLX5CTL_CAP_DEBUG = 0xd,
	/*
	 * device_mem_cap: On-device memory (MEMIC) and steering ICM
	 * capabilities.
	 */
	MLX5CTL_CAP_DEV_MEM = 0xf,
	/* tls_cap: kTLS offload: protocol versions and ciphers. */
	MLX5CTL_CAP_TLS = 0x11,
	/* virtio_emulation_cap: virtio (vDPA) emulation capabilities. */
	MLX5CTL_CAP_VDPA_EMULATION = 0x13,
	/* ipsec_cap: IPsec offload capabilities. */
	MLX5CTL_CAP_IPSEC = 0x15,
	/*
	 * shampo_cap: Header-data split and large receive (SHAMPO)
	 * capabilities.
	 */
	MLX5CTL_CAP_SHAMPO = 0x1d,
	/* macsec_cap: MACsec offload capabilities. */
	MLX5CTL_CAP_MACSEC = 0x1f,
	/* cmd_hca_cap_2: General device capabilities, second block. */
	MLX5CTL_CAP_GENERAL_2 = 0x20,
	/* port_selection_cap: LAG port selection flow table capabilities. */
	MLX5CTL_CAP_PORT_SELECTION = 0x25,
	/*
	 * adv_virtualization_cap: Advanced virtualization: dirty page tracking.
	 */
	MLX5CTL_CAP_ADV_VIRTUALIZATION = 0x26,
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
	/* Build time hhmm, BCD (1432 is 14:32). */
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

/*
 * The NODE_DESC register (0x6001): mlx5_ifc.h has no layout for it; mlx5_ib
 * reads it as 64 bytes of text (IB_DEVICE_NODE_DESC_MAX).
 */
struct mlx5ctl_ifc_node_desc_reg_bits {
	/* NUL-padded ASCII, as InfiniBand's NodeDescription. */
	u8         node_description[64][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_node_desc_reg_bits) == 0x200);

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

/*
 * Input of a command whose layout mlx5_ifc.h does not publish: the command
 * header, then the command's own bytes.
 */
struct mlx5ctl_ifc_opaque_cmd_in_bits {
	/* The command to run. */
	u8         opcode[0x10];
	/*
	 * Firmware user context the command runs under; the driver stamps it.
	 */
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	/* Command-specific modifier. */
	u8         op_mod[0x10];
	/*
	 * The header's last two dwords, command-specific (often an object id).
	 */
	u8         header_args[2][0x20];
	/* The rest of the input, as the command defines it. */
	u8         data[0][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_opaque_cmd_in_bits) == 0x80);

/*
 * Output of a command whose layout mlx5_ifc.h does not publish: status and
 * syndrome, then the command's own bytes.
 */
struct mlx5ctl_ifc_opaque_cmd_out_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	/* The header's last two dwords, command-specific. */
	u8         header_data[2][0x20];
	/* The rest of the output, as the command defines it. */
	u8         data[0][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_opaque_cmd_out_bits) == 0x80);

/* C type struct mlx5_ifc_scheduling_context_bits. */
struct mlx5ctl_ifc_scheduling_context_bits {
	u8         element_type[0x8];
	u8         reserved_at_8[0x18];
	u8         element_attributes[0x20];
	u8         parent_element_id[0x20];
	u8         reserved_at_60[0x40];
	u8         bw_share[0x20];
	u8         max_average_bw[0x20];
	u8         reserved_at_e0[0x120];
};

static_assert(sizeof(struct mlx5ctl_ifc_scheduling_context_bits) == 0x200);

/*
 * Output of QUERY_SCHEDULING_ELEMENT as firmware writes it: status and
 * syndrome, then the element. mlx5_ifc.h's query_scheduling_element_out has the
 * same size and context offset, but starts with an input header (opcode,
 * op_mod) where the status is.
 */
struct mlx5ctl_ifc_query_scheduling_element_reply_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0xc0];
	struct mlx5ctl_ifc_scheduling_context_bits scheduling_context;
	u8         reserved_at_300[0x100];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_scheduling_element_reply_bits) == 0x400);

/* C type struct mlx5_ifc_packet_reformat_context_in_bits. */
struct mlx5ctl_ifc_packet_reformat_context_in_bits {
	u8         reformat_type[0x8];
	u8         reserved_at_8[0x4];
	u8         reformat_param_0[0x4];
	u8         reserved_at_10[0x6];
	u8         reformat_data_size[0xa];
	u8         reformat_param_1[0x8];
	u8         reserved_at_28[0x8];
	u8         reformat_data[2][0x8];
	u8         more_reformat_data[0][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_packet_reformat_context_in_bits) == 0x40);

/*
 * Output of QUERY_PACKET_REFORMAT_CONTEXT: status and syndrome, then the
 * context with its header data (mlx5_ifc.h's query_packet_reformat_context_out,
 * whose context is a flexible array of one).
 */
struct mlx5ctl_ifc_query_packet_reformat_context_reply_bits {
	/* Firmware completion status; 0 is success. */
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	/* Firmware-specific detail of a failure. */
	u8         syndrome[0x20];
	u8         reserved_at_40[0xa0];
	struct mlx5ctl_ifc_packet_reformat_context_in_bits packet_reformat_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_packet_reformat_context_reply_bits) == 0x120);

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
	/*
	 * Number of records to return, one per counter and sample: N samples of
	 * C counters are N*C records.
	 */
	u8         num_of_samples[0x10];
	/*
	 * Index of the first record (sample i of C counters starts at record
	 * i*C).
	 */
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

/* C type struct mlx5_ifc_fpga_shell_caps_bits. */
struct mlx5ctl_ifc_fpga_shell_caps_bits {
	u8         max_num_qps[0x10];
	u8         reserved_at_10[0x8];
	u8         total_rcv_credits[0x8];
	u8         reserved_at_20[0xe];
	u8         qp_type[0x2];
	u8         reserved_at_30[0x5];
	u8         rae[0x1];
	u8         rwe[0x1];
	u8         rre[0x1];
	u8         reserved_at_38[0x4];
	u8         dc[0x1];
	u8         ud[0x1];
	u8         uc[0x1];
	u8         rc[0x1];
	u8         reserved_at_40[0x1a];
	u8         log_ddr_size[0x6];
	u8         max_fpga_qp_msg_size[0x20];
	u8         reserved_at_80[0x180];
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_shell_caps_bits) == 0x200);

/* C type struct mlx5_ifc_fpga_cap_bits. */
struct mlx5ctl_ifc_fpga_cap_bits {
	u8         fpga_id[0x8];
	u8         fpga_device[0x18];
	u8         register_file_ver[0x20];
	u8         fpga_ctrl_modify[0x1];
	u8         reserved_at_41[0x5];
	u8         access_reg_query_mode[0x2];
	u8         reserved_at_48[0x6];
	u8         access_reg_modify_mode[0x2];
	u8         reserved_at_50[0x10];
	u8         reserved_at_60[0x20];
	u8         image_version[0x20];
	u8         image_date[0x20];
	u8         image_time[0x20];
	u8         shell_version[0x20];
	u8         reserved_at_100[0x80];
	struct mlx5ctl_ifc_fpga_shell_caps_bits shell_caps;
	u8         reserved_at_380[0x8];
	u8         ieee_vendor_id[0x18];
	u8         sandbox_product_version[0x10];
	u8         sandbox_product_id[0x10];
	u8         sandbox_basic_caps[0x20];
	u8         reserved_at_3e0[0x10];
	u8         sandbox_extended_caps_len[0x10];
	u8         sandbox_extended_caps_addr[0x40];
	u8         fpga_ddr_start_addr[0x40];
	u8         fpga_cr_space_start_addr[0x40];
	u8         fpga_ddr_size[0x20];
	u8         fpga_cr_space_size[0x20];
	u8         reserved_at_500[0x300];
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_cap_bits) == 0x800);

/* C type struct mlx5_ifc_fpga_ctrl_bits. */
struct mlx5ctl_ifc_fpga_ctrl_bits {
	u8         reserved_at_0[0x8];
	u8         operation[0x8];
	u8         reserved_at_10[0x8];
	u8         status[0x8];
	u8         reserved_at_20[0x8];
	u8         flash_select_admin[0x8];
	u8         reserved_at_30[0x8];
	u8         flash_select_oper[0x8];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_ctrl_bits) == 0x80);

/* C type struct mlx5_ifc_fpga_error_event_bits. */
struct mlx5ctl_ifc_fpga_error_event_bits {
	u8         reserved_at_0[0x40];
	u8         reserved_at_40[0x18];
	u8         syndrome[0x8];
	u8         reserved_at_60[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_error_event_bits) == 0xe0);

/* C type struct mlx5_ifc_fpga_access_reg_bits. */
struct mlx5ctl_ifc_fpga_access_reg_bits {
	u8         reserved_at_0[0x20];
	u8         reserved_at_20[0x10];
	u8         size[0x10];
	u8         address[0x40];
	u8         data[0][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_access_reg_bits) == 0x80);

/* C type struct mlx5_ifc_fpga_qpc_bits. */
struct mlx5ctl_ifc_fpga_qpc_bits {
	u8         state[0x4];
	u8         reserved_at_4[0x1b];
	u8         qp_type[0x1];
	u8         reserved_at_20[0x4];
	u8         st[0x4];
	u8         reserved_at_28[0x10];
	u8         traffic_class[0x8];
	u8         ether_type[0x10];
	u8         prio[0x3];
	u8         dei[0x1];
	u8         vid[0xc];
	u8         reserved_at_60[0x20];
	u8         reserved_at_80[0x8];
	u8         next_rcv_psn[0x18];
	u8         reserved_at_a0[0x8];
	u8         next_send_psn[0x18];
	u8         reserved_at_c0[0x10];
	u8         pkey[0x10];
	u8         reserved_at_e0[0x8];
	u8         remote_qpn[0x18];
	u8         reserved_at_100[0x15];
	u8         rnr_retry[0x3];
	u8         reserved_at_118[0x5];
	u8         retry_count[0x3];
	u8         reserved_at_120[0x20];
	u8         reserved_at_140[0x10];
	u8         remote_mac_47_32[0x10];
	u8         remote_mac_31_0[0x20];
	u8         remote_ip[16][0x8];
	u8         reserved_at_200[0x40];
	u8         reserved_at_240[0x10];
	u8         fpga_mac_47_32[0x10];
	u8         fpga_mac_31_0[0x20];
	u8         fpga_ip[16][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_qpc_bits) == 0x300);

/* C type struct mlx5_ifc_fpga_create_qp_in_bits. */
struct mlx5ctl_ifc_fpga_create_qp_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_fpga_qpc_bits fpga_qpc;
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_create_qp_in_bits) == 0x380);

/* C type struct mlx5_ifc_fpga_create_qp_out_bits. */
struct mlx5ctl_ifc_fpga_create_qp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         fpga_qpn[0x18];
	u8         reserved_at_60[0x20];
	struct mlx5ctl_ifc_fpga_qpc_bits fpga_qpc;
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_create_qp_out_bits) == 0x380);

/* C type struct mlx5_ifc_fpga_modify_qp_in_bits. */
struct mlx5ctl_ifc_fpga_modify_qp_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         fpga_qpn[0x18];
	u8         field_select[0x20];
	struct mlx5ctl_ifc_fpga_qpc_bits fpga_qpc;
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_modify_qp_in_bits) == 0x380);

/* C type struct mlx5_ifc_fpga_modify_qp_out_bits. */
struct mlx5ctl_ifc_fpga_modify_qp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_modify_qp_out_bits) == 0x80);

/* C type struct mlx5_ifc_fpga_query_qp_in_bits. */
struct mlx5ctl_ifc_fpga_query_qp_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         fpga_qpn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_query_qp_in_bits) == 0x80);

/* C type struct mlx5_ifc_fpga_query_qp_out_bits. */
struct mlx5ctl_ifc_fpga_query_qp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_fpga_qpc_bits fpga_qpc;
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_query_qp_out_bits) == 0x380);

/* C type struct mlx5_ifc_fpga_query_qp_counters_in_bits. */
struct mlx5ctl_ifc_fpga_query_qp_counters_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         clear[0x1];
	u8         reserved_at_41[0x7];
	u8         fpga_qpn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_query_qp_counters_in_bits) == 0x80);

/* C type struct mlx5_ifc_fpga_query_qp_counters_out_bits. */
struct mlx5ctl_ifc_fpga_query_qp_counters_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	u8         rx_ack_packets[0x40];
	u8         rx_send_packets[0x40];
	u8         tx_ack_packets[0x40];
	u8         tx_send_packets[0x40];
	u8         rx_total_drop[0x40];
	u8         reserved_at_1c0[0x1c0];
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_query_qp_counters_out_bits) == 0x380);

/* C type struct mlx5_ifc_fpga_destroy_qp_in_bits. */
struct mlx5ctl_ifc_fpga_destroy_qp_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         fpga_qpn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_destroy_qp_in_bits) == 0x80);

/* C type struct mlx5_ifc_fpga_destroy_qp_out_bits. */
struct mlx5ctl_ifc_fpga_destroy_qp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_destroy_qp_out_bits) == 0x80);

/* C type struct mlx5_ifc_fpga_qp_error_event_bits. */
struct mlx5ctl_ifc_fpga_qp_error_event_bits {
	u8         reserved_at_0[0x40];
	u8         reserved_at_40[0x18];
	u8         syndrome[0x8];
	u8         reserved_at_60[0x60];
	u8         reserved_at_c0[0x8];
	u8         fpga_qpn[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_fpga_qp_error_event_bits) == 0xe0);

/* C type struct mlx5_ifc_flow_table_fields_supported_bits. */
struct mlx5ctl_ifc_flow_table_fields_supported_bits {
	u8         outer_dmac[0x1];
	u8         outer_smac[0x1];
	u8         outer_ether_type[0x1];
	u8         outer_ip_version[0x1];
	u8         outer_first_prio[0x1];
	u8         outer_first_cfi[0x1];
	u8         outer_first_vid[0x1];
	u8         outer_ipv4_ttl[0x1];
	u8         outer_second_prio[0x1];
	u8         outer_second_cfi[0x1];
	u8         outer_second_vid[0x1];
	u8         reserved_at_b[0x1];
	u8         outer_sip[0x1];
	u8         outer_dip[0x1];
	u8         outer_frag[0x1];
	u8         outer_ip_protocol[0x1];
	u8         outer_ip_ecn[0x1];
	u8         outer_ip_dscp[0x1];
	u8         outer_udp_sport[0x1];
	u8         outer_udp_dport[0x1];
	u8         outer_tcp_sport[0x1];
	u8         outer_tcp_dport[0x1];
	u8         outer_tcp_flags[0x1];
	u8         outer_gre_protocol[0x1];
	u8         outer_gre_key[0x1];
	u8         outer_vxlan_vni[0x1];
	u8         outer_geneve_vni[0x1];
	u8         outer_geneve_oam[0x1];
	u8         outer_geneve_protocol_type[0x1];
	u8         outer_geneve_opt_len[0x1];
	u8         source_vhca_port[0x1];
	u8         source_eswitch_port[0x1];
	u8         inner_dmac[0x1];
	u8         inner_smac[0x1];
	u8         inner_ether_type[0x1];
	u8         inner_ip_version[0x1];
	u8         inner_first_prio[0x1];
	u8         inner_first_cfi[0x1];
	u8         inner_first_vid[0x1];
	u8         reserved_at_27[0x1];
	u8         inner_second_prio[0x1];
	u8         inner_second_cfi[0x1];
	u8         inner_second_vid[0x1];
	u8         reserved_at_2b[0x1];
	u8         inner_sip[0x1];
	u8         inner_dip[0x1];
	u8         inner_frag[0x1];
	u8         inner_ip_protocol[0x1];
	u8         inner_ip_ecn[0x1];
	u8         inner_ip_dscp[0x1];
	u8         inner_udp_sport[0x1];
	u8         inner_udp_dport[0x1];
	u8         inner_tcp_sport[0x1];
	u8         inner_tcp_dport[0x1];
	u8         inner_tcp_flags[0x1];
	u8         reserved_at_37[0x9];
	u8         geneve_tlv_option_0_data[0x1];
	u8         geneve_tlv_option_0_exist[0x1];
	u8         reserved_at_42[0x3];
	u8         outer_first_mpls_over_udp[0x4];
	u8         outer_first_mpls_over_gre[0x4];
	u8         inner_first_mpls[0x4];
	u8         outer_first_mpls[0x4];
	u8         reserved_at_55[0x2];
	u8         outer_esp_spi[0x1];
	u8         reserved_at_58[0x2];
	u8         bth_dst_qp[0x1];
	u8         reserved_at_5b[0x5];
	u8         reserved_at_60[0x18];
	u8         metadata_reg_c_7[0x1];
	u8         metadata_reg_c_6[0x1];
	u8         metadata_reg_c_5[0x1];
	u8         metadata_reg_c_4[0x1];
	u8         metadata_reg_c_3[0x1];
	u8         metadata_reg_c_2[0x1];
	u8         metadata_reg_c_1[0x1];
	u8         metadata_reg_c_0[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_flow_table_fields_supported_bits) == 0x80);

/* C type struct mlx5_ifc_flow_table_fields_supported_2_bits. */
struct mlx5ctl_ifc_flow_table_fields_supported_2_bits {
	u8         reserved_at_0[0xe];
	u8         bth_opcode[0x1];
	u8         reserved_at_f[0x11];
	u8         reserved_at_20[0x60];
};

static_assert(sizeof(struct mlx5ctl_ifc_flow_table_fields_supported_2_bits) == 0x80);

/* C type struct mlx5_ifc_flow_table_prop_layout_bits. */
struct mlx5ctl_ifc_flow_table_prop_layout_bits {
	u8         ft_support[0x1];
	u8         reserved_at_1[0x1];
	u8         flow_counter[0x1];
	u8         flow_modify_en[0x1];
	u8         modify_root[0x1];
	u8         identified_miss_table_mode[0x1];
	u8         flow_table_modify[0x1];
	u8         reformat[0x1];
	u8         decap[0x1];
	u8         reserved_at_9[0x1];
	u8         pop_vlan[0x1];
	u8         push_vlan[0x1];
	u8         reserved_at_c[0x1];
	u8         pop_vlan_2[0x1];
	u8         push_vlan_2[0x1];
	u8         reformat_and_vlan_action[0x1];
	u8         reserved_at_10[0x1];
	u8         sw_owner[0x1];
	u8         reformat_l3_tunnel_to_l2[0x1];
	u8         reformat_l2_to_l3_tunnel[0x1];
	u8         reformat_and_modify_action[0x1];
	u8         ignore_flow_level[0x1];
	u8         reserved_at_16[0x1];
	u8         table_miss_action_domain[0x1];
	u8         termination_table[0x1];
	u8         reformat_and_fwd_to_table[0x1];
	u8         reserved_at_1a[0x2];
	u8         ipsec_encrypt[0x1];
	u8         ipsec_decrypt[0x1];
	u8         sw_owner_v2[0x1];
	u8         reserved_at_1f[0x1];
	u8         termination_table_raw_traffic[0x1];
	u8         reserved_at_21[0x1];
	u8         log_max_ft_size[0x6];
	u8         log_max_modify_header_context[0x8];
	u8         max_modify_header_actions[0x8];
	u8         max_ft_level[0x8];
	u8         reserved_at_40[0x6];
	u8         execute_aso[0x1];
	u8         reserved_at_47[0x19];
	u8         reserved_at_60[0x2];
	u8         reformat_insert[0x1];
	u8         reformat_remove[0x1];
	u8         macsec_encrypt[0x1];
	u8         macsec_decrypt[0x1];
	u8         reserved_at_66[0x2];
	u8         reformat_add_macsec[0x1];
	u8         reformat_remove_macsec[0x1];
	u8         reserved_at_6a[0xe];
	u8         log_max_ft_num[0x8];
	u8         reserved_at_80[0x10];
	u8         log_max_flow_counter[0x8];
	u8         log_max_destination[0x8];
	u8         reserved_at_a0[0x18];
	u8         log_max_flow[0x8];
	u8         reserved_at_c0[0x40];
	struct mlx5ctl_ifc_flow_table_fields_supported_bits ft_field_support;
	struct mlx5ctl_ifc_flow_table_fields_supported_bits ft_field_bitmask_support;
};

static_assert(sizeof(struct mlx5ctl_ifc_flow_table_prop_layout_bits) == 0x200);

/* C type struct mlx5_ifc_odp_per_transport_service_cap_bits. */
struct mlx5ctl_ifc_odp_per_transport_service_cap_bits {
	u8         send[0x1];
	u8         receive[0x1];
	u8         write[0x1];
	u8         read[0x1];
	u8         atomic[0x1];
	u8         srq_receive[0x1];
	u8         reserved_at_6[0x1a];
};

static_assert(sizeof(struct mlx5ctl_ifc_odp_per_transport_service_cap_bits) == 0x20);

/* C type struct mlx5_ifc_ipv4_layout_bits. */
struct mlx5ctl_ifc_ipv4_layout_bits {
	u8         reserved_at_0[0x60];
	u8         ipv4[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_ipv4_layout_bits) == 0x80);

/* C type struct mlx5_ifc_ipv6_layout_bits. */
struct mlx5ctl_ifc_ipv6_layout_bits {
	u8         ipv6[16][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_ipv6_layout_bits) == 0x80);

/* C type union mlx5_ifc_ipv6_layout_ipv4_layout_auto_bits. */
union mlx5ctl_ifc_ipv6_layout_ipv4_layout_auto_bits {
	struct mlx5ctl_ifc_ipv6_layout_bits ipv6_layout;
	struct mlx5ctl_ifc_ipv4_layout_bits ipv4_layout;
	u8         reserved_at_0[0x80];
};

static_assert(sizeof(union mlx5ctl_ifc_ipv6_layout_ipv4_layout_auto_bits) == 0x80);

/* C type struct mlx5_ifc_fte_match_set_lyr_2_4_bits. */
struct mlx5ctl_ifc_fte_match_set_lyr_2_4_bits {
	u8         smac_47_16[0x20];
	u8         smac_15_0[0x10];
	u8         ethertype[0x10];
	u8         dmac_47_16[0x20];
	u8         dmac_15_0[0x10];
	u8         first_prio[0x3];
	u8         first_cfi[0x1];
	u8         first_vid[0xc];
	u8         ip_protocol[0x8];
	u8         ip_dscp[0x6];
	u8         ip_ecn[0x2];
	u8         cvlan_tag[0x1];
	u8         svlan_tag[0x1];
	u8         frag[0x1];
	u8         ip_version[0x4];
	u8         tcp_flags[0x9];
	u8         tcp_sport[0x10];
	u8         tcp_dport[0x10];
	u8         reserved_at_c0[0x10];
	u8         ipv4_ihl[0x4];
	u8         reserved_at_d4[0x4];
	u8         ttl_hoplimit[0x8];
	u8         udp_sport[0x10];
	u8         udp_dport[0x10];
	union mlx5ctl_ifc_ipv6_layout_ipv4_layout_auto_bits src_ipv4_src_ipv6;
	union mlx5ctl_ifc_ipv6_layout_ipv4_layout_auto_bits dst_ipv4_dst_ipv6;
};

static_assert(sizeof(struct mlx5ctl_ifc_fte_match_set_lyr_2_4_bits) == 0x200);

/* C type struct mlx5_ifc_nvgre_key_bits. */
struct mlx5ctl_ifc_nvgre_key_bits {
	u8         hi[0x18];
	u8         lo[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_nvgre_key_bits) == 0x20);

/* C type union mlx5_ifc_gre_key_bits. */
union mlx5ctl_ifc_gre_key_bits {
	struct mlx5ctl_ifc_nvgre_key_bits nvgre;
	u8         key[0x20];
};

static_assert(sizeof(union mlx5ctl_ifc_gre_key_bits) == 0x20);

/* C type struct mlx5_ifc_fte_match_set_misc_bits. */
struct mlx5ctl_ifc_fte_match_set_misc_bits {
	u8         gre_c_present[0x1];
	u8         reserved_at_1[0x1];
	u8         gre_k_present[0x1];
	u8         gre_s_present[0x1];
	u8         source_vhca_port[0x4];
	u8         source_sqn[0x18];
	u8         source_eswitch_owner_vhca_id[0x10];
	u8         source_port[0x10];
	u8         outer_second_prio[0x3];
	u8         outer_second_cfi[0x1];
	u8         outer_second_vid[0xc];
	u8         inner_second_prio[0x3];
	u8         inner_second_cfi[0x1];
	u8         inner_second_vid[0xc];
	u8         outer_second_cvlan_tag[0x1];
	u8         inner_second_cvlan_tag[0x1];
	u8         outer_second_svlan_tag[0x1];
	u8         inner_second_svlan_tag[0x1];
	u8         reserved_at_64[0xc];
	u8         gre_protocol[0x10];
	union mlx5ctl_ifc_gre_key_bits gre_key;
	u8         vxlan_vni[0x18];
	u8         bth_opcode[0x8];
	u8         geneve_vni[0x18];
	u8         reserved_at_d8[0x6];
	u8         geneve_tlv_option_0_exist[0x1];
	u8         geneve_oam[0x1];
	u8         reserved_at_e0[0xc];
	u8         outer_ipv6_flow_label[0x14];
	u8         reserved_at_100[0xc];
	u8         inner_ipv6_flow_label[0x14];
	u8         reserved_at_120[0xa];
	u8         geneve_opt_len[0x6];
	u8         geneve_protocol_type[0x10];
	u8         reserved_at_140[0x8];
	u8         bth_dst_qp[0x18];
	u8         reserved_at_160[0x20];
	u8         outer_esp_spi[0x20];
	u8         reserved_at_1a0[0x60];
};

static_assert(sizeof(struct mlx5ctl_ifc_fte_match_set_misc_bits) == 0x200);

/* C type struct mlx5_ifc_fte_match_mpls_bits. */
struct mlx5ctl_ifc_fte_match_mpls_bits {
	u8         mpls_label[0x14];
	u8         mpls_exp[0x3];
	u8         mpls_s_bos[0x1];
	u8         mpls_ttl[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_fte_match_mpls_bits) == 0x20);

/* C type struct mlx5_ifc_fte_match_set_misc2_bits. */
struct mlx5ctl_ifc_fte_match_set_misc2_bits {
	struct mlx5ctl_ifc_fte_match_mpls_bits outer_first_mpls;
	struct mlx5ctl_ifc_fte_match_mpls_bits inner_first_mpls;
	struct mlx5ctl_ifc_fte_match_mpls_bits outer_first_mpls_over_gre;
	struct mlx5ctl_ifc_fte_match_mpls_bits outer_first_mpls_over_udp;
	u8         metadata_reg_c_7[0x20];
	u8         metadata_reg_c_6[0x20];
	u8         metadata_reg_c_5[0x20];
	u8         metadata_reg_c_4[0x20];
	u8         metadata_reg_c_3[0x20];
	u8         metadata_reg_c_2[0x20];
	u8         metadata_reg_c_1[0x20];
	u8         metadata_reg_c_0[0x20];
	u8         metadata_reg_a[0x20];
	u8         reserved_at_1a0[0x8];
	u8         macsec_syndrome[0x8];
	u8         reserved_at_1b0[0x50];
};

static_assert(sizeof(struct mlx5ctl_ifc_fte_match_set_misc2_bits) == 0x200);

/* C type struct mlx5_ifc_fte_match_set_misc3_bits. */
struct mlx5ctl_ifc_fte_match_set_misc3_bits {
	u8         inner_tcp_seq_num[0x20];
	u8         outer_tcp_seq_num[0x20];
	u8         inner_tcp_ack_num[0x20];
	u8         outer_tcp_ack_num[0x20];
	u8         reserved_at_80[0x8];
	u8         outer_vxlan_gpe_vni[0x18];
	u8         outer_vxlan_gpe_next_protocol[0x8];
	u8         outer_vxlan_gpe_flags[0x8];
	u8         reserved_at_b0[0x10];
	u8         icmp_header_data[0x20];
	u8         icmpv6_header_data[0x20];
	u8         icmp_type[0x8];
	u8         icmp_code[0x8];
	u8         icmpv6_type[0x8];
	u8         icmpv6_code[0x8];
	u8         geneve_tlv_option_0_data[0x20];
	u8         gtpu_teid[0x20];
	u8         gtpu_msg_type[0x8];
	u8         gtpu_msg_flags[0x8];
	u8         reserved_at_170[0x10];
	u8         gtpu_dw_2[0x20];
	u8         gtpu_first_ext_dw_0[0x20];
	u8         gtpu_dw_0[0x20];
	u8         reserved_at_1e0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_fte_match_set_misc3_bits) == 0x200);

/* C type struct mlx5_ifc_fte_match_set_misc4_bits. */
struct mlx5ctl_ifc_fte_match_set_misc4_bits {
	u8         prog_sample_field_value_0[0x20];
	u8         prog_sample_field_id_0[0x20];
	u8         prog_sample_field_value_1[0x20];
	u8         prog_sample_field_id_1[0x20];
	u8         prog_sample_field_value_2[0x20];
	u8         prog_sample_field_id_2[0x20];
	u8         prog_sample_field_value_3[0x20];
	u8         prog_sample_field_id_3[0x20];
	u8         reserved_at_100[0x100];
};

static_assert(sizeof(struct mlx5ctl_ifc_fte_match_set_misc4_bits) == 0x200);

/* C type struct mlx5_ifc_fte_match_set_misc5_bits. */
struct mlx5ctl_ifc_fte_match_set_misc5_bits {
	u8         macsec_tag_0[0x20];
	u8         macsec_tag_1[0x20];
	u8         macsec_tag_2[0x20];
	u8         macsec_tag_3[0x20];
	u8         tunnel_header_0[0x20];
	u8         tunnel_header_1[0x20];
	u8         tunnel_header_2[0x20];
	u8         tunnel_header_3[0x20];
	u8         reserved_at_100[0x100];
};

static_assert(sizeof(struct mlx5ctl_ifc_fte_match_set_misc5_bits) == 0x200);

/* C type struct mlx5_ifc_cmd_pas_bits. */
struct mlx5ctl_ifc_cmd_pas_bits {
	u8         pa_h[0x20];
	u8         pa_l[0x14];
	u8         reserved_at_34[0xc];
};

static_assert(sizeof(struct mlx5ctl_ifc_cmd_pas_bits) == 0x40);

/* C type struct mlx5_ifc_uint64_bits. */
struct mlx5ctl_ifc_uint64_bits {
	u8         hi[0x20];
	u8         lo[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_uint64_bits) == 0x40);

/* C type struct mlx5_ifc_ads_bits. */
struct mlx5ctl_ifc_ads_bits {
	u8         fl[0x1];
	u8         free_ar[0x1];
	u8         reserved_at_2[0xe];
	u8         pkey_index[0x10];
	u8         reserved_at_20[0x8];
	u8         grh[0x1];
	u8         mlid[0x7];
	u8         rlid[0x10];
	u8         ack_timeout[0x5];
	u8         reserved_at_45[0x3];
	u8         src_addr_index[0x8];
	u8         reserved_at_50[0x4];
	u8         stat_rate[0x4];
	u8         hop_limit[0x8];
	u8         reserved_at_60[0x4];
	u8         tclass[0x8];
	u8         flow_label[0x14];
	u8         rgid_rip[16][0x8];
	u8         reserved_at_100[0x4];
	u8         f_dscp[0x1];
	u8         f_ecn[0x1];
	u8         reserved_at_106[0x1];
	u8         f_eth_prio[0x1];
	u8         ecn[0x2];
	u8         dscp[0x6];
	u8         udp_sport[0x10];
	u8         dei_cfi[0x1];
	u8         eth_prio[0x3];
	u8         sl[0x4];
	u8         vhca_port_num[0x8];
	u8         rmac_47_32[0x10];
	u8         rmac_31_0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_ads_bits) == 0x160);

/* C type struct mlx5_ifc_flow_table_nic_cap_bits. */
struct mlx5ctl_ifc_flow_table_nic_cap_bits {
	u8         nic_rx_multi_path_tirs[0x1];
	u8         nic_rx_multi_path_tirs_fts[0x1];
	u8         allow_sniffer_and_nic_rx_shared_tir[0x1];
	u8         reserved_at_3[0x4];
	u8         sw_owner_reformat_supported[0x1];
	u8         reserved_at_8[0x18];
	u8         encap_general_header[0x1];
	u8         reserved_at_21[0xa];
	u8         log_max_packet_reformat_context[0x5];
	u8         reserved_at_30[0x6];
	u8         max_encap_header_size[0xa];
	u8         reserved_at_40[0x1c0];
	struct mlx5ctl_ifc_flow_table_prop_layout_bits flow_table_properties_nic_receive;
	struct mlx5ctl_ifc_flow_table_prop_layout_bits flow_table_properties_nic_receive_rdma;
	struct mlx5ctl_ifc_flow_table_prop_layout_bits flow_table_properties_nic_receive_sniffer;
	struct mlx5ctl_ifc_flow_table_prop_layout_bits flow_table_properties_nic_transmit;
	struct mlx5ctl_ifc_flow_table_prop_layout_bits flow_table_properties_nic_transmit_rdma;
	struct mlx5ctl_ifc_flow_table_prop_layout_bits flow_table_properties_nic_transmit_sniffer;
	u8         reserved_at_e00[0x700];
	struct mlx5ctl_ifc_flow_table_fields_supported_2_bits ft_field_support_2_nic_receive_rdma;
	u8         reserved_at_1580[0x280];
	struct mlx5ctl_ifc_flow_table_fields_supported_2_bits ft_field_support_2_nic_transmit_rdma;
	u8         reserved_at_1880[0x780];
	u8         sw_steering_nic_rx_action_drop_icm_address[0x40];
	u8         sw_steering_nic_tx_action_drop_icm_address[0x40];
	u8         sw_steering_nic_tx_action_allow_icm_address[0x40];
	u8         reserved_at_20c0[0x5f40];
};

static_assert(sizeof(struct mlx5ctl_ifc_flow_table_nic_cap_bits) == 0x8000);

/* C type struct mlx5_ifc_port_selection_cap_bits. */
struct mlx5ctl_ifc_port_selection_cap_bits {
	u8         reserved_at_0[0x10];
	u8         port_select_flow_table[0x1];
	u8         reserved_at_11[0x1];
	u8         port_select_flow_table_bypass[0x1];
	u8         reserved_at_13[0xd];
	u8         reserved_at_20[0x1e0];
	struct mlx5ctl_ifc_flow_table_prop_layout_bits flow_table_properties_port_selection;
	u8         reserved_at_400[0x7c00];
};

static_assert(sizeof(struct mlx5ctl_ifc_port_selection_cap_bits) == 0x8000);

/* C type struct mlx5_ifc_flow_table_eswitch_cap_bits. */
struct mlx5ctl_ifc_flow_table_eswitch_cap_bits {
	u8         fdb_to_vport_reg_c_id[0x8];
	u8         reserved_at_8[0xd];
	u8         fdb_modify_header_fwd_to_table[0x1];
	u8         fdb_ipv4_ttl_modify[0x1];
	u8         flow_source[0x1];
	u8         reserved_at_18[0x2];
	u8         multi_fdb_encap[0x1];
	u8         egress_acl_forward_to_vport[0x1];
	u8         fdb_multi_path_to_table[0x1];
	u8         reserved_at_1d[0x3];
	u8         reserved_at_20[0x1e0];
	struct mlx5ctl_ifc_flow_table_prop_layout_bits flow_table_properties_nic_esw_fdb;
	struct mlx5ctl_ifc_flow_table_prop_layout_bits flow_table_properties_esw_acl_ingress;
	struct mlx5ctl_ifc_flow_table_prop_layout_bits flow_table_properties_esw_acl_egress;
	u8         reserved_at_800[0x1000];
	u8         sw_steering_fdb_action_drop_icm_address_rx[0x40];
	u8         sw_steering_fdb_action_drop_icm_address_tx[0x40];
	u8         sw_steering_uplink_icm_address_rx[0x40];
	u8         sw_steering_uplink_icm_address_tx[0x40];
	u8         reserved_at_1900[0x6700];
};

static_assert(sizeof(struct mlx5ctl_ifc_flow_table_eswitch_cap_bits) == 0x8000);

/* C type struct mlx5_ifc_e_switch_cap_bits. */
struct mlx5ctl_ifc_e_switch_cap_bits {
	u8         vport_svlan_strip[0x1];
	u8         vport_cvlan_strip[0x1];
	u8         vport_svlan_insert[0x1];
	u8         vport_cvlan_insert_if_not_exist[0x1];
	u8         vport_cvlan_insert_overwrite[0x1];
	u8         reserved_at_5[0x1];
	u8         vport_cvlan_insert_always[0x1];
	u8         esw_shared_ingress_acl[0x1];
	u8         esw_uplink_ingress_acl[0x1];
	u8         root_ft_on_other_esw[0x1];
	u8         reserved_at_a[0xf];
	u8         esw_functions_changed[0x1];
	u8         reserved_at_1a[0x1];
	u8         ecpf_vport_exists[0x1];
	u8         counter_eswitch_affinity[0x1];
	u8         merged_eswitch[0x1];
	u8         nic_vport_node_guid_modify[0x1];
	u8         nic_vport_port_guid_modify[0x1];
	u8         vxlan_encap_decap[0x1];
	u8         nvgre_encap_decap[0x1];
	u8         reserved_at_22[0x1];
	u8         log_max_fdb_encap_uplink[0x5];
	u8         reserved_at_28[0x3];
	u8         log_max_packet_reformat_context[0x5];
	u8         reserved_at_30[0x6];
	u8         max_encap_header_size[0xa];
	u8         reserved_at_40[0xb];
	u8         log_max_esw_sf[0x5];
	u8         esw_sf_base_id[0x10];
	u8         reserved_at_60[0x7a0];
};

static_assert(sizeof(struct mlx5ctl_ifc_e_switch_cap_bits) == 0x800);

/* C type struct mlx5_ifc_debug_cap_bits. */
struct mlx5ctl_ifc_debug_cap_bits {
	u8         core_dump_general[0x1];
	u8         core_dump_qp[0x1];
	u8         reserved_at_2[0x7];
	u8         resource_dump[0x1];
	u8         reserved_at_a[0x16];
	u8         reserved_at_20[0x2];
	u8         stall_detect[0x1];
	u8         reserved_at_23[0x1d];
	u8         reserved_at_40[0x7c0];
};

static_assert(sizeof(struct mlx5ctl_ifc_debug_cap_bits) == 0x800);

/* C type struct mlx5_ifc_sync_steering_in_bits. */
struct mlx5ctl_ifc_sync_steering_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0xc0];
};

static_assert(sizeof(struct mlx5ctl_ifc_sync_steering_in_bits) == 0x100);

/* C type struct mlx5_ifc_sync_steering_out_bits. */
struct mlx5ctl_ifc_sync_steering_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_sync_steering_out_bits) == 0x80);

/* C type struct mlx5_ifc_device_mem_cap_bits. */
struct mlx5ctl_ifc_device_mem_cap_bits {
	u8         memic[0x1];
	u8         reserved_at_1[0x1f];
	u8         reserved_at_20[0xb];
	u8         log_min_memic_alloc_size[0x5];
	u8         reserved_at_30[0x8];
	u8         log_max_memic_addr_alignment[0x8];
	u8         memic_bar_start_addr[0x40];
	u8         memic_bar_size[0x20];
	u8         max_memic_size[0x20];
	u8         steering_sw_icm_start_address[0x40];
	u8         reserved_at_100[0x8];
	u8         log_header_modify_sw_icm_size[0x8];
	u8         reserved_at_110[0x2];
	u8         log_sw_icm_alloc_granularity[0x6];
	u8         log_steering_sw_icm_size[0x8];
	u8         reserved_at_120[0x18];
	u8         log_header_modify_pattern_sw_icm_size[0x8];
	u8         header_modify_sw_icm_start_address[0x40];
	u8         reserved_at_180[0x40];
	u8         header_modify_pattern_sw_icm_start_address[0x40];
	u8         memic_operations[0x20];
	u8         reserved_at_220[0x5e0];
};

static_assert(sizeof(struct mlx5ctl_ifc_device_mem_cap_bits) == 0x800);

/* C type struct mlx5_ifc_device_event_cap_bits. */
struct mlx5ctl_ifc_device_event_cap_bits {
	u8         user_affiliated_events[4][0x40];
	u8         user_unaffiliated_events[4][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_device_event_cap_bits) == 0x200);

/* C type struct mlx5_ifc_virtio_emulation_cap_bits. */
struct mlx5ctl_ifc_virtio_emulation_cap_bits {
	u8         desc_tunnel_offload_type[0x1];
	u8         eth_frame_offload_type[0x1];
	u8         virtio_version_1_0[0x1];
	u8         device_features_bits_mask[0xd];
	u8         event_mode[0x8];
	u8         virtio_queue_type[0x8];
	u8         max_tunnel_desc[0x10];
	u8         reserved_at_30[0x3];
	u8         log_doorbell_stride[0x5];
	u8         reserved_at_38[0x3];
	u8         log_doorbell_bar_size[0x5];
	u8         doorbell_bar_offset[0x40];
	u8         max_emulated_devices[0x8];
	u8         max_num_virtio_queues[0x18];
	u8         reserved_at_a0[0x60];
	u8         umem_1_buffer_param_a[0x20];
	u8         umem_1_buffer_param_b[0x20];
	u8         umem_2_buffer_param_a[0x20];
	u8         umem_2_buffer_param_b[0x20];
	u8         umem_3_buffer_param_a[0x20];
	u8         umem_3_buffer_param_b[0x20];
	u8         reserved_at_1c0[0x640];
};

static_assert(sizeof(struct mlx5ctl_ifc_virtio_emulation_cap_bits) == 0x800);

/* C type struct mlx5_ifc_atomic_caps_bits. */
struct mlx5ctl_ifc_atomic_caps_bits {
	u8         reserved_at_0[0x40];
	u8         atomic_req_8b_endianness_mode[0x2];
	u8         reserved_at_42[0x4];
	u8         supported_atomic_req_8b_endianness_mode_1[0x1];
	u8         reserved_at_47[0x19];
	u8         reserved_at_60[0x20];
	u8         reserved_at_80[0x10];
	u8         atomic_operations[0x10];
	u8         reserved_at_a0[0x10];
	u8         atomic_size_qp[0x10];
	u8         reserved_at_c0[0x10];
	u8         atomic_size_dc[0x10];
	u8         reserved_at_e0[0x720];
};

static_assert(sizeof(struct mlx5ctl_ifc_atomic_caps_bits) == 0x800);

/* C type struct mlx5_ifc_odp_cap_bits. */
struct mlx5ctl_ifc_odp_cap_bits {
	u8         reserved_at_0[0x40];
	u8         sig[0x1];
	u8         reserved_at_41[0x1f];
	u8         reserved_at_60[0x20];
	struct mlx5ctl_ifc_odp_per_transport_service_cap_bits rc_odp_caps;
	struct mlx5ctl_ifc_odp_per_transport_service_cap_bits uc_odp_caps;
	struct mlx5ctl_ifc_odp_per_transport_service_cap_bits ud_odp_caps;
	struct mlx5ctl_ifc_odp_per_transport_service_cap_bits xrc_odp_caps;
	struct mlx5ctl_ifc_odp_per_transport_service_cap_bits dc_odp_caps;
	u8         reserved_at_120[0x6e0];
};

static_assert(sizeof(struct mlx5ctl_ifc_odp_cap_bits) == 0x800);

/* C type struct mlx5_ifc_calc_op. */
struct mlx5ctl_ifc_calc_op_bits {
	u8         reserved_at_0[0x10];
	u8         reserved_at_10[0x9];
	u8         op_swap_endianness[0x1];
	u8         op_min[0x1];
	u8         op_xor[0x1];
	u8         op_or[0x1];
	u8         op_and[0x1];
	u8         op_max[0x1];
	u8         op_add[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_calc_op_bits) == 0x20);

/* C type struct mlx5_ifc_vector_calc_cap_bits. */
struct mlx5ctl_ifc_vector_calc_cap_bits {
	u8         calc_matrix[0x1];
	u8         reserved_at_1[0x1f];
	u8         reserved_at_20[0x8];
	u8         max_vec_count[0x8];
	u8         reserved_at_30[0xd];
	u8         max_chunk_size[0x3];
	struct mlx5ctl_ifc_calc_op_bits calc0;
	struct mlx5ctl_ifc_calc_op_bits calc1;
	struct mlx5ctl_ifc_calc_op_bits calc2;
	struct mlx5ctl_ifc_calc_op_bits calc3;
	u8         reserved_at_c0[0x720];
};

static_assert(sizeof(struct mlx5ctl_ifc_vector_calc_cap_bits) == 0x7e0);

/* C type struct mlx5_ifc_tls_cap_bits. */
struct mlx5ctl_ifc_tls_cap_bits {
	u8         tls_1_2_aes_gcm_128[0x1];
	u8         tls_1_3_aes_gcm_128[0x1];
	u8         tls_1_2_aes_gcm_256[0x1];
	u8         tls_1_3_aes_gcm_256[0x1];
	u8         reserved_at_4[0x1c];
	u8         reserved_at_20[0x7e0];
};

static_assert(sizeof(struct mlx5ctl_ifc_tls_cap_bits) == 0x800);

/* C type struct mlx5_ifc_ipsec_cap_bits. */
struct mlx5ctl_ifc_ipsec_cap_bits {
	u8         ipsec_full_offload[0x1];
	u8         ipsec_crypto_offload[0x1];
	u8         ipsec_esn[0x1];
	u8         ipsec_crypto_esp_aes_gcm_256_encrypt[0x1];
	u8         ipsec_crypto_esp_aes_gcm_128_encrypt[0x1];
	u8         ipsec_crypto_esp_aes_gcm_256_decrypt[0x1];
	u8         ipsec_crypto_esp_aes_gcm_128_decrypt[0x1];
	u8         reserved_at_7[0x4];
	u8         log_max_ipsec_offload[0x5];
	u8         reserved_at_10[0x10];
	u8         min_log_ipsec_full_replay_window[0x8];
	u8         max_log_ipsec_full_replay_window[0x8];
	u8         reserved_at_30[0x7d0];
};

static_assert(sizeof(struct mlx5ctl_ifc_ipsec_cap_bits) == 0x800);

/* C type struct mlx5_ifc_macsec_cap_bits. */
struct mlx5ctl_ifc_macsec_cap_bits {
	u8         macsec_epn[0x1];
	u8         reserved_at_1[0x2];
	u8         macsec_crypto_esp_aes_gcm_256_encrypt[0x1];
	u8         macsec_crypto_esp_aes_gcm_128_encrypt[0x1];
	u8         macsec_crypto_esp_aes_gcm_256_decrypt[0x1];
	u8         macsec_crypto_esp_aes_gcm_128_decrypt[0x1];
	u8         reserved_at_7[0x4];
	u8         log_max_macsec_offload[0x5];
	u8         reserved_at_10[0x10];
	u8         min_log_macsec_full_replay_window[0x8];
	u8         max_log_macsec_full_replay_window[0x8];
	u8         reserved_at_30[0x10];
	u8         reserved_at_40[0x7c0];
};

static_assert(sizeof(struct mlx5ctl_ifc_macsec_cap_bits) == 0x800);

/* C type struct mlx5_ifc_cmd_hca_cap_2_bits. */
struct mlx5ctl_ifc_cmd_hca_cap_2_bits {
	u8         reserved_at_0[0xa0];
	u8         max_reformat_insert_size[0x8];
	u8         max_reformat_insert_offset[0x8];
	u8         max_reformat_remove_size[0x8];
	u8         max_reformat_remove_offset[0x8];
	u8         reserved_at_c0[0xe0];
	u8         reserved_at_1a0[0xb];
	u8         log_min_mkey_entity_size[0x5];
	u8         reserved_at_1b0[0x10];
	u8         reserved_at_1c0[0x60];
	u8         reserved_at_220[0x1];
	u8         sw_vhca_id_valid[0x1];
	u8         sw_vhca_id[0xe];
	u8         reserved_at_230[0x10];
	u8         reserved_at_240[0xb];
	u8         ts_cqe_metadata_size2wqe_counter[0x5];
	u8         reserved_at_250[0x10];
	u8         reserved_at_260[0x5a0];
};

static_assert(sizeof(struct mlx5ctl_ifc_cmd_hca_cap_2_bits) == 0x800);

/* C type struct mlx5_ifc_dest_format_struct_bits. */
struct mlx5ctl_ifc_dest_format_struct_bits {
	u8         destination_type[0x8];
	u8         destination_id[0x18];
	u8         destination_eswitch_owner_vhca_id_valid[0x1];
	u8         packet_reformat[0x1];
	u8         reserved_at_22[0xe];
	u8         destination_eswitch_owner_vhca_id[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_dest_format_struct_bits) == 0x40);

/* C type struct mlx5_ifc_flow_counter_list_bits. */
struct mlx5ctl_ifc_flow_counter_list_bits {
	u8         flow_counter_id[0x20];
	u8         reserved_at_20[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_flow_counter_list_bits) == 0x40);

/* C type struct mlx5_ifc_extended_dest_format_bits. */
struct mlx5ctl_ifc_extended_dest_format_bits {
	struct mlx5ctl_ifc_dest_format_struct_bits destination_entry;
	u8         packet_reformat_id[0x20];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_extended_dest_format_bits) == 0x80);

/* C type union mlx5_ifc_dest_format_struct_flow_counter_list_auto_bits. */
union mlx5ctl_ifc_dest_format_struct_flow_counter_list_auto_bits {
	struct mlx5ctl_ifc_extended_dest_format_bits extended_dest_format;
	struct mlx5ctl_ifc_flow_counter_list_bits flow_counter_list;
};

static_assert(sizeof(union mlx5ctl_ifc_dest_format_struct_flow_counter_list_auto_bits) == 0x80);

/* C type struct mlx5_ifc_fte_match_param_bits. */
struct mlx5ctl_ifc_fte_match_param_bits {
	struct mlx5ctl_ifc_fte_match_set_lyr_2_4_bits outer_headers;
	struct mlx5ctl_ifc_fte_match_set_misc_bits misc_parameters;
	struct mlx5ctl_ifc_fte_match_set_lyr_2_4_bits inner_headers;
	struct mlx5ctl_ifc_fte_match_set_misc2_bits misc_parameters_2;
	struct mlx5ctl_ifc_fte_match_set_misc3_bits misc_parameters_3;
	struct mlx5ctl_ifc_fte_match_set_misc4_bits misc_parameters_4;
	struct mlx5ctl_ifc_fte_match_set_misc5_bits misc_parameters_5;
	u8         reserved_at_e00[0x200];
};

static_assert(sizeof(struct mlx5ctl_ifc_fte_match_param_bits) == 0x1000);

/* C type struct mlx5_ifc_rx_hash_field_select_bits. */
struct mlx5ctl_ifc_rx_hash_field_select_bits {
	u8         l3_prot_type[0x1];
	u8         l4_prot_type[0x1];
	u8         selected_fields[0x1e];
};

static_assert(sizeof(struct mlx5ctl_ifc_rx_hash_field_select_bits) == 0x20);

/* C type struct mlx5_ifc_wq_bits. */
struct mlx5ctl_ifc_wq_bits {
	u8         wq_type[0x4];
	u8         wq_signature[0x1];
	u8         end_padding_mode[0x2];
	u8         cd_slave[0x1];
	u8         reserved_at_8[0x18];
	u8         hds_skip_first_sge[0x1];
	u8         log2_hds_buf_size[0x3];
	u8         reserved_at_24[0x7];
	u8         page_offset[0x5];
	u8         lwm[0x10];
	u8         reserved_at_40[0x8];
	u8         pd[0x18];
	u8         reserved_at_60[0x8];
	u8         uar_page[0x18];
	u8         dbr_addr[0x40];
	u8         hw_counter[0x20];
	u8         sw_counter[0x20];
	u8         reserved_at_100[0xc];
	u8         log_wq_stride[0x4];
	u8         reserved_at_110[0x3];
	u8         log_wq_pg_sz[0x5];
	u8         reserved_at_118[0x3];
	u8         log_wq_sz[0x5];
	u8         dbr_umem_valid[0x1];
	u8         wq_umem_valid[0x1];
	u8         reserved_at_122[0x1];
	u8         log_hairpin_num_packets[0x5];
	u8         reserved_at_128[0x3];
	u8         log_hairpin_data_sz[0x5];
	u8         reserved_at_130[0x4];
	u8         log_wqe_num_of_strides[0x4];
	u8         two_byte_shift_en[0x1];
	u8         reserved_at_139[0x4];
	u8         log_wqe_stride_size[0x3];
	u8         reserved_at_140[0x80];
	u8         headers_mkey[0x20];
	u8         shampo_enable[0x1];
	u8         reserved_at_1e1[0x4];
	u8         log_reservation_size[0x3];
	u8         reserved_at_1e8[0x5];
	u8         log_max_num_of_packets_per_reservation[0x3];
	u8         reserved_at_1f0[0x6];
	u8         log_headers_entry_size[0x2];
	u8         reserved_at_1f8[0x4];
	u8         log_headers_buffer_entry_num[0x4];
	u8         reserved_at_200[0x400];
	struct mlx5ctl_ifc_cmd_pas_bits pas[0];
};

static_assert(sizeof(struct mlx5ctl_ifc_wq_bits) == 0x600);

/* C type struct mlx5_ifc_rq_num_bits. */
struct mlx5ctl_ifc_rq_num_bits {
	u8         reserved_at_0[0x8];
	u8         rq_num[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_rq_num_bits) == 0x20);

/* C type struct mlx5_ifc_vlan_layout_bits. */
struct mlx5ctl_ifc_vlan_layout_bits {
	u8         reserved_at_0[0x14];
	u8         vlan[0xc];
	u8         reserved_at_20[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_vlan_layout_bits) == 0x40);

/* C type struct mlx5_ifc_cong_control_r_roce_ecn_np_bits. */
struct mlx5ctl_ifc_cong_control_r_roce_ecn_np_bits {
	u8         reserved_at_0[0xa0];
	u8         min_time_between_cnps[0x20];
	u8         reserved_at_c0[0x12];
	u8         cnp_dscp[0x6];
	u8         reserved_at_d8[0x4];
	u8         cnp_prio_mode[0x1];
	u8         cnp_802p_prio[0x3];
	u8         reserved_at_e0[0x720];
};

static_assert(sizeof(struct mlx5ctl_ifc_cong_control_r_roce_ecn_np_bits) == 0x800);

/* C type struct mlx5_ifc_cong_control_r_roce_ecn_rp_bits. */
struct mlx5ctl_ifc_cong_control_r_roce_ecn_rp_bits {
	u8         reserved_at_0[0x60];
	u8         reserved_at_60[0x4];
	u8         clamp_tgt_rate[0x1];
	u8         reserved_at_65[0x3];
	u8         clamp_tgt_rate_after_time_inc[0x1];
	u8         reserved_at_69[0x17];
	u8         reserved_at_80[0x20];
	u8         rpg_time_reset[0x20];
	u8         rpg_byte_reset[0x20];
	u8         rpg_threshold[0x20];
	u8         rpg_max_rate[0x20];
	u8         rpg_ai_rate[0x20];
	u8         rpg_hai_rate[0x20];
	u8         rpg_gd[0x20];
	u8         rpg_min_dec_fac[0x20];
	u8         rpg_min_rate[0x20];
	u8         reserved_at_1c0[0xe0];
	u8         rate_to_set_on_first_cnp[0x20];
	u8         dce_tcp_g[0x20];
	u8         dce_tcp_rtt[0x20];
	u8         rate_reduce_monitor_period[0x20];
	u8         reserved_at_320[0x20];
	u8         initial_alpha_value[0x20];
	u8         reserved_at_360[0x4a0];
};

static_assert(sizeof(struct mlx5ctl_ifc_cong_control_r_roce_ecn_rp_bits) == 0x800);

/* C type struct mlx5_ifc_cong_control_802_1qau_rp_bits. */
struct mlx5ctl_ifc_cong_control_802_1qau_rp_bits {
	u8         reserved_at_0[0x80];
	u8         rppp_max_rps[0x20];
	u8         rpg_time_reset[0x20];
	u8         rpg_byte_reset[0x20];
	u8         rpg_threshold[0x20];
	u8         rpg_max_rate[0x20];
	u8         rpg_ai_rate[0x20];
	u8         rpg_hai_rate[0x20];
	u8         rpg_gd[0x20];
	u8         rpg_min_dec_fac[0x20];
	u8         rpg_min_rate[0x20];
	u8         reserved_at_1c0[0x640];
};

static_assert(sizeof(struct mlx5ctl_ifc_cong_control_802_1qau_rp_bits) == 0x800);

/* C type struct mlx5_ifc_resize_field_select_bits. */
struct mlx5ctl_ifc_resize_field_select_bits {
	u8         resize_field_select[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_resize_field_select_bits) == 0x20);

/* C type struct mlx5_ifc_resource_dump_menu_record_bits. */
struct mlx5ctl_ifc_resource_dump_menu_record_bits {
	u8         reserved_at_0[0x4];
	u8         num_of_obj2_supports_active[0x1];
	u8         num_of_obj2_supports_all[0x1];
	u8         must_have_num_of_obj2[0x1];
	u8         support_num_of_obj2[0x1];
	u8         num_of_obj1_supports_active[0x1];
	u8         num_of_obj1_supports_all[0x1];
	u8         must_have_num_of_obj1[0x1];
	u8         support_num_of_obj1[0x1];
	u8         must_have_index2[0x1];
	u8         support_index2[0x1];
	u8         must_have_index1[0x1];
	u8         support_index1[0x1];
	u8         segment_type[0x10];
	u8         segment_name[4][0x20];
	u8         index1_name[4][0x20];
	u8         index2_name[4][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_resource_dump_menu_record_bits) == 0x1a0);

/* C type struct mlx5_ifc_resource_dump_segment_header_bits. */
struct mlx5ctl_ifc_resource_dump_segment_header_bits {
	u8         length_dw[0x10];
	u8         segment_type[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_resource_dump_segment_header_bits) == 0x20);

/* C type struct mlx5_ifc_resource_dump_command_segment_bits. */
struct mlx5ctl_ifc_resource_dump_command_segment_bits {
	struct mlx5ctl_ifc_resource_dump_segment_header_bits segment_header;
	u8         segment_called[0x10];
	u8         vhca_id[0x10];
	u8         index1[0x20];
	u8         index2[0x20];
	u8         num_of_obj1[0x10];
	u8         num_of_obj2[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_resource_dump_command_segment_bits) == 0xa0);

/* C type struct mlx5_ifc_resource_dump_error_segment_bits. */
struct mlx5ctl_ifc_resource_dump_error_segment_bits {
	struct mlx5ctl_ifc_resource_dump_segment_header_bits segment_header;
	u8         reserved_at_20[0x10];
	u8         syndrome_id[0x10];
	u8         reserved_at_40[0x40];
	u8         error[8][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_resource_dump_error_segment_bits) == 0x180);

/* C type struct mlx5_ifc_resource_dump_info_segment_bits. */
struct mlx5ctl_ifc_resource_dump_info_segment_bits {
	struct mlx5ctl_ifc_resource_dump_segment_header_bits segment_header;
	u8         reserved_at_20[0x18];
	u8         dump_version[0x8];
	u8         hw_version[0x20];
	u8         fw_version[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_resource_dump_info_segment_bits) == 0x80);

/* C type struct mlx5_ifc_resource_dump_menu_segment_bits. */
struct mlx5ctl_ifc_resource_dump_menu_segment_bits {
	struct mlx5ctl_ifc_resource_dump_segment_header_bits segment_header;
	u8         reserved_at_20[0x10];
	u8         num_of_records[0x10];
	struct mlx5ctl_ifc_resource_dump_menu_record_bits record[0];
};

static_assert(sizeof(struct mlx5ctl_ifc_resource_dump_menu_segment_bits) == 0x40);

/* C type struct mlx5_ifc_resource_dump_resource_segment_bits. */
struct mlx5ctl_ifc_resource_dump_resource_segment_bits {
	struct mlx5ctl_ifc_resource_dump_segment_header_bits segment_header;
	u8         reserved_at_20[0x20];
	u8         index1[0x20];
	u8         index2[0x20];
	u8         payload[0][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_resource_dump_resource_segment_bits) == 0x80);

/* C type struct mlx5_ifc_resource_dump_terminate_segment_bits. */
struct mlx5ctl_ifc_resource_dump_terminate_segment_bits {
	struct mlx5ctl_ifc_resource_dump_segment_header_bits segment_header;
};

static_assert(sizeof(struct mlx5ctl_ifc_resource_dump_terminate_segment_bits) == 0x20);

/* C type struct mlx5_ifc_modify_field_select_bits. */
struct mlx5ctl_ifc_modify_field_select_bits {
	u8         modify_field_select[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_field_select_bits) == 0x20);

/* C type struct mlx5_ifc_field_select_r_roce_np_bits. */
struct mlx5ctl_ifc_field_select_r_roce_np_bits {
	u8         field_select_r_roce_np[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_field_select_r_roce_np_bits) == 0x20);

/* C type struct mlx5_ifc_field_select_r_roce_rp_bits. */
struct mlx5ctl_ifc_field_select_r_roce_rp_bits {
	u8         field_select_r_roce_rp[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_field_select_r_roce_rp_bits) == 0x20);

/* C type struct mlx5_ifc_field_select_802_1qau_rp_bits. */
struct mlx5ctl_ifc_field_select_802_1qau_rp_bits {
	u8         field_select_8021qaurp[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_field_select_802_1qau_rp_bits) == 0x20);

/* C type struct mlx5_ifc_phys_layer_cntrs_bits. */
struct mlx5ctl_ifc_phys_layer_cntrs_bits {
	u8         time_since_last_clear_high[0x20];
	u8         time_since_last_clear_low[0x20];
	u8         symbol_errors_high[0x20];
	u8         symbol_errors_low[0x20];
	u8         sync_headers_errors_high[0x20];
	u8         sync_headers_errors_low[0x20];
	u8         edpl_bip_errors_lane0_high[0x20];
	u8         edpl_bip_errors_lane0_low[0x20];
	u8         edpl_bip_errors_lane1_high[0x20];
	u8         edpl_bip_errors_lane1_low[0x20];
	u8         edpl_bip_errors_lane2_high[0x20];
	u8         edpl_bip_errors_lane2_low[0x20];
	u8         edpl_bip_errors_lane3_high[0x20];
	u8         edpl_bip_errors_lane3_low[0x20];
	u8         fc_fec_corrected_blocks_lane0_high[0x20];
	u8         fc_fec_corrected_blocks_lane0_low[0x20];
	u8         fc_fec_corrected_blocks_lane1_high[0x20];
	u8         fc_fec_corrected_blocks_lane1_low[0x20];
	u8         fc_fec_corrected_blocks_lane2_high[0x20];
	u8         fc_fec_corrected_blocks_lane2_low[0x20];
	u8         fc_fec_corrected_blocks_lane3_high[0x20];
	u8         fc_fec_corrected_blocks_lane3_low[0x20];
	u8         fc_fec_uncorrectable_blocks_lane0_high[0x20];
	u8         fc_fec_uncorrectable_blocks_lane0_low[0x20];
	u8         fc_fec_uncorrectable_blocks_lane1_high[0x20];
	u8         fc_fec_uncorrectable_blocks_lane1_low[0x20];
	u8         fc_fec_uncorrectable_blocks_lane2_high[0x20];
	u8         fc_fec_uncorrectable_blocks_lane2_low[0x20];
	u8         fc_fec_uncorrectable_blocks_lane3_high[0x20];
	u8         fc_fec_uncorrectable_blocks_lane3_low[0x20];
	u8         rs_fec_corrected_blocks_high[0x20];
	u8         rs_fec_corrected_blocks_low[0x20];
	u8         rs_fec_uncorrectable_blocks_high[0x20];
	u8         rs_fec_uncorrectable_blocks_low[0x20];
	u8         rs_fec_no_errors_blocks_high[0x20];
	u8         rs_fec_no_errors_blocks_low[0x20];
	u8         rs_fec_single_error_blocks_high[0x20];
	u8         rs_fec_single_error_blocks_low[0x20];
	u8         rs_fec_corrected_symbols_total_high[0x20];
	u8         rs_fec_corrected_symbols_total_low[0x20];
	u8         rs_fec_corrected_symbols_lane0_high[0x20];
	u8         rs_fec_corrected_symbols_lane0_low[0x20];
	u8         rs_fec_corrected_symbols_lane1_high[0x20];
	u8         rs_fec_corrected_symbols_lane1_low[0x20];
	u8         rs_fec_corrected_symbols_lane2_high[0x20];
	u8         rs_fec_corrected_symbols_lane2_low[0x20];
	u8         rs_fec_corrected_symbols_lane3_high[0x20];
	u8         rs_fec_corrected_symbols_lane3_low[0x20];
	u8         link_down_events[0x20];
	u8         successful_recovery_events[0x20];
	u8         reserved_at_640[0x180];
};

static_assert(sizeof(struct mlx5ctl_ifc_phys_layer_cntrs_bits) == 0x7c0);

/* C type struct mlx5_ifc_phys_layer_statistical_cntrs_bits. */
struct mlx5ctl_ifc_phys_layer_statistical_cntrs_bits {
	u8         time_since_last_clear_high[0x20];
	u8         time_since_last_clear_low[0x20];
	u8         phy_received_bits_high[0x20];
	u8         phy_received_bits_low[0x20];
	u8         phy_symbol_errors_high[0x20];
	u8         phy_symbol_errors_low[0x20];
	u8         phy_corrected_bits_high[0x20];
	u8         phy_corrected_bits_low[0x20];
	u8         phy_corrected_bits_lane0_high[0x20];
	u8         phy_corrected_bits_lane0_low[0x20];
	u8         phy_corrected_bits_lane1_high[0x20];
	u8         phy_corrected_bits_lane1_low[0x20];
	u8         phy_corrected_bits_lane2_high[0x20];
	u8         phy_corrected_bits_lane2_low[0x20];
	u8         phy_corrected_bits_lane3_high[0x20];
	u8         phy_corrected_bits_lane3_low[0x20];
	u8         reserved_at_200[0x5c0];
};

static_assert(sizeof(struct mlx5ctl_ifc_phys_layer_statistical_cntrs_bits) == 0x7c0);

/* C type struct mlx5_ifc_ib_port_cntrs_grp_data_layout_bits. */
struct mlx5ctl_ifc_ib_port_cntrs_grp_data_layout_bits {
	u8         symbol_error_counter[0x10];
	u8         link_error_recovery_counter[0x8];
	u8         link_downed_counter[0x8];
	u8         port_rcv_errors[0x10];
	u8         port_rcv_remote_physical_errors[0x10];
	u8         port_rcv_switch_relay_errors[0x10];
	u8         port_xmit_discards[0x10];
	u8         port_xmit_constraint_errors[0x8];
	u8         port_rcv_constraint_errors[0x8];
	u8         reserved_at_70[0x8];
	u8         link_overrun_errors[0x8];
	u8         reserved_at_80[0x10];
	u8         vl_15_dropped[0x10];
	u8         reserved_at_a0[0x80];
	u8         port_xmit_wait[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_ib_port_cntrs_grp_data_layout_bits) == 0x140);

/* C type struct mlx5_ifc_eth_per_tc_prio_grp_data_layout_bits. */
struct mlx5ctl_ifc_eth_per_tc_prio_grp_data_layout_bits {
	u8         transmit_queue_high[0x20];
	u8         transmit_queue_low[0x20];
	u8         no_buffer_discard_uc_high[0x20];
	u8         no_buffer_discard_uc_low[0x20];
	u8         reserved_at_80[0x740];
};

static_assert(sizeof(struct mlx5ctl_ifc_eth_per_tc_prio_grp_data_layout_bits) == 0x7c0);

/* C type struct mlx5_ifc_eth_per_tc_congest_prio_grp_data_layout_bits. */
struct mlx5ctl_ifc_eth_per_tc_congest_prio_grp_data_layout_bits {
	u8         wred_discard_high[0x20];
	u8         wred_discard_low[0x20];
	u8         ecn_marked_tc_high[0x20];
	u8         ecn_marked_tc_low[0x20];
	u8         reserved_at_80[0x740];
};

static_assert(sizeof(struct mlx5ctl_ifc_eth_per_tc_congest_prio_grp_data_layout_bits) == 0x7c0);

/* C type struct mlx5_ifc_pcie_perf_cntrs_grp_data_layout_bits. */
struct mlx5ctl_ifc_pcie_perf_cntrs_grp_data_layout_bits {
	u8         life_time_counter_high[0x20];
	u8         life_time_counter_low[0x20];
	u8         rx_errors[0x20];
	u8         tx_errors[0x20];
	u8         l0_to_recovery_eieos[0x20];
	u8         l0_to_recovery_ts[0x20];
	u8         l0_to_recovery_framing[0x20];
	u8         l0_to_recovery_retrain[0x20];
	u8         crc_error_dllp[0x20];
	u8         crc_error_tlp[0x20];
	u8         tx_overflow_buffer_pkt_high[0x20];
	u8         tx_overflow_buffer_pkt_low[0x20];
	u8         outbound_stalled_reads[0x20];
	u8         outbound_stalled_writes[0x20];
	u8         outbound_stalled_reads_events[0x20];
	u8         outbound_stalled_writes_events[0x20];
	u8         reserved_at_200[0x5c0];
};

static_assert(sizeof(struct mlx5ctl_ifc_pcie_perf_cntrs_grp_data_layout_bits) == 0x7c0);

/* C type struct mlx5_ifc_cmd_inter_comp_event_bits. */
struct mlx5ctl_ifc_cmd_inter_comp_event_bits {
	u8         command_completion_vector[0x20];
	u8         reserved_at_20[0xc0];
};

static_assert(sizeof(struct mlx5ctl_ifc_cmd_inter_comp_event_bits) == 0xe0);

/* C type struct mlx5_ifc_stall_vl_event_bits. */
struct mlx5ctl_ifc_stall_vl_event_bits {
	u8         reserved_at_0[0x18];
	u8         port_num[0x1];
	u8         reserved_at_19[0x3];
	u8         vl[0x4];
	u8         reserved_at_20[0xa0];
};

static_assert(sizeof(struct mlx5ctl_ifc_stall_vl_event_bits) == 0xc0);

/* C type struct mlx5_ifc_db_bf_congestion_event_bits. */
struct mlx5ctl_ifc_db_bf_congestion_event_bits {
	u8         event_subtype[0x8];
	u8         reserved_at_8[0x8];
	u8         congestion_level[0x8];
	u8         reserved_at_18[0x8];
	u8         reserved_at_20[0xa0];
};

static_assert(sizeof(struct mlx5ctl_ifc_db_bf_congestion_event_bits) == 0xc0);

/* C type struct mlx5_ifc_gpio_event_bits. */
struct mlx5ctl_ifc_gpio_event_bits {
	u8         reserved_at_0[0x60];
	u8         gpio_event_hi[0x20];
	u8         gpio_event_lo[0x20];
	u8         reserved_at_a0[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_gpio_event_bits) == 0xe0);

/* C type struct mlx5_ifc_port_state_change_event_bits. */
struct mlx5ctl_ifc_port_state_change_event_bits {
	u8         reserved_at_0[0x40];
	u8         port_num[0x4];
	u8         reserved_at_44[0x1c];
	u8         reserved_at_60[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_port_state_change_event_bits) == 0xe0);

/* C type struct mlx5_ifc_dropped_packet_logged_bits. */
struct mlx5ctl_ifc_dropped_packet_logged_bits {
	u8         reserved_at_0[0xe0];
};

static_assert(sizeof(struct mlx5ctl_ifc_dropped_packet_logged_bits) == 0xe0);

/* C type struct mlx5_ifc_default_timeout_bits. */
struct mlx5ctl_ifc_default_timeout_bits {
	u8         to_multiplier[0x3];
	u8         reserved_at_3[0x9];
	u8         to_value[0x14];
};

static_assert(sizeof(struct mlx5ctl_ifc_default_timeout_bits) == 0x20);

/* C type struct mlx5_ifc_dtor_reg_bits. */
struct mlx5ctl_ifc_dtor_reg_bits {
	u8         reserved_at_0[0x20];
	struct mlx5ctl_ifc_default_timeout_bits pcie_toggle_to;
	u8         reserved_at_40[0x60];
	struct mlx5ctl_ifc_default_timeout_bits health_poll_to;
	struct mlx5ctl_ifc_default_timeout_bits full_crdump_to;
	struct mlx5ctl_ifc_default_timeout_bits fw_reset_to;
	struct mlx5ctl_ifc_default_timeout_bits flush_on_err_to;
	struct mlx5ctl_ifc_default_timeout_bits pci_sync_update_to;
	struct mlx5ctl_ifc_default_timeout_bits tear_down_to;
	struct mlx5ctl_ifc_default_timeout_bits fsm_reactivate_to;
	struct mlx5ctl_ifc_default_timeout_bits reclaim_pages_to;
	struct mlx5ctl_ifc_default_timeout_bits reclaim_vfs_pages_to;
	u8         reserved_at_1c0[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_dtor_reg_bits) == 0x200);

/* C type struct mlx5_ifc_cq_error_bits. */
struct mlx5ctl_ifc_cq_error_bits {
	u8         reserved_at_0[0x8];
	u8         cqn[0x18];
	u8         reserved_at_20[0x20];
	u8         reserved_at_40[0x18];
	u8         syndrome[0x8];
	u8         reserved_at_60[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_cq_error_bits) == 0xe0);

/* C type struct mlx5_ifc_rdma_page_fault_event_bits. */
struct mlx5ctl_ifc_rdma_page_fault_event_bits {
	u8         bytes_committed[0x20];
	u8         r_key[0x20];
	u8         reserved_at_40[0x10];
	u8         packet_len[0x10];
	u8         rdma_op_len[0x20];
	u8         rdma_va[0x40];
	u8         reserved_at_c0[0x5];
	u8         rdma[0x1];
	u8         write[0x1];
	u8         requestor[0x1];
	u8         qp_number[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_rdma_page_fault_event_bits) == 0xe0);

/* C type struct mlx5_ifc_wqe_associated_page_fault_event_bits. */
struct mlx5ctl_ifc_wqe_associated_page_fault_event_bits {
	u8         bytes_committed[0x20];
	u8         reserved_at_20[0x10];
	u8         wqe_index[0x10];
	u8         reserved_at_40[0x10];
	u8         len[0x10];
	u8         reserved_at_60[0x60];
	u8         reserved_at_c0[0x5];
	u8         rdma[0x1];
	u8         write_read[0x1];
	u8         requestor[0x1];
	u8         qpn[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_wqe_associated_page_fault_event_bits) == 0xe0);

/* C type struct mlx5_ifc_qp_events_bits. */
struct mlx5ctl_ifc_qp_events_bits {
	u8         reserved_at_0[0xa0];
	u8         type[0x8];
	u8         reserved_at_a8[0x18];
	u8         reserved_at_c0[0x8];
	u8         qpn_rqn_sqn[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_qp_events_bits) == 0xe0);

/* C type struct mlx5_ifc_dct_events_bits. */
struct mlx5ctl_ifc_dct_events_bits {
	u8         reserved_at_0[0xc0];
	u8         reserved_at_c0[0x8];
	u8         dct_number[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_dct_events_bits) == 0xe0);

/* C type struct mlx5_ifc_comp_event_bits. */
struct mlx5ctl_ifc_comp_event_bits {
	u8         reserved_at_0[0xc0];
	u8         reserved_at_c0[0x8];
	u8         cq_number[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_comp_event_bits) == 0xe0);

/* C type struct mlx5_ifc_qpc_bits. */
struct mlx5ctl_ifc_qpc_bits {
	u8         state[0x4];
	u8         lag_tx_port_affinity[0x4];
	u8         st[0x8];
	u8         reserved_at_10[0x2];
	u8         isolate_vl_tc[0x1];
	u8         pm_state[0x2];
	u8         reserved_at_15[0x1];
	u8         req_e2e_credit_mode[0x2];
	u8         offload_type[0x4];
	u8         end_padding_mode[0x2];
	u8         reserved_at_1e[0x2];
	u8         wq_signature[0x1];
	u8         block_lb_mc[0x1];
	u8         atomic_like_write_en[0x1];
	u8         latency_sensitive[0x1];
	u8         reserved_at_24[0x1];
	u8         drain_sigerr[0x1];
	u8         reserved_at_26[0x2];
	u8         pd[0x18];
	u8         mtu[0x3];
	u8         log_msg_max[0x5];
	u8         reserved_at_48[0x1];
	u8         log_rq_size[0x4];
	u8         log_rq_stride[0x3];
	u8         no_sq[0x1];
	u8         log_sq_size[0x4];
	u8         reserved_at_55[0x3];
	u8         ts_format[0x2];
	u8         reserved_at_5a[0x1];
	u8         rlky[0x1];
	u8         ulp_stateless_offload_mode[0x4];
	u8         counter_set_id[0x8];
	u8         uar_page[0x18];
	u8         reserved_at_80[0x8];
	u8         user_index[0x18];
	u8         reserved_at_a0[0x3];
	u8         log_page_size[0x5];
	u8         remote_qpn[0x18];
	struct mlx5ctl_ifc_ads_bits primary_address_path;
	struct mlx5ctl_ifc_ads_bits secondary_address_path;
	u8         log_ack_req_freq[0x4];
	u8         reserved_at_384[0x4];
	u8         log_sra_max[0x3];
	u8         reserved_at_38b[0x2];
	u8         retry_count[0x3];
	u8         rnr_retry[0x3];
	u8         reserved_at_393[0x1];
	u8         fre[0x1];
	u8         cur_rnr_retry[0x3];
	u8         cur_retry_count[0x3];
	u8         reserved_at_39b[0x5];
	u8         reserved_at_3a0[0x20];
	u8         reserved_at_3c0[0x8];
	u8         next_send_psn[0x18];
	u8         reserved_at_3e0[0x3];
	u8         log_num_dci_stream_channels[0x5];
	u8         cqn_snd[0x18];
	u8         reserved_at_400[0x3];
	u8         log_num_dci_errored_streams[0x5];
	u8         deth_sqpn[0x18];
	u8         reserved_at_420[0x20];
	u8         reserved_at_440[0x8];
	u8         last_acked_psn[0x18];
	u8         reserved_at_460[0x8];
	u8         ssn[0x18];
	u8         reserved_at_480[0x8];
	u8         log_rra_max[0x3];
	u8         reserved_at_48b[0x1];
	u8         atomic_mode[0x4];
	u8         rre[0x1];
	u8         rwe[0x1];
	u8         rae[0x1];
	u8         reserved_at_493[0x1];
	u8         page_offset[0x6];
	u8         reserved_at_49a[0x3];
	u8         cd_slave_receive[0x1];
	u8         cd_slave_send[0x1];
	u8         cd_master[0x1];
	u8         reserved_at_4a0[0x3];
	u8         min_rnr_nak[0x5];
	u8         next_rcv_psn[0x18];
	u8         reserved_at_4c0[0x8];
	u8         xrcd[0x18];
	u8         reserved_at_4e0[0x8];
	u8         cqn_rcv[0x18];
	u8         dbr_addr[0x40];
	u8         q_key[0x20];
	u8         reserved_at_560[0x5];
	u8         rq_type[0x3];
	u8         srqn_rmpn_xrqn[0x18];
	u8         reserved_at_580[0x8];
	u8         rmsn[0x18];
	u8         hw_sq_wqebb_counter[0x10];
	u8         sw_sq_wqebb_counter[0x10];
	u8         hw_rq_counter[0x20];
	u8         sw_rq_counter[0x20];
	u8         reserved_at_600[0x20];
	u8         reserved_at_620[0xf];
	u8         cgs[0x1];
	u8         cs_req[0x8];
	u8         cs_res[0x8];
	u8         dc_access_key[0x40];
	u8         reserved_at_680[0x3];
	u8         dbr_umem_valid[0x1];
	u8         reserved_at_684[0xbc];
};

static_assert(sizeof(struct mlx5ctl_ifc_qpc_bits) == 0x740);

/* C type struct mlx5_ifc_roce_addr_layout_bits. */
struct mlx5ctl_ifc_roce_addr_layout_bits {
	u8         source_l3_address[16][0x8];
	u8         reserved_at_80[0x3];
	u8         vlan_valid[0x1];
	u8         vlan_id[0xc];
	u8         source_mac_47_32[0x10];
	u8         source_mac_31_0[0x20];
	u8         reserved_at_c0[0x14];
	u8         roce_l3_type[0x4];
	u8         roce_version[0x8];
	u8         reserved_at_e0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_roce_addr_layout_bits) == 0x100);

/* C type struct mlx5_ifc_shampo_cap_bits. */
struct mlx5ctl_ifc_shampo_cap_bits {
	u8         reserved_at_0[0x3];
	u8         shampo_log_max_reservation_size[0x5];
	u8         reserved_at_8[0x3];
	u8         shampo_log_min_reservation_size[0x5];
	u8         shampo_min_mss_size[0x10];
	u8         reserved_at_20[0x3];
	u8         shampo_max_log_headers_entry_size[0x5];
	u8         reserved_at_28[0x18];
	u8         reserved_at_40[0x7c0];
};

static_assert(sizeof(struct mlx5ctl_ifc_shampo_cap_bits) == 0x800);

/* C type struct mlx5_ifc_vlan_bits. */
struct mlx5ctl_ifc_vlan_bits {
	u8         ethtype[0x10];
	u8         prio[0x3];
	u8         cfi[0x1];
	u8         vid[0xc];
};

static_assert(sizeof(struct mlx5ctl_ifc_vlan_bits) == 0x20);

/* C type struct mlx5_ifc_exe_aso_ctrl_flow_meter_bits. */
struct mlx5ctl_ifc_exe_aso_ctrl_flow_meter_bits {
	u8         return_reg_id[0x4];
	u8         aso_type[0x4];
	u8         reserved_at_8[0x14];
	u8         action[0x1];
	u8         init_color[0x2];
	u8         meter_id[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_exe_aso_ctrl_flow_meter_bits) == 0x20);

/* C type union mlx5_ifc_exe_aso_ctrl. */
union mlx5ctl_ifc_exe_aso_ctrl_bits {
	struct mlx5ctl_ifc_exe_aso_ctrl_flow_meter_bits exe_aso_ctrl_flow_meter;
};

static_assert(sizeof(union mlx5ctl_ifc_exe_aso_ctrl_bits) == 0x20);

/* C type struct mlx5_ifc_execute_aso_bits. */
struct mlx5ctl_ifc_execute_aso_bits {
	u8         valid[0x1];
	u8         reserved_at_1[0x7];
	u8         aso_object_id[0x18];
	union mlx5ctl_ifc_exe_aso_ctrl_bits exe_aso_ctrl;
};

static_assert(sizeof(struct mlx5ctl_ifc_execute_aso_bits) == 0x40);

/* C type struct mlx5_ifc_flow_context_bits. */
struct mlx5ctl_ifc_flow_context_bits {
	struct mlx5ctl_ifc_vlan_bits push_vlan;
	u8         group_id[0x20];
	u8         reserved_at_40[0x8];
	u8         flow_tag[0x18];
	u8         reserved_at_60[0x10];
	u8         action[0x10];
	u8         extended_destination[0x1];
	u8         reserved_at_81[0x1];
	u8         flow_source[0x2];
	u8         encrypt_decrypt_type[0x4];
	u8         destination_list_size[0x18];
	u8         reserved_at_a0[0x8];
	u8         flow_counter_list_size[0x18];
	u8         packet_reformat_id[0x20];
	u8         modify_header_id[0x20];
	struct mlx5ctl_ifc_vlan_bits push_vlan_2;
	u8         encrypt_decrypt_obj_id[0x20];
	u8         reserved_at_140[0xc0];
	struct mlx5ctl_ifc_fte_match_param_bits match_value;
	struct mlx5ctl_ifc_execute_aso_bits execute_aso[4];
	u8         reserved_at_1300[0x500];
	union mlx5ctl_ifc_dest_format_struct_flow_counter_list_auto_bits destination[0];
};

static_assert(sizeof(struct mlx5ctl_ifc_flow_context_bits) == 0x1800);

/* C type struct mlx5_ifc_xrc_srqc_bits. */
struct mlx5ctl_ifc_xrc_srqc_bits {
	u8         state[0x4];
	u8         log_xrc_srq_size[0x4];
	u8         reserved_at_8[0x18];
	u8         wq_signature[0x1];
	u8         cont_srq[0x1];
	u8         reserved_at_22[0x1];
	u8         rlky[0x1];
	u8         basic_cyclic_rcv_wqe[0x1];
	u8         log_rq_stride[0x3];
	u8         xrcd[0x18];
	u8         page_offset[0x6];
	u8         reserved_at_46[0x1];
	u8         dbr_umem_valid[0x1];
	u8         cqn[0x18];
	u8         reserved_at_60[0x20];
	u8         user_index_equal_xrc_srqn[0x1];
	u8         reserved_at_81[0x1];
	u8         log_page_size[0x6];
	u8         user_index[0x18];
	u8         reserved_at_a0[0x20];
	u8         reserved_at_c0[0x8];
	u8         pd[0x18];
	u8         lwm[0x10];
	u8         wqe_cnt[0x10];
	u8         reserved_at_100[0x40];
	u8         db_record_addr_h[0x20];
	u8         db_record_addr_l[0x1e];
	u8         reserved_at_17e[0x2];
	u8         reserved_at_180[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_xrc_srqc_bits) == 0x200);

/* C type struct mlx5_ifc_vnic_diagnostic_statistics_bits. */
struct mlx5ctl_ifc_vnic_diagnostic_statistics_bits {
	u8         counter_error_queues[0x20];
	u8         total_error_queues[0x20];
	u8         send_queue_priority_update_flow[0x20];
	u8         reserved_at_60[0x20];
	u8         nic_receive_steering_discard[0x40];
	u8         receive_discard_vport_down[0x40];
	u8         transmit_discard_vport_down[0x40];
	u8         async_eq_overrun[0x20];
	u8         comp_eq_overrun[0x20];
	u8         reserved_at_180[0x20];
	u8         invalid_command[0x20];
	u8         quota_exceeded_command[0x20];
	u8         internal_rq_out_of_buffer[0x20];
	u8         cq_overrun[0x20];
	u8         eth_wqe_too_small[0x20];
	u8         reserved_at_240[0xdc0];
};

static_assert(sizeof(struct mlx5ctl_ifc_vnic_diagnostic_statistics_bits) == 0x1000);

/* C type struct mlx5_ifc_tisc_bits. */
struct mlx5ctl_ifc_tisc_bits {
	u8         strict_lag_tx_port_affinity[0x1];
	u8         tls_en[0x1];
	u8         reserved_at_2[0x2];
	u8         lag_tx_port_affinity[0x4];
	u8         reserved_at_8[0x4];
	u8         prio[0x4];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x100];
	u8         reserved_at_120[0x8];
	u8         transport_domain[0x18];
	u8         reserved_at_140[0x8];
	u8         underlay_qpn[0x18];
	u8         reserved_at_160[0x8];
	u8         pd[0x18];
	u8         reserved_at_180[0x380];
};

static_assert(sizeof(struct mlx5ctl_ifc_tisc_bits) == 0x500);

/* C type struct mlx5_ifc_tirc_bits. */
struct mlx5ctl_ifc_tirc_bits {
	u8         reserved_at_0[0x20];
	u8         disp_type[0x4];
	u8         tls_en[0x1];
	u8         reserved_at_25[0x1b];
	u8         reserved_at_40[0x40];
	u8         reserved_at_80[0x4];
	u8         lro_timeout_period_usecs[0x10];
	u8         packet_merge_mask[0x4];
	u8         lro_max_ip_payload_size[0x8];
	u8         reserved_at_a0[0x40];
	u8         reserved_at_e0[0x8];
	u8         inline_rqn[0x18];
	u8         rx_hash_symmetric[0x1];
	u8         reserved_at_101[0x1];
	u8         tunneled_offload_en[0x1];
	u8         reserved_at_103[0x5];
	u8         indirect_table[0x18];
	u8         rx_hash_fn[0x4];
	u8         reserved_at_124[0x2];
	u8         self_lb_block[0x2];
	u8         transport_domain[0x18];
	u8         rx_hash_toeplitz_key[10][0x20];
	struct mlx5ctl_ifc_rx_hash_field_select_bits rx_hash_field_selector_outer;
	struct mlx5ctl_ifc_rx_hash_field_select_bits rx_hash_field_selector_inner;
	u8         reserved_at_2c0[0x4c0];
};

static_assert(sizeof(struct mlx5ctl_ifc_tirc_bits) == 0x780);

/* C type struct mlx5_ifc_srqc_bits. */
struct mlx5ctl_ifc_srqc_bits {
	u8         state[0x4];
	u8         log_srq_size[0x4];
	u8         reserved_at_8[0x18];
	u8         wq_signature[0x1];
	u8         cont_srq[0x1];
	u8         reserved_at_22[0x1];
	u8         rlky[0x1];
	u8         reserved_at_24[0x1];
	u8         log_rq_stride[0x3];
	u8         xrcd[0x18];
	u8         page_offset[0x6];
	u8         reserved_at_46[0x2];
	u8         cqn[0x18];
	u8         reserved_at_60[0x20];
	u8         reserved_at_80[0x2];
	u8         log_page_size[0x6];
	u8         reserved_at_88[0x18];
	u8         reserved_at_a0[0x20];
	u8         reserved_at_c0[0x8];
	u8         pd[0x18];
	u8         lwm[0x10];
	u8         wqe_cnt[0x10];
	u8         reserved_at_100[0x40];
	u8         dbr_addr[0x40];
	u8         reserved_at_180[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_srqc_bits) == 0x200);

/* C type struct mlx5_ifc_sqc_bits. */
struct mlx5ctl_ifc_sqc_bits {
	u8         rlky[0x1];
	u8         cd_master[0x1];
	u8         fre[0x1];
	u8         flush_in_error_en[0x1];
	u8         allow_multi_pkt_send_wqe[0x1];
	u8         min_wqe_inline_mode[0x3];
	u8         state[0x4];
	u8         reg_umr[0x1];
	u8         allow_swp[0x1];
	u8         hairpin[0x1];
	u8         reserved_at_f[0xb];
	u8         ts_format[0x2];
	u8         reserved_at_1c[0x4];
	u8         reserved_at_20[0x8];
	u8         user_index[0x18];
	u8         reserved_at_40[0x8];
	u8         cqn[0x18];
	u8         reserved_at_60[0x8];
	u8         hairpin_peer_rq[0x18];
	u8         reserved_at_80[0x10];
	u8         hairpin_peer_vhca[0x10];
	u8         reserved_at_a0[0x20];
	u8         reserved_at_c0[0x8];
	u8         ts_cqe_to_dest_cqn[0x18];
	u8         reserved_at_e0[0x10];
	u8         packet_pacing_rate_limit_index[0x10];
	u8         tis_lst_sz[0x10];
	u8         qos_queue_group_id[0x10];
	u8         reserved_at_120[0x40];
	u8         reserved_at_160[0x8];
	u8         tis_num_0[0x18];
	struct mlx5ctl_ifc_wq_bits wq;
};

static_assert(sizeof(struct mlx5ctl_ifc_sqc_bits) == 0x780);

/* C type struct mlx5_ifc_rqtc_bits. */
struct mlx5ctl_ifc_rqtc_bits {
	u8         reserved_at_0[0xa0];
	u8         reserved_at_a0[0x5];
	u8         list_q_type[0x3];
	u8         reserved_at_a8[0x8];
	u8         rqt_max_size[0x10];
	u8         rq_vhca_id_format[0x1];
	u8         reserved_at_c1[0xf];
	u8         rqt_actual_size[0x10];
	u8         reserved_at_e0[0x6a0];
	struct mlx5ctl_ifc_rq_num_bits rq_num[0];
};

static_assert(sizeof(struct mlx5ctl_ifc_rqtc_bits) == 0x780);

/* C type struct mlx5_ifc_rqc_bits. */
struct mlx5ctl_ifc_rqc_bits {
	u8         rlky[0x1];
	u8         delay_drop_en[0x1];
	u8         scatter_fcs[0x1];
	u8         vsd[0x1];
	u8         mem_rq_type[0x4];
	u8         state[0x4];
	u8         reserved_at_c[0x1];
	u8         flush_in_error_en[0x1];
	u8         hairpin[0x1];
	u8         reserved_at_f[0xb];
	u8         ts_format[0x2];
	u8         reserved_at_1c[0x4];
	u8         reserved_at_20[0x8];
	u8         user_index[0x18];
	u8         reserved_at_40[0x8];
	u8         cqn[0x18];
	u8         counter_set_id[0x8];
	u8         reserved_at_68[0x18];
	u8         reserved_at_80[0x8];
	u8         rmpn[0x18];
	u8         reserved_at_a0[0x8];
	u8         hairpin_peer_sq[0x18];
	u8         reserved_at_c0[0x10];
	u8         hairpin_peer_vhca[0x10];
	u8         reserved_at_e0[0x46];
	u8         shampo_no_match_alignment_granularity[0x2];
	u8         reserved_at_128[0x6];
	u8         shampo_match_criteria_type[0x2];
	u8         reservation_timeout[0x10];
	u8         reserved_at_140[0x40];
	struct mlx5ctl_ifc_wq_bits wq;
};

static_assert(sizeof(struct mlx5ctl_ifc_rqc_bits) == 0x780);

/* C type struct mlx5_ifc_rmpc_bits. */
struct mlx5ctl_ifc_rmpc_bits {
	u8         reserved_at_0[0x8];
	u8         state[0x4];
	u8         reserved_at_c[0x14];
	u8         basic_cyclic_rcv_wqe[0x1];
	u8         reserved_at_21[0x1f];
	u8         reserved_at_40[0x140];
	struct mlx5ctl_ifc_wq_bits wq;
};

static_assert(sizeof(struct mlx5ctl_ifc_rmpc_bits) == 0x780);

/* C type struct mlx5_ifc_pkey_bits. */
struct mlx5ctl_ifc_pkey_bits {
	u8         reserved_at_0[0x10];
	u8         pkey[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_pkey_bits) == 0x20);

/* C type struct mlx5_ifc_array128_auto_bits. */
struct mlx5ctl_ifc_array128_auto_bits {
	u8         array128_auto[16][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_array128_auto_bits) == 0x80);

/* C type struct mlx5_ifc_hca_vport_context_bits. */
struct mlx5ctl_ifc_hca_vport_context_bits {
	u8         field_select[0x20];
	u8         reserved_at_20[0xe0];
	u8         sm_virt_aware[0x1];
	u8         has_smi[0x1];
	u8         has_raw[0x1];
	u8         grh_required[0x1];
	u8         reserved_at_104[0xc];
	u8         port_physical_state[0x4];
	u8         vport_state_policy[0x4];
	u8         port_state[0x4];
	u8         vport_state[0x4];
	u8         reserved_at_120[0x20];
	u8         system_image_guid[0x40];
	u8         port_guid[0x40];
	u8         node_guid[0x40];
	u8         cap_mask1[0x20];
	u8         cap_mask1_field_select[0x20];
	u8         cap_mask2[0x20];
	u8         cap_mask2_field_select[0x20];
	u8         reserved_at_280[0x80];
	u8         lid[0x10];
	u8         reserved_at_310[0x4];
	u8         init_type_reply[0x4];
	u8         lmc[0x3];
	u8         subnet_timeout[0x5];
	u8         sm_lid[0x10];
	u8         sm_sl[0x4];
	u8         reserved_at_334[0xc];
	u8         qkey_violation_counter[0x10];
	u8         pkey_violation_counter[0x10];
	u8         reserved_at_360[0xca0];
};

static_assert(sizeof(struct mlx5ctl_ifc_hca_vport_context_bits) == 0x1000);

/* C type struct mlx5_ifc_esw_vport_context_bits. */
struct mlx5ctl_ifc_esw_vport_context_bits {
	u8         fdb_to_vport_reg_c[0x1];
	u8         reserved_at_1[0x2];
	u8         vport_svlan_strip[0x1];
	u8         vport_cvlan_strip[0x1];
	u8         vport_svlan_insert[0x1];
	u8         vport_cvlan_insert[0x2];
	u8         fdb_to_vport_reg_c_id[0x8];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x20];
	u8         svlan_cfi[0x1];
	u8         svlan_pcp[0x3];
	u8         svlan_id[0xc];
	u8         cvlan_cfi[0x1];
	u8         cvlan_pcp[0x3];
	u8         cvlan_id[0xc];
	u8         reserved_at_60[0x720];
	u8         sw_steering_vport_icm_address_rx[0x40];
	u8         sw_steering_vport_icm_address_tx[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_esw_vport_context_bits) == 0x800);

/* C type struct mlx5_ifc_eqc_bits. */
struct mlx5ctl_ifc_eqc_bits {
	u8         status[0x4];
	u8         reserved_at_4[0x9];
	u8         ec[0x1];
	u8         oi[0x1];
	u8         reserved_at_f[0x5];
	u8         st[0x4];
	u8         reserved_at_18[0x8];
	u8         reserved_at_20[0x20];
	u8         reserved_at_40[0x14];
	u8         page_offset[0x6];
	u8         reserved_at_5a[0x6];
	u8         reserved_at_60[0x3];
	u8         log_eq_size[0x5];
	u8         uar_page[0x18];
	u8         reserved_at_80[0x20];
	u8         reserved_at_a0[0x14];
	u8         intr[0xc];
	u8         reserved_at_c0[0x3];
	u8         log_page_size[0x5];
	u8         reserved_at_c8[0x18];
	u8         reserved_at_e0[0x60];
	u8         reserved_at_140[0x8];
	u8         consumer_counter[0x18];
	u8         reserved_at_160[0x8];
	u8         producer_counter[0x18];
	u8         reserved_at_180[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_eqc_bits) == 0x200);

/* C type struct mlx5_ifc_dctc_bits. */
struct mlx5ctl_ifc_dctc_bits {
	u8         reserved_at_0[0x4];
	u8         state[0x4];
	u8         reserved_at_8[0x18];
	u8         reserved_at_20[0x8];
	u8         user_index[0x18];
	u8         reserved_at_40[0x8];
	u8         cqn[0x18];
	u8         counter_set_id[0x8];
	u8         atomic_mode[0x4];
	u8         rre[0x1];
	u8         rwe[0x1];
	u8         rae[0x1];
	u8         atomic_like_write_en[0x1];
	u8         latency_sensitive[0x1];
	u8         rlky[0x1];
	u8         free_ar[0x1];
	u8         reserved_at_73[0xd];
	u8         reserved_at_80[0x8];
	u8         cs_res[0x8];
	u8         reserved_at_90[0x3];
	u8         min_rnr_nak[0x5];
	u8         reserved_at_98[0x8];
	u8         reserved_at_a0[0x8];
	u8         srqn_xrqn[0x18];
	u8         reserved_at_c0[0x8];
	u8         pd[0x18];
	u8         tclass[0x8];
	u8         reserved_at_e8[0x4];
	u8         flow_label[0x14];
	u8         dc_access_key[0x40];
	u8         reserved_at_140[0x5];
	u8         mtu[0x3];
	u8         port[0x8];
	u8         pkey_index[0x10];
	u8         reserved_at_160[0x8];
	u8         my_addr_index[0x8];
	u8         reserved_at_170[0x8];
	u8         hop_limit[0x8];
	u8         dc_access_key_violation_count[0x20];
	u8         reserved_at_1a0[0x14];
	u8         dei_cfi[0x1];
	u8         eth_prio[0x3];
	u8         ecn[0x2];
	u8         dscp[0x6];
	u8         reserved_at_1c0[0x20];
	u8         ece[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_dctc_bits) == 0x200);

/* C type struct mlx5_ifc_cqc_bits. */
struct mlx5ctl_ifc_cqc_bits {
	u8         status[0x4];
	u8         reserved_at_4[0x2];
	u8         dbr_umem_valid[0x1];
	u8         apu_cq[0x1];
	u8         cqe_sz[0x3];
	u8         cc[0x1];
	u8         reserved_at_c[0x1];
	u8         scqe_break_moderation_en[0x1];
	u8         oi[0x1];
	u8         cq_period_mode[0x2];
	u8         cqe_comp_en[0x1];
	u8         mini_cqe_res_format[0x2];
	u8         st[0x4];
	u8         reserved_at_18[0x6];
	u8         cqe_compression_layout[0x2];
	u8         reserved_at_20[0x20];
	u8         reserved_at_40[0x14];
	u8         page_offset[0x6];
	u8         reserved_at_5a[0x6];
	u8         reserved_at_60[0x3];
	u8         log_cq_size[0x5];
	u8         uar_page[0x18];
	u8         reserved_at_80[0x4];
	u8         cq_period[0xc];
	u8         cq_max_count[0x10];
	u8         c_eqn_or_apu_element[0x20];
	u8         reserved_at_c0[0x3];
	u8         log_page_size[0x5];
	u8         reserved_at_c8[0x18];
	u8         reserved_at_e0[0x20];
	u8         reserved_at_100[0x8];
	u8         last_notified_index[0x18];
	u8         reserved_at_120[0x8];
	u8         last_solicit_index[0x18];
	u8         reserved_at_140[0x8];
	u8         consumer_counter[0x18];
	u8         reserved_at_160[0x8];
	u8         producer_counter[0x18];
	u8         reserved_at_180[0x40];
	u8         dbr_addr[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_cqc_bits) == 0x200);

/* C type union mlx5_ifc_cong_control_roce_ecn_auto_bits. */
union mlx5ctl_ifc_cong_control_roce_ecn_auto_bits {
	struct mlx5ctl_ifc_cong_control_802_1qau_rp_bits cong_control_802_1qau_rp;
	struct mlx5ctl_ifc_cong_control_r_roce_ecn_rp_bits cong_control_r_roce_ecn_rp;
	struct mlx5ctl_ifc_cong_control_r_roce_ecn_np_bits cong_control_r_roce_ecn_np;
	u8         reserved_at_0[0x800];
};

static_assert(sizeof(union mlx5ctl_ifc_cong_control_roce_ecn_auto_bits) == 0x800);

/* C type struct mlx5_ifc_tag_matching_topology_context_bits. */
struct mlx5ctl_ifc_tag_matching_topology_context_bits {
	u8         log_matching_list_sz[0x4];
	u8         reserved_at_4[0xc];
	u8         append_next_index[0x10];
	u8         sw_phase_cnt[0x10];
	u8         hw_phase_cnt[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_tag_matching_topology_context_bits) == 0x80);

/* C type struct mlx5_ifc_xrqc_bits. */
struct mlx5ctl_ifc_xrqc_bits {
	u8         state[0x4];
	u8         rlkey[0x1];
	u8         reserved_at_5[0xf];
	u8         topology[0x4];
	u8         reserved_at_18[0x4];
	u8         offload[0x4];
	u8         reserved_at_20[0x8];
	u8         user_index[0x18];
	u8         reserved_at_40[0x8];
	u8         cqn[0x18];
	u8         reserved_at_60[0xa0];
	struct mlx5ctl_ifc_tag_matching_topology_context_bits tag_matching_topology_context;
	u8         reserved_at_180[0x280];
	struct mlx5ctl_ifc_wq_bits wq;
};

static_assert(sizeof(struct mlx5ctl_ifc_xrqc_bits) == 0xa00);

/* C type union mlx5_ifc_modify_field_select_resize_field_select_auto_bits. */
union mlx5ctl_ifc_modify_field_select_resize_field_select_auto_bits {
	struct mlx5ctl_ifc_modify_field_select_bits modify_field_select;
	struct mlx5ctl_ifc_resize_field_select_bits resize_field_select;
	u8         reserved_at_0[0x20];
};

static_assert(sizeof(union mlx5ctl_ifc_modify_field_select_resize_field_select_auto_bits) == 0x20);

/* C type union mlx5_ifc_field_select_802_1_r_roce_auto_bits. */
union mlx5ctl_ifc_field_select_802_1_r_roce_auto_bits {
	struct mlx5ctl_ifc_field_select_802_1qau_rp_bits field_select_802_1qau_rp;
	struct mlx5ctl_ifc_field_select_r_roce_rp_bits field_select_r_roce_rp;
	struct mlx5ctl_ifc_field_select_r_roce_np_bits field_select_r_roce_np;
	u8         reserved_at_0[0x20];
};

static_assert(sizeof(union mlx5ctl_ifc_field_select_802_1_r_roce_auto_bits) == 0x20);

/* C type union mlx5_ifc_pcie_cntrs_grp_data_layout_auto_bits. */
union mlx5ctl_ifc_pcie_cntrs_grp_data_layout_auto_bits {
	struct mlx5ctl_ifc_pcie_perf_cntrs_grp_data_layout_bits pcie_perf_cntrs_grp_data_layout;
	u8         reserved_at_0[0x7c0];
};

static_assert(sizeof(union mlx5ctl_ifc_pcie_cntrs_grp_data_layout_auto_bits) == 0x7c0);

/* C type union mlx5_ifc_event_auto_bits. */
union mlx5ctl_ifc_event_auto_bits {
	struct mlx5ctl_ifc_comp_event_bits comp_event;
	struct mlx5ctl_ifc_dct_events_bits dct_events;
	struct mlx5ctl_ifc_qp_events_bits qp_events;
	struct mlx5ctl_ifc_wqe_associated_page_fault_event_bits wqe_associated_page_fault_event;
	struct mlx5ctl_ifc_rdma_page_fault_event_bits rdma_page_fault_event;
	struct mlx5ctl_ifc_cq_error_bits cq_error;
	struct mlx5ctl_ifc_dropped_packet_logged_bits dropped_packet_logged;
	struct mlx5ctl_ifc_port_state_change_event_bits port_state_change_event;
	struct mlx5ctl_ifc_gpio_event_bits gpio_event;
	struct mlx5ctl_ifc_db_bf_congestion_event_bits db_bf_congestion_event;
	struct mlx5ctl_ifc_stall_vl_event_bits stall_vl_event;
	struct mlx5ctl_ifc_cmd_inter_comp_event_bits cmd_inter_comp_event;
	u8         reserved_at_0[0xe0];
};

static_assert(sizeof(union mlx5ctl_ifc_event_auto_bits) == 0xe0);

/* C type struct mlx5_ifc_health_buffer_bits. */
struct mlx5ctl_ifc_health_buffer_bits {
	u8         reserved_at_0[0x100];
	u8         assert_existptr[0x20];
	u8         assert_callra[0x20];
	u8         reserved_at_140[0x20];
	u8         time[0x20];
	u8         fw_version[0x20];
	u8         hw_id[0x20];
	u8         rfr[0x1];
	u8         reserved_at_1c1[0x3];
	u8         valid[0x1];
	u8         severity[0x3];
	u8         reserved_at_1c8[0x18];
	u8         irisc_index[0x8];
	u8         synd[0x8];
	u8         ext_synd[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_health_buffer_bits) == 0x200);

/* C type struct mlx5_ifc_register_loopback_control_bits. */
struct mlx5ctl_ifc_register_loopback_control_bits {
	u8         no_lb[0x1];
	u8         reserved_at_1[0x7];
	u8         port[0x8];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x60];
};

static_assert(sizeof(struct mlx5ctl_ifc_register_loopback_control_bits) == 0x80);

/* C type struct mlx5_ifc_vport_tc_element_bits. */
struct mlx5ctl_ifc_vport_tc_element_bits {
	u8         traffic_class[0x4];
	u8         reserved_at_4[0xc];
	u8         vport_number[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_vport_tc_element_bits) == 0x20);

/* C type struct mlx5_ifc_vport_element_bits. */
struct mlx5ctl_ifc_vport_element_bits {
	u8         reserved_at_0[0x10];
	u8         vport_number[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_vport_element_bits) == 0x20);

/* C type struct mlx5_ifc_tsar_element_bits. */
struct mlx5ctl_ifc_tsar_element_bits {
	u8         reserved_at_0[0x8];
	u8         tsar_type[0x8];
	u8         reserved_at_10[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_tsar_element_bits) == 0x20);

/* C type struct mlx5_ifc_teardown_hca_out_bits. */
struct mlx5ctl_ifc_teardown_hca_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x3f];
	u8         state[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_teardown_hca_out_bits) == 0x80);

/* C type struct mlx5_ifc_teardown_hca_in_bits. */
struct mlx5ctl_ifc_teardown_hca_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	u8         profile[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_teardown_hca_in_bits) == 0x80);

/* C type struct mlx5_ifc_sqerr2rts_qp_out_bits. */
struct mlx5ctl_ifc_sqerr2rts_qp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_sqerr2rts_qp_out_bits) == 0x80);

/* C type struct mlx5_ifc_sqerr2rts_qp_in_bits. */
struct mlx5ctl_ifc_sqerr2rts_qp_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         qpn[0x18];
	u8         reserved_at_60[0x20];
	u8         opt_param_mask[0x20];
	u8         reserved_at_a0[0x20];
	struct mlx5ctl_ifc_qpc_bits qpc;
	u8         reserved_at_800[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_sqerr2rts_qp_in_bits) == 0x880);

/* C type struct mlx5_ifc_sqd2rts_qp_out_bits. */
struct mlx5ctl_ifc_sqd2rts_qp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_sqd2rts_qp_out_bits) == 0x80);

/* C type struct mlx5_ifc_sqd2rts_qp_in_bits. */
struct mlx5ctl_ifc_sqd2rts_qp_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         qpn[0x18];
	u8         reserved_at_60[0x20];
	u8         opt_param_mask[0x20];
	u8         reserved_at_a0[0x20];
	struct mlx5ctl_ifc_qpc_bits qpc;
	u8         reserved_at_800[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_sqd2rts_qp_in_bits) == 0x880);

/* C type struct mlx5_ifc_set_roce_address_out_bits. */
struct mlx5ctl_ifc_set_roce_address_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_roce_address_out_bits) == 0x80);

/* C type struct mlx5_ifc_set_roce_address_in_bits. */
struct mlx5ctl_ifc_set_roce_address_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         roce_address_index[0x10];
	u8         reserved_at_50[0xc];
	u8         vhca_port_num[0x4];
	u8         reserved_at_60[0x20];
	struct mlx5ctl_ifc_roce_addr_layout_bits roce_address;
};

static_assert(sizeof(struct mlx5ctl_ifc_set_roce_address_in_bits) == 0x180);

/* C type struct mlx5_ifc_set_mad_demux_out_bits. */
struct mlx5ctl_ifc_set_mad_demux_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_mad_demux_out_bits) == 0x80);

/* C type struct mlx5_ifc_set_mad_demux_in_bits. */
struct mlx5ctl_ifc_set_mad_demux_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x20];
	u8         reserved_at_60[0x6];
	u8         demux_mode[0x2];
	u8         reserved_at_68[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_mad_demux_in_bits) == 0x80);

/* C type struct mlx5_ifc_set_l2_table_entry_out_bits. */
struct mlx5ctl_ifc_set_l2_table_entry_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_l2_table_entry_out_bits) == 0x80);

/* A 48-bit MAC address in the low bits of two dwords. */
struct mlx5ctl_ifc_mac_address_layout_bits {
	u8         reserved_at_0[0x10];
	/* High 16 bits of the MAC address. */
	u8         mac_addr_47_32[0x10];
	/* Low 32 bits of the MAC address. */
	u8         mac_addr_31_0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mac_address_layout_bits) == 0x40);

/* C type struct mlx5_ifc_set_l2_table_entry_in_bits. */
struct mlx5ctl_ifc_set_l2_table_entry_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x60];
	u8         reserved_at_a0[0x8];
	u8         table_index[0x18];
	u8         reserved_at_c0[0x20];
	u8         reserved_at_e0[0x13];
	u8         vlan_valid[0x1];
	u8         vlan[0xc];
	struct mlx5ctl_ifc_mac_address_layout_bits mac_address;
	u8         reserved_at_140[0xc0];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_l2_table_entry_in_bits) == 0x200);

/* C type struct mlx5_ifc_set_issi_out_bits. */
struct mlx5ctl_ifc_set_issi_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_issi_out_bits) == 0x80);

/* C type struct mlx5_ifc_set_issi_in_bits. */
struct mlx5ctl_ifc_set_issi_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	u8         current_issi[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_issi_in_bits) == 0x80);

/* C type struct mlx5_ifc_set_hca_cap_out_bits. */
struct mlx5ctl_ifc_set_hca_cap_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_hca_cap_out_bits) == 0x80);

/* C type struct mlx5_ifc_set_hca_cap_in_bits. */
struct mlx5ctl_ifc_set_hca_cap_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_function[0x1];
	u8         reserved_at_41[0xf];
	u8         function_id[0x10];
	u8         reserved_at_60[0x20];
	union mlx5ctl_ifc_hca_cap_union_bits capability;
};

static_assert(sizeof(struct mlx5ctl_ifc_set_hca_cap_in_bits) == 0x8080);

/* C type struct mlx5_ifc_set_fte_out_bits. */
struct mlx5ctl_ifc_set_fte_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_fte_out_bits) == 0x80);

/* C type struct mlx5_ifc_set_fte_in_bits. */
struct mlx5ctl_ifc_set_fte_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x20];
	u8         table_type[0x8];
	u8         reserved_at_88[0x18];
	u8         reserved_at_a0[0x8];
	u8         table_id[0x18];
	u8         ignore_flow_level[0x1];
	u8         reserved_at_c1[0x17];
	u8         modify_enable_mask[0x8];
	u8         reserved_at_e0[0x20];
	u8         flow_index[0x20];
	u8         reserved_at_120[0xe0];
	struct mlx5ctl_ifc_flow_context_bits flow_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_set_fte_in_bits) == 0x1a00);

/* C type struct mlx5_ifc_rts2rts_qp_out_bits. */
struct mlx5ctl_ifc_rts2rts_qp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x20];
	u8         ece[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_rts2rts_qp_out_bits) == 0x80);

/* C type struct mlx5_ifc_rts2rts_qp_in_bits. */
struct mlx5ctl_ifc_rts2rts_qp_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         qpn[0x18];
	u8         reserved_at_60[0x20];
	u8         opt_param_mask[0x20];
	u8         ece[0x20];
	struct mlx5ctl_ifc_qpc_bits qpc;
	u8         reserved_at_800[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_rts2rts_qp_in_bits) == 0x880);

/* C type struct mlx5_ifc_rtr2rts_qp_out_bits. */
struct mlx5ctl_ifc_rtr2rts_qp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x20];
	u8         ece[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_rtr2rts_qp_out_bits) == 0x80);

/* C type struct mlx5_ifc_rtr2rts_qp_in_bits. */
struct mlx5ctl_ifc_rtr2rts_qp_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         qpn[0x18];
	u8         reserved_at_60[0x20];
	u8         opt_param_mask[0x20];
	u8         ece[0x20];
	struct mlx5ctl_ifc_qpc_bits qpc;
	u8         reserved_at_800[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_rtr2rts_qp_in_bits) == 0x880);

/* C type struct mlx5_ifc_rst2init_qp_out_bits. */
struct mlx5ctl_ifc_rst2init_qp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x20];
	u8         ece[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_rst2init_qp_out_bits) == 0x80);

/* C type struct mlx5_ifc_rst2init_qp_in_bits. */
struct mlx5ctl_ifc_rst2init_qp_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         qpn[0x18];
	u8         reserved_at_60[0x20];
	u8         opt_param_mask[0x20];
	u8         ece[0x20];
	struct mlx5ctl_ifc_qpc_bits qpc;
	u8         reserved_at_800[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_rst2init_qp_in_bits) == 0x880);

/* C type struct mlx5_ifc_query_xrq_out_bits. */
struct mlx5ctl_ifc_query_xrq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_xrqc_bits xrq_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_xrq_out_bits) == 0xa80);

/* C type struct mlx5_ifc_query_xrq_in_bits. */
struct mlx5ctl_ifc_query_xrq_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         xrqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_xrq_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_xrc_srq_out_bits. */
struct mlx5ctl_ifc_query_xrc_srq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_xrc_srqc_bits xrc_srq_context_entry;
	u8         reserved_at_280[0x600];
	u8         pas[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_xrc_srq_out_bits) == 0x880);

/* C type struct mlx5_ifc_query_xrc_srq_in_bits. */
struct mlx5ctl_ifc_query_xrc_srq_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         xrc_srqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_xrc_srq_in_bits) == 0x80);

/* C type struct mlx5_ifc_arm_monitor_counter_in_bits. */
struct mlx5ctl_ifc_arm_monitor_counter_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x20];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_arm_monitor_counter_in_bits) == 0x80);

/* C type struct mlx5_ifc_arm_monitor_counter_out_bits. */
struct mlx5ctl_ifc_arm_monitor_counter_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_arm_monitor_counter_out_bits) == 0x80);

/* C type struct mlx5_ifc_monitor_counter_output_bits. */
struct mlx5ctl_ifc_monitor_counter_output_bits {
	u8         reserved_at_0[0x4];
	u8         type[0x4];
	u8         reserved_at_8[0x8];
	u8         counter[0x10];
	u8         counter_group_id[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_monitor_counter_output_bits) == 0x40);

/* C type struct mlx5_ifc_set_monitor_counter_in_bits. */
struct mlx5ctl_ifc_set_monitor_counter_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	u8         num_of_counters[0x10];
	u8         reserved_at_60[0x20];
	struct mlx5ctl_ifc_monitor_counter_output_bits monitor_counter[7];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_monitor_counter_in_bits) == 0x240);

/* C type struct mlx5_ifc_set_monitor_counter_out_bits. */
struct mlx5ctl_ifc_set_monitor_counter_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_monitor_counter_out_bits) == 0x80);

/* C type struct mlx5_ifc_query_vnic_env_out_bits. */
struct mlx5ctl_ifc_query_vnic_env_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_vnic_diagnostic_statistics_bits vport_env;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_vnic_env_out_bits) == 0x1080);

/* C type struct mlx5_ifc_query_vnic_env_in_bits. */
struct mlx5ctl_ifc_query_vnic_env_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_vnic_env_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_tis_out_bits. */
struct mlx5ctl_ifc_query_tis_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_tisc_bits tis_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_tis_out_bits) == 0x580);

/* C type struct mlx5_ifc_query_tis_in_bits. */
struct mlx5ctl_ifc_query_tis_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         tisn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_tis_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_tir_out_bits. */
struct mlx5ctl_ifc_query_tir_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0xc0];
	struct mlx5ctl_ifc_tirc_bits tir_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_tir_out_bits) == 0x880);

/* C type struct mlx5_ifc_query_tir_in_bits. */
struct mlx5ctl_ifc_query_tir_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         tirn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_tir_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_srq_out_bits. */
struct mlx5ctl_ifc_query_srq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_srqc_bits srq_context_entry;
	u8         reserved_at_280[0x600];
	u8         pas[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_srq_out_bits) == 0x880);

/* C type struct mlx5_ifc_query_srq_in_bits. */
struct mlx5ctl_ifc_query_srq_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         srqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_srq_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_sq_out_bits. */
struct mlx5ctl_ifc_query_sq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0xc0];
	struct mlx5ctl_ifc_sqc_bits sq_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_sq_out_bits) == 0x880);

/* C type struct mlx5_ifc_query_sq_in_bits. */
struct mlx5ctl_ifc_query_sq_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         sqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_sq_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_special_contexts_out_bits. */
struct mlx5ctl_ifc_query_special_contexts_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         dump_fill_mkey[0x20];
	u8         resd_lkey[0x20];
	u8         null_mkey[0x20];
	u8         reserved_at_a0[0x60];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_special_contexts_out_bits) == 0x100);

/* C type struct mlx5_ifc_query_special_contexts_in_bits. */
struct mlx5ctl_ifc_query_special_contexts_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_special_contexts_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_scheduling_element_out_bits. */
struct mlx5ctl_ifc_query_scheduling_element_out_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0xc0];
	struct mlx5ctl_ifc_scheduling_context_bits scheduling_context;
	u8         reserved_at_300[0x100];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_scheduling_element_out_bits) == 0x400);

/* C type struct mlx5_ifc_query_scheduling_element_in_bits. */
struct mlx5ctl_ifc_query_scheduling_element_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         scheduling_hierarchy[0x8];
	u8         reserved_at_48[0x18];
	u8         scheduling_element_id[0x20];
	u8         reserved_at_80[0x180];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_scheduling_element_in_bits) == 0x200);

/* C type struct mlx5_ifc_query_rqt_out_bits. */
struct mlx5ctl_ifc_query_rqt_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0xc0];
	struct mlx5ctl_ifc_rqtc_bits rqt_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_rqt_out_bits) == 0x880);

/* C type struct mlx5_ifc_query_rqt_in_bits. */
struct mlx5ctl_ifc_query_rqt_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         rqtn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_rqt_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_rq_out_bits. */
struct mlx5ctl_ifc_query_rq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0xc0];
	struct mlx5ctl_ifc_rqc_bits rq_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_rq_out_bits) == 0x880);

/* C type struct mlx5_ifc_query_rq_in_bits. */
struct mlx5ctl_ifc_query_rq_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         rqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_rq_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_roce_address_out_bits. */
struct mlx5ctl_ifc_query_roce_address_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_roce_addr_layout_bits roce_address;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_roce_address_out_bits) == 0x180);

/* C type struct mlx5_ifc_query_roce_address_in_bits. */
struct mlx5ctl_ifc_query_roce_address_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         roce_address_index[0x10];
	u8         reserved_at_50[0xc];
	u8         vhca_port_num[0x4];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_roce_address_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_rmp_out_bits. */
struct mlx5ctl_ifc_query_rmp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0xc0];
	struct mlx5ctl_ifc_rmpc_bits rmp_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_rmp_out_bits) == 0x880);

/* C type struct mlx5_ifc_query_rmp_in_bits. */
struct mlx5ctl_ifc_query_rmp_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         rmpn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_rmp_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_qp_out_bits. */
struct mlx5ctl_ifc_query_qp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	u8         opt_param_mask[0x20];
	u8         ece[0x20];
	struct mlx5ctl_ifc_qpc_bits qpc;
	u8         reserved_at_800[0x80];
	u8         pas[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_qp_out_bits) == 0x880);

/* C type struct mlx5_ifc_query_qp_in_bits. */
struct mlx5ctl_ifc_query_qp_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         qpn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_qp_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_pages_out_bits. */
struct mlx5ctl_ifc_query_pages_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         embedded_cpu_function[0x1];
	u8         reserved_at_41[0xf];
	u8         function_id[0x10];
	u8         num_pages[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_pages_out_bits) == 0x80);

/* C type struct mlx5_ifc_query_pages_in_bits. */
struct mlx5ctl_ifc_query_pages_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         embedded_cpu_function[0x1];
	u8         reserved_at_41[0xf];
	u8         function_id[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_pages_in_bits) == 0x80);

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

/* C type struct mlx5_ifc_query_mkey_out_bits. */
struct mlx5ctl_ifc_query_mkey_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_mkc_bits memory_key_mkey_entry;
	u8         reserved_at_280[0x600];
	u8         bsf0_klm0_pas_mtt0_1[16][0x8];
	u8         bsf1_klm1_pas_mtt2_3[16][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_mkey_out_bits) == 0x980);

/* C type struct mlx5_ifc_query_mkey_in_bits. */
struct mlx5ctl_ifc_query_mkey_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         mkey_index[0x18];
	u8         pg_access[0x1];
	u8         reserved_at_61[0x1f];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_mkey_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_mad_demux_out_bits. */
struct mlx5ctl_ifc_query_mad_demux_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	u8         mad_dumux_parameters_block[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_mad_demux_out_bits) == 0xa0);

/* C type struct mlx5_ifc_query_mad_demux_in_bits. */
struct mlx5ctl_ifc_query_mad_demux_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_mad_demux_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_l2_table_entry_out_bits. */
struct mlx5ctl_ifc_query_l2_table_entry_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0xa0];
	u8         reserved_at_e0[0x13];
	u8         vlan_valid[0x1];
	u8         vlan[0xc];
	struct mlx5ctl_ifc_mac_address_layout_bits mac_address;
	u8         reserved_at_140[0xc0];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_l2_table_entry_out_bits) == 0x200);

/* C type struct mlx5_ifc_query_l2_table_entry_in_bits. */
struct mlx5ctl_ifc_query_l2_table_entry_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x60];
	u8         reserved_at_a0[0x8];
	u8         table_index[0x18];
	u8         reserved_at_c0[0x140];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_l2_table_entry_in_bits) == 0x200);

/* C type struct mlx5_ifc_set_driver_version_out_bits. */
struct mlx5ctl_ifc_set_driver_version_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_driver_version_out_bits) == 0x80);

/* C type struct mlx5_ifc_set_driver_version_in_bits. */
struct mlx5ctl_ifc_set_driver_version_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
	u8         driver_version[64][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_driver_version_in_bits) == 0x280);

/* C type struct mlx5_ifc_query_hca_vport_pkey_out_bits. */
struct mlx5ctl_ifc_query_hca_vport_pkey_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_pkey_bits pkey[0];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_hca_vport_pkey_out_bits) == 0x80);

/* C type struct mlx5_ifc_query_hca_vport_pkey_in_bits. */
struct mlx5ctl_ifc_query_hca_vport_pkey_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xb];
	u8         port_num[0x4];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x10];
	u8         pkey_index[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_hca_vport_pkey_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_hca_vport_gid_out_bits. */
struct mlx5ctl_ifc_query_hca_vport_gid_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x20];
	u8         gids_num[0x10];
	u8         reserved_at_70[0x10];
	struct mlx5ctl_ifc_array128_auto_bits gid[0];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_hca_vport_gid_out_bits) == 0x80);

/* C type struct mlx5_ifc_query_hca_vport_gid_in_bits. */
struct mlx5ctl_ifc_query_hca_vport_gid_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xb];
	u8         port_num[0x4];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x10];
	u8         gid_index[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_hca_vport_gid_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_hca_vport_context_out_bits. */
struct mlx5ctl_ifc_query_hca_vport_context_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_hca_vport_context_bits hca_vport_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_hca_vport_context_out_bits) == 0x1080);

/* C type struct mlx5_ifc_query_hca_vport_context_in_bits. */
struct mlx5ctl_ifc_query_hca_vport_context_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xb];
	u8         port_num[0x4];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_hca_vport_context_in_bits) == 0x80);

/* C type struct mlx5_ifc_other_hca_cap_bits. */
struct mlx5ctl_ifc_other_hca_cap_bits {
	u8         roce[0x1];
	u8         reserved_at_1[0x27f];
};

static_assert(sizeof(struct mlx5ctl_ifc_other_hca_cap_bits) == 0x280);

/* C type struct mlx5_ifc_query_other_hca_cap_out_bits. */
struct mlx5ctl_ifc_query_other_hca_cap_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_other_hca_cap_bits other_capability;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_other_hca_cap_out_bits) == 0x300);

/* C type struct mlx5_ifc_query_other_hca_cap_in_bits. */
struct mlx5ctl_ifc_query_other_hca_cap_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	u8         function_id[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_other_hca_cap_in_bits) == 0x80);

/* C type struct mlx5_ifc_modify_other_hca_cap_out_bits. */
struct mlx5ctl_ifc_modify_other_hca_cap_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_other_hca_cap_out_bits) == 0x80);

/* C type struct mlx5_ifc_modify_other_hca_cap_in_bits. */
struct mlx5ctl_ifc_modify_other_hca_cap_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	u8         function_id[0x10];
	u8         field_select[0x20];
	struct mlx5ctl_ifc_other_hca_cap_bits other_capability;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_other_hca_cap_in_bits) == 0x300);

/* C type struct mlx5_ifc_flow_table_context_bits. */
struct mlx5ctl_ifc_flow_table_context_bits {
	u8         reformat_en[0x1];
	u8         decap_en[0x1];
	u8         sw_owner[0x1];
	u8         termination_table[0x1];
	u8         table_miss_action[0x4];
	u8         level[0x8];
	u8         reserved_at_10[0x8];
	u8         log_size[0x8];
	u8         reserved_at_20[0x8];
	u8         table_miss_id[0x18];
	u8         reserved_at_40[0x8];
	u8         lag_master_next_table_id[0x18];
	u8         reserved_at_60[0x60];
	u8         sw_owner_icm_root_1[0x40];
	u8         sw_owner_icm_root_0[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_flow_table_context_bits) == 0x140);

/* C type struct mlx5_ifc_query_flow_table_out_bits. */
struct mlx5ctl_ifc_query_flow_table_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x80];
	struct mlx5ctl_ifc_flow_table_context_bits flow_table_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_flow_table_out_bits) == 0x200);

/* C type struct mlx5_ifc_query_flow_table_in_bits. */
struct mlx5ctl_ifc_query_flow_table_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
	u8         table_type[0x8];
	u8         reserved_at_88[0x18];
	u8         reserved_at_a0[0x8];
	u8         table_id[0x18];
	u8         reserved_at_c0[0x140];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_flow_table_in_bits) == 0x200);

/* C type struct mlx5_ifc_query_fte_out_bits. */
struct mlx5ctl_ifc_query_fte_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x1c0];
	struct mlx5ctl_ifc_flow_context_bits flow_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_fte_out_bits) == 0x1a00);

/* C type struct mlx5_ifc_query_fte_in_bits. */
struct mlx5ctl_ifc_query_fte_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
	u8         table_type[0x8];
	u8         reserved_at_88[0x18];
	u8         reserved_at_a0[0x8];
	u8         table_id[0x18];
	u8         reserved_at_c0[0x40];
	u8         flow_index[0x20];
	u8         reserved_at_120[0xe0];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_fte_in_bits) == 0x200);

/* C type struct mlx5_ifc_match_definer_format_0_bits. */
struct mlx5ctl_ifc_match_definer_format_0_bits {
	u8         reserved_at_0[0x100];
	u8         metadata_reg_c_0[0x20];
	u8         metadata_reg_c_1[0x20];
	u8         outer_dmac_47_16[0x20];
	u8         outer_dmac_15_0[0x10];
	u8         outer_ethertype[0x10];
	u8         reserved_at_180[0x1];
	u8         sx_sniffer[0x1];
	u8         functional_lb[0x1];
	u8         outer_ip_frag[0x1];
	u8         outer_qp_type[0x2];
	u8         outer_encap_type[0x2];
	u8         port_number[0x2];
	u8         outer_l3_type[0x2];
	u8         outer_l4_type[0x2];
	u8         outer_first_vlan_type[0x2];
	u8         outer_first_vlan_prio[0x3];
	u8         outer_first_vlan_cfi[0x1];
	u8         outer_first_vlan_vid[0xc];
	u8         outer_l4_type_ext[0x4];
	u8         reserved_at_1a4[0x2];
	u8         outer_ipsec_layer[0x2];
	u8         outer_l2_type[0x2];
	u8         force_lb[0x1];
	u8         outer_l2_ok[0x1];
	u8         outer_l3_ok[0x1];
	u8         outer_l4_ok[0x1];
	u8         outer_second_vlan_type[0x2];
	u8         outer_second_vlan_prio[0x3];
	u8         outer_second_vlan_cfi[0x1];
	u8         outer_second_vlan_vid[0xc];
	u8         outer_smac_47_16[0x20];
	u8         outer_smac_15_0[0x10];
	u8         inner_ipv4_checksum_ok[0x1];
	u8         inner_l4_checksum_ok[0x1];
	u8         outer_ipv4_checksum_ok[0x1];
	u8         outer_l4_checksum_ok[0x1];
	u8         inner_l3_ok[0x1];
	u8         inner_l4_ok[0x1];
	u8         outer_l3_ok_duplicate[0x1];
	u8         outer_l4_ok_duplicate[0x1];
	u8         outer_tcp_cwr[0x1];
	u8         outer_tcp_ece[0x1];
	u8         outer_tcp_urg[0x1];
	u8         outer_tcp_ack[0x1];
	u8         outer_tcp_psh[0x1];
	u8         outer_tcp_rst[0x1];
	u8         outer_tcp_syn[0x1];
	u8         outer_tcp_fin[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_match_definer_format_0_bits) == 0x200);

/* C type struct mlx5_ifc_match_definer_format_22_bits. */
struct mlx5ctl_ifc_match_definer_format_22_bits {
	u8         reserved_at_0[0x100];
	u8         outer_ip_src_addr[0x20];
	u8         outer_ip_dest_addr[0x20];
	u8         outer_l4_sport[0x10];
	u8         outer_l4_dport[0x10];
	u8         reserved_at_160[0x1];
	u8         sx_sniffer[0x1];
	u8         functional_lb[0x1];
	u8         outer_ip_frag[0x1];
	u8         outer_qp_type[0x2];
	u8         outer_encap_type[0x2];
	u8         port_number[0x2];
	u8         outer_l3_type[0x2];
	u8         outer_l4_type[0x2];
	u8         outer_first_vlan_type[0x2];
	u8         outer_first_vlan_prio[0x3];
	u8         outer_first_vlan_cfi[0x1];
	u8         outer_first_vlan_vid[0xc];
	u8         metadata_reg_c_0[0x20];
	u8         outer_dmac_47_16[0x20];
	u8         outer_smac_47_16[0x20];
	u8         outer_smac_15_0[0x10];
	u8         outer_dmac_15_0[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_match_definer_format_22_bits) == 0x200);

/* C type struct mlx5_ifc_match_definer_format_23_bits. */
struct mlx5ctl_ifc_match_definer_format_23_bits {
	u8         reserved_at_0[0x100];
	u8         inner_ip_src_addr[0x20];
	u8         inner_ip_dest_addr[0x20];
	u8         inner_l4_sport[0x10];
	u8         inner_l4_dport[0x10];
	u8         reserved_at_160[0x1];
	u8         sx_sniffer[0x1];
	u8         functional_lb[0x1];
	u8         inner_ip_frag[0x1];
	u8         inner_qp_type[0x2];
	u8         inner_encap_type[0x2];
	u8         port_number[0x2];
	u8         inner_l3_type[0x2];
	u8         inner_l4_type[0x2];
	u8         inner_first_vlan_type[0x2];
	u8         inner_first_vlan_prio[0x3];
	u8         inner_first_vlan_cfi[0x1];
	u8         inner_first_vlan_vid[0xc];
	u8         tunnel_header_0[0x20];
	u8         inner_dmac_47_16[0x20];
	u8         inner_smac_47_16[0x20];
	u8         inner_smac_15_0[0x10];
	u8         inner_dmac_15_0[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_match_definer_format_23_bits) == 0x200);

/* C type struct mlx5_ifc_match_definer_format_29_bits. */
struct mlx5ctl_ifc_match_definer_format_29_bits {
	u8         reserved_at_0[0xc0];
	/* 0x80 bits in the header, as 0x20-bit elements. */
	u8         outer_ip_dest_addr[4][0x20];
	/* 0x80 bits in the header, as 0x20-bit elements. */
	u8         outer_ip_src_addr[4][0x20];
	u8         outer_l4_sport[0x10];
	u8         outer_l4_dport[0x10];
	u8         reserved_at_1e0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_match_definer_format_29_bits) == 0x200);

/* C type struct mlx5_ifc_match_definer_format_30_bits. */
struct mlx5ctl_ifc_match_definer_format_30_bits {
	u8         reserved_at_0[0xa0];
	/* 0x80 bits in the header, as 0x20-bit elements. */
	u8         outer_ip_dest_addr[4][0x20];
	/* 0x80 bits in the header, as 0x20-bit elements. */
	u8         outer_ip_src_addr[4][0x20];
	u8         outer_dmac_47_16[0x20];
	u8         outer_smac_47_16[0x20];
	u8         outer_smac_15_0[0x10];
	u8         outer_dmac_15_0[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_match_definer_format_30_bits) == 0x200);

/* C type struct mlx5_ifc_match_definer_format_31_bits. */
struct mlx5ctl_ifc_match_definer_format_31_bits {
	u8         reserved_at_0[0xc0];
	/* 0x80 bits in the header, as 0x20-bit elements. */
	u8         inner_ip_dest_addr[4][0x20];
	/* 0x80 bits in the header, as 0x20-bit elements. */
	u8         inner_ip_src_addr[4][0x20];
	u8         inner_l4_sport[0x10];
	u8         inner_l4_dport[0x10];
	u8         reserved_at_1e0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_match_definer_format_31_bits) == 0x200);

/* C type struct mlx5_ifc_match_definer_format_32_bits. */
struct mlx5ctl_ifc_match_definer_format_32_bits {
	u8         reserved_at_0[0xa0];
	/* 0x80 bits in the header, as 0x20-bit elements. */
	u8         inner_ip_dest_addr[4][0x20];
	/* 0x80 bits in the header, as 0x20-bit elements. */
	u8         inner_ip_src_addr[4][0x20];
	u8         inner_dmac_47_16[0x20];
	u8         inner_smac_47_16[0x20];
	u8         inner_smac_15_0[0x10];
	u8         inner_dmac_15_0[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_match_definer_format_32_bits) == 0x200);

/* C type struct mlx5_ifc_match_definer_bits. */
struct mlx5ctl_ifc_match_definer_bits {
	u8         modify_field_select[0x40];
	u8         reserved_at_40[0x40];
	u8         reserved_at_80[0x10];
	u8         format_id[0x10];
	u8         reserved_at_a0[0x160];
	u8         match_mask[16][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_match_definer_bits) == 0x400);

/* C type struct mlx5_ifc_general_obj_in_cmd_hdr_bits. */
struct mlx5ctl_ifc_general_obj_in_cmd_hdr_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         vhca_tunnel_id[0x10];
	u8         obj_type[0x10];
	u8         obj_id[0x20];
	u8         reserved_at_60[0x3];
	u8         log_obj_range[0x5];
	u8         reserved_at_68[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_general_obj_in_cmd_hdr_bits) == 0x80);

/* C type struct mlx5_ifc_general_obj_out_cmd_hdr_bits. */
struct mlx5ctl_ifc_general_obj_out_cmd_hdr_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         obj_id[0x20];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_general_obj_out_cmd_hdr_bits) == 0x80);

/* C type struct mlx5_ifc_create_match_definer_in_bits. */
struct mlx5ctl_ifc_create_match_definer_in_bits {
	struct mlx5ctl_ifc_general_obj_in_cmd_hdr_bits general_obj_in_cmd_hdr;
	struct mlx5ctl_ifc_match_definer_bits obj_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_match_definer_in_bits) == 0x480);

/* C type struct mlx5_ifc_create_match_definer_out_bits. */
struct mlx5ctl_ifc_create_match_definer_out_bits {
	struct mlx5ctl_ifc_general_obj_out_cmd_hdr_bits general_obj_out_cmd_hdr;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_match_definer_out_bits) == 0x80);

/* C type struct mlx5_ifc_query_flow_group_out_bits. */
struct mlx5ctl_ifc_query_flow_group_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0xa0];
	u8         start_flow_index[0x20];
	u8         reserved_at_100[0x20];
	u8         end_flow_index[0x20];
	u8         reserved_at_140[0xa0];
	u8         reserved_at_1e0[0x18];
	u8         match_criteria_enable[0x8];
	struct mlx5ctl_ifc_fte_match_param_bits match_criteria;
	u8         reserved_at_1200[0xe00];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_flow_group_out_bits) == 0x2000);

/* C type struct mlx5_ifc_query_flow_group_in_bits. */
struct mlx5ctl_ifc_query_flow_group_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
	u8         table_type[0x8];
	u8         reserved_at_88[0x18];
	u8         reserved_at_a0[0x8];
	u8         table_id[0x18];
	u8         group_id[0x20];
	u8         reserved_at_e0[0x120];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_flow_group_in_bits) == 0x200);

/* C type struct mlx5_ifc_query_flow_counter_out_bits. */
struct mlx5ctl_ifc_query_flow_counter_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_traffic_counter_bits flow_statistics[0];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_flow_counter_out_bits) == 0x80);

/* C type struct mlx5_ifc_query_flow_counter_in_bits. */
struct mlx5ctl_ifc_query_flow_counter_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x80];
	u8         clear[0x1];
	u8         reserved_at_c1[0xf];
	u8         num_of_counters[0x10];
	u8         flow_counter_id[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_flow_counter_in_bits) == 0x100);

/* C type struct mlx5_ifc_query_esw_vport_context_out_bits. */
struct mlx5ctl_ifc_query_esw_vport_context_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_esw_vport_context_bits esw_vport_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_esw_vport_context_out_bits) == 0x880);

/* C type struct mlx5_ifc_query_esw_vport_context_in_bits. */
struct mlx5ctl_ifc_query_esw_vport_context_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_esw_vport_context_in_bits) == 0x80);

/* C type struct mlx5_ifc_modify_esw_vport_context_out_bits. */
struct mlx5ctl_ifc_modify_esw_vport_context_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_esw_vport_context_out_bits) == 0x80);

/* C type struct mlx5_ifc_esw_vport_context_fields_select_bits. */
struct mlx5ctl_ifc_esw_vport_context_fields_select_bits {
	u8         reserved_at_0[0x1b];
	u8         fdb_to_vport_reg_c_id[0x1];
	u8         vport_cvlan_insert[0x1];
	u8         vport_svlan_insert[0x1];
	u8         vport_cvlan_strip[0x1];
	u8         vport_svlan_strip[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_esw_vport_context_fields_select_bits) == 0x20);

/* C type struct mlx5_ifc_modify_esw_vport_context_in_bits. */
struct mlx5ctl_ifc_modify_esw_vport_context_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	u8         vport_number[0x10];
	struct mlx5ctl_ifc_esw_vport_context_fields_select_bits field_select;
	struct mlx5ctl_ifc_esw_vport_context_bits esw_vport_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_esw_vport_context_in_bits) == 0x880);

/* C type struct mlx5_ifc_query_eq_out_bits. */
struct mlx5ctl_ifc_query_eq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_eqc_bits eq_context_entry;
	u8         reserved_at_280[0x40];
	u8         event_bitmask[0x40];
	u8         reserved_at_300[0x580];
	u8         pas[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_eq_out_bits) == 0x880);

/* C type struct mlx5_ifc_query_eq_in_bits. */
struct mlx5ctl_ifc_query_eq_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x18];
	u8         eq_number[0x8];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_eq_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_packet_reformat_context_in_bits. */
struct mlx5ctl_ifc_query_packet_reformat_context_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         packet_reformat_id[0x20];
	u8         reserved_at_60[0xa0];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_packet_reformat_context_in_bits) == 0x100);

/* C type struct mlx5_ifc_alloc_packet_reformat_context_out_bits. */
struct mlx5ctl_ifc_alloc_packet_reformat_context_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         packet_reformat_id[0x20];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_packet_reformat_context_out_bits) == 0x80);

/* C type struct mlx5_ifc_alloc_packet_reformat_context_in_bits. */
struct mlx5ctl_ifc_alloc_packet_reformat_context_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0xa0];
	struct mlx5ctl_ifc_packet_reformat_context_in_bits packet_reformat_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_packet_reformat_context_in_bits) == 0x120);

/* C type struct mlx5_ifc_dealloc_packet_reformat_context_out_bits. */
struct mlx5ctl_ifc_dealloc_packet_reformat_context_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_packet_reformat_context_out_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_packet_reformat_context_in_bits. */
struct mlx5ctl_ifc_dealloc_packet_reformat_context_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         packet_reformat_id[0x20];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_packet_reformat_context_in_bits) == 0x80);

/* C type struct mlx5_ifc_set_action_in_bits. */
struct mlx5ctl_ifc_set_action_in_bits {
	u8         action_type[0x4];
	u8         field[0xc];
	u8         reserved_at_10[0x3];
	u8         offset[0x5];
	u8         reserved_at_18[0x3];
	u8         length[0x5];
	u8         data[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_action_in_bits) == 0x40);

/* C type struct mlx5_ifc_add_action_in_bits. */
struct mlx5ctl_ifc_add_action_in_bits {
	u8         action_type[0x4];
	u8         field[0xc];
	u8         reserved_at_10[0x10];
	u8         data[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_add_action_in_bits) == 0x40);

/* C type struct mlx5_ifc_copy_action_in_bits. */
struct mlx5ctl_ifc_copy_action_in_bits {
	u8         action_type[0x4];
	u8         src_field[0xc];
	u8         reserved_at_10[0x3];
	u8         src_offset[0x5];
	u8         reserved_at_18[0x3];
	u8         length[0x5];
	u8         reserved_at_20[0x4];
	u8         dst_field[0xc];
	u8         reserved_at_30[0x3];
	u8         dst_offset[0x5];
	u8         reserved_at_38[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_copy_action_in_bits) == 0x40);

/* C type union mlx5_ifc_set_add_copy_action_in_auto_bits. */
union mlx5ctl_ifc_set_add_copy_action_in_auto_bits {
	struct mlx5ctl_ifc_set_action_in_bits set_action_in;
	struct mlx5ctl_ifc_add_action_in_bits add_action_in;
	struct mlx5ctl_ifc_copy_action_in_bits copy_action_in;
	u8         reserved_at_0[0x40];
};

static_assert(sizeof(union mlx5ctl_ifc_set_add_copy_action_in_auto_bits) == 0x40);

/* C type struct mlx5_ifc_alloc_modify_header_context_out_bits. */
struct mlx5ctl_ifc_alloc_modify_header_context_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         modify_header_id[0x20];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_modify_header_context_out_bits) == 0x80);

/* C type struct mlx5_ifc_alloc_modify_header_context_in_bits. */
struct mlx5ctl_ifc_alloc_modify_header_context_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x20];
	u8         table_type[0x8];
	u8         reserved_at_68[0x10];
	u8         num_of_actions[0x8];
	union mlx5ctl_ifc_set_add_copy_action_in_auto_bits actions[0];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_modify_header_context_in_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_modify_header_context_out_bits. */
struct mlx5ctl_ifc_dealloc_modify_header_context_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_modify_header_context_out_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_modify_header_context_in_bits. */
struct mlx5ctl_ifc_dealloc_modify_header_context_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         modify_header_id[0x20];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_modify_header_context_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_modify_header_context_in_bits. */
struct mlx5ctl_ifc_query_modify_header_context_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         modify_header_id[0x20];
	u8         reserved_at_60[0xa0];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_modify_header_context_in_bits) == 0x100);

/* C type struct mlx5_ifc_query_dct_out_bits. */
struct mlx5ctl_ifc_query_dct_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_dctc_bits dct_context_entry;
	u8         reserved_at_280[0x180];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_dct_out_bits) == 0x400);

/* C type struct mlx5_ifc_query_dct_in_bits. */
struct mlx5ctl_ifc_query_dct_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         dctn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_dct_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_cq_out_bits. */
struct mlx5ctl_ifc_query_cq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_cqc_bits cq_context;
	u8         reserved_at_280[0x600];
	u8         pas[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_cq_out_bits) == 0x880);

/* C type struct mlx5_ifc_query_cq_in_bits. */
struct mlx5ctl_ifc_query_cq_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         cqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_cq_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_cong_status_out_bits. */
struct mlx5ctl_ifc_query_cong_status_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x20];
	u8         enable[0x1];
	u8         tag_enable[0x1];
	u8         reserved_at_62[0x1e];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_cong_status_out_bits) == 0x80);

/* C type struct mlx5_ifc_query_cong_status_in_bits. */
struct mlx5ctl_ifc_query_cong_status_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x18];
	u8         priority[0x4];
	u8         cong_protocol[0x4];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_cong_status_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_cong_statistics_out_bits. */
struct mlx5ctl_ifc_query_cong_statistics_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	u8         rp_cur_flows[0x20];
	u8         sum_flows[0x20];
	u8         rp_cnp_ignored_high[0x20];
	u8         rp_cnp_ignored_low[0x20];
	u8         rp_cnp_handled_high[0x20];
	u8         rp_cnp_handled_low[0x20];
	u8         reserved_at_140[0x100];
	u8         time_stamp_high[0x20];
	u8         time_stamp_low[0x20];
	u8         accumulators_period[0x20];
	u8         np_ecn_marked_roce_packets_high[0x20];
	u8         np_ecn_marked_roce_packets_low[0x20];
	u8         np_cnp_sent_high[0x20];
	u8         np_cnp_sent_low[0x20];
	u8         reserved_at_320[0x560];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_cong_statistics_out_bits) == 0x880);

/* C type struct mlx5_ifc_query_cong_statistics_in_bits. */
struct mlx5ctl_ifc_query_cong_statistics_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         clear[0x1];
	u8         reserved_at_41[0x1f];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_cong_statistics_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_cong_params_out_bits. */
struct mlx5ctl_ifc_query_cong_params_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	union mlx5ctl_ifc_cong_control_roce_ecn_auto_bits congestion_parameters;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_cong_params_out_bits) == 0x880);

/* C type struct mlx5_ifc_query_cong_params_in_bits. */
struct mlx5ctl_ifc_query_cong_params_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x1c];
	u8         cong_protocol[0x4];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_cong_params_in_bits) == 0x80);

/* C type struct mlx5_ifc_qp_2rst_out_bits. */
struct mlx5ctl_ifc_qp_2rst_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_qp_2rst_out_bits) == 0x80);

/* C type struct mlx5_ifc_qp_2rst_in_bits. */
struct mlx5ctl_ifc_qp_2rst_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         qpn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_qp_2rst_in_bits) == 0x80);

/* C type struct mlx5_ifc_qp_2err_out_bits. */
struct mlx5ctl_ifc_qp_2err_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_qp_2err_out_bits) == 0x80);

/* C type struct mlx5_ifc_qp_2err_in_bits. */
struct mlx5ctl_ifc_qp_2err_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         qpn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_qp_2err_in_bits) == 0x80);

/* C type struct mlx5_ifc_page_fault_resume_out_bits. */
struct mlx5ctl_ifc_page_fault_resume_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_page_fault_resume_out_bits) == 0x80);

/* C type struct mlx5_ifc_page_fault_resume_in_bits. */
struct mlx5ctl_ifc_page_fault_resume_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         error[0x1];
	u8         reserved_at_41[0x4];
	u8         page_fault_type[0x3];
	u8         wq_number[0x18];
	u8         reserved_at_60[0x8];
	u8         token[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_page_fault_resume_in_bits) == 0x80);

/* C type struct mlx5_ifc_modify_vport_state_out_bits. */
struct mlx5ctl_ifc_modify_vport_state_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_vport_state_out_bits) == 0x80);

/* C type struct mlx5_ifc_modify_vport_state_in_bits. */
struct mlx5ctl_ifc_modify_vport_state_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x18];
	u8         admin_state[0x4];
	u8         reserved_at_7c[0x4];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_vport_state_in_bits) == 0x80);

/* C type struct mlx5_ifc_modify_tis_out_bits. */
struct mlx5ctl_ifc_modify_tis_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_tis_out_bits) == 0x80);

/* C type struct mlx5_ifc_modify_tis_bitmask_bits. */
struct mlx5ctl_ifc_modify_tis_bitmask_bits {
	u8         reserved_at_0[0x20];
	u8         reserved_at_20[0x1d];
	u8         lag_tx_port_affinity[0x1];
	u8         strict_lag_tx_port_affinity[0x1];
	u8         prio[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_tis_bitmask_bits) == 0x40);

/* C type struct mlx5_ifc_modify_tis_in_bits. */
struct mlx5ctl_ifc_modify_tis_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         tisn[0x18];
	u8         reserved_at_60[0x20];
	struct mlx5ctl_ifc_modify_tis_bitmask_bits bitmask;
	u8         reserved_at_c0[0x40];
	struct mlx5ctl_ifc_tisc_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_tis_in_bits) == 0x600);

/* C type struct mlx5_ifc_modify_tir_bitmask_bits. */
struct mlx5ctl_ifc_modify_tir_bitmask_bits {
	u8         reserved_at_0[0x20];
	u8         reserved_at_20[0x1b];
	u8         self_lb_en[0x1];
	u8         reserved_at_3c[0x1];
	u8         hash[0x1];
	u8         reserved_at_3e[0x1];
	u8         packet_merge[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_tir_bitmask_bits) == 0x40);

/* C type struct mlx5_ifc_modify_tir_out_bits. */
struct mlx5ctl_ifc_modify_tir_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_tir_out_bits) == 0x80);

/* C type struct mlx5_ifc_modify_tir_in_bits. */
struct mlx5ctl_ifc_modify_tir_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         tirn[0x18];
	u8         reserved_at_60[0x20];
	struct mlx5ctl_ifc_modify_tir_bitmask_bits bitmask;
	u8         reserved_at_c0[0x40];
	struct mlx5ctl_ifc_tirc_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_tir_in_bits) == 0x880);

/* C type struct mlx5_ifc_modify_sq_out_bits. */
struct mlx5ctl_ifc_modify_sq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_sq_out_bits) == 0x80);

/* C type struct mlx5_ifc_modify_sq_in_bits. */
struct mlx5ctl_ifc_modify_sq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         sq_state[0x4];
	u8         reserved_at_44[0x4];
	u8         sqn[0x18];
	u8         reserved_at_60[0x20];
	u8         modify_bitmask[0x40];
	u8         reserved_at_c0[0x40];
	struct mlx5ctl_ifc_sqc_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_sq_in_bits) == 0x880);

/* C type struct mlx5_ifc_modify_scheduling_element_out_bits. */
struct mlx5ctl_ifc_modify_scheduling_element_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x1c0];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_scheduling_element_out_bits) == 0x200);

/* C type struct mlx5_ifc_modify_scheduling_element_in_bits. */
struct mlx5ctl_ifc_modify_scheduling_element_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         scheduling_hierarchy[0x8];
	u8         reserved_at_48[0x18];
	u8         scheduling_element_id[0x20];
	u8         reserved_at_80[0x20];
	u8         modify_bitmask[0x20];
	u8         reserved_at_c0[0x40];
	struct mlx5ctl_ifc_scheduling_context_bits scheduling_context;
	u8         reserved_at_300[0x100];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_scheduling_element_in_bits) == 0x400);

/* C type struct mlx5_ifc_modify_rqt_out_bits. */
struct mlx5ctl_ifc_modify_rqt_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_rqt_out_bits) == 0x80);

/* C type struct mlx5_ifc_rqt_bitmask_bits. */
struct mlx5ctl_ifc_rqt_bitmask_bits {
	u8         reserved_at_0[0x20];
	u8         reserved_at_20[0x1f];
	u8         rqn_list[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_rqt_bitmask_bits) == 0x40);

/* C type struct mlx5_ifc_modify_rqt_in_bits. */
struct mlx5ctl_ifc_modify_rqt_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         rqtn[0x18];
	u8         reserved_at_60[0x20];
	struct mlx5ctl_ifc_rqt_bitmask_bits bitmask;
	u8         reserved_at_c0[0x40];
	struct mlx5ctl_ifc_rqtc_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_rqt_in_bits) == 0x880);

/* C type struct mlx5_ifc_modify_rq_out_bits. */
struct mlx5ctl_ifc_modify_rq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_rq_out_bits) == 0x80);

/* C type struct mlx5_ifc_modify_rq_in_bits. */
struct mlx5ctl_ifc_modify_rq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         rq_state[0x4];
	u8         reserved_at_44[0x4];
	u8         rqn[0x18];
	u8         reserved_at_60[0x20];
	u8         modify_bitmask[0x40];
	u8         reserved_at_c0[0x40];
	struct mlx5ctl_ifc_rqc_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_rq_in_bits) == 0x880);

/* C type struct mlx5_ifc_modify_rmp_out_bits. */
struct mlx5ctl_ifc_modify_rmp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_rmp_out_bits) == 0x80);

/* C type struct mlx5_ifc_rmp_bitmask_bits. */
struct mlx5ctl_ifc_rmp_bitmask_bits {
	u8         reserved_at_0[0x20];
	u8         reserved_at_20[0x1f];
	u8         lwm[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_rmp_bitmask_bits) == 0x40);

/* C type struct mlx5_ifc_modify_rmp_in_bits. */
struct mlx5ctl_ifc_modify_rmp_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         rmp_state[0x4];
	u8         reserved_at_44[0x4];
	u8         rmpn[0x18];
	u8         reserved_at_60[0x20];
	struct mlx5ctl_ifc_rmp_bitmask_bits bitmask;
	u8         reserved_at_c0[0x40];
	struct mlx5ctl_ifc_rmpc_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_rmp_in_bits) == 0x880);

/* C type struct mlx5_ifc_modify_nic_vport_context_out_bits. */
struct mlx5ctl_ifc_modify_nic_vport_context_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_nic_vport_context_out_bits) == 0x80);

/* C type struct mlx5_ifc_modify_nic_vport_field_select_bits. */
struct mlx5ctl_ifc_modify_nic_vport_field_select_bits {
	u8         reserved_at_0[0x12];
	u8         affiliation[0x1];
	u8         reserved_at_13[0x1];
	u8         disable_uc_local_lb[0x1];
	u8         disable_mc_local_lb[0x1];
	u8         node_guid[0x1];
	u8         port_guid[0x1];
	u8         min_inline[0x1];
	u8         mtu[0x1];
	u8         change_event[0x1];
	u8         promisc[0x1];
	u8         permanent_address[0x1];
	u8         addresses_list[0x1];
	u8         roce_en[0x1];
	u8         reserved_at_1f[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_nic_vport_field_select_bits) == 0x20);

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

/* C type struct mlx5_ifc_modify_nic_vport_context_in_bits. */
struct mlx5ctl_ifc_modify_nic_vport_context_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	u8         vport_number[0x10];
	struct mlx5ctl_ifc_modify_nic_vport_field_select_bits field_select;
	u8         reserved_at_80[0x780];
	struct mlx5ctl_ifc_nic_vport_context_bits nic_vport_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_nic_vport_context_in_bits) == 0x1000);

/* C type struct mlx5_ifc_modify_hca_vport_context_out_bits. */
struct mlx5ctl_ifc_modify_hca_vport_context_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_hca_vport_context_out_bits) == 0x80);

/* C type struct mlx5_ifc_modify_hca_vport_context_in_bits. */
struct mlx5ctl_ifc_modify_hca_vport_context_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xb];
	u8         port_num[0x4];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x20];
	struct mlx5ctl_ifc_hca_vport_context_bits hca_vport_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_hca_vport_context_in_bits) == 0x1080);

/* C type struct mlx5_ifc_modify_cq_out_bits. */
struct mlx5ctl_ifc_modify_cq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_cq_out_bits) == 0x80);

/* C type struct mlx5_ifc_modify_cq_in_bits. */
struct mlx5ctl_ifc_modify_cq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         cqn[0x18];
	union mlx5ctl_ifc_modify_field_select_resize_field_select_auto_bits modify_field_select_resize_field_select;
	struct mlx5ctl_ifc_cqc_bits cq_context;
	u8         reserved_at_280[0x60];
	u8         cq_umem_valid[0x1];
	u8         reserved_at_2e1[0x1f];
	u8         reserved_at_300[0x580];
	u8         pas[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_cq_in_bits) == 0x880);

/* C type struct mlx5_ifc_modify_cong_status_out_bits. */
struct mlx5ctl_ifc_modify_cong_status_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_cong_status_out_bits) == 0x80);

/* C type struct mlx5_ifc_modify_cong_status_in_bits. */
struct mlx5ctl_ifc_modify_cong_status_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x18];
	u8         priority[0x4];
	u8         cong_protocol[0x4];
	u8         enable[0x1];
	u8         tag_enable[0x1];
	u8         reserved_at_62[0x1e];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_cong_status_in_bits) == 0x80);

/* C type struct mlx5_ifc_modify_cong_params_out_bits. */
struct mlx5ctl_ifc_modify_cong_params_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_cong_params_out_bits) == 0x80);

/* C type struct mlx5_ifc_modify_cong_params_in_bits. */
struct mlx5ctl_ifc_modify_cong_params_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x1c];
	u8         cong_protocol[0x4];
	union mlx5ctl_ifc_field_select_802_1_r_roce_auto_bits field_select;
	u8         reserved_at_80[0x80];
	union mlx5ctl_ifc_cong_control_roce_ecn_auto_bits congestion_parameters;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_cong_params_in_bits) == 0x900);

/* C type struct mlx5_ifc_manage_pages_out_bits. */
struct mlx5ctl_ifc_manage_pages_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         output_num_entries[0x20];
	u8         reserved_at_60[0x20];
	u8         pas[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_manage_pages_out_bits) == 0x80);

/* C type struct mlx5_ifc_manage_pages_in_bits. */
struct mlx5ctl_ifc_manage_pages_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         embedded_cpu_function[0x1];
	u8         reserved_at_41[0xf];
	u8         function_id[0x10];
	u8         input_num_entries[0x20];
	u8         pas[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_manage_pages_in_bits) == 0x80);

/* C type struct mlx5_ifc_mad_ifc_out_bits. */
struct mlx5ctl_ifc_mad_ifc_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	u8         response_mad_packet[256][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_mad_ifc_out_bits) == 0x880);

/* C type struct mlx5_ifc_mad_ifc_in_bits. */
struct mlx5ctl_ifc_mad_ifc_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         remote_lid[0x10];
	u8         reserved_at_50[0x8];
	u8         port[0x8];
	u8         reserved_at_60[0x20];
	u8         mad[256][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_mad_ifc_in_bits) == 0x880);

/* C type struct mlx5_ifc_init_hca_out_bits. */
struct mlx5ctl_ifc_init_hca_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_init_hca_out_bits) == 0x80);

/* C type struct mlx5_ifc_init_hca_in_bits. */
struct mlx5ctl_ifc_init_hca_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x20];
	u8         reserved_at_60[0x2];
	u8         sw_vhca_id[0xe];
	u8         reserved_at_70[0x10];
	u8         sw_owner_id[4][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_init_hca_in_bits) == 0x100);

/* C type struct mlx5_ifc_init2rtr_qp_out_bits. */
struct mlx5ctl_ifc_init2rtr_qp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x20];
	u8         ece[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_init2rtr_qp_out_bits) == 0x80);

/* C type struct mlx5_ifc_init2rtr_qp_in_bits. */
struct mlx5ctl_ifc_init2rtr_qp_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         qpn[0x18];
	u8         reserved_at_60[0x20];
	u8         opt_param_mask[0x20];
	u8         ece[0x20];
	struct mlx5ctl_ifc_qpc_bits qpc;
	u8         reserved_at_800[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_init2rtr_qp_in_bits) == 0x880);

/* C type struct mlx5_ifc_init2init_qp_out_bits. */
struct mlx5ctl_ifc_init2init_qp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x20];
	u8         ece[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_init2init_qp_out_bits) == 0x80);

/* C type struct mlx5_ifc_init2init_qp_in_bits. */
struct mlx5ctl_ifc_init2init_qp_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         qpn[0x18];
	u8         reserved_at_60[0x20];
	u8         opt_param_mask[0x20];
	u8         ece[0x20];
	struct mlx5ctl_ifc_qpc_bits qpc;
	u8         reserved_at_800[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_init2init_qp_in_bits) == 0x880);

/* C type struct mlx5_ifc_get_dropped_packet_log_out_bits. */
struct mlx5ctl_ifc_get_dropped_packet_log_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	u8         packet_headers_log[128][0x8];
	u8         packet_syndrome[64][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_get_dropped_packet_log_out_bits) == 0x680);

/* C type struct mlx5_ifc_get_dropped_packet_log_in_bits. */
struct mlx5ctl_ifc_get_dropped_packet_log_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_get_dropped_packet_log_in_bits) == 0x80);

/* C type struct mlx5_ifc_gen_eqe_in_bits. */
struct mlx5ctl_ifc_gen_eqe_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x18];
	u8         eq_number[0x8];
	u8         reserved_at_60[0x20];
	u8         eqe[64][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_gen_eqe_in_bits) == 0x280);

/* C type struct mlx5_ifc_gen_eq_out_bits. */
struct mlx5ctl_ifc_gen_eq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_gen_eq_out_bits) == 0x80);

/* C type struct mlx5_ifc_enable_hca_out_bits. */
struct mlx5ctl_ifc_enable_hca_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_enable_hca_out_bits) == 0x60);

/* C type struct mlx5_ifc_enable_hca_in_bits. */
struct mlx5ctl_ifc_enable_hca_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         embedded_cpu_function[0x1];
	u8         reserved_at_41[0xf];
	u8         function_id[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_enable_hca_in_bits) == 0x80);

/* C type struct mlx5_ifc_drain_dct_out_bits. */
struct mlx5ctl_ifc_drain_dct_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_drain_dct_out_bits) == 0x80);

/* C type struct mlx5_ifc_drain_dct_in_bits. */
struct mlx5ctl_ifc_drain_dct_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         dctn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_drain_dct_in_bits) == 0x80);

/* C type struct mlx5_ifc_disable_hca_out_bits. */
struct mlx5ctl_ifc_disable_hca_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_disable_hca_out_bits) == 0x60);

/* C type struct mlx5_ifc_disable_hca_in_bits. */
struct mlx5ctl_ifc_disable_hca_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         embedded_cpu_function[0x1];
	u8         reserved_at_41[0xf];
	u8         function_id[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_disable_hca_in_bits) == 0x80);

/* C type struct mlx5_ifc_detach_from_mcg_out_bits. */
struct mlx5ctl_ifc_detach_from_mcg_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_detach_from_mcg_out_bits) == 0x80);

/* C type struct mlx5_ifc_detach_from_mcg_in_bits. */
struct mlx5ctl_ifc_detach_from_mcg_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         qpn[0x18];
	u8         reserved_at_60[0x20];
	u8         multicast_gid[16][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_detach_from_mcg_in_bits) == 0x100);

/* C type struct mlx5_ifc_destroy_xrq_out_bits. */
struct mlx5ctl_ifc_destroy_xrq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_xrq_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_xrq_in_bits. */
struct mlx5ctl_ifc_destroy_xrq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         xrqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_xrq_in_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_xrc_srq_out_bits. */
struct mlx5ctl_ifc_destroy_xrc_srq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_xrc_srq_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_xrc_srq_in_bits. */
struct mlx5ctl_ifc_destroy_xrc_srq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         xrc_srqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_xrc_srq_in_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_tis_out_bits. */
struct mlx5ctl_ifc_destroy_tis_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_tis_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_tis_in_bits. */
struct mlx5ctl_ifc_destroy_tis_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         tisn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_tis_in_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_tir_out_bits. */
struct mlx5ctl_ifc_destroy_tir_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_tir_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_tir_in_bits. */
struct mlx5ctl_ifc_destroy_tir_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         tirn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_tir_in_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_srq_out_bits. */
struct mlx5ctl_ifc_destroy_srq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_srq_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_srq_in_bits. */
struct mlx5ctl_ifc_destroy_srq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         srqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_srq_in_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_sq_out_bits. */
struct mlx5ctl_ifc_destroy_sq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_sq_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_sq_in_bits. */
struct mlx5ctl_ifc_destroy_sq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         sqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_sq_in_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_scheduling_element_out_bits. */
struct mlx5ctl_ifc_destroy_scheduling_element_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x1c0];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_scheduling_element_out_bits) == 0x200);

/* C type struct mlx5_ifc_destroy_scheduling_element_in_bits. */
struct mlx5ctl_ifc_destroy_scheduling_element_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         scheduling_hierarchy[0x8];
	u8         reserved_at_48[0x18];
	u8         scheduling_element_id[0x20];
	u8         reserved_at_80[0x180];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_scheduling_element_in_bits) == 0x200);

/* C type struct mlx5_ifc_destroy_rqt_out_bits. */
struct mlx5ctl_ifc_destroy_rqt_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_rqt_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_rqt_in_bits. */
struct mlx5ctl_ifc_destroy_rqt_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         rqtn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_rqt_in_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_rq_out_bits. */
struct mlx5ctl_ifc_destroy_rq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_rq_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_rq_in_bits. */
struct mlx5ctl_ifc_destroy_rq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         rqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_rq_in_bits) == 0x80);

/* C type struct mlx5_ifc_set_delay_drop_params_in_bits. */
struct mlx5ctl_ifc_set_delay_drop_params_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x20];
	u8         reserved_at_60[0x10];
	u8         delay_drop_timeout[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_delay_drop_params_in_bits) == 0x80);

/* C type struct mlx5_ifc_set_delay_drop_params_out_bits. */
struct mlx5ctl_ifc_set_delay_drop_params_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_delay_drop_params_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_rmp_out_bits. */
struct mlx5ctl_ifc_destroy_rmp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_rmp_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_rmp_in_bits. */
struct mlx5ctl_ifc_destroy_rmp_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         rmpn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_rmp_in_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_qp_out_bits. */
struct mlx5ctl_ifc_destroy_qp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_qp_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_qp_in_bits. */
struct mlx5ctl_ifc_destroy_qp_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         qpn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_qp_in_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_psv_out_bits. */
struct mlx5ctl_ifc_destroy_psv_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_psv_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_psv_in_bits. */
struct mlx5ctl_ifc_destroy_psv_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         psvn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_psv_in_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_flow_table_out_bits. */
struct mlx5ctl_ifc_destroy_flow_table_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_flow_table_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_flow_table_in_bits. */
struct mlx5ctl_ifc_destroy_flow_table_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x20];
	u8         table_type[0x8];
	u8         reserved_at_88[0x18];
	u8         reserved_at_a0[0x8];
	u8         table_id[0x18];
	u8         reserved_at_c0[0x140];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_flow_table_in_bits) == 0x200);

/* C type struct mlx5_ifc_destroy_flow_group_out_bits. */
struct mlx5ctl_ifc_destroy_flow_group_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_flow_group_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_flow_group_in_bits. */
struct mlx5ctl_ifc_destroy_flow_group_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x20];
	u8         table_type[0x8];
	u8         reserved_at_88[0x18];
	u8         reserved_at_a0[0x8];
	u8         table_id[0x18];
	u8         group_id[0x20];
	u8         reserved_at_e0[0x120];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_flow_group_in_bits) == 0x200);

/* C type struct mlx5_ifc_destroy_eq_out_bits. */
struct mlx5ctl_ifc_destroy_eq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_eq_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_eq_in_bits. */
struct mlx5ctl_ifc_destroy_eq_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x18];
	u8         eq_number[0x8];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_eq_in_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_dct_out_bits. */
struct mlx5ctl_ifc_destroy_dct_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_dct_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_dct_in_bits. */
struct mlx5ctl_ifc_destroy_dct_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         dctn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_dct_in_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_cq_out_bits. */
struct mlx5ctl_ifc_destroy_cq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_cq_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_cq_in_bits. */
struct mlx5ctl_ifc_destroy_cq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         cqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_cq_in_bits) == 0x80);

/* C type struct mlx5_ifc_delete_vxlan_udp_dport_out_bits. */
struct mlx5ctl_ifc_delete_vxlan_udp_dport_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_delete_vxlan_udp_dport_out_bits) == 0x80);

/* C type struct mlx5_ifc_delete_vxlan_udp_dport_in_bits. */
struct mlx5ctl_ifc_delete_vxlan_udp_dport_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x20];
	u8         reserved_at_60[0x10];
	u8         vxlan_udp_port[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_delete_vxlan_udp_dport_in_bits) == 0x80);

/* C type struct mlx5_ifc_delete_l2_table_entry_out_bits. */
struct mlx5ctl_ifc_delete_l2_table_entry_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_delete_l2_table_entry_out_bits) == 0x80);

/* C type struct mlx5_ifc_delete_l2_table_entry_in_bits. */
struct mlx5ctl_ifc_delete_l2_table_entry_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x60];
	u8         reserved_at_a0[0x8];
	u8         table_index[0x18];
	u8         reserved_at_c0[0x140];
};

static_assert(sizeof(struct mlx5ctl_ifc_delete_l2_table_entry_in_bits) == 0x200);

/* C type struct mlx5_ifc_delete_fte_out_bits. */
struct mlx5ctl_ifc_delete_fte_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_delete_fte_out_bits) == 0x80);

/* C type struct mlx5_ifc_delete_fte_in_bits. */
struct mlx5ctl_ifc_delete_fte_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x20];
	u8         table_type[0x8];
	u8         reserved_at_88[0x18];
	u8         reserved_at_a0[0x8];
	u8         table_id[0x18];
	u8         reserved_at_c0[0x40];
	u8         flow_index[0x20];
	u8         reserved_at_120[0xe0];
};

static_assert(sizeof(struct mlx5ctl_ifc_delete_fte_in_bits) == 0x200);

/* C type struct mlx5_ifc_dealloc_xrcd_out_bits. */
struct mlx5ctl_ifc_dealloc_xrcd_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_xrcd_out_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_xrcd_in_bits. */
struct mlx5ctl_ifc_dealloc_xrcd_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         xrcd[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_xrcd_in_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_uar_out_bits. */
struct mlx5ctl_ifc_dealloc_uar_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_uar_out_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_uar_in_bits. */
struct mlx5ctl_ifc_dealloc_uar_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         uar[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_uar_in_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_transport_domain_out_bits. */
struct mlx5ctl_ifc_dealloc_transport_domain_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_transport_domain_out_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_transport_domain_in_bits. */
struct mlx5ctl_ifc_dealloc_transport_domain_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         transport_domain[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_transport_domain_in_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_q_counter_out_bits. */
struct mlx5ctl_ifc_dealloc_q_counter_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_q_counter_out_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_q_counter_in_bits. */
struct mlx5ctl_ifc_dealloc_q_counter_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x18];
	u8         counter_set_id[0x8];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_q_counter_in_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_flow_counter_out_bits. */
struct mlx5ctl_ifc_dealloc_flow_counter_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_flow_counter_out_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_flow_counter_in_bits. */
struct mlx5ctl_ifc_dealloc_flow_counter_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         flow_counter_id[0x20];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_flow_counter_in_bits) == 0x80);

/* C type struct mlx5_ifc_create_xrq_out_bits. */
struct mlx5ctl_ifc_create_xrq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         xrqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_xrq_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_xrq_in_bits. */
struct mlx5ctl_ifc_create_xrq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_xrqc_bits xrq_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_xrq_in_bits) == 0xa80);

/* C type struct mlx5_ifc_create_xrc_srq_out_bits. */
struct mlx5ctl_ifc_create_xrc_srq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         xrc_srqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_xrc_srq_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_xrc_srq_in_bits. */
struct mlx5ctl_ifc_create_xrc_srq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_xrc_srqc_bits xrc_srq_context_entry;
	u8         reserved_at_280[0x60];
	u8         xrc_srq_umem_valid[0x1];
	u8         reserved_at_2e1[0x1f];
	u8         reserved_at_300[0x580];
	u8         pas[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_xrc_srq_in_bits) == 0x880);

/* C type struct mlx5_ifc_create_tis_out_bits. */
struct mlx5ctl_ifc_create_tis_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         tisn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_tis_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_tis_in_bits. */
struct mlx5ctl_ifc_create_tis_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0xc0];
	struct mlx5ctl_ifc_tisc_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_tis_in_bits) == 0x600);

/* C type struct mlx5_ifc_create_tir_out_bits. */
struct mlx5ctl_ifc_create_tir_out_bits {
	u8         status[0x8];
	u8         icm_address_63_40[0x18];
	u8         syndrome[0x20];
	u8         icm_address_39_32[0x8];
	u8         tirn[0x18];
	u8         icm_address_31_0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_tir_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_tir_in_bits. */
struct mlx5ctl_ifc_create_tir_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0xc0];
	struct mlx5ctl_ifc_tirc_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_tir_in_bits) == 0x880);

/* C type struct mlx5_ifc_create_srq_out_bits. */
struct mlx5ctl_ifc_create_srq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         srqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_srq_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_srq_in_bits. */
struct mlx5ctl_ifc_create_srq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_srqc_bits srq_context_entry;
	u8         reserved_at_280[0x600];
	u8         pas[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_srq_in_bits) == 0x880);

/* C type struct mlx5_ifc_create_sq_out_bits. */
struct mlx5ctl_ifc_create_sq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         sqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_sq_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_sq_in_bits. */
struct mlx5ctl_ifc_create_sq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0xc0];
	struct mlx5ctl_ifc_sqc_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_sq_in_bits) == 0x880);

/* C type struct mlx5_ifc_create_scheduling_element_out_bits. */
struct mlx5ctl_ifc_create_scheduling_element_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	u8         scheduling_element_id[0x20];
	u8         reserved_at_a0[0x160];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_scheduling_element_out_bits) == 0x200);

/* C type struct mlx5_ifc_create_scheduling_element_in_bits. */
struct mlx5ctl_ifc_create_scheduling_element_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         scheduling_hierarchy[0x8];
	u8         reserved_at_48[0x18];
	u8         reserved_at_60[0xa0];
	struct mlx5ctl_ifc_scheduling_context_bits scheduling_context;
	u8         reserved_at_300[0x100];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_scheduling_element_in_bits) == 0x400);

/* C type struct mlx5_ifc_create_rqt_out_bits. */
struct mlx5ctl_ifc_create_rqt_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         rqtn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_rqt_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_rqt_in_bits. */
struct mlx5ctl_ifc_create_rqt_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0xc0];
	struct mlx5ctl_ifc_rqtc_bits rqt_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_rqt_in_bits) == 0x880);

/* C type struct mlx5_ifc_create_rq_out_bits. */
struct mlx5ctl_ifc_create_rq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         rqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_rq_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_rq_in_bits. */
struct mlx5ctl_ifc_create_rq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0xc0];
	struct mlx5ctl_ifc_rqc_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_rq_in_bits) == 0x880);

/* C type struct mlx5_ifc_create_rmp_out_bits. */
struct mlx5ctl_ifc_create_rmp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         rmpn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_rmp_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_rmp_in_bits. */
struct mlx5ctl_ifc_create_rmp_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0xc0];
	struct mlx5ctl_ifc_rmpc_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_rmp_in_bits) == 0x880);

/* C type struct mlx5_ifc_create_qp_out_bits. */
struct mlx5ctl_ifc_create_qp_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         qpn[0x18];
	u8         ece[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_qp_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_qp_in_bits. */
struct mlx5ctl_ifc_create_qp_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         input_qpn[0x18];
	u8         reserved_at_60[0x20];
	u8         opt_param_mask[0x20];
	u8         ece[0x20];
	struct mlx5ctl_ifc_qpc_bits qpc;
	u8         reserved_at_800[0x60];
	u8         wq_umem_valid[0x1];
	u8         reserved_at_861[0x1f];
	u8         pas[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_qp_in_bits) == 0x880);

/* C type struct mlx5_ifc_create_psv_out_bits. */
struct mlx5ctl_ifc_create_psv_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	u8         reserved_at_80[0x8];
	u8         psv0_index[0x18];
	u8         reserved_at_a0[0x8];
	u8         psv1_index[0x18];
	u8         reserved_at_c0[0x8];
	u8         psv2_index[0x18];
	u8         reserved_at_e0[0x8];
	u8         psv3_index[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_psv_out_bits) == 0x100);

/* C type struct mlx5_ifc_create_psv_in_bits. */
struct mlx5ctl_ifc_create_psv_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         num_psv[0x4];
	u8         reserved_at_44[0x4];
	u8         pd[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_psv_in_bits) == 0x80);

/* C type struct mlx5_ifc_create_flow_table_out_bits. */
struct mlx5ctl_ifc_create_flow_table_out_bits {
	u8         status[0x8];
	u8         icm_address_63_40[0x18];
	u8         syndrome[0x20];
	u8         icm_address_39_32[0x8];
	u8         table_id[0x18];
	u8         icm_address_31_0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_flow_table_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_flow_table_in_bits. */
struct mlx5ctl_ifc_create_flow_table_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x20];
	u8         table_type[0x8];
	u8         reserved_at_88[0x18];
	u8         reserved_at_a0[0x20];
	struct mlx5ctl_ifc_flow_table_context_bits flow_table_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_flow_table_in_bits) == 0x200);

/* C type struct mlx5_ifc_create_flow_group_out_bits. */
struct mlx5ctl_ifc_create_flow_group_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         group_id[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_flow_group_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_flow_group_in_bits. */
struct mlx5ctl_ifc_create_flow_group_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x20];
	u8         table_type[0x8];
	u8         reserved_at_88[0x4];
	u8         group_type[0x4];
	u8         reserved_at_90[0x10];
	u8         reserved_at_a0[0x8];
	u8         table_id[0x18];
	u8         source_eswitch_owner_vhca_id_valid[0x1];
	u8         reserved_at_c1[0x1f];
	u8         start_flow_index[0x20];
	u8         reserved_at_100[0x20];
	u8         end_flow_index[0x20];
	u8         reserved_at_140[0x10];
	u8         match_definer_id[0x10];
	u8         reserved_at_160[0x80];
	u8         reserved_at_1e0[0x18];
	u8         match_criteria_enable[0x8];
	struct mlx5ctl_ifc_fte_match_param_bits match_criteria;
	u8         reserved_at_1200[0xe00];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_flow_group_in_bits) == 0x2000);

/* C type struct mlx5_ifc_create_eq_out_bits. */
struct mlx5ctl_ifc_create_eq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x18];
	u8         eq_number[0x8];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_eq_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_eq_in_bits. */
struct mlx5ctl_ifc_create_eq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_eqc_bits eq_context_entry;
	u8         reserved_at_280[0x40];
	u8         event_bitmask[4][0x40];
	u8         reserved_at_3c0[0x4c0];
	u8         pas[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_eq_in_bits) == 0x880);

/* C type struct mlx5_ifc_create_dct_out_bits. */
struct mlx5ctl_ifc_create_dct_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         dctn[0x18];
	u8         ece[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_dct_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_dct_in_bits. */
struct mlx5ctl_ifc_create_dct_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_dctc_bits dct_context_entry;
	u8         reserved_at_280[0x180];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_dct_in_bits) == 0x400);

/* C type struct mlx5_ifc_create_cq_out_bits. */
struct mlx5ctl_ifc_create_cq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         cqn[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_cq_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_cq_in_bits. */
struct mlx5ctl_ifc_create_cq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_cqc_bits cq_context;
	u8         reserved_at_280[0x60];
	u8         cq_umem_valid[0x1];
	u8         reserved_at_2e1[0x59f];
	u8         pas[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_cq_in_bits) == 0x880);

/* C type struct mlx5_ifc_config_int_moderation_out_bits. */
struct mlx5ctl_ifc_config_int_moderation_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x4];
	u8         min_delay[0xc];
	u8         int_vector[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_config_int_moderation_out_bits) == 0x80);

/* C type struct mlx5_ifc_config_int_moderation_in_bits. */
struct mlx5ctl_ifc_config_int_moderation_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x4];
	u8         min_delay[0xc];
	u8         int_vector[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_config_int_moderation_in_bits) == 0x80);

/* C type struct mlx5_ifc_attach_to_mcg_out_bits. */
struct mlx5ctl_ifc_attach_to_mcg_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_attach_to_mcg_out_bits) == 0x80);

/* C type struct mlx5_ifc_attach_to_mcg_in_bits. */
struct mlx5ctl_ifc_attach_to_mcg_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         qpn[0x18];
	u8         reserved_at_60[0x20];
	u8         multicast_gid[16][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_attach_to_mcg_in_bits) == 0x100);

/* C type struct mlx5_ifc_arm_xrq_out_bits. */
struct mlx5ctl_ifc_arm_xrq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_arm_xrq_out_bits) == 0x80);

/* C type struct mlx5_ifc_arm_xrq_in_bits. */
struct mlx5ctl_ifc_arm_xrq_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         xrqn[0x18];
	u8         reserved_at_60[0x10];
	u8         lwm[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_arm_xrq_in_bits) == 0x80);

/* C type struct mlx5_ifc_arm_xrc_srq_out_bits. */
struct mlx5ctl_ifc_arm_xrc_srq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_arm_xrc_srq_out_bits) == 0x80);

/* C type struct mlx5_ifc_arm_xrc_srq_in_bits. */
struct mlx5ctl_ifc_arm_xrc_srq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         xrc_srqn[0x18];
	u8         reserved_at_60[0x10];
	u8         lwm[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_arm_xrc_srq_in_bits) == 0x80);

/* C type struct mlx5_ifc_arm_rq_out_bits. */
struct mlx5ctl_ifc_arm_rq_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_arm_rq_out_bits) == 0x80);

/* C type struct mlx5_ifc_arm_rq_in_bits. */
struct mlx5ctl_ifc_arm_rq_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         srq_number[0x18];
	u8         reserved_at_60[0x10];
	u8         lwm[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_arm_rq_in_bits) == 0x80);

/* C type struct mlx5_ifc_arm_dct_out_bits. */
struct mlx5ctl_ifc_arm_dct_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_arm_dct_out_bits) == 0x80);

/* C type struct mlx5_ifc_arm_dct_in_bits. */
struct mlx5ctl_ifc_arm_dct_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x8];
	u8         dct_number[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_arm_dct_in_bits) == 0x80);

/* C type struct mlx5_ifc_alloc_xrcd_out_bits. */
struct mlx5ctl_ifc_alloc_xrcd_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         xrcd[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_xrcd_out_bits) == 0x80);

/* C type struct mlx5_ifc_alloc_xrcd_in_bits. */
struct mlx5ctl_ifc_alloc_xrcd_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_xrcd_in_bits) == 0x80);

/* C type struct mlx5_ifc_alloc_uar_out_bits. */
struct mlx5ctl_ifc_alloc_uar_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         uar[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_uar_out_bits) == 0x80);

/* C type struct mlx5_ifc_alloc_uar_in_bits. */
struct mlx5ctl_ifc_alloc_uar_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_uar_in_bits) == 0x80);

/* C type struct mlx5_ifc_alloc_transport_domain_out_bits. */
struct mlx5ctl_ifc_alloc_transport_domain_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x8];
	u8         transport_domain[0x18];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_transport_domain_out_bits) == 0x80);

/* C type struct mlx5_ifc_alloc_transport_domain_in_bits. */
struct mlx5ctl_ifc_alloc_transport_domain_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_transport_domain_in_bits) == 0x80);

/* C type struct mlx5_ifc_alloc_q_counter_out_bits. */
struct mlx5ctl_ifc_alloc_q_counter_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x18];
	u8         counter_set_id[0x8];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_q_counter_out_bits) == 0x80);

/* C type struct mlx5_ifc_alloc_q_counter_in_bits. */
struct mlx5ctl_ifc_alloc_q_counter_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_q_counter_in_bits) == 0x80);

/* C type struct mlx5_ifc_alloc_flow_counter_out_bits. */
struct mlx5ctl_ifc_alloc_flow_counter_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         flow_counter_id[0x20];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_flow_counter_out_bits) == 0x80);

/* C type struct mlx5_ifc_alloc_flow_counter_in_bits. */
struct mlx5ctl_ifc_alloc_flow_counter_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x33];
	u8         flow_counter_bulk_log_size[0x5];
	u8         flow_counter_bulk[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_flow_counter_in_bits) == 0x80);

/* C type struct mlx5_ifc_add_vxlan_udp_dport_out_bits. */
struct mlx5ctl_ifc_add_vxlan_udp_dport_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_add_vxlan_udp_dport_out_bits) == 0x80);

/* C type struct mlx5_ifc_add_vxlan_udp_dport_in_bits. */
struct mlx5ctl_ifc_add_vxlan_udp_dport_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x20];
	u8         reserved_at_60[0x10];
	u8         vxlan_udp_port[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_add_vxlan_udp_dport_in_bits) == 0x80);

/* C type struct mlx5_ifc_set_pp_rate_limit_out_bits. */
struct mlx5ctl_ifc_set_pp_rate_limit_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_pp_rate_limit_out_bits) == 0x80);

/* C type struct mlx5_ifc_set_pp_rate_limit_context_bits. */
struct mlx5ctl_ifc_set_pp_rate_limit_context_bits {
	u8         rate_limit[0x20];
	u8         burst_upper_bound[0x20];
	u8         reserved_at_40[0x10];
	u8         typical_packet_size[0x10];
	u8         reserved_at_60[0x120];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_pp_rate_limit_context_bits) == 0x180);

/* C type struct mlx5_ifc_set_pp_rate_limit_in_bits. */
struct mlx5ctl_ifc_set_pp_rate_limit_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	u8         rate_limit_index[0x10];
	u8         reserved_at_60[0x20];
	struct mlx5ctl_ifc_set_pp_rate_limit_context_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_set_pp_rate_limit_in_bits) == 0x200);

/* C type struct mlx5_ifc_sltp_reg_bits. */
struct mlx5ctl_ifc_sltp_reg_bits {
	u8         status[0x4];
	u8         version[0x4];
	u8         local_port[0x8];
	u8         pnat[0x2];
	u8         reserved_at_12[0x2];
	u8         lane[0x4];
	u8         reserved_at_18[0x8];
	u8         reserved_at_20[0x20];
	u8         reserved_at_40[0x7];
	u8         polarity[0x1];
	u8         ob_tap0[0x8];
	u8         ob_tap1[0x8];
	u8         ob_tap2[0x8];
	u8         reserved_at_60[0xc];
	u8         ob_preemp_mode[0x4];
	u8         ob_reg[0x8];
	u8         ob_bias[0x8];
	u8         reserved_at_80[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_sltp_reg_bits) == 0xa0);

/* C type struct mlx5_ifc_slrg_reg_bits. */
struct mlx5ctl_ifc_slrg_reg_bits {
	u8         status[0x4];
	u8         version[0x4];
	u8         local_port[0x8];
	u8         pnat[0x2];
	u8         reserved_at_12[0x2];
	u8         lane[0x4];
	u8         reserved_at_18[0x8];
	u8         time_to_link_up[0x10];
	u8         reserved_at_30[0xc];
	u8         grade_lane_speed[0x4];
	u8         grade_version[0x8];
	u8         grade[0x18];
	u8         reserved_at_60[0x4];
	u8         height_grade_type[0x4];
	u8         height_grade[0x18];
	u8         height_dz[0x10];
	u8         height_dv[0x10];
	u8         reserved_at_a0[0x10];
	u8         height_sigma[0x10];
	u8         reserved_at_c0[0x20];
	u8         reserved_at_e0[0x4];
	u8         phase_grade_type[0x4];
	u8         phase_grade[0x18];
	u8         reserved_at_100[0x8];
	u8         phase_eo_pos[0x8];
	u8         reserved_at_110[0x8];
	u8         phase_eo_neg[0x8];
	u8         ffe_set_tested[0x10];
	u8         test_errors_per_lane[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_slrg_reg_bits) == 0x140);

/* C type struct mlx5_ifc_pvlc_reg_bits. */
struct mlx5ctl_ifc_pvlc_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x1c];
	u8         vl_hw_cap[0x4];
	u8         reserved_at_40[0x1c];
	u8         vl_admin[0x4];
	u8         reserved_at_60[0x1c];
	u8         vl_operational[0x4];
};

static_assert(sizeof(struct mlx5ctl_ifc_pvlc_reg_bits) == 0x80);

/* C type struct mlx5_ifc_pude_reg_bits. */
struct mlx5ctl_ifc_pude_reg_bits {
	u8         swid[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x4];
	u8         admin_status[0x4];
	u8         reserved_at_18[0x4];
	u8         oper_status[0x4];
	u8         reserved_at_20[0x60];
};

static_assert(sizeof(struct mlx5ctl_ifc_pude_reg_bits) == 0x80);

/* C type struct mlx5_ifc_mlcr_reg_bits. */
struct mlx5ctl_ifc_mlcr_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x20];
	u8         beacon_duration[0x10];
	u8         reserved_at_40[0x10];
	u8         beacon_remain[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_mlcr_reg_bits) == 0x60);

/* C type struct mlx5_ifc_ptas_reg_bits. */
struct mlx5ctl_ifc_ptas_reg_bits {
	u8         reserved_at_0[0x20];
	u8         algorithm_options[0x10];
	u8         reserved_at_30[0x4];
	u8         repetitions_mode[0x4];
	u8         num_of_repetitions[0x8];
	u8         grade_version[0x8];
	u8         height_grade_type[0x4];
	u8         phase_grade_type[0x4];
	u8         height_grade_weight[0x8];
	u8         phase_grade_weight[0x8];
	u8         gisim_measure_bits[0x10];
	u8         adaptive_tap_measure_bits[0x10];
	u8         ber_bath_high_error_threshold[0x10];
	u8         ber_bath_mid_error_threshold[0x10];
	u8         ber_bath_low_error_threshold[0x10];
	u8         one_ratio_high_threshold[0x10];
	u8         one_ratio_high_mid_threshold[0x10];
	u8         one_ratio_low_mid_threshold[0x10];
	u8         one_ratio_low_threshold[0x10];
	u8         ndeo_error_threshold[0x10];
	u8         mixer_offset_step_size[0x10];
	u8         reserved_at_110[0x8];
	u8         mix90_phase_for_voltage_bath[0x8];
	u8         mixer_offset_start[0x10];
	u8         mixer_offset_end[0x10];
	u8         reserved_at_140[0x15];
	u8         ber_test_time[0xb];
};

static_assert(sizeof(struct mlx5ctl_ifc_ptas_reg_bits) == 0x160);

/* C type struct mlx5_ifc_pspa_reg_bits. */
struct mlx5ctl_ifc_pspa_reg_bits {
	u8         swid[0x8];
	u8         local_port[0x8];
	u8         sub_port[0x8];
	u8         reserved_at_18[0x8];
	u8         reserved_at_20[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_pspa_reg_bits) == 0x40);

/* C type struct mlx5_ifc_pqdr_reg_bits. */
struct mlx5ctl_ifc_pqdr_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x5];
	u8         prio[0x3];
	u8         reserved_at_18[0x6];
	u8         mode[0x2];
	u8         reserved_at_20[0x20];
	u8         reserved_at_40[0x10];
	u8         min_threshold[0x10];
	u8         reserved_at_60[0x10];
	u8         max_threshold[0x10];
	u8         reserved_at_80[0x10];
	u8         mark_probability_denominator[0x10];
	u8         reserved_at_a0[0x60];
};

static_assert(sizeof(struct mlx5ctl_ifc_pqdr_reg_bits) == 0x100);

/* C type struct mlx5_ifc_ppsc_reg_bits. */
struct mlx5ctl_ifc_ppsc_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x60];
	u8         reserved_at_80[0x1c];
	u8         wrps_admin[0x4];
	u8         reserved_at_a0[0x1c];
	u8         wrps_status[0x4];
	u8         reserved_at_c0[0x8];
	u8         up_threshold[0x8];
	u8         reserved_at_d0[0x8];
	u8         down_threshold[0x8];
	u8         reserved_at_e0[0x20];
	u8         reserved_at_100[0x1c];
	u8         srps_admin[0x4];
	u8         reserved_at_120[0x1c];
	u8         srps_status[0x4];
	u8         reserved_at_140[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_ppsc_reg_bits) == 0x180);

/* C type struct mlx5_ifc_pplr_reg_bits. */
struct mlx5ctl_ifc_pplr_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x8];
	u8         lb_cap[0x8];
	u8         reserved_at_30[0x8];
	u8         lb_en[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_pplr_reg_bits) == 0x40);

/* C type struct mlx5_ifc_pplm_reg_bits. */
struct mlx5ctl_ifc_pplm_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x20];
	u8         port_profile_mode[0x8];
	u8         static_port_profile[0x8];
	u8         active_port_profile[0x8];
	u8         reserved_at_58[0x8];
	u8         retransmission_active[0x8];
	u8         fec_mode_active[0x18];
	u8         rs_fec_correction_bypass_cap[0x4];
	u8         reserved_at_84[0x8];
	u8         fec_override_cap_56g[0x4];
	u8         fec_override_cap_100g[0x4];
	u8         fec_override_cap_50g[0x4];
	u8         fec_override_cap_25g[0x4];
	u8         fec_override_cap_10g_40g[0x4];
	u8         rs_fec_correction_bypass_admin[0x4];
	u8         reserved_at_a4[0x8];
	u8         fec_override_admin_56g[0x4];
	u8         fec_override_admin_100g[0x4];
	u8         fec_override_admin_50g[0x4];
	u8         fec_override_admin_25g[0x4];
	u8         fec_override_admin_10g_40g[0x4];
	u8         fec_override_cap_400g_8x[0x10];
	u8         fec_override_cap_200g_4x[0x10];
	u8         fec_override_cap_100g_2x[0x10];
	u8         fec_override_cap_50g_1x[0x10];
	u8         fec_override_admin_400g_8x[0x10];
	u8         fec_override_admin_200g_4x[0x10];
	u8         fec_override_admin_100g_2x[0x10];
	u8         fec_override_admin_50g_1x[0x10];
	u8         reserved_at_140[0x140];
};

static_assert(sizeof(struct mlx5ctl_ifc_pplm_reg_bits) == 0x280);

/* C type struct mlx5_ifc_mpein_reg_bits. */
struct mlx5ctl_ifc_mpein_reg_bits {
	u8         reserved_at_0[0x2];
	u8         depth[0x6];
	u8         pcie_index[0x8];
	u8         node[0x8];
	u8         reserved_at_18[0x8];
	u8         capability_mask[0x20];
	u8         reserved_at_40[0x8];
	u8         link_width_enabled[0x8];
	u8         link_speed_enabled[0x10];
	u8         lane0_physical_position[0x8];
	u8         link_width_active[0x8];
	u8         link_speed_active[0x10];
	u8         num_of_pfs[0x10];
	u8         num_of_vfs[0x10];
	u8         bdf0[0x10];
	u8         reserved_at_b0[0x10];
	u8         max_read_request_size[0x4];
	u8         max_payload_size[0x4];
	u8         reserved_at_c8[0x5];
	u8         pwr_status[0x3];
	u8         port_type[0x4];
	u8         reserved_at_d4[0xb];
	u8         lane_reversal[0x1];
	u8         reserved_at_e0[0x14];
	u8         pci_power[0xc];
	u8         reserved_at_100[0x20];
	u8         device_status[0x10];
	u8         port_state[0x8];
	u8         reserved_at_138[0x8];
	u8         reserved_at_140[0x10];
	u8         receiver_detect_result[0x10];
	u8         reserved_at_160[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mpein_reg_bits) == 0x180);

/* C type struct mlx5_ifc_mpcnt_reg_bits. */
struct mlx5ctl_ifc_mpcnt_reg_bits {
	u8         reserved_at_0[0x8];
	u8         pcie_index[0x8];
	u8         reserved_at_10[0xa];
	u8         grp[0x6];
	u8         clr[0x1];
	u8         reserved_at_21[0x1f];
	union mlx5ctl_ifc_pcie_cntrs_grp_data_layout_auto_bits counter_set;
};

static_assert(sizeof(struct mlx5ctl_ifc_mpcnt_reg_bits) == 0x800);

/* C type struct mlx5_ifc_ppad_reg_bits. */
struct mlx5ctl_ifc_ppad_reg_bits {
	u8         reserved_at_0[0x3];
	u8         single_mac[0x1];
	u8         reserved_at_4[0x4];
	u8         local_port[0x8];
	u8         mac_47_32[0x10];
	u8         mac_31_0[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_ppad_reg_bits) == 0x80);

/* C type struct mlx5_ifc_pmtu_reg_bits. */
struct mlx5ctl_ifc_pmtu_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x10];
	u8         max_mtu[0x10];
	u8         reserved_at_30[0x10];
	u8         admin_mtu[0x10];
	u8         reserved_at_50[0x10];
	u8         oper_mtu[0x10];
	u8         reserved_at_70[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_pmtu_reg_bits) == 0x80);

/* C type struct mlx5_ifc_pmpr_reg_bits. */
struct mlx5ctl_ifc_pmpr_reg_bits {
	u8         reserved_at_0[0x8];
	u8         module[0x8];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x18];
	u8         attenuation_5g[0x8];
	u8         reserved_at_40[0x18];
	u8         attenuation_7g[0x8];
	u8         reserved_at_60[0x18];
	u8         attenuation_12g[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_pmpr_reg_bits) == 0x80);

/* C type struct mlx5_ifc_pmpe_reg_bits. */
struct mlx5ctl_ifc_pmpe_reg_bits {
	u8         reserved_at_0[0x8];
	u8         module[0x8];
	u8         reserved_at_10[0xc];
	u8         module_status[0x4];
	u8         reserved_at_20[0x60];
};

static_assert(sizeof(struct mlx5ctl_ifc_pmpe_reg_bits) == 0x80);

/* C type struct mlx5_ifc_pmpc_reg_bits. */
struct mlx5ctl_ifc_pmpc_reg_bits {
	u8         module_state_updated[32][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_pmpc_reg_bits) == 0x100);

/* C type struct mlx5_ifc_pmlpn_reg_bits. */
struct mlx5ctl_ifc_pmlpn_reg_bits {
	u8         reserved_at_0[0x4];
	u8         mlpn_status[0x4];
	u8         local_port[0x8];
	u8         reserved_at_10[0x10];
	u8         e[0x1];
	u8         reserved_at_21[0x1f];
};

static_assert(sizeof(struct mlx5ctl_ifc_pmlpn_reg_bits) == 0x40);

/* C type struct mlx5_ifc_pmaos_reg_bits. */
struct mlx5ctl_ifc_pmaos_reg_bits {
	u8         reserved_at_0[0x8];
	u8         module[0x8];
	u8         reserved_at_10[0x4];
	u8         admin_status[0x4];
	u8         reserved_at_18[0x4];
	u8         oper_status[0x4];
	u8         ase[0x1];
	u8         ee[0x1];
	u8         reserved_at_22[0x1c];
	u8         e[0x2];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_pmaos_reg_bits) == 0x80);

/* C type struct mlx5_ifc_plpc_reg_bits. */
struct mlx5ctl_ifc_plpc_reg_bits {
	u8         reserved_at_0[0x4];
	u8         profile_id[0xc];
	u8         reserved_at_10[0x4];
	u8         proto_mask[0x4];
	u8         reserved_at_18[0x8];
	u8         reserved_at_20[0x10];
	u8         lane_speed[0x10];
	u8         reserved_at_40[0x17];
	u8         lpbf[0x1];
	u8         fec_mode_policy[0x8];
	u8         retransmission_capability[0x8];
	u8         fec_mode_capability[0x18];
	u8         retransmission_support_admin[0x8];
	u8         fec_mode_support_admin[0x18];
	u8         retransmission_request_admin[0x8];
	u8         fec_mode_request_admin[0x18];
	u8         reserved_at_c0[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_plpc_reg_bits) == 0x140);

/* C type struct mlx5_ifc_plib_reg_bits. */
struct mlx5ctl_ifc_plib_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x8];
	u8         ib_port[0x8];
	u8         reserved_at_20[0x60];
};

static_assert(sizeof(struct mlx5ctl_ifc_plib_reg_bits) == 0x80);

/* C type struct mlx5_ifc_plbf_reg_bits. */
struct mlx5ctl_ifc_plbf_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0xd];
	u8         lbf_mode[0x3];
	u8         reserved_at_20[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_plbf_reg_bits) == 0x40);

/* C type struct mlx5_ifc_pipg_reg_bits. */
struct mlx5ctl_ifc_pipg_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x10];
	u8         dic[0x1];
	u8         reserved_at_21[0x19];
	u8         ipg[0x4];
	u8         reserved_at_3e[0x2];
};

static_assert(sizeof(struct mlx5ctl_ifc_pipg_reg_bits) == 0x40);

/* C type struct mlx5_ifc_pifr_reg_bits. */
struct mlx5ctl_ifc_pifr_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0xe0];
	u8         port_filter[8][0x20];
	u8         port_filter_update_en[8][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_pifr_reg_bits) == 0x300);

/* C type struct mlx5_ifc_pfcc_reg_bits. */
struct mlx5ctl_ifc_pfcc_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0xb];
	u8         ppan_mask_n[0x1];
	u8         minor_stall_mask[0x1];
	u8         critical_stall_mask[0x1];
	u8         reserved_at_1e[0x2];
	u8         ppan[0x4];
	u8         reserved_at_24[0x4];
	u8         prio_mask_tx[0x8];
	u8         reserved_at_30[0x8];
	u8         prio_mask_rx[0x8];
	u8         pptx[0x1];
	u8         aptx[0x1];
	u8         pptx_mask_n[0x1];
	u8         reserved_at_43[0x5];
	u8         pfctx[0x8];
	u8         reserved_at_50[0x10];
	u8         pprx[0x1];
	u8         aprx[0x1];
	u8         pprx_mask_n[0x1];
	u8         reserved_at_63[0x5];
	u8         pfcrx[0x8];
	u8         reserved_at_70[0x10];
	u8         device_stall_minor_watermark[0x10];
	u8         device_stall_critical_watermark[0x10];
	u8         reserved_at_a0[0x60];
};

static_assert(sizeof(struct mlx5ctl_ifc_pfcc_reg_bits) == 0x100);

/* C type struct mlx5_ifc_pelc_reg_bits. */
struct mlx5ctl_ifc_pelc_reg_bits {
	u8         op[0x4];
	u8         reserved_at_4[0x4];
	u8         local_port[0x8];
	u8         reserved_at_10[0x10];
	u8         op_admin[0x8];
	u8         op_capability[0x8];
	u8         op_request[0x8];
	u8         op_active[0x8];
	u8         admin[0x40];
	u8         capability[0x40];
	u8         request[0x40];
	u8         active[0x40];
	u8         reserved_at_140[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_pelc_reg_bits) == 0x1c0);

/* C type struct mlx5_ifc_peir_reg_bits. */
struct mlx5ctl_ifc_peir_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0xc];
	u8         error_count[0x4];
	u8         reserved_at_30[0x10];
	u8         reserved_at_40[0xc];
	u8         lane[0x4];
	u8         reserved_at_50[0x8];
	u8         error_type[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_peir_reg_bits) == 0x60);

/* C type struct mlx5_ifc_mpegc_reg_bits. */
struct mlx5ctl_ifc_mpegc_reg_bits {
	u8         reserved_at_0[0x30];
	u8         field_select[0x10];
	u8         tx_overflow_sense[0x1];
	u8         mark_cqe[0x1];
	u8         mark_cnp[0x1];
	u8         reserved_at_43[0x1b];
	u8         tx_lossy_overflow_oper[0x2];
	u8         reserved_at_60[0x100];
};

static_assert(sizeof(struct mlx5ctl_ifc_mpegc_reg_bits) == 0x160);

/* C type struct mlx5_ifc_mtutc_reg_bits. */
struct mlx5ctl_ifc_mtutc_reg_bits {
	u8         reserved_at_0[0x1c];
	u8         operation[0x4];
	u8         freq_adjustment[0x20];
	u8         reserved_at_40[0x40];
	u8         utc_sec[0x20];
	u8         reserved_at_a0[0x2];
	u8         utc_nsec[0x1e];
	u8         time_adjustment[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mtutc_reg_bits) == 0xe0);

/* C type struct mlx5_ifc_pcam_enhanced_features_bits. */
struct mlx5ctl_ifc_pcam_enhanced_features_bits {
	u8         reserved_at_0[0x68];
	u8         fec_50g_per_lane_in_pplm[0x1];
	u8         reserved_at_69[0x4];
	u8         rx_icrc_encapsulated_counter[0x1];
	u8         reserved_at_6e[0x4];
	u8         ptys_extended_ethernet[0x1];
	u8         reserved_at_73[0x3];
	u8         pfcc_mask[0x1];
	u8         reserved_at_77[0x3];
	u8         per_lane_error_counters[0x1];
	u8         rx_buffer_fullness_counters[0x1];
	u8         ptys_connector_type[0x1];
	u8         reserved_at_7d[0x1];
	u8         ppcnt_discard_group[0x1];
	u8         ppcnt_statistical_group[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_pcam_enhanced_features_bits) == 0x80);

/* C type struct mlx5_ifc_pcam_regs_5000_to_507f_bits. */
struct mlx5ctl_ifc_pcam_regs_5000_to_507f_bits {
	u8         port_access_reg_cap_mask_127_to_96[0x20];
	u8         port_access_reg_cap_mask_95_to_64[0x20];
	u8         port_access_reg_cap_mask_63_to_36[0x1c];
	u8         pplm[0x1];
	u8         port_access_reg_cap_mask_34_to_32[0x3];
	u8         port_access_reg_cap_mask_31_to_13[0x13];
	u8         pbmc[0x1];
	u8         pptb[0x1];
	u8         port_access_reg_cap_mask_10_to_09[0x2];
	u8         ppcnt[0x1];
	u8         port_access_reg_cap_mask_07_to_00[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_pcam_regs_5000_to_507f_bits) == 0x80);

/*
 * The anonymous union port_access_reg_cap_mask of struct
 * mlx5_ifc_pcam_reg_bits.
 */
union mlx5ctl_ifc_pcam_reg_port_access_reg_cap_mask_bits {
	struct mlx5ctl_ifc_pcam_regs_5000_to_507f_bits regs_5000_to_507f;
	u8         reserved_at_0[0x80];
};

static_assert(sizeof(union mlx5ctl_ifc_pcam_reg_port_access_reg_cap_mask_bits) == 0x80);

/* The anonymous union feature_cap_mask of struct mlx5_ifc_pcam_reg_bits. */
union mlx5ctl_ifc_pcam_reg_feature_cap_mask_bits {
	struct mlx5ctl_ifc_pcam_enhanced_features_bits enhanced_features;
	u8         reserved_at_0[0x80];
};

static_assert(sizeof(union mlx5ctl_ifc_pcam_reg_feature_cap_mask_bits) == 0x80);

/* C type struct mlx5_ifc_pcam_reg_bits. */
struct mlx5ctl_ifc_pcam_reg_bits {
	u8         reserved_at_0[0x8];
	u8         feature_group[0x8];
	u8         reserved_at_10[0x8];
	u8         access_reg_group[0x8];
	u8         reserved_at_20[0x20];
	union mlx5ctl_ifc_pcam_reg_port_access_reg_cap_mask_bits port_access_reg_cap_mask;
	u8         reserved_at_c0[0x80];
	union mlx5ctl_ifc_pcam_reg_feature_cap_mask_bits feature_cap_mask;
	u8         reserved_at_1c0[0xc0];
};

static_assert(sizeof(struct mlx5ctl_ifc_pcam_reg_bits) == 0x280);

/* C type struct mlx5_ifc_mcam_enhanced_features_bits. */
struct mlx5ctl_ifc_mcam_enhanced_features_bits {
	u8         reserved_at_0[0x5d];
	u8         mcia_32dwords[0x1];
	u8         out_pulse_duration_ns[0x1];
	u8         npps_period[0x1];
	u8         reserved_at_60[0xa];
	u8         reset_state[0x1];
	u8         ptpcyc2realtime_modify[0x1];
	u8         reserved_at_6c[0x2];
	u8         pci_status_and_power[0x1];
	u8         reserved_at_6f[0x5];
	u8         mark_tx_action_cnp[0x1];
	u8         mark_tx_action_cqe[0x1];
	u8         dynamic_tx_overflow[0x1];
	u8         reserved_at_77[0x4];
	u8         pcie_outbound_stalled[0x1];
	u8         tx_overflow_buffer_pkt[0x1];
	u8         mtpps_enh_out_per_adj[0x1];
	u8         mtpps_fs[0x1];
	u8         pcie_performance_group[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_mcam_enhanced_features_bits) == 0x80);

/* C type struct mlx5_ifc_mcam_access_reg_bits. */
struct mlx5ctl_ifc_mcam_access_reg_bits {
	u8         reserved_at_0[0x1c];
	u8         mcda[0x1];
	u8         mcc[0x1];
	u8         mcqi[0x1];
	u8         mcqs[0x1];
	u8         regs_95_to_87[0x9];
	u8         mpegc[0x1];
	u8         mtutc[0x1];
	u8         regs_84_to_68[0x11];
	u8         tracer_registers[0x4];
	u8         regs_63_to_46[0x12];
	u8         mrtc[0x1];
	u8         regs_44_to_32[0xd];
	u8         regs_31_to_0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mcam_access_reg_bits) == 0x80);

/* C type struct mlx5_ifc_mcam_access_reg_bits1. */
struct mlx5ctl_ifc_mcam_access_reg_bits1_bits {
	u8         regs_127_to_96[0x20];
	u8         regs_95_to_64[0x20];
	u8         regs_63_to_32[0x20];
	u8         regs_31_to_0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mcam_access_reg_bits1_bits) == 0x80);

/* C type struct mlx5_ifc_mcam_access_reg_bits2. */
struct mlx5ctl_ifc_mcam_access_reg_bits2_bits {
	u8         regs_127_to_99[0x1d];
	u8         mirc[0x1];
	u8         regs_97_to_96[0x2];
	u8         regs_95_to_64[0x20];
	u8         regs_63_to_32[0x20];
	u8         regs_31_to_0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mcam_access_reg_bits2_bits) == 0x80);

/*
 * The anonymous union mng_access_reg_cap_mask of struct mlx5_ifc_mcam_reg_bits.
 */
union mlx5ctl_ifc_mcam_reg_mng_access_reg_cap_mask_bits {
	struct mlx5ctl_ifc_mcam_access_reg_bits access_regs;
	struct mlx5ctl_ifc_mcam_access_reg_bits1_bits access_regs1;
	struct mlx5ctl_ifc_mcam_access_reg_bits2_bits access_regs2;
	u8         reserved_at_0[0x80];
};

static_assert(sizeof(union mlx5ctl_ifc_mcam_reg_mng_access_reg_cap_mask_bits) == 0x80);

/* The anonymous union mng_feature_cap_mask of struct mlx5_ifc_mcam_reg_bits. */
union mlx5ctl_ifc_mcam_reg_mng_feature_cap_mask_bits {
	struct mlx5ctl_ifc_mcam_enhanced_features_bits enhanced_features;
	u8         reserved_at_0[0x80];
};

static_assert(sizeof(union mlx5ctl_ifc_mcam_reg_mng_feature_cap_mask_bits) == 0x80);

/* C type struct mlx5_ifc_mcam_reg_bits. */
struct mlx5ctl_ifc_mcam_reg_bits {
	u8         reserved_at_0[0x8];
	u8         feature_group[0x8];
	u8         reserved_at_10[0x8];
	u8         access_reg_group[0x8];
	u8         reserved_at_20[0x20];
	union mlx5ctl_ifc_mcam_reg_mng_access_reg_cap_mask_bits mng_access_reg_cap_mask;
	u8         reserved_at_c0[0x80];
	union mlx5ctl_ifc_mcam_reg_mng_feature_cap_mask_bits mng_feature_cap_mask;
	u8         reserved_at_1c0[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_mcam_reg_bits) == 0x240);

/* C type struct mlx5_ifc_qcam_access_reg_cap_mask. */
struct mlx5ctl_ifc_qcam_access_reg_cap_mask_bits {
	/* 0x6c bits in the header, as 0x1-bit elements. */
	u8         qcam_access_reg_cap_mask_127_to_20[108][0x1];
	u8         qpdpm[0x1];
	u8         qcam_access_reg_cap_mask_18_to_4[0xf];
	u8         qdpm[0x1];
	u8         qpts[0x1];
	u8         qcap[0x1];
	u8         qcam_access_reg_cap_mask_0[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_qcam_access_reg_cap_mask_bits) == 0x80);

/* C type struct mlx5_ifc_qcam_qos_feature_cap_mask. */
struct mlx5ctl_ifc_qcam_qos_feature_cap_mask_bits {
	/* 0x7f bits in the header, as 0x1-bit elements. */
	u8         qcam_qos_feature_cap_mask_127_to_1[127][0x1];
	u8         qpts_trust_both[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_qcam_qos_feature_cap_mask_bits) == 0x80);

/*
 * The anonymous union qos_access_reg_cap_mask of struct mlx5_ifc_qcam_reg_bits.
 */
union mlx5ctl_ifc_qcam_reg_qos_access_reg_cap_mask_bits {
	struct mlx5ctl_ifc_qcam_access_reg_cap_mask_bits reg_cap;
	u8         reserved_at_0[0x80];
};

static_assert(sizeof(union mlx5ctl_ifc_qcam_reg_qos_access_reg_cap_mask_bits) == 0x80);

/* The anonymous union qos_feature_cap_mask of struct mlx5_ifc_qcam_reg_bits. */
union mlx5ctl_ifc_qcam_reg_qos_feature_cap_mask_bits {
	struct mlx5ctl_ifc_qcam_qos_feature_cap_mask_bits feature_cap;
	u8         reserved_at_0[0x80];
};

static_assert(sizeof(union mlx5ctl_ifc_qcam_reg_qos_feature_cap_mask_bits) == 0x80);

/* C type struct mlx5_ifc_qcam_reg_bits. */
struct mlx5ctl_ifc_qcam_reg_bits {
	u8         reserved_at_0[0x8];
	u8         feature_group[0x8];
	u8         reserved_at_10[0x8];
	u8         access_reg_group[0x8];
	u8         reserved_at_20[0x20];
	union mlx5ctl_ifc_qcam_reg_qos_access_reg_cap_mask_bits qos_access_reg_cap_mask;
	u8         reserved_at_c0[0x80];
	union mlx5ctl_ifc_qcam_reg_qos_feature_cap_mask_bits qos_feature_cap_mask;
	u8         reserved_at_1c0[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_qcam_reg_bits) == 0x240);

/* C type struct mlx5_ifc_core_dump_reg_bits. */
struct mlx5ctl_ifc_core_dump_reg_bits {
	u8         reserved_at_0[0x18];
	u8         core_dump_type[0x8];
	u8         reserved_at_20[0x30];
	u8         vhca_id[0x10];
	u8         reserved_at_60[0x8];
	u8         qpn[0x18];
	u8         reserved_at_80[0x180];
};

static_assert(sizeof(struct mlx5ctl_ifc_core_dump_reg_bits) == 0x200);

/* C type struct mlx5_ifc_pcap_reg_bits. */
struct mlx5ctl_ifc_pcap_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x10];
	u8         port_capability_mask[4][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_pcap_reg_bits) == 0xa0);

/* C type struct mlx5_ifc_pamp_reg_bits. */
struct mlx5ctl_ifc_pamp_reg_bits {
	u8         reserved_at_0[0x8];
	u8         opamp_group[0x8];
	u8         reserved_at_10[0xc];
	u8         opamp_group_type[0x4];
	u8         start_index[0x10];
	u8         reserved_at_30[0x4];
	u8         num_of_indices[0xc];
	u8         index_data[18][0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_pamp_reg_bits) == 0x160);

/* C type struct mlx5_ifc_pcmr_reg_bits. */
struct mlx5ctl_ifc_pcmr_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x10];
	u8         entropy_force_cap[0x1];
	u8         entropy_calc_cap[0x1];
	u8         entropy_gre_calc_cap[0x1];
	u8         reserved_at_23[0xf];
	u8         rx_ts_over_crc_cap[0x1];
	u8         reserved_at_33[0xb];
	u8         fcs_cap[0x1];
	u8         reserved_at_3f[0x1];
	u8         entropy_force[0x1];
	u8         entropy_calc[0x1];
	u8         entropy_gre_calc[0x1];
	u8         reserved_at_43[0xf];
	u8         rx_ts_over_crc[0x1];
	u8         reserved_at_53[0xb];
	u8         fcs_chk[0x1];
	u8         reserved_at_5f[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_pcmr_reg_bits) == 0x60);

/* C type struct mlx5_ifc_lane_2_module_mapping_bits. */
struct mlx5ctl_ifc_lane_2_module_mapping_bits {
	u8         reserved_at_0[0x4];
	u8         rx_lane[0x4];
	u8         reserved_at_8[0x4];
	u8         tx_lane[0x4];
	u8         reserved_at_10[0x8];
	u8         module[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_lane_2_module_mapping_bits) == 0x20);

/* C type struct mlx5_ifc_bufferx_reg_bits. */
struct mlx5ctl_ifc_bufferx_reg_bits {
	u8         reserved_at_0[0x6];
	u8         lossy[0x1];
	u8         epsb[0x1];
	u8         reserved_at_8[0x8];
	u8         size[0x10];
	u8         xoff_threshold[0x10];
	u8         xon_threshold[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_bufferx_reg_bits) == 0x40);

/* C type struct mlx5_ifc_set_node_in_bits. */
struct mlx5ctl_ifc_set_node_in_bits {
	u8         node_description[64][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_node_in_bits) == 0x200);

/* C type struct mlx5_ifc_register_power_settings_bits. */
struct mlx5ctl_ifc_register_power_settings_bits {
	u8         reserved_at_0[0x18];
	u8         power_settings_level[0x8];
	u8         reserved_at_20[0x60];
};

static_assert(sizeof(struct mlx5ctl_ifc_register_power_settings_bits) == 0x80);

/* C type struct mlx5_ifc_register_host_endianness_bits. */
struct mlx5ctl_ifc_register_host_endianness_bits {
	u8         he[0x1];
	u8         reserved_at_1[0x1f];
	u8         reserved_at_20[0x60];
};

static_assert(sizeof(struct mlx5ctl_ifc_register_host_endianness_bits) == 0x80);

/* C type struct mlx5_ifc_umr_pointer_desc_argument_bits. */
struct mlx5ctl_ifc_umr_pointer_desc_argument_bits {
	u8         reserved_at_0[0x20];
	u8         mkey[0x20];
	u8         addressh_63_32[0x20];
	u8         addressl_31_0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_umr_pointer_desc_argument_bits) == 0x80);

/* C type struct mlx5_ifc_ud_adrs_vector_bits. */
struct mlx5ctl_ifc_ud_adrs_vector_bits {
	u8         dc_key[0x40];
	u8         ext[0x1];
	u8         reserved_at_41[0x7];
	u8         destination_qp_dct[0x18];
	u8         static_rate[0x4];
	u8         sl_eth_prio[0x4];
	u8         fl[0x1];
	u8         mlid[0x7];
	u8         rlid_udp_sport[0x10];
	u8         reserved_at_80[0x20];
	u8         rmac_47_16[0x20];
	u8         rmac_15_0[0x10];
	u8         tclass[0x8];
	u8         hop_limit[0x8];
	u8         reserved_at_e0[0x1];
	u8         grh[0x1];
	u8         reserved_at_e2[0x2];
	u8         src_addr_index[0x8];
	u8         flow_label[0x14];
	u8         rgid_rip[16][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_ud_adrs_vector_bits) == 0x180);

/* C type struct mlx5_ifc_pages_req_event_bits. */
struct mlx5ctl_ifc_pages_req_event_bits {
	u8         reserved_at_0[0x10];
	u8         function_id[0x10];
	u8         num_pages[0x20];
	u8         reserved_at_40[0xa0];
};

static_assert(sizeof(struct mlx5ctl_ifc_pages_req_event_bits) == 0xe0);

/* C type struct mlx5_ifc_eqe_bits. */
struct mlx5ctl_ifc_eqe_bits {
	u8         reserved_at_0[0x8];
	u8         event_type[0x8];
	u8         reserved_at_10[0x8];
	u8         event_sub_type[0x8];
	u8         reserved_at_20[0xe0];
	union mlx5ctl_ifc_event_auto_bits event_data;
	u8         reserved_at_1e0[0x10];
	u8         signature[0x8];
	u8         reserved_at_1f8[0x7];
	u8         owner[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_eqe_bits) == 0x200);

/* C type struct mlx5_ifc_cmd_queue_entry_bits. */
struct mlx5ctl_ifc_cmd_queue_entry_bits {
	u8         type[0x8];
	u8         reserved_at_8[0x18];
	u8         input_length[0x20];
	u8         input_mailbox_pointer_63_32[0x20];
	u8         input_mailbox_pointer_31_9[0x17];
	u8         reserved_at_77[0x9];
	u8         command_input_inline_data[16][0x8];
	u8         command_output_inline_data[16][0x8];
	u8         output_mailbox_pointer_63_32[0x20];
	u8         output_mailbox_pointer_31_9[0x17];
	u8         reserved_at_1b7[0x9];
	u8         output_length[0x20];
	u8         token[0x8];
	u8         signature[0x8];
	u8         reserved_at_1f0[0x8];
	u8         status[0x7];
	u8         ownership[0x1];
};

static_assert(sizeof(struct mlx5ctl_ifc_cmd_queue_entry_bits) == 0x200);

/* C type struct mlx5_ifc_cmd_out_bits. */
struct mlx5ctl_ifc_cmd_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         command_output[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_cmd_out_bits) == 0x60);

/* C type struct mlx5_ifc_cmd_in_bits. */
struct mlx5ctl_ifc_cmd_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         command[0][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_cmd_in_bits) == 0x40);

/* C type struct mlx5_ifc_cmd_if_box_bits. */
struct mlx5ctl_ifc_cmd_if_box_bits {
	u8         mailbox_data[512][0x8];
	u8         reserved_at_1000[0x180];
	u8         next_pointer_63_32[0x20];
	u8         next_pointer_31_10[0x16];
	u8         reserved_at_11b6[0xa];
	u8         block_number[0x20];
	u8         reserved_at_11e0[0x8];
	u8         token[0x8];
	u8         ctrl_signature[0x8];
	u8         signature[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_cmd_if_box_bits) == 0x1200);

/* C type struct mlx5_ifc_query_wol_rol_out_bits. */
struct mlx5ctl_ifc_query_wol_rol_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x10];
	u8         rol_mode[0x8];
	u8         wol_mode[0x8];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_wol_rol_out_bits) == 0x80);

/* C type struct mlx5_ifc_query_wol_rol_in_bits. */
struct mlx5ctl_ifc_query_wol_rol_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_wol_rol_in_bits) == 0x80);

/* C type struct mlx5_ifc_set_wol_rol_out_bits. */
struct mlx5ctl_ifc_set_wol_rol_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_wol_rol_out_bits) == 0x80);

/* C type struct mlx5_ifc_set_wol_rol_in_bits. */
struct mlx5ctl_ifc_set_wol_rol_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         rol_mode_valid[0x1];
	u8         wol_mode_valid[0x1];
	u8         reserved_at_42[0xe];
	u8         rol_mode[0x8];
	u8         wol_mode[0x8];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_wol_rol_in_bits) == 0x80);

/* C type struct mlx5_ifc_initial_seg_bits. */
struct mlx5ctl_ifc_initial_seg_bits {
	u8         fw_rev_minor[0x10];
	u8         fw_rev_major[0x10];
	u8         cmd_interface_rev[0x10];
	u8         fw_rev_subminor[0x10];
	u8         reserved_at_40[0x40];
	u8         cmdq_phy_addr_63_32[0x20];
	u8         cmdq_phy_addr_31_12[0x14];
	u8         reserved_at_b4[0x2];
	u8         nic_interface[0x2];
	u8         log_cmdq_size[0x4];
	u8         log_cmdq_stride[0x4];
	u8         command_doorbell_vector[0x20];
	u8         reserved_at_e0[0xf00];
	u8         initializing[0x1];
	u8         reserved_at_fe1[0x4];
	u8         nic_interface_supported[0x3];
	u8         embedded_cpu[0x1];
	u8         reserved_at_fe9[0x17];
	struct mlx5ctl_ifc_health_buffer_bits health_buffer;
	u8         no_dram_nic_offset[0x20];
	u8         reserved_at_1220[0x6e40];
	u8         reserved_at_8060[0x1f];
	u8         clear_int[0x1];
	u8         health_syndrome[0x8];
	u8         health_counter[0x18];
	u8         reserved_at_80a0[0x17fc0];
};

static_assert(sizeof(struct mlx5ctl_ifc_initial_seg_bits) == 0x20060);

/* C type struct mlx5_ifc_mtpps_reg_bits. */
struct mlx5ctl_ifc_mtpps_reg_bits {
	u8         reserved_at_0[0xc];
	u8         cap_number_of_pps_pins[0x4];
	u8         reserved_at_10[0x4];
	u8         cap_max_num_of_pps_in_pins[0x4];
	u8         reserved_at_18[0x4];
	u8         cap_max_num_of_pps_out_pins[0x4];
	u8         reserved_at_20[0x13];
	u8         cap_log_min_npps_period[0x5];
	u8         reserved_at_38[0x3];
	u8         cap_log_min_out_pulse_duration_ns[0x5];
	u8         reserved_at_40[0x4];
	u8         cap_pin_3_mode[0x4];
	u8         reserved_at_48[0x4];
	u8         cap_pin_2_mode[0x4];
	u8         reserved_at_50[0x4];
	u8         cap_pin_1_mode[0x4];
	u8         reserved_at_58[0x4];
	u8         cap_pin_0_mode[0x4];
	u8         reserved_at_60[0x4];
	u8         cap_pin_7_mode[0x4];
	u8         reserved_at_68[0x4];
	u8         cap_pin_6_mode[0x4];
	u8         reserved_at_70[0x4];
	u8         cap_pin_5_mode[0x4];
	u8         reserved_at_78[0x4];
	u8         cap_pin_4_mode[0x4];
	u8         field_select[0x20];
	u8         reserved_at_a0[0x20];
	u8         npps_period[0x40];
	u8         enable[0x1];
	u8         reserved_at_101[0xb];
	u8         pattern[0x4];
	u8         reserved_at_110[0x4];
	u8         pin_mode[0x4];
	u8         pin[0x8];
	u8         reserved_at_120[0x2];
	u8         out_pulse_duration_ns[0x1e];
	u8         time_stamp[0x40];
	u8         out_pulse_duration[0x10];
	u8         out_periodic_adjustment[0x10];
	u8         enhanced_out_periodic_adjustment[0x20];
	u8         reserved_at_1c0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mtpps_reg_bits) == 0x1e0);

/* C type struct mlx5_ifc_mtppse_reg_bits. */
struct mlx5ctl_ifc_mtppse_reg_bits {
	u8         reserved_at_0[0x18];
	u8         pin[0x8];
	u8         event_arm[0x1];
	u8         reserved_at_21[0x1b];
	u8         event_generation_mode[0x4];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_mtppse_reg_bits) == 0x80);

/* C type struct mlx5_ifc_mcqs_reg_bits. */
struct mlx5ctl_ifc_mcqs_reg_bits {
	u8         last_index_flag[0x1];
	u8         reserved_at_1[0x7];
	u8         fw_device[0x8];
	u8         component_index[0x10];
	u8         reserved_at_20[0x10];
	u8         identifier[0x10];
	u8         reserved_at_40[0x17];
	u8         component_status[0x5];
	u8         component_update_state[0x4];
	u8         last_update_state_changer_type[0x4];
	u8         last_update_state_changer_host_id[0x4];
	u8         reserved_at_68[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_mcqs_reg_bits) == 0x80);

/* C type struct mlx5_ifc_mcqi_cap_bits. */
struct mlx5ctl_ifc_mcqi_cap_bits {
	u8         supported_info_bitmask[0x20];
	u8         component_size[0x20];
	u8         max_component_size[0x20];
	u8         log_mcda_word_size[0x4];
	u8         reserved_at_64[0xc];
	u8         mcda_max_write_size[0x10];
	u8         rd_en[0x1];
	u8         reserved_at_81[0x1];
	u8         match_chip_id[0x1];
	u8         match_psid[0x1];
	u8         check_user_timestamp[0x1];
	u8         match_base_guid_mac[0x1];
	u8         reserved_at_86[0x1a];
};

static_assert(sizeof(struct mlx5ctl_ifc_mcqi_cap_bits) == 0xa0);

/* C type struct mlx5_ifc_mcqi_version_bits. */
struct mlx5ctl_ifc_mcqi_version_bits {
	u8         reserved_at_0[0x2];
	u8         build_time_valid[0x1];
	u8         user_defined_time_valid[0x1];
	u8         reserved_at_4[0x14];
	u8         version_string_length[0x8];
	u8         version[0x20];
	u8         build_time[0x40];
	u8         user_defined_time[0x40];
	u8         build_tool_version[0x20];
	u8         reserved_at_e0[0x20];
	u8         version_string[92][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_mcqi_version_bits) == 0x3e0);

/* C type struct mlx5_ifc_mcqi_activation_method_bits. */
struct mlx5ctl_ifc_mcqi_activation_method_bits {
	u8         pending_server_ac_power_cycle[0x1];
	u8         pending_server_dc_power_cycle[0x1];
	u8         pending_server_reboot[0x1];
	u8         pending_fw_reset[0x1];
	u8         auto_activate[0x1];
	u8         all_hosts_sync[0x1];
	u8         device_hw_reset[0x1];
	u8         reserved_at_7[0x19];
};

static_assert(sizeof(struct mlx5ctl_ifc_mcqi_activation_method_bits) == 0x20);

/* C type union mlx5_ifc_mcqi_reg_data_bits. */
union mlx5ctl_ifc_mcqi_reg_data_bits {
	struct mlx5ctl_ifc_mcqi_cap_bits mcqi_caps;
	struct mlx5ctl_ifc_mcqi_version_bits mcqi_version;
	struct mlx5ctl_ifc_mcqi_activation_method_bits mcqi_activation_mathod;
};

static_assert(sizeof(union mlx5ctl_ifc_mcqi_reg_data_bits) == 0x3e0);

/* C type struct mlx5_ifc_mcqi_reg_bits. */
struct mlx5ctl_ifc_mcqi_reg_bits {
	u8         read_pending_component[0x1];
	u8         reserved_at_1[0xf];
	u8         component_index[0x10];
	u8         reserved_at_20[0x20];
	u8         reserved_at_40[0x1b];
	u8         info_type[0x5];
	u8         info_size[0x20];
	u8         offset[0x20];
	u8         reserved_at_a0[0x10];
	u8         data_size[0x10];
	union mlx5ctl_ifc_mcqi_reg_data_bits data[0];
};

static_assert(sizeof(struct mlx5ctl_ifc_mcqi_reg_bits) == 0xc0);

/* C type struct mlx5_ifc_mcc_reg_bits. */
struct mlx5ctl_ifc_mcc_reg_bits {
	u8         reserved_at_0[0x4];
	u8         time_elapsed_since_last_cmd[0xc];
	u8         reserved_at_10[0x8];
	u8         instruction[0x8];
	u8         reserved_at_20[0x10];
	u8         component_index[0x10];
	u8         reserved_at_40[0x8];
	u8         update_handle[0x18];
	u8         handle_owner_type[0x4];
	u8         handle_owner_host_id[0x4];
	u8         reserved_at_68[0x1];
	u8         control_progress[0x7];
	u8         error_code[0x8];
	u8         reserved_at_78[0x4];
	u8         control_state[0x4];
	u8         component_size[0x20];
	u8         reserved_at_a0[0x60];
};

static_assert(sizeof(struct mlx5ctl_ifc_mcc_reg_bits) == 0x100);

/* C type struct mlx5_ifc_mcda_reg_bits. */
struct mlx5ctl_ifc_mcda_reg_bits {
	u8         reserved_at_0[0x8];
	u8         update_handle[0x18];
	u8         offset[0x20];
	u8         reserved_at_40[0x10];
	u8         size[0x10];
	u8         reserved_at_60[0x20];
	u8         data[0][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mcda_reg_bits) == 0x80);

/* C type struct mlx5_ifc_mfrl_reg_bits. */
struct mlx5ctl_ifc_mfrl_reg_bits {
	u8         reserved_at_0[0x20];
	u8         reserved_at_20[0x2];
	u8         pci_sync_for_fw_update_start[0x1];
	u8         pci_sync_for_fw_update_resp[0x2];
	u8         rst_type_sel[0x3];
	u8         reserved_at_28[0x4];
	u8         reset_state[0x4];
	u8         reset_type[0x8];
	u8         reset_level[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_mfrl_reg_bits) == 0x40);

/* C type struct mlx5_ifc_mirc_reg_bits. */
struct mlx5ctl_ifc_mirc_reg_bits {
	u8         reserved_at_0[0x18];
	u8         status_code[0x8];
	u8         reserved_at_20[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mirc_reg_bits) == 0x40);

/* C type struct mlx5_ifc_pddr_monitor_opcode_bits. */
struct mlx5ctl_ifc_pddr_monitor_opcode_bits {
	u8         reserved_at_0[0x10];
	u8         monitor_opcode[0x10];
};

static_assert(sizeof(struct mlx5ctl_ifc_pddr_monitor_opcode_bits) == 0x20);

/* C type union mlx5_ifc_pddr_troubleshooting_page_status_opcode_auto_bits. */
union mlx5ctl_ifc_pddr_troubleshooting_page_status_opcode_auto_bits {
	struct mlx5ctl_ifc_pddr_monitor_opcode_bits pddr_monitor_opcode;
	u8         reserved_at_0[0x20];
};

static_assert(sizeof(union mlx5ctl_ifc_pddr_troubleshooting_page_status_opcode_auto_bits) == 0x20);

/* C type struct mlx5_ifc_pddr_troubleshooting_page_bits. */
struct mlx5ctl_ifc_pddr_troubleshooting_page_bits {
	u8         reserved_at_0[0x10];
	u8         group_opcode[0x10];
	union mlx5ctl_ifc_pddr_troubleshooting_page_status_opcode_auto_bits status_opcode;
	u8         reserved_at_40[0x20];
	u8         status_message[59][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_pddr_troubleshooting_page_bits) == 0x7c0);

/* C type union mlx5_ifc_pddr_reg_page_data_auto_bits. */
union mlx5ctl_ifc_pddr_reg_page_data_auto_bits {
	struct mlx5ctl_ifc_pddr_troubleshooting_page_bits pddr_troubleshooting_page;
	u8         reserved_at_0[0x7c0];
};

static_assert(sizeof(union mlx5ctl_ifc_pddr_reg_page_data_auto_bits) == 0x7c0);

/* C type struct mlx5_ifc_pddr_reg_bits. */
struct mlx5ctl_ifc_pddr_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         pnat[0x2];
	u8         reserved_at_12[0xe];
	u8         reserved_at_20[0x18];
	u8         page_select[0x8];
	union mlx5ctl_ifc_pddr_reg_page_data_auto_bits page_data;
};

static_assert(sizeof(struct mlx5ctl_ifc_pddr_reg_bits) == 0x800);

/* C type struct mlx5_ifc_mrtc_reg_bits. */
struct mlx5ctl_ifc_mrtc_reg_bits {
	u8         time_synced[0x1];
	u8         reserved_at_1[0x1f];
	u8         reserved_at_20[0x20];
	u8         time_h[0x20];
	u8         time_l[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_mrtc_reg_bits) == 0x80);

/* C type union mlx5_ifc_debug_enhancements_document_bits. */
union mlx5ctl_ifc_debug_enhancements_document_bits {
	struct mlx5ctl_ifc_health_buffer_bits health_buffer;
	u8         reserved_at_0[0x200];
};

static_assert(sizeof(union mlx5ctl_ifc_debug_enhancements_document_bits) == 0x200);

/* C type union mlx5_ifc_uplink_pci_interface_document_bits. */
union mlx5ctl_ifc_uplink_pci_interface_document_bits {
	struct mlx5ctl_ifc_initial_seg_bits initial_seg;
	u8         reserved_at_0[0x20060];
};

static_assert(sizeof(union mlx5ctl_ifc_uplink_pci_interface_document_bits) == 0x20060);

/* C type struct mlx5_ifc_set_flow_table_root_out_bits. */
struct mlx5ctl_ifc_set_flow_table_root_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_flow_table_root_out_bits) == 0x80);

/* C type struct mlx5_ifc_set_flow_table_root_in_bits. */
struct mlx5ctl_ifc_set_flow_table_root_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x20];
	u8         table_type[0x8];
	u8         reserved_at_88[0x7];
	u8         table_of_other_vport[0x1];
	u8         table_vport_number[0x10];
	u8         reserved_at_a0[0x8];
	u8         table_id[0x18];
	u8         reserved_at_c0[0x8];
	u8         underlay_qpn[0x18];
	u8         table_eswitch_owner_vhca_id_valid[0x1];
	u8         reserved_at_e1[0xf];
	u8         table_eswitch_owner_vhca_id[0x10];
	u8         reserved_at_100[0x100];
};

static_assert(sizeof(struct mlx5ctl_ifc_set_flow_table_root_in_bits) == 0x200);

/* C type struct mlx5_ifc_modify_flow_table_out_bits. */
struct mlx5ctl_ifc_modify_flow_table_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_flow_table_out_bits) == 0x80);

/* C type struct mlx5_ifc_modify_flow_table_in_bits. */
struct mlx5ctl_ifc_modify_flow_table_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         other_vport[0x1];
	u8         reserved_at_41[0xf];
	u8         vport_number[0x10];
	u8         reserved_at_60[0x10];
	u8         modify_field_select[0x10];
	u8         table_type[0x8];
	u8         reserved_at_88[0x18];
	u8         reserved_at_a0[0x8];
	u8         table_id[0x18];
	struct mlx5ctl_ifc_flow_table_context_bits flow_table_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_flow_table_in_bits) == 0x200);

/* C type struct mlx5_ifc_ets_tcn_config_reg_bits. */
struct mlx5ctl_ifc_ets_tcn_config_reg_bits {
	u8         g[0x1];
	u8         b[0x1];
	u8         r[0x1];
	u8         reserved_at_3[0x9];
	u8         group[0x4];
	u8         reserved_at_10[0x9];
	u8         bw_allocation[0x7];
	u8         reserved_at_20[0xc];
	u8         max_bw_units[0x4];
	u8         reserved_at_30[0x8];
	u8         max_bw_value[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_ets_tcn_config_reg_bits) == 0x40);

/* C type struct mlx5_ifc_ets_global_config_reg_bits. */
struct mlx5ctl_ifc_ets_global_config_reg_bits {
	u8         reserved_at_0[0x2];
	u8         r[0x1];
	u8         reserved_at_3[0x1d];
	u8         reserved_at_20[0xc];
	u8         max_bw_units[0x4];
	u8         reserved_at_30[0x8];
	u8         max_bw_value[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_ets_global_config_reg_bits) == 0x40);

/* C type struct mlx5_ifc_qetc_reg_bits. */
struct mlx5ctl_ifc_qetc_reg_bits {
	u8         reserved_at_0[0x8];
	u8         port_number[0x8];
	u8         reserved_at_10[0x30];
	struct mlx5ctl_ifc_ets_tcn_config_reg_bits tc_configuration[8];
	struct mlx5ctl_ifc_ets_global_config_reg_bits global_configuration;
};

static_assert(sizeof(struct mlx5ctl_ifc_qetc_reg_bits) == 0x280);

/* C type struct mlx5_ifc_qpdpm_dscp_reg_bits. */
struct mlx5ctl_ifc_qpdpm_dscp_reg_bits {
	u8         e[0x1];
	u8         reserved_at_1[0xb];
	u8         prio[0x4];
};

static_assert(sizeof(struct mlx5ctl_ifc_qpdpm_dscp_reg_bits) == 0x10);

/* C type struct mlx5_ifc_qpdpm_reg_bits. */
struct mlx5ctl_ifc_qpdpm_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x10];
	struct mlx5ctl_ifc_qpdpm_dscp_reg_bits dscp[64];
};

static_assert(sizeof(struct mlx5ctl_ifc_qpdpm_reg_bits) == 0x420);

/* C type struct mlx5_ifc_qpts_reg_bits. */
struct mlx5ctl_ifc_qpts_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x2d];
	u8         trust_state[0x3];
};

static_assert(sizeof(struct mlx5ctl_ifc_qpts_reg_bits) == 0x40);

/* C type struct mlx5_ifc_pptb_reg_bits. */
struct mlx5ctl_ifc_pptb_reg_bits {
	u8         reserved_at_0[0x2];
	u8         mm[0x2];
	u8         reserved_at_4[0x4];
	u8         local_port[0x8];
	u8         reserved_at_10[0x6];
	u8         cm[0x1];
	u8         um[0x1];
	u8         pm[0x8];
	u8         prio_x_buff[0x20];
	u8         pm_msb[0x8];
	u8         reserved_at_48[0x10];
	u8         ctrl_buff[0x4];
	u8         untagged_buff[0x4];
};

static_assert(sizeof(struct mlx5ctl_ifc_pptb_reg_bits) == 0x60);

/* C type struct mlx5_ifc_sbcam_reg_bits. */
struct mlx5ctl_ifc_sbcam_reg_bits {
	u8         reserved_at_0[0x8];
	u8         feature_group[0x8];
	u8         reserved_at_10[0x8];
	u8         access_reg_group[0x8];
	u8         reserved_at_20[0x20];
	u8         sb_access_reg_cap_mask[4][0x20];
	u8         reserved_at_c0[0x80];
	u8         sb_feature_cap_mask[4][0x20];
	u8         reserved_at_1c0[0x40];
	u8         cap_total_buffer_size[0x20];
	u8         cap_cell_size[0x10];
	u8         cap_max_pg_buffers[0x8];
	u8         cap_num_pool_supported[0x8];
	u8         reserved_at_240[0x8];
	u8         cap_sbsr_stat_size[0x8];
	u8         cap_max_tclass_data[0x8];
	u8         cap_max_cpu_ingress_tclass_sb[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_sbcam_reg_bits) == 0x260);

/* C type struct mlx5_ifc_pbmc_reg_bits. */
struct mlx5ctl_ifc_pbmc_reg_bits {
	u8         reserved_at_0[0x8];
	u8         local_port[0x8];
	u8         reserved_at_10[0x10];
	u8         xoff_timer_value[0x10];
	u8         xoff_refresh[0x10];
	u8         reserved_at_40[0x9];
	u8         fullness_threshold[0x7];
	u8         port_buffer_size[0x10];
	struct mlx5ctl_ifc_bufferx_reg_bits buffer[10];
	u8         reserved_at_2e0[0x80];
};

static_assert(sizeof(struct mlx5ctl_ifc_pbmc_reg_bits) == 0x360);

/* C type struct mlx5_ifc_sbpr_reg_bits. */
struct mlx5ctl_ifc_sbpr_reg_bits {
	u8         desc[0x1];
	u8         snap[0x1];
	u8         reserved_at_2[0x4];
	u8         dir[0x2];
	u8         reserved_at_8[0x14];
	u8         pool[0x4];
	u8         infi_size[0x1];
	u8         reserved_at_21[0x7];
	u8         size[0x18];
	u8         reserved_at_40[0x1c];
	u8         mode[0x4];
	u8         reserved_at_60[0x8];
	u8         buff_occupancy[0x18];
	u8         clr[0x1];
	u8         reserved_at_81[0x7];
	u8         max_buff_occupancy[0x18];
	u8         reserved_at_a0[0x8];
	u8         ext_buff_occupancy[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_sbpr_reg_bits) == 0xc0);

/* C type struct mlx5_ifc_sbcm_reg_bits. */
struct mlx5ctl_ifc_sbcm_reg_bits {
	u8         desc[0x1];
	u8         snap[0x1];
	u8         reserved_at_2[0x6];
	u8         local_port[0x8];
	u8         pnat[0x2];
	u8         pg_buff[0x6];
	u8         reserved_at_18[0x6];
	u8         dir[0x2];
	u8         reserved_at_20[0x1f];
	u8         exc[0x1];
	u8         reserved_at_40[0x40];
	u8         reserved_at_80[0x8];
	u8         buff_occupancy[0x18];
	u8         clr[0x1];
	u8         reserved_at_a1[0x7];
	u8         max_buff_occupancy[0x18];
	u8         reserved_at_c0[0x8];
	u8         min_buff[0x18];
	u8         infi_max[0x1];
	u8         reserved_at_e1[0x7];
	u8         max_buff[0x18];
	u8         reserved_at_100[0x20];
	u8         reserved_at_120[0x1c];
	u8         pool[0x4];
};

static_assert(sizeof(struct mlx5ctl_ifc_sbcm_reg_bits) == 0x140);

/* C type struct mlx5_ifc_qtct_reg_bits. */
struct mlx5ctl_ifc_qtct_reg_bits {
	u8         reserved_at_0[0x8];
	u8         port_number[0x8];
	u8         reserved_at_10[0xd];
	u8         prio[0x3];
	u8         reserved_at_20[0x1d];
	u8         tclass[0x3];
};

static_assert(sizeof(struct mlx5ctl_ifc_qtct_reg_bits) == 0x40);

/* C type struct mlx5_ifc_dcbx_param_bits. */
struct mlx5ctl_ifc_dcbx_param_bits {
	u8         dcbx_cee_cap[0x1];
	u8         dcbx_ieee_cap[0x1];
	u8         dcbx_standby_cap[0x1];
	u8         reserved_at_3[0x5];
	u8         port_number[0x8];
	u8         reserved_at_10[0xa];
	u8         max_application_table_size[0x6];
	u8         reserved_at_20[0x15];
	u8         version_oper[0x3];
	u8         reserved_at_38[0x5];
	u8         version_admin[0x3];
	u8         willing_admin[0x1];
	u8         reserved_at_41[0x3];
	u8         pfc_cap_oper[0x4];
	u8         reserved_at_48[0x4];
	u8         pfc_cap_admin[0x4];
	u8         reserved_at_50[0x4];
	u8         num_of_tc_oper[0x4];
	u8         reserved_at_58[0x4];
	u8         num_of_tc_admin[0x4];
	u8         remote_willing[0x1];
	u8         reserved_at_61[0x3];
	u8         remote_pfc_cap[0x4];
	u8         reserved_at_68[0x14];
	u8         remote_num_of_tc[0x4];
	u8         reserved_at_80[0x18];
	u8         error[0x8];
	u8         reserved_at_a0[0x160];
};

static_assert(sizeof(struct mlx5ctl_ifc_dcbx_param_bits) == 0x200);

/* C type struct mlx5_ifc_lagc_bits. */
struct mlx5ctl_ifc_lagc_bits {
	u8         fdb_selection_mode[0x1];
	u8         reserved_at_1[0x14];
	u8         port_select_mode[0x3];
	u8         reserved_at_18[0x5];
	u8         lag_state[0x3];
	u8         reserved_at_20[0xc];
	u8         active_port[0x4];
	u8         reserved_at_30[0x4];
	u8         tx_remap_affinity_2[0x4];
	u8         reserved_at_38[0x4];
	u8         tx_remap_affinity_1[0x4];
};

static_assert(sizeof(struct mlx5ctl_ifc_lagc_bits) == 0x40);

/* C type struct mlx5_ifc_create_lag_out_bits. */
struct mlx5ctl_ifc_create_lag_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_lag_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_lag_in_bits. */
struct mlx5ctl_ifc_create_lag_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	struct mlx5ctl_ifc_lagc_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_lag_in_bits) == 0x80);

/* C type struct mlx5_ifc_modify_lag_out_bits. */
struct mlx5ctl_ifc_modify_lag_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_lag_out_bits) == 0x80);

/* C type struct mlx5_ifc_modify_lag_in_bits. */
struct mlx5ctl_ifc_modify_lag_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x20];
	u8         field_select[0x20];
	struct mlx5ctl_ifc_lagc_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_lag_in_bits) == 0xc0);

/* C type struct mlx5_ifc_query_lag_out_bits. */
struct mlx5ctl_ifc_query_lag_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	struct mlx5ctl_ifc_lagc_bits ctx;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_lag_out_bits) == 0x80);

/* C type struct mlx5_ifc_query_lag_in_bits. */
struct mlx5ctl_ifc_query_lag_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_lag_in_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_lag_out_bits. */
struct mlx5ctl_ifc_destroy_lag_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_lag_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_lag_in_bits. */
struct mlx5ctl_ifc_destroy_lag_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_lag_in_bits) == 0x80);

/* C type struct mlx5_ifc_create_vport_lag_out_bits. */
struct mlx5ctl_ifc_create_vport_lag_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_vport_lag_out_bits) == 0x80);

/* C type struct mlx5_ifc_create_vport_lag_in_bits. */
struct mlx5ctl_ifc_create_vport_lag_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_create_vport_lag_in_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_vport_lag_out_bits. */
struct mlx5ctl_ifc_destroy_vport_lag_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_vport_lag_out_bits) == 0x80);

/* C type struct mlx5_ifc_destroy_vport_lag_in_bits. */
struct mlx5ctl_ifc_destroy_vport_lag_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_destroy_vport_lag_in_bits) == 0x80);

/* C type struct mlx5_ifc_modify_memic_in_bits. */
struct mlx5ctl_ifc_modify_memic_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x20];
	u8         reserved_at_60[0x18];
	u8         memic_operation_type[0x8];
	u8         memic_start_addr[0x40];
	u8         reserved_at_c0[0x140];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_memic_in_bits) == 0x200);

/* C type struct mlx5_ifc_modify_memic_out_bits. */
struct mlx5ctl_ifc_modify_memic_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	u8         memic_operation_addr[0x40];
	u8         reserved_at_c0[0x140];
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_memic_out_bits) == 0x200);

/* C type struct mlx5_ifc_alloc_memic_in_bits. */
struct mlx5ctl_ifc_alloc_memic_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x20];
	u8         reserved_at_60[0x18];
	u8         log_memic_addr_alignment[0x8];
	u8         range_start_addr[0x40];
	u8         range_size[0x20];
	u8         memic_size[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_memic_in_bits) == 0x100);

/* C type struct mlx5_ifc_alloc_memic_out_bits. */
struct mlx5ctl_ifc_alloc_memic_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         memic_start_addr[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_memic_out_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_memic_in_bits. */
struct mlx5ctl_ifc_dealloc_memic_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
	u8         memic_start_addr[0x40];
	u8         memic_size[0x20];
	u8         reserved_at_e0[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_memic_in_bits) == 0x100);

/* C type struct mlx5_ifc_dealloc_memic_out_bits. */
struct mlx5ctl_ifc_dealloc_memic_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_memic_out_bits) == 0x80);

/* C type struct mlx5_ifc_sw_icm_bits. */
struct mlx5ctl_ifc_sw_icm_bits {
	u8         modify_field_select[0x40];
	u8         reserved_at_40[0x18];
	u8         log_sw_icm_size[0x8];
	u8         reserved_at_60[0x20];
	u8         sw_icm_start_addr[0x40];
	u8         reserved_at_c0[0x140];
};

static_assert(sizeof(struct mlx5ctl_ifc_sw_icm_bits) == 0x200);

/* C type struct mlx5_ifc_geneve_tlv_option_bits. */
struct mlx5ctl_ifc_geneve_tlv_option_bits {
	u8         modify_field_select[0x40];
	u8         reserved_at_40[0x18];
	u8         geneve_option_fte_index[0x8];
	u8         option_class[0x10];
	u8         option_type[0x8];
	u8         reserved_at_78[0x3];
	u8         option_data_length[0x5];
	u8         reserved_at_80[0x180];
};

static_assert(sizeof(struct mlx5ctl_ifc_geneve_tlv_option_bits) == 0x200);

/* C type struct mlx5_ifc_create_sw_icm_in_bits. */
struct mlx5ctl_ifc_create_sw_icm_in_bits {
	struct mlx5ctl_ifc_general_obj_in_cmd_hdr_bits hdr;
	struct mlx5ctl_ifc_sw_icm_bits sw_icm;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_sw_icm_in_bits) == 0x280);

/* C type struct mlx5_ifc_create_geneve_tlv_option_in_bits. */
struct mlx5ctl_ifc_create_geneve_tlv_option_in_bits {
	struct mlx5ctl_ifc_general_obj_in_cmd_hdr_bits hdr;
	struct mlx5ctl_ifc_geneve_tlv_option_bits geneve_tlv_opt;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_geneve_tlv_option_in_bits) == 0x280);

/* C type struct mlx5_ifc_mtrc_string_db_param_bits. */
struct mlx5ctl_ifc_mtrc_string_db_param_bits {
	u8         string_db_base_address[0x20];
	u8         reserved_at_20[0x8];
	u8         string_db_size[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_mtrc_string_db_param_bits) == 0x40);

/* C type struct mlx5_ifc_mtrc_cap_bits. */
struct mlx5ctl_ifc_mtrc_cap_bits {
	u8         trace_owner[0x1];
	u8         trace_to_memory[0x1];
	u8         reserved_at_2[0x4];
	u8         trc_ver[0x2];
	u8         reserved_at_8[0x14];
	u8         num_string_db[0x4];
	u8         first_string_trace[0x8];
	u8         num_string_trace[0x8];
	u8         reserved_at_30[0x28];
	u8         log_max_trace_buffer_size[0x8];
	u8         reserved_at_60[0x20];
	struct mlx5ctl_ifc_mtrc_string_db_param_bits string_db_param[8];
	u8         reserved_at_280[0x180];
};

static_assert(sizeof(struct mlx5ctl_ifc_mtrc_cap_bits) == 0x400);

/* C type struct mlx5_ifc_mtrc_conf_bits. */
struct mlx5ctl_ifc_mtrc_conf_bits {
	u8         reserved_at_0[0x1c];
	u8         trace_mode[0x4];
	u8         reserved_at_20[0x18];
	u8         log_trace_buffer_size[0x8];
	u8         trace_mkey[0x20];
	u8         reserved_at_60[0x3a0];
};

static_assert(sizeof(struct mlx5ctl_ifc_mtrc_conf_bits) == 0x400);

/* C type struct mlx5_ifc_mtrc_stdb_bits. */
struct mlx5ctl_ifc_mtrc_stdb_bits {
	u8         string_db_index[0x4];
	u8         reserved_at_4[0x4];
	u8         read_size[0x18];
	u8         start_offset[0x20];
	u8         string_db_data[0][0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_mtrc_stdb_bits) == 0x40);

/* C type struct mlx5_ifc_mtrc_ctrl_bits. */
struct mlx5ctl_ifc_mtrc_ctrl_bits {
	u8         trace_status[0x2];
	u8         reserved_at_2[0x2];
	u8         arm_event[0x1];
	u8         reserved_at_5[0xb];
	u8         modify_field_select[0x10];
	u8         reserved_at_20[0x2b];
	u8         current_timestamp52_32[0x15];
	u8         current_timestamp31_0[0x20];
	u8         reserved_at_80[0x180];
};

static_assert(sizeof(struct mlx5ctl_ifc_mtrc_ctrl_bits) == 0x200);

/* C type struct mlx5_ifc_host_params_context_bits. */
struct mlx5ctl_ifc_host_params_context_bits {
	u8         host_number[0x8];
	u8         reserved_at_8[0x5];
	u8         host_pf_not_exist[0x1];
	u8         reserved_at_e[0x1];
	u8         host_pf_disabled[0x1];
	u8         host_num_of_vfs[0x10];
	u8         host_total_vfs[0x10];
	u8         host_pci_bus[0x10];
	u8         reserved_at_40[0x10];
	u8         host_pci_device[0x10];
	u8         reserved_at_60[0x10];
	u8         host_pci_function[0x10];
	u8         reserved_at_80[0x180];
};

static_assert(sizeof(struct mlx5ctl_ifc_host_params_context_bits) == 0x200);

/* C type struct mlx5_ifc_query_esw_functions_in_bits. */
struct mlx5ctl_ifc_query_esw_functions_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_esw_functions_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_esw_functions_out_bits. */
struct mlx5ctl_ifc_query_esw_functions_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	struct mlx5ctl_ifc_host_params_context_bits host_params_context;
	u8         reserved_at_280[0x180];
	u8         host_sf_enable[0][0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_esw_functions_out_bits) == 0x400);

/* C type struct mlx5_ifc_sf_partition_bits. */
struct mlx5ctl_ifc_sf_partition_bits {
	u8         reserved_at_0[0x10];
	u8         log_num_sf[0x8];
	u8         log_sf_bar_size[0x8];
};

static_assert(sizeof(struct mlx5ctl_ifc_sf_partition_bits) == 0x20);

/* C type struct mlx5_ifc_query_sf_partitions_out_bits. */
struct mlx5ctl_ifc_query_sf_partitions_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x18];
	u8         num_sf_partitions[0x8];
	u8         reserved_at_60[0x20];
	struct mlx5ctl_ifc_sf_partition_bits sf_partition[0];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_sf_partitions_out_bits) == 0x80);

/* C type struct mlx5_ifc_query_sf_partitions_in_bits. */
struct mlx5ctl_ifc_query_sf_partitions_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_sf_partitions_in_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_sf_out_bits. */
struct mlx5ctl_ifc_dealloc_sf_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_sf_out_bits) == 0x80);

/* C type struct mlx5_ifc_dealloc_sf_in_bits. */
struct mlx5ctl_ifc_dealloc_sf_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	u8         function_id[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_dealloc_sf_in_bits) == 0x80);

/* C type struct mlx5_ifc_alloc_sf_out_bits. */
struct mlx5ctl_ifc_alloc_sf_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_sf_out_bits) == 0x80);

/* C type struct mlx5_ifc_alloc_sf_in_bits. */
struct mlx5ctl_ifc_alloc_sf_in_bits {
	u8         opcode[0x10];
	u8         reserved_at_10[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	u8         function_id[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_alloc_sf_in_bits) == 0x80);

/* C type struct mlx5_ifc_affiliated_event_header_bits. */
struct mlx5ctl_ifc_affiliated_event_header_bits {
	u8         reserved_at_0[0x10];
	u8         obj_type[0x10];
	u8         obj_id[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_affiliated_event_header_bits) == 0x40);

/* C type struct mlx5_ifc_ipsec_obj_bits. */
struct mlx5ctl_ifc_ipsec_obj_bits {
	u8         modify_field_select[0x40];
	u8         full_offload[0x1];
	u8         reserved_at_41[0x1];
	u8         esn_en[0x1];
	u8         esn_overlap[0x1];
	u8         reserved_at_44[0x2];
	u8         icv_length[0x2];
	u8         reserved_at_48[0x4];
	u8         aso_return_reg[0x4];
	u8         reserved_at_50[0x10];
	u8         esn_msb[0x20];
	u8         reserved_at_80[0x8];
	u8         dekn[0x18];
	u8         salt[0x20];
	u8         implicit_iv[0x40];
	u8         reserved_at_100[0x700];
};

static_assert(sizeof(struct mlx5ctl_ifc_ipsec_obj_bits) == 0x800);

/* C type struct mlx5_ifc_create_ipsec_obj_in_bits. */
struct mlx5ctl_ifc_create_ipsec_obj_in_bits {
	struct mlx5ctl_ifc_general_obj_in_cmd_hdr_bits general_obj_in_cmd_hdr;
	struct mlx5ctl_ifc_ipsec_obj_bits ipsec_object;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_ipsec_obj_in_bits) == 0x880);

/* C type struct mlx5_ifc_query_ipsec_obj_out_bits. */
struct mlx5ctl_ifc_query_ipsec_obj_out_bits {
	struct mlx5ctl_ifc_general_obj_out_cmd_hdr_bits general_obj_out_cmd_hdr;
	struct mlx5ctl_ifc_ipsec_obj_bits ipsec_object;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_ipsec_obj_out_bits) == 0x880);

/* C type struct mlx5_ifc_modify_ipsec_obj_in_bits. */
struct mlx5ctl_ifc_modify_ipsec_obj_in_bits {
	struct mlx5ctl_ifc_general_obj_in_cmd_hdr_bits general_obj_in_cmd_hdr;
	struct mlx5ctl_ifc_ipsec_obj_bits ipsec_object;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_ipsec_obj_in_bits) == 0x880);

/* C type struct mlx5_ifc_macsec_aso_bits. */
struct mlx5ctl_ifc_macsec_aso_bits {
	u8         valid[0x1];
	u8         reserved_at_1[0x1];
	u8         mode[0x2];
	u8         window_size[0x2];
	u8         soft_lifetime_arm[0x1];
	u8         hard_lifetime_arm[0x1];
	u8         remove_flow_enable[0x1];
	u8         epn_event_arm[0x1];
	u8         reserved_at_a[0x16];
	u8         remove_flow_packet_count[0x20];
	u8         remove_flow_soft_lifetime[0x20];
	u8         reserved_at_60[0x80];
	u8         mode_parameter[0x20];
	u8         replay_protection_window[8][0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_macsec_aso_bits) == 0x200);

/* C type struct mlx5_ifc_macsec_offload_obj_bits. */
struct mlx5ctl_ifc_macsec_offload_obj_bits {
	u8         modify_field_select[0x40];
	u8         confidentiality_en[0x1];
	u8         reserved_at_41[0x1];
	u8         epn_en[0x1];
	u8         epn_overlap[0x1];
	u8         reserved_at_44[0x2];
	u8         confidentiality_offset[0x2];
	u8         reserved_at_48[0x4];
	u8         aso_return_reg[0x4];
	u8         reserved_at_50[0x10];
	u8         epn_msb[0x20];
	u8         reserved_at_80[0x8];
	u8         dekn[0x18];
	u8         reserved_at_a0[0x20];
	u8         sci[0x40];
	u8         reserved_at_100[0x8];
	u8         macsec_aso_access_pd[0x18];
	u8         reserved_at_120[0x60];
	u8         salt[3][0x20];
	u8         reserved_at_1e0[0x20];
	struct mlx5ctl_ifc_macsec_aso_bits macsec_aso;
};

static_assert(sizeof(struct mlx5ctl_ifc_macsec_offload_obj_bits) == 0x400);

/* C type struct mlx5_ifc_create_macsec_obj_in_bits. */
struct mlx5ctl_ifc_create_macsec_obj_in_bits {
	struct mlx5ctl_ifc_general_obj_in_cmd_hdr_bits general_obj_in_cmd_hdr;
	struct mlx5ctl_ifc_macsec_offload_obj_bits macsec_object;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_macsec_obj_in_bits) == 0x480);

/* C type struct mlx5_ifc_modify_macsec_obj_in_bits. */
struct mlx5ctl_ifc_modify_macsec_obj_in_bits {
	struct mlx5ctl_ifc_general_obj_in_cmd_hdr_bits general_obj_in_cmd_hdr;
	struct mlx5ctl_ifc_macsec_offload_obj_bits macsec_object;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_macsec_obj_in_bits) == 0x480);

/* C type struct mlx5_ifc_query_macsec_obj_out_bits. */
struct mlx5ctl_ifc_query_macsec_obj_out_bits {
	struct mlx5ctl_ifc_general_obj_out_cmd_hdr_bits general_obj_out_cmd_hdr;
	struct mlx5ctl_ifc_macsec_offload_obj_bits macsec_object;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_macsec_obj_out_bits) == 0x480);

/* C type struct mlx5_ifc_encryption_key_obj_bits. */
struct mlx5ctl_ifc_encryption_key_obj_bits {
	u8         modify_field_select[0x40];
	u8         reserved_at_40[0x14];
	u8         key_size[0x4];
	u8         reserved_at_58[0x4];
	u8         key_type[0x4];
	u8         reserved_at_60[0x8];
	u8         pd[0x18];
	u8         reserved_at_80[0x180];
	u8         key[8][0x20];
	u8         reserved_at_300[0x500];
};

static_assert(sizeof(struct mlx5ctl_ifc_encryption_key_obj_bits) == 0x800);

/* C type struct mlx5_ifc_create_encryption_key_in_bits. */
struct mlx5ctl_ifc_create_encryption_key_in_bits {
	struct mlx5ctl_ifc_general_obj_in_cmd_hdr_bits general_obj_in_cmd_hdr;
	struct mlx5ctl_ifc_encryption_key_obj_bits encryption_key_object;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_encryption_key_in_bits) == 0x880);

/* C type struct mlx5_ifc_flow_meter_parameters_bits. */
struct mlx5ctl_ifc_flow_meter_parameters_bits {
	u8         valid[0x1];
	u8         bucket_overflow[0x1];
	u8         start_color[0x2];
	u8         both_buckets_on_green[0x1];
	u8         reserved_at_5[0x1];
	u8         meter_mode[0x2];
	u8         reserved_at_8[0x18];
	u8         reserved_at_20[0x20];
	u8         reserved_at_40[0x3];
	u8         cbs_exponent[0x5];
	u8         cbs_mantissa[0x8];
	u8         reserved_at_50[0x3];
	u8         cir_exponent[0x5];
	u8         cir_mantissa[0x8];
	u8         reserved_at_60[0x20];
	u8         reserved_at_80[0x3];
	u8         ebs_exponent[0x5];
	u8         ebs_mantissa[0x8];
	u8         reserved_at_90[0x3];
	u8         eir_exponent[0x5];
	u8         eir_mantissa[0x8];
	u8         reserved_at_a0[0x60];
};

static_assert(sizeof(struct mlx5ctl_ifc_flow_meter_parameters_bits) == 0x100);

/* C type struct mlx5_ifc_flow_meter_aso_obj_bits. */
struct mlx5ctl_ifc_flow_meter_aso_obj_bits {
	u8         modify_field_select[0x40];
	u8         reserved_at_40[0x40];
	u8         reserved_at_80[0x8];
	u8         meter_aso_access_pd[0x18];
	u8         reserved_at_a0[0x160];
	struct mlx5ctl_ifc_flow_meter_parameters_bits flow_meter_parameters[2];
};

static_assert(sizeof(struct mlx5ctl_ifc_flow_meter_aso_obj_bits) == 0x400);

/* C type struct mlx5_ifc_create_flow_meter_aso_obj_in_bits. */
struct mlx5ctl_ifc_create_flow_meter_aso_obj_in_bits {
	struct mlx5ctl_ifc_general_obj_in_cmd_hdr_bits hdr;
	struct mlx5ctl_ifc_flow_meter_aso_obj_bits flow_meter_aso_obj;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_flow_meter_aso_obj_in_bits) == 0x480);

/* C type struct mlx5_ifc_sampler_obj_bits. */
struct mlx5ctl_ifc_sampler_obj_bits {
	u8         modify_field_select[0x40];
	u8         table_type[0x8];
	u8         level[0x8];
	u8         reserved_at_50[0xf];
	u8         ignore_flow_level[0x1];
	u8         sample_ratio[0x20];
	u8         reserved_at_80[0x8];
	u8         sample_table_id[0x18];
	u8         reserved_at_a0[0x8];
	u8         default_table_id[0x18];
	u8         sw_steering_icm_address_rx[0x40];
	u8         sw_steering_icm_address_tx[0x40];
	u8         reserved_at_140[0xa0];
};

static_assert(sizeof(struct mlx5ctl_ifc_sampler_obj_bits) == 0x1e0);

/* C type struct mlx5_ifc_create_sampler_obj_in_bits. */
struct mlx5ctl_ifc_create_sampler_obj_in_bits {
	struct mlx5ctl_ifc_general_obj_in_cmd_hdr_bits general_obj_in_cmd_hdr;
	struct mlx5ctl_ifc_sampler_obj_bits sampler_object;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_sampler_obj_in_bits) == 0x260);

/* C type struct mlx5_ifc_query_sampler_obj_out_bits. */
struct mlx5ctl_ifc_query_sampler_obj_out_bits {
	struct mlx5ctl_ifc_general_obj_out_cmd_hdr_bits general_obj_out_cmd_hdr;
	struct mlx5ctl_ifc_sampler_obj_bits sampler_object;
};

static_assert(sizeof(struct mlx5ctl_ifc_query_sampler_obj_out_bits) == 0x260);

/* C type struct mlx5_ifc_tls_static_params_bits. */
struct mlx5ctl_ifc_tls_static_params_bits {
	u8         const_2[0x2];
	u8         tls_version[0x4];
	u8         const_1[0x2];
	u8         reserved_at_8[0x14];
	u8         encryption_standard[0x4];
	u8         reserved_at_20[0x20];
	u8         initial_record_number[0x40];
	u8         resync_tcp_sn[0x20];
	u8         gcm_iv[0x20];
	u8         implicit_iv[0x40];
	u8         reserved_at_100[0x8];
	u8         dek_index[0x18];
	u8         reserved_at_120[0xe0];
};

static_assert(sizeof(struct mlx5ctl_ifc_tls_static_params_bits) == 0x200);

/* C type struct mlx5_ifc_tls_progress_params_bits. */
struct mlx5ctl_ifc_tls_progress_params_bits {
	u8         next_record_tcp_sn[0x20];
	u8         hw_resync_tcp_sn[0x20];
	u8         record_tracker_state[0x2];
	u8         auth_state[0x2];
	u8         reserved_at_44[0x4];
	u8         hw_offset_record_number[0x18];
};

static_assert(sizeof(struct mlx5ctl_ifc_tls_progress_params_bits) == 0x60);

/* C type struct mlx5_ifc_suspend_vhca_in_bits. */
struct mlx5ctl_ifc_suspend_vhca_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	u8         vhca_id[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_suspend_vhca_in_bits) == 0x80);

/* C type struct mlx5_ifc_suspend_vhca_out_bits. */
struct mlx5ctl_ifc_suspend_vhca_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_suspend_vhca_out_bits) == 0x80);

/* C type struct mlx5_ifc_resume_vhca_in_bits. */
struct mlx5ctl_ifc_resume_vhca_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	u8         vhca_id[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_resume_vhca_in_bits) == 0x80);

/* C type struct mlx5_ifc_resume_vhca_out_bits. */
struct mlx5ctl_ifc_resume_vhca_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_resume_vhca_out_bits) == 0x80);

/* C type struct mlx5_ifc_query_vhca_migration_state_in_bits. */
struct mlx5ctl_ifc_query_vhca_migration_state_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	u8         vhca_id[0x10];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_vhca_migration_state_in_bits) == 0x80);

/* C type struct mlx5_ifc_query_vhca_migration_state_out_bits. */
struct mlx5ctl_ifc_query_vhca_migration_state_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
	u8         required_umem_size[0x20];
	u8         reserved_at_a0[0x160];
};

static_assert(sizeof(struct mlx5ctl_ifc_query_vhca_migration_state_out_bits) == 0x200);

/* C type struct mlx5_ifc_save_vhca_state_in_bits. */
struct mlx5ctl_ifc_save_vhca_state_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	u8         vhca_id[0x10];
	u8         reserved_at_60[0x20];
	u8         va[0x40];
	u8         mkey[0x20];
	u8         size[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_save_vhca_state_in_bits) == 0x100);

/* C type struct mlx5_ifc_save_vhca_state_out_bits. */
struct mlx5ctl_ifc_save_vhca_state_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         actual_image_size[0x20];
	u8         reserved_at_60[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_save_vhca_state_out_bits) == 0x80);

/* C type struct mlx5_ifc_load_vhca_state_in_bits. */
struct mlx5ctl_ifc_load_vhca_state_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];
	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];
	u8         reserved_at_40[0x10];
	u8         vhca_id[0x10];
	u8         reserved_at_60[0x20];
	u8         va[0x40];
	u8         mkey[0x20];
	u8         size[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_load_vhca_state_in_bits) == 0x100);

/* C type struct mlx5_ifc_load_vhca_state_out_bits. */
struct mlx5ctl_ifc_load_vhca_state_out_bits {
	u8         status[0x8];
	u8         reserved_at_8[0x18];
	u8         syndrome[0x20];
	u8         reserved_at_40[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_load_vhca_state_out_bits) == 0x80);

/* C type struct mlx5_ifc_adv_virtualization_cap_bits. */
struct mlx5ctl_ifc_adv_virtualization_cap_bits {
	u8         reserved_at_0[0x3];
	u8         pg_track_log_max_num[0x5];
	u8         pg_track_max_num_range[0x8];
	u8         pg_track_log_min_addr_space[0x8];
	u8         pg_track_log_max_addr_space[0x8];
	u8         reserved_at_20[0x3];
	u8         pg_track_log_min_msg_size[0x5];
	u8         reserved_at_28[0x3];
	u8         pg_track_log_max_msg_size[0x5];
	u8         reserved_at_30[0x3];
	u8         pg_track_log_min_page_size[0x5];
	u8         reserved_at_38[0x3];
	u8         pg_track_log_max_page_size[0x5];
	u8         reserved_at_40[0x7c0];
};

static_assert(sizeof(struct mlx5ctl_ifc_adv_virtualization_cap_bits) == 0x800);

/* C type struct mlx5_ifc_page_track_report_entry_bits. */
struct mlx5ctl_ifc_page_track_report_entry_bits {
	u8         dirty_address_high[0x20];
	u8         dirty_address_low[0x20];
};

static_assert(sizeof(struct mlx5ctl_ifc_page_track_report_entry_bits) == 0x40);

/* C type struct mlx5_ifc_page_track_range_bits. */
struct mlx5ctl_ifc_page_track_range_bits {
	u8         start_address[0x40];
	u8         length[0x40];
};

static_assert(sizeof(struct mlx5ctl_ifc_page_track_range_bits) == 0x80);

/* C type struct mlx5_ifc_page_track_bits. */
struct mlx5ctl_ifc_page_track_bits {
	u8         modify_field_select[0x40];
	u8         reserved_at_40[0x10];
	u8         vhca_id[0x10];
	u8         reserved_at_60[0x20];
	u8         state[0x4];
	u8         track_type[0x4];
	u8         log_addr_space_size[0x8];
	u8         reserved_at_90[0x3];
	u8         log_page_size[0x5];
	u8         reserved_at_98[0x3];
	u8         log_msg_size[0x5];
	u8         reserved_at_a0[0x8];
	u8         reporting_qpn[0x18];
	u8         reserved_at_c0[0x18];
	u8         num_ranges[0x8];
	u8         reserved_at_e0[0x20];
	u8         range_start_address[0x40];
	u8         length[0x40];
	struct mlx5ctl_ifc_page_track_range_bits track_range[0];
};

static_assert(sizeof(struct mlx5ctl_ifc_page_track_bits) == 0x180);

/* C type struct mlx5_ifc_create_page_track_obj_in_bits. */
struct mlx5ctl_ifc_create_page_track_obj_in_bits {
	struct mlx5ctl_ifc_general_obj_in_cmd_hdr_bits general_obj_in_cmd_hdr;
	struct mlx5ctl_ifc_page_track_bits obj_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_create_page_track_obj_in_bits) == 0x200);

/* C type struct mlx5_ifc_modify_page_track_obj_in_bits. */
struct mlx5ctl_ifc_modify_page_track_obj_in_bits {
	struct mlx5ctl_ifc_general_obj_in_cmd_hdr_bits general_obj_in_cmd_hdr;
	struct mlx5ctl_ifc_page_track_bits obj_context;
};

static_assert(sizeof(struct mlx5ctl_ifc_modify_page_track_obj_in_bits) == 0x200);

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
