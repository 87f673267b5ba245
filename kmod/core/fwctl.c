// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * fwctl's front door: for each device, /dev/fwctl/fwctlN of class fwctl,
 * serving fwctl's uAPI (uapi/fwctl/fwctl.h, Linux 6.15) on kernels that have
 * no fwctl, so that tools written for fwctl run unchanged.
 *
 * Only the door is here: files, user contexts, umems, ioctl dispatch and the
 * removal rules are main.c's, the RPC policy is rpc.c's. As upstream: the node
 * is root 0600 and opening it checks no capability; open creates the file's
 * user context, with TOOLS_RESOURCES when the device offers it; FWCTL_INFO
 * reports struct fwctl_info_mlx5. Beyond upstream, the node also answers the
 * mlx5ctl ioctls that have no fwctl counterpart (UMEM_REG, UMEM_UNREG,
 * DEVICE_INFO: another ioctl magic, so no fwctl tool can send them by
 * mistake) and 32-bit processes (the structs are the same for them).
 * Stricter than upstream, as on the misc node: under kernel lockdown both
 * debug-write scopes are refused (rpc.c), where upstream lets
 * DEBUG_WRITE_FULL through to CAP_SYS_RAWIO.
 *
 * A kernel built with its own fwctl (CONFIG_FWCTL, 6.15 on) owns the class
 * "fwctl" and the "fwctl" chrdev region; two owners would clash, and there
 * fwctl's own mlx5 driver is the front door. There, and when the module
 * parameter fwctl_uapi is off, devices get the misc node only and the module
 * says so in one log line at load.
 */
#include <linux/cdev.h>
#include <linux/capability.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/idr.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/version.h>

#include <uapi/fwctl/mlx5.h>
#include "core.h"

/* As upstream: minors, and so fwctlN numbers, below this. */
#define MLX5CTL_FWCTL_MAX_DEVICES 4096

static bool fwctl_uapi = true;
module_param(fwctl_uapi, bool, 0444);
MODULE_PARM_DESC(fwctl_uapi,
		 "Serve fwctl's uAPI (/dev/fwctl/fwctlN) beside the misc node (default on; always off on kernels with their own fwctl)");

/* Whether this load serves fwctl's uAPI; decided once, at module init. */
static bool mlx5ctl_fwctl_served;
static dev_t mlx5ctl_fwctl_devt;
static DEFINE_IDA(mlx5ctl_fwctl_ida);

#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 2, 0)
static char *mlx5ctl_fwctl_devnode(struct device *dev, umode_t *mode)
#else
static char *mlx5ctl_fwctl_devnode(const struct device *dev, umode_t *mode)
#endif
{
	return kasprintf(GFP_KERNEL, "fwctl/%s", dev_name(dev));
}

/*
 * The misc node of the same device. It also marks a fwctl node as this
 * driver's, which the udev rule matches: another driver's is left alone.
 */
static ssize_t mlx5ctl_show(struct device *dev, struct device_attribute *attr,
			    char *buf)
{
	struct mlx5ctl_dev *mdev = container_of(dev, struct mlx5ctl_dev,
						fwctl_dev);

	return sysfs_emit(buf, "%s\n", mdev->miscdev.name);
}
static DEVICE_ATTR_RO(mlx5ctl);

static struct attribute *mlx5ctl_fwctl_attrs[] = {
	&dev_attr_mlx5ctl.attr,
	NULL,
};
ATTRIBUTE_GROUPS(mlx5ctl_fwctl);

static struct class mlx5ctl_fwctl_class = {
	.name = "fwctl",
	.devnode = mlx5ctl_fwctl_devnode,
	.dev_groups = mlx5ctl_fwctl_groups,
};

/* fwctl grants TOOLS_RESOURCES to whoever may open the node (root, 0600). */
static u32 mlx5ctl_fwctl_grant(struct file *filp)
{
	return MLX5CTL_UCTX_CAP_TOOLS_RESOURCES;
}

/*
 * As copy_to_user_zero_pad() of later kernels: @len bytes of @from into the
 * @avail bytes at @to, the rest of them zeroed.
 */
static int mlx5ctl_copy_zero_pad(void __user *to, const void *from,
				 size_t len, size_t avail)
{
	size_t copy = min(len, avail);

	if (copy_to_user(to, from, copy))
		return -EFAULT;
	if (avail > copy && clear_user(to + copy, avail - copy))
		return -EFAULT;
	return 0;
}

static int mlx5ctl_fwctl_info(struct mlx5ctl_ucmd *ucmd)
{
	struct fwctl_info *cmd = &ucmd->buf->fwctl_info;
	struct mlx5ctl_file *mfile = ucmd->mfile;
	struct fwctl_info_mlx5 data = {
		.uid = mfile->uid,
		.uctx_caps = mfile->uctx_cap,
	};
	u32 data_len = 0;
	int ret;

	if (cmd->flags)
		return -EOPNOTSUPP;
	/* As upstream: a caller that asks for no data learns no length. */
	if (cmd->device_data_len) {
		ret = mlx5ctl_copy_zero_pad(u64_to_user_ptr(cmd->out_device_data),
					    &data, sizeof(data),
					    cmd->device_data_len);
		if (ret)
			return ret;
		data_len = sizeof(data);
	}
	cmd->out_device_type = FWCTL_DEVICE_TYPE_MLX5;
	cmd->device_data_len = data_len;
	return mlx5ctl_ucmd_respond(ucmd, sizeof(*cmd));
}

static int mlx5ctl_fwctl_ioctl_rpc(struct mlx5ctl_ucmd *ucmd)
{
	struct fwctl_rpc *cmd = &ucmd->buf->fwctl_rpc;
	int ret;

	ret = mlx5ctl_fwctl_rpc(ucmd->mfile, cmd);
	if (ret)
		return ret;
	return mlx5ctl_ucmd_respond(ucmd, sizeof(*cmd));
}

/* fwctl's ioctls, then the mlx5ctl ones fwctl has no counterpart for. */
static const struct mlx5ctl_ioctl_op mlx5ctl_fwctl_ioctls[] = {
	MLX5CTL_IOCTL_OP(FWCTL_INFO, mlx5ctl_fwctl_info,
			 struct fwctl_info, out_device_data, true, true),
	MLX5CTL_IOCTL_OP(FWCTL_RPC, mlx5ctl_fwctl_ioctl_rpc,
			 struct fwctl_rpc, out, true, true),
	MLX5CTL_IOCTL_OP(MLX5CTL_IOCTL_UMEM_REG, mlx5ctl_ioctl_umem_reg,
			 struct mlx5ctl_umem_reg, reserved, false, true),
	MLX5CTL_IOCTL_OP(MLX5CTL_IOCTL_UMEM_UNREG, mlx5ctl_ioctl_umem_unreg,
			 struct mlx5ctl_umem_unreg, reserved, false, false),
	MLX5CTL_IOCTL_OP(MLX5CTL_IOCTL_DEVICE_INFO, mlx5ctl_ioctl_device_info,
			 struct mlx5ctl_device_info, name, true, true),
};

static const struct mlx5ctl_door mlx5ctl_fwctl_door = {
	.name = "fwctl",
	.ops = mlx5ctl_fwctl_ioctls,
	.n_ops = ARRAY_SIZE(mlx5ctl_fwctl_ioctls),
	.grant = mlx5ctl_fwctl_grant,
};

/* As fwctl's open: the user context is made here (main.c says why). */
static int mlx5ctl_fwctl_open(struct inode *inode, struct file *filp)
{
	struct mlx5ctl_dev *mdev = container_of(inode->i_cdev,
						struct mlx5ctl_dev, fwctl_cdev);
	struct mlx5ctl_file *mfile;
	int ret;

	mfile = mlx5ctl_file_alloc(mdev, filp, &mlx5ctl_fwctl_door);
	if (!mfile)
		return -ENOMEM;

	percpu_down_read(&mdev->rwsem);
	ret = mdev->ops ? mlx5ctl_uctx_get(mfile, filp) : -ENODEV;
	percpu_up_read(&mdev->rwsem);
	if (ret)
		goto err_free;

	filp->private_data = mfile;
	return stream_open(inode, filp);

err_free:
	mlx5ctl_file_free(mfile);
	return ret;
}

static const struct file_operations mlx5ctl_fwctl_fops = {
	.owner = THIS_MODULE,
	.open = mlx5ctl_fwctl_open,
	.release = mlx5ctl_release,
	.unlocked_ioctl = mlx5ctl_ioctl,
	.compat_ioctl = compat_ptr_ioctl,
	.llseek = MLX5CTL_NO_LLSEEK,
};

/* The last reference to the node is gone: its number, and its kref on mdev. */
static void mlx5ctl_fwctl_release(struct device *dev)
{
	struct mlx5ctl_dev *mdev = container_of(dev, struct mlx5ctl_dev,
						fwctl_dev);

	ida_free(&mlx5ctl_fwctl_ida, mdev->fwctl_id);
	mlx5ctl_dev_put(mdev);
}

/**
 * mlx5ctl_fwctl_register() - Give @mdev its fwctl node, when served
 * @mdev: A device being probed, ops present
 *
 * Return: 0 (also when fwctl's uAPI is not served), or a negative errno
 * with nothing left registered.
 */
int mlx5ctl_fwctl_register(struct mlx5ctl_dev *mdev)
{
	struct device *dev = &mdev->fwctl_dev;
	int id, ret;

	if (!mlx5ctl_fwctl_served)
		return 0;

	id = ida_alloc_max(&mlx5ctl_fwctl_ida, MLX5CTL_FWCTL_MAX_DEVICES - 1,
			   GFP_KERNEL);
	if (id < 0)
		return id;

	device_initialize(dev);
	/* From here on, put_device() undoes everything: see the release. */
	mdev->fwctl_id = id;
	kref_get(&mdev->kref);
	dev->class = &mlx5ctl_fwctl_class;
	dev->parent = mlx5ctl_dev_parent(mdev);
	dev->devt = MKDEV(MAJOR(mlx5ctl_fwctl_devt), id);
	dev->release = mlx5ctl_fwctl_release;
	ret = dev_set_name(dev, "fwctl%d", id);
	if (ret)
		goto err_put;

	cdev_init(&mdev->fwctl_cdev, &mlx5ctl_fwctl_fops);
	mdev->fwctl_cdev.owner = THIS_MODULE;
	ret = cdev_device_add(&mdev->fwctl_cdev, dev);
	if (ret)
		goto err_put;
	return 0;

err_put:
	put_device(dev);
	mdev->fwctl_id = -1;
	return ret;
}

/*
 * Removes the node: no open can find it afterwards (one that already has is
 * main.c's concern). Its struct device lives on while files hold it.
 */
void mlx5ctl_fwctl_unregister(struct mlx5ctl_dev *mdev)
{
	if (mdev->fwctl_id < 0)
		return;
	cdev_device_del(&mdev->fwctl_cdev, &mdev->fwctl_dev);
	put_device(&mdev->fwctl_dev);
}

int mlx5ctl_fwctl_init(void)
{
	int ret;

	if (IS_ENABLED(CONFIG_FWCTL) || !fwctl_uapi) {
		pr_info("mlx5ctl: fwctl's uAPI not served (%s): misc nodes only\n",
			IS_ENABLED(CONFIG_FWCTL) ? "the kernel has its own fwctl"
						 : "fwctl_uapi=0");
		return 0;
	}

	ret = alloc_chrdev_region(&mlx5ctl_fwctl_devt, 0,
				  MLX5CTL_FWCTL_MAX_DEVICES, "fwctl");
	if (ret)
		return ret;
	ret = class_register(&mlx5ctl_fwctl_class);
	if (ret)
		goto err_chrdev;
	mlx5ctl_fwctl_served = true;
	return 0;

err_chrdev:
	unregister_chrdev_region(mlx5ctl_fwctl_devt, MLX5CTL_FWCTL_MAX_DEVICES);
	return ret;
}

void mlx5ctl_fwctl_exit(void)
{
	if (!mlx5ctl_fwctl_served)
		return;
	class_unregister(&mlx5ctl_fwctl_class);
	unregister_chrdev_region(mlx5ctl_fwctl_devt, MLX5CTL_FWCTL_MAX_DEVICES);
	ida_destroy(&mlx5ctl_fwctl_ida);
}
