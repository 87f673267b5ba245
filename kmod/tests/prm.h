/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * PRM field access for user space, over the layouts generated from the schema
 * (kmod/generated/mlx5ctl_ifc_gen.h): struct mlx5ctl_ifc_<layout>_bits has one
 * u8 per bit, so offsetof() is a bit offset and sizeof() a bit count. No offset
 * is spelled here; the encoding is the PRM's (big-endian, MSB first in each
 * 32-bit dword), as the kernel's MLX5CTL_SET/GET do it.
 */
#ifndef MLX5CTL_TESTS_PRM_H
#define MLX5CTL_TESTS_PRM_H

#include <endian.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/*
 * The generated header is written for the kernel: u8 is one bit of a layout,
 * and its static_asserts (through shim/linux/build_bug.h) hold here too.
 */
typedef unsigned char u8;
#include "mlx5ctl_ifc_gen.h"

#define PRM_BITS(l) struct mlx5ctl_ifc_##l##_bits
#define PRM_OFF(l, f) offsetof(PRM_BITS(l), f)
#define PRM_WIDTH(l, f) sizeof(((PRM_BITS(l) *)0)->f)
#define PRM_SZ(l) (sizeof(PRM_BITS(l)) / 8)
#define PRM_ADDR_OF(l, p, f) ((void *)((unsigned char *)(p) + PRM_OFF(l, f) / 8))

/* A field of up to 32 bits, which never crosses a dword (the schema's rule). */
static inline void prm_set(void *p, size_t off, size_t width, uint32_t v)
{
	uint32_t *dw = (uint32_t *)p + off / 32;
	unsigned int shift = 32 - width - off % 32;
	uint32_t mask = (uint32_t)((1ull << width) - 1) << shift;

	*dw = htobe32((be32toh(*dw) & ~mask) | ((v << shift) & mask));
}

static inline uint32_t prm_get(const void *p, size_t off, size_t width)
{
	const uint32_t *dw = (const uint32_t *)p + off / 32;
	unsigned int shift = 32 - width - off % 32;

	return (be32toh(*dw) >> shift) & (uint32_t)((1ull << width) - 1);
}

#define PRM_SET(l, p, f, v) prm_set(p, PRM_OFF(l, f), PRM_WIDTH(l, f), v)
#define PRM_GET(l, p, f) prm_get(p, PRM_OFF(l, f), PRM_WIDTH(l, f))

/* A 64-bit field on a 64-bit boundary (the schema's rule for wide fields). */
static inline uint64_t prm_get64(const void *p, size_t off)
{
	uint64_t v;

	memcpy(&v, (const unsigned char *)p + off / 8, sizeof(v));
	return be64toh(v);
}

#define PRM_GET64(l, p, f) prm_get64(p, PRM_OFF(l, f))

static inline void prm_set64(void *p, size_t off, uint64_t v)
{
	v = htobe64(v);
	memcpy((unsigned char *)p + off / 8, &v, sizeof(v));
}

#define PRM_SET64(l, p, f, v) prm_set64(p, PRM_OFF(l, f), v)

#endif /* MLX5CTL_TESTS_PRM_H */
