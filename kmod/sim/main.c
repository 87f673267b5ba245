// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * mlx5ctl_sim: a simulated ConnectX device and firmware for the mlx5ctl core,
 * in the spirit of netdevsim.
 *
 * Devices come and go through a bus in sysfs:
 *   echo 3 > /sys/bus/mlx5ctl_sim/new_device   creates device 3
 *   echo "3 0x1" > .../new_device  creates it advertising uctx_cap 0x1
 *                                  (optional, default 0x7), before it binds
 *   echo 3 > /sys/bus/mlx5ctl_sim/del_device   removes it
 * Device 3 is "mlx5ctl_sim3" on the mlx5ctl_sim bus, parent of the auxiliary
 * device "mlx5ctl_sim.ctl.3" (a struct mlx5ctl_adev) that the core binds.
 * Its fault knobs and object counts are in /sys/kernel/debug/mlx5ctl_sim/3/.
 *
 * Files (sim/Kbuild links every .c file here into mlx5ctl_sim.ko):
 *   main.c     module, bus, device creation and removal
 *   cmd.c      command execution: header checks, dispatch table, faults,
 *              NOP and QUERY_ISSI
 *   caps.c     QUERY_HCA_CAP: every cap type, max and current;
 *              QUERY_OTHER_HCA_CAP, SET_HCA_CAP
 *   identity.c serial, PSID, firmware version: QUERY_ADAPTER, MGIR, sysfs
 *   objects.c  firmware objects and ownership: user contexts, umems,
 *              protection domains, memory keys
 *   dma.c      the simulated IOMMU behind dma_map/dma_unmap, device writes
 *   port.c     the port: PAOS, PMLP, PTYS, PPCNT, MCIA, MTMP, vport state,
 *              context and counters, Q counters, the pretend traffic
 *   reg.c      ACCESS_REG and ACCESS_REGISTER_USER: the register table
 *   mng.c      the management registers (MCAM, MCQS, NODE_DESC, DTOR...)
 *   host.c     the objects of a running host and an RDMA workload, and
 *              their queries (EQ to DCT, flow steering, QoS, general)
 *   function.c the function and its vports: HCA vport, GIDs, P_Keys, RoCE
 *              addresses, vNIC env, pages, special mkeys, LAG, SFs, WoL
 *   cong.c     RoCE congestion control: status, parameters, statistics
 *   diag.c     diagnostic counter sampling
 *   resdump.c  the RESOURCE_DUMP register, inline and into a umem
 *   debugfs.c  per-device knobs and counters
 *   sim.h      shared definitions
 *
 * Lifetime: a device is removed by del_device or module unload. Removal
 * first marks it dying and wakes every waiting command (they return -ENODEV,
 * as provider.h requires), then deletes the auxiliary device (the core's
 * remove waits for RPCs in flight and may still send commands, which run),
 * then frees the object tables and the device.
 */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/version.h>

#include "sim.h"

unsigned int sim_cmd_timeout_ms = 2000;
module_param_named(cmd_timeout_ms, sim_cmd_timeout_ms, uint, 0644);
MODULE_PARM_DESC(cmd_timeout_ms,
		 "Wait for a hung device this long (ms), then -ETIMEDOUT");

static const struct mlx5ctl_dev_ops sim_ops = {
	.exec = sim_exec,
	.dma_map = sim_dma_map,
	.dma_unmap = sim_dma_unmap,
};

/* Devices by id; sim_enabled goes false at unload so no new ones appear. */
static LIST_HEAD(sim_devs);
static DEFINE_MUTEX(sim_devs_lock);
static bool sim_enabled;

static struct bus_type sim_bus;

static void sim_dev_release(struct device *dev)
{
	kfree(container_of(dev, struct sim_dev, dev));
}

static void sim_adev_release(struct device *dev)
{
	struct auxiliary_device *adev = to_auxiliary_dev(dev);

	kfree(container_of(to_mlx5ctl_adev(adev), struct sim_adev, madev));
}

static struct sim_dev *sim_dev_find(u32 id)
{
	struct sim_dev *sdev;

	list_for_each_entry(sdev, &sim_devs, list)
		if (sdev->id == id)
			return sdev;
	return NULL;
}

static int sim_adev_add(struct sim_dev *sdev)
{
	struct sim_adev *sadev;
	int err;

	sadev = kzalloc(sizeof(*sadev), GFP_KERNEL);
	if (!sadev)
		return -ENOMEM;
	sadev->sdev = sdev;
	sadev->madev.ops = &sim_ops;
	sadev->madev.adev.name = "ctl";
	sadev->madev.adev.id = sdev->id;
	sadev->madev.adev.dev.parent = &sdev->dev;
	sadev->madev.adev.dev.release = sim_adev_release;

	err = auxiliary_device_init(&sadev->madev.adev);
	if (err) {
		kfree(sadev);
		return err;
	}
	err = auxiliary_device_add(&sadev->madev.adev);
	if (err) {
		/* Drops the last reference: sim_adev_release() frees it. */
		auxiliary_device_uninit(&sadev->madev.adev);
		return err;
	}
	sdev->sadev = sadev;
	return 0;
}

/* Called with sim_devs_lock held. */
static int sim_dev_new(u32 id, u32 uctx_cap)
{
	struct sim_dev *sdev;
	int err;

	if (sim_dev_find(id))
		return -EEXIST;

	sdev = kzalloc(sizeof(*sdev), GFP_KERNEL);
	if (!sdev)
		return -ENOMEM;
	sdev->id = id;
	init_waitqueue_head(&sdev->wq);
	sdev->fail_status = MLX5CTL_CMD_STATUS_INT_ERR;
	atomic_set(&sdev->uid_lie, -1);
	sdev->uctx_cap = uctx_cap;
	sdev->workload = true;
	mutex_init(&sdev->obj_lock);
	sim_objects_init(sdev);
	sim_iommu_init(sdev);
	sim_identity_init(sdev);
	sim_port_init(sdev);
	sim_core_init(sdev);
	sim_cong_init(sdev);

	sdev->dev.bus = &sim_bus;
	sdev->dev.groups = sim_dev_groups;
	sdev->dev.release = sim_dev_release;
	device_initialize(&sdev->dev);
	err = dev_set_name(&sdev->dev, "mlx5ctl_sim%u", id);
	if (err)
		goto err_put_dev;
	err = device_add(&sdev->dev);
	if (err)
		goto err_put_dev;

	/* Knobs exist before the core can send the first command. */
	sim_debugfs_dev_add(sdev);

	err = sim_adev_add(sdev);
	if (err)
		goto err_del_debugfs;

	list_add_tail(&sdev->list, &sim_devs);
	return 0;

err_del_debugfs:
	sim_debugfs_dev_del(sdev);
	device_del(&sdev->dev);
err_put_dev:
	sim_port_destroy(sdev);
	sim_iommu_destroy(sdev);
	sim_objects_destroy(sdev);
	put_device(&sdev->dev);
	return err;
}

/* Called with sim_devs_lock held. */
static void sim_dev_del(struct sim_dev *sdev)
{
	list_del(&sdev->list);

	/* provider.h: no op may keep waiting once removal starts. */
	WRITE_ONCE(sdev->dying, true);
	wake_up_all(&sdev->wq);

	auxiliary_device_delete(&sdev->sadev->madev.adev);
	auxiliary_device_uninit(&sdev->sadev->madev.adev);
	sdev->sadev = NULL;

	sim_debugfs_dev_del(sdev);
	sim_port_destroy(sdev);
	sim_objects_destroy(sdev);
	sim_iommu_destroy(sdev);
	sim_core_destroy(sdev);
	device_unregister(&sdev->dev);
}

static int sim_parse_id(const char *buf, u32 *id)
{
	return kstrtou32(buf, 0, id);
}

/*
 * "<id> [<uctx_cap, hex>]": what the device is from its first command on,
 * before the core binds it (the debugfs knob changes it only afterwards).
 */
/* Bus attributes are given a const bus_type from 6.4 on. */
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 4, 0)
#define SIM_BUS_TYPE struct bus_type
#else
#define SIM_BUS_TYPE const struct bus_type
#endif

static ssize_t new_device_store(SIM_BUS_TYPE *bus, const char *buf,
				size_t count)
{
	u32 uctx_cap = MLX5CTL_UCTX_CAP_RAW_TX |
		       MLX5CTL_UCTX_CAP_INTERNAL_DEVICE_RESOURCES |
		       MLX5CTL_UCTX_CAP_TOOLS_RESOURCES;
	char line[48], *rest = line, *tok;
	int err;
	u32 id;

	/*
	 * "<id>" or "<id> <uctx_cap in hex>", white space around; each number
	 * whole and in range (kstrtou32 refuses "0x", 4294967298 and junk).
	 */
	if (strscpy(line, buf, sizeof(line)) < 0)
		return -EINVAL;
	tok = strsep(&rest, " \t\n");
	if (!tok || kstrtou32(tok, 10, &id))
		return -EINVAL;
	rest = skip_spaces(rest ?: "");
	if (*rest) {
		tok = strsep(&rest, " \t\n");
		if (kstrtou32(tok, 16, &uctx_cap))
			return -EINVAL;
		if (*skip_spaces(rest ?: ""))
			return -EINVAL;
	}

	mutex_lock(&sim_devs_lock);
	err = sim_enabled ? sim_dev_new(id, uctx_cap) : -EBUSY;
	mutex_unlock(&sim_devs_lock);

	return err ? err : count;
}
static BUS_ATTR_WO(new_device);

static ssize_t del_device_store(SIM_BUS_TYPE *bus, const char *buf,
				size_t count)
{
	struct sim_dev *sdev;
	u32 id;
	int err;

	err = sim_parse_id(buf, &id);
	if (err)
		return err;

	mutex_lock(&sim_devs_lock);
	sdev = sim_enabled ? sim_dev_find(id) : NULL;
	if (sdev)
		sim_dev_del(sdev);
	mutex_unlock(&sim_devs_lock);

	return sdev ? count : -ENOENT;
}
static BUS_ATTR_WO(del_device);

static struct attribute *sim_bus_attrs[] = {
	&bus_attr_new_device.attr,
	&bus_attr_del_device.attr,
	NULL,
};
ATTRIBUTE_GROUPS(sim_bus);

static struct bus_type sim_bus = {
	.name = "mlx5ctl_sim",
	.bus_groups = sim_bus_groups,
};

static int __init sim_init(void)
{
	int err;

	err = sim_cmd_init();
	if (err)
		return err;

	sim_debugfs_init();
	err = bus_register(&sim_bus);
	if (err)
		goto err_debugfs_exit;

	mutex_lock(&sim_devs_lock);
	sim_enabled = true;
	mutex_unlock(&sim_devs_lock);
	return 0;

err_debugfs_exit:
	sim_debugfs_exit();
	return err;
}

static void __exit sim_exit(void)
{
	struct sim_dev *sdev, *tmp;

	mutex_lock(&sim_devs_lock);
	sim_enabled = false;
	list_for_each_entry_safe(sdev, tmp, &sim_devs, list)
		sim_dev_del(sdev);
	mutex_unlock(&sim_devs_lock);

	bus_unregister(&sim_bus);
	sim_debugfs_exit();
}

module_init(sim_init);
module_exit(sim_exit);

MODULE_DESCRIPTION("Simulated ConnectX device and firmware for mlx5ctl");
MODULE_AUTHOR("mlx5ctl developers");
MODULE_LICENSE("Dual BSD/GPL");
