// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * Guest test cases: what close releases, leaks, device removal, and firmware
 * that hangs, is slow or runs out of objects.
 */
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests.h"

/* ---- lifetime: close releases ---------------------------------------------- */

static void close_releases_uctx(void)
{
	long long base = sim_count(DEV0, "uctx_count");
	int fds[5], k;

	for (k = 0; k < 5; k++)
		fds[k] = open_dev(DEV0);
	CHECK(sim_count(DEV0, "uctx_count") == base + 5,
	      "uctx_count %lld after 5 opens from %lld",
	      sim_count(DEV0, "uctx_count"), base);
	for (k = 0; k < 5; k++)
		CHECK_OK(close(fds[k]));
	CHECK(sim_count(DEV0, "uctx_count") == base,
	      "uctx_count %lld after closing, was %lld",
	      sim_count(DEV0, "uctx_count"), base);
}

/* The core's own counts (sysfs) follow files, contexts and umems. */
static void sysfs_counts_follow_files(void)
{
	long long files = core_count(DEV1, "open_files");
	long long uctx = core_count(DEV1, "uctx_count");
	long long umem = core_count(DEV1, "umem_count");
	unsigned char *buf = map_pages(8192, PROT_READ | PROT_WRITE);
	uint32_t id;
	int fa = open_dev(DEV1), fb = open_dev(DEV1);

	CHECK_OK(umem_reg(fa, buf, 8192, &id));
	CHECK(core_count(DEV1, "open_files") == files + 2 &&
	      core_count(DEV1, "uctx_count") == uctx + 2 &&
	      core_count(DEV1, "umem_count") == umem + 1,
	      "open_files %lld uctx %lld umem %lld, from %lld %lld %lld",
	      core_count(DEV1, "open_files"), core_count(DEV1, "uctx_count"),
	      core_count(DEV1, "umem_count"), files, uctx, umem);
	CHECK(core_count(DEV1, "uctx_count") == sim_count(DEV1, "uctx_count"),
	      "core counts %lld contexts, the firmware %lld",
	      core_count(DEV1, "uctx_count"), sim_count(DEV1, "uctx_count"));
	close(fa);
	close(fb);
	CHECK(core_count(DEV1, "open_files") == files &&
	      core_count(DEV1, "uctx_count") == uctx &&
	      core_count(DEV1, "umem_count") == umem,
	      "after close: open_files %lld uctx %lld umem %lld, were %lld %lld %lld",
	      core_count(DEV1, "open_files"), core_count(DEV1, "uctx_count"),
	      core_count(DEV1, "umem_count"), files, uctx, umem);
}

static void *churn_thread(void *arg)
{
	unsigned char *buf = arg;
	struct mbox m;
	uint32_t id;
	int k;

	for (k = 0; k < 150; k++) {
		int fd, err = open_uctx(DEV1, &fd);

		if (err)
			return (void *)(intptr_t)err;
		if (umem_reg(fd, buf, 8192, &id) || nop_rpc(fd, 0, &m) ||
		    nop_cmdrpc(fd, &m) || out_status(&m) ||
		    (k & 1 && umem_unreg(fd, id))) {
			int err = errno ? errno : EPROTO;

			close(fd);
			return (void *)(intptr_t)err;
		}
		close(fd);
	}
	return NULL;
}

/* Files opened, used and closed from 4 threads at once: nothing leaks. */
static void concurrent_files_no_leak(void)
{
	long long uctx = sim_count(DEV1, "uctx_count");
	long long umem = sim_count(DEV1, "umem_count");
	long long files = core_count(DEV1, "open_files");
	unsigned char *buf = map_pages(4 * 8192, PROT_READ | PROT_WRITE);
	pthread_t t[4];
	void *ret;
	int k;

	for (k = 0; k < 4; k++)
		CHECK(!pthread_create(&t[k], NULL, churn_thread, buf + k * 8192),
		      "pthread_create");
	for (k = 0; k < 4; k++) {
		pthread_join(t[k], &ret);
		CHECK(!ret, "thread %d: %s", k, errname((int)(intptr_t)ret));
	}
	CHECK(sim_count(DEV1, "uctx_count") == uctx &&
	      sim_count(DEV1, "umem_count") == umem &&
	      core_count(DEV1, "open_files") == files,
	      "uctx %lld umem %lld files %lld, were %lld %lld %lld",
	      sim_count(DEV1, "uctx_count"), sim_count(DEV1, "umem_count"),
	      core_count(DEV1, "open_files"), uctx, umem, files);
}

/*
 * Whatever the first ioctl of a file is, it runs under the file's own user
 * context (if the driver creates it lazily, that call creates it), and close
 * frees it.
 */
static void any_first_ioctl_runs_under_the_files_context(void)
{
	unsigned char *buf = map_pages(8192, PROT_READ | PROT_WRITE);
	long long uctx = sim_count(DEV1, "uctx_count");
	long long umem = sim_count(DEV1, "umem_count");
	struct mlx5ctl_device_info di;
	struct mbox m;
	uint32_t id;
	int k;

	for (k = 0; k < 4; k++) {
		int fd = dev_open(DEV1);

		CHECK(fd >= 0, "open: %s", errname(errno));
		switch (k) {
		case 0:
			CHECK_OK(nop_cmdrpc(fd, &m));
			CHECK(!out_status(&m), "NOP status %#x", out_status(&m));
			break;
		case 1:
			CHECK_OK(nop_rpc(fd, 0, &m));
			CHECK(!out_status(&m), "NOP status %#x", out_status(&m));
			break;
		case 2:
			CHECK_OK(umem_reg(fd, buf, 8192, &id));
			break;
		case 3:
			CHECK_OK(device_info(fd, &di));
			CHECK(di.uctx_uid, "DEVICE_INFO as first ioctl: uid 0");
			break;
		}
		CHECK(sim_count(DEV1, "uctx_count") == uctx + 1,
		      "first ioctl %d: %lld contexts, %lld before", k,
		      sim_count(DEV1, "uctx_count"), uctx);
		close(fd);
		CHECK(sim_count(DEV1, "uctx_count") == uctx &&
		      sim_count(DEV1, "umem_count") == umem,
		      "after close: %lld contexts %lld umems, were %lld %lld",
		      sim_count(DEV1, "uctx_count"), sim_count(DEV1, "umem_count"),
		      uctx, umem);
	}
}

struct first_call {
	int fd;
	pthread_barrier_t *go;
	struct mlx5ctl_info info;
	int err;
};

static void *first_call_thread(void *arg)
{
	struct first_call *c = arg;

	pthread_barrier_wait(c->go);
	c->err = info(c->fd, &c->info) ? errno : 0;
	return NULL;
}

/* Threads racing to make the first ioctl on one file: one context, one uid. */
static void racing_first_ioctls_share_one_context(void)
{
	long long uctx = sim_count(DEV1, "uctx_count");
	struct first_call c[4];
	pthread_barrier_t go;
	pthread_t t[4];
	int fd = dev_open(DEV1), k;

	CHECK(fd >= 0, "open: %s", errname(errno));
	pthread_barrier_init(&go, NULL, 4);
	for (k = 0; k < 4; k++) {
		c[k] = (struct first_call){ .fd = fd, .go = &go };
		CHECK(!pthread_create(&t[k], NULL, first_call_thread, &c[k]),
		      "pthread_create");
	}
	for (k = 0; k < 4; k++)
		pthread_join(t[k], NULL);
	for (k = 0; k < 4; k++) {
		CHECK(!c[k].err, "thread %d: INFO failed: %s", k, errname(c[k].err));
		CHECK(c[k].info.uctx_uid == c[0].info.uctx_uid,
		      "threads 0 and %d see uids %u and %u", k, c[0].info.uctx_uid,
		      c[k].info.uctx_uid);
	}
	CHECK(sim_count(DEV1, "uctx_count") == uctx + 1,
	      "one file, %lld new contexts", sim_count(DEV1, "uctx_count") - uctx);
	close(fd);
	CHECK(sim_count(DEV1, "uctx_count") == uctx, "uctx_count %lld after close, was %lld",
	      sim_count(DEV1, "uctx_count"), uctx);
}

static void open_close_1000_no_leak(void)
{
	long long uctx = sim_count(DEV0, "uctx_count");
	long long umem = sim_count(DEV0, "umem_count");
	unsigned char *buf = map_pages(8192, PROT_READ | PROT_WRITE);
	uint32_t id;
	int k;

	for (k = 0; k < 1000; k++) {
		int fd = open_dev(DEV0);

		if (k % 10 == 0)
			CHECK_OK(umem_reg(fd, buf, 8192, &id));
		CHECK_OK(close(fd));
	}
	CHECK(sim_count(DEV0, "uctx_count") == uctx &&
	      sim_count(DEV0, "umem_count") == umem,
	      "uctx %lld umem %lld after 1000 cycles, were %lld %lld",
	      sim_count(DEV0, "uctx_count"), sim_count(DEV0, "umem_count"),
	      uctx, umem);
}

static void close_releases_umems(void)
{
	long long base = sim_count(DEV0, "umem_count");
	unsigned char *buf = map_pages(3 * 65536, PROT_READ | PROT_WRITE);
	uint32_t id;
	int fd = open_dev(DEV0), k;

	for (k = 0; k < 3; k++)
		CHECK_OK(umem_reg(fd, buf + k * 65536, 65536, &id));
	CHECK(sim_count(DEV0, "umem_count") == base + 3,
	      "umem_count %lld after 3 registrations from %lld",
	      sim_count(DEV0, "umem_count"), base);
	CHECK_OK(close(fd));
	CHECK(sim_count(DEV0, "umem_count") == base,
	      "umem_count %lld after close, was %lld",
	      sim_count(DEV0, "umem_count"), base);
}

/*
 * CREATE_UCTX failing (at open or at the first ioctl): that call fails with
 * EIO, no context and no file is left, and the next attempt works.
 */
static void uctx_creation_fails_cleanly(void)
{
	long long files = core_count(DEV0, "open_files");
	long long uctx = sim_count(DEV0, "uctx_count");
	int fd = -1, err;

	sim_knob(DEV0, "fail_next", 1);
	err = open_uctx(DEV0, &fd);
	CHECK(err == EIO, "CREATE_UCTX failing: %s, want EIO",
	      err ? errname(err) : "success");
	CHECK(core_count(DEV0, "open_files") == files &&
	      sim_count(DEV0, "uctx_count") == uctx,
	      "open_files %lld uctx %lld, were %lld %lld",
	      core_count(DEV0, "open_files"), sim_count(DEV0, "uctx_count"),
	      files, uctx);
	fd = open_dev(DEV0);
	close(fd);
}

/* ---- removal --------------------------------------------------------------- */

struct hammer {
	int fd;
	int use_rpc;
	atomic_int *stop;
	long calls;
	int err;		/* the first errno seen */
};

static void *hammer_thread(void *arg)
{
	struct hammer *h = arg;
	struct mbox m;

	while (!*h->stop) {
		int r = h->use_rpc ? nop_rpc(h->fd, 0, &m) : nop_cmdrpc(h->fd, &m);

		if (r) {
			h->err = errno;
			break;
		}
		h->calls++;
	}
	return NULL;
}

static void check_all_enodev(int fd)
{
	struct mlx5ctl_device_info di;
	struct mlx5ctl_info i;
	unsigned char buf[4096] __attribute__((aligned(4096)));
	struct mbox m;
	uint32_t id;

	CHECK_ERR(info(fd, &i), ENODEV);
	CHECK_ERR(nop_cmdrpc(fd, &m), ENODEV);
	CHECK_ERR(nop_rpc(fd, 0, &m), ENODEV);
	CHECK_ERR(device_info(fd, &di), ENODEV);
	CHECK_ERR(umem_reg(fd, buf, sizeof(buf), &id), ENODEV);
	CHECK_ERR(umem_unreg(fd, 1), ENODEV);
}

static void remove_under_load_gives_enodev(void)
{
	long long dev0_uctx = sim_count(DEV0, "uctx_count");
	struct hammer h[4];
	pthread_t t[4];
	atomic_int stop = 0;
	int fds[3], k;
	uint64_t t0, del_ms;
	char dir[128];

	create_dev(DEV_REMOVE);
	for (k = 0; k < 3; k++)
		fds[k] = open_dev(DEV_REMOVE);
	for (k = 0; k < 4; k++) {
		/* Threads 2 and 3 share a file; 0 and 1 have their own. */
		h[k] = (struct hammer){ fds[k < 3 ? k : 2], k & 1, &stop, 0, 0 };
		CHECK(!pthread_create(&t[k], NULL, hammer_thread, &h[k]),
		      "pthread_create");
	}
	usleep(300000);
	t0 = now_ns();
	remove_dev(DEV_REMOVE);
	del_ms = (now_ns() - t0) / 1000000;
	usleep(100000);
	stop = 1;
	for (k = 0; k < 4; k++)
		pthread_join(t[k], NULL);
	for (k = 0; k < 4; k++) {
		CHECK(h[k].calls > 0, "thread %d made no call before removal", k);
		CHECK(h[k].err == ENODEV, "thread %d ended with %s after %ld calls",
		      k, h[k].err ? errname(h[k].err) : "no error", h[k].calls);
	}
	CHECK(del_ms < 5000, "del_device took %llu ms", (unsigned long long)del_ms);
	for (k = 0; k < 3; k++) {
		check_all_enodev(fds[k]);
		CHECK_OK(close(fds[k]));
	}
	snprintf(dir, sizeof(dir), SIM_DEBUGFS "/%u", DEV_REMOVE);
	CHECK(access(dir, F_OK) != 0, "%s outlived its device", dir);
	CHECK(sim_count(DEV0, "uctx_count") == dev0_uctx,
	      "device 0 uctx_count %lld, was %lld", sim_count(DEV0, "uctx_count"),
	      dev0_uctx);
}

static void remove_with_umems_then_recreate_same_id(void)
{
	unsigned char *buf = map_pages(65536, PROT_READ | PROT_WRITE);
	long long pin = vm_pin_kib();
	struct mbox m;
	uint32_t id;
	int old, fd;

	create_dev(DEV_REMOVE);
	old = open_dev(DEV_REMOVE);
	CHECK_OK(umem_reg(old, buf, 65536, &id));
	remove_dev(DEV_REMOVE);
	check_all_enodev(old);
	/* Removal released the umem: its pages are unpinned with the file open. */
	CHECK(vm_pin_kib() == pin, "VmPin %lld kB after removal, %lld before",
	      vm_pin_kib(), pin);

	/* The old file still open does not hold the id. */
	create_dev(DEV_REMOVE);
	CHECK(sim_count(DEV_REMOVE, "uctx_count") == 0 &&
	      sim_count(DEV_REMOVE, "umem_count") == 0,
	      "a new device starts with uctx %lld umem %lld",
	      sim_count(DEV_REMOVE, "uctx_count"),
	      sim_count(DEV_REMOVE, "umem_count"));
	fd = open_dev(DEV_REMOVE);
	CHECK_OK(nop_cmdrpc(fd, &m));
	CHECK(out_status(&m) == 0, "NOP on the new device: status %#x",
	      out_status(&m));
	CHECK(sim_count(DEV_REMOVE, "uctx_count") == 1, "uctx_count %lld",
	      sim_count(DEV_REMOVE, "uctx_count"));
	CHECK_ERR(nop_cmdrpc(old, &m), ENODEV);
	CHECK_OK(close(old));
	CHECK_OK(close(fd));
	CHECK(sim_count(DEV_REMOVE, "uctx_count") == 0, "uctx_count %lld",
	      sim_count(DEV_REMOVE, "uctx_count"));
	remove_dev(DEV_REMOVE);
}

/* A file whose device goes before its first ioctl: ENODEV, and close works. */
static void removed_before_first_ioctl(void)
{
	int fd;

	create_dev(DEV_REMOVE);
	fd = dev_open(DEV_REMOVE);
	CHECK(fd >= 0, "open: %s", errname(errno));
	remove_dev(DEV_REMOVE);
	check_all_enodev(fd);
	CHECK_OK(close(fd));
}

/* Many devices at once, each with an open file, removed together: each node goes. */
static void many_devices_come_and_go(void)
{
	enum { FIRST = 20, COUNT = 16 };
	struct mlx5ctl_info i[COUNT];
	int fds[COUNT], k, j;

	for (k = 0; k < COUNT; k++) {
		create_dev(FIRST + k);
		fds[k] = open_dev(FIRST + k);
		get_info(fds[k], &i[k]);
	}
	/* Each device numbers its own contexts: no device sees another's. */
	for (k = 0; k < COUNT; k++)
		CHECK(sim_count(FIRST + k, "uctx_count") == 1,
		      "device %d holds %lld contexts", FIRST + k,
		      sim_count(FIRST + k, "uctx_count"));
	for (k = 0; k < COUNT; k++) {
		char node[128];

		remove_dev(FIRST + k);
		dev_node(FIRST + k, node, sizeof(node));
		CHECK(access(node, F_OK) != 0, "%s outlived its device", node);
		for (j = k + 1; j < COUNT; j++)
			CHECK_OK(info(fds[j], &i[j]));
		CHECK_ERR(info(fds[k], &i[k]), ENODEV);
		CHECK_OK(close(fds[k]));
	}
}

/* ---- firmware that hangs, is slow or runs out ------------------------------ */

static void on_signal(int sig)
{
	(void)sig;
}

struct kicker {
	pthread_t target;
	unsigned int after_ms;
};

static void *kick_thread(void *arg)
{
	struct kicker *k = arg;

	usleep(k->after_ms * 1000);
	pthread_kill(k->target, SIGUSR1);
	return NULL;
}

static void hang_rpc_interrupted_by_signal(void)
{
	struct sigaction sa = { .sa_handler = on_signal };	/* no SA_RESTART */
	struct kicker k = { pthread_self(), 300 };
	unsigned int timeout = cmd_timeout_ms();
	struct mbox m;
	uint64_t t0, ms;
	pthread_t t;
	int fd = open_dev(DEV0);

	sigaction(SIGUSR1, &sa, NULL);
	sim_knob(DEV0, "hang", 1);
	CHECK(!pthread_create(&t, NULL, kick_thread, &k), "pthread_create");
	t0 = now_ns();
	CHECK_ERR(nop_cmdrpc(fd, &m), EINTR);
	ms = (now_ns() - t0) / 1000000;
	pthread_join(t, NULL);
	CHECK(ms < timeout, "interrupted after %llu ms, the timeout is %u ms",
	      (unsigned long long)ms, timeout);
	sim_knob(DEV0, "hang", 0);
	CHECK_OK(nop_cmdrpc(fd, &m));
	CHECK(out_status(&m) == 0, "NOP after the hang: status %#x", out_status(&m));
	close(fd);
}

static void *unhang_thread(void *arg)
{
	(void)arg;
	usleep(800000);
	sim_set(DEV0, "hang", 0);
	return NULL;
}

/*
 * A signal whose handler asks for SA_RESTART restarts the call (the driver
 * answers -ERESTARTSYS: nothing was delivered), which then completes once the
 * firmware answers.
 */
static void hang_rpc_restarts_after_sa_restart_signal(void)
{
	struct sigaction sa = { .sa_handler = on_signal, .sa_flags = SA_RESTART };
	struct kicker k = { pthread_self(), 300 };
	struct mbox m;
	pthread_t kick, unhang;
	uint64_t t0, ms;
	int fd = open_dev(DEV0);

	sigaction(SIGUSR1, &sa, NULL);
	sim_knob(DEV0, "hang", 1);
	CHECK(!pthread_create(&kick, NULL, kick_thread, &k), "pthread_create");
	CHECK(!pthread_create(&unhang, NULL, unhang_thread, NULL), "pthread_create");
	t0 = now_ns();
	memset(m.out, 0xff, sizeof(m.out));
	CHECK_OK(nop_rpc(fd, 0, &m));
	ms = (now_ns() - t0) / 1000000;
	pthread_join(kick, NULL);
	pthread_join(unhang, NULL);
	CHECK(out_status(&m) == 0, "restarted NOP: status %#x", out_status(&m));
	CHECK(ms >= 700, "the call returned after %llu ms, before the hang ended",
	      (unsigned long long)ms);
	close(fd);
}

static void hang_rpc_times_out(void)
{
	unsigned int timeout = cmd_timeout_ms();
	struct mbox m;
	uint64_t t0, ms;
	int fd = open_dev(DEV0);

	sim_knob(DEV0, "hang", 1);
	t0 = now_ns();
	CHECK_ERR(nop_rpc(fd, 0, &m), ETIMEDOUT);
	ms = (now_ns() - t0) / 1000000;
	CHECK(ms >= timeout * 9 / 10 && ms < timeout + 5000,
	      "timed out after %llu ms, cmd_timeout_ms is %u",
	      (unsigned long long)ms, timeout);
	sim_knob(DEV0, "hang", 0);
	CHECK_OK(nop_rpc(fd, 0, &m));
	CHECK(out_status(&m) == 0, "NOP after the hang: status %#x", out_status(&m));
	close(fd);
}

/*
 * Timeouts in the driver's own commands: a new file whose CREATE_UCTX and a
 * UMEM_REG whose CREATE_UMEM time out fail with ETIMEDOUT and leave nothing
 * behind (no context, no pinned page).
 */
static void hang_uctx_and_umem_creation_time_out_cleanly(void)
{
	unsigned char *buf = map_pages(65536, PROT_READ | PROT_WRITE);
	unsigned int timeout = cmd_timeout_ms();
	long long files = core_count(DEV1, "open_files");
	long long uctx = sim_count(DEV1, "uctx_count");
	long long umem = sim_count(DEV1, "umem_count");
	long long pin = vm_pin_kib();
	int fd = open_dev(DEV1), fd2 = -1, err2, err3;
	char t[16];
	uint32_t id;

	/* Shorter waits for this case; the parameter is the simulator's. */
	CHECK(!write_string(SIM_PARAMS "/cmd_timeout_ms", "500"),
	      "cannot set cmd_timeout_ms");
	sim_knob(DEV1, "hang", 1);
	err2 = open_uctx(DEV1, &fd2);
	errno = 0;
	err3 = umem_reg(fd, buf, 65536, &id) ? errno : 0;
	sim_knob(DEV1, "hang", 0);
	snprintf(t, sizeof(t), "%u", timeout);
	write_string(SIM_PARAMS "/cmd_timeout_ms", t);

	CHECK(err2 == ETIMEDOUT, "a new file on a hung device: %s, want ETIMEDOUT",
	      err2 ? errname(err2) : "success");
	CHECK(err3 == ETIMEDOUT, "UMEM_REG on a hung device: %s",
	      err3 ? errname(err3) : "success");
	CHECK(core_count(DEV1, "open_files") == files + 1 &&
	      sim_count(DEV1, "uctx_count") == uctx + 1 &&
	      sim_count(DEV1, "umem_count") == umem && vm_pin_kib() == pin,
	      "files %lld uctx %lld umem %lld VmPin %lld, from %lld %lld %lld %lld",
	      core_count(DEV1, "open_files"), sim_count(DEV1, "uctx_count"),
	      sim_count(DEV1, "umem_count"), vm_pin_kib(), files, uctx, umem, pin);
	close(fd);
}

/*
 * A file closed while its device hangs cannot have its umems destroyed, so
 * their pages must stay pinned (the device might still write to them) -- but
 * only until the device is removed: then nothing can write to them anymore.
 */
static void hung_close_unpins_at_removal(void)
{
	unsigned char *buf = map_pages(65536, PROT_READ | PROT_WRITE);
	unsigned int timeout = cmd_timeout_ms();
	long long pin = vm_pin_kib();
	uint32_t id;
	char t[16];
	int fd;

	create_dev(DEV_HANG);
	fd = open_dev(DEV_HANG);
	CHECK_OK(umem_reg(fd, buf, 65536, &id));
	CHECK(!write_string(SIM_PARAMS "/cmd_timeout_ms", "300"),
	      "cannot set cmd_timeout_ms");
	sim_knob(DEV_HANG, "hang", 1);
	close(fd);
	snprintf(t, sizeof(t), "%u", timeout);
	write_string(SIM_PARAMS "/cmd_timeout_ms", t);
	remove_dev(DEV_HANG);
	CHECK(vm_pin_kib() == pin,
	      "VmPin %lld kB after the hung device was removed, %lld before its umem",
	      vm_pin_kib(), pin);
}

struct hung_call {
	int fd;
	int ret;
	int err;
	uint64_t done_ns;
};

static void *hung_call_thread(void *arg)
{
	struct hung_call *c = arg;
	struct mbox m;

	c->ret = nop_cmdrpc(c->fd, &m);
	c->err = errno;
	c->done_ns = now_ns();
	return NULL;
}

static void hang_del_device_is_prompt(void)
{
	unsigned int timeout = cmd_timeout_ms();
	struct hung_call c = { 0 };
	uint64_t t0, del_ms, call_ms;
	pthread_t t;

	create_dev(DEV_HANG);
	c.fd = open_dev(DEV_HANG);
	sim_knob(DEV_HANG, "hang", 1);
	CHECK(!pthread_create(&t, NULL, hung_call_thread, &c), "pthread_create");
	usleep(200000);
	t0 = now_ns();
	remove_dev(DEV_HANG);
	del_ms = (now_ns() - t0) / 1000000;
	pthread_join(t, NULL);
	call_ms = (c.done_ns - t0) / 1000000;
	CHECK(c.ret == -1 && c.err == ENODEV,
	      "the hung RPC returned %d (%s), want ENODEV", c.ret,
	      c.ret ? errname(c.err) : "success");
	CHECK(del_ms < timeout / 2 && call_ms < timeout / 2,
	      "del_device took %llu ms, the hung call ended %llu ms after it; "
	      "cmd_timeout_ms is %u", (unsigned long long)del_ms,
	      (unsigned long long)call_ms, timeout);
	check_all_enodev(c.fd);
	CHECK_OK(close(c.fd));
}

struct hung_open {
	int fd;
	int err;
};

static void *hung_open_thread(void *arg)
{
	struct hung_open *o = arg;

	o->err = open_uctx(DEV_HANG, &o->fd);
	return NULL;
}

/* A new file waiting for CREATE_UCTX on a hung device does not block removal. */
static void hang_del_device_during_uctx_creation(void)
{
	unsigned int timeout = cmd_timeout_ms();
	struct hung_open o = { -1, 0 };
	uint64_t t0, del_ms;
	pthread_t t;

	create_dev(DEV_HANG);
	sim_knob(DEV_HANG, "hang", 1);
	CHECK(!pthread_create(&t, NULL, hung_open_thread, &o), "pthread_create");
	usleep(200000);
	t0 = now_ns();
	remove_dev(DEV_HANG);
	del_ms = (now_ns() - t0) / 1000000;
	pthread_join(t, NULL);
	CHECK(o.err == ENODEV, "the file waiting for its context got %s, want ENODEV",
	      o.err ? errname(o.err) : "a context");
	CHECK(del_ms < timeout / 2, "del_device took %llu ms; cmd_timeout_ms is %u",
	      (unsigned long long)del_ms, timeout);
}

/*
 * A signal arriving while close() tears the file down (here: while the slow
 * firmware takes its time over DESTROY_UMEM and DESTROY_UCTX) must not leave
 * the file's umems pinned or its user context alive in the firmware: close
 * cannot be retried, so nothing would ever free them.
 */
static void close_interrupted_by_signal_still_frees(void)
{
	struct sigaction sa = { .sa_handler = on_signal };
	struct kicker k = { pthread_self(), 100 };
	unsigned char *buf = map_pages(65536, PROT_READ | PROT_WRITE);
	long long uctx = sim_count(DEV1, "uctx_count");
	long long umem = sim_count(DEV1, "umem_count");
	long long pin = vm_pin_kib();
	uint32_t id;
	pthread_t t;
	int fd = open_dev(DEV1);

	CHECK_OK(umem_reg(fd, buf, 65536, &id));
	sigaction(SIGUSR1, &sa, NULL);
	sim_knob(DEV1, "latency_us", 300000);
	CHECK(!pthread_create(&t, NULL, kick_thread, &k), "pthread_create");
	CHECK_OK(close(fd));
	pthread_join(t, NULL);
	sim_knob(DEV1, "latency_us", 0);
	CHECK(sim_count(DEV1, "uctx_count") == uctx &&
	      sim_count(DEV1, "umem_count") == umem,
	      "after an interrupted close the firmware holds %lld contexts and %lld umems, %lld and %lld before the open",
	      sim_count(DEV1, "uctx_count"), sim_count(DEV1, "umem_count"),
	      uctx, umem);
	CHECK(vm_pin_kib() == pin, "VmPin %lld kB after close, %lld before",
	      vm_pin_kib(), pin);
}

/*
 * A process killed in the middle of an RPC (the firmware being slow) still
 * frees everything its file held when the kernel closes the file at exit.
 */
static void killed_process_frees_its_file(void)
{
	long long uctx = sim_count(DEV1, "uctx_count");
	long long umem = sim_count(DEV1, "umem_count");
	int status, ready[2];
	pid_t pid;
	char c;

	CHECK(!pipe(ready), "pipe: %s", errname(errno));
	pid = fork();
	CHECK(pid >= 0, "fork: %s", errname(errno));
	if (pid == 0) {
		unsigned char *buf = map_pages(65536, PROT_READ | PROT_WRITE);
		struct mbox m;
		uint32_t id;
		int fd = open_dev(DEV1);

		CHECK_OK(umem_reg(fd, buf, 65536, &id));
		if (write(ready[1], "r", 1) != 1)
			_exit(1);
		for (;;)
			nop_cmdrpc(fd, &m);
	}
	close(ready[1]);
	CHECK(read(ready[0], &c, 1) == 1, "the child did not get ready");
	sim_knob(DEV1, "latency_us", 300000);
	usleep(100000);
	kill(pid, SIGKILL);
	CHECK(waitpid(pid, &status, 0) == pid, "waitpid: %s", errname(errno));
	sim_knob(DEV1, "latency_us", 0);
	CHECK(sim_count(DEV1, "uctx_count") == uctx &&
	      sim_count(DEV1, "umem_count") == umem,
	      "after the kill the firmware holds %lld contexts and %lld umems, %lld and %lld before",
	      sim_count(DEV1, "uctx_count"), sim_count(DEV1, "umem_count"),
	      uctx, umem);
}

/* Where the simulator module is: MLX5CTL_SIM_KO, else the tree's build. */
static const char *sim_ko_path(void)
{
	const char *p = getenv("MLX5CTL_SIM_KO");

	return p && *p ? p : "kmod/sim/mlx5ctl_sim.ko";
}

/*
 * The provider may go while files on its devices are open: they answer
 * ENODEV and close cleanly (the core owns their memory). Runs last: it
 * reloads the simulator and re-creates the shared devices.
 */
static void provider_unloads_with_open_files(void)
{
	unsigned char *buf = map_pages(65536, PROT_READ | PROT_WRITE);
	const char *ko = sim_ko_path();
	uint32_t id;
	int fd, kfd, ret, err;

	kfd = open(ko, O_RDONLY | O_CLOEXEC);
	CHECK(kfd >= 0, "%s: %s (set MLX5CTL_SIM_KO)", ko, errname(errno));
	fd = open_dev(DEV1);
	CHECK_OK(umem_reg(fd, buf, 65536, &id));

	errno = 0;
	ret = syscall(SYS_delete_module, "mlx5ctl_sim", O_NONBLOCK);
	err = errno;
	if (ret == 0) {
		check_all_enodev(fd);
		CHECK_OK(close(fd));
	}
	/* Back as it was for whatever runs next, before judging. */
	if (access(SIM_BUS, F_OK)) {
		CHECK(syscall(SYS_finit_module, kfd, "", 0) == 0,
		      "reloading %s: %s", ko, errname(errno));
		create_dev(DEV0);
		create_dev(DEV1);
	}
	close(kfd);
	CHECK(ret == 0, "unloading mlx5ctl_sim with a file open: %s", errname(err));
}

/*
 * One hung device must not stall the others: a file waiting for a hung
 * device's CREATE_UCTX leaves opens of other devices as quick as ever. (The
 * misc core calls our open holding its global mutex; firmware commands in
 * open would hold every misc device on the system hostage.)
 */
static void hang_open_does_not_block_other_devices(void)
{
	unsigned int timeout = cmd_timeout_ms();
	struct hung_open o = { -1, 0 };
	uint64_t t0, open_ms;
	pthread_t t;
	int fd = -1, err;

	create_dev(DEV_HANG);
	sim_knob(DEV_HANG, "hang", 1);
	CHECK(!pthread_create(&t, NULL, hung_open_thread, &o), "pthread_create");
	usleep(200000);
	t0 = now_ns();
	err = open_uctx(DEV0, &fd);
	open_ms = (now_ns() - t0) / 1000000;
	sim_knob(DEV_HANG, "hang", 0);
	pthread_join(t, NULL);
	if (fd >= 0)
		close(fd);
	if (o.fd >= 0)
		close(o.fd);
	remove_dev(DEV_HANG);
	CHECK(!err, "open device 0: %s", errname(err));
	CHECK(open_ms < timeout / 4,
	      "opening device 0 took %llu ms while a file of device %u waited for its context (cmd_timeout_ms %u)",
	      (unsigned long long)open_ms, DEV_HANG, timeout);
}

/*
 * An RPC whose wait is interrupted by a signal with SA_RESTART is restarted
 * by the kernel. The firmware must then have run it exactly once: one PD
 * allocated, not one per attempt (provider.h: -EINTR means not delivered).
 */
static void interrupted_rpc_restarts_and_runs_once(void)
{
	struct sigaction sa = { .sa_handler = on_signal, .sa_flags = SA_RESTART };
	struct kicker k = { pthread_self(), 100 };
	long long pds = sim_count(DEV1, "pd_count");
	uint32_t pd, st;
	pthread_t t;
	int fd = open_dev(DEV1);

	sigaction(SIGUSR1, &sa, NULL);
	sim_knob(DEV1, "latency_us", 300000);
	CHECK(!pthread_create(&t, NULL, kick_thread, &k), "pthread_create");
	st = alloc_pd(fd, 0, &pd);
	pthread_join(t, NULL);
	sim_knob(DEV1, "latency_us", 0);
	CHECK(st == 0, "ALLOC_PD status %#x", st);
	CHECK(sim_count(DEV1, "pd_count") == pds + 1,
	      "one ALLOC_PD, restarted after a signal, left %lld PDs (from %lld)",
	      sim_count(DEV1, "pd_count"), pds);
	close(fd);
}

/*
 * UMEM_REG interrupted by a signal fails with EINTR and leaves no umem in
 * the firmware: the driver unpinned and unmapped the pages, so a firmware
 * umem still pointing at them would be DMA into memory that is no longer
 * the caller's.
 */
static void interrupted_umem_reg_leaves_no_umem(void)
{
	struct sigaction sa = { .sa_handler = on_signal };
	struct kicker k = { pthread_self(), 100 };
	unsigned char *buf = map_pages(65536, PROT_READ | PROT_WRITE);
	long long umems = sim_count(DEV1, "umem_count");
	long long pin = vm_pin_kib();
	uint32_t id;
	pthread_t t;
	int fd = open_dev(DEV1), ret, err;

	sigaction(SIGUSR1, &sa, NULL);
	sim_knob(DEV1, "latency_us", 300000);
	CHECK(!pthread_create(&t, NULL, kick_thread, &k), "pthread_create");
	errno = 0;
	ret = umem_reg(fd, buf, 65536, &id);
	err = errno;
	pthread_join(t, NULL);
	sim_knob(DEV1, "latency_us", 0);
	if (ret == 0) {
		/* Registered after all: then it must be whole and ours. */
		CHECK(sim_count(DEV1, "umem_count") == umems + 1,
		      "umem_count %lld from %lld", sim_count(DEV1, "umem_count"),
		      umems);
		CHECK_OK(umem_unreg(fd, id));
	} else {
		CHECK(err == EINTR, "UMEM_REG interrupted: %s", errname(err));
		CHECK(vm_pin_kib() == pin, "VmPin %lld kB, was %lld", vm_pin_kib(),
		      pin);
		CHECK(sim_count(DEV1, "umem_count") == umems,
		      "UMEM_REG failed with EINTR, yet the firmware holds %lld umems (%lld before) over pages the driver unpinned",
		      sim_count(DEV1, "umem_count"), umems);
	}
	close(fd);
}

static void latency_knob_delays_rpcs(void)
{
	struct mbox m;
	uint64_t t0, slow_ms, fast_ms;
	int fd = open_dev(DEV0);

	sim_knob(DEV0, "latency_us", 250000);
	t0 = now_ns();
	CHECK_OK(nop_cmdrpc(fd, &m));
	slow_ms = (now_ns() - t0) / 1000000;
	sim_knob(DEV0, "latency_us", 0);
	t0 = now_ns();
	CHECK_OK(nop_cmdrpc(fd, &m));
	fast_ms = (now_ns() - t0) / 1000000;
	CHECK(slow_ms >= 250, "NOP with 250 ms latency took %llu ms",
	      (unsigned long long)slow_ms);
	CHECK(fast_ms < 250, "NOP without latency took %llu ms",
	      (unsigned long long)fast_ms);
	close(fd);
}

/* max_objects: creation beyond it answers NO_RES (0xf), not an errno. */
static void max_objects_reports_no_res(void)
{
	long long base = sim_count(DEV0, "pd_count");
	uint32_t pd, st;
	int fd = open_dev(DEV0), k;

	sim_knob(DEV0, "max_objects", base + 2);
	for (k = 0; k < 2; k++) {
		st = alloc_pd(fd, 0, &pd);
		CHECK(st == 0, "PD %d below max_objects: status %#x", k, st);
	}
	st = alloc_pd(fd, 0, &pd);
	CHECK(st == 0xf, "PD beyond max_objects: status %#x, want NO_RES (0xf)",
	      st);
	CHECK(sim_count(DEV0, "pd_count") == base + 2, "pd_count %lld",
	      sim_count(DEV0, "pd_count"));
	close(fd);
}

/*
 * The driver's own creations at the limit: a firmware error the driver
 * cannot hand to user space as a status, so a new file's context and
 * UMEM_REG fail with the errno NO_RES stands for (ENOSPC), leaving nothing
 * behind.
 */
static void max_objects_fails_uctx_and_umem_creation(void)
{
	unsigned char *buf = map_pages(8192, PROT_READ | PROT_WRITE);
	int fd = open_dev(DEV1), fd2 = -1, err;
	long long uctx = sim_count(DEV1, "uctx_count");
	long long umem = sim_count(DEV1, "umem_count");
	long long files = core_count(DEV1, "open_files");
	uint32_t a;
	long long n;

	CHECK(umem < uctx, "device 1 has %lld umems and %lld contexts", umem, uctx);
	sim_knob(DEV1, "max_objects", uctx);
	err = open_uctx(DEV1, &fd2);
	CHECK(err == ENOSPC, "a new file at the context limit: %s, want ENOSPC",
	      err ? errname(err) : "success");
	for (n = umem; n < uctx; n++)
		CHECK_OK(umem_reg(fd, buf, 4096, &a));
	CHECK_ERR(umem_reg(fd, buf, 8192, &a), ENOSPC);
	CHECK(sim_count(DEV1, "uctx_count") == uctx &&
	      core_count(DEV1, "open_files") == files &&
	      sim_count(DEV1, "umem_count") == uctx,
	      "after the refusals: uctx %lld files %lld umem %lld",
	      sim_count(DEV1, "uctx_count"), core_count(DEV1, "open_files"),
	      sim_count(DEV1, "umem_count"));
	sim_knob(DEV1, "max_objects", 0);
	CHECK_OK(umem_reg(fd, buf, 8192, &a));
	close(fd);
}

const struct test_case lifetime_cases[] = {
	TEST(close_releases_uctx, 30),
	TEST(sysfs_counts_follow_files, 30),
	TEST(racing_first_ioctls_share_one_context, 30),
	TEST(any_first_ioctl_runs_under_the_files_context, 30),
	TEST(open_close_1000_no_leak, 300),
	TEST(concurrent_files_no_leak, 300),
	TEST(close_releases_umems, 30),
	TEST(uctx_creation_fails_cleanly, 30),
	TEST(remove_under_load_gives_enodev, 60),
	TEST(remove_with_umems_then_recreate_same_id, 60),
	TEST(many_devices_come_and_go, 60),
	TEST(removed_before_first_ioctl, 30),
	TEST(hang_rpc_interrupted_by_signal, 30),
	TEST(hang_rpc_restarts_after_sa_restart_signal, 30),
	TEST(hang_rpc_times_out, 60),
	TEST(hang_uctx_and_umem_creation_time_out_cleanly, 30),
	TEST(hang_del_device_is_prompt, 60),
	TEST(hung_close_unpins_at_removal, 30),
	TEST(hang_del_device_during_uctx_creation, 60),
	TEST(hang_open_does_not_block_other_devices, 30),
	TEST(latency_knob_delays_rpcs, 30),
	TEST(interrupted_rpc_restarts_and_runs_once, 30),
	TEST(interrupted_umem_reg_leaves_no_umem, 30),
	TEST(close_interrupted_by_signal_still_frees, 30),
	TEST(killed_process_frees_its_file, 30),
	TEST(max_objects_reports_no_res, 30),
	TEST(max_objects_fails_uctx_and_umem_creation, 30),
	/* Last: it unloads and reloads the simulator. */
	TEST(provider_unloads_with_open_files, 60),
};

const unsigned int lifetime_cases_len = sizeof(lifetime_cases) / sizeof(lifetime_cases[0]);
