// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * Generated from kmod/include/uapi/misc/mlx5ctl.h by mlx5ctl codegen; do not edit.
 * Regenerate: make generate
 *
 * The numbers the Java mirror (dev.mlx5ctl.uapi.Mlx5ctlUapi) computed from the
 * uAPI header, asserted against the header as an x86-64 C compiler sees it:
 * this file compiles only if the two agree. Check it in user space with
 *   cc -fsyntax-only -Wall -Wextra -Werror -I kmod/include/uapi kmod/tests/uapi_agree.c
 */
#include <stddef.h>

#include <misc/mlx5ctl.h>

#define AGREE(expr, value) _Static_assert((expr) == (value), #expr)
#define MEMBER_SIZE(type, member) sizeof(((type *)0)->member)

AGREE(MLX5CTL_IOCTL_MAGIC, 92);
AGREE(MLX5CTL_CMDRPC_MIN_LEN, 16);
AGREE(MLX5CTL_CMDRPC_MAX_LEN, 262144);
AGREE(MLX5CTL_RPC_MAX_LEN, 2097152);
AGREE(MLX5CTL_UMEM_MAX_LEN, 67108864);
AGREE(MLX5CTL_UCTX_CAP_RAW_TX, 1);
AGREE(MLX5CTL_UCTX_CAP_INTERNAL_DEVICE_RESOURCES, 2);
AGREE(MLX5CTL_UCTX_CAP_TOOLS_RESOURCES, 4);
AGREE(MLX5CTL_DEVICE_NAME_LEN, 64);
AGREE(MLX5CTL_SCHEMA_ID_LEN, 32);

/* enum mlx5ctl_rpc_scope */
AGREE(MLX5CTL_RPC_CONFIGURATION, 0);
AGREE(MLX5CTL_RPC_DEBUG_READ_ONLY, 1);
AGREE(MLX5CTL_RPC_DEBUG_WRITE, 2);
AGREE(MLX5CTL_RPC_DEBUG_WRITE_FULL, 3);

/* struct mlx5ctl_info */
AGREE(sizeof(struct mlx5ctl_info), 16);
AGREE(_Alignof(struct mlx5ctl_info), 4);
AGREE(offsetof(struct mlx5ctl_info, uctx_uid), 0);
AGREE(MEMBER_SIZE(struct mlx5ctl_info, uctx_uid), 2);
AGREE(offsetof(struct mlx5ctl_info, reserved1), 2);
AGREE(MEMBER_SIZE(struct mlx5ctl_info, reserved1), 2);
AGREE(offsetof(struct mlx5ctl_info, uctx_cap), 4);
AGREE(MEMBER_SIZE(struct mlx5ctl_info, uctx_cap), 4);
AGREE(offsetof(struct mlx5ctl_info, dev_uctx_cap), 8);
AGREE(MEMBER_SIZE(struct mlx5ctl_info, dev_uctx_cap), 4);
AGREE(offsetof(struct mlx5ctl_info, ucap), 12);
AGREE(MEMBER_SIZE(struct mlx5ctl_info, ucap), 4);

/* struct mlx5ctl_cmdrpc */
AGREE(sizeof(struct mlx5ctl_cmdrpc), 24);
AGREE(_Alignof(struct mlx5ctl_cmdrpc), 8);
AGREE(offsetof(struct mlx5ctl_cmdrpc, in), 0);
AGREE(MEMBER_SIZE(struct mlx5ctl_cmdrpc, in), 8);
AGREE(offsetof(struct mlx5ctl_cmdrpc, out), 8);
AGREE(MEMBER_SIZE(struct mlx5ctl_cmdrpc, out), 8);
AGREE(offsetof(struct mlx5ctl_cmdrpc, inlen), 16);
AGREE(MEMBER_SIZE(struct mlx5ctl_cmdrpc, inlen), 4);
AGREE(offsetof(struct mlx5ctl_cmdrpc, outlen), 20);
AGREE(MEMBER_SIZE(struct mlx5ctl_cmdrpc, outlen), 4);

/* struct mlx5ctl_umem_reg */
AGREE(sizeof(struct mlx5ctl_umem_reg), 24);
AGREE(_Alignof(struct mlx5ctl_umem_reg), 8);
AGREE(offsetof(struct mlx5ctl_umem_reg, addr), 0);
AGREE(MEMBER_SIZE(struct mlx5ctl_umem_reg, addr), 8);
AGREE(offsetof(struct mlx5ctl_umem_reg, len), 8);
AGREE(MEMBER_SIZE(struct mlx5ctl_umem_reg, len), 8);
AGREE(offsetof(struct mlx5ctl_umem_reg, umem_id), 16);
AGREE(MEMBER_SIZE(struct mlx5ctl_umem_reg, umem_id), 4);
AGREE(offsetof(struct mlx5ctl_umem_reg, reserved), 20);
AGREE(MEMBER_SIZE(struct mlx5ctl_umem_reg, reserved), 4);

/* struct mlx5ctl_umem_unreg */
AGREE(sizeof(struct mlx5ctl_umem_unreg), 8);
AGREE(_Alignof(struct mlx5ctl_umem_unreg), 4);
AGREE(offsetof(struct mlx5ctl_umem_unreg, umem_id), 0);
AGREE(MEMBER_SIZE(struct mlx5ctl_umem_unreg, umem_id), 4);
AGREE(offsetof(struct mlx5ctl_umem_unreg, reserved), 4);
AGREE(MEMBER_SIZE(struct mlx5ctl_umem_unreg, reserved), 4);

/* struct mlx5ctl_rpc */
AGREE(sizeof(struct mlx5ctl_rpc), 32);
AGREE(_Alignof(struct mlx5ctl_rpc), 8);
AGREE(offsetof(struct mlx5ctl_rpc, size), 0);
AGREE(MEMBER_SIZE(struct mlx5ctl_rpc, size), 4);
AGREE(offsetof(struct mlx5ctl_rpc, scope), 4);
AGREE(MEMBER_SIZE(struct mlx5ctl_rpc, scope), 4);
AGREE(offsetof(struct mlx5ctl_rpc, inlen), 8);
AGREE(MEMBER_SIZE(struct mlx5ctl_rpc, inlen), 4);
AGREE(offsetof(struct mlx5ctl_rpc, outlen), 12);
AGREE(MEMBER_SIZE(struct mlx5ctl_rpc, outlen), 4);
AGREE(offsetof(struct mlx5ctl_rpc, in), 16);
AGREE(MEMBER_SIZE(struct mlx5ctl_rpc, in), 8);
AGREE(offsetof(struct mlx5ctl_rpc, out), 24);
AGREE(MEMBER_SIZE(struct mlx5ctl_rpc, out), 8);

/* struct mlx5ctl_device_info */
AGREE(sizeof(struct mlx5ctl_device_info), 128);
AGREE(_Alignof(struct mlx5ctl_device_info), 4);
AGREE(offsetof(struct mlx5ctl_device_info, size), 0);
AGREE(MEMBER_SIZE(struct mlx5ctl_device_info, size), 4);
AGREE(offsetof(struct mlx5ctl_device_info, flags), 4);
AGREE(MEMBER_SIZE(struct mlx5ctl_device_info, flags), 4);
AGREE(offsetof(struct mlx5ctl_device_info, max_inlen), 8);
AGREE(MEMBER_SIZE(struct mlx5ctl_device_info, max_inlen), 4);
AGREE(offsetof(struct mlx5ctl_device_info, max_outlen), 12);
AGREE(MEMBER_SIZE(struct mlx5ctl_device_info, max_outlen), 4);
AGREE(offsetof(struct mlx5ctl_device_info, scopes), 16);
AGREE(MEMBER_SIZE(struct mlx5ctl_device_info, scopes), 4);
AGREE(offsetof(struct mlx5ctl_device_info, uctx_cap), 20);
AGREE(MEMBER_SIZE(struct mlx5ctl_device_info, uctx_cap), 4);
AGREE(offsetof(struct mlx5ctl_device_info, dev_uctx_cap), 24);
AGREE(MEMBER_SIZE(struct mlx5ctl_device_info, dev_uctx_cap), 4);
AGREE(offsetof(struct mlx5ctl_device_info, uctx_uid), 28);
AGREE(MEMBER_SIZE(struct mlx5ctl_device_info, uctx_uid), 2);
AGREE(offsetof(struct mlx5ctl_device_info, reserved), 30);
AGREE(MEMBER_SIZE(struct mlx5ctl_device_info, reserved), 2);
AGREE(offsetof(struct mlx5ctl_device_info, schema_id), 32);
AGREE(MEMBER_SIZE(struct mlx5ctl_device_info, schema_id), 32);
AGREE(offsetof(struct mlx5ctl_device_info, name), 64);
AGREE(MEMBER_SIZE(struct mlx5ctl_device_info, name), 64);

/* ioctl request numbers, as x86-64 encodes them */
AGREE(MLX5CTL_IOCTL_INFO, 0x80105c00UL);
AGREE(MLX5CTL_IOCTL_CMDRPC, 0xc0185c01UL);
AGREE(MLX5CTL_IOCTL_UMEM_REG, 0xc0185c02UL);
AGREE(MLX5CTL_IOCTL_UMEM_UNREG, 0xc0085c03UL);
AGREE(MLX5CTL_IOCTL_RPC, 0x5c10UL);
AGREE(MLX5CTL_IOCTL_DEVICE_INFO, 0x5c11UL);
