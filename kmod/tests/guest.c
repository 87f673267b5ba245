// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/* Helpers the guest tests and the benchmark share; see guest.h. */
#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "guest.h"

/* How long device creation or removal may take to show in /dev (TCG is slow). */
#define NODE_WAIT_MS 10000

uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

void dev_name(unsigned int id, char *buf, size_t len)
{
	snprintf(buf, len, "mlx5ctl_sim.ctl.%u", id);
}

void dev_node(unsigned int id, char *buf, size_t len)
{
	snprintf(buf, len, DEV_PREFIX "%u", id);
}

int dev_open(unsigned int id)
{
	char node[128];

	dev_node(id, node, sizeof(node));
	return open(node, O_RDWR | O_CLOEXEC);
}

int fwctl_node(unsigned int id, char *buf, size_t len)
{
	char attr[160], name[32] = "";
	ssize_t n;
	int fd;

	snprintf(attr, sizeof(attr), MISC_CLASS "%u/fwctl", id);
	fd = open(attr, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = read(fd, name, sizeof(name) - 1);
	close(fd);
	if (n <= 1)
		return -ENOENT;
	name[strcspn(name, "\n")] = '\0';
	snprintf(buf, len, "/dev/fwctl/%s", name);
	return 0;
}

int fwctl_open(unsigned int id)
{
	char node[128];
	int err = fwctl_node(id, node, sizeof(node));

	if (err) {
		errno = -err;
		return -1;
	}
	return open(node, O_RDWR | O_CLOEXEC);
}

int write_string(const char *path, const char *s)
{
	size_t len = strlen(s);
	ssize_t n;
	int fd;

	fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = write(fd, s, len);
	if (n < 0) {
		int err = -errno;

		close(fd);
		return err;
	}
	close(fd);
	return (size_t)n == len ? 0 : -EIO;
}

int read_number(const char *path, long long *v)
{
	char buf[64], *end;
	ssize_t n;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return n < 0 ? -errno : -EIO;
	buf[n] = '\0';
	errno = 0;
	*v = strtoll(buf, &end, 0);
	if (errno || end == buf)
		return -EINVAL;
	return 0;
}

static int wait_node(unsigned int id, int present)
{
	char node[128];
	int ms;

	dev_node(id, node, sizeof(node));
	for (ms = 0; ms < NODE_WAIT_MS; ms++) {
		if ((access(node, F_OK) == 0) == present)
			return 0;
		usleep(1000);
	}
	return -ETIMEDOUT;
}

int sim_new_device(unsigned int id)
{
	char buf[16];
	int err;

	snprintf(buf, sizeof(buf), "%u", id);
	err = write_string(SIM_BUS "/new_device", buf);
	return err ? err : wait_node(id, 1);
}

int sim_del_device(unsigned int id)
{
	char buf[16];
	int err;

	snprintf(buf, sizeof(buf), "%u", id);
	err = write_string(SIM_BUS "/del_device", buf);
	return err ? err : wait_node(id, 0);
}

int sim_get(unsigned int id, const char *name, long long *v)
{
	char path[256];

	snprintf(path, sizeof(path), SIM_DEBUGFS "/%u/%s", id, name);
	return read_number(path, v);
}

int sim_set(unsigned int id, const char *name, long long v)
{
	char path[256], buf[32];

	snprintf(path, sizeof(path), SIM_DEBUGFS "/%u/%s", id, name);
	snprintf(buf, sizeof(buf), "%lld", v);
	return write_string(path, buf);
}

void sim_reset_knobs(unsigned int id)
{
	sim_set(id, "hang", 0);
	sim_set(id, "fail_next", 0);
	sim_set(id, "fail_status", 0x1);
	sim_set(id, "fail_syndrome", 0);
	sim_set(id, "latency_us", 0);
	sim_set(id, "max_objects", 0);
	sim_set(id, "uctx_cap", 0x7);
	sim_set(id, "uid_lie", -1);
	sim_set(id, "workload", 1);
}

int cmdrpc(int fd, void *in, uint32_t inlen, void *out, uint32_t outlen)
{
	struct mlx5ctl_cmdrpc r = {
		.in = (uintptr_t)in,
		.out = (uintptr_t)out,
		.inlen = inlen,
		.outlen = outlen,
	};

	return ioctl(fd, MLX5CTL_IOCTL_CMDRPC, &r);
}

int rpc(int fd, uint32_t scope, void *in, uint32_t inlen, void *out,
	uint32_t outlen)
{
	struct mlx5ctl_rpc r = {
		.size = sizeof(r),
		.scope = scope,
		.inlen = inlen,
		.outlen = outlen,
		.in = (uintptr_t)in,
		.out = (uintptr_t)out,
	};

	return ioctl(fd, MLX5CTL_IOCTL_RPC, &r);
}

int info(int fd, struct mlx5ctl_info *i)
{
	memset(i, 0xa5, sizeof(*i));
	return ioctl(fd, MLX5CTL_IOCTL_INFO, i);
}

int device_info(int fd, struct mlx5ctl_device_info *di)
{
	memset(di, 0, sizeof(*di));
	di->size = sizeof(*di);
	return ioctl(fd, MLX5CTL_IOCTL_DEVICE_INFO, di);
}

int umem_reg(int fd, void *addr, uint64_t len, uint32_t *umem_id)
{
	struct mlx5ctl_umem_reg r = {
		.addr = (uintptr_t)addr,
		.len = len,
	};
	int ret;

	ret = ioctl(fd, MLX5CTL_IOCTL_UMEM_REG, &r);
	if (!ret)
		*umem_id = r.umem_id;
	return ret;
}

int umem_unreg(int fd, uint32_t umem_id)
{
	struct mlx5ctl_umem_unreg r = { .umem_id = umem_id };

	return ioctl(fd, MLX5CTL_IOCTL_UMEM_UNREG, &r);
}

int fwctl_rpc(int fd, uint32_t scope, void *in, uint32_t in_len, void *out,
	      uint32_t out_len, uint32_t *out_len_ret)
{
	struct fwctl_rpc r = {
		.size = sizeof(r),
		.scope = scope,
		.in_len = in_len,
		.out_len = out_len,
		.in = (uintptr_t)in,
		.out = (uintptr_t)out,
	};
	int ret = ioctl(fd, FWCTL_RPC, &r);

	if (!ret && out_len_ret)
		*out_len_ret = r.out_len;
	return ret;
}

int fwctl_info(int fd, void *data, uint32_t len, struct fwctl_info *fi)
{
	*fi = (struct fwctl_info) {
		.size = sizeof(*fi),
		.device_data_len = len,
		.out_device_data = (uintptr_t)data,
	};
	return ioctl(fd, FWCTL_INFO, fi);
}

int caps_limit(uint64_t keep)
{
	struct __user_cap_header_struct hdr = {
		.version = _LINUX_CAPABILITY_VERSION_3,
		.pid = 0,
	};
	struct __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3];
	int i;

	for (i = 0; i < _LINUX_CAPABILITY_U32S_3; i++) {
		uint32_t m = (uint32_t)(keep >> (32 * i));

		data[i].effective = m;
		data[i].permitted = m;
		data[i].inheritable = m;
	}
	if (syscall(SYS_capset, &hdr, data))
		return -errno;
	return 0;
}
