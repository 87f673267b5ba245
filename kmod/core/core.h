/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * Internal interface between the parts of mlx5ctl.ko: main.c (devices, files,
 * ioctl dispatch), rpc.c (policy and firmware RPCs) and umem.c (pinned user
 * memory). The locking and lifetime rules are at the top of main.c.
 */
#ifndef __MLX5CTL_CORE_H
#define __MLX5CTL_CORE_H

#include <linux/atomic.h>
#include <linux/kref.h>
#include <linux/list.h>
#include <linux/miscdevice.h>
#include <linux/mutex.h>
#include <linux/percpu-rwsem.h>
#include <linux/workqueue.h>
#include <linux/xarray.h>

#include <uapi/misc/mlx5ctl.h>
#include "mlx5ctl/provider.h"

/**
 * struct mlx5ctl_dev - One bound auxiliary device and its misc node
 * @kref: Held by the binding (until remove()) and by each open file
 * @rwsem: Read: any file operation using @madev/@ops; write: remove()
 * @madev: The provider's device; NULL once removed
 * @ops: The provider's operations; NULL once removed
 * @files_lock: Protects @files and @stray_umems
 * @files: Every file whose user context lives (struct mlx5ctl_file.node)
 * @stray_umems: Umems of closed files that the firmware would not destroy,
 *	pinned until remove()
 * @miscdev: /dev/mlx5ctl-<name>
 * @dev_uctx_cap: The HCA cap uctx_cap, read at probe
 * @name: The auxiliary device's name, kept for after removal
 * @open_files: Open files, for sysfs (leak checks in tests)
 * @live_uctx: User contexts created and not yet destroyed, for sysfs
 * @live_umems: Registered umems, for sysfs
 */
struct mlx5ctl_dev {
	struct kref kref;
	struct percpu_rw_semaphore rwsem;
	struct mlx5ctl_adev *madev;
	const struct mlx5ctl_dev_ops *ops;
	struct mutex files_lock; /* protects files, stray_umems */
	struct list_head files;
	struct list_head stray_umems;
	struct miscdevice miscdev;
	u32 dev_uctx_cap;
	char name[MLX5CTL_DEVICE_NAME_LEN];
	atomic_t open_files;
	atomic_t live_uctx;
	atomic_t live_umems;
};

/**
 * struct mlx5ctl_file - One open file: a firmware user context and its umems
 * @mdev: The device, referenced (kref) until release
 * @node: In @mdev->files while the user context lives
 * @umems: struct mlx5ctl_umem by firmware umem id
 * @uctx_lock: Serialises creating the user context (first use only)
 * @uctx_live: The user context exists: @uid, @uctx_cap and @ucap are set.
 *	Set once, with smp_store_release(); read with smp_load_acquire()
 * @uid: The user context's id, stamped into every command
 * @uctx_cap: Capabilities the user context was created with
 * @ucap: Capabilities the opener's privileges grant
 * @release_work: Tears the file down at release, away from its signals
 */
struct mlx5ctl_file {
	struct mlx5ctl_dev *mdev;
	struct list_head node;
	struct xarray umems;
	struct mutex uctx_lock; /* serialises creating the user context */
	bool uctx_live;
	u16 uid;
	u32 uctx_cap;
	u32 ucap;
	struct work_struct release_work;
};

/* rpc.c */
int mlx5ctl_exec(struct mlx5ctl_dev *mdev, const void *in, size_t inlen,
		 void *out, size_t outlen);
int mlx5ctl_cmdrpc(struct mlx5ctl_file *mfile, struct mlx5ctl_cmdrpc *rpc);
int mlx5ctl_rpc(struct mlx5ctl_file *mfile, struct mlx5ctl_rpc *rpc);
u32 mlx5ctl_allowed_scopes(void);

/* umem.c */
int mlx5ctl_umem_reg(struct mlx5ctl_file *mfile, struct mlx5ctl_umem_reg *reg);
int mlx5ctl_umem_unreg(struct mlx5ctl_file *mfile, u32 umem_id);
void mlx5ctl_umem_destroy_all(struct mlx5ctl_file *mfile);
void mlx5ctl_umem_release_all(struct mlx5ctl_file *mfile, bool fw_gone);
void mlx5ctl_umem_release_stray(struct mlx5ctl_dev *mdev);

#endif /* __MLX5CTL_CORE_H */
