// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * Guest test cases: INFO, CMDRPC, the scoped RPC, DEVICE_INFO, unknown
 * ioctls, uid stamping and object ownership, capabilities and scopes.
 * rpc_debug_write_taints_once comes first: the kernel taints only once.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests.h"

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
	int ret, err, ret_ro, err_ro;
	struct mbox m;
	uint32_t inlen;
	int fd = open_dev(DEV0);

	/* The scope is restored before checking: a failed check ends the case. */
	set_cmdrpc_scope(MLX5CTL_RPC_DEBUG_WRITE);
	inlen = set_diag_in(&m);
	errno = 0;
	ret = cmdrpc(fd, m.in, inlen, m.out, set_diag_outlen());
	err = errno;

	set_cmdrpc_scope(MLX5CTL_RPC_CONFIGURATION);
	inlen = paos_in(&m, 1);
	errno = 0;
	ret_ro = cmdrpc(fd, m.in, inlen, m.out, paos_outlen());
	err_ro = errno;

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

/* A size reaching past the caller's memory: the tail cannot be read. */
static void rpc_size_past_mapped_memory_efault(void)
{
	unsigned char *pages = map_pages(2 * 4096, PROT_READ | PROT_WRITE);
	struct mlx5ctl_rpc *r = (void *)(pages + 4096 - sizeof(*r));
	struct mbox m;
	int fd = open_dev(DEV0);

	CHECK(!mprotect(pages + 4096, 4096, PROT_NONE), "mprotect: %s",
	      errname(errno));
	memset(r, 0, sizeof(*r));
	r->size = sizeof(*r) + 64;
	r->inlen = nop_in(&m);
	r->outlen = PRM_SZ(nop_out);
	r->in = (uintptr_t)m.in;
	r->out = (uintptr_t)m.out;
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_RPC, r), EFAULT);
	r->size = UINT32_MAX;
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_RPC, r), EFAULT);
	/* Exactly the known size ends on the page: fine. */
	r->size = sizeof(*r);
	CHECK_OK(ioctl(fd, MLX5CTL_IOCTL_RPC, r));
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
	/* The op_mod override: writing a register is configuration. */
	inlen = paos_in(&m, MLX5CTL_ACCESS_REG_OP_MOD_WRITE);
	CHECK_OK(rpc(fd, MLX5CTL_RPC_CONFIGURATION, m.in, inlen, m.out,
		     paos_outlen()));
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

/*
 * Each command's own bounds, from its layouts in the schema: the input and
 * the output at least their fixed layouts (the output at least a header),
 * longer ones up to the uAPI's bound, as fwctl takes them: a tool built on a
 * newer mlx5_ifc.h sizes mailboxes by its own layouts. The surplus output
 * comes back zero.
 */
static void rpc_command_length_bounds(void)
{
	struct mbox m;
	uint32_t inlen, i;
	int fd = open_dev(DEV0);

	inlen = nop_in(&m);
	memset(m.out, 0xa5, PRM_SZ(nop_out) + 64);
	CHECK_OK(rpc(fd, 0, m.in, inlen + 4, m.out, PRM_SZ(nop_out) + 64));
	for (i = 0; i < PRM_SZ(nop_out) + 64; i++)
		if (((uint8_t *)m.out)[i])
			break;
	CHECK(i == PRM_SZ(nop_out) + 64, "byte %u of a long NOP output is not zero", i);
	CHECK_OK(cmdrpc(fd, m.in, inlen + 4, m.out, PRM_SZ(nop_out) + 4));
	CHECK_ERR(rpc(fd, 0, m.in, inlen - 4, m.out, PRM_SZ(nop_out)), EINVAL);
	CHECK_ERR(cmdrpc(fd, m.in, inlen - 4, m.out, PRM_SZ(nop_out)), EINVAL);

	/* ACCESS_REG: the fixed part is more than a header; the data is flexible. */
	inlen = paos_in(&m, 1);
	CHECK_ERR(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, m.in,
		      PRM_SZ(access_register_in) - 4, m.out, paos_outlen()), EINVAL);
	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, m.in, inlen + 1024, m.out,
		     paos_outlen() + 1024));
	/* An output of just the header is enough room for a failure. */
	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, m.in, inlen, m.out,
		     PRM_SZ(mbox_out)));
	close(fd);
}

/*
 * A flexible array at the end of a command's last embedded layout makes the
 * command's length open too: SET_DIAGNOSTIC_PARAMS carries its counter ids
 * there (diagnostic_params_context.counter_id[]).
 */
static void rpc_nested_flexible_tail_takes_entries(void)
{
	struct mbox m;
	uint32_t inlen;
	int fd = open_dev(DEV0);

	inlen = set_diag_in(&m) + 2 * PRM_SZ(counter_id);
	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_WRITE, m.in, inlen, m.out,
		     set_diag_outlen()));
	close(fd);
}

/* The largest mailboxes the uAPI allows go through, both ways. */
static void rpc_largest_mailboxes_work(void)
{
	unsigned char *in = map_pages(MLX5CTL_RPC_MAX_LEN, PROT_READ | PROT_WRITE);
	unsigned char *out = map_pages(MLX5CTL_RPC_MAX_LEN, PROT_READ | PROT_WRITE);
	struct mbox m;
	size_t k;
	int fd = open_dev(DEV0);

	paos_in(&m, 1);
	memcpy(in, m.in, PRM_SZ(access_register_in) + PRM_SZ(paos_reg));
	memset(out, 0xa5, MLX5CTL_RPC_MAX_LEN);
	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, in, MLX5CTL_RPC_MAX_LEN, out,
		     MLX5CTL_RPC_MAX_LEN));
	/*
	 * Past the register's answer the output is zeroes: neither the
	 * caller's old bytes nor any kernel memory.
	 */
	for (k = paos_outlen(); k < MLX5CTL_RPC_MAX_LEN; k++)
		CHECK(!out[k], "output byte %zu past the answer is %#x", k, out[k]);
	CHECK_OK(cmdrpc(fd, in, MLX5CTL_CMDRPC_MAX_LEN, out, MLX5CTL_CMDRPC_MAX_LEN));
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

/*
 * The schema id is the one generated with the policy table the module was
 * built from (kmod/generated/mlx5ctl_policy_gen.c, read as text here).
 */
static void devinfo_schema_id_is_the_generated_one(void)
{
	static const char path[] = "kmod/generated/mlx5ctl_policy_gen.c";
	unsigned char want[MLX5CTL_SCHEMA_ID_LEN];
	struct mlx5ctl_device_info di;
	char text[65536], *p;
	unsigned int k, byte;
	size_t n;
	FILE *f = fopen(path, "r");
	int fd;

	CHECK(f, "%s: %s", path, errname(errno));
	n = fread(text, 1, sizeof(text) - 1, f);
	fclose(f);
	text[n] = '\0';
	p = strstr(text, "mlx5ctl_schema_id[32] = {");
	CHECK(p, "no mlx5ctl_schema_id in %s", path);
	p = strchr(p, '{') + 1;
	for (k = 0; k < sizeof(want); k++) {
		int used;

		CHECK(sscanf(p, " 0x%2x ,%n", &byte, &used) == 1,
		      "cannot read byte %u of the schema id in %s", k, path);
		want[k] = byte;
		p += used;
	}
	fd = open_dev(DEV0);
	CHECK_OK(device_info(fd, &di));
	CHECK(!memcmp(di.schema_id, want, sizeof(want)),
	      "DEVICE_INFO's schema id is not the one in %s", path);
	close(fd);
}

static void read_sysfs_line(const char *path, char *buf, size_t len)
{
	FILE *f = fopen(path, "r");

	CHECK(f, "%s: %s", path, errname(errno));
	CHECK(fgets(buf, len, f), "%s is empty", path);
	fclose(f);
	buf[strcspn(buf, "\n")] = '\0';
}

/* The node's sysfs directory names its device, provider and parent function. */
static void sysfs_attributes_name_the_device(void)
{
	char dir[192], path[320], name[64], line[256], link[256];
	ssize_t n;

	dev_name(DEV1, name, sizeof(name));
	snprintf(dir, sizeof(dir), "/sys/class/misc/mlx5ctl-%s", name);
	snprintf(path, sizeof(path), "%s/name", dir);
	read_sysfs_line(path, line, sizeof(line));
	CHECK(!strcmp(line, name), "%s is '%s'", path, line);
	snprintf(path, sizeof(path), "%s/provider", dir);
	read_sysfs_line(path, line, sizeof(line));
	CHECK(!strcmp(line, "mlx5ctl_sim"), "%s is '%s'", path, line);
	/*
	 * The parent is the function the provider drives (the auxiliary
	 * device's parent), as for fwctl's node: the simulator's mlx5ctl_sim1.
	 */
	snprintf(path, sizeof(path), "%s/device", dir);
	n = readlink(path, link, sizeof(link) - 1);
	CHECK(n > 0, "%s: %s", path, errname(errno));
	link[n] = '\0';
	CHECK(strlen(link) >= strlen("/mlx5ctl_sim1") &&
	      !strcmp(link + strlen(link) - strlen("/mlx5ctl_sim1"), "/mlx5ctl_sim1"),
	      "%s points to %s, not the simulated function mlx5ctl_sim1", path, link);
	snprintf(path, sizeof(path), "%s/device/%s", dir, name);
	CHECK(!access(path, F_OK), "the function has no auxiliary device %s", path);
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

/* ---- a 32-bit caller ------------------------------------------------------ */

/* The same uAPI from a 32-bit process (compat_ioctl): build/mlx5ctl-compat32. */
static void compat_32bit_process_uses_the_uapi(void)
{
	char self[512], prog[600], node[128];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	int status;
	pid_t pid;

	CHECK(n > 0, "readlink /proc/self/exe: %s", errname(errno));
	self[n] = '\0';
	*strrchr(self, '/') = '\0';
	snprintf(prog, sizeof(prog), "%s/mlx5ctl-compat32", self);
	dev_node(DEV0, node, sizeof(node));
	pid = fork();
	CHECK(pid >= 0, "fork: %s", errname(errno));
	if (pid == 0) {
		execl(prog, prog, node, (char *)NULL);
		_exit(127);
	}
	CHECK(waitpid(pid, &status, 0) == pid, "waitpid: %s", errname(errno));
	CHECK(WIFEXITED(status), "%s died of signal %d", prog, WTERMSIG(status));
	CHECK(WEXITSTATUS(status) != 127, "cannot run %s", prog);
	/* Its status names the first check that failed (see compat32.c). */
	CHECK(WEXITSTATUS(status) == 0, "%s failed check %d", prog,
	      WEXITSTATUS(status));
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

/* An inline RESOURCE_DUMP of the menu; *@arg: whether to keep CAP_SYS_ADMIN. */
static void dump_menu(void *arg)
{
	int with_admin = *(int *)arg;
	struct mbox m;
	void *reg;
	int fd;

	if (!with_admin)
		CHECK(!caps_limit(ALL_CAPS & ~CAP_BIT(CAP_SYS_ADMIN)), "capset failed");
	fd = open_dev(DEV0);
	memset(&m, 0, sizeof(m));
	PRM_SET(access_register_in, m.in, opcode, MLX5CTL_CMD_OP_ACCESS_REG);
	PRM_SET(access_register_in, m.in, op_mod, MLX5CTL_ACCESS_REG_OP_MOD_READ);
	PRM_SET(access_register_in, m.in, register_id, MLX5CTL_REG_RESOURCE_DUMP);
	reg = PRM_ADDR_OF(access_register_in, m.in, register_data);
	PRM_SET(resource_dump, reg, segment_type, 0xffff);	/* the menu */
	PRM_SET(resource_dump, reg, inline_dump, 1);
	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, m.in,
		     PRM_SZ(access_register_in) + PRM_SZ(resource_dump), m.out,
		     PRM_SZ(access_register_out) + PRM_SZ(resource_dump)));
	CHECK(with_admin ? out_status(&m) == 0 : out_status(&m) != 0,
	      "RESOURCE_DUMP %s CAP_SYS_ADMIN: status %#x syndrome %#x",
	      with_admin ? "with" : "without", out_status(&m), out_syndrome(&m));
	close(fd);
}

/*
 * The uctx caps are what the firmware checks: a resource dump needs
 * tools_resources, which only an opener with CAP_SYS_ADMIN gets.
 */
static void caps_resource_dump_needs_tools_resources(void)
{
	int with = 1, without = 0;

	dump_menu(&with);
	test_in_child(dump_menu, &without);
}

static void first_ioctl_without_caps(void *arg)
{
	int fd = *(int *)arg;
	struct mlx5ctl_info i;

	CHECK(!caps_limit(0), "capset failed");
	get_info(fd, &i);
	CHECK(i.ucap == UCTX_CAP_ALL && i.uctx_cap == (UCTX_CAP_ALL & i.dev_uctx_cap),
	      "a file root opened has ucap %#x uctx_cap %#x when its first ioctl "
	      "comes from a process without capabilities", i.ucap, i.uctx_cap);
}

/*
 * A file's privileges are its opener's: however late the driver creates the
 * user context, an fd handed to a less privileged process keeps them (and a
 * privileged process cannot lend its capabilities to a file opened without).
 */
static void caps_are_the_openers(void)
{
	int fd = dev_open(DEV0);

	CHECK(fd >= 0, "open: %s", errname(errno));
	test_in_child(first_ioctl_without_caps, &fd);
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

const struct test_case rpc_cases[] = {
	TEST(rpc_debug_write_taints_once, 30),
	TEST(v4_info_reports_uid_and_caps, 30),
	TEST(v4_info_uid_differs_per_open, 30),
	TEST(v4_info_bad_pointer_efault, 30),
	TEST(v4_info_dev_uctx_cap_is_the_hca_cap, 30),
	TEST(v4_cmdrpc_nop_succeeds, 30),
	TEST(v4_cmdrpc_short_lengths_einval, 30),
	TEST(v4_cmdrpc_long_lengths_einval, 30),
	TEST(v4_cmdrpc_bad_pointers_efault, 30),
	TEST(v4_cmdrpc_unknown_opcode_ebadmsg, 30),
	TEST(v4_cmdrpc_kernel_commands_ebadmsg, 30),
	TEST(v4_cmdrpc_firmware_error_is_not_ioctl_error, 30),
	TEST(v4_cmdrpc_runs_at_default_scope, 30),
	TEST(v4_cmdrpc_follows_cmdrpc_scope_param, 30),
	TEST(v4_cmdrpc_stamps_uid, 30),
	TEST(rpc_stamps_uid_umem_owned_by_file, 30),
	TEST(v4_cmdrpc_objects_owned_by_file, 30),
	TEST(rpc_nop_succeeds_at_every_scope, 30),
	TEST(rpc_size_below_minimum_einval, 30),
	TEST(rpc_nonzero_tail_e2big, 30),
	TEST(rpc_larger_struct_with_zero_tail_works, 30),
	TEST(rpc_size_past_mapped_memory_efault, 30),
	TEST(rpc_unknown_scope_eopnotsupp, 30),
	TEST(rpc_command_above_scope_ebadmsg, 30),
	TEST(rpc_kernel_commands_ebadmsg_at_any_scope, 30),
	TEST(rpc_length_limits, 30),
	TEST(rpc_command_length_bounds, 30),
	TEST(rpc_nested_flexible_tail_takes_entries, 30),
	TEST(rpc_largest_mailboxes_work, 30),
	TEST(rpc_bad_pointers_efault, 30),
	TEST(rpc_firmware_error_is_not_ioctl_error, 30),
	TEST(rpc_write_full_needs_cap_sys_rawio, 30),
	TEST(devinfo_agrees_with_info, 30),
	TEST(devinfo_name_matches_node, 30),
	TEST(devinfo_schema_id_nonzero_and_shared, 30),
	TEST(devinfo_schema_id_is_the_generated_one, 30),
	TEST(devinfo_size_rules, 30),
	TEST(sysfs_attributes_name_the_device, 30),
	TEST(devinfo_nonzero_flags_eopnotsupp, 30),
	TEST(unknown_ioctl_enotty, 30),
	TEST(compat_32bit_process_uses_the_uapi, 30),
	TEST(caps_root_gets_every_cap_and_scope, 30),
	TEST(caps_dropped_gets_none, 30),
	TEST(caps_each_capability_grants_its_bit, 30),
	TEST(caps_are_the_openers, 30),
	TEST(caps_resource_dump_needs_tools_resources, 30),
};

const unsigned int rpc_cases_len = sizeof(rpc_cases) / sizeof(rpc_cases[0]);
