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

const struct mlx5ctl_cmd_policy mlx5ctl_policy_table[] = {
	/* Read one type of device capabilities, maximum or current. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_HCA_CAP,
		.name = "QUERY_HCA_CAP",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_hca_cap_in),
		.max_inlen = MLX5CTL_ST_SZ_BYTES(query_hca_cap_in),
		.min_outlen = 16,
		.max_outlen = MLX5CTL_ST_SZ_BYTES(query_hca_cap_out),
	},
	/*
	 * Read the adapter identity: vendor ids, vendor-specific data and PSID.
	 */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_ADAPTER,
		.name = "QUERY_ADAPTER",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_adapter_in),
		.max_inlen = MLX5CTL_ST_SZ_BYTES(query_adapter_in),
		.min_outlen = 16,
		.max_outlen = MLX5CTL_ST_SZ_BYTES(query_adapter_out),
	},
	/*
	 * Read the interface step sequence ids the firmware supports and the
	 * one in use.
	 */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_ISSI,
		.name = "QUERY_ISSI",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_issi_in),
		.max_inlen = MLX5CTL_ST_SZ_BYTES(query_issi_in),
		.min_outlen = 16,
		.max_outlen = MLX5CTL_ST_SZ_BYTES(query_issi_out),
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
		.max_inlen = U32_MAX,
		.min_outlen = 16,
		.max_outlen = MLX5CTL_ST_SZ_BYTES(create_mkey_out),
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
		.max_inlen = MLX5CTL_ST_SZ_BYTES(destroy_mkey_in),
		.min_outlen = 16,
		.max_outlen = MLX5CTL_ST_SZ_BYTES(destroy_mkey_out),
	},
	/* Read the administrative and operational state of a vport. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_VPORT_STATE,
		.name = "QUERY_VPORT_STATE",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_vport_state_in),
		.max_inlen = MLX5CTL_ST_SZ_BYTES(query_vport_state_in),
		.min_outlen = 16,
		.max_outlen = MLX5CTL_ST_SZ_BYTES(query_vport_state_out),
	},
	/* Read the NIC vport context of a vport. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_NIC_VPORT_CONTEXT,
		.name = "QUERY_NIC_VPORT_CONTEXT",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_nic_vport_context_in),
		.max_inlen = MLX5CTL_ST_SZ_BYTES(query_nic_vport_context_in),
		.min_outlen = 16,
		.max_outlen = U32_MAX,
	},
	/* Read the traffic counters of a vport. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_VPORT_COUNTER,
		.name = "QUERY_VPORT_COUNTER",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_vport_counter_in),
		.max_inlen = MLX5CTL_ST_SZ_BYTES(query_vport_counter_in),
		.min_outlen = 16,
		.max_outlen = MLX5CTL_ST_SZ_BYTES(query_vport_counter_out),
	},
	/* Read a queue counter set. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_Q_COUNTER,
		.name = "QUERY_Q_COUNTER",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_q_counter_in),
		.max_inlen = MLX5CTL_ST_SZ_BYTES(query_q_counter_in),
		.min_outlen = 16,
		.max_outlen = MLX5CTL_ST_SZ_BYTES(query_q_counter_out),
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
		.max_inlen = MLX5CTL_ST_SZ_BYTES(alloc_pd_in),
		.min_outlen = 16,
		.max_outlen = MLX5CTL_ST_SZ_BYTES(alloc_pd_out),
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
		.max_inlen = MLX5CTL_ST_SZ_BYTES(dealloc_pd_in),
		.min_outlen = 16,
		.max_outlen = MLX5CTL_ST_SZ_BYTES(dealloc_pd_out),
	},
	/* Read or write one access register. */
	{
		.opcode = MLX5CTL_CMD_OP_ACCESS_REG,
		.name = "ACCESS_REG",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.n_overrides = ARRAY_SIZE(access_reg_op_mod_scopes),
		.overrides = access_reg_op_mod_scopes,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(access_register_in),
		.max_inlen = U32_MAX,
		.min_outlen = 16,
		.max_outlen = U32_MAX,
	},
	/* Do nothing: a round trip through the command interface. */
	{
		.opcode = MLX5CTL_CMD_OP_NOP,
		.name = "NOP",
		.scope = MLX5CTL_RPC_CONFIGURATION,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(nop_in),
		.max_inlen = MLX5CTL_ST_SZ_BYTES(nop_in),
		.min_outlen = 16,
		.max_outlen = MLX5CTL_ST_SZ_BYTES(nop_out),
	},
	/* Read the diagnostic counter sampling parameters. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_PARAMS,
		.name = "QUERY_DIAGNOSTIC_PARAMS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_diagnostic_params_in),
		.max_inlen = MLX5CTL_ST_SZ_BYTES(query_diagnostic_params_in),
		.min_outlen = 16,
		.max_outlen = U32_MAX,
	},
	/* Choose the diagnostic counters and how they are sampled. */
	{
		.opcode = MLX5CTL_CMD_OP_SET_DIAGNOSTIC_PARAMS,
		.name = "SET_DIAGNOSTIC_PARAMS",
		.scope = MLX5CTL_RPC_DEBUG_WRITE,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(set_diagnostic_params_in),
		.max_inlen = U32_MAX,
		.min_outlen = 16,
		.max_outlen = MLX5CTL_ST_SZ_BYTES(set_diagnostic_params_out),
	},
	/* Read diagnostic counter samples. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_DIAGNOSTIC_COUNTERS,
		.name = "QUERY_DIAGNOSTIC_COUNTERS",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_diagnostic_cntrs_in),
		.max_inlen = MLX5CTL_ST_SZ_BYTES(query_diagnostic_cntrs_in),
		.min_outlen = 16,
		.max_outlen = U32_MAX,
	},
	/* Read the firmware user context the command runs under. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_UCTX,
		.name = "QUERY_UCTX",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_uctx_in),
		.max_inlen = MLX5CTL_ST_SZ_BYTES(query_uctx_in),
		.min_outlen = 16,
		.max_outlen = MLX5CTL_ST_SZ_BYTES(query_uctx_out),
	},
	/* Read a user memory registration. */
	{
		.opcode = MLX5CTL_CMD_OP_QUERY_UMEM,
		.name = "QUERY_UMEM",
		.scope = MLX5CTL_RPC_DEBUG_READ_ONLY,
		.min_inlen = MLX5CTL_ST_SZ_BYTES(query_umem_in),
		.max_inlen = MLX5CTL_ST_SZ_BYTES(query_umem_in),
		.min_outlen = 16,
		.max_outlen = U32_MAX,
	},
};

const unsigned int mlx5ctl_policy_table_len = ARRAY_SIZE(mlx5ctl_policy_table);

const struct mlx5ctl_reg_policy mlx5ctl_reg_policy_table[] = {
	{ .id = 0x5002, .name = "PMLP", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_CONFIGURATION },
	{ .id = 0x5004, .name = "PTYS", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_CONFIGURATION },
	{ .id = 0x5006, .name = "PAOS", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_CONFIGURATION },
	{ .id = 0x5008, .name = "PPCNT", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE },
	{ .id = 0x900a, .name = "MTMP", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE },
	{ .id = 0x9014, .name = "MCIA", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE_FULL },
	{ .id = 0x9020, .name = "MGIR", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE_FULL },
	{ .id = 0xc000, .name = "RESOURCE_DUMP", .read = MLX5CTL_RPC_DEBUG_READ_ONLY, .write = MLX5CTL_RPC_DEBUG_WRITE_FULL },
};

const unsigned int mlx5ctl_reg_policy_table_len = ARRAY_SIZE(mlx5ctl_reg_policy_table);

static_assert(MLX5CTL_REG_UNKNOWN_READ == MLX5CTL_RPC_DEBUG_READ_ONLY &&
	      MLX5CTL_REG_UNKNOWN_WRITE == MLX5CTL_RPC_DEBUG_WRITE_FULL);

const u8 mlx5ctl_schema_id[32] = {
	0xf7, 0xc7, 0xd3, 0x01, 0x18, 0x3e, 0xdd, 0x7b,
	0x61, 0x9e, 0x4f, 0xf7, 0x7a, 0xc7, 0x30, 0x1b,
	0x4f, 0xda, 0x5c, 0x32, 0x3c, 0xd1, 0x35, 0x09,
	0x51, 0xb3, 0xe7, 0x78, 0x85, 0x4d, 0x11, 0x1e,
};
