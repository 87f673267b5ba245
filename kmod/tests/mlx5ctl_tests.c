// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * mlx5ctl guest tests: the uAPI of mlx5ctl.ko against simulated devices of
 * mlx5ctl_sim.ko. Run as root in the guest (run-guest-tests.sh); devices 0 and
 * 1 are the shared ones, cases that remove devices use their own ids.
 *
 * Usage: mlx5ctl-tests [--list | GLOB...]
 */
#include <fcntl.h>
#include <linux/capability.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * prm.h first: the generated header's enum constants MLX5CTL_UCTX_CAP_* share
 * their names with the uAPI's macros, which would rewrite them.
 */
#include "prm.h"
#include "guest.h"
#include "harness.h"

/* Devices run-guest-tests.sh creates; every case leaves them as it found them. */
#define DEV0 0
#define DEV1 1
/* Devices cases create and remove themselves. */
#define DEV_REMOVE 10
#define DEV_HANG 11

#define ALL_CAPS (~0ull >> (63 - CAP_LAST_CAP))
#define UCTX_CAP_ALL (MLX5CTL_UCTX_CAP_RAW_TX | \
		      MLX5CTL_UCTX_CAP_INTERNAL_DEVICE_RESOURCES | \
		      MLX5CTL_UCTX_CAP_TOOLS_RESOURCES)
#define SCOPE_BIT(s) (1u << (s))

/* A mailbox big enough for any command the tests send. */
struct mbox {
	unsigned char in[4096];
	unsigned char out[8192];
};

/* ---- command builders ---------------------------------------------------- */

static uint32_t nop_in(struct mbox *m)
{
	memset(m, 0, sizeof(*m));
	PRM_SET(mbox_in, m->in, opcode, MLX5CTL_CMD_OP_NOP);
	return PRM_SZ(nop_in);
}

static uint32_t hdr_in(struct mbox *m, uint16_t opcode, uint16_t op_mod)
{
	memset(m, 0, sizeof(*m));
	PRM_SET(mbox_in, m->in, opcode, opcode);
	PRM_SET(mbox_in, m->in, op_mod, op_mod);
	return PRM_SZ(mbox_in);
}

static uint32_t out_status(const struct mbox *m)
{
	return PRM_GET(mbox_out, m->out, status);
}

static uint32_t out_syndrome(const struct mbox *m)
{
	return PRM_GET(mbox_out, m->out, syndrome);
}

static int nop_cmdrpc(int fd, struct mbox *m)
{
	uint32_t inlen = nop_in(m);

	return cmdrpc(fd, m->in, inlen, m->out, PRM_SZ(nop_out));
}

static int nop_rpc(int fd, uint32_t scope, struct mbox *m)
{
	uint32_t inlen = nop_in(m);

	return rpc(fd, scope, m->in, inlen, m->out, PRM_SZ(nop_out));
}

/* ACCESS_REG of PAOS: op_mod 1 reads (debug-read-only), 0 writes (configuration). */
static uint32_t paos_in(struct mbox *m, uint16_t op_mod)
{
	memset(m, 0, sizeof(*m));
	PRM_SET(access_register_in, m->in, opcode, MLX5CTL_CMD_OP_ACCESS_REG);
	PRM_SET(access_register_in, m->in, op_mod, op_mod);
	PRM_SET(access_register_in, m->in, register_id, MLX5CTL_REG_PAOS);
	return PRM_SZ(access_register_in) + PRM_SZ(paos_reg);
}

static uint32_t paos_outlen(void)
{
	return PRM_SZ(access_register_out) + PRM_SZ(paos_reg);
}

/* SET_DIAGNOSTIC_PARAMS: the debug-write command of the schema. */
static uint32_t set_diag_in(struct mbox *m)
{
	memset(m, 0, sizeof(*m));
	PRM_SET(mbox_in, m->in, opcode, MLX5CTL_CMD_OP_SET_DIAGNOSTIC_PARAMS);
	return PRM_SZ(set_diagnostic_params_in);
}

static uint32_t set_diag_outlen(void)
{
	return PRM_SZ(set_diagnostic_params_out);
}

/* ---- helpers --------------------------------------------------------------- */

static int open_dev(unsigned int id)
{
	int fd = dev_open(id);

	CHECK(fd >= 0, "open device %u: %s", id, errname(errno));
	return fd;
}

static long long sim_count(unsigned int id, const char *name)
{
	long long v;
	int err = sim_get(id, name, &v);

	CHECK(!err, "read debugfs %u/%s: %s", id, name, errname(-err));
	return v;
}

static void sim_knob(unsigned int id, const char *name, long long v)
{
	int err = sim_set(id, name, v);

	CHECK(!err, "write debugfs %u/%s: %s", id, name, errname(-err));
}

static long long kernel_tainted(void)
{
	long long v;

	CHECK(!read_number("/proc/sys/kernel/tainted", &v),
	      "read /proc/sys/kernel/tainted: %s", errname(errno));
	return v;
}

static unsigned int cmd_timeout_ms(void)
{
	long long v;

	if (read_number(SIM_PARAMS "/cmd_timeout_ms", &v) || v <= 0)
		return 2000;
	return (unsigned int)v;
}

static void *map_pages(size_t len, int prot)
{
	void *p = mmap(NULL, len, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	CHECK(p != MAP_FAILED, "mmap %zu: %s", len, errname(errno));
	return p;
}

static void create_dev(unsigned int id)
{
	char node[128];
	int err;

	dev_node(id, node, sizeof(node));
	if (access(node, F_OK) == 0)
		return;
	err = sim_new_device(id);
	CHECK(!err, "new_device %u: %s", id, errname(-err));
}

static void remove_dev(unsigned int id)
{
	int err = sim_del_device(id);

	CHECK(!err, "del_device %u: %s", id, errname(-err));
}

static void get_info(int fd, struct mlx5ctl_info *i)
{
	CHECK_OK(info(fd, i));
}

/* ---- INFO ------------------------------------------------------------------ */

static void v4_info_reports_uid_and_caps(void)
{
	struct mlx5ctl_info i;
	int fd = open_dev(DEV0);

	get_info(fd, &i);
	CHECK(i.uctx_uid != 0, "uid 0 is the kernel's, the file got it");
	CHECK(i.reserved1 == 0, "reserved1 is %#x", i.reserved1);
	CHECK(i.dev_uctx_cap == (uint32_t)sim_count(DEV0, "uctx_cap"),
	      "dev_uctx_cap %#x, the device advertises %#llx", i.dev_uctx_cap,
	      sim_count(DEV0, "uctx_cap"));
	CHECK(i.ucap == UCTX_CAP_ALL, "root's ucap is %#x", i.ucap);
	CHECK(i.uctx_cap == (i.ucap & i.dev_uctx_cap),
	      "uctx_cap %#x is not ucap %#x & dev_uctx_cap %#x", i.uctx_cap,
	      i.ucap, i.dev_uctx_cap);
	close(fd);
}

static void v4_info_uid_differs_per_open(void)
{
	struct mlx5ctl_info a, b;
	int fa = open_dev(DEV0), fb = open_dev(DEV0);

	get_info(fa, &a);
	get_info(fb, &b);
	CHECK(a.uctx_uid != b.uctx_uid, "two opens share uid %u", a.uctx_uid);
	close(fa);
	close(fb);
}

static void v4_info_bad_pointer_efault(void)
{
	int fd = open_dev(DEV0);

	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_INFO, (void *)16), EFAULT);
	close(fd);
}

/* ---- CMDRPC ---------------------------------------------------------------- */

static void v4_cmdrpc_nop_succeeds(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	memset(m.out, 0xff, sizeof(m.out));
	CHECK_OK(nop_cmdrpc(fd, &m));
	CHECK(out_status(&m) == 0, "NOP status %#x syndrome %#x",
	      out_status(&m), out_syndrome(&m));
	close(fd);
}

static void v4_cmdrpc_short_lengths_einval(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	nop_in(&m);
	CHECK_ERR(cmdrpc(fd, m.in, MLX5CTL_CMDRPC_MIN_LEN - 1, m.out, 16), EINVAL);
	CHECK_ERR(cmdrpc(fd, m.in, 16, m.out, MLX5CTL_CMDRPC_MIN_LEN - 1), EINVAL);
	CHECK_ERR(cmdrpc(fd, m.in, 0, m.out, 16), EINVAL);
	close(fd);
}

static void v4_cmdrpc_long_lengths_einval(void)
{
	size_t big = MLX5CTL_CMDRPC_MAX_LEN + 4096;
	unsigned char *in = map_pages(big, PROT_READ | PROT_WRITE);
	unsigned char *out = map_pages(big, PROT_READ | PROT_WRITE);
	int fd = open_dev(DEV0);

	PRM_SET(mbox_in, in, opcode, MLX5CTL_CMD_OP_NOP);
	CHECK_ERR(cmdrpc(fd, in, MLX5CTL_CMDRPC_MAX_LEN + 1, out, 16), EINVAL);
	CHECK_ERR(cmdrpc(fd, in, 16, out, MLX5CTL_CMDRPC_MAX_LEN + 1), EINVAL);
	CHECK_ERR(cmdrpc(fd, in, UINT32_MAX, out, 16), EINVAL);
	close(fd);
}

static void v4_cmdrpc_bad_pointers_efault(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	nop_in(&m);
	CHECK_ERR(cmdrpc(fd, (void *)16, 16, m.out, 16), EFAULT);
	CHECK_ERR(cmdrpc(fd, m.in, 16, (void *)16, 16), EFAULT);
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_CMDRPC, (void *)16), EFAULT);
	close(fd);
}

static void v4_cmdrpc_unknown_opcode_ebadmsg(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);
	uint32_t inlen = hdr_in(&m, 0x7fff, 0);

	CHECK_ERR(cmdrpc(fd, m.in, inlen, m.out, 16), EBADMSG);
	inlen = hdr_in(&m, 0xffff, 0);
	CHECK_ERR(cmdrpc(fd, m.in, inlen, m.out, 16), EBADMSG);
	close(fd);
}

/* The driver's own commands: user contexts and umems are the kernel's. */
static void v4_cmdrpc_kernel_commands_ebadmsg(void)
{
	static const uint16_t ops[] = {
		MLX5CTL_CMD_OP_CREATE_UCTX, MLX5CTL_CMD_OP_DESTROY_UCTX,
		MLX5CTL_CMD_OP_CREATE_UMEM, MLX5CTL_CMD_OP_DESTROY_UMEM,
	};
	long long uctx_before = sim_count(DEV0, "uctx_count");
	struct mlx5ctl_info i;
	struct mbox m;
	int fd = open_dev(DEV0);
	unsigned int k;

	get_info(fd, &i);
	for (k = 0; k < sizeof(ops) / sizeof(ops[0]); k++) {
		hdr_in(&m, ops[k], 0);
		/* Name this file's own uctx, in case the command were run. */
		PRM_SET(destroy_uctx_in, m.in, uid_to_destroy, i.uctx_uid);
		CHECK_ERR(cmdrpc(fd, m.in, PRM_SZ(create_uctx_in), m.out, 16),
			  EBADMSG);
		CHECK_ERR(cmdrpc(fd, m.in, PRM_SZ(destroy_uctx_in), m.out, 16),
			  EBADMSG);
	}
	CHECK(sim_count(DEV0, "uctx_count") == uctx_before + 1,
	      "uctx_count %lld, was %lld before this file's open",
	      sim_count(DEV0, "uctx_count"), uctx_before);
	CHECK_OK(nop_cmdrpc(fd, &m));
	CHECK(out_status(&m) == 0, "NOP after refused commands: status %#x",
	      out_status(&m));
	close(fd);
}

static void v4_cmdrpc_firmware_error_is_not_ioctl_error(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	sim_knob(DEV0, "fail_status", 0x3);
	sim_knob(DEV0, "fail_syndrome", 0x1234abcd);
	sim_knob(DEV0, "fail_next", 1);
	CHECK_OK(nop_cmdrpc(fd, &m));
	CHECK(out_status(&m) == 0x3, "status %#x, injected 0x3", out_status(&m));
	CHECK(out_syndrome(&m) == 0x1234abcd, "syndrome %#x, injected 0x1234abcd",
	      out_syndrome(&m));
	/* fail_next counts down: the next command runs. */
	memset(m.out, 0xff, sizeof(m.out));
	CHECK_OK(nop_cmdrpc(fd, &m));
	CHECK(out_status(&m) == 0, "second NOP status %#x", out_status(&m));
	close(fd);
}

/* V4's CMDRPC runs at the core's cmdrpc_scope (debug-read-only by default). */
static void v4_cmdrpc_runs_at_default_scope(void)
{
	long long scope = 1;
	struct mbox m;
	uint32_t inlen;
	int fd = open_dev(DEV0);

	read_number(CORE_PARAMS "/cmdrpc_scope", &scope);
	CHECK(scope == MLX5CTL_RPC_DEBUG_READ_ONLY,
	      "cmdrpc_scope is %lld, the suite expects the default 1", scope);
	inlen = paos_in(&m, 1);
	CHECK_OK(cmdrpc(fd, m.in, inlen, m.out, paos_outlen()));
	inlen = set_diag_in(&m);
	CHECK_ERR(cmdrpc(fd, m.in, inlen, m.out, set_diag_outlen()), EBADMSG);
	close(fd);
}

static void set_cmdrpc_scope(long long scope)
{
	char buf[16];
	int err;

	snprintf(buf, sizeof(buf), "%lld", scope);
	err = write_string(CORE_PARAMS "/cmdrpc_scope", buf);
	CHECK(!err, "write cmdrpc_scope %lld: %s", scope, errname(-err));
}

/* The scope of CMDRPC is the module parameter's, read at each call. */
static void v4_cmdrpc_follows_cmdrpc_scope_param(void)
{
	struct mbox m;
	uint32_t inlen;
	int fd = open_dev(DEV0);

	set_cmdrpc_scope(MLX5CTL_RPC_DEBUG_WRITE);
	inlen = set_diag_in(&m);
	errno = 0;
	int ret = cmdrpc(fd, m.in, inlen, m.out, set_diag_outlen());
	int err = errno;

	set_cmdrpc_scope(MLX5CTL_RPC_CONFIGURATION);
	inlen = paos_in(&m, 1);
	errno = 0;
	int ret_ro = cmdrpc(fd, m.in, inlen, m.out, paos_outlen());
	int err_ro = errno;

	set_cmdrpc_scope(MLX5CTL_RPC_DEBUG_READ_ONLY);
	CHECK(ret == 0, "SET_DIAGNOSTIC_PARAMS at cmdrpc_scope 2: %s", errname(err));
	CHECK(ret_ro == -1 && err_ro == EBADMSG,
	      "ACCESS_REG read at cmdrpc_scope 0: %d (%s), want EBADMSG", ret_ro,
	      ret_ro ? errname(err_ro) : "success");
	/* Beyond the last scope the parameter is refused. */
	CHECK(write_string(CORE_PARAMS "/cmdrpc_scope", "4") != 0,
	      "cmdrpc_scope accepted 4");
	close(fd);
}

/* ---- UID stamping and ownership ------------------------------------------ */

/* QUERY_UCTX (of the caller's own context) through @fd, @hdr_uid in the header. */
static uint32_t query_uctx_cap(int fd, uint16_t hdr_uid)
{
	struct mbox m;

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_UCTX, 0);
	PRM_SET(mbox_in, m.in, uid, hdr_uid);
	CHECK_OK(cmdrpc(fd, m.in, PRM_SZ(query_uctx_in), m.out,
			PRM_SZ(query_uctx_out)));
	CHECK(out_status(&m) == 0, "QUERY_UCTX status %#x syndrome %#x",
	      out_status(&m), out_syndrome(&m));
	return PRM_GET(query_uctx_out, m.out, uctx.cap);
}

struct two_files {
	int root_fd;	/* opened with every capability: uctx cap 0x7 */
};

static void stamps_uid_without_caps(void *arg)
{
	const struct two_files *t = arg;
	struct mlx5ctl_info root, bare;
	int fd;

	CHECK(!caps_limit(0), "capset failed");
	fd = open_dev(DEV0);
	get_info(t->root_fd, &root);
	get_info(fd, &bare);
	CHECK(root.uctx_cap == UCTX_CAP_ALL && bare.uctx_cap == 0,
	      "uctx caps %#x and %#x, want 0x7 and 0", root.uctx_cap,
	      bare.uctx_cap);
	/* Each file's own context answers, whichever uid the header names. */
	CHECK(query_uctx_cap(fd, root.uctx_uid) == 0,
	      "the unprivileged file ran a command as the privileged file's uid");
	CHECK(query_uctx_cap(fd, 0) == 0,
	      "the unprivileged file ran a command as uid 0 (the kernel's)");
	CHECK(query_uctx_cap(t->root_fd, bare.uctx_uid) == UCTX_CAP_ALL,
	      "the privileged file's command ran as another uid");
	close(fd);
}

/*
 * QUERY_UCTX answers for the context in the command header. Two files with
 * different uctx caps each write the other's uid there: each still gets its
 * own caps back, because the driver stamps the file's uid over the lie.
 */
static void v4_cmdrpc_stamps_uid(void)
{
	struct two_files t = { open_dev(DEV0) };

	test_in_child(stamps_uid_without_caps, &t);
	close(t.root_fd);
}

/* QUERY_UMEM of @id through @fd at @scope, with @hdr_uid in the header. */
static uint32_t query_umem(int fd, uint16_t hdr_uid, uint32_t id,
			   uint32_t *page_offset, uint64_t *npages)
{
	struct mbox m;
	/* The fixed part: page_offset and num_of_mtt, without the MTT. */
	uint32_t outlen = PRM_SZ(query_umem_out);

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_UMEM, 0);
	PRM_SET(mbox_in, m.in, uid, hdr_uid);
	PRM_SET(query_umem_in, m.in, umem_id, id);
	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, m.in,
		     PRM_SZ(query_umem_in), m.out, outlen));
	if (page_offset)
		*page_offset = PRM_GET(query_umem_out, m.out, umem.page_offset);
	if (npages)
		*npages = PRM_GET64(query_umem_out, m.out, umem.num_of_mtt);
	return out_status(&m);
}

/* A umem belongs to the uid of the file that registered it, in the firmware too. */
static void rpc_stamps_uid_umem_owned_by_file(void)
{
	unsigned char *buf = map_pages(4 * 4096, PROT_READ | PROT_WRITE);
	struct mlx5ctl_info a, b;
	uint32_t id, st, off = 0;
	uint64_t npages = 0;
	int fa = open_dev(DEV0), fb = open_dev(DEV0);

	get_info(fa, &a);
	get_info(fb, &b);
	CHECK_OK(umem_reg(fa, buf + 123, 3 * 4096, &id));
	st = query_umem(fa, b.uctx_uid, id, &off, &npages);
	CHECK(st == 0, "owner's QUERY_UMEM: status %#x", st);
	CHECK(off == 123 && npages == 4,
	      "umem at page offset 123 over 4 pages: page_offset %u num_of_mtt %llu",
	      off, (unsigned long long)npages);
	st = query_umem(fb, a.uctx_uid, id, NULL, NULL);
	CHECK(st != 0, "another file read the umem by writing its owner's uid");
	CHECK_OK(umem_unreg(fa, id));
	st = query_umem(fa, 0, id, NULL, NULL);
	CHECK(st != 0, "QUERY_UMEM of an unregistered umem: status 0");
	close(fa);
	close(fb);
}

static uint32_t alloc_pd(int fd, uint16_t hdr_uid, uint32_t *pd)
{
	struct mbox m;

	hdr_in(&m, MLX5CTL_CMD_OP_ALLOC_PD, 0);
	PRM_SET(mbox_in, m.in, uid, hdr_uid);
	CHECK_OK(cmdrpc(fd, m.in, PRM_SZ(alloc_pd_in), m.out,
			PRM_SZ(alloc_pd_out)));
	*pd = PRM_GET(alloc_pd_out, m.out, pd);
	return out_status(&m);
}

static uint32_t dealloc_pd(int fd, uint16_t hdr_uid, uint32_t pd)
{
	struct mbox m;

	hdr_in(&m, MLX5CTL_CMD_OP_DEALLOC_PD, 0);
	PRM_SET(mbox_in, m.in, uid, hdr_uid);
	PRM_SET(dealloc_pd_in, m.in, pd, pd);
	CHECK_OK(cmdrpc(fd, m.in, PRM_SZ(dealloc_pd_in), m.out,
			PRM_SZ(dealloc_pd_out)));
	return out_status(&m);
}

/* Objects a file creates are its own, and go when it closes. */
static void v4_cmdrpc_objects_owned_by_file(void)
{
	long long base = sim_count(DEV0, "pd_count");
	struct mlx5ctl_info a, b;
	uint32_t pd, pd2, st;
	int fa = open_dev(DEV0), fb = open_dev(DEV0);

	get_info(fa, &a);
	get_info(fb, &b);
	st = alloc_pd(fa, b.uctx_uid, &pd);
	CHECK(st == 0, "ALLOC_PD status %#x", st);
	st = dealloc_pd(fb, a.uctx_uid, pd);
	CHECK(st != 0, "file b freed file a's PD by writing a's uid");
	st = dealloc_pd(fa, 0xbeef, pd);
	CHECK(st == 0, "owner's DEALLOC_PD: status %#x", st);
	st = alloc_pd(fa, 0, &pd);
	CHECK(st == 0, "ALLOC_PD status %#x", st);
	st = alloc_pd(fa, 0, &pd2);
	CHECK(st == 0, "ALLOC_PD status %#x", st);
	CHECK(sim_count(DEV0, "pd_count") == base + 2, "pd_count %lld from %lld",
	      sim_count(DEV0, "pd_count"), base);
	CHECK_OK(close(fa));
	CHECK(sim_count(DEV0, "pd_count") == base,
	      "pd_count %lld after the owner closed, was %lld",
	      sim_count(DEV0, "pd_count"), base);
	close(fb);
}

/* The device's HCA cap uctx_cap is what INFO reports as dev_uctx_cap. */
static void v4_info_dev_uctx_cap_is_the_hca_cap(void)
{
	struct mlx5ctl_info i;
	struct mbox m;
	uint32_t cap;
	int fd = open_dev(DEV0);

	get_info(fd, &i);
	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_HCA_CAP, 0);
	/* op_mod: general capabilities (type 0) << 1 | current (1). */
	PRM_SET(query_hca_cap_in, m.in, op_mod, 0x1);
	CHECK_OK(rpc(fd, MLX5CTL_RPC_CONFIGURATION, m.in, PRM_SZ(query_hca_cap_in),
		     m.out, PRM_SZ(query_hca_cap_out)));
	CHECK(out_status(&m) == 0, "QUERY_HCA_CAP status %#x", out_status(&m));
	cap = PRM_GET(query_hca_cap_out, m.out, capability.cmd_hca_cap.uctx_cap);
	CHECK(cap == i.dev_uctx_cap, "HCA cap uctx_cap %#x, INFO dev_uctx_cap %#x",
	      cap, i.dev_uctx_cap);
	close(fd);
}

/* ---- scoped RPC ------------------------------------------------------------ */

/* Whether the kernel log holds a line containing both @a and @b. */
static int kmsg_has(const char *a, const char *b)
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
			found = 1;
	}
	close(fd);
	return found;
}

/* Must run before any other case uses a mutating scope: taint happens once. */
static void rpc_debug_write_taints_once(void)
{
	long long t0, t1, t2;
	struct mbox m;
	uint32_t inlen;
	int fd = open_dev(DEV0);

	t0 = kernel_tainted();
	inlen = set_diag_in(&m);
	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_WRITE, m.in, inlen, m.out,
		     set_diag_outlen()));
	t1 = kernel_tainted();
	CHECK(t1 & ~t0, "tainted %#llx before, %#llx after a DEBUG_WRITE RPC",
	      t0, t1);
	inlen = set_diag_in(&m);
	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_WRITE, m.in, inlen, m.out,
		     set_diag_outlen()));
	t2 = kernel_tainted();
	CHECK(t2 == t1, "tainted %#llx after the first, %#llx after the second",
	      t1, t2);
	CHECK(kmsg_has("taint", program_invocation_short_name),
	      "no kernel log line about tainting that names %s",
	      program_invocation_short_name);
	close(fd);
}

static void rpc_nop_succeeds_at_every_scope(void)
{
	uint32_t scope;
	struct mbox m;
	int fd = open_dev(DEV0);

	for (scope = MLX5CTL_RPC_CONFIGURATION;
	     scope <= MLX5CTL_RPC_DEBUG_WRITE_FULL; scope++) {
		memset(m.out, 0xff, sizeof(m.out));
		CHECK_OK(nop_rpc(fd, scope, &m));
		CHECK(out_status(&m) == 0, "scope %u: NOP status %#x", scope,
		      out_status(&m));
	}
	close(fd);
}

static void rpc_size_below_minimum_einval(void)
{
	struct mlx5ctl_rpc r;
	struct mbox m;
	int fd = open_dev(DEV0);
	uint32_t inlen = nop_in(&m);

	memset(&r, 0, sizeof(r));
	r.inlen = inlen;
	r.outlen = PRM_SZ(nop_out);
	r.in = (uintptr_t)m.in;
	r.out = (uintptr_t)m.out;
	r.size = 0;
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_RPC, &r), EINVAL);
	r.size = offsetof(struct mlx5ctl_rpc, out);
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_RPC, &r), EINVAL);
	close(fd);
}

struct rpc_ext {
	struct mlx5ctl_rpc r;
	uint64_t future[2];
};

static void rpc_nonzero_tail_e2big(void)
{
	struct rpc_ext x;
	struct mbox m;
	int fd = open_dev(DEV0);

	memset(&x, 0, sizeof(x));
	x.r.size = sizeof(x);
	x.r.inlen = nop_in(&m);
	x.r.outlen = PRM_SZ(nop_out);
	x.r.in = (uintptr_t)m.in;
	x.r.out = (uintptr_t)m.out;
	x.future[1] = 1;
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_RPC, &x), E2BIG);
	close(fd);
}

static void rpc_larger_struct_with_zero_tail_works(void)
{
	struct rpc_ext x;
	struct mbox m;
	int fd = open_dev(DEV0);

	memset(&x, 0, sizeof(x));
	x.r.size = sizeof(x);
	x.r.inlen = nop_in(&m);
	x.r.outlen = PRM_SZ(nop_out);
	x.r.in = (uintptr_t)m.in;
	x.r.out = (uintptr_t)m.out;
	memset(m.out, 0xff, sizeof(m.out));
	CHECK_OK(ioctl(fd, MLX5CTL_IOCTL_RPC, &x));
	CHECK(out_status(&m) == 0, "NOP status %#x", out_status(&m));
	close(fd);
}

static void rpc_unknown_scope_eopnotsupp(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	CHECK_ERR(nop_rpc(fd, MLX5CTL_RPC_DEBUG_WRITE_FULL + 1, &m), EOPNOTSUPP);
	CHECK_ERR(nop_rpc(fd, UINT32_MAX, &m), EOPNOTSUPP);
	close(fd);
}

static void rpc_command_above_scope_ebadmsg(void)
{
	struct mbox m;
	uint32_t inlen;
	int fd = open_dev(DEV0);

	/* ACCESS_REG: reading is debug-read-only, writing configuration. */
	inlen = paos_in(&m, 1);
	CHECK_ERR(rpc(fd, MLX5CTL_RPC_CONFIGURATION, m.in, inlen, m.out,
		      paos_outlen()), EBADMSG);
	inlen = paos_in(&m, 1);
	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, m.in, inlen, m.out,
		     paos_outlen()));
	inlen = set_diag_in(&m);
	CHECK_ERR(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, m.in, inlen, m.out,
		      set_diag_outlen()), EBADMSG);
	close(fd);
}

static void rpc_kernel_commands_ebadmsg_at_any_scope(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	hdr_in(&m, MLX5CTL_CMD_OP_CREATE_UCTX, 0);
	CHECK_ERR(rpc(fd, MLX5CTL_RPC_DEBUG_WRITE_FULL, m.in,
		      PRM_SZ(create_uctx_in), m.out, 16), EBADMSG);
	hdr_in(&m, MLX5CTL_CMD_OP_DESTROY_UMEM, 0);
	CHECK_ERR(rpc(fd, MLX5CTL_RPC_DEBUG_WRITE_FULL, m.in,
		      PRM_SZ(destroy_umem_in), m.out, 16), EBADMSG);
	hdr_in(&m, 0x7fff, 0);
	CHECK_ERR(rpc(fd, MLX5CTL_RPC_DEBUG_WRITE_FULL, m.in, 16, m.out, 16),
		  EBADMSG);
	close(fd);
}

static void rpc_length_limits(void)
{
	size_t big = MLX5CTL_RPC_MAX_LEN + 4096;
	unsigned char *in = map_pages(big, PROT_READ | PROT_WRITE);
	unsigned char *out = map_pages(big, PROT_READ | PROT_WRITE);
	int fd = open_dev(DEV0);

	PRM_SET(mbox_in, in, opcode, MLX5CTL_CMD_OP_NOP);
	CHECK_ERR(rpc(fd, 0, in, MLX5CTL_CMDRPC_MIN_LEN - 1, out, 16), EINVAL);
	CHECK_ERR(rpc(fd, 0, in, 16, out, MLX5CTL_CMDRPC_MIN_LEN - 1), EINVAL);
	CHECK_ERR(rpc(fd, 0, in, MLX5CTL_RPC_MAX_LEN + 1, out, 16), EMSGSIZE);
	CHECK_ERR(rpc(fd, 0, in, 16, out, MLX5CTL_RPC_MAX_LEN + 1), EMSGSIZE);
	close(fd);
}

static void rpc_bad_pointers_efault(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);
	uint32_t inlen = nop_in(&m);

	CHECK_ERR(rpc(fd, 0, (void *)16, inlen, m.out, 16), EFAULT);
	CHECK_ERR(rpc(fd, 0, m.in, inlen, (void *)16, 16), EFAULT);
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_RPC, (void *)16), EFAULT);
	close(fd);
}

static void rpc_firmware_error_is_not_ioctl_error(void)
{
	struct mbox m;
	int fd = open_dev(DEV0);

	sim_knob(DEV0, "fail_status", 0xf);
	sim_knob(DEV0, "fail_syndrome", 0x600dcafe);
	sim_knob(DEV0, "fail_next", 2);
	CHECK_OK(nop_rpc(fd, MLX5CTL_RPC_CONFIGURATION, &m));
	CHECK(out_status(&m) == 0xf && out_syndrome(&m) == 0x600dcafe,
	      "status %#x syndrome %#x, injected 0xf 0x600dcafe",
	      out_status(&m), out_syndrome(&m));
	CHECK_OK(nop_rpc(fd, MLX5CTL_RPC_CONFIGURATION, &m));
	CHECK(out_status(&m) == 0xf, "second status %#x", out_status(&m));
	CHECK_OK(nop_rpc(fd, MLX5CTL_RPC_CONFIGURATION, &m));
	CHECK(out_status(&m) == 0, "third status %#x", out_status(&m));
	close(fd);
}

static void write_full_without_rawio(void *arg)
{
	struct mbox m;
	int fd;

	(void)arg;
	CHECK(!caps_limit(ALL_CAPS & ~CAP_BIT(CAP_SYS_RAWIO)), "capset failed");
	fd = open_dev(DEV0);
	CHECK_ERR(nop_rpc(fd, MLX5CTL_RPC_DEBUG_WRITE_FULL, &m), EPERM);
	CHECK_OK(nop_rpc(fd, MLX5CTL_RPC_DEBUG_WRITE, &m));
	close(fd);
}

static void rpc_write_full_needs_cap_sys_rawio(void)
{
	test_in_child(write_full_without_rawio, NULL);
}

/* ---- DEVICE_INFO ----------------------------------------------------------- */

static void devinfo_agrees_with_info(void)
{
	struct mlx5ctl_device_info di;
	struct mlx5ctl_info i;
	int fd = open_dev(DEV0);

	get_info(fd, &i);
	CHECK_OK(device_info(fd, &di));
	CHECK(di.flags == 0 && di.reserved == 0, "flags %#x reserved %#x",
	      di.flags, di.reserved);
	CHECK(di.uctx_uid == i.uctx_uid, "uid %u, INFO says %u", di.uctx_uid,
	      i.uctx_uid);
	CHECK(di.uctx_cap == i.uctx_cap && di.dev_uctx_cap == i.dev_uctx_cap,
	      "caps %#x/%#x, INFO says %#x/%#x", di.uctx_cap, di.dev_uctx_cap,
	      i.uctx_cap, i.dev_uctx_cap);
	CHECK(di.max_inlen == MLX5CTL_RPC_MAX_LEN &&
	      di.max_outlen == MLX5CTL_RPC_MAX_LEN,
	      "max_inlen %u max_outlen %u", di.max_inlen, di.max_outlen);
	close(fd);
}

static void devinfo_name_matches_node(void)
{
	struct mlx5ctl_device_info di;
	char want[64], node[128];
	unsigned int id;

	for (id = DEV0; id <= DEV1; id++) {
		int fd = open_dev(id);

		CHECK_OK(device_info(fd, &di));
		dev_name(id, want, sizeof(want));
		CHECK(memchr(di.name, '\0', sizeof(di.name)), "name not terminated");
		CHECK(!strcmp(di.name, want), "device %u is named '%s'", id, di.name);
		snprintf(node, sizeof(node), "/dev/mlx5ctl-%s", di.name);
		CHECK(access(node, F_OK) == 0, "%s: %s", node, errname(errno));
		close(fd);
	}
}

static void devinfo_schema_id_nonzero_and_shared(void)
{
	static const unsigned char zero[MLX5CTL_SCHEMA_ID_LEN];
	struct mlx5ctl_device_info a, b;
	int fa = open_dev(DEV0), fb = open_dev(DEV1);

	CHECK_OK(device_info(fa, &a));
	CHECK_OK(device_info(fb, &b));
	CHECK(memcmp(a.schema_id, zero, sizeof(zero)), "schema id is zero");
	CHECK(!memcmp(a.schema_id, b.schema_id, sizeof(a.schema_id)),
	      "devices 0 and 1 report different schema ids");
	close(fa);
	close(fb);
}

static void devinfo_size_rules(void)
{
	struct {
		struct mlx5ctl_device_info di;
		unsigned char future[32];
	} x;
	int fd = open_dev(DEV0);
	unsigned int k;

	memset(&x, 0, sizeof(x));
	x.di.size = 0;
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_DEVICE_INFO, &x), EINVAL);
	x.di.size = offsetof(struct mlx5ctl_device_info, flags);
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_DEVICE_INFO, &x), EINVAL);

	x.di.size = sizeof(x);
	x.future[31] = 1;
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_DEVICE_INFO, &x), E2BIG);

	memset(&x, 0, sizeof(x));
	x.di.size = sizeof(x);
	CHECK_OK(ioctl(fd, MLX5CTL_IOCTL_DEVICE_INFO, &x));
	CHECK(x.di.uctx_uid != 0 && x.di.name[0], "fields not filled in");
	for (k = 0; k < sizeof(x.future); k++)
		CHECK(!x.future[k], "byte %u past the struct written", k);

	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_DEVICE_INFO, (void *)16), EFAULT);
	close(fd);
}

/* The uAPI: "an unsupported value of a known field fails with EOPNOTSUPP". */
static void devinfo_nonzero_flags_eopnotsupp(void)
{
	struct mlx5ctl_device_info di;
	int fd = open_dev(DEV0);

	memset(&di, 0, sizeof(di));
	di.size = sizeof(di);
	di.flags = 1;
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_DEVICE_INFO, &di), EOPNOTSUPP);
	di.flags = 0x80000000;
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_DEVICE_INFO, &di), EOPNOTSUPP);
	close(fd);
}

/* ---- unknown ioctls -------------------------------------------------------- */

static void unknown_ioctl_enotty(void)
{
	uint64_t arg[8] = { 0 };
	int fd = open_dev(DEV0);

	CHECK_ERR(ioctl(fd, _IO(MLX5CTL_IOCTL_MAGIC, 0x7f), arg), ENOTTY);
	CHECK_ERR(ioctl(fd, _IOWR(MLX5CTL_IOCTL_MAGIC, 0x4, uint64_t), arg), ENOTTY);
	/* A V4 number with another size is another ioctl. */
	CHECK_ERR(ioctl(fd, _IOR(MLX5CTL_IOCTL_MAGIC, 0x0, uint64_t), arg), ENOTTY);
	CHECK_ERR(ioctl(fd, _IOWR('x', 0x1, struct mlx5ctl_cmdrpc), arg), ENOTTY);
	close(fd);
}

/* ---- capabilities ---------------------------------------------------------- */

struct cap_case {
	uint64_t keep;		/* capability set of the opener */
	uint32_t ucap;		/* the uctx caps it grants */
	uint32_t scopes;	/* the scopes it may use */
};

static void check_caps(void *arg)
{
	const struct cap_case *c = arg;
	struct mlx5ctl_device_info di;
	struct mlx5ctl_info i;
	uint32_t scope;
	struct mbox m;
	int fd;

	CHECK(!caps_limit(c->keep), "capset %#llx failed",
	      (unsigned long long)c->keep);
	fd = open_dev(DEV0);
	get_info(fd, &i);
	CHECK(i.ucap == c->ucap, "caps %#llx: ucap %#x, want %#x",
	      (unsigned long long)c->keep, i.ucap, c->ucap);
	CHECK(i.uctx_cap == (c->ucap & i.dev_uctx_cap),
	      "caps %#llx: uctx_cap %#x, want %#x", (unsigned long long)c->keep,
	      i.uctx_cap, c->ucap & i.dev_uctx_cap);
	CHECK_OK(device_info(fd, &di));
	CHECK(di.scopes == c->scopes, "caps %#llx: scopes %#x, want %#x",
	      (unsigned long long)c->keep, di.scopes, c->scopes);
	for (scope = MLX5CTL_RPC_CONFIGURATION;
	     scope <= MLX5CTL_RPC_DEBUG_WRITE_FULL; scope++) {
		if (c->scopes & SCOPE_BIT(scope)) {
			CHECK_OK(nop_rpc(fd, scope, &m));
			CHECK(out_status(&m) == 0, "scope %u status %#x", scope,
			      out_status(&m));
		} else {
			CHECK_ERR(nop_rpc(fd, scope, &m), EPERM);
		}
	}
	close(fd);
}

static void caps_root_gets_every_cap_and_scope(void)
{
	struct cap_case c = { ALL_CAPS, UCTX_CAP_ALL, 0xf };

	check_caps(&c);
}

static void caps_dropped_gets_none(void)
{
	struct cap_case c = { 0, 0, 0x7 };

	test_in_child(check_caps, &c);
}

static void caps_each_capability_grants_its_bit(void)
{
	struct cap_case cs[] = {
		{ CAP_BIT(CAP_NET_RAW), MLX5CTL_UCTX_CAP_RAW_TX, 0x7 },
		{ CAP_BIT(CAP_SYS_RAWIO),
		  MLX5CTL_UCTX_CAP_INTERNAL_DEVICE_RESOURCES, 0xf },
		{ CAP_BIT(CAP_SYS_ADMIN), MLX5CTL_UCTX_CAP_TOOLS_RESOURCES, 0x7 },
		{ ALL_CAPS & ~CAP_BIT(CAP_SYS_ADMIN),
		  UCTX_CAP_ALL & ~MLX5CTL_UCTX_CAP_TOOLS_RESOURCES, 0xf },
	};
	unsigned int k;

	for (k = 0; k < sizeof(cs) / sizeof(cs[0]); k++)
		test_in_child(check_caps, &cs[k]);
}

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

static long long core_count(unsigned int id, const char *name)
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
		int fd = dev_open(DEV1);

		if (fd < 0)
			return (void *)(intptr_t)errno;
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

/* This process's pinned memory in KiB (VmPin: the umems' RLIMIT_MEMLOCK charge). */
static long long vm_pin_kib(void)
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

/* A firmware error while opening: no file, no context, nothing counted. */
static void open_fails_cleanly_on_firmware_error(void)
{
	long long files = core_count(DEV0, "open_files");
	long long uctx = sim_count(DEV0, "uctx_count");
	int fd;

	sim_knob(DEV0, "fail_next", 1);
	fd = dev_open(DEV0);
	CHECK(fd == -1 && errno == EIO, "open with CREATE_UCTX failing: %d (%s)",
	      fd, fd == -1 ? errname(errno) : "success");
	CHECK(core_count(DEV0, "open_files") == files &&
	      sim_count(DEV0, "uctx_count") == uctx,
	      "open_files %lld uctx %lld, were %lld %lld",
	      core_count(DEV0, "open_files"), sim_count(DEV0, "uctx_count"),
	      files, uctx);
	fd = open_dev(DEV0);
	close(fd);
}

/* ---- UMEM -------------------------------------------------------------------- */

static void umem_reg_and_unreg(void)
{
	long long base = sim_count(DEV0, "umem_count");
	unsigned char *buf = map_pages(1 << 20, PROT_READ | PROT_WRITE);
	long long pin = vm_pin_kib();
	uint32_t a, b;
	int fd = open_dev(DEV0);

	CHECK_OK(umem_reg(fd, buf, 1 << 20, &a));
	CHECK_OK(umem_reg(fd, buf, 4096, &b));
	CHECK(a != b, "two umems share id %u", a);
	CHECK(sim_count(DEV0, "umem_count") == base + 2, "umem_count %lld from %lld",
	      sim_count(DEV0, "umem_count"), base);
	/* The same page twice is charged twice, as ib_umem does. */
	CHECK(vm_pin_kib() == pin + 1024 + 4, "VmPin %lld kB, was %lld",
	      vm_pin_kib(), pin);
	CHECK_OK(umem_unreg(fd, a));
	CHECK_OK(umem_unreg(fd, b));
	CHECK(sim_count(DEV0, "umem_count") == base, "umem_count %lld, was %lld",
	      sim_count(DEV0, "umem_count"), base);
	CHECK(vm_pin_kib() == pin, "VmPin %lld kB after unreg, was %lld",
	      vm_pin_kib(), pin);
	close(fd);
}

/* CREATE_UMEM failing: the pages are unpinned and uncharged again. */
static void umem_reg_fails_cleanly_on_firmware_error(void)
{
	unsigned char *buf = map_pages(65536, PROT_READ | PROT_WRITE);
	long long base = sim_count(DEV0, "umem_count");
	long long core = core_count(DEV0, "umem_count");
	long long pin = vm_pin_kib();
	uint32_t id;
	int fd = open_dev(DEV0);

	sim_knob(DEV0, "fail_next", 1);
	CHECK_ERR(umem_reg(fd, buf, 65536, &id), EIO);
	CHECK(vm_pin_kib() == pin && sim_count(DEV0, "umem_count") == base &&
	      core_count(DEV0, "umem_count") == core,
	      "VmPin %lld kB umems %lld/%lld, were %lld %lld/%lld", vm_pin_kib(),
	      sim_count(DEV0, "umem_count"), core_count(DEV0, "umem_count"), pin,
	      base, core);
	close(fd);
}

/* DESTROY_UMEM failing: the umem stays registered and can be unregistered later. */
static void umem_unreg_firmware_error_keeps_umem(void)
{
	unsigned char *buf = map_pages(8192, PROT_READ | PROT_WRITE);
	long long base = sim_count(DEV0, "umem_count");
	uint32_t id;
	int fd = open_dev(DEV0);

	CHECK_OK(umem_reg(fd, buf, 8192, &id));
	sim_knob(DEV0, "fail_next", 1);
	CHECK_ERR(umem_unreg(fd, id), EIO);
	CHECK(sim_count(DEV0, "umem_count") == base + 1, "umem_count %lld from %lld",
	      sim_count(DEV0, "umem_count"), base);
	CHECK_OK(umem_unreg(fd, id));
	CHECK(sim_count(DEV0, "umem_count") == base, "umem_count %lld, was %lld",
	      sim_count(DEV0, "umem_count"), base);
	close(fd);
}

static void umem_bad_lengths_rejected(void)
{
	unsigned char *buf = map_pages(4096, PROT_READ | PROT_WRITE);
	uint32_t id;
	int fd = open_dev(DEV0);

	CHECK_ERR(umem_reg(fd, buf, 0, &id), EINVAL);
	CHECK_ERR(umem_reg(fd, buf, MLX5CTL_UMEM_MAX_LEN + 1ull, &id), EINVAL);
	CHECK_ERR(umem_reg(fd, buf, 1ull << 40, &id), EINVAL);
	close(fd);
}

static void umem_addr_len_overflow_rejected(void)
{
	uint32_t id;
	int fd = open_dev(DEV0);

	CHECK_ERR(umem_reg(fd, (void *)(uintptr_t)(UINT64_MAX - 4095), 8192, &id),
		  EINVAL);
	/* No wrap, but past the end of user space. */
	CHECK_ERR(umem_reg(fd, (void *)(uintptr_t)(1ull << 63), 8192, &id), EINVAL);
	close(fd);
}

static void umem_unaligned_addr_works(void)
{
	unsigned char *buf = map_pages(4 * 4096, PROT_READ | PROT_WRITE);
	uint32_t id;
	int fd = open_dev(DEV0);

	CHECK_OK(umem_reg(fd, buf + 123, 3 * 4096, &id));
	CHECK_OK(umem_unreg(fd, id));
	CHECK_OK(umem_reg(fd, buf + 4095, 2, &id));
	CHECK_OK(umem_unreg(fd, id));
	close(fd);
}

static void umem_unmapped_or_readonly_memory_efault(void)
{
	unsigned char *none = map_pages(8192, PROT_NONE);
	unsigned char *ro = map_pages(8192, PROT_READ);
	long long base = sim_count(DEV0, "umem_count");
	uint32_t id;
	int fd = open_dev(DEV0);

	CHECK_ERR(umem_reg(fd, none, 8192, &id), EFAULT);
	/* The device may write a umem: pinning asks for write access. */
	CHECK_ERR(umem_reg(fd, ro, 8192, &id), EFAULT);
	CHECK(sim_count(DEV0, "umem_count") == base, "a failed reg left a umem");
	close(fd);
}

static void umem_unreg_unknown_id_enoent(void)
{
	unsigned char *buf = map_pages(4096, PROT_READ | PROT_WRITE);
	uint32_t id;
	int fd = open_dev(DEV0);

	CHECK_ERR(umem_unreg(fd, 0x123456), ENOENT);
	CHECK_OK(umem_reg(fd, buf, 4096, &id));
	CHECK_ERR(umem_unreg(fd, id + 1), ENOENT);
	CHECK_OK(umem_unreg(fd, id));
	/* Twice is once too many. */
	CHECK_ERR(umem_unreg(fd, id), ENOENT);
	close(fd);
}

static void umem_reserved_must_be_zero(void)
{
	unsigned char *buf = map_pages(4096, PROT_READ | PROT_WRITE);
	struct mlx5ctl_umem_reg reg = {
		.addr = (uintptr_t)buf, .len = 4096, .reserved = 1,
	};
	struct mlx5ctl_umem_unreg unreg = { .reserved = 1 };
	uint32_t id;
	int fd = open_dev(DEV0);

	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_UMEM_REG, &reg), EINVAL);
	CHECK_OK(umem_reg(fd, buf, 4096, &id));
	unreg.umem_id = id;
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_UMEM_UNREG, &unreg), EINVAL);
	CHECK_OK(umem_unreg(fd, id));
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_UMEM_REG, (void *)16), EFAULT);
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_UMEM_UNREG, (void *)16), EFAULT);
	close(fd);
}

static void umem_belongs_to_its_file(void)
{
	unsigned char *buf = map_pages(4096, PROT_READ | PROT_WRITE);
	uint32_t id;
	int fa = open_dev(DEV0), fb = open_dev(DEV0);

	CHECK_OK(umem_reg(fa, buf, 4096, &id));
	CHECK_ERR(umem_unreg(fb, id), ENOENT);
	CHECK_OK(umem_unreg(fa, id));
	close(fa);
	close(fb);
}

static void memlock_limited(void *arg)
{
	struct rlimit rl = { 65536, 65536 };
	unsigned char *buf = map_pages(1 << 20, PROT_READ | PROT_WRITE);
	long long base = sim_count(DEV0, "umem_count");
	uint32_t a, b;
	int fd;

	(void)arg;
	CHECK(!setrlimit(RLIMIT_MEMLOCK, &rl), "setrlimit: %s", errname(errno));
	/* Root's CAP_IPC_LOCK would lift the limit. */
	CHECK(!caps_limit(ALL_CAPS & ~CAP_BIT(CAP_IPC_LOCK)), "capset failed");
	fd = open_dev(DEV0);
	CHECK_ERR(umem_reg(fd, buf, 1 << 20, &a), ENOMEM);
	CHECK_OK(umem_reg(fd, buf, 32768, &a));
	/* The charge adds up: 32 KiB more would pass the 64 KiB limit. */
	CHECK_ERR(umem_reg(fd, buf + 65536, 65536, &b), ENOMEM);
	CHECK_OK(umem_unreg(fd, a));
	/* Unregistering gives the charge back. */
	CHECK_OK(umem_reg(fd, buf, 65536, &b));
	CHECK_OK(umem_unreg(fd, b));
	CHECK(sim_count(DEV0, "umem_count") == base, "umem_count %lld, was %lld",
	      sim_count(DEV0, "umem_count"), base);
	close(fd);
}

static void umem_rlimit_memlock_enomem(void)
{
	test_in_child(memlock_limited, NULL);
}

/* ---- removal --------------------------------------------------------------- */

struct hammer {
	int fd;
	int use_rpc;
	volatile int *stop;
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
	volatile int stop = 0;
	int fds[3], k;
	uint64_t t0, del_ms;

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
	CHECK(access(SIM_DEBUGFS "/10", F_OK) != 0, "debugfs of a removed device");
	CHECK(sim_count(DEV0, "uctx_count") == dev0_uctx,
	      "device 0 uctx_count %lld, was %lld", sim_count(DEV0, "uctx_count"),
	      dev0_uctx);
}

static void remove_with_umems_then_recreate_same_id(void)
{
	unsigned char *buf = map_pages(65536, PROT_READ | PROT_WRITE);
	struct mbox m;
	uint32_t id;
	int old, fd;

	create_dev(DEV_REMOVE);
	old = open_dev(DEV_REMOVE);
	CHECK_OK(umem_reg(old, buf, 65536, &id));
	remove_dev(DEV_REMOVE);
	check_all_enodev(old);

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

	o->fd = dev_open(DEV_HANG);
	o->err = errno;
	return NULL;
}

/* An open waiting for CREATE_UCTX on a hung device does not block removal. */
static void hang_del_device_during_open(void)
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
	CHECK(o.fd == -1 && o.err == ENODEV, "the hung open returned %d (%s), want ENODEV",
	      o.fd, o.fd == -1 ? errname(o.err) : "a file");
	CHECK(del_ms < timeout / 2, "del_device took %llu ms; cmd_timeout_ms is %u",
	      (unsigned long long)del_ms, timeout);
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
 * cannot hand to user space as a status, so open and UMEM_REG fail with the
 * errno NO_RES stands for (ENOSPC), leaving nothing behind.
 */
static void max_objects_fails_open_and_umem_reg(void)
{
	unsigned char *buf = map_pages(8192, PROT_READ | PROT_WRITE);
	int fd = open_dev(DEV1), fd2;
	long long uctx = sim_count(DEV1, "uctx_count");
	long long umem = sim_count(DEV1, "umem_count");
	long long files = core_count(DEV1, "open_files");
	uint32_t a;
	long long n;

	CHECK(umem < uctx, "device 1 has %lld umems and %lld contexts", umem, uctx);
	sim_knob(DEV1, "max_objects", uctx);
	fd2 = dev_open(DEV1);
	CHECK(fd2 == -1 && errno == ENOSPC, "open at the context limit: %d (%s)",
	      fd2, fd2 == -1 ? errname(errno) : "success");
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

/* ---- the suite --------------------------------------------------------------- */

#define T(fn, timeout) { #fn, fn, timeout }

static const struct test_case cases[] = {
	/* First: the taint must not have happened yet. */
	T(rpc_debug_write_taints_once, 30),
	T(v4_info_reports_uid_and_caps, 30),
	T(v4_info_uid_differs_per_open, 30),
	T(v4_info_bad_pointer_efault, 30),
	T(v4_info_dev_uctx_cap_is_the_hca_cap, 30),
	T(v4_cmdrpc_nop_succeeds, 30),
	T(v4_cmdrpc_short_lengths_einval, 30),
	T(v4_cmdrpc_long_lengths_einval, 30),
	T(v4_cmdrpc_bad_pointers_efault, 30),
	T(v4_cmdrpc_unknown_opcode_ebadmsg, 30),
	T(v4_cmdrpc_kernel_commands_ebadmsg, 30),
	T(v4_cmdrpc_firmware_error_is_not_ioctl_error, 30),
	T(v4_cmdrpc_runs_at_default_scope, 30),
	T(v4_cmdrpc_follows_cmdrpc_scope_param, 30),
	T(v4_cmdrpc_stamps_uid, 30),
	T(rpc_stamps_uid_umem_owned_by_file, 30),
	T(v4_cmdrpc_objects_owned_by_file, 30),
	T(rpc_nop_succeeds_at_every_scope, 30),
	T(rpc_size_below_minimum_einval, 30),
	T(rpc_nonzero_tail_e2big, 30),
	T(rpc_larger_struct_with_zero_tail_works, 30),
	T(rpc_unknown_scope_eopnotsupp, 30),
	T(rpc_command_above_scope_ebadmsg, 30),
	T(rpc_kernel_commands_ebadmsg_at_any_scope, 30),
	T(rpc_length_limits, 30),
	T(rpc_bad_pointers_efault, 30),
	T(rpc_firmware_error_is_not_ioctl_error, 30),
	T(rpc_write_full_needs_cap_sys_rawio, 30),
	T(devinfo_agrees_with_info, 30),
	T(devinfo_name_matches_node, 30),
	T(devinfo_schema_id_nonzero_and_shared, 30),
	T(devinfo_size_rules, 30),
	T(devinfo_nonzero_flags_eopnotsupp, 30),
	T(unknown_ioctl_enotty, 30),
	T(caps_root_gets_every_cap_and_scope, 30),
	T(caps_dropped_gets_none, 30),
	T(caps_each_capability_grants_its_bit, 30),
	T(close_releases_uctx, 30),
	T(sysfs_counts_follow_files, 30),
	T(open_close_1000_no_leak, 300),
	T(concurrent_files_no_leak, 300),
	T(close_releases_umems, 30),
	T(open_fails_cleanly_on_firmware_error, 30),
	T(umem_reg_and_unreg, 30),
	T(umem_reg_fails_cleanly_on_firmware_error, 30),
	T(umem_unreg_firmware_error_keeps_umem, 30),
	T(umem_bad_lengths_rejected, 30),
	T(umem_addr_len_overflow_rejected, 30),
	T(umem_unaligned_addr_works, 30),
	T(umem_unmapped_or_readonly_memory_efault, 30),
	T(umem_unreg_unknown_id_enoent, 30),
	T(umem_reserved_must_be_zero, 30),
	T(umem_belongs_to_its_file, 30),
	T(umem_rlimit_memlock_enomem, 30),
	T(remove_under_load_gives_enodev, 60),
	T(remove_with_umems_then_recreate_same_id, 60),
	T(hang_rpc_interrupted_by_signal, 30),
	T(hang_rpc_restarts_after_sa_restart_signal, 30),
	T(hang_rpc_times_out, 60),
	T(hang_del_device_is_prompt, 60),
	T(hang_del_device_during_open, 60),
	T(latency_knob_delays_rpcs, 30),
	T(max_objects_reports_no_res, 30),
	T(max_objects_fails_open_and_umem_reg, 30),
};

static void restore_devices(void)
{
	char node[128];

	sim_reset_knobs(DEV0);
	sim_reset_knobs(DEV1);
	write_string(CORE_PARAMS "/cmdrpc_scope", "1");
	dev_node(DEV_REMOVE, node, sizeof(node));
	if (access(node, F_OK) == 0)
		sim_del_device(DEV_REMOVE);
	dev_node(DEV_HANG, node, sizeof(node));
	if (access(node, F_OK) == 0)
		sim_del_device(DEV_HANG);
}

int main(int argc, char **argv)
{
	unsigned int id;

	if (!(argc == 2 && !strcmp(argv[1], "--list"))) {
		for (id = DEV0; id <= DEV1; id++) {
			char node[128];

			dev_node(id, node, sizeof(node));
			if (access(node, F_OK) && sim_new_device(id)) {
				fprintf(stderr, "cannot create simulated device %u\n", id);
				return 2;
			}
		}
	}
	return test_main(cases, sizeof(cases) / sizeof(cases[0]), argc, argv,
			 restore_devices);
}
