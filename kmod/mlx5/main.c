// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * mlx5ctl_mlx5: real ConnectX functions for the mlx5ctl core, driven by the
 * kernel's own, unpatched mlx5_core (Debian 6.1, 6.12).
 *
 * V4 needed a patched mlx5_core that creates the auxiliary device
 * mlx5_core.ctl.N, and fwctl needs mlx5_core.fwctl.N; a stock mlx5_core
 * creates neither. This module creates mlx5_core.ctl.N itself, as a child of
 * the PCI function, for every function mlx5_core drives, so that the core
 * binds it and gives it /dev/mlx5ctl-mlx5_core.ctl.N and /dev/fwctl/fwctlN
 * (whose device/driver is then mlx5_core, as fwctl tools look for).
 *
 * Finding the functions: a PCI bus notifier. BUS_NOTIFY_BOUND_DRIVER comes
 * after mlx5_core's probe succeeded: attach. BUS_NOTIFY_UNBIND_DRIVER comes
 * before its remove() runs: detach, while the command interface still works,
 * so that closing files destroy their contexts normally. At load, functions
 * already bound are attached; a watch every MLX5CTL_WATCH_MS attaches those
 * that become ready later and detaches those that stop being ready. The
 * driver core calls the notifier with the function's device lock held; the
 * scan and the watch take it too, so attach and detach never race mlx5_core's
 * own probe and remove.
 *
 * The function's struct mlx5_core_dev: mlx5_core's probe stores it as the PCI
 * driver data (mlx5_pci_init(): pci_set_drvdata(dev->pdev, dev)) and every
 * one of its PCI callbacks reads it back with pci_get_drvdata(); checked in
 * drivers/net/ethernet/mellanox/mlx5/core/main.c of Debian's linux-source-6.1
 * (6.1.192) and linux-source-6.12 (6.12.95). It is read only with the device lock held, only when the
 * bound driver is mlx5_core, and must point back at the function
 * (mdev->pdev == pdev, mdev->device == &pdev->dev) or it is not used.
 *
 * Ready means: bound to mlx5_core, the device state UP (not in the internal
 * error state a firmware fatal error or PCI error leaves), the interface UP
 * (loaded: not inside devlink reload, health recovery, suspend or teardown)
 * and the PCI channel online. Functions whose kernel already offers a control
 * interface (an auxiliary child mlx5_core.ctl.* or mlx5_core.fwctl.* not
 * ours, from a patched mlx5_core) are left alone.
 *
 * Commands go through mlx5_cmd_do(): 0 with the firmware's status in the
 * outbox, -EREMOTEIO when that status is an error (the outbox still filled:
 * a successful RPC for the core), -ENXIO when the command interface is down,
 * or another errno when the command was not delivered. It never hangs past
 * mlx5_core's own command timeout.
 *
 * What each event does (each leaves every open file either working under its
 * own context or answering ENODEV):
 * - unbind, mlx5_core unload, PCI hot removal: detach before mlx5_core's
 *   remove(); the core's removal destroys every file's context and umems.
 * - devlink reload, health recovery after a firmware fatal error, suspend:
 *   mlx5_core clears its interface bit first and then disables the function,
 *   which destroys every firmware object, our contexts too. exec() answers
 *   -ENODEV from then on and the watch detaches the function, so its files
 *   are orphaned (ENODEV); once mlx5_core is up again the watch attaches it
 *   anew, with new nodes and new contexts. A command that fails because the
 *   interface went down is -ENODEV when the function is no longer ready
 *   (mlx5_core itself then reclaims its own pages without the firmware),
 *   else -EIO, which keeps the umems pinned until detach.
 * - function-level reset through sysfs bypasses mlx5_core's callbacks (it
 *   has no reset_prepare in 6.1 nor 6.12) and breaks mlx5_core too; nothing
 *   here sees it before the interface goes down. A reset after PCI errors goes
 *   through mlx5_core's error handlers, which take the channel offline and
 *   the interface down first: exec() then answers -ENODEV.
 * - SR-IOV VFs are PCI functions bound to mlx5_core: each is attached like a
 *   PF (its firmware answers for the VF). SFs are auxiliary devices
 *   (mlx5_core.sf.N), not PCI functions, and are not attached.
 *
 * What cannot be tested without a ConnectX, and why the code is right
 * anyway (the guest proves load, unload and attaching nothing):
 * - attach and the mlx5_core_dev lookup: the checks above, each from the 6.1
 *   source; a mismatch leaves the function alone with a log line.
 * - exec's errno mapping: from mlx5_cmd_do(), cmd_exec() and
 *   cmd_status_err() in 6.1 and 6.12 (cmd.c): -ENXIO is mlx5_cmd_is_down().
 * - DMA: dma_map_page() on the PCI function, as mlx5_ib maps user memory;
 *   with an IOMMU each page gets an IOVA the function alone can reach, and
 *   the core unmaps only after DESTROY_UMEM succeeded or at detach.
 * - the race of reload with a file's commands: a reload completing between
 *   two watches, with no command in between, leaves contexts the firmware
 *   no longer has; their commands then fail in the firmware (bad uid) until
 *   the watch's next look. The window is one watch period.
 */
#include <linux/auxiliary_bus.h>
#include <linux/dma-mapping.h>
#include <linux/idr.h>
#include <linux/list.h>
#include <linux/mlx5/driver.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/pci.h>
#include <linux/slab.h>
#include <linux/workqueue.h>

#include "mlx5ctl/provider.h"

#define MLX5CTL_WATCH_MS 500

/**
 * struct mlx5ctl_fn - One attached PCI function
 * @madev: The auxiliary device mlx5_core.ctl.<id> the core binds
 * @node: In mlx5ctl_fns
 * @pdev: The function, referenced while attached
 * @mdev: mlx5_core's device of it
 * @gone: Set before detaching: exec() answers -ENODEV
 */
struct mlx5ctl_fn {
	struct mlx5ctl_adev madev;
	struct list_head node;
	struct pci_dev *pdev;
	struct mlx5_core_dev *mdev;
	bool gone;
};

static LIST_HEAD(mlx5ctl_fns);
static DEFINE_MUTEX(mlx5ctl_fns_lock); /* protects mlx5ctl_fns, mlx5ctl_exiting */
/* Set at module exit: nothing is attached any more. */
static bool mlx5ctl_exiting;
static DEFINE_IDA(mlx5ctl_fn_ida);
static struct delayed_work mlx5ctl_watch;

static struct mlx5ctl_fn *to_fn(struct mlx5ctl_adev *madev)
{
	return container_of(madev, struct mlx5ctl_fn, madev);
}

static bool mlx5ctl_mlx5_ready(struct mlx5_core_dev *mdev)
{
	return READ_ONCE(mdev->state) == MLX5_DEVICE_STATE_UP &&
	       test_bit(MLX5_INTERFACE_STATE_UP, &mdev->intf_state) &&
	       !pci_channel_offline(mdev->pdev);
}

static int mlx5ctl_mlx5_exec(struct mlx5ctl_adev *madev, const void *in,
			     size_t inlen, void *out, size_t outlen)
{
	struct mlx5ctl_fn *fn = to_fn(madev);
	int ret;

	if (READ_ONCE(fn->gone) || !mlx5ctl_mlx5_ready(fn->mdev))
		return -ENODEV;
	/* mlx5_cmd_do() copies @in into its mailboxes; it never writes it. */
	ret = mlx5_cmd_do(fn->mdev, (void *)in, inlen, out, outlen);
	switch (ret) {
	case 0:
	case -EREMOTEIO:
		/* The firmware answered; its status is in @out. */
		return 0;
	case -ENXIO:
		return mlx5ctl_mlx5_ready(fn->mdev) ? -EIO : -ENODEV;
	default:
		return ret;
	}
}

static int mlx5ctl_mlx5_dma_map(struct mlx5ctl_adev *madev,
				struct page **pages, unsigned long npages,
				dma_addr_t *dma)
{
	struct device *dev = &to_fn(madev)->pdev->dev;
	unsigned long i;

	for (i = 0; i < npages; i++) {
		dma[i] = dma_map_page(dev, pages[i], 0, PAGE_SIZE,
				      DMA_BIDIRECTIONAL);
		if (dma_mapping_error(dev, dma[i]))
			goto err_unmap;
	}
	return 0;

err_unmap:
	while (i--)
		dma_unmap_page(dev, dma[i], PAGE_SIZE, DMA_BIDIRECTIONAL);
	return -ENOMEM;
}

static void mlx5ctl_mlx5_dma_unmap(struct mlx5ctl_adev *madev,
				   const dma_addr_t *dma, unsigned long npages)
{
	struct device *dev = &to_fn(madev)->pdev->dev;
	unsigned long i;

	for (i = 0; i < npages; i++)
		dma_unmap_page(dev, dma[i], PAGE_SIZE, DMA_BIDIRECTIONAL);
}

static const struct mlx5ctl_dev_ops mlx5ctl_mlx5_ops = {
	.exec = mlx5ctl_mlx5_exec,
	.dma_map = mlx5ctl_mlx5_dma_map,
	.dma_unmap = mlx5ctl_mlx5_dma_unmap,
};

static void mlx5ctl_fn_release(struct device *dev)
{
	struct mlx5ctl_fn *fn = to_fn(to_mlx5ctl_adev(to_auxiliary_dev(dev)));

	ida_free(&mlx5ctl_fn_ida, fn->madev.adev.id);
	pci_dev_put(fn->pdev);
	kfree(fn);
}

/* fns_lock held. */
static struct mlx5ctl_fn *mlx5ctl_fn_find(struct pci_dev *pdev)
{
	struct mlx5ctl_fn *fn;

	list_for_each_entry(fn, &mlx5ctl_fns, node)
		if (fn->pdev == pdev)
			return fn;
	return NULL;
}

/* A control interface the function's own kernel offers, or ours. */
static int mlx5ctl_is_ctl_child(struct device *dev, void *data)
{
	const char *name = dev_name(dev);

	return str_has_prefix(name, "mlx5_core.ctl.") ||
	       str_has_prefix(name, "mlx5_core.fwctl.");
}

/* mlx5_core's device of @pdev, if @pdev is a function it drives. Device lock held. */
static struct mlx5_core_dev *mlx5ctl_mlx5_dev(struct pci_dev *pdev)
{
	struct device_driver *drv = pdev->dev.driver;
	struct mlx5_core_dev *mdev;

	if (!drv || strcmp(drv->name, "mlx5_core"))
		return NULL;
	mdev = pci_get_drvdata(pdev);
	if (!mdev || mdev->pdev != pdev || mdev->device != &pdev->dev) {
		pci_warn_once(pdev, "mlx5ctl: mlx5_core's driver data is not its mlx5_core_dev; not attached\n");
		return NULL;
	}
	return mdev;
}

/* Device lock of @pdev held. */
static void mlx5ctl_attach(struct pci_dev *pdev)
{
	struct mlx5_core_dev *mdev = mlx5ctl_mlx5_dev(pdev);
	struct mlx5ctl_fn *fn;
	int id, ret;

	if (!mdev || !mlx5ctl_mlx5_ready(mdev))
		return;

	mutex_lock(&mlx5ctl_fns_lock);
	if (mlx5ctl_exiting || mlx5ctl_fn_find(pdev))
		goto out_unlock;
	if (device_for_each_child(&pdev->dev, NULL, mlx5ctl_is_ctl_child)) {
		dev_info_once(&pdev->dev, "mlx5ctl: the kernel's mlx5_core offers a control interface already; left alone\n");
		goto out_unlock;
	}

	id = ida_alloc(&mlx5ctl_fn_ida, GFP_KERNEL);
	if (id < 0)
		goto out_unlock;
	fn = kzalloc(sizeof(*fn), GFP_KERNEL);
	if (!fn) {
		ida_free(&mlx5ctl_fn_ida, id);
		goto out_unlock;
	}
	fn->pdev = pci_dev_get(pdev);
	fn->mdev = mdev;
	fn->madev.ops = &mlx5ctl_mlx5_ops;
	fn->madev.adev.name = "ctl";
	fn->madev.adev.id = id;
	fn->madev.adev.dev.parent = &pdev->dev;
	fn->madev.adev.dev.release = mlx5ctl_fn_release;

	ret = auxiliary_device_init(&fn->madev.adev);
	if (ret) {
		pci_dev_put(pdev);
		kfree(fn);
		ida_free(&mlx5ctl_fn_ida, id);
		goto out_unlock;
	}
	/*
	 * Named as mlx5_core's own auxiliary devices are, so that V4 tools
	 * find /dev/mlx5ctl-mlx5_core.ctl.N as on a V4 kernel.
	 */
	ret = __auxiliary_device_add(&fn->madev.adev, "mlx5_core");
	if (ret) {
		pci_warn(pdev, "mlx5ctl: cannot add mlx5_core.ctl.%d: %d\n", id, ret);
		/* The release frees fn, its id and its pdev reference. */
		auxiliary_device_uninit(&fn->madev.adev);
		goto out_unlock;
	}
	list_add_tail(&fn->node, &mlx5ctl_fns);
	pci_info(pdev, "mlx5ctl: attached as mlx5_core.ctl.%d\n", id);
out_unlock:
	mutex_unlock(&mlx5ctl_fns_lock);
}

/*
 * fns_lock held. The core's removal waits for the RPCs in flight, which
 * mlx5_cmd_do() ends within its timeout; new ones see @gone.
 */
static void mlx5ctl_fn_detach(struct mlx5ctl_fn *fn)
{
	WRITE_ONCE(fn->gone, true);
	list_del(&fn->node);
	pci_info(fn->pdev, "mlx5ctl: detached mlx5_core.ctl.%d\n",
		 fn->madev.adev.id);
	auxiliary_device_delete(&fn->madev.adev);
	auxiliary_device_uninit(&fn->madev.adev);
}

/* Device lock of @pdev held. */
static void mlx5ctl_detach(struct pci_dev *pdev)
{
	struct mlx5ctl_fn *fn;

	mutex_lock(&mlx5ctl_fns_lock);
	fn = mlx5ctl_fn_find(pdev);
	if (fn)
		mlx5ctl_fn_detach(fn);
	mutex_unlock(&mlx5ctl_fns_lock);
}

static int mlx5ctl_pci_notify(struct notifier_block *nb, unsigned long action,
			      void *data)
{
	struct pci_dev *pdev = to_pci_dev(data);

	switch (action) {
	case BUS_NOTIFY_BOUND_DRIVER:
		mlx5ctl_attach(pdev);
		break;
	case BUS_NOTIFY_UNBIND_DRIVER:
		mlx5ctl_detach(pdev);
		break;
	}
	return NOTIFY_DONE;
}

static struct notifier_block mlx5ctl_pci_nb = {
	.notifier_call = mlx5ctl_pci_notify,
};

static bool mlx5ctl_attached(struct pci_dev *pdev)
{
	bool attached;

	mutex_lock(&mlx5ctl_fns_lock);
	attached = mlx5ctl_fn_find(pdev);
	mutex_unlock(&mlx5ctl_fns_lock);
	return attached;
}

/* Attach @dev if mlx5_core drives it and it is ready; detach it if no longer. */
static int mlx5ctl_look(struct device *dev, void *data)
{
	struct pci_dev *pdev = to_pci_dev(dev);
	struct device_driver *drv = READ_ONCE(dev->driver);
	struct mlx5_core_dev *mdev;

	/* Locks only what may concern us; the answer is checked again below. */
	if ((!drv || strcmp(drv->name, "mlx5_core")) && !mlx5ctl_attached(pdev))
		return 0;

	device_lock(dev);
	mdev = mlx5ctl_mlx5_dev(pdev);
	if (mdev && mlx5ctl_mlx5_ready(mdev))
		mlx5ctl_attach(pdev);
	else
		mlx5ctl_detach(pdev);
	device_unlock(dev);
	return 0;
}

static void mlx5ctl_watch_fn(struct work_struct *work)
{
	bus_for_each_dev(&pci_bus_type, NULL, NULL, mlx5ctl_look);
	schedule_delayed_work(&mlx5ctl_watch, msecs_to_jiffies(MLX5CTL_WATCH_MS));
}

static int __init mlx5ctl_mlx5_init(void)
{
	int ret;

	ret = bus_register_notifier(&pci_bus_type, &mlx5ctl_pci_nb);
	if (ret)
		return ret;
	/* Functions bound before the notifier was there. */
	bus_for_each_dev(&pci_bus_type, NULL, NULL, mlx5ctl_look);
	INIT_DELAYED_WORK(&mlx5ctl_watch, mlx5ctl_watch_fn);
	schedule_delayed_work(&mlx5ctl_watch, msecs_to_jiffies(MLX5CTL_WATCH_MS));
	return 0;
}

/*
 * Each function is detached under its device lock, as anywhere else, so
 * that mlx5_core cannot unbind it meanwhile; the notifier stays until then
 * and attaches nothing new (mlx5ctl_exiting).
 */
static void __exit mlx5ctl_mlx5_exit(void)
{
	struct pci_dev *pdev;

	cancel_delayed_work_sync(&mlx5ctl_watch);
	mutex_lock(&mlx5ctl_fns_lock);
	mlx5ctl_exiting = true;
	mutex_unlock(&mlx5ctl_fns_lock);
	for (;;) {
		mutex_lock(&mlx5ctl_fns_lock);
		pdev = list_empty(&mlx5ctl_fns) ? NULL :
		       pci_dev_get(list_first_entry(&mlx5ctl_fns,
						    struct mlx5ctl_fn, node)->pdev);
		mutex_unlock(&mlx5ctl_fns_lock);
		if (!pdev)
			break;
		device_lock(&pdev->dev);
		mlx5ctl_detach(pdev);
		device_unlock(&pdev->dev);
		pci_dev_put(pdev);
	}
	bus_unregister_notifier(&pci_bus_type, &mlx5ctl_pci_nb);
	ida_destroy(&mlx5ctl_fn_ida);
}

module_init(mlx5ctl_mlx5_init);
module_exit(mlx5ctl_mlx5_exit);

MODULE_DESCRIPTION("mlx5ctl: ConnectX functions of the kernel's own mlx5_core as mlx5ctl devices");
MODULE_LICENSE("Dual BSD/GPL");
MODULE_SOFTDEP("post: mlx5ctl");
