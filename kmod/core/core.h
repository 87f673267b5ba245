/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * Internal interface between the parts of mlx5ctl.ko: main.c (devices, files,
 * ioctl dispatch, the V4 misc front door), fwctl.c (fwctl's front door),
 * rpc.c (policy and firmware RPCs) and umem.c (pinned user memory). The
 * locking and lifetime rules are at the top of main.c.
 */
#ifndef __MLX5CTL_CORE_H
#define __MLX5CTL_CORE_H

#include <linux/atomic.h>
#include <linux/cdev.h>
#include <linux/device.h>
#include <linux/kref.h>
#include <linux/list.h>
#include <linux/miscdevice.h>
#include <linux/mutex.h>
#include <linux/percpu-rwsem.h>
#include <linux/version.h>
#include <linux/workqueue.h>
#include <linux/xarray.h>

#include <uapi/fwctl/fwctl.h>
#include <uapi/misc/mlx5ctl.h>
#include "mlx5ctl/provider.h"

struct mlx5ctl_door;

/*
 * Both doors are streams (stream_open()): seeking fails with ESPIPE. 6.12
 * dropped no_llseek(); there a stream without .llseek already does.
 */
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 12, 0)
#define MLX5CTL_NO_LLSEEK no_llseek
#else
#define MLX5CTL_NO_LLSEEK NULL
#endif

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
 * @stray_uids: User contexts of closed files that the firmware would not
 *	destroy (value-less entries by uid): still counted
 *	in @live_uctx, destroyed again at remove()
 * @miscdev: /dev/mlx5ctl-<name>
 * @fwctl_dev: /dev/fwctl/fwctlN, when fwctl's uAPI is served (@fwctl_id >= 0);
 *	it holds a kref on this struct until its release
 * @fwctl_cdev: Its character device
 * @fwctl_id: N of fwctlN, or -1 when fwctl's uAPI is not served
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
	struct xarray stray_uids;
	struct miscdevice miscdev;
	struct device fwctl_dev;
	struct cdev fwctl_cdev;
	int fwctl_id;
	u32 dev_uctx_cap;
	char name[MLX5CTL_DEVICE_NAME_LEN];
	atomic_t open_files;
	atomic_t live_uctx;
	atomic_t live_umems;
};

/**
 * struct mlx5ctl_file - One open file: a firmware user context and its umems
 * @mdev: The device, referenced (kref) until release
 * @door: The front door the file was opened through
 * @node: In @mdev->files while the user context lives
 * @umems: struct mlx5ctl_umem by firmware umem id
 * @uctx_lock: Serialises creating the user context (first use only)
 * @uctx_live: The user context exists: @uid, @uctx_cap and @ucap are set.
 *	Set once, with smp_store_release(); read with smp_load_acquire()
 * @uid: The user context's id, stamped into every command
 * @uctx_cap: Capabilities the user context was created with
 * @ucap: Capabilities the opener's privileges grant
 * @read_only: Opened without write access: sends only reads (rpc.c) and
 *	registers no umem
 * @release_work: Tears the file down at release, away from its signals
 */
struct mlx5ctl_file {
	struct mlx5ctl_dev *mdev;
	const struct mlx5ctl_door *door;
	struct list_head node;
	struct xarray umems;
	struct mutex uctx_lock; /* serialises creating the user context */
	bool uctx_live;
	u16 uid;
	u32 uctx_cap;
	u32 ucap;
	bool read_only;
	struct work_struct release_work;
};

/* The kernel's copy of any ioctl argument, of either front door. */
union mlx5ctl_ioctl_buf {
	struct mlx5ctl_info info;
	struct mlx5ctl_cmdrpc cmdrpc;
	struct mlx5ctl_umem_reg umem_reg;
	struct mlx5ctl_umem_unreg umem_unreg;
	struct mlx5ctl_rpc rpc;
	struct mlx5ctl_device_info device_info;
	struct fwctl_info fwctl_info;
	struct fwctl_rpc fwctl_rpc;
};

/**
 * struct mlx5ctl_ucmd - One ioctl call, its argument checked and copied in
 * @mfile: The file
 * @ubuf: The user's argument
 * @user_size: Bytes of it user space knows (the struct's size for V4)
 * @buf: The kernel's copy, zero past @user_size
 */
struct mlx5ctl_ucmd {
	struct mlx5ctl_file *mfile;
	void __user *ubuf;
	u32 user_size;
	union mlx5ctl_ioctl_buf *buf;
};

/**
 * struct mlx5ctl_ioctl_op - One ioctl of a front door
 * @cmd: Its number
 * @size: The kernel's struct size
 * @min_size: offsetofend() of the last mandatory field
 * @extensible: The struct begins with its __u32 size (fwctl style); else its
 *	size is fixed by @cmd (V4)
 * @needs_uctx: The handler uses the file's user context (created if need be)
 * @execute: The handler, called with the rwsem read-held and ops present
 */
struct mlx5ctl_ioctl_op {
	unsigned int cmd;
	u32 size;
	u32 min_size;
	bool extensible;
	bool needs_uctx;
	int (*execute)(struct mlx5ctl_ucmd *ucmd);
};

#define MLX5CTL_IOCTL_OP(_cmd, _fn, _struct, _last, _ext, _uctx)	\
	{								\
		.cmd = _cmd,						\
		.size = sizeof(_struct),				\
		.min_size = offsetofend(_struct, _last),		\
		.extensible = _ext,					\
		.needs_uctx = _uctx,					\
		.execute = _fn,						\
	}

/**
 * struct mlx5ctl_door - A front door: a uAPI over the one core
 * @name: For messages
 * @ops: Its ioctls
 * @n_ops: How many
 * @grant: The user context capabilities its rule gives the opener of
 *	@filp (before they are masked with the device's); the V4 door grants by
 *	the opener's privileges, fwctl's grants TOOLS_RESOURCES
 */
struct mlx5ctl_door {
	const char *name;
	const struct mlx5ctl_ioctl_op *ops;
	unsigned int n_ops;
	u32 (*grant)(struct file *filp);
};

/* main.c: what both front doors share. */
struct mlx5ctl_file *mlx5ctl_file_alloc(struct mlx5ctl_dev *mdev,
					struct file *filp,
					const struct mlx5ctl_door *door);
void mlx5ctl_file_free(struct mlx5ctl_file *mfile);
int mlx5ctl_uctx_get(struct mlx5ctl_file *mfile, struct file *filp);
int mlx5ctl_release(struct inode *inode, struct file *filp);
long mlx5ctl_ioctl(struct file *filp, unsigned int cmd, unsigned long arg);
int mlx5ctl_ucmd_respond(struct mlx5ctl_ucmd *ucmd, size_t ksize);
void mlx5ctl_dev_put(struct mlx5ctl_dev *mdev);
struct device *mlx5ctl_dev_parent(struct mlx5ctl_dev *mdev);
int mlx5ctl_ioctl_umem_reg(struct mlx5ctl_ucmd *ucmd);
int mlx5ctl_ioctl_umem_unreg(struct mlx5ctl_ucmd *ucmd);
int mlx5ctl_ioctl_device_info(struct mlx5ctl_ucmd *ucmd);

/* fwctl.c */
int mlx5ctl_fwctl_init(void);
void mlx5ctl_fwctl_exit(void);
int mlx5ctl_fwctl_register(struct mlx5ctl_dev *mdev);
void mlx5ctl_fwctl_unregister(struct mlx5ctl_dev *mdev);

/*
 * A command that failed so will not succeed soon: the device stopped
 * answering (-ETIMEDOUT) or is going (-ENODEV). Teardown sends no more.
 */
static inline bool mlx5ctl_fw_unreachable(int ret)
{
	return ret == -ETIMEDOUT || ret == -ENODEV;
}

/* rpc.c */
int mlx5ctl_exec(struct mlx5ctl_dev *mdev, const void *in, size_t inlen,
		 void *out, size_t outlen);
int mlx5ctl_cmdrpc(struct mlx5ctl_file *mfile, struct mlx5ctl_cmdrpc *rpc);
int mlx5ctl_rpc(struct mlx5ctl_file *mfile, struct mlx5ctl_rpc *rpc);
int mlx5ctl_fwctl_rpc(struct mlx5ctl_file *mfile, struct fwctl_rpc *rpc);
u32 mlx5ctl_allowed_scopes(void);
int mlx5ctl_policy_text_init(void);
void mlx5ctl_policy_text_exit(void);
ssize_t mlx5ctl_policy_read(char *buf, loff_t off, size_t count);

/* umem.c */
int mlx5ctl_umem_reg(struct mlx5ctl_file *mfile, struct mlx5ctl_umem_reg *reg);
int mlx5ctl_umem_unreg(struct mlx5ctl_file *mfile, u32 umem_id);
int mlx5ctl_umem_destroy_all(struct mlx5ctl_file *mfile);
void mlx5ctl_umem_release_all(struct mlx5ctl_file *mfile, bool fw_gone);
void mlx5ctl_umem_release_stray(struct mlx5ctl_dev *mdev);

#endif /* __MLX5CTL_CORE_H */
