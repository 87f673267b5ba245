// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/* Command builders and checked helpers the guest test cases share (tests.h). */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "tests.h"

/* ---- command builders ---------------------------------------------------- */

uint32_t nop_in(struct mbox *m)
{
	memset(m, 0, sizeof(*m));
	PRM_SET(mbox_in, m->in, opcode, MLX5CTL_CMD_OP_NOP);
	return PRM_SZ(nop_in);
}

uint32_t hdr_in(struct mbox *m, uint16_t opcode, uint16_t op_mod)
{
	memset(m, 0, sizeof(*m));
	PRM_SET(mbox_in, m->in, opcode, opcode);
	PRM_SET(mbox_in, m->in, op_mod, op_mod);
	return PRM_SZ(mbox_in);
}

uint32_t out_status(const struct mbox *m)
{
	return PRM_GET(mbox_out, m->out, status);
}

uint32_t out_syndrome(const struct mbox *m)
{
	return PRM_GET(mbox_out, m->out, syndrome);
}

int nop_cmdrpc(int fd, struct mbox *m)
{
	uint32_t inlen = nop_in(m);

	return cmdrpc(fd, m->in, inlen, m->out, PRM_SZ(nop_out));
}

int nop_rpc(int fd, uint32_t scope, struct mbox *m)
{
	uint32_t inlen = nop_in(m);

	return rpc(fd, scope, m->in, inlen, m->out, PRM_SZ(nop_out));
}

/* ACCESS_REG of PAOS: op_mod 1 reads (debug-read-only), 0 writes (configuration). */
uint32_t paos_in(struct mbox *m, uint16_t op_mod)
{
	memset(m, 0, sizeof(*m));
	PRM_SET(access_register_in, m->in, opcode, MLX5CTL_CMD_OP_ACCESS_REG);
	PRM_SET(access_register_in, m->in, op_mod, op_mod);
	PRM_SET(access_register_in, m->in, register_id, MLX5CTL_REG_PAOS);
	/* Port 1, the one port a device has: port 0 is a bad parameter. */
	PRM_SET(paos_reg, PRM_ADDR_OF(access_register_in, m->in, register_data),
		local_port, 1);
	return PRM_SZ(access_register_in) + PRM_SZ(paos_reg);
}

uint32_t paos_outlen(void)
{
	return PRM_SZ(access_register_out) + PRM_SZ(paos_reg);
}

/* SET_DIAGNOSTIC_PARAMS: the debug-write command of the schema. */
uint32_t set_diag_in(struct mbox *m)
{
	memset(m, 0, sizeof(*m));
	PRM_SET(mbox_in, m->in, opcode, MLX5CTL_CMD_OP_SET_DIAGNOSTIC_PARAMS);
	return PRM_SZ(set_diagnostic_params_in);
}

uint32_t set_diag_outlen(void)
{
	return PRM_SZ(set_diagnostic_params_out);
}

/* ---- helpers --------------------------------------------------------------- */

int open_uctx(unsigned int id, int *fdp)
{
	struct mlx5ctl_info i;
	int fd = dev_open(id), err;

	if (fd < 0)
		return errno;
	if (info(fd, &i)) {
		err = errno;
		close(fd);
		return err;
	}
	*fdp = fd;
	return 0;
}

/* How many records of the kernel log contain both @a and @b. */
int kmsg_has(const char *a, const char *b)
{
	char rec[2048];
	int fd = open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC), found = 0;
	ssize_t n;

	CHECK(fd >= 0, "open /dev/kmsg: %s", errname(errno));
	/* One record per read; EAGAIN at the end; EPIPE when records were overwritten. */
	while ((n = read(fd, rec, sizeof(rec) - 1)) > 0 || (n < 0 && errno == EPIPE)) {
		if (n <= 0)
			continue;
		rec[n] = '\0';
		if (strstr(rec, a) && strstr(rec, b))
			found++;
	}
	close(fd);
	return found;
}

int open_dev(unsigned int id)
{
	int fd = -1, err = open_uctx(id, &fd);

	CHECK(!err, "open device %u: %s", id, errname(err));
	return fd;
}

long long sim_count(unsigned int id, const char *name)
{
	long long v;
	int err = sim_get(id, name, &v);

	CHECK(!err, "read debugfs %u/%s: %s", id, name, errname(-err));
	return v;
}

void sim_knob(unsigned int id, const char *name, long long v)
{
	int err = sim_set(id, name, v);

	CHECK(!err, "write debugfs %u/%s: %s", id, name, errname(-err));
}

long long kernel_tainted(void)
{
	long long v;
	int err = read_number("/proc/sys/kernel/tainted", &v);

	CHECK(!err, "read /proc/sys/kernel/tainted: %s", errname(-err));
	return v;
}

unsigned int cmd_timeout_ms(void)
{
	long long v;

	if (read_number(SIM_PARAMS "/cmd_timeout_ms", &v) || v <= 0)
		return 2000;
	return (unsigned int)v;
}

void *map_pages(size_t len, int prot)
{
	void *p = mmap(NULL, len, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	CHECK(p != MAP_FAILED, "mmap %zu: %s", len, errname(errno));
	return p;
}

void create_dev(unsigned int id)
{
	char node[128];
	int err;

	dev_node(id, node, sizeof(node));
	if (access(node, F_OK) == 0)
		return;
	err = sim_new_device(id);
	CHECK(!err, "new_device %u: %s", id, errname(-err));
}

void remove_dev(unsigned int id)
{
	int err = sim_del_device(id);

	CHECK(!err, "del_device %u: %s", id, errname(-err));
}

void get_info(int fd, struct mlx5ctl_info *i)
{
	CHECK_OK(info(fd, i));
}

long long core_count(unsigned int id, const char *name)
{
	char path[256], dn[64];
	long long v;
	int err;

	dev_name(id, dn, sizeof(dn));
	snprintf(path, sizeof(path), "/sys/class/misc/mlx5ctl-%s/%s", dn, name);
	err = read_number(path, &v);
	CHECK(!err, "read %s: %s", path, errname(-err));
	return v;
}

/* This process's pinned memory in KiB (VmPin: the umems' RLIMIT_MEMLOCK charge). */
long long vm_pin_kib(void)
{
	char line[256];
	long long kib = -1;
	FILE *f = fopen("/proc/self/status", "r");

	CHECK(f, "open /proc/self/status: %s", errname(errno));
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "VmPin: %lld kB", &kib) == 1)
			break;
	fclose(f);
	CHECK(kib >= 0, "no VmPin in /proc/self/status");
	return kib;
}

uint32_t alloc_pd(int fd, uint16_t hdr_uid, uint32_t *pd)
{
	struct mbox m;

	hdr_in(&m, MLX5CTL_CMD_OP_ALLOC_PD, 0);
	PRM_SET(mbox_in, m.in, uid, hdr_uid);
	CHECK_OK(cmdrpc(fd, m.in, PRM_SZ(alloc_pd_in), m.out,
			PRM_SZ(alloc_pd_out)));
	*pd = PRM_GET(alloc_pd_out, m.out, pd);
	return out_status(&m);
}

uint32_t dealloc_pd(int fd, uint16_t hdr_uid, uint32_t pd)
{
	struct mbox m;

	hdr_in(&m, MLX5CTL_CMD_OP_DEALLOC_PD, 0);
	PRM_SET(mbox_in, m.in, uid, hdr_uid);
	PRM_SET(dealloc_pd_in, m.in, pd, pd);
	CHECK_OK(cmdrpc(fd, m.in, PRM_SZ(dealloc_pd_in), m.out,
			PRM_SZ(dealloc_pd_out)));
	return out_status(&m);
}
