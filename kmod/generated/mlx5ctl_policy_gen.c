// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * Generated from schema/mlx5 by mlx5ctl codegen; do not edit.
 * Regenerate: make generate
 *
 * The RPC policy: the commands user space may send, the least scope each needs
 * (per op_mod where the schema says so) and the mailbox lengths each accepts.
 * Commands of scope kernel are left out, so the driver refuses them.
 */

#include <linux/kernel.h>

#include "../include/uapi/misc/mlx5ctl.h"
#include "../include/mlx5ctl/ifc.h"
#include "../include/mlx5ctl/policy.h"

static const struct mlx5ctl_op_mod_scope access_reg_op_mod_scopes[] = {
	{ .op_mod = MLX5CTL_ACCESS_REG_OP_MOD_WRITE, .scope = MLX5CTL_RPC_CONFIGURATION },
};

static const struct mlx5ctl_op_mod_scope access_register_user_op_mod_scopes[] = {
	{ .op_mod = MLX5CTL_ACCESS_REG_OP_MOD_WRITE, .scope = MLX5CTL_RPC_CONFIGURATION },
};

const struct mlx5ctl_cmd_policy mlx5ctl_policy_table[] = {
	/* Read one type of device capabilities, maximum or current. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_HCA_CAP,
		.name = "QUERY_HCA_CAP",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_hca_cap_in),
		.min_outlen = 16,
	},
	/*
	 * Read the adapter identity: vendor ids, vendor-specific data and PSID.
	 */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_ADAPTER,
		.name = "QUERY_ADAPTER",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_adapter_in),
		.min_outlen = 16,
	},
	/*
	 * Read how many pages the firmware needs from the host driver (op_mod:
	 * boot, init, regular).
	 */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_PAGES,
		.name = "QUERY_PAGES",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_pages_in),
		.min_outlen = 16,
	},
	/*
	 * Set the current capabilities of one type (op_mod as QUERY_HCA_CAP).
	 */
	{
		.opcode = MLX5CTL_CMD_OP_SET_HCA_CAP,
		.name = "SET_HCA_CAP",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(set_hca_cap_in),
		.min_outlen = 16,
	},
	/*
	 * Read the interface step sequence ids the firmware supports and the
	 * one in use. At configuration scope (upstream: debug-read-only):
	 * interface identity, as QUERY_ADAPTER's.
	 */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_ISSI,
		.name = "QUERY_ISSI",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_issi_in),
		.min_outlen = 16,
	},
	/* Read the driver version string the host driver set. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_DRIVER_VERSION,
		.name = "QUERY_DRIVER_VERSION",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/*
	 * Read the capabilities of another function (op_mod as QUERY_HCA_CAP).
	 */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_OTHER_HCA_CAP,
		.name = "QUERY_OTHER_HCA_CAP",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_other_hca_cap_in),
		.min_outlen = 16,
	},
	/* Read the sub-function partitions. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_SF_PARTITION,
		.name = "QUERY_SF_PARTITION",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_sf_partitions_in),
		.min_outlen = 16,
	},
	/* Read the migration state size of a function. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_VHCA_MIGRATION_STATE,
		.name = "QUERY_VHCA_MIGRATION_STATE",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_vhca_migration_state_in),
		.min_outlen = 16,
	},
	/*
	 * Create a memory key over memory, here a umem. Allowed at
	 * debug-read-only: the object belongs to the file's firmware user
	 * context, which the driver destroys with all it owns on close, and an
	 * mkey can map only that context's own umems; a resource dump into a
	 * umem needs them.
	 */
	{
		.opcode = MLX5CTL_CMD_OP_CREATE_MKEY,
		.name = "CREATE_MKEY",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(create_mkey_in),
		.min_outlen = 16,
	},
	/* Read a memory key context by mkey index. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_MKEY,
		.name = "QUERY_MKEY",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_mkey_in),
		.min_outlen = 16,
	},
	/*
	 * Destroy a memory key. Allowed at debug-read-only: the object belongs
	 * to the file's firmware user context, which the driver destroys with
	 * all it owns on close, and an mkey can map only that context's own
	 * umems; a resource dump into a umem needs them.
	 */
	{
		.opcode = MLX5CTL_CMD_OP_DESTROY_MKEY,
		.name = "DESTROY_MKEY",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(destroy_mkey_in),
		.min_outlen = 16,
	},
	/*
	 * Read the special memory keys (reserved lkey, null mkey, dump fill
	 * mkey).
	 */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_SPECIAL_CONTEXTS,
		.name = "QUERY_SPECIAL_CONTEXTS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_special_contexts_in),
		.min_outlen = 16,
	},
	/* Read an event queue context by eqn. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_EQ,
		.name = "QUERY_EQ",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_eq_in),
		.min_outlen = 16,
	},
	/* Read a completion queue context by cqn. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_CQ,
		.name = "QUERY_CQ",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_cq_in),
		.min_outlen = 16,
	},
	/* Read a queue pair context by qpn. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_QP,
		.name = "QUERY_QP",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_qp_in),
		.min_outlen = 16,
	},
	/* Query a read database. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_RDB,
		.name = "QUERY_RDB",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read a protection signature value context. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_PSV,
		.name = "QUERY_PSV",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read a shared receive queue context by srqn. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_SRQ,
		.name = "QUERY_SRQ",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_srq_in),
		.min_outlen = 16,
	},
	/* Read an XRC shared receive queue context. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_XRC_SRQ,
		.name = "QUERY_XRC_SRQ",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_xrc_srq_in),
		.min_outlen = 16,
	},
	/* Read a dynamically connected target context by dctn. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_DCT,
		.name = "QUERY_DCT",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_dct_in),
		.min_outlen = 16,
	},
	/* Read the DC CNAK trace. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_DC_CNAK_TRACE,
		.name = "QUERY_DC_CNAK_TRACE",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read an XRQ (tag-matching receive queue) context. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_XRQ,
		.name = "QUERY_XRQ",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_xrq_in),
		.min_outlen = 16,
	},
	/* Query an NVMe-oF backend controller. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_NVMF_BACKEND_CONTROLLER,
		.name = "QUERY_NVMF_BACKEND_CONTROLLER",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read an XRQ DC parameters entry. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_XRQ_DC_PARAMS_ENTRY,
		.name = "QUERY_XRQ_DC_PARAMS_ENTRY",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read the error parameters of an XRQ. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_XRQ_ERROR_PARAMS,
		.name = "QUERY_XRQ_ERROR_PARAMS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Query an NVMe-oF namespace context. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_NVMF_NAMESPACE_CONTEXT,
		.name = "QUERY_NVMF_NAMESPACE_CONTEXT",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* List the functions adjacent to this one. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_ADJACENT_FUNCTIONS_ID,
		.name = "QUERY_ADJACENT_FUNCTIONS_ID",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Delegate management of a function (vhca) to another. */
	{
		.opcode = MLX5CTL_CMD_OP_DELEGATE_VHCA_MANAGEMENT,
		.name = "DELEGATE_VHCA_MANAGEMENT",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* List the functions delegated to this one. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_DELEGATED_VHCA,
		.name = "QUERY_DELEGATED_VHCA",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read the e-switch host function parameters (number of VFs, SFs). */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_ESW_FUNCTIONS,
		.name = "QUERY_ESW_FUNCTIONS",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_esw_functions_in),
		.min_outlen = 16,
	},
	/* Read the administrative and operational state of a vport. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_VPORT_STATE,
		.name = "QUERY_VPORT_STATE",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_vport_state_in),
		.min_outlen = 16,
	},
	/*
	 * Read the e-switch context of a vport (VLAN insertion and stripping).
	 */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_ESW_VPORT_CONTEXT,
		.name = "QUERY_ESW_VPORT_CONTEXT",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_esw_vport_context_in),
		.min_outlen = 16,
	},
	/* Read the NIC vport context of a vport. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_NIC_VPORT_CONTEXT,
		.name = "QUERY_NIC_VPORT_CONTEXT",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_nic_vport_context_in),
		.min_outlen = 16,
	},
	/* Read a RoCE address table entry (GID, MAC, VLAN, version). */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_ROCE_ADDRESS,
		.name = "QUERY_ROCE_ADDRESS",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_roce_address_in),
		.min_outlen = 16,
	},
	/* Read the InfiniBand vport context (port GUID, LID, state). */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_HCA_VPORT_CONTEXT,
		.name = "QUERY_HCA_VPORT_CONTEXT",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_hca_vport_context_in),
		.min_outlen = 16,
	},
	/* Read the GID table of a vport. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_HCA_VPORT_GID,
		.name = "QUERY_HCA_VPORT_GID",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_hca_vport_gid_in),
		.min_outlen = 16,
	},
	/* Read the P_Key table of a vport. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_HCA_VPORT_PKEY,
		.name = "QUERY_HCA_VPORT_PKEY",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_hca_vport_pkey_in),
		.min_outlen = 16,
	},
	/*
	 * Read the vNIC environment counters (e.g. steering and buffer drops).
	 */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_VNIC_ENV,
		.name = "QUERY_VNIC_ENV",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_vnic_env_in),
		.min_outlen = 16,
	},
	/* Read the traffic counters of a vport. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_VPORT_COUNTER,
		.name = "QUERY_VPORT_COUNTER",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.clears = true,
		.clear_bit = 0xc0, /* clear */
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_vport_counter_in),
		.min_outlen = 16,
	},
	/* Read a queue counter set. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_Q_COUNTER,
		.name = "QUERY_Q_COUNTER",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.clears = true,
		.clear_bit = 0xc0, /* clear */
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_q_counter_in),
		.min_outlen = 16,
	},
	/* Read a packet pacing rate-limit entry. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_RATE_LIMIT,
		.name = "QUERY_RATE_LIMIT",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read a QoS scheduling element. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_SCHEDULING_ELEMENT,
		.name = "QUERY_SCHEDULING_ELEMENT",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_scheduling_element_in),
		.min_outlen = 16,
	},
	/*
	 * Allocate a protection domain. Allowed at debug-read-only: the object
	 * belongs to the file's firmware user context, which the driver
	 * destroys with all it owns on close, and an mkey can map only that
	 * context's own umems; a resource dump into a umem needs them.
	 */
	{
		.opcode = MLX5CTL_CMD_OP_ALLOC_PD,
		.name = "ALLOC_PD",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(alloc_pd_in),
		.min_outlen = 16,
	},
	/*
	 * Free a protection domain. Allowed at debug-read-only: the object
	 * belongs to the file's firmware user context, which the driver
	 * destroys with all it owns on close, and an mkey can map only that
	 * context's own umems; a resource dump into a umem needs them.
	 */
	{
		.opcode = MLX5CTL_CMD_OP_DEALLOC_PD,
		.name = "DEALLOC_PD",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(dealloc_pd_in),
		.min_outlen = 16,
	},
	/* Read or write one access register. */
	{
		.opcode = MLX5CTL_CMD_OP_ACCESS_REG,
		.name = "ACCESS_REG",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.n_overrides = ARRAY_SIZE(access_reg_op_mod_scopes),
		.overrides = access_reg_op_mod_scopes,
		.by_register = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(access_register_in),
		.min_outlen = 16,
	},
	/* Read which MADs the firmware passes to the driver. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_MAD_DEMUX,
		.name = "QUERY_MAD_DEMUX",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_mad_demux_in),
		.min_outlen = 16,
	},
	/*
	 * Do nothing: a round trip through the command interface. At
	 * configuration scope (upstream: debug-read-only): it reads and changes
	 * nothing.
	 */
	{
		.opcode = MLX5CTL_CMD_OP_NOP,
		.name = "NOP",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(nop_in),
		.min_outlen = 16,
	},
	/* Query the device burst size setting. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_BURST_SIZE,
		.name = "QUERY_BURST_SIZE",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read the diagnostic counter sampling parameters. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_PARAMS,
		.name = "QUERY_DIAGNOSTIC_PARAMS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_diagnostic_params_in),
		.min_outlen = 16,
	},
	/* Choose the diagnostic counters and how they are sampled. */
	{
		.opcode = MLX5CTL_CMD_OP_SET_DIAGNOSTIC_PARAMS,
		.name = "SET_DIAGNOSTIC_PARAMS",
		.scope = MLX5CTL_RPC_DEBUG_WRITE,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(set_diagnostic_params_in),
		.min_outlen = 16,
	},
	/* Read diagnostic counter samples. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_COUNTERS,
		.name = "QUERY_DIAGNOSTIC_COUNTERS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_diagnostic_cntrs_in),
		.min_outlen = 16,
	},
	/*
	 * Read whether a congestion-control protocol is enabled on a priority.
	 */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_CONG_STATUS,
		.name = "QUERY_CONG_STATUS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_cong_status_in),
		.min_outlen = 16,
	},
	/*
	 * Enable or disable a congestion-control protocol (ECN reaction or
	 * notification) on a priority.
	 */
	{
		.opcode = MLX5CTL_CMD_OP_MODIFY_CONG_STATUS,
		.name = "MODIFY_CONG_STATUS",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(modify_cong_status_in),
		.min_outlen = 16,
	},
	/*
	 * Read the congestion-control parameters of one algorithm (op_mod:
	 * cong_protocol).
	 */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_CONG_PARAMS,
		.name = "QUERY_CONG_PARAMS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_cong_params_in),
		.min_outlen = 16,
	},
	/* Read congestion-control statistics (CNPs sent, handled, ignored). */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_CONG_STATISTICS,
		.name = "QUERY_CONG_STATISTICS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.clears = true,
		.clear_bit = 0x40, /* clear */
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_cong_statistics_in),
		.min_outlen = 16,
	},
	/* Read an L2 (MAC) table entry. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_L2_TABLE_ENTRY,
		.name = "QUERY_L2_TABLE_ENTRY",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_l2_table_entry_in),
		.min_outlen = 16,
	},
	/* Read the wake-on-LAN and reset-on-LAN settings. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_WOL_ROL,
		.name = "QUERY_WOL_ROL",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_wol_rol_in),
		.min_outlen = 16,
	},
	/* Read the link aggregation context. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_LAG,
		.name = "QUERY_LAG",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_lag_in),
		.min_outlen = 16,
	},
	/* Read a transport interface receive context by tirn. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_TIR,
		.name = "QUERY_TIR",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_tir_in),
		.min_outlen = 16,
	},
	/* Read a send queue context by sqn. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_SQ,
		.name = "QUERY_SQ",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_sq_in),
		.min_outlen = 16,
	},
	/* Read a receive queue context by rqn. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_RQ,
		.name = "QUERY_RQ",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_rq_in),
		.min_outlen = 16,
	},
	/* Read a receive memory pool context. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_RMP,
		.name = "QUERY_RMP",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_rmp_in),
		.min_outlen = 16,
	},
	/* Read the delay-drop timeout. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_DELAY_DROP_PARAMS,
		.name = "QUERY_DELAY_DROP_PARAMS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read a transport interface send context by tisn. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_TIS,
		.name = "QUERY_TIS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_tis_in),
		.min_outlen = 16,
	},
	/* Read an RQ table (RSS indirection) by rqtn. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_RQT,
		.name = "QUERY_RQT",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_rqt_in),
		.min_outlen = 16,
	},
	/* Read a flow table context. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_FLOW_TABLE,
		.name = "QUERY_FLOW_TABLE",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_flow_table_in),
		.min_outlen = 16,
	},
	/* Read a flow group of a flow table. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_FLOW_GROUP,
		.name = "QUERY_FLOW_GROUP",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_flow_group_in),
		.min_outlen = 16,
	},
	/* Read a flow table entry by table and index. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_FLOW_TABLE_ENTRY,
		.name = "QUERY_FLOW_TABLE_ENTRY",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_fte_in),
		.min_outlen = 16,
	},
	/* Read flow counters (packets, octets) by flow_counter_id. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_FLOW_COUNTER,
		.name = "QUERY_FLOW_COUNTER",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.clears = true,
		.clear_bit = 0xc0, /* clear */
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_flow_counter_in),
		.min_outlen = 16,
	},
	/* Read a packet reformat (encapsulation) context. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_PACKET_REFORMAT_CONTEXT,
		.name = "QUERY_PACKET_REFORMAT_CONTEXT",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_packet_reformat_context_in),
		.min_outlen = 16,
	},
	/* Read a modify-header action context. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_MODIFY_HEADER_CONTEXT,
		.name = "QUERY_MODIFY_HEADER_CONTEXT",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_modify_header_context_in),
		.min_outlen = 16,
	},
	/* Query a QP of the FPGA (Innova) engine. */
	{
		.opcode = MLX5CTL_CMD_OP_FPGA_QUERY_QP,
		.name = "FPGA_QUERY_QP",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(fpga_query_qp_in),
		.min_outlen = 16,
	},
	/* Read the counters of an FPGA QP. */
	{
		.opcode = MLX5CTL_CMD_OP_FPGA_QUERY_QP_COUNTERS,
		.name = "FPGA_QUERY_QP_COUNTERS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.clears = true,
		.clear_bit = 0x40, /* clear */
		.min_inlen = MLX5CTL_ST_SZ_BYTES(fpga_query_qp_counters_in),
		.min_outlen = 16,
	},
	/* Query an accelerator function unit. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_AFU,
		.name = "QUERY_AFU",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Query a CAPI PCIe engine context. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_CAPI_PEC,
		.name = "QUERY_CAPI_PEC",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read a general object; obj_type sits where op_mod is. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_GENERAL_OBJECT,
		.name = "QUERY_GENERAL_OBJECT",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(general_obj_in_cmd_hdr),
		.min_outlen = 16,
	},
	/* Read the firmware user context the command runs under. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_UCTX,
		.name = "QUERY_UCTX",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_uctx_in),
		.min_outlen = 16,
	},
	/* Read a user memory registration. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_UMEM,
		.name = "QUERY_UMEM",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.reads = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_umem_in),
		.min_outlen = 16,
	},
	/* Query an NVMe-oF controller configuration response. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_NVMF_CC_RESPONSE,
		.name = "QUERY_NVMF_CC_RESPONSE",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* List emulated functions. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_EMULATED_FUNCTIONS_INFO,
		.name = "QUERY_EMULATED_FUNCTIONS_INFO",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Query the regular-expression engine parameters. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_REGEXP_PARAMS,
		.name = "QUERY_REGEXP_PARAMS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read a regular-expression engine register. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_REGEXP_REGISTER,
		.name = "QUERY_REGEXP_REGISTER",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read an XRQ DC parameters entry of a user context. */
	{
		.opcode = MLX5CTL_CMD_OP_USER_QUERY_XRQ_DC_PARAMS_ENTRY,
		.name = "USER_QUERY_XRQ_DC_PARAMS_ENTRY",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read the error parameters of an XRQ of a user context. */
	{
		.opcode = MLX5CTL_CMD_OP_USER_QUERY_XRQ_ERROR_PARAMS,
		.name = "USER_QUERY_XRQ_ERROR_PARAMS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/*
	 * ACCESS_REG for user contexts: the same mailbox, held to the same
	 * per-register policy.
	 */
	{
		.opcode = MLX5CTL_CMD_OP_ACCESS_REGISTER_USER,
		.name = "ACCESS_REGISTER_USER",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.n_overrides = ARRAY_SIZE(access_register_user_op_mod_scopes),
		.overrides = access_register_user_op_mod_scopes,
		.by_register = true,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(access_register_in),
		.min_outlen = 16,
	},
	/* Read the state of a function (vhca). */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_VHCA_STATE,
		.name = "QUERY_VHCA_STATE",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Query the EQ-to-MSI-X mapping of an emulated device. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_EMULATION_DEVICE_EQ_MSIX_MAPPING,
		.name = "QUERY_EMULATION_DEVICE_EQ_MSIX_MAPPING",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Query match sample information of a steering definer. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_MATCH_SAMPLE_INFO,
		.name = "QUERY_MATCH_SAMPLE_INFO",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Query the state of the crypto engine. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_CRYPTO_STATE,
		.name = "QUERY_CRYPTO_STATE",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read the vendor unique identifier of the device. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_VUID,
		.name = "QUERY_VUID",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Query a DPA partition. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_DPA_PARTITION,
		.name = "QUERY_DPA_PARTITION",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* List DPA partitions. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_DPA_PARTITIONS,
		.name = "QUERY_DPA_PARTITIONS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Postpone the timeout of a connected QP. */
	{
		.opcode = MLX5CTL_CMD_OP_POSTPONE_CONNECTED_QP_TIMEOUT,
		.name = "POSTPONE_CONNECTED_QP_TIMEOUT",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Query resources of emulated functions. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_EMULATED_RESOURCES_INFO,
		.name = "QUERY_EMULATED_RESOURCES_INFO",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Query reserved resources. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_RSV_RESOURCES,
		.name = "QUERY_RSV_RESOURCES",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Read memory translation table entries. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_MTT,
		.name = "QUERY_MTT",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
	/* Query a scheduling queue. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_SCHED_QUEUE,
		.name = "QUERY_SCHED_QUEUE",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(opaque_cmd_in),
		.min_outlen = 16,
	},
};

const unsigned int mlx5ctl_policy_table_len = ARRAY_SIZE(mlx5ctl_policy_table);

const struct mlx5ctl_reg_policy mlx5ctl_reg_policy_table[] = {
	{ .id = 0x4019, .name = "QCAM", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE_FULL },
	{ .id = 0x402e, .name = "CORE_DUMP", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE_FULL },
	{ .id = 0x5002, .name = "PMLP", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_CONFIGURATION },
	{ .id = 0x5003, .name = "PMTU", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_CONFIGURATION },
	{ .id = 0x5004, .name = "PTYS", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_CONFIGURATION },
	{ .id = 0x5006, .name = "PAOS", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_CONFIGURATION },
	{ .id = 0x5008, .name = "PPCNT", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE,
	  .clears = true, .clear_bit = 0x20 /* clr */ },
	{ .id = 0x5023, .name = "PPLM", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_CONFIGURATION },
	{ .id = 0x5031, .name = "PDDR", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE_FULL },
	{ .id = 0x507f, .name = "PCAM", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE_FULL },
	{ .id = 0x6001, .name = "NODE_DESC", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE_FULL },
	{ .id = 0x900a, .name = "MTMP", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE },
	{ .id = 0x9014, .name = "MCIA", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE_FULL },
	{ .id = 0x9020, .name = "MGIR", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE_FULL },
	{ .id = 0x9060, .name = "MCQS", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE_FULL },
	{ .id = 0x907f, .name = "MCAM", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE_FULL },
	{ .id = 0xc000, .name = "RESOURCE_DUMP", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE_FULL },
	{ .id = 0xc00e, .name = "DTOR", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE_FULL },
};

const unsigned int mlx5ctl_reg_policy_table_len = ARRAY_SIZE(mlx5ctl_reg_policy_table);

static_assert(MLX5CTL_REG_UNKNOWN_READ == MLX5CTL_RPC_DEBUG_READ_ONLY &&
	      MLX5CTL_REG_UNKNOWN_WRITE == MLX5CTL_RPC_DEBUG_WRITE_FULL);

const u8 mlx5ctl_schema_id[32] = {
	0x35, 0xd7, 0x16, 0xf8, 0xcb, 0xc6, 0x0e, 0x8b,
	0x8b, 0xf4, 0x20, 0x8e, 0xd2, 0x24, 0xf1, 0x1a,
	0x66, 0xc5, 0x8e, 0x81, 0xb8, 0xda, 0xf0, 0xa4,
	0x8c, 0x9a, 0x02, 0x8d, 0xd7, 0x8f, 0x9b, 0x52,
};
