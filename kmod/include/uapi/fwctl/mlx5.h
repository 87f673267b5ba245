/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * fwctl's device data for mlx5 devices (Linux 6.15, include/uapi/fwctl/mlx5.h),
 * as served by mlx5ctl.ko: what FWCTL_INFO returns when out_device_type is
 * FWCTL_DEVICE_TYPE_MLX5. RPC mailboxes are the PRM's command layouts.
 */
#ifndef _UAPI_FWCTL_MLX5_H
#define _UAPI_FWCTL_MLX5_H

#include <linux/types.h>

/**
 * struct fwctl_info_mlx5 - The file's firmware user context
 * @uid: The user context id every RPC of the file runs under
 * @uctx_caps: Its capabilities (MLX5CTL_UCTX_CAP_* bits; TOOLS_RESOURCES
 *	when the device offers it)
 */
struct fwctl_info_mlx5 {
	__u32 uid;
	__u32 uctx_caps;
};

#endif /* _UAPI_FWCTL_MLX5_H */
