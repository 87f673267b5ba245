// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * /sys/kernel/debug/mlx5ctl_sim/<id>/: what tests need to see and to break.
 *
 *   uctx_count umem_count pd_count mkey_count   live objects (read-only)
 *   fail_next        fail this many next commands (decimal)
 *   fail_status      with this status (hex 0x1-0xff, default 0x1 INT_ERR; 0
 *                    is refused: a failure that reports success is no
 *                    firmware's behaviour)
 *   fail_syndrome    and this syndrome (hex, default 0)
 *   latency_us       every command takes this long (decimal, at most 10 s);
 *                    beyond cmd_timeout_ms it times out after that, unrun
 *   hang             1: commands wait until 0, removal or cmd_timeout_ms
 *   max_objects      most objects of each kind; beyond: NO_RES (0: no limit)
 *   uctx_cap         HCA cap uctx_cap the device advertises (hex, default 0x7)
 *   uid_lie          faulty firmware, once: the next CREATE_UCTX makes a
 *                    context but reports this uid (0-0xffff; -1: none)
 *   core_dump_seed   seed of the CR_SPACE core image, splitmix64 (read-only)
 *   core_dump_size   its size in bytes (read-only)
 */
#include <linux/debugfs.h>

#include "sim.h"

#define SIM_MAX_LATENCY_US (10 * USEC_PER_SEC)

static struct dentry *sim_debugfs_root;

static int sim_hang_get(void *data, u64 *val)
{
	struct sim_dev *sdev = data;

	*val = READ_ONCE(sdev->hang);
	return 0;
}

static int sim_hang_set(void *data, u64 val)
{
	struct sim_dev *sdev = data;

	if (val > 1)
		return -EINVAL;
	WRITE_ONCE(sdev->hang, val);
	/* Release the commands that were waiting for the hang to end. */
	wake_up_all(&sdev->wq);
	return 0;
}
DEFINE_DEBUGFS_ATTRIBUTE(sim_hang_fops, sim_hang_get, sim_hang_set, "%llu\n");

static int sim_fail_status_get(void *data, u64 *val)
{
	struct sim_dev *sdev = data;

	*val = READ_ONCE(sdev->fail_status);
	return 0;
}

static int sim_fail_status_set(void *data, u64 val)
{
	struct sim_dev *sdev = data;

	/* 8 bits wide; and 0 is OK, which would fail without failing. */
	if (!val || val > 0xff)
		return -EINVAL;
	WRITE_ONCE(sdev->fail_status, val);
	return 0;
}
DEFINE_DEBUGFS_ATTRIBUTE(sim_fail_status_fops, sim_fail_status_get,
			 sim_fail_status_set, "0x%llx\n");

static int sim_uid_lie_get(void *data, u64 *val)
{
	struct sim_dev *sdev = data;

	*val = (s64)atomic_read(&sdev->uid_lie);
	return 0;
}

static int sim_uid_lie_set(void *data, u64 val)
{
	struct sim_dev *sdev = data;
	s64 uid = (s64)val;

	if (uid < -1 || uid > 0xffff)
		return -EINVAL;
	atomic_set(&sdev->uid_lie, uid);
	return 0;
}
DEFINE_DEBUGFS_ATTRIBUTE(sim_uid_lie_fops, sim_uid_lie_get, sim_uid_lie_set,
			 "%lld\n");

static int sim_latency_get(void *data, u64 *val)
{
	struct sim_dev *sdev = data;

	*val = READ_ONCE(sdev->latency_us);
	return 0;
}

static int sim_latency_set(void *data, u64 val)
{
	struct sim_dev *sdev = data;

	if (val > SIM_MAX_LATENCY_US)
		return -EINVAL;
	WRITE_ONCE(sdev->latency_us, val);
	return 0;
}
DEFINE_DEBUGFS_ATTRIBUTE(sim_latency_fops, sim_latency_get, sim_latency_set,
			 "%llu\n");

void sim_debugfs_init(void)
{
	sim_debugfs_root = debugfs_create_dir(KBUILD_MODNAME, NULL);
}

void sim_debugfs_exit(void)
{
	debugfs_remove_recursive(sim_debugfs_root);
}

void sim_debugfs_dev_add(struct sim_dev *sdev)
{
	static const char * const counts[SIM_NR_KINDS] = {
		[SIM_UCTX] = "uctx_count",
		[SIM_UMEM] = "umem_count",
		[SIM_PD] = "pd_count",
		[SIM_MKEY] = "mkey_count",
	};
	char name[16];
	struct dentry *d;
	int k;

	snprintf(name, sizeof(name), "%u", sdev->id);
	d = debugfs_create_dir(name, sim_debugfs_root);
	sdev->ddir = d;

	for (k = 0; k < SIM_NR_KINDS; k++)
		debugfs_create_u32(counts[k], 0400, d, &sdev->tables[k].count);
	debugfs_create_atomic_t("fail_next", 0600, d, &sdev->fail_next);
	debugfs_create_file_unsafe("fail_status", 0600, d, sdev,
				   &sim_fail_status_fops);
	debugfs_create_x32("fail_syndrome", 0600, d, &sdev->fail_syndrome);
	debugfs_create_file_unsafe("latency_us", 0600, d, sdev,
				   &sim_latency_fops);
	debugfs_create_file_unsafe("hang", 0600, d, sdev, &sim_hang_fops);
	debugfs_create_u32("max_objects", 0600, d, &sdev->max_objects);
	debugfs_create_x32("uctx_cap", 0600, d, &sdev->uctx_cap);
	debugfs_create_file_unsafe("uid_lie", 0600, d, sdev, &sim_uid_lie_fops);
	debugfs_create_bool("workload", 0600, d, &sdev->workload);
	debugfs_create_x32("core_dump_seed", 0400, d, &sdev->core_seed);
	debugfs_create_u32("core_dump_size", 0400, d, &sdev->core_size);
}

void sim_debugfs_dev_del(struct sim_dev *sdev)
{
	debugfs_remove_recursive(sdev->ddir);
	sdev->ddir = NULL;
}
