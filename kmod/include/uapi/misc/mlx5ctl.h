/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * mlx5ctl: firmware RPCs to ConnectX devices, from user space.
 *
 * The first four ioctls are the mlx5ctl V4 uAPI, kept binary compatible. The
 * rest follow fwctl's conventions for extensible structs: the first __u32 is
 * the size user space knows; a size below the last mandatory field fails with
 * EINVAL, non-zero bytes past what the kernel knows fail with E2BIG, and an
 * unsupported value of a known field fails with EOPNOTSUPP.
 *
 * This header is the one definition of the uAPI: the Java runtime's ioctl
 * numbers and struct layouts are generated from it (codegen generate
 * --uapi-header).
 */
#ifndef _UAPI_MISC_MLX5CTL_H
#define _UAPI_MISC_MLX5CTL_H

#include <linux/types.h>
#include <linux/ioctl.h>

#define MLX5CTL_IOCTL_MAGIC 0x5c

/* Smallest and largest mailbox accepted by CMDRPC (V4 limits). */
#define MLX5CTL_CMDRPC_MIN_LEN 16
#define MLX5CTL_CMDRPC_MAX_LEN (512 * 512)

/* Largest mailbox accepted by the scoped RPC (fwctl limit). */
#define MLX5CTL_RPC_MAX_LEN (2 * 1024 * 1024)

/* Largest memory region one UMEM_REG may pin. */
#define MLX5CTL_UMEM_MAX_LEN (64 * 1024 * 1024)

/* Bits of uctx_cap, dev_uctx_cap and ucap. */
#define MLX5CTL_UCTX_CAP_RAW_TX 0x1
#define MLX5CTL_UCTX_CAP_INTERNAL_DEVICE_RESOURCES 0x2
#define MLX5CTL_UCTX_CAP_TOOLS_RESOURCES 0x4

/**
 * struct mlx5ctl_info - Device information for this open file (V4)
 * @uctx_uid: Firmware user context id that every RPC of this file runs under
 * @reserved1: Must be 0
 * @uctx_cap: Capabilities the user context was created with
 * @dev_uctx_cap: Capabilities the device offers to user contexts
 * @ucap: Capabilities granted to the caller (the opener's privileges)
 */
struct mlx5ctl_info {
	__u16 uctx_uid;
	__u16 reserved1;
	__u32 uctx_cap;
	__u32 dev_uctx_cap;
	__u32 ucap;
};

/**
 * struct mlx5ctl_cmdrpc - One firmware command, at the driver's default scope (V4)
 * @in: User pointer to the command's input mailbox
 * @out: User pointer to the buffer that receives the output mailbox
 * @inlen: Length of @in in bytes, MLX5CTL_CMDRPC_MIN_LEN to MLX5CTL_CMDRPC_MAX_LEN
 * @outlen: Length of @out in bytes, MLX5CTL_CMDRPC_MIN_LEN to MLX5CTL_CMDRPC_MAX_LEN
 *
 * The driver overwrites the uid field of the command header with this file's
 * user context id. A firmware error is reported in the output mailbox's
 * status and syndrome; the ioctl itself then still returns 0.
 */
struct mlx5ctl_cmdrpc {
	__aligned_u64 in;
	__aligned_u64 out;
	__u32 inlen;
	__u32 outlen;
};

/**
 * struct mlx5ctl_umem_reg - Pin user memory and register it with the device (V4)
 * @addr: Start of the memory (user virtual address)
 * @len: Length in bytes, at most MLX5CTL_UMEM_MAX_LEN; charged to RLIMIT_MEMLOCK
 * @umem_id: Output: the firmware's umem id, for use in later commands
 * @reserved: Must be 0
 */
struct mlx5ctl_umem_reg {
	__aligned_u64 addr;
	__aligned_u64 len;
	__u32 umem_id;
	__u32 reserved;
};

/**
 * struct mlx5ctl_umem_unreg - Unregister and unpin a umem of this file (V4)
 * @umem_id: The id UMEM_REG returned
 * @reserved: Must be 0
 */
struct mlx5ctl_umem_unreg {
	__u32 umem_id;
	__u32 reserved;
};

/**
 * enum mlx5ctl_rpc_scope - How much an RPC may do, as fwctl's scopes
 * @MLX5CTL_RPC_CONFIGURATION: Device configuration; the device stays
 *	supported; allowed under kernel lockdown
 * @MLX5CTL_RPC_DEBUG_READ_ONLY: Read-only debug access, no secrets; allowed
 *	under kernel lockdown
 * @MLX5CTL_RPC_DEBUG_WRITE: Mutating debug access; taints the kernel;
 *	refused (EPERM) under kernel lockdown, integrity or confidentiality
 * @MLX5CTL_RPC_DEBUG_WRITE_FULL: Unrestricted debug access; needs
 *	CAP_SYS_RAWIO and taints the kernel; refused (EPERM) under lockdown
 */
enum mlx5ctl_rpc_scope {
	MLX5CTL_RPC_CONFIGURATION = 0,
	MLX5CTL_RPC_DEBUG_READ_ONLY = 1,
	MLX5CTL_RPC_DEBUG_WRITE = 2,
	MLX5CTL_RPC_DEBUG_WRITE_FULL = 3,
};

/**
 * struct mlx5ctl_rpc - One firmware command at a chosen scope
 * @size: sizeof(struct mlx5ctl_rpc) as user space knows it
 * @scope: One of enum mlx5ctl_rpc_scope; the command must be allowed at it
 * @inlen: Length of @in in bytes, MLX5CTL_CMDRPC_MIN_LEN to MLX5CTL_RPC_MAX_LEN
 * @outlen: Length of @out in bytes, MLX5CTL_CMDRPC_MIN_LEN to MLX5CTL_RPC_MAX_LEN
 * @in: User pointer to the command's input mailbox
 * @out: User pointer to the buffer that receives the output mailbox
 *
 * Unknown opcodes and opcodes not allowed at @scope fail with EBADMSG, a
 * mailbox shorter than the command's layout with EINVAL, one beyond
 * MLX5CTL_RPC_MAX_LEN with EMSGSIZE; a longer output comes back zero-filled.
 */
struct mlx5ctl_rpc {
	__u32 size;
	__u32 scope;
	__u32 inlen;
	__u32 outlen;
	__aligned_u64 in;
	__aligned_u64 out;
};

#define MLX5CTL_DEVICE_NAME_LEN 64
#define MLX5CTL_SCHEMA_ID_LEN 32

/**
 * struct mlx5ctl_device_info - What the driver and device offer this file
 * @size: sizeof(struct mlx5ctl_device_info) as user space knows it
 * @flags: Must be 0
 * @max_inlen: Largest input mailbox the scoped RPC accepts
 * @max_outlen: Largest output mailbox the scoped RPC accepts
 * @scopes: Bit (1 << scope) set for each scope this file may use
 * @uctx_cap: Capabilities of this file's user context
 * @dev_uctx_cap: Capabilities the device offers to user contexts
 * @uctx_uid: This file's firmware user context id
 * @reserved: Must be 0
 * @schema_id: SHA-256 identity of the schema the policy table was generated from
 * @name: Device name (the auxiliary device's), NUL terminated
 */
struct mlx5ctl_device_info {
	__u32 size;
	__u32 flags;
	__u32 max_inlen;
	__u32 max_outlen;
	__u32 scopes;
	__u32 uctx_cap;
	__u32 dev_uctx_cap;
	__u16 uctx_uid;
	__u16 reserved;
	__u8 schema_id[MLX5CTL_SCHEMA_ID_LEN];
	char name[MLX5CTL_DEVICE_NAME_LEN];
};

#define MLX5CTL_IOCTL_INFO _IOR(MLX5CTL_IOCTL_MAGIC, 0x0, struct mlx5ctl_info)
#define MLX5CTL_IOCTL_CMDRPC _IOWR(MLX5CTL_IOCTL_MAGIC, 0x1, struct mlx5ctl_cmdrpc)
#define MLX5CTL_IOCTL_UMEM_REG _IOWR(MLX5CTL_IOCTL_MAGIC, 0x2, struct mlx5ctl_umem_reg)
#define MLX5CTL_IOCTL_UMEM_UNREG _IOWR(MLX5CTL_IOCTL_MAGIC, 0x3, struct mlx5ctl_umem_unreg)
#define MLX5CTL_IOCTL_RPC _IO(MLX5CTL_IOCTL_MAGIC, 0x10)
#define MLX5CTL_IOCTL_DEVICE_INFO _IO(MLX5CTL_IOCTL_MAGIC, 0x11)

#endif /* _UAPI_MISC_MLX5CTL_H */
