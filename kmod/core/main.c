// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * mlx5ctl: firmware RPCs from user space to ConnectX devices, each open file
 * under its own firmware user context. One core, two front doors per device:
 * the V4 misc node /dev/mlx5ctl-<auxiliary device> (here) and fwctl's
 * /dev/fwctl/fwctlN (fwctl.c). Both open files of the one kind (struct
 * mlx5ctl_file), dispatch ioctls through mlx5ctl_ioctl() below with their own
 * table (struct mlx5ctl_door), and run RPCs through rpc.c's one policy; so
 * every rule here holds for both.
 *
 * Lifetime and locking (the rules the rest of the code follows):
 *
 * - struct mlx5ctl_dev is the core's, not the provider's. probe() creates it
 *   holding one kref; every open file holds another. It is freed at the last
 *   kref_put(), which may come long after remove() (an fd kept open).
 *
 * - mdev->rwsem guards mdev->ops and mdev->madev, which remove() clears.
 *   release and every ioctl hold it for read for as long as they use the
 *   provider, including across ops->exec(): RPCs run in parallel with no
 *   other lock, and no mutex is held while the firmware works. Each checks
 *   ops first and answers -ENODEV when it is NULL. It is a per-CPU rwsem:
 *   readers on different CPUs share no cache line, and its one writer,
 *   remove(), is rare enough to pay for an RCU grace period.
 *
 * - The misc door's open does no firmware work and takes no lock of ours:
 *   misc_open() runs it under the global misc_mtx, so a command waiting
 *   there on a hung device would stall every misc open on the system. open
 *   only allocates the file and takes a kref. It needs no rwsem: while it
 *   runs, remove() cannot have got past misc_deregister(), which takes
 *   misc_mtx.
 *
 * - A file's user context is made by mlx5ctl_uctx_get(), under the file's
 *   uctx_lock, with the capabilities its door grants (door->grant). The
 *   misc door makes it at the first ioctl that needs one, granting by the
 *   opener's privileges (file->f_cred), as V4 did; that ioctl gets the error
 *   if it fails, and the next retries. fwctl's door makes it in open, as
 *   fwctl does, granting TOOLS_RESOURCES: chrdev_open() holds no global
 *   lock, so a hung device stalls only that open, and an open that fails
 *   leaves no file. uctx_live is set (store-release) once uid and caps are,
 *   so every later ioctl tests it (load-acquire) and takes no lock.
 *
 * - fwctl's open runs with the rwsem read-held, like an ioctl; it may begin
 *   after remove() (chrdev_open() found the cdev just before
 *   cdev_device_del()), and then finds ops gone and fails with -ENODEV. The
 *   fwctl struct device holds a kref on mdev until its release, and an open
 *   fwctl file holds the device (through its cdev), so mdev outlives both.
 *
 * - remove() first deregisters both nodes: when misc_deregister() and
 *   cdev_device_del() return, no misc open is in progress and no new open
 *   can find either node. Then it takes the rwsem for write, which waits
 *   for the RPCs in flight, the contexts being created and fwctl opens (the
 *   provider makes them end promptly, see provider.h), destroys every live
 *   context with its umems, releases the stray umems, clears ops and madev,
 *   and drops the probe's kref.
 *
 * - mdev->files lists the files whose user context lives and is not being
 *   torn down (teardown takes the file off first). The ioctl that
 *   creates a context and release change it holding the rwsem for read plus
 *   files_lock (they may run in parallel); remove() walks it holding the
 *   rwsem for write. A file without a context is not on it and owns nothing
 *   in the firmware: release and remove() have nothing to destroy for it.
 *
 * - release hands the teardown of a file with a context to a kworker and
 *   waits for it: the provider's waits end on signals, and a close cannot
 *   be retried (see release).
 *
 * - Closing a file destroys its umems, then its user context, which takes
 *   along what the uid still owns (a umem an mkey kept alive is released
 *   then); a firmware error gets one retry. Only if both fail, on a device
 *   not being removed, does a umem stay pinned, on mdev->stray_umems, for
 *   the device may still write to it, and the context stay counted, on
 *   mdev->stray_uids: remove() tries once more and releases both. A device
 *   that stops answering (-ETIMEDOUT) gets no further command from that
 *   close, which so takes one command timeout at most.
 *
 * - What the core takes from the firmware it checks: a CREATE_UCTX answer
 *   naming uid 0 (the kernel's) or a uid another live file holds is refused
 *   (-EPROTO) and nothing is destroyed for it. What it relies on the firmware
 *   for: to run each command under the uid in its header (the core stamps
 *   it), to destroy what a uid owns with it, and to stop using a umem once
 *   DESTROY_UMEM or DESTROY_UCTX succeeded; the pages are unpinned only then,
 *   or at removal, when the provider has stopped the device.
 *
 * - An orphaned fd (its device removed) answers -ENODEV to every ioctl; its
 *   release frees only core memory. The fops' owner keeps mlx5ctl.ko loaded
 *   while any fd is open; the provider's module may go as soon as its device
 *   is removed, since the core keeps no pointer into it after that.
 */
#include <linux/auxiliary_bus.h>
#include <linux/capability.h>
#include <linux/fs.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "mlx5ctl/ifc.h"
#include "mlx5ctl/policy.h"
#include "core.h"

static void mlx5ctl_dev_free(struct kref *kref)
{
	struct mlx5ctl_dev *mdev = container_of(kref, struct mlx5ctl_dev, kref);

	kfree(mdev->miscdev.name);
	xa_destroy(&mdev->stray_uids);
	mutex_destroy(&mdev->files_lock);
	percpu_free_rwsem(&mdev->rwsem);
	kfree(mdev);
}

void mlx5ctl_dev_put(struct mlx5ctl_dev *mdev)
{
	kref_put(&mdev->kref, mlx5ctl_dev_free);
}

/*
 * V4's rule: the opener's privileges, not the caller's: the context is
 * created at the first ioctl, which may come from a process the fd was
 * passed to.
 */
static u32 mlx5ctl_v4_grant(struct file *filp)
{
	u32 ucap = 0;

	if (file_ns_capable(filp, &init_user_ns, CAP_NET_RAW))
		ucap |= MLX5CTL_UCTX_CAP_RAW_TX;
	if (file_ns_capable(filp, &init_user_ns, CAP_SYS_RAWIO))
		ucap |= MLX5CTL_UCTX_CAP_INTERNAL_DEVICE_RESOURCES;
	if (file_ns_capable(filp, &init_user_ns, CAP_SYS_ADMIN))
		ucap |= MLX5CTL_UCTX_CAP_TOOLS_RESOURCES;
	return ucap;
}

/* A live file's uid, or one kept because the firmware would not destroy it. files_lock held. */
static bool mlx5ctl_uid_taken(struct mlx5ctl_dev *mdev, u16 uid)
{
	struct mlx5ctl_file *other;

	list_for_each_entry(other, &mdev->files, node)
		if (other->uid == uid)
			return true;
	return xa_load(&mdev->stray_uids, uid);
}

/* uctx_lock and the rwsem held, ops present, no context yet. */
static int mlx5ctl_uctx_create(struct mlx5ctl_file *mfile, struct file *filp)
{
	u32 out[MLX5CTL_ST_SZ_DW(create_uctx_out)] = {};
	u32 in[MLX5CTL_ST_SZ_DW(create_uctx_in)] = {};
	struct mlx5ctl_dev *mdev = mfile->mdev;
	u32 ucap = mfile->door->grant(filp);
	u32 cap = ucap & mdev->dev_uctx_cap;
	u16 uid;
	int ret;

	MLX5CTL_SET(create_uctx_in, in, opcode, MLX5CTL_CMD_OP_CREATE_UCTX);
	MLX5CTL_SET(create_uctx_in, in, uctx.cap, cap);
	ret = mlx5ctl_exec(mdev, in, sizeof(in), out, sizeof(out));
	if (ret)
		return ret == -EINTR ? -ERESTARTSYS : ret;

	/*
	 * The uid comes from the firmware: untrusted. A file must never run
	 * under the kernel's uid 0, nor under a uid another live file holds
	 * (it would act on that file's objects). Such an answer is refused,
	 * and nothing is destroyed: destroying "uid 0" or another file's uid
	 * would hurt the innocent. Whatever the firmware made stays its own
	 * until removal.
	 */
	uid = MLX5CTL_GET(create_uctx_out, out, uid);
	mutex_lock(&mdev->files_lock);
	if (!uid || mlx5ctl_uid_taken(mdev, uid)) {
		mutex_unlock(&mdev->files_lock);
		dev_warn_once(&mdev->madev->adev.dev,
			      "CREATE_UCTX answered uid %u, %s; refusing user contexts the firmware hands out so\n",
			      uid, uid ? "which another file holds" : "the kernel's");
		return -EPROTO;
	}
	mfile->uid = uid;
	mfile->uctx_cap = cap;
	mfile->ucap = ucap;
	atomic_inc(&mdev->live_uctx);
	list_add_tail(&mfile->node, &mdev->files);
	mutex_unlock(&mdev->files_lock);
	/* Publishes uid and caps to the lockless readers (mlx5ctl_uctx_get). */
	smp_store_release(&mfile->uctx_live, true);
	return 0;
}

/*
 * Create the file's user context unless it exists: the first ioctl needing
 * it does (fwctl's open, or the misc door's first ioctl), any later one just
 * sees uctx_live. Concurrent first users wait on uctx_lock and find it made,
 * or try again if it failed. Rwsem held, ops present.
 */
int mlx5ctl_uctx_get(struct mlx5ctl_file *mfile, struct file *filp)
{
	int ret = 0;

	if (likely(smp_load_acquire(&mfile->uctx_live)))
		return 0;

	/* Nothing done yet: a signal may restart the call. */
	if (mutex_lock_interruptible(&mfile->uctx_lock))
		return -ERESTARTSYS;
	if (!mfile->uctx_live)
		ret = mlx5ctl_uctx_create(mfile, filp);
	mutex_unlock(&mfile->uctx_lock);
	return ret;
}

static int mlx5ctl_uctx_destroy_fw(struct mlx5ctl_dev *mdev, u16 uid)
{
	u32 out[MLX5CTL_ST_SZ_DW(mbox_out)] = {};
	u32 in[MLX5CTL_ST_SZ_DW(destroy_uctx_in)] = {};

	MLX5CTL_SET(destroy_uctx_in, in, opcode, MLX5CTL_CMD_OP_DESTROY_UCTX);
	/* The context destroys itself: runs under, and names, its own uid. */
	MLX5CTL_SET(destroy_uctx_in, in, uid, uid);
	MLX5CTL_SET(destroy_uctx_in, in, uid_to_destroy, uid);
	return mlx5ctl_exec(mdev, in, sizeof(in), out, sizeof(out));
}

static int mlx5ctl_uctx_destroy(struct mlx5ctl_file *mfile)
{
	struct mlx5ctl_dev *mdev = mfile->mdev;
	int ret;

	ret = mlx5ctl_uctx_destroy_fw(mdev, mfile->uid);
	/* A firmware error may be transient: once more. */
	if (ret && !mlx5ctl_fw_unreachable(ret))
		ret = mlx5ctl_uctx_destroy_fw(mdev, mfile->uid);
	return ret;
}

/*
 * A context the firmware would not destroy stays counted, its uid kept for
 * remove() to try again; nothing can name it from user space any more.
 */
static void mlx5ctl_uctx_keep(struct mlx5ctl_file *mfile, int err)
{
	struct mlx5ctl_dev *mdev = mfile->mdev;

	dev_warn(&mdev->madev->adev.dev,
		 "uid %u: not destroyed (%d); kept until the device is removed\n",
		 mfile->uid, err);
	if (xa_err(xa_store(&mdev->stray_uids, mfile->uid, xa_mk_value(0),
			    GFP_KERNEL)))
		atomic_dec(&mdev->live_uctx);	/* cannot keep track of it */
}

/* remove(): one more try for each kept context; the device goes anyway. */
static void mlx5ctl_uctx_release_stray(struct mlx5ctl_dev *mdev)
{
	unsigned long uid;
	void *entry;

	xa_for_each(&mdev->stray_uids, uid, entry) {
		mlx5ctl_uctx_destroy_fw(mdev, uid);
		xa_erase(&mdev->stray_uids, uid);
		atomic_dec(&mdev->live_uctx);
	}
}

/*
 * Umems before the uid they were created under; DESTROY_UCTX takes with it
 * whatever the uid still owns, so umems an mkey kept alive are released
 * after it. Rwsem held, ops present; @removing: called by remove().
 */
static void mlx5ctl_file_teardown(struct mlx5ctl_file *mfile, bool removing)
{
	struct mlx5ctl_dev *mdev = mfile->mdev;
	bool gone;
	int ret;

	/*
	 * Off the list first: once DESTROY_UCTX is through, the firmware may
	 * hand the uid to another file at once, which must not find it taken.
	 * No ioctl of this file runs any more.
	 */
	mutex_lock(&mdev->files_lock);
	list_del_init(&mfile->node);
	mutex_unlock(&mdev->files_lock);

	/*
	 * A device that stopped answering gets no more commands from this
	 * file: closing costs at most one command timeout, and what was not
	 * destroyed waits for remove().
	 */
	ret = mlx5ctl_umem_destroy_all(mfile);
	if (!mlx5ctl_fw_unreachable(ret))
		ret = mlx5ctl_uctx_destroy(mfile);
	gone = removing || !ret || ret == -ENODEV;
	if (gone)
		atomic_dec(&mdev->live_uctx);
	else
		mlx5ctl_uctx_keep(mfile, ret);
	mlx5ctl_umem_release_all(mfile, gone);
}

static void mlx5ctl_release_work(struct work_struct *work)
{
	struct mlx5ctl_file *mfile = container_of(work, struct mlx5ctl_file,
						  release_work);
	struct mlx5ctl_dev *mdev = mfile->mdev;

	percpu_down_read(&mdev->rwsem);
	/* Without ops, remove() has torn this file down already. */
	if (mdev->ops)
		mlx5ctl_file_teardown(mfile, false);
	percpu_up_read(&mdev->rwsem);
}

/*
 * A new file of @door on @mdev, holding a kref; no context yet. A file
 * opened without write access is read-only, whichever door: the opt-in
 * read-only group of the udev rule can open the nodes for reading only.
 */
struct mlx5ctl_file *mlx5ctl_file_alloc(struct mlx5ctl_dev *mdev,
					struct file *filp,
					const struct mlx5ctl_door *door)
{
	struct mlx5ctl_file *mfile;

	mfile = kzalloc(sizeof(*mfile), GFP_KERNEL_ACCOUNT);
	if (!mfile)
		return NULL;
	mfile->mdev = mdev;
	mfile->door = door;
	mfile->read_only = !(filp->f_mode & FMODE_WRITE);
	mutex_init(&mfile->uctx_lock);
	xa_init(&mfile->umems);
	INIT_LIST_HEAD(&mfile->node);
	INIT_WORK(&mfile->release_work, mlx5ctl_release_work);

	kref_get(&mdev->kref);
	atomic_inc(&mdev->open_files);
	return mfile;
}

/* Undo mlx5ctl_file_alloc() for a file whose context is gone or never was. */
void mlx5ctl_file_free(struct mlx5ctl_file *mfile)
{
	struct mlx5ctl_dev *mdev = mfile->mdev;

	xa_destroy(&mfile->umems);
	mutex_destroy(&mfile->uctx_lock);
	kfree(mfile);
	atomic_dec(&mdev->open_files);
	mlx5ctl_dev_put(mdev);
}

static const struct mlx5ctl_door mlx5ctl_v4_door;

static int mlx5ctl_open(struct inode *inode, struct file *filp)
{
	struct mlx5ctl_dev *mdev = container_of(filp->private_data,
						struct mlx5ctl_dev, miscdev);
	struct mlx5ctl_file *mfile;

	/* No firmware command here: see the top (misc_mtx). */
	mfile = mlx5ctl_file_alloc(mdev, filp, &mlx5ctl_v4_door);
	if (!mfile)
		return -ENOMEM;
	filp->private_data = mfile;
	return stream_open(inode, filp);
}

/* Both doors' release. */
int mlx5ctl_release(struct inode *inode, struct file *filp)
{
	struct mlx5ctl_file *mfile = filp->private_data;

	/*
	 * A provider's wait for the firmware ends on a signal (-EINTR, not
	 * delivered), and close often runs with one pending (SIGKILL at exit)
	 * or gets one midway. Unlike an ioctl it cannot be restarted, so an
	 * interrupted DESTROY would leave the uid and pinned pages behind for
	 * good. A kworker never has a signal pending: tear down there, and
	 * wait for it, so that close still returns with everything freed.
	 * A file that never made a context owns nothing in the firmware. No
	 * ioctl runs any more: uctx_live is stable.
	 */
	if (mfile->uctx_live) {
		queue_work(system_unbound_wq, &mfile->release_work);
		flush_work(&mfile->release_work);
	}
	mlx5ctl_file_free(mfile);
	return 0;
}

/* Copy the answer back, no more of it than user space knows. */
int mlx5ctl_ucmd_respond(struct mlx5ctl_ucmd *ucmd, size_t ksize)
{
	if (copy_to_user(ucmd->ubuf, ucmd->buf, min_t(size_t, ucmd->user_size, ksize)))
		return -EFAULT;
	return 0;
}

static int mlx5ctl_ioctl_info(struct mlx5ctl_ucmd *ucmd)
{
	struct mlx5ctl_file *mfile = ucmd->mfile;

	ucmd->buf->info = (struct mlx5ctl_info) {
		.uctx_uid = mfile->uid,
		.uctx_cap = mfile->uctx_cap,
		.dev_uctx_cap = mfile->mdev->dev_uctx_cap,
		.ucap = mfile->ucap,
	};
	return mlx5ctl_ucmd_respond(ucmd, sizeof(ucmd->buf->info));
}

static int mlx5ctl_ioctl_cmdrpc(struct mlx5ctl_ucmd *ucmd)
{
	return mlx5ctl_cmdrpc(ucmd->mfile, &ucmd->buf->cmdrpc);
}

int mlx5ctl_ioctl_umem_reg(struct mlx5ctl_ucmd *ucmd)
{
	struct mlx5ctl_umem_reg *reg = &ucmd->buf->umem_reg;
	int ret;

	ret = mlx5ctl_umem_reg(ucmd->mfile, reg);
	if (ret)
		return ret;
	ret = mlx5ctl_ucmd_respond(ucmd, sizeof(*reg));
	if (ret)
		goto err_unreg;
	return 0;

err_unreg:
	/* User space never learnt the id: it could not unregister it. */
	mlx5ctl_umem_unreg(ucmd->mfile, reg->umem_id);
	return ret;
}

int mlx5ctl_ioctl_umem_unreg(struct mlx5ctl_ucmd *ucmd)
{
	struct mlx5ctl_umem_unreg *unreg = &ucmd->buf->umem_unreg;

	if (unreg->reserved)
		return -EINVAL;
	return mlx5ctl_umem_unreg(ucmd->mfile, unreg->umem_id);
}

static int mlx5ctl_ioctl_rpc(struct mlx5ctl_ucmd *ucmd)
{
	return mlx5ctl_rpc(ucmd->mfile, &ucmd->buf->rpc);
}

int mlx5ctl_ioctl_device_info(struct mlx5ctl_ucmd *ucmd)
{
	struct mlx5ctl_device_info *info = &ucmd->buf->device_info;
	struct mlx5ctl_file *mfile = ucmd->mfile;
	struct mlx5ctl_dev *mdev = mfile->mdev;

	/*
	 * As the uAPI header and fwctl say: no flag is known yet, so any is an
	 * unsupported value of a known field; reserved bytes are just wrong.
	 */
	if (info->flags)
		return -EOPNOTSUPP;
	if (info->reserved)
		return -EINVAL;

	info->max_inlen = MLX5CTL_RPC_MAX_LEN;
	info->max_outlen = MLX5CTL_RPC_MAX_LEN;
	info->scopes = mlx5ctl_allowed_scopes();
	info->uctx_cap = mfile->uctx_cap;
	info->dev_uctx_cap = mdev->dev_uctx_cap;
	info->uctx_uid = mfile->uid;
	BUILD_BUG_ON(sizeof(info->schema_id) != sizeof(mlx5ctl_schema_id));
	memcpy(info->schema_id, mlx5ctl_schema_id, sizeof(info->schema_id));
	strscpy_pad(info->name, mdev->name, sizeof(info->name));
	return mlx5ctl_ucmd_respond(ucmd, sizeof(*info));
}

/* UMEM_UNREG alone needs no context: a file without one has no umem. */
static const struct mlx5ctl_ioctl_op mlx5ctl_v4_ioctls[] = {
	MLX5CTL_IOCTL_OP(MLX5CTL_IOCTL_INFO, mlx5ctl_ioctl_info,
			 struct mlx5ctl_info, ucap, false, true),
	MLX5CTL_IOCTL_OP(MLX5CTL_IOCTL_CMDRPC, mlx5ctl_ioctl_cmdrpc,
			 struct mlx5ctl_cmdrpc, outlen, false, true),
	MLX5CTL_IOCTL_OP(MLX5CTL_IOCTL_UMEM_REG, mlx5ctl_ioctl_umem_reg,
			 struct mlx5ctl_umem_reg, reserved, false, true),
	MLX5CTL_IOCTL_OP(MLX5CTL_IOCTL_UMEM_UNREG, mlx5ctl_ioctl_umem_unreg,
			 struct mlx5ctl_umem_unreg, reserved, false, false),
	MLX5CTL_IOCTL_OP(MLX5CTL_IOCTL_RPC, mlx5ctl_ioctl_rpc,
			 struct mlx5ctl_rpc, out, true, true),
	MLX5CTL_IOCTL_OP(MLX5CTL_IOCTL_DEVICE_INFO, mlx5ctl_ioctl_device_info,
			 struct mlx5ctl_device_info, name, true, true),
};

static const struct mlx5ctl_door mlx5ctl_v4_door = {
	.name = "mlx5ctl",
	.ops = mlx5ctl_v4_ioctls,
	.n_ops = ARRAY_SIZE(mlx5ctl_v4_ioctls),
	.grant = mlx5ctl_v4_grant,
};

static const struct mlx5ctl_ioctl_op *
mlx5ctl_ioctl_op_find(const struct mlx5ctl_door *door, unsigned int cmd)
{
	unsigned int i;

	for (i = 0; i < door->n_ops; i++)
		if (door->ops[i].cmd == cmd)
			return &door->ops[i];
	return NULL;
}

/*
 * Both doors' ioctl: the one place argument sizes are checked, arguments
 * copied in and the device's presence tested.
 */
long mlx5ctl_ioctl(struct file *filp, unsigned int cmd, unsigned long arg)
{
	struct mlx5ctl_file *mfile = filp->private_data;
	struct mlx5ctl_dev *mdev = mfile->mdev;
	const struct mlx5ctl_ioctl_op *op;
	/*
	 * Not zeroed on entry: copied in below, or (INFO) written whole by
	 * the handler, and never copied out beyond op->size.
	 */
	union mlx5ctl_ioctl_buf buf __uninitialized;
	struct mlx5ctl_ucmd ucmd = {
		.mfile = mfile,
		.ubuf = (void __user *)arg,
		.buf = &buf,
	};
	long ret;

	op = mlx5ctl_ioctl_op_find(mfile->door, cmd);
	if (!op)
		return -ENOTTY;

	if (op->extensible) {
		if (get_user(ucmd.user_size, (u32 __user *)ucmd.ubuf))
			return -EFAULT;
		if (ucmd.user_size < op->min_size)
			return -EINVAL;
		/* -E2BIG when bytes past what we know are not zero. */
		ret = copy_struct_from_user(&buf, op->size, ucmd.ubuf,
					    ucmd.user_size);
		if (ret)
			return ret;
	} else {
		ucmd.user_size = op->size;
		if ((_IOC_DIR(cmd) & _IOC_WRITE) &&
		    copy_from_user(&buf, ucmd.ubuf, op->size))
			return -EFAULT;
	}

	percpu_down_read(&mdev->rwsem);
	if (!mdev->ops) {
		ret = -ENODEV;
		goto out_unlock;
	}
	if (op->needs_uctx) {
		ret = mlx5ctl_uctx_get(mfile, filp);
		if (ret)
			goto out_unlock;
	}
	ret = op->execute(&ucmd);
out_unlock:
	percpu_up_read(&mdev->rwsem);
	return ret;
}

static const struct file_operations mlx5ctl_fops = {
	.owner = THIS_MODULE,
	.open = mlx5ctl_open,
	.release = mlx5ctl_release,
	.unlocked_ioctl = mlx5ctl_ioctl,
	.compat_ioctl = compat_ptr_ioctl,
	.llseek = MLX5CTL_NO_LLSEEK,
};

static struct mlx5ctl_dev *mlx5ctl_dev_of(struct device *dev)
{
	struct miscdevice *miscdev = dev_get_drvdata(dev);

	return container_of(miscdev, struct mlx5ctl_dev, miscdev);
}

/* fwctl's node for this device (fwctlN), or nothing when not served. */
static ssize_t fwctl_show(struct device *dev, struct device_attribute *attr,
			  char *buf)
{
	struct mlx5ctl_dev *mdev = mlx5ctl_dev_of(dev);

	if (mdev->fwctl_id < 0)
		return sysfs_emit(buf, "\n");
	return sysfs_emit(buf, "%s\n", dev_name(&mdev->fwctl_dev));
}
static DEVICE_ATTR_RO(fwctl);

/* The auxiliary device's name, as the node's and DEVICE_INFO's. */
static ssize_t name_show(struct device *dev, struct device_attribute *attr,
			 char *buf)
{
	return sysfs_emit(buf, "%s\n", mlx5ctl_dev_of(dev)->name);
}
static DEVICE_ATTR_RO(name);

/* The providing module: the auxiliary device name up to its first dot. */
static ssize_t provider_show(struct device *dev, struct device_attribute *attr,
			     char *buf)
{
	const char *name = mlx5ctl_dev_of(dev)->name;

	return sysfs_emit(buf, "%.*s\n", (int)strcspn(name, "."), name);
}
static DEVICE_ATTR_RO(provider);

static ssize_t open_files_show(struct device *dev,
			       struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%d\n", atomic_read(&mlx5ctl_dev_of(dev)->open_files));
}
static DEVICE_ATTR_RO(open_files);

static ssize_t uctx_count_show(struct device *dev,
			       struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%d\n", atomic_read(&mlx5ctl_dev_of(dev)->live_uctx));
}
static DEVICE_ATTR_RO(uctx_count);

static ssize_t umem_count_show(struct device *dev,
			       struct device_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%d\n", atomic_read(&mlx5ctl_dev_of(dev)->live_umems));
}
static DEVICE_ATTR_RO(umem_count);

/*
 * The policy every device of this module enforces, as text (rpc.c), readable
 * by anyone: it says what the driver allows, nothing about a device.
 */
static ssize_t policy_read(struct file *filp, struct kobject *kobj,
			   struct bin_attribute *attr, char *buf, loff_t off,
			   size_t count)
{
	return mlx5ctl_policy_read(buf, off, count);
}
static BIN_ATTR_RO(policy, 0);

static struct attribute *mlx5ctl_attrs[] = {
	&dev_attr_name.attr,
	&dev_attr_provider.attr,
	&dev_attr_fwctl.attr,
	&dev_attr_open_files.attr,
	&dev_attr_uctx_count.attr,
	&dev_attr_umem_count.attr,
	NULL,
};

static struct bin_attribute *mlx5ctl_bin_attrs[] = {
	&bin_attr_policy,
	NULL,
};

static const struct attribute_group mlx5ctl_group = {
	.attrs = mlx5ctl_attrs,
	.bin_attrs = mlx5ctl_bin_attrs,
};

static const struct attribute_group *mlx5ctl_groups[] = {
	&mlx5ctl_group,
	NULL,
};

static int mlx5ctl_query_uctx_cap(struct mlx5ctl_dev *mdev)
{
	u32 in[MLX5CTL_ST_SZ_DW(query_hca_cap_in)] = {};
	size_t outlen = MLX5CTL_ST_SZ_BYTES(query_hca_cap_out);
	void *out;
	int ret;

	out = kzalloc(outlen, GFP_KERNEL);
	if (!out)
		return -ENOMEM;
	MLX5CTL_SET(query_hca_cap_in, in, opcode, MLX5CTL_CMD_OP_QUERY_HCA_CAP);
	MLX5CTL_SET(query_hca_cap_in, in, op_mod,
		    MLX5CTL_CAP_GENERAL << 1 | MLX5CTL_HCA_CAP_MODE_CURRENT);
	ret = mlx5ctl_exec(mdev, in, sizeof(in), out, outlen);
	if (!ret)
		mdev->dev_uctx_cap = MLX5CTL_GET(query_hca_cap_out, out,
						 capability.cmd_hca_cap.uctx_cap);
	kfree(out);
	return ret;
}

/*
 * Both nodes' parent: the function the provider drives (the auxiliary
 * device's parent: a PCI function, or the simulator's device), so that
 * device/driver names its driver, as fwctl tools expect.
 */
struct device *mlx5ctl_dev_parent(struct mlx5ctl_dev *mdev)
{
	struct device *adev = &mdev->madev->adev.dev;

	return adev->parent ?: adev;
}

static int mlx5ctl_probe(struct auxiliary_device *adev,
			 const struct auxiliary_device_id *id)
{
	struct mlx5ctl_adev *madev = to_mlx5ctl_adev(adev);
	struct mlx5ctl_dev *mdev;
	int ret;

	if (!madev->ops || !madev->ops->exec)
		return -EINVAL;

	mdev = kzalloc(sizeof(*mdev), GFP_KERNEL);
	if (!mdev)
		return -ENOMEM;
	ret = percpu_init_rwsem(&mdev->rwsem);
	if (ret)
		goto err_free_mdev;
	kref_init(&mdev->kref);
	mutex_init(&mdev->files_lock);
	INIT_LIST_HEAD(&mdev->files);
	INIT_LIST_HEAD(&mdev->stray_umems);
	xa_init(&mdev->stray_uids);
	mdev->madev = madev;
	mdev->ops = madev->ops;
	mdev->fwctl_id = -1;
	strscpy(mdev->name, dev_name(&adev->dev), sizeof(mdev->name));

	ret = mlx5ctl_query_uctx_cap(mdev);
	if (ret) {
		dev_err(&adev->dev, "cannot query uctx_cap: %d\n", ret);
		goto err_put;
	}

	mdev->miscdev.name = kasprintf(GFP_KERNEL, "mlx5ctl-%s",
				       dev_name(&adev->dev));
	if (!mdev->miscdev.name) {
		ret = -ENOMEM;
		goto err_put;
	}
	mdev->miscdev.minor = MISC_DYNAMIC_MINOR;
	mdev->miscdev.fops = &mlx5ctl_fops;
	mdev->miscdev.parent = mlx5ctl_dev_parent(mdev);
	mdev->miscdev.groups = mlx5ctl_groups;
	mdev->miscdev.mode = 0600;
	ret = misc_register(&mdev->miscdev);
	if (ret)
		goto err_put;
	ret = mlx5ctl_fwctl_register(mdev);
	if (ret)
		goto err_misc;

	auxiliary_set_drvdata(adev, mdev);
	return 0;

err_misc:
	misc_deregister(&mdev->miscdev);
err_put:
	/* Frees the name and rwsem too; no file can hold a reference yet. */
	mlx5ctl_dev_put(mdev);
	return ret;

err_free_mdev:
	kfree(mdev);
	return ret;
}

static void mlx5ctl_remove(struct auxiliary_device *adev)
{
	struct mlx5ctl_dev *mdev = auxiliary_get_drvdata(adev);
	struct mlx5ctl_file *mfile, *tmp;

	misc_deregister(&mdev->miscdev);
	mlx5ctl_fwctl_unregister(mdev);

	percpu_down_write(&mdev->rwsem);
	list_for_each_entry_safe(mfile, tmp, &mdev->files, node)
		mlx5ctl_file_teardown(mfile, true);
	mlx5ctl_uctx_release_stray(mdev);
	mlx5ctl_umem_release_stray(mdev);
	mdev->ops = NULL;
	mdev->madev = NULL;
	percpu_up_write(&mdev->rwsem);

	mlx5ctl_dev_put(mdev);
}

static const struct auxiliary_device_id mlx5ctl_id_table[] = {
	{ .name = "mlx5ctl_sim.ctl" },
	{ .name = "mlx5_core.ctl" },
	{},
};
MODULE_DEVICE_TABLE(auxiliary, mlx5ctl_id_table);

static struct auxiliary_driver mlx5ctl_driver = {
	.name = "ctl",
	.probe = mlx5ctl_probe,
	.remove = mlx5ctl_remove,
	.id_table = mlx5ctl_id_table,
};
static int __init mlx5ctl_init(void)
{
	int ret;

	ret = mlx5ctl_policy_text_init();
	if (ret)
		return ret;
	ret = mlx5ctl_fwctl_init();
	if (ret)
		goto err_policy;
	ret = auxiliary_driver_register(&mlx5ctl_driver);
	if (ret)
		goto err_fwctl;
	return 0;

err_fwctl:
	mlx5ctl_fwctl_exit();
err_policy:
	mlx5ctl_policy_text_exit();
	return ret;
}

static void __exit mlx5ctl_exit(void)
{
	auxiliary_driver_unregister(&mlx5ctl_driver);
	mlx5ctl_fwctl_exit();
	mlx5ctl_policy_text_exit();
}

module_init(mlx5ctl_init);
module_exit(mlx5ctl_exit);

MODULE_DESCRIPTION("mlx5ctl: firmware RPCs to ConnectX devices from user space");
MODULE_LICENSE("Dual BSD/GPL");
