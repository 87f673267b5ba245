/* A small mlx5_ifc.h: every construct the parser reads, and two it must refuse. */
#ifndef MINI_IFC_H
#define MINI_IFC_H

#define MINI_NUM_ENTRIES (2 + \
			  1)

enum {
	MLX5_CMD_OP_QUERY_HCA_CAP = 0x100,
	MLX5_CMD_OP_NOP = 0x80d,
	MLX5_CMD_OP_MAX
};

enum {
	MLX5_CMD_OP_GENERAL_START = 0xb00,
};

struct mlx5_ifc_nop_in_bits {
	u8         opcode[0x10];
	u8         uid[0x10];

	u8         reserved_at_20[0x10];
	u8         op_mod[0x10];

	u8         reserved_at_40[0x40];
};

struct mlx5_ifc_entry_bits {
	u8         Mixed_Case[0x8];
	u8         reserved_at_8[0x18];
};

struct mlx5_ifc_table_bits {
	u8         mac[0x80];
	struct mlx5_ifc_entry_bits entry[MINI_NUM_ENTRIES];
	union {
		struct mlx5_ifc_entry_bits one;
		u8         reserved_at_0[0x40];
	} choice;
	u8         pas[0][0x40];
};

struct mlx5_ifc_tail_bits {
	u8         count[0x20];
	u8         data[];
};

struct mlx5_ifc_bad_bits {
	int        not_a_bit_field;
	u8         ok[0x20];
	u8         unknown[UNKNOWN_CONSTANT];
};

struct mlx5_ifc_odd_bits {
	u8         _leading_underscore[0x20];
};

#endif
