/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * The RPC policy a device's driver publishes in sysfs (policy), parsed: what
 * the policy cases and the fuzzer check the driver's answers against.
 */
#ifndef MLX5CTL_TESTS_POLICY_H
#define MLX5CTL_TESTS_POLICY_H

#include <stdbool.h>
#include <stddef.h>

#define POLICY_MAX 512
#define POLICY_MAX_OVERRIDES 4
/* policy_least() of a mailbox no scope lets through. */
#define POLICY_NEVER 4

struct policy_rule {
	unsigned int opcode;
	char name[80];
	int scope;
	bool by_register;
	bool reads;
	bool clears;
	unsigned int clear_bit;
	unsigned int n_overrides;
	unsigned int override_op_mod[POLICY_MAX_OVERRIDES];
	int override_scope[POLICY_MAX_OVERRIDES];
};

struct policy_reg {
	unsigned int id;
	char name[80];
	int read;
	int write;
	bool clears;
	unsigned int clear_bit;
};

struct policy {
	char schema[80];
	struct policy_rule rules[POLICY_MAX];
	unsigned int n_rules;
	struct policy_reg regs[POLICY_MAX];
	unsigned int n_regs;
	int unknown_read;
	int unknown_write;
};

/*
 * Reads simulated device @id's policy file into @p: 0, or -1 with what is
 * wrong (the file, or the line that does not parse) in @err.
 */
int policy_read(unsigned int id, struct policy *p, char *err, size_t len);

/* The rule of @opcode, or NULL if the table refuses it. */
const struct policy_rule *policy_rule(const struct policy *p, unsigned int opcode);

/*
 * The least scope a mailbox of @opcode and @op_mod (register @reg, for a
 * register access) runs at, as the driver decides it: POLICY_NEVER if none.
 */
int policy_least(const struct policy *p, unsigned int opcode, unsigned int op_mod, unsigned int reg);

#endif /* MLX5CTL_TESTS_POLICY_H */
