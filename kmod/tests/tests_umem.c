// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/* Guest test cases: UMEM_REG and UMEM_UNREG. */
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include "tests.h"

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

/* The largest umem the uAPI allows: 64 MiB, one CREATE_UMEM of 16384 pages. */
static void umem_reg_max_len_works(void)
{
	unsigned char *buf = map_pages(MLX5CTL_UMEM_MAX_LEN, PROT_READ | PROT_WRITE);
	long long pin = vm_pin_kib();
	uint32_t id;
	int fd = open_dev(DEV0);

	CHECK_OK(umem_reg(fd, buf, MLX5CTL_UMEM_MAX_LEN, &id));
	CHECK(vm_pin_kib() == pin + MLX5CTL_UMEM_MAX_LEN / 1024,
	      "VmPin %lld kB, was %lld", vm_pin_kib(), pin);
	CHECK_OK(umem_unreg(fd, id));
	CHECK(vm_pin_kib() == pin, "VmPin %lld kB, was %lld", vm_pin_kib(), pin);
	close(fd);
}

/* Fills @m with an ACCESS_REG read of RESOURCE_DUMP; returns its register. */
static void *resource_dump_in(struct mbox *m, uint16_t segment_type)
{
	void *reg = PRM_ADDR_OF(access_register_in, m->in, register_data);

	memset(m, 0, sizeof(*m));
	PRM_SET(access_register_in, m->in, opcode, MLX5CTL_CMD_OP_ACCESS_REG);
	PRM_SET(access_register_in, m->in, op_mod, MLX5CTL_ACCESS_REG_OP_MOD_READ);
	PRM_SET(access_register_in, m->in, register_id, MLX5CTL_REG_RESOURCE_DUMP);
	PRM_SET(resource_dump, reg, segment_type, segment_type);
	return reg;
}

static uint32_t resource_dump(int fd, struct mbox *m)
{
	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, m->in,
		     PRM_SZ(access_register_in) + PRM_SZ(resource_dump), m->out,
		     PRM_SZ(access_register_out) + PRM_SZ(resource_dump)));
	return out_status(m);
}

/* The simulator's firmware trace: a dump far larger than one window. */
#define DUMP_FW_TRACE 0x1004

/*
 * The use umems exist for: a resource dump written by the device through an
 * mkey into user memory, at an unaligned start over three pages. It must
 * equal the inline dump of the same data, and not a byte outside the window
 * may change. Then close frees the PD, the mkey and the umem together.
 */
static void umem_resource_dump_lands_in_user_memory(void)
{
	const size_t off = 100, len = 2 * 4096;
	unsigned char *buf = map_pages(4 * 4096, PROT_READ | PROT_WRITE);
	long long pds = sim_count(DEV0, "pd_count");
	long long mkeys = sim_count(DEV0, "mkey_count");
	long long umems = sim_count(DEV0, "umem_count");
	long long pin = vm_pin_kib();
	unsigned char inline_dump[PRM_SZ(resource_dump)];
	uint32_t umem_id, pd, mkey, st, done;
	void *mkc, *reg, *out_reg;
	struct mbox m;
	size_t k;
	int fd = open_dev(DEV0);

	memset(buf, 0xee, 4 * 4096);
	CHECK_OK(umem_reg(fd, buf + off, len, &umem_id));
	CHECK(alloc_pd(fd, 0, &pd) == 0, "ALLOC_PD failed");

	hdr_in(&m, MLX5CTL_CMD_OP_CREATE_MKEY, 0);
	PRM_SET(create_mkey_in, m.in, mkey_umem_valid, 1);
	PRM_SET(create_mkey_in, m.in, mkey_umem_id, umem_id);
	mkc = PRM_ADDR_OF(create_mkey_in, m.in, memory_key_mkey_entry);
	PRM_SET(mkc, mkc, access_mode_1_0, MLX5CTL_MKC_ACCESS_MODE_MTT);
	PRM_SET(mkc, mkc, lw, 1);
	PRM_SET(mkc, mkc, lr, 1);
	PRM_SET(mkc, mkc, pd, pd);
	PRM_SET(mkc, mkc, mkey_7_0, 0x42);
	PRM_SET64(mkc, mkc, start_addr, (uintptr_t)(buf + off));
	PRM_SET64(mkc, mkc, len, len);
	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, m.in, PRM_SZ(create_mkey_in),
		     m.out, PRM_SZ(create_mkey_out)));
	CHECK(out_status(&m) == 0, "CREATE_MKEY status %#x syndrome %#x",
	      out_status(&m), out_syndrome(&m));
	mkey = PRM_GET(create_mkey_out, m.out, mkey_index) << 8 | 0x42;

	reg = resource_dump_in(&m, DUMP_FW_TRACE);
	PRM_SET(resource_dump, reg, inline_dump, 1);
	st = resource_dump(fd, &m);
	CHECK(st == 0, "inline RESOURCE_DUMP status %#x syndrome %#x", st,
	      out_syndrome(&m));
	out_reg = PRM_ADDR_OF(access_register_out, m.out, register_data);
	memcpy(inline_dump, PRM_ADDR_OF(resource_dump, out_reg, inline_data),
	       PRM_SZ(resource_dump) - PRM_OFF(resource_dump, inline_data) / 8);

	/* A window reaching past the mkey is refused, and nothing is written. */
	reg = resource_dump_in(&m, DUMP_FW_TRACE);
	PRM_SET(resource_dump, reg, mkey, mkey);
	PRM_SET(resource_dump, reg, size, len);
	PRM_SET64(resource_dump, reg, address, (uintptr_t)(buf + off + 4096));
	st = resource_dump(fd, &m);
	CHECK(st != 0, "a dump window past the end of its mkey was accepted");
	for (k = 0; k < 4 * 4096; k++)
		CHECK(buf[k] == 0xee, "a refused dump wrote byte %zu", k);

	reg = resource_dump_in(&m, DUMP_FW_TRACE);
	PRM_SET(resource_dump, reg, mkey, mkey);
	PRM_SET(resource_dump, reg, size, len);
	PRM_SET64(resource_dump, reg, address, (uintptr_t)(buf + off));
	st = resource_dump(fd, &m);
	CHECK(st == 0, "RESOURCE_DUMP into the umem: status %#x syndrome %#x", st,
	      out_syndrome(&m));
	out_reg = PRM_ADDR_OF(access_register_out, m.out, register_data);
	done = PRM_GET(resource_dump, out_reg, size);
	CHECK(done == len && PRM_GET(resource_dump, out_reg, more_dump),
	      "a window of %u bytes, more_dump %u: want a full %zu-byte window and more",
	      done, PRM_GET(resource_dump, out_reg, more_dump), len);
	CHECK(!memcmp(buf + off, inline_dump,
		      PRM_SZ(resource_dump) - PRM_OFF(resource_dump, inline_data) / 8),
	      "the dump in the umem differs from the inline dump");
	/* The last page of the window too (the dump is trace text, no 0xee). */
	for (k = off + len - 64; k < off + len; k++)
		CHECK(buf[k] != 0xee, "byte %zu of the window was not written", k);
	for (k = 0; k < 4 * 4096; k++)
		CHECK(buf[k] == 0xee || (k >= off && k < off + len),
		      "byte %zu outside the window was written", k);

	/* The mkey still maps the umem: close must free all three anyway. */
	CHECK_OK(close(fd));
	CHECK(sim_count(DEV0, "pd_count") == pds &&
	      sim_count(DEV0, "mkey_count") == mkeys &&
	      sim_count(DEV0, "umem_count") == umems,
	      "after close: pds %lld mkeys %lld umems %lld, were %lld %lld %lld",
	      sim_count(DEV0, "pd_count"), sim_count(DEV0, "mkey_count"),
	      sim_count(DEV0, "umem_count"), pds, mkeys, umems);
	CHECK(vm_pin_kib() == pin, "VmPin %lld kB after close, was %lld",
	      vm_pin_kib(), pin);
}

/* CREATE_MKEY over @umem_id with @pd through @fd; the status. */
static uint32_t create_mkey(int fd, uint32_t umem_id, uint32_t pd, uint64_t len)
{
	struct mbox m;
	void *mkc;

	hdr_in(&m, MLX5CTL_CMD_OP_CREATE_MKEY, 0);
	PRM_SET(create_mkey_in, m.in, mkey_umem_valid, 1);
	PRM_SET(create_mkey_in, m.in, mkey_umem_id, umem_id);
	mkc = PRM_ADDR_OF(create_mkey_in, m.in, memory_key_mkey_entry);
	PRM_SET(mkc, mkc, access_mode_1_0, MLX5CTL_MKC_ACCESS_MODE_MTT);
	PRM_SET(mkc, mkc, lw, 1);
	PRM_SET(mkc, mkc, pd, pd);
	PRM_SET64(mkc, mkc, len, len);
	CHECK_OK(rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, m.in, PRM_SZ(create_mkey_in),
		     m.out, PRM_SZ(create_mkey_out)));
	return out_status(&m);
}

/* An mkey maps only its own context's memory: no DMA into another file's umem. */
static void umem_mkey_cannot_map_another_files_umem(void)
{
	unsigned char *buf = map_pages(8192, PROT_READ | PROT_WRITE);
	long long mkeys = sim_count(DEV0, "mkey_count");
	uint32_t a_umem, b_pd, a_pd;
	int fa = open_dev(DEV0), fb = open_dev(DEV0);

	CHECK_OK(umem_reg(fa, buf, 8192, &a_umem));
	CHECK(alloc_pd(fb, 0, &b_pd) == 0, "ALLOC_PD failed");
	CHECK(alloc_pd(fa, 0, &a_pd) == 0, "ALLOC_PD failed");
	CHECK(create_mkey(fb, a_umem, b_pd, 8192) != 0,
	      "file b created an mkey over file a's umem");
	/* Nor with a's PD: both objects are a's. */
	CHECK(create_mkey(fb, a_umem, a_pd, 8192) != 0,
	      "file b created an mkey from file a's umem and PD");
	CHECK(sim_count(DEV0, "mkey_count") == mkeys, "an mkey was created");
	/* The owner can, and not beyond the umem. */
	CHECK(create_mkey(fa, a_umem, a_pd, 8192 + 1) != 0,
	      "an mkey longer than its umem");
	CHECK(create_mkey(fa, a_umem, a_pd, 8192) == 0, "the owner's CREATE_MKEY failed");
	close(fa);
	close(fb);
	CHECK(sim_count(DEV0, "mkey_count") == mkeys, "mkey_count %lld after close, was %lld",
	      sim_count(DEV0, "mkey_count"), mkeys);
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

/*
 * The answer cannot be written back (the argument is read-only): user space
 * never learns the id, so the driver must take the registration back.
 */
static void umem_reg_unwritable_argument_leaves_nothing(void)
{
	unsigned char *buf = map_pages(65536, PROT_READ | PROT_WRITE);
	struct mlx5ctl_umem_reg *reg = map_pages(4096, PROT_READ | PROT_WRITE);
	long long base = sim_count(DEV0, "umem_count");
	long long pin = vm_pin_kib();
	int fd = open_dev(DEV0);

	reg->addr = (uintptr_t)buf;
	reg->len = 65536;
	CHECK(!mprotect(reg, 4096, PROT_READ), "mprotect: %s", errname(errno));
	CHECK_ERR(ioctl(fd, MLX5CTL_IOCTL_UMEM_REG, reg), EFAULT);
	CHECK(sim_count(DEV0, "umem_count") == base && vm_pin_kib() == pin,
	      "umem_count %lld VmPin %lld kB, were %lld %lld",
	      sim_count(DEV0, "umem_count"), vm_pin_kib(), base, pin);
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

const struct test_case umem_cases[] = {
	TEST(umem_reg_and_unreg, 30),
	TEST(umem_reg_fails_cleanly_on_firmware_error, 30),
	TEST(umem_unreg_firmware_error_keeps_umem, 30),
	TEST(umem_reg_max_len_works, 60),
	TEST(umem_resource_dump_lands_in_user_memory, 30),
	TEST(umem_mkey_cannot_map_another_files_umem, 30),
	TEST(umem_bad_lengths_rejected, 30),
	TEST(umem_addr_len_overflow_rejected, 30),
	TEST(umem_unaligned_addr_works, 30),
	TEST(umem_unmapped_or_readonly_memory_efault, 30),
	TEST(umem_reg_unwritable_argument_leaves_nothing, 30),
	TEST(umem_unreg_unknown_id_enoent, 30),
	TEST(umem_reserved_must_be_zero, 30),
	TEST(umem_belongs_to_its_file, 30),
	TEST(umem_rlimit_memlock_enomem, 30),
};

const unsigned int umem_cases_len = sizeof(umem_cases) / sizeof(umem_cases[0]);
