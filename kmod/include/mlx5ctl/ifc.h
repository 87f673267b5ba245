/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * Field accessors for PRM layouts, in the manner of MLX5_SET()/MLX5_GET().
 * The layouts are generated from the schema into generated/mlx5ctl_ifc_gen.h as
 * struct mlx5ctl_ifc_<layout>_bits, one u8 per bit, so offsetof() is a bit
 * offset and sizeof() a bit count. Hand-written code never spells an offset.
 */
#ifndef __MLX5CTL_IFC_H
#define __MLX5CTL_IFC_H

#include <linux/build_bug.h>
#include <linux/stddef.h>
#include <asm/byteorder.h>

/* The generated header uses u8 for bits, as mlx5_ifc.h does. */
#include "../../generated/mlx5ctl_ifc_gen.h"

#define __mlx5ctl_nullp(typ) ((struct mlx5ctl_ifc_##typ##_bits *)0)
#define __mlx5ctl_bit_sz(typ, fld) sizeof(__mlx5ctl_nullp(typ)->fld)
#define __mlx5ctl_bit_off(typ, fld) (offsetof(struct mlx5ctl_ifc_##typ##_bits, fld))
#define __mlx5ctl_dw_off(typ, fld) (__mlx5ctl_bit_off(typ, fld) / 32)
#define __mlx5ctl_64_off(typ, fld) (__mlx5ctl_bit_off(typ, fld) / 64)
#define __mlx5ctl_dw_bit_off(typ, fld) \
	(32 - __mlx5ctl_bit_sz(typ, fld) - (__mlx5ctl_bit_off(typ, fld) & 0x1f))
#define __mlx5ctl_mask(typ, fld) ((u32)((1ull << __mlx5ctl_bit_sz(typ, fld)) - 1))
#define __mlx5ctl_dw_mask(typ, fld) \
	(__mlx5ctl_mask(typ, fld) << __mlx5ctl_dw_bit_off(typ, fld))

#define MLX5CTL_ST_SZ_BYTES(typ) (sizeof(struct mlx5ctl_ifc_##typ##_bits) / 8)
#define MLX5CTL_ST_SZ_DW(typ) (sizeof(struct mlx5ctl_ifc_##typ##_bits) / 32)
#define MLX5CTL_BYTE_OFF(typ, fld) (__mlx5ctl_bit_off(typ, fld) / 8)
#define MLX5CTL_ADDR_OF(typ, p, fld) \
	((void *)((u8 *)(p) + MLX5CTL_BYTE_OFF(typ, fld)))
#define MLX5CTL_FLD_SZ_BYTES(typ, fld) (__mlx5ctl_bit_sz(typ, fld) / 8)

/* Read-modify-write of one big-endian dword; the field must not cross it. */
#define MLX5CTL_SET(typ, p, fld, v) do {					\
	u32 _v = v;								\
	__be32 *_dw = (__be32 *)(p) + __mlx5ctl_dw_off(typ, fld);		\
	BUILD_BUG_ON(__mlx5ctl_bit_sz(typ, fld) > 32);				\
	*_dw = cpu_to_be32((be32_to_cpu(*_dw) &					\
			    ~__mlx5ctl_dw_mask(typ, fld)) |			\
			   ((_v & __mlx5ctl_mask(typ, fld))			\
			    << __mlx5ctl_dw_bit_off(typ, fld)));		\
} while (0)

#define MLX5CTL_GET(typ, p, fld)						\
	((be32_to_cpu(*((const __be32 *)(p) + __mlx5ctl_dw_off(typ, fld))) >>	\
	  __mlx5ctl_dw_bit_off(typ, fld)) & __mlx5ctl_mask(typ, fld))

#define MLX5CTL_SET64(typ, p, fld, v) do {					\
	BUILD_BUG_ON(__mlx5ctl_bit_sz(typ, fld) != 64);				\
	BUILD_BUG_ON(__mlx5ctl_bit_off(typ, fld) % 64);				\
	*((__be64 *)(p) + __mlx5ctl_64_off(typ, fld)) = cpu_to_be64(v);		\
} while (0)

#define MLX5CTL_GET64(typ, p, fld)						\
	be64_to_cpu(*((const __be64 *)(p) + __mlx5ctl_64_off(typ, fld)))

/* Element @idx of an array of scalars of up to 32 bits. */
#define MLX5CTL_ARRAY_SET(typ, p, fld, idx, v) do {				\
	BUILD_BUG_ON(__mlx5ctl_bit_off(typ, fld) % 32);				\
	MLX5CTL_SET(typ, p, fld[idx], v);					\
} while (0)

#define MLX5CTL_ARRAY_GET(typ, p, fld, idx) MLX5CTL_GET(typ, p, fld[idx])

#endif /* __MLX5CTL_IFC_H */
