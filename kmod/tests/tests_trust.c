// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * What the core takes from the firmware, it does not take on trust: a faulty
 * device (the simulator's uid_lie knob) cannot make a file run under the
 * kernel's uid 0 or another file's uid. A firmware that fails to destroy at
 * close gets a retry, then honest accounting until removal; one that stopped
 * answering costs a close one command timeout, not one per object. And the
 * simulator itself refuses knob values no firmware behaves like.
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "tests.h"

/* A fresh device per case: the contexts a lying firmware made stay in it. */
#define DEV_LIAR DEV_REMOVE

static void trust_firmware_uid_zero_is_refused(void)
{
	struct mlx5ctl_info i;
	int fd;

	create_dev(DEV_LIAR);
	sim_knob(DEV_LIAR, "uid_lie", 0);
	fd = dev_open(DEV_LIAR);
	CHECK(fd >= 0, "open: %s", errname(errno));
	CHECK_ERR(info(fd, &i), EPROTO);
	CHECK(core_count(DEV_LIAR, "uctx_count") == 0,
	      "the core counts a context it refused");
	/* The knob lied once: the next try gets a context of its own. */
	get_info(fd, &i);
	CHECK(i.uctx_uid != 0, "uid 0 after all");
	close(fd);

	sim_knob(DEV_LIAR, "uid_lie", 0);
	fd = fwctl_open(DEV_LIAR);
	CHECK(fd < 0 && errno == EPROTO, "fwctl open with uid 0 from firmware: %s",
	      fd < 0 ? errname(errno) : "success");
	CHECK(kmsg_has("CREATE_UCTX answered uid 0", "the kernel's") == 1,
	      "want one log line about the refused uid 0");
	remove_dev(DEV_LIAR);
}

static void trust_firmware_uid_of_another_file_is_refused(void)
{
	struct mlx5ctl_info a, b;
	struct mbox m;
	int fa, fb;

	create_dev(DEV_LIAR);
	fa = open_dev(DEV_LIAR);
	get_info(fa, &a);
	sim_knob(DEV_LIAR, "uid_lie", a.uctx_uid);
	fb = dev_open(DEV_LIAR);
	CHECK(fb >= 0, "open: %s", errname(errno));
	CHECK_ERR(info(fb, &b), EPROTO);
	/* The file whose uid was offered twice is untouched. */
	CHECK_OK(nop_cmdrpc(fa, &m));
	CHECK(out_status(&m) == 0, "NOP of the first file: status %#x", out_status(&m));
	get_info(fb, &b);
	CHECK(b.uctx_uid != a.uctx_uid && b.uctx_uid, "second file uid %u, first %u",
	      b.uctx_uid, a.uctx_uid);
	close(fa);
	close(fb);
	remove_dev(DEV_LIAR);
}

/* fail_status 0 would be a failure that succeeds: no firmware does that. */
static void trust_sim_refuses_fail_status_zero(void)
{
	CHECK(sim_set(DEV0, "fail_status", 0) == -EINVAL, "fail_status 0 accepted");
	CHECK(sim_set(DEV0, "uid_lie", 0x10000) == -EINVAL, "uid_lie 0x10000 accepted");
	CHECK(sim_count(DEV0, "fail_status") == 0x1, "fail_status changed: %#llx",
	      sim_count(DEV0, "fail_status"));
}

/* DESTROY_UMEM and DESTROY_UCTX failing once each: close still frees all. */
static void close_retries_a_transient_destroy_failure(void)
{
	unsigned char *buf = map_pages(2 * 65536, PROT_READ | PROT_WRITE);
	long long uctx = sim_count(DEV1, "uctx_count");
	long long umem = sim_count(DEV1, "umem_count");
	long long core = core_count(DEV1, "uctx_count");
	long long pin = vm_pin_kib();
	uint32_t a, b;
	int fd = open_dev(DEV1);

	CHECK_OK(umem_reg(fd, buf, 65536, &a));
	CHECK_OK(umem_reg(fd, buf + 65536, 65536, &b));
	sim_knob(DEV1, "fail_next", 1);
	close(fd);
	sim_knob(DEV1, "fail_next", 0);
	CHECK(sim_count(DEV1, "uctx_count") == uctx && sim_count(DEV1, "umem_count") == umem,
	      "after close: %lld contexts, %lld umems more in the firmware",
	      sim_count(DEV1, "uctx_count") - uctx, sim_count(DEV1, "umem_count") - umem);
	CHECK(core_count(DEV1, "uctx_count") == core, "core counts %lld contexts more",
	      core_count(DEV1, "uctx_count") - core);
	CHECK(vm_pin_kib() == pin, "VmPin %lld kB, %lld before", vm_pin_kib(), pin);
}

/* Failing for good: the context stays counted and the pages pinned until removal. */
static void close_keeps_what_the_firmware_refuses_until_removal(void)
{
	unsigned char *buf = map_pages(65536, PROT_READ | PROT_WRITE);
	long long pin = vm_pin_kib();
	uint32_t id;
	int fd;

	create_dev(DEV_LIAR);
	fd = open_dev(DEV_LIAR);
	CHECK_OK(umem_reg(fd, buf, 65536, &id));
	sim_knob(DEV_LIAR, "fail_next", 4);
	close(fd);
	CHECK(core_count(DEV_LIAR, "uctx_count") == 1,
	      "core uctx_count %lld after a context the firmware kept, want 1",
	      core_count(DEV_LIAR, "uctx_count"));
	CHECK(vm_pin_kib() == pin + 64, "VmPin %lld kB, want %lld: the device may still write there",
	      vm_pin_kib(), pin + 64);
	sim_knob(DEV_LIAR, "fail_next", 0);
	remove_dev(DEV_LIAR);
	CHECK(vm_pin_kib() == pin, "VmPin %lld kB after removal, %lld before", vm_pin_kib(), pin);
}

/* 16 umems on a device that stopped answering: one command timeout, not 17. */
static void close_on_a_hung_device_takes_one_timeout(void)
{
	unsigned char *buf = map_pages(16 * 4096, PROT_READ | PROT_WRITE);
	unsigned int timeout = cmd_timeout_ms();
	long long pin = vm_pin_kib();
	uint64_t t0, close_ms;
	uint32_t id;
	char t[16];
	int fd, k;

	create_dev(DEV_HANG);
	fd = open_dev(DEV_HANG);
	for (k = 0; k < 16; k++)
		CHECK_OK(umem_reg(fd, buf + k * 4096, 4096, &id));
	CHECK(!write_string(SIM_PARAMS "/cmd_timeout_ms", "300"), "cannot set cmd_timeout_ms");
	sim_knob(DEV_HANG, "hang", 1);
	t0 = now_ns();
	close(fd);
	close_ms = (now_ns() - t0) / 1000000;
	snprintf(t, sizeof(t), "%u", timeout);
	write_string(SIM_PARAMS "/cmd_timeout_ms", t);
	CHECK(close_ms < 2 * 300 + 500, "close took %llu ms on a hung device (timeout 300 ms)",
	      (unsigned long long)close_ms);
	CHECK(core_count(DEV_HANG, "uctx_count") == 1, "core uctx_count %lld, want 1 kept",
	      core_count(DEV_HANG, "uctx_count"));
	sim_knob(DEV_HANG, "hang", 0);
	remove_dev(DEV_HANG);
	CHECK(vm_pin_kib() == pin, "VmPin %lld kB after removal, %lld before", vm_pin_kib(), pin);
}

/* ACCESS_REG of register @id, read (op_mod 1) or write (0), at @scope; as ioctl(2). */
static int access_reg(int fd, uint16_t id, uint16_t op_mod, uint32_t scope)
{
	uint32_t len = PRM_SZ(access_register_in) + 64;
	struct mbox m;

	hdr_in(&m, MLX5CTL_CMD_OP_ACCESS_REG, op_mod);
	PRM_SET(access_register_in, m.in, register_id, id);
	return rpc(fd, scope, m.in, len, m.out, PRM_SZ(access_register_out) + 64);
}

/*
 * A RESOURCE_DUMP sent as a "write" dumps as a read does: it was the cheapest
 * way to the 5 MiB CR-space image (configuration scope). Now a write of it
 * needs debug-write-full, each scope below refused.
 */
static void access_reg_resource_dump_as_write_needs_write_full(void)
{
	int fd = open_dev(DEV0);
	uint32_t s;

	for (s = MLX5CTL_RPC_CONFIGURATION; s < MLX5CTL_RPC_DEBUG_WRITE_FULL; s++)
		CHECK_ERR(access_reg(fd, MLX5CTL_REG_RESOURCE_DUMP, 0, s), EBADMSG);
	CHECK_OK(access_reg(fd, MLX5CTL_REG_RESOURCE_DUMP, 0, MLX5CTL_RPC_DEBUG_WRITE_FULL));
	CHECK_OK(access_reg(fd, MLX5CTL_REG_RESOURCE_DUMP, 1, MLX5CTL_RPC_DEBUG_READ_ONLY));
	close(fd);
}

/* Each register's scope per direction, and the rule for one the schema lacks. */
static void access_reg_scopes_are_per_register_and_direction(void)
{
	int fd = open_dev(DEV0);

	CHECK_OK(access_reg(fd, MLX5CTL_REG_PAOS, 0, MLX5CTL_RPC_CONFIGURATION));
	CHECK_ERR(access_reg(fd, MLX5CTL_REG_PAOS, 1, MLX5CTL_RPC_CONFIGURATION), EBADMSG);
	CHECK_ERR(access_reg(fd, MLX5CTL_REG_PPCNT, 0, MLX5CTL_RPC_DEBUG_READ_ONLY), EBADMSG);
	CHECK_OK(access_reg(fd, MLX5CTL_REG_PPCNT, 0, MLX5CTL_RPC_DEBUG_WRITE));
	CHECK_OK(access_reg(fd, MLX5CTL_REG_PPCNT, 1, MLX5CTL_RPC_DEBUG_READ_ONLY));
	CHECK_ERR(access_reg(fd, MLX5CTL_REG_MCIA, 0, MLX5CTL_RPC_DEBUG_WRITE), EBADMSG);
	CHECK_ERR(access_reg(fd, MLX5CTL_REG_MGIR, 0, MLX5CTL_RPC_DEBUG_WRITE), EBADMSG);
	/* Unknown: readable at debug-read-only, writable only at debug-write-full. */
	CHECK_OK(access_reg(fd, 0x7777, 1, MLX5CTL_RPC_DEBUG_READ_ONLY));
	CHECK_ERR(access_reg(fd, 0x7777, 0, MLX5CTL_RPC_DEBUG_WRITE), EBADMSG);
	CHECK_OK(access_reg(fd, 0x7777, 0, MLX5CTL_RPC_DEBUG_WRITE_FULL));
	/* An op_mod that is neither is a write. */
	CHECK_ERR(access_reg(fd, MLX5CTL_REG_RESOURCE_DUMP, 7, MLX5CTL_RPC_DEBUG_WRITE), EBADMSG);
	close(fd);
}

const struct test_case trust_cases[] = {
	TEST(access_reg_resource_dump_as_write_needs_write_full, 30),
	TEST(access_reg_scopes_are_per_register_and_direction, 30),
	TEST(close_retries_a_transient_destroy_failure, 30),
	TEST(close_keeps_what_the_firmware_refuses_until_removal, 30),
	TEST(close_on_a_hung_device_takes_one_timeout, 60),
	TEST(trust_firmware_uid_zero_is_refused, 30),
	TEST(trust_firmware_uid_of_another_file_is_refused, 30),
	TEST(trust_sim_refuses_fail_status_zero, 30),
};

const unsigned int trust_cases_len = sizeof(trust_cases) / sizeof(trust_cases[0]);
