/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * Stand-in for kmod/generated/mlx5ctl_ifc_gen.h while that file is not yet
 * generated: the few layouts and opcodes the guest tests use, transcribed from
 * the kernel's include/linux/mlx5/mlx5_ifc.h (6.1) with the generated header's
 * names. The Makefile uses the generated header whenever it exists.
 */
#ifndef MLX5CTL_TESTS_FALLBACK_IFC_GEN_H
#define MLX5CTL_TESTS_FALLBACK_IFC_GEN_H

#define MLX5CTL_CMD_OP_QUERY_HCA_CAP 0x100
#define MLX5CTL_CMD_OP_QUERY_ADAPTER 0x101
#define MLX5CTL_CMD_OP_ALLOC_PD 0x800
#define MLX5CTL_CMD_OP_DEALLOC_PD 0x801
#define MLX5CTL_CMD_OP_ACCESS_REG 0x805
#define MLX5CTL_CMD_OP_NOP 0x80d
#define MLX5CTL_CMD_OP_SET_DIAGNOSTIC_PARAMS 0x820
#define MLX5CTL_CMD_OP_CREATE_UCTX 0xa04
#define MLX5CTL_CMD_OP_DESTROY_UCTX 0xa06
#define MLX5CTL_CMD_OP_CREATE_UMEM 0xa08
#define MLX5CTL_CMD_OP_DESTROY_UMEM 0xa0a

#define MLX5CTL_REG_PAOS 0x5006
#define MLX5CTL_REG_MGIR 0x9020

/* The header every command input starts with (mlx5_ifc.h: mbox_in). */
struct mlx5ctl_ifc_mbox_in_bits {
	u8 opcode[0x10];
	u8 uid[0x10];
	u8 reserved_at_20[0x10];
	u8 op_mod[0x10];
	u8 reserved_at_40[0x40];
};

/* The header every command output starts with (mlx5_ifc.h: mbox_out). */
struct mlx5ctl_ifc_mbox_out_bits {
	u8 status[0x8];
	u8 reserved_at_8[0x18];
	u8 syndrome[0x20];
	u8 reserved_at_40[0x40];
};

struct mlx5ctl_ifc_nop_in_bits {
	u8 opcode[0x10];
	u8 uid[0x10];
	u8 reserved_at_20[0x10];
	u8 op_mod[0x10];
	u8 reserved_at_40[0x40];
};

struct mlx5ctl_ifc_nop_out_bits {
	u8 status[0x8];
	u8 reserved_at_8[0x18];
	u8 syndrome[0x20];
	u8 reserved_at_40[0x40];
};

struct mlx5ctl_ifc_query_hca_cap_in_bits {
	u8 opcode[0x10];
	u8 uid[0x10];
	u8 reserved_at_20[0x10];
	u8 op_mod[0x10];
	u8 other_function[0x1];
	u8 reserved_at_41[0xf];
	u8 function_id[0x10];
	u8 reserved_at_60[0x20];
};

struct mlx5ctl_ifc_query_hca_cap_out_bits {
	u8 status[0x8];
	u8 reserved_at_8[0x18];
	u8 syndrome[0x20];
	u8 reserved_at_40[0x40];
	u8 capability[0x8000];
};

struct mlx5ctl_ifc_access_register_in_bits {
	u8 opcode[0x10];
	u8 uid[0x10];
	u8 reserved_at_20[0x10];
	u8 op_mod[0x10];
	u8 reserved_at_40[0x10];
	u8 register_id[0x10];
	u8 argument[0x20];
	u8 register_data[0][0x20];
};

struct mlx5ctl_ifc_access_register_out_bits {
	u8 status[0x8];
	u8 reserved_at_8[0x18];
	u8 syndrome[0x20];
	u8 reserved_at_40[0x40];
	u8 register_data[0][0x20];
};

struct mlx5ctl_ifc_create_uctx_in_bits {
	u8 opcode[0x10];
	u8 uid[0x10];
	u8 reserved_at_20[0x10];
	u8 op_mod[0x10];
	u8 reserved_at_40[0x40];
	u8 uctx[0x200];
};

struct mlx5ctl_ifc_destroy_uctx_in_bits {
	u8 opcode[0x10];
	u8 uid[0x10];
	u8 reserved_at_20[0x10];
	u8 op_mod[0x10];
	u8 reserved_at_40[0x10];
	u8 uid_to_destroy[0x10];
	u8 reserved_at_60[0x20];
};

struct mlx5ctl_ifc_set_diagnostic_params_in_bits {
	u8 opcode[0x10];
	u8 uid[0x10];
	u8 reserved_at_20[0x10];
	u8 op_mod[0x10];
	u8 diagnostic_params_ctx[0x200];
};

struct mlx5ctl_ifc_set_diagnostic_params_out_bits {
	u8 status[0x8];
	u8 reserved_at_8[0x18];
	u8 syndrome[0x20];
	u8 reserved_at_40[0x40];
};

struct mlx5ctl_ifc_paos_reg_bits {
	u8 swid[0x8];
	u8 local_port[0x8];
	u8 reserved_at_10[0x4];
	u8 admin_status[0x4];
	u8 reserved_at_18[0x4];
	u8 oper_status[0x4];
	u8 ase[0x1];
	u8 ee[0x1];
	u8 reserved_at_22[0x1c];
	u8 e[0x2];
	u8 reserved_at_40[0x40];
};

struct mlx5ctl_ifc_alloc_pd_in_bits {
	u8 opcode[0x10];
	u8 uid[0x10];
	u8 reserved_at_20[0x10];
	u8 op_mod[0x10];
	u8 reserved_at_40[0x40];
};

struct mlx5ctl_ifc_alloc_pd_out_bits {
	u8 status[0x8];
	u8 reserved_at_8[0x18];
	u8 syndrome[0x20];
	u8 reserved_at_40[0x8];
	u8 pd[0x18];
	u8 reserved_at_60[0x20];
};

struct mlx5ctl_ifc_dealloc_pd_in_bits {
	u8 opcode[0x10];
	u8 uid[0x10];
	u8 reserved_at_20[0x10];
	u8 op_mod[0x10];
	u8 reserved_at_40[0x8];
	u8 pd[0x18];
	u8 reserved_at_60[0x20];
};

struct mlx5ctl_ifc_dealloc_pd_out_bits {
	u8 status[0x8];
	u8 reserved_at_8[0x18];
	u8 syndrome[0x20];
	u8 reserved_at_40[0x40];
};

struct mlx5ctl_ifc_destroy_umem_in_bits {
	u8 opcode[0x10];
	u8 uid[0x10];
	u8 reserved_at_20[0x10];
	u8 op_mod[0x10];
	u8 reserved_at_40[0x8];
	u8 umem_id[0x18];
	u8 reserved_at_60[0x20];
};

#endif /* MLX5CTL_TESTS_FALLBACK_IFC_GEN_H */
