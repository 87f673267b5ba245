// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * Generated from kmod/include/uapi/fwctl/mlx5.h by mlx5ctl codegen; do not edit.
 * Regenerate: make generate
 *
 * The numbers the Java mirror (dev.mlx5ctl.uapi.FwctlMlx5Uapi) computed from the
 * uAPI header, asserted against the header as an x86-64 C compiler sees it:
 * this file compiles only if the two agree. Check it in user space with
 *   cc -fsyntax-only -Wall -Wextra -Werror -I kmod/include/uapi kmod/tests/uapi_agree_fwctl_mlx5.c
 */
#include <stddef.h>

#include <fwctl/mlx5.h>

#define AGREE(expr, value) _Static_assert((expr) == (value), #expr)
#define MEMBER_SIZE(type, member) sizeof(((type *)0)->member)

/* struct fwctl_info_mlx5 */
AGREE(sizeof(struct fwctl_info_mlx5), 8);
AGREE(_Alignof(struct fwctl_info_mlx5), 4);
AGREE(offsetof(struct fwctl_info_mlx5, uid), 0);
AGREE(MEMBER_SIZE(struct fwctl_info_mlx5, uid), 4);
AGREE(offsetof(struct fwctl_info_mlx5, uctx_caps), 4);
AGREE(MEMBER_SIZE(struct fwctl_info_mlx5, uctx_caps), 4);
