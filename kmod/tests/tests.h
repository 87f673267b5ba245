/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * What the guest test cases share: the devices they use, command mailboxes
 * built from the generated PRM layouts, and checked helpers that end the case
 * on failure (harness.h). The cases are in tests_rpc.c (INFO, CMDRPC, RPC,
 * DEVICE_INFO, uids, capabilities), tests_umem.c and tests_lifetime.c (close,
 * leaks, removal, hung and slow firmware, resource limits), tests_policy.c
 * (the whole policy table), tests_host.c (the objects a host has) and
 * tests_registers.c (the registers tools read first).
 */
#ifndef MLX5CTL_TESTS_TESTS_H
#define MLX5CTL_TESTS_TESTS_H

#include <linux/capability.h>
#include <stddef.h>
#include <stdint.h>

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
#define DEV_POLICY 12

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

/*
 * Command builders: each zeroes @m, fills in the header and returns the
 * input length.
 */
uint32_t nop_in(struct mbox *m);
uint32_t hdr_in(struct mbox *m, uint16_t opcode, uint16_t op_mod);
/* ACCESS_REG of PAOS: op_mod 1 reads (debug-read-only), 0 writes (configuration). */
uint32_t paos_in(struct mbox *m, uint16_t op_mod);
uint32_t paos_outlen(void);
/* SET_DIAGNOSTIC_PARAMS: the debug-write command of the schema. */
uint32_t set_diag_in(struct mbox *m);
uint32_t set_diag_outlen(void);
uint32_t out_status(const struct mbox *m);
uint32_t out_syndrome(const struct mbox *m);

/* A NOP through CMDRPC or through the scoped RPC; as ioctl(2). */
int nop_cmdrpc(int fd, struct mbox *m);
int nop_rpc(int fd, uint32_t scope, struct mbox *m);

/* ALLOC_PD / DEALLOC_PD through CMDRPC, @hdr_uid in the header; the status. */
uint32_t alloc_pd(int fd, uint16_t hdr_uid, uint32_t *pd);
uint32_t dealloc_pd(int fd, uint16_t hdr_uid, uint32_t pd);

/*
 * Opens device @id and makes the file's user context exist: the driver may
 * create it at open or at the first ioctl, the uAPI does not say which. INFO
 * is that first ioctl. 0 or the errno of the step that failed.
 */
int open_uctx(unsigned int id, int *fd);

/* These end the case on failure. */
int open_dev(unsigned int id);
void get_info(int fd, struct mlx5ctl_info *i);
void create_dev(unsigned int id);
void remove_dev(unsigned int id);
void *map_pages(size_t len, int prot);
/* The simulator's debugfs counts and knobs. */
long long sim_count(unsigned int id, const char *name);
void sim_knob(unsigned int id, const char *name, long long v);
/* The core's sysfs counts of the misc device (open_files, uctx_count, umem_count). */
long long core_count(unsigned int id, const char *name);
long long kernel_tainted(void);
/* Records of the kernel log holding both @a and @b. */
int kmsg_has(const char *a, const char *b);
/* This process's pinned memory in KiB (VmPin: the umems' RLIMIT_MEMLOCK charge). */
long long vm_pin_kib(void);
/* The simulator's cmd_timeout_ms. */
unsigned int cmd_timeout_ms(void);

#define TEST(fn, timeout_s) { #fn, fn, timeout_s }

extern const struct test_case rpc_cases[];
extern const unsigned int rpc_cases_len;
extern const struct test_case umem_cases[];
extern const unsigned int umem_cases_len;
extern const struct test_case lifetime_cases[];
extern const unsigned int lifetime_cases_len;
extern const struct test_case firmware_cases[];
extern const unsigned int firmware_cases_len;
extern const struct test_case fwctl_cases[];
extern const unsigned int fwctl_cases_len;
extern const struct test_case lockdown_cases[];
extern const unsigned int lockdown_cases_len;
extern const struct test_case trust_cases[];
extern const unsigned int trust_cases_len;
extern const struct test_case mlx5_cases[];
extern const unsigned int mlx5_cases_len;
extern const struct test_case policy_cases[];
extern const unsigned int policy_cases_len;
extern const struct test_case host_cases[];
extern const unsigned int host_cases_len;
extern const struct test_case query_cases[];
extern const unsigned int query_cases_len;
extern const struct test_case register_cases[];
extern const unsigned int register_cases_len;

#endif /* MLX5CTL_TESTS_TESTS_H */
