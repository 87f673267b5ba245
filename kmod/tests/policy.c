// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/* The driver's published policy, parsed; see policy.h. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <misc/mlx5ctl.h>

#include "guest.h"
#include "policy.h"

/* op_mod of a register access that reads (ACCESS_REG's access_reg_op_mod). */
#define POLICY_OP_MOD_READ 1

static int scope_of(const char *s)
{
	static const char *const names[] = {
		"configuration", "debug-read-only", "debug-write", "debug-write-full",
	};
	int i;

	for (i = 0; i < 4; i++)
		if (!strcmp(s, names[i]))
			return i;
	return -1;
}

static int fail(char *err, size_t len, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, len, fmt, ap);
	va_end(ap);
	return -1;
}

/* "clears=0xN": 0 and the bit, or -1. */
static int clears_of(const char *s, unsigned int *bit)
{
	char *end;

	if (strncmp(s, "clears=0x", 9))
		return -1;
	*bit = strtoul(s + 9, &end, 16);
	return *end || end == s + 9 ? -1 : 0;
}

/*
 * One record per line (kmod/core/rpc.c, mlx5ctl_policy_format()): schema,
 * command [by-register] [read [clears=BIT]], op_mod, register [clears=BIT],
 * register unknown.
 */
static int parse_line(struct policy *p, const char *line, char *err, size_t len)
{
	char a[80], b[80], c[80], d[80], e[80], f[80], g[80];
	int n = sscanf(line, "%79s %79s %79s %79s %79s %79s %79s", a, b, c, d, e, f, g);

	if (!strcmp(a, "schema") && n == 2) {
		snprintf(p->schema, sizeof(p->schema), "%s", b);
		return 0;
	}
	if (!strcmp(a, "command") && n >= 4) {
		struct policy_rule *r = &p->rules[p->n_rules];
		char *flags[] = { e, f, g };
		int i = 0;

		if (p->n_rules + 1 >= POLICY_MAX)
			return fail(err, len, "too many commands");
		memset(r, 0, sizeof(*r));
		r->opcode = strtoul(b, NULL, 16);
		snprintf(r->name, sizeof(r->name), "%s", c);
		r->scope = scope_of(d);
		r->by_register = i < n - 4 && !strcmp(flags[i], "by-register");
		i += r->by_register;
		r->reads = i < n - 4 && !strcmp(flags[i], "read");
		i += r->reads;
		r->clears = r->reads && i < n - 4 && !clears_of(flags[i], &r->clear_bit);
		i += r->clears;
		if (i != n - 4)
			return fail(err, len, "unknown flags: %s", line);
		p->n_rules++;
		return r->scope < 0 ? fail(err, len, "'%s' is not a scope", d) : 0;
	}
	if (!strcmp(a, "op_mod") && n == 4) {
		struct policy_rule *r = &p->rules[p->n_rules - 1];

		if (!p->n_rules || r->opcode != strtoul(b, NULL, 16) || r->n_overrides >= POLICY_MAX_OVERRIDES)
			return fail(err, len, "op_mod line out of place: %s", line);
		r->override_op_mod[r->n_overrides] = strtoul(c, NULL, 16);
		r->override_scope[r->n_overrides] = scope_of(d);
		return r->override_scope[r->n_overrides++] < 0 ? fail(err, len, "'%s' is not a scope", d) : 0;
	}
	if (!strcmp(a, "register") && n == 5 && !strcmp(b, "unknown")) {
		p->unknown_read = scope_of(d);
		p->unknown_write = scope_of(e);
	} else if (!strcmp(a, "register") && (n == 5 || n == 6)) {
		struct policy_reg *r = &p->regs[p->n_regs];

		if (p->n_regs + 1 >= POLICY_MAX)
			return fail(err, len, "too many registers");
		memset(r, 0, sizeof(*r));
		if (n == 6 && clears_of(f, &r->clear_bit))
			return fail(err, len, "unknown flag: %s", line);
		r->clears = n == 6;
		r->id = strtoul(b, NULL, 16);
		snprintf(r->name, sizeof(r->name), "%s", c);
		r->read = scope_of(d);
		r->write = scope_of(e);
		p->n_regs++;
		if (r->read < 0 || r->write < 0)
			return fail(err, len, "bad scope: %s", line);
		return 0;
	} else {
		return fail(err, len, "unknown line: %s", line);
	}
	return p->unknown_read < 0 || p->unknown_write < 0 ? fail(err, len, "bad scope: %s", line) : 0;
}

int policy_read(unsigned int id, struct policy *p, char *err, size_t len)
{
	char path[256], dn[64], line[256];
	FILE *f;
	int ret = 0;

	memset(p, 0, sizeof(*p));
	p->unknown_read = -1;
	dev_name(id, dn, sizeof(dn));
	snprintf(path, sizeof(path), "/sys/class/misc/mlx5ctl-%s/policy", dn);
	f = fopen(path, "r");
	if (!f)
		return fail(err, len, "open %s: %s", path, strerror(errno));
	while (!ret && fgets(line, sizeof(line), f))
		ret = parse_line(p, line, err, len);
	fclose(f);
	if (!ret && (!p->schema[0] || p->unknown_read < 0))
		ret = fail(err, len, "%s lacks its schema or unknown-register line", path);
	return ret;
}

const struct policy_rule *policy_rule(const struct policy *p, unsigned int opcode)
{
	unsigned int i;

	for (i = 0; i < p->n_rules; i++)
		if (p->rules[i].opcode == opcode)
			return &p->rules[i];
	return NULL;
}

int policy_least(const struct policy *p, unsigned int opcode, unsigned int op_mod, unsigned int reg)
{
	const struct policy_rule *r = policy_rule(p, opcode);
	bool read = op_mod == POLICY_OP_MOD_READ;
	unsigned int i;
	int s, rs;

	if (!r)
		return POLICY_NEVER;
	s = r->scope;
	for (i = 0; i < r->n_overrides; i++)
		if (r->override_op_mod[i] == op_mod)
			s = r->override_scope[i];
	if (!r->by_register)
		return s;
	rs = read ? p->unknown_read : p->unknown_write;
	for (i = 0; i < p->n_regs; i++)
		if (p->regs[i].id == reg)
			rs = read ? p->regs[i].read : p->regs[i].write;
	return rs > s ? rs : s;
}
