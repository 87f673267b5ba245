// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * Kernel lockdown: configuration and read-only debug RPCs work at every
 * level, both debug-write scopes are refused (EPERM), umems still register;
 * through both front doors and V4's CMDRPC at any cmdrpc_scope. Raising
 * lockdown cannot be undone, so these cases run apart, after everything else
 * in the boot (mlx5ctl-tests --lockdown).
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "tests.h"

#define LOCKDOWN "/sys/kernel/security/lockdown"

static void raise_lockdown(const char *level)
{
	char line[128] = "", want[32];
	int fd;
	ssize_t n;

	CHECK(!write_string(LOCKDOWN, level), "cannot raise lockdown to %s", level);
	fd = open(LOCKDOWN, O_RDONLY | O_CLOEXEC);
	CHECK(fd >= 0, "open %s: %s", LOCKDOWN, errname(errno));
	n = read(fd, line, sizeof(line) - 1);
	close(fd);
	CHECK(n > 0, "read %s", LOCKDOWN);
	snprintf(want, sizeof(want), "[%s]", level);
	CHECK(strstr(line, want), "lockdown reads '%s', want %s active", line, want);
}

/* What every lockdown level must allow and refuse, on device @id. */
static void check_locked(unsigned int id)
{
	unsigned char *buf = map_pages(65536, PROT_READ | PROT_WRITE);
	int v4 = open_dev(id), fw = fwctl_open(id);
	uint32_t inlen, umem;
	struct mbox m;
	long long s;

	CHECK(fw >= 0, "open fwctl node: %s", errname(errno));
	CHECK_OK(nop_rpc(v4, MLX5CTL_RPC_CONFIGURATION, &m));
	CHECK_OK(nop_rpc(v4, MLX5CTL_RPC_DEBUG_READ_ONLY, &m));
	inlen = paos_in(&m, 1);
	CHECK_OK(rpc(v4, MLX5CTL_RPC_DEBUG_READ_ONLY, m.in, inlen, m.out, paos_outlen()));
	CHECK(out_status(&m) == 0, "PAOS read under lockdown: status %#x", out_status(&m));
	nop_in(&m);
	CHECK_OK(fwctl_rpc(fw, FWCTL_RPC_CONFIGURATION, m.in, 16, m.out, 16, NULL));
	CHECK_OK(fwctl_rpc(fw, FWCTL_RPC_DEBUG_READ_ONLY, m.in, 16, m.out, 16, NULL));

	for (s = MLX5CTL_RPC_DEBUG_WRITE; s <= MLX5CTL_RPC_DEBUG_WRITE_FULL; s++) {
		inlen = set_diag_in(&m);
		CHECK_ERR(rpc(v4, s, m.in, inlen, m.out, set_diag_outlen()), EPERM);
		inlen = set_diag_in(&m);
		CHECK_ERR(fwctl_rpc(fw, s, m.in, inlen, m.out, set_diag_outlen(), NULL), EPERM);
		/* CMDRPC runs at cmdrpc_scope: the same rule. */
		CHECK(!write_string(CORE_PARAMS "/cmdrpc_scope", s == 2 ? "2" : "3"),
		      "set cmdrpc_scope");
		CHECK_ERR(nop_cmdrpc(v4, &m), EPERM);
	}
	CHECK(!write_string(CORE_PARAMS "/cmdrpc_scope", "1"), "reset cmdrpc_scope");
	CHECK_OK(nop_cmdrpc(v4, &m));

	CHECK_OK(umem_reg(v4, buf, 65536, &umem));
	CHECK_OK(umem_unreg(v4, umem));
	CHECK_OK(umem_reg(fw, buf, 65536, &umem));
	CHECK_OK(umem_unreg(fw, umem));
	close(v4);
	close(fw);
}

static void lockdown_integrity_refuses_debug_writes_only(void)
{
	raise_lockdown("integrity");
	check_locked(DEV0);
	check_locked(DEV1);
}

static void lockdown_confidentiality_refuses_debug_writes_only(void)
{
	raise_lockdown("confidentiality");
	check_locked(DEV0);
}

const struct test_case lockdown_cases[] = {
	TEST(lockdown_integrity_refuses_debug_writes_only, 30),
	TEST(lockdown_confidentiality_refuses_debug_writes_only, 30),
};

const unsigned int lockdown_cases_len = sizeof(lockdown_cases) / sizeof(lockdown_cases[0]);
