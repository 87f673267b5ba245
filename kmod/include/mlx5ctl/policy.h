/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * The RPC policy: which commands user space may send and at what scope. The
 * table itself is generated from the schema into generated/mlx5ctl_policy_gen.c;
 * anything not in it is refused.
 */
#ifndef __MLX5CTL_POLICY_H
#define __MLX5CTL_POLICY_H

#include <linux/types.h>

/**
 * struct mlx5ctl_op_mod_scope - A scope that differs for one op_mod value
 * @op_mod: The op_mod value
 * @scope: Least enum mlx5ctl_rpc_scope value for it
 */
struct mlx5ctl_op_mod_scope {
	u16 op_mod;
	u8 scope;
};

/**
 * struct mlx5ctl_cmd_policy - One command user space may send
 * @opcode: Command opcode
 * @name: PRM name, for messages
 * @scope: Least enum mlx5ctl_rpc_scope value, unless an override applies
 * @n_overrides: Number of entries in @overrides
 * @overrides: Per-op_mod scopes
 * @by_register: A register access (access_register_in): the register's
 *	scope for the direction applies too, and its op_mod says whether it
 *	reads (read) or writes (anything else)
 * @reads: The command only reads the device (the schema's "effect: read"),
 *	so a file opened read-only may send it
 * @clears: The input has a bit that makes the read clear what it reads
 *	(counters): with @clear_bit set, the command is a write
 * @clear_bit: That bit's offset in the input, in the PRM's bit numbering
 * @min_inlen: Smallest input mailbox in bytes
 * @min_outlen: Smallest output mailbox in bytes
 *
 * Mailboxes longer than the layouts pass, up to the uAPI's bound, as with
 * fwctl: a tool built on a newer mlx5_ifc.h sizes them by its own layouts,
 * the firmware reads what it knows and the surplus output stays zero.
 */
struct mlx5ctl_cmd_policy {
	u16 opcode;
	const char *name;
	u8 scope;
	u8 n_overrides;
	bool by_register;
	bool reads;
	bool clears;
	u16 clear_bit;
	const struct mlx5ctl_op_mod_scope *overrides;
	u32 min_inlen;
	u32 min_outlen;
};

/* Sorted by opcode, for bsearch(). */
extern const struct mlx5ctl_cmd_policy mlx5ctl_policy_table[];
extern const unsigned int mlx5ctl_policy_table_len;

/**
 * struct mlx5ctl_reg_policy - The least scopes of one register
 * @id: register_id
 * @name: PRM name, for messages
 * @read: Least enum mlx5ctl_rpc_scope value to read it (op_mod 1)
 * @write: Least value to write it (any other op_mod)
 * @clears: Its data has a bit that makes a read clear what it reads
 * @clear_bit: That bit's offset in the register's data
 *
 * A register access command (ACCESS_REG, ACCESS_REGISTER_USER) needs the
 * higher of its op_mod's scope and the register's.
 */
struct mlx5ctl_reg_policy {
	u16 id;
	const char *name;
	u8 read;
	u8 write;
	bool clears;
	u16 clear_bit;
};

/* Sorted by id. A register not in it: read and write at these scopes. */
extern const struct mlx5ctl_reg_policy mlx5ctl_reg_policy_table[];
extern const unsigned int mlx5ctl_reg_policy_table_len;
#define MLX5CTL_REG_UNKNOWN_READ 1	/* MLX5CTL_RPC_DEBUG_READ_ONLY */
#define MLX5CTL_REG_UNKNOWN_WRITE 3	/* MLX5CTL_RPC_DEBUG_WRITE_FULL */

/* SHA-256 identity of the schema the table was generated from. */
extern const u8 mlx5ctl_schema_id[32];

#endif /* __MLX5CTL_POLICY_H */
