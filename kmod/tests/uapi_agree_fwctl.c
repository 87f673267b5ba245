// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * Generated from kmod/include/uapi/fwctl/fwctl.h by mlx5ctl codegen; do not edit.
 * Regenerate: make generate
 *
 * The numbers the Java mirror (dev.mlx5ctl.uapi.FwctlUapi) computed from the
 * uAPI header, asserted against the header as an x86-64 C compiler sees it:
 * this file compiles only if the two agree. Check it in user space with
 *   cc -fsyntax-only -Wall -Wextra -Werror -I kmod/include/uapi kmod/tests/uapi_agree_fwctl.c
 */
#include <stddef.h>

#include <fwctl/fwctl.h>

#define AGREE(expr, value) _Static_assert((expr) == (value), #expr)
#define MEMBER_SIZE(type, member) sizeof(((type *)0)->member)

AGREE(FWCTL_TYPE, 154);
AGREE(FWCTL_CMD_BASE, 0);
AGREE(FWCTL_CMD_INFO, 0);
AGREE(FWCTL_CMD_RPC, 1);

/* enum fwctl_device_type */
AGREE(FWCTL_DEVICE_TYPE_ERROR, 0);
AGREE(FWCTL_DEVICE_TYPE_MLX5, 1);
AGREE(FWCTL_DEVICE_TYPE_CXL, 2);
AGREE(FWCTL_DEVICE_TYPE_BNXT, 3);
AGREE(FWCTL_DEVICE_TYPE_PDS, 4);

/* enum fwctl_rpc_scope */
AGREE(FWCTL_RPC_CONFIGURATION, 0);
AGREE(FWCTL_RPC_DEBUG_READ_ONLY, 1);
AGREE(FWCTL_RPC_DEBUG_WRITE, 2);
AGREE(FWCTL_RPC_DEBUG_WRITE_FULL, 3);

/* struct fwctl_info */
AGREE(sizeof(struct fwctl_info), 24);
AGREE(_Alignof(struct fwctl_info), 8);
AGREE(offsetof(struct fwctl_info, size), 0);
AGREE(MEMBER_SIZE(struct fwctl_info, size), 4);
AGREE(offsetof(struct fwctl_info, flags), 4);
AGREE(MEMBER_SIZE(struct fwctl_info, flags), 4);
AGREE(offsetof(struct fwctl_info, out_device_type), 8);
AGREE(MEMBER_SIZE(struct fwctl_info, out_device_type), 4);
AGREE(offsetof(struct fwctl_info, device_data_len), 12);
AGREE(MEMBER_SIZE(struct fwctl_info, device_data_len), 4);
AGREE(offsetof(struct fwctl_info, out_device_data), 16);
AGREE(MEMBER_SIZE(struct fwctl_info, out_device_data), 8);

/* struct fwctl_rpc */
AGREE(sizeof(struct fwctl_rpc), 32);
AGREE(_Alignof(struct fwctl_rpc), 8);
AGREE(offsetof(struct fwctl_rpc, size), 0);
AGREE(MEMBER_SIZE(struct fwctl_rpc, size), 4);
AGREE(offsetof(struct fwctl_rpc, scope), 4);
AGREE(MEMBER_SIZE(struct fwctl_rpc, scope), 4);
AGREE(offsetof(struct fwctl_rpc, in_len), 8);
AGREE(MEMBER_SIZE(struct fwctl_rpc, in_len), 4);
AGREE(offsetof(struct fwctl_rpc, out_len), 12);
AGREE(MEMBER_SIZE(struct fwctl_rpc, out_len), 4);
AGREE(offsetof(struct fwctl_rpc, in), 16);
AGREE(MEMBER_SIZE(struct fwctl_rpc, in), 8);
AGREE(offsetof(struct fwctl_rpc, out), 24);
AGREE(MEMBER_SIZE(struct fwctl_rpc, out), 8);

/* ioctl request numbers, as x86-64 encodes them */
AGREE(FWCTL_INFO, 0x9a00UL);
AGREE(FWCTL_RPC, 0x9a01UL);
