/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * fwctl's uAPI (Linux 6.15, include/uapi/fwctl/fwctl.h), served by mlx5ctl.ko
 * on kernels that have no fwctl of their own: /dev/fwctl/fwctlN of class
 * fwctl. The numbers, names and layouts are upstream's, so tools built for
 * fwctl run unchanged; kmod/tests/fwctl_published.sh proves the layouts equal
 * a published copy of the header.
 *
 * Every struct begins with its __u32 size: a size below the last mandatory
 * field fails with EINVAL, non-zero bytes past what the kernel knows fail with
 * E2BIG, and an unsupported value of a known field fails with EOPNOTSUPP.
 */
#ifndef _UAPI_FWCTL_H
#define _UAPI_FWCTL_H

#include <linux/types.h>
#include <linux/ioctl.h>

#define FWCTL_TYPE 0x9A

/* ioctl numbers below FWCTL_TYPE. */
#define FWCTL_CMD_BASE 0
#define FWCTL_CMD_INFO 0
#define FWCTL_CMD_RPC 1

/**
 * enum fwctl_device_type - The device data FWCTL_INFO returns
 * @FWCTL_DEVICE_TYPE_ERROR: No device data
 * @FWCTL_DEVICE_TYPE_MLX5: struct fwctl_info_mlx5 (fwctl/mlx5.h)
 * @FWCTL_DEVICE_TYPE_CXL: A CXL device's
 * @FWCTL_DEVICE_TYPE_BNXT: A Broadcom NetXtreme device's
 * @FWCTL_DEVICE_TYPE_PDS: An AMD/Pensando DSC's
 */
enum fwctl_device_type {
	FWCTL_DEVICE_TYPE_ERROR = 0,
	FWCTL_DEVICE_TYPE_MLX5 = 1,
	FWCTL_DEVICE_TYPE_CXL = 2,
	FWCTL_DEVICE_TYPE_BNXT = 3,
	FWCTL_DEVICE_TYPE_PDS = 4,
};

/**
 * struct fwctl_info - ioctl(FWCTL_INFO)
 * @size: sizeof(struct fwctl_info)
 * @flags: Must be 0
 * @out_device_type: Output: enum fwctl_device_type, how to read the device data
 * @device_data_len: On input the length of @out_device_data in bytes; on
 *	output the length of the device data the kernel has (0 when the input
 *	was 0). min(input, kernel) bytes are copied, the rest of the user
 *	buffer is zeroed
 * @out_device_data: User pointer to the buffer receiving the device data
 */
struct fwctl_info {
	__u32 size;
	__u32 flags;
	__u32 out_device_type;
	__u32 device_data_len;
	__aligned_u64 out_device_data;
};

#define FWCTL_INFO _IO(FWCTL_TYPE, FWCTL_CMD_INFO)

/**
 * enum fwctl_rpc_scope - How much an RPC may do
 * @FWCTL_RPC_CONFIGURATION: Device configuration; the device stays supported
 * @FWCTL_RPC_DEBUG_READ_ONLY: Read-only access to debug information, no
 *	secrets; compatible with kernel lockdown
 * @FWCTL_RPC_DEBUG_WRITE: Writable access to the device's debug state;
 *	taints the kernel once per boot
 * @FWCTL_RPC_DEBUG_WRITE_FULL: Any debug access; needs CAP_SYS_RAWIO and
 *	taints the kernel
 */
enum fwctl_rpc_scope {
	FWCTL_RPC_CONFIGURATION = 0,
	FWCTL_RPC_DEBUG_READ_ONLY = 1,
	FWCTL_RPC_DEBUG_WRITE = 2,
	FWCTL_RPC_DEBUG_WRITE_FULL = 3,
};

/**
 * struct fwctl_rpc - ioctl(FWCTL_RPC): one firmware command
 * @size: sizeof(struct fwctl_rpc)
 * @scope: One of enum fwctl_rpc_scope; the command must be allowed at it
 * @in_len: Length of @in in bytes, at most 2 MiB (EMSGSIZE)
 * @out_len: Length of @out in bytes, at most 2 MiB (EMSGSIZE); on output the
 *	length of the device's answer, of which min(input, output) bytes are
 *	copied
 * @in: User pointer to the command's input mailbox
 * @out: User pointer to the buffer receiving the output mailbox
 *
 * A firmware error is reported in the output mailbox; the ioctl succeeds.
 */
struct fwctl_rpc {
	__u32 size;
	__u32 scope;
	__u32 in_len;
	__u32 out_len;
	__aligned_u64 in;
	__aligned_u64 out;
};

#define FWCTL_RPC _IO(FWCTL_TYPE, FWCTL_CMD_RPC)

#endif /* _UAPI_FWCTL_H */
