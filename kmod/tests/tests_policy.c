// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * The whole policy table, as the driver publishes it in sysfs (policy) and
 * enforces it: every command allowed at its least scope and refused one scope
 * below (per op_mod override too), every opcode outside the table refused at
 * every scope, every register's read and write scope in both directions, and
 * the rule for registers the table does not know. The Java guest suite checks
 * the published table against the schema; these cases check that the driver
 * decides as it publishes.
 *
 * They run on a device of their own: mailboxes of zeroes at debug-write
 * scopes change simulated state (diagnostic parameters, port registers).
 */
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <grp.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "policy.h"
#include "tests.h"

/* Room for any command's least input (SET_HCA_CAP: 4112 bytes) and output. */
#define POLICY_BUF 8192

/* Reads device @id's policy; ends the case if it does not parse. */
static void read_policy(unsigned int id, struct policy *p)
{
	char err[320];

	CHECK(!policy_read(id, p, err, sizeof(err)), "%s", err);
}

static bool overridden(const struct policy_rule *r, unsigned int op_mod)
{
	unsigned int i;

	for (i = 0; i < r->n_overrides; i++)
		if (r->override_op_mod[i] == op_mod)
			return true;
	return false;
}

/*
 * One RPC of opcode/op_mod (register @reg for register accesses) at @scope,
 * @len bytes each way (the rest of the input zero): 0 or the errno.
 */
static int try_rpc_len(int fd, unsigned int opcode, unsigned int op_mod, unsigned int reg, int scope,
		       uint32_t len)
{
	static unsigned char in[POLICY_BUF], out[POLICY_BUF];

	memset(in, 0, len);
	PRM_SET(mbox_in, in, opcode, opcode);
	PRM_SET(mbox_in, in, op_mod, op_mod);
	PRM_SET(access_register_in, in, register_id, reg);
	if (rpc(fd, scope, in, len, out, len))
		return errno;
	return 0;
}

/* Long enough for every command's least mailboxes. */
static int try_rpc(int fd, unsigned int opcode, unsigned int op_mod, unsigned int reg, int scope)
{
	return try_rpc_len(fd, opcode, op_mod, reg, scope, POLICY_BUF);
}

/* Allowed at @least (the firmware answers: the ioctl succeeds), EBADMSG one below. */
static void check_least(int fd, const char *what, unsigned int opcode, unsigned int op_mod,
			unsigned int reg, int least)
{
	int err = try_rpc(fd, opcode, op_mod, reg, least);

	CHECK(!err, "%s (op_mod %#x, register %#x) at its scope %d: %s", what, op_mod, reg, least,
	      errname(err));
	if (least > MLX5CTL_RPC_CONFIGURATION) {
		err = try_rpc(fd, opcode, op_mod, reg, least - 1);
		CHECK(err == EBADMSG, "%s (op_mod %#x, register %#x) at scope %d: %s, want EBADMSG",
		      what, op_mod, reg, least - 1, err ? errname(err) : "allowed");
	}
}

static void with_policy_device(void (*fn)(int fd, const struct policy *p))
{
	static struct policy p;
	int fd;

	create_dev(DEV_POLICY);
	read_policy(DEV_POLICY, &p);
	fd = open_dev(DEV_POLICY);
	fn(fd, &p);
	close(fd);
	remove_dev(DEV_POLICY);
}

static void every_command(int fd, const struct policy *p)
{
	unsigned int i, j, base_op_mod;

	/* upstream's mlx5 allow-list is 94 opcodes; ours has them all and more. */
	CHECK(p->n_rules >= 94, "the policy has %u commands", p->n_rules);
	for (i = 0; i < p->n_rules; i++) {
		const struct policy_rule *r = &p->rules[i];
		int least = r->scope;

		/* An op_mod without an override: for register accesses, a read. */
		base_op_mod = r->by_register ? MLX5CTL_ACCESS_REG_OP_MOD_READ : 0;
		while (overridden(r, base_op_mod))
			base_op_mod++;
		if (r->by_register && p->unknown_read > least)
			least = p->unknown_read;
		check_least(fd, r->name, r->opcode, base_op_mod, 0, least);
		for (j = 0; j < r->n_overrides; j++) {
			least = r->override_scope[j];
			if (r->by_register && r->override_op_mod[j] != MLX5CTL_ACCESS_REG_OP_MOD_READ &&
			    p->unknown_write > least)
				least = p->unknown_write;
			check_least(fd, r->name, r->opcode, r->override_op_mod[j], 0, least);
		}
	}
}

static void policy_every_command_allowed_at_its_scope_refused_below(void)
{
	with_policy_device(every_command);
}

static void every_other_opcode(int fd, const struct policy *p)
{
	unsigned int opcode, i = 0, refused = 0;
	int scope, err;

	for (opcode = 0; opcode <= 0xffff; opcode++) {
		if (i < p->n_rules && p->rules[i].opcode == opcode) {
			i++;
			continue;
		}
		/*
		 * The lowest and the highest scope: refused at the highest,
		 * it is refused at all. A header's length: the table is
		 * consulted before the command's own lengths.
		 */
		for (scope = MLX5CTL_RPC_CONFIGURATION; scope <= MLX5CTL_RPC_DEBUG_WRITE_FULL; scope += 3) {
			err = try_rpc_len(fd, opcode, 0, 0, scope, PRM_SZ(mbox_in));
			CHECK(err == EBADMSG, "opcode %#x outside the policy at scope %d: %s, want EBADMSG",
			      opcode, scope, err ? errname(err) : "allowed");
			refused++;
		}
	}
	CHECK(i == p->n_rules, "the policy's commands are not sorted by opcode (%u of %u seen)", i,
	      p->n_rules);
	CHECK(refused == 2 * (0x10000 - p->n_rules), "%u refusals", refused);
}

static void policy_every_opcode_outside_the_table_refused(void)
{
	with_policy_device(every_other_opcode);
}

static const struct policy_rule *register_access(const struct policy *p)
{
	unsigned int i;

	for (i = 0; i < p->n_rules; i++)
		if (p->rules[i].opcode == MLX5CTL_CMD_OP_ACCESS_REG)
			return &p->rules[i];
	CHECK(0, "ACCESS_REG is not in the policy");
	return NULL;
}

static void every_register(int fd, const struct policy *p)
{
	const struct policy_rule *reg_cmd = register_access(p);
	int write_cmd = MLX5CTL_RPC_CONFIGURATION;
	unsigned int i, j, unknown = 0x1234;

	CHECK(reg_cmd->by_register, "ACCESS_REG is not held to the register policy");
	for (j = 0; j < reg_cmd->n_overrides; j++)
		if (reg_cmd->override_op_mod[j] == MLX5CTL_ACCESS_REG_OP_MOD_WRITE)
			write_cmd = reg_cmd->override_scope[j];
	CHECK(p->n_regs >= 8, "the policy has %u registers", p->n_regs);
	for (i = 0; i < p->n_regs; i++) {
		const struct policy_reg *r = &p->regs[i];

		CHECK(r->id != unknown, "register %#x is the one this case takes as unknown", r->id);
		check_least(fd, r->name, MLX5CTL_CMD_OP_ACCESS_REG, MLX5CTL_ACCESS_REG_OP_MOD_READ, r->id,
			    r->read > reg_cmd->scope ? r->read : reg_cmd->scope);
		check_least(fd, r->name, MLX5CTL_CMD_OP_ACCESS_REG, MLX5CTL_ACCESS_REG_OP_MOD_WRITE, r->id,
			    r->write > write_cmd ? r->write : write_cmd);
	}
	/* A register the table lacks: reads at debug-read-only, writes only at debug-write-full. */
	CHECK(p->unknown_read == MLX5CTL_RPC_DEBUG_READ_ONLY &&
	      p->unknown_write == MLX5CTL_RPC_DEBUG_WRITE_FULL,
	      "unknown registers: read %d write %d", p->unknown_read, p->unknown_write);
	check_least(fd, "an unknown register", MLX5CTL_CMD_OP_ACCESS_REG,
		    MLX5CTL_ACCESS_REG_OP_MOD_READ, unknown, MLX5CTL_RPC_DEBUG_READ_ONLY);
	check_least(fd, "an unknown register", MLX5CTL_CMD_OP_ACCESS_REG,
		    MLX5CTL_ACCESS_REG_OP_MOD_WRITE, unknown, MLX5CTL_RPC_DEBUG_WRITE_FULL);
	/* ACCESS_REGISTER_USER is held to the same rule. */
	check_least(fd, "ACCESS_REGISTER_USER of an unknown register", MLX5CTL_CMD_OP_ACCESS_REGISTER_USER,
		    MLX5CTL_ACCESS_REG_OP_MOD_WRITE, unknown, MLX5CTL_RPC_DEBUG_WRITE_FULL);
}

static void policy_every_register_in_both_directions(void)
{
	with_policy_device(every_register);
}

/* Device @id's node of one door, opened for reading only. */
static int open_read_only(unsigned int id, bool fwctl)
{
	char path[256];
	int fd;

	if (fwctl)
		CHECK(!fwctl_node(id, path, sizeof(path)), "device %u has no fwctl node", id);
	else
		dev_node(id, path, sizeof(path));
	fd = open(path, O_RDONLY | O_CLOEXEC);
	CHECK(fd >= 0, "open %s read-only: %s", path, errname(errno));
	return fd;
}

/* One RPC through either door, the input's bit @set (if not -1) set: 0 or the errno. */
static int try_door(int fd, bool fwctl, unsigned int opcode, unsigned int op_mod, unsigned int reg, int scope,
		    long set)
{
	static unsigned char in[POLICY_BUF], out[POLICY_BUF];

	memset(in, 0, sizeof(in));
	PRM_SET(mbox_in, in, opcode, opcode);
	PRM_SET(mbox_in, in, op_mod, op_mod);
	PRM_SET(access_register_in, in, register_id, reg);
	if (set >= 0)
		in[set / 8] |= 0x80 >> (set % 8);
	if (fwctl ? fwctl_rpc(fd, scope, in, sizeof(in), out, sizeof(out), NULL) :
		    rpc(fd, scope, in, sizeof(in), out, sizeof(out)))
		return errno;
	return 0;
}

static void expect(int err, int want, const char *what, unsigned int op_mod, unsigned int reg)
{
	CHECK(err == want, "read-only file, %s (op_mod %#x, register %#x): %s, want %s", what, op_mod, reg,
	      err ? errname(err) : "allowed", want ? errname(want) : "allowed");
}

/*
 * A file opened without write access sends what the published table marks
 * "read" and nothing else (EBADF): every command at its least scope, every
 * register in both directions, each clear bit set, through either door; and
 * it registers no umem.
 */
static void read_only(int rw, const struct policy *p)
{
	unsigned int i, j, data_bit = PRM_OFF(access_register_in, register_data);
	const struct policy_rule *reg_cmd = register_access(p);
	int door, fd, least;
	uint32_t umem_id;
	void *page;

	for (door = 0; door < 2; door++) {
		fd = open_read_only(DEV_POLICY, door);
		for (i = 0; i < p->n_rules; i++) {
			const struct policy_rule *r = &p->rules[i];
			unsigned int op_mod = r->by_register ? MLX5CTL_ACCESS_REG_OP_MOD_READ : 0;

			while (!r->by_register && overridden(r, op_mod))
				op_mod++;
			least = r->by_register && p->unknown_read > r->scope ? p->unknown_read : r->scope;
			/* A register access of a register the table lacks is no read either. */
			expect(try_door(fd, door, r->opcode, op_mod, 0, least, -1),
			       r->reads ? 0 : EBADF, r->name, op_mod, 0);
			if (r->clears)
				expect(try_door(fd, door, r->opcode, op_mod, 0, least, r->clear_bit), EBADF,
				       r->name, op_mod, 0);
		}
		for (i = 0; i < p->n_regs; i++) {
			const struct policy_reg *g = &p->regs[i];

			least = g->read > reg_cmd->scope ? g->read : reg_cmd->scope;
			expect(try_door(fd, door, MLX5CTL_CMD_OP_ACCESS_REG, MLX5CTL_ACCESS_REG_OP_MOD_READ,
					g->id, least, -1), 0, g->name, MLX5CTL_ACCESS_REG_OP_MOD_READ, g->id);
			if (g->clears)
				expect(try_door(fd, door, MLX5CTL_CMD_OP_ACCESS_REG,
						MLX5CTL_ACCESS_REG_OP_MOD_READ, g->id, least,
						data_bit + g->clear_bit), EBADF, g->name,
				       MLX5CTL_ACCESS_REG_OP_MOD_READ, g->id);
			for (j = 0; j < reg_cmd->n_overrides; j++)
				if (reg_cmd->override_op_mod[j] != MLX5CTL_ACCESS_REG_OP_MOD_READ)
					expect(try_door(fd, door, MLX5CTL_CMD_OP_ACCESS_REG,
							reg_cmd->override_op_mod[j], g->id,
							MLX5CTL_RPC_DEBUG_WRITE_FULL, -1),
					       EBADF, g->name, reg_cmd->override_op_mod[j], g->id);
		}
		page = map_pages(4096, PROT_READ | PROT_WRITE);
		CHECK(umem_reg(fd, page, 4096, &umem_id) && errno == EBADF,
		      "UMEM_REG from a read-only file: %s, want EBADF", errname(errno));
		munmap(page, 4096);
		close(fd);
	}
	/* The same commands from the read-write file: the firmware answers them. */
	CHECK(!try_door(rw, false, MLX5CTL_CMD_OP_SET_HCA_CAP, 0, 0, MLX5CTL_RPC_CONFIGURATION, -1),
	      "SET_HCA_CAP from a read-write file refused");
}

static void policy_a_read_only_file_sends_only_reads(void)
{
	with_policy_device(read_only);
}

/*
 * The opt-in read-only group of the udev rule: its members can open the
 * node for reading (0640, that group) and query, never for writing. A child
 * drops to nobody in group 4242; its exit status says where it stopped.
 */
static void policy_a_group_member_opens_for_reading_only(void)
{
	enum { OK, RW_OPENED, RO_FAILED, QUERY_FAILED, SET_NOT_EBADF, DROP_FAILED };
	static const char *const said[] = {
		"ok", "opened read-write", "cannot open read-only", "QUERY_HCA_CAP refused",
		"SET_HCA_CAP not EBADF", "cannot drop to nobody",
	};
	const gid_t group = 4242;
	char path[256];
	int status, fd;
	pid_t pid;

	dev_node(DEV0, path, sizeof(path));
	CHECK(!chown(path, 0, group) && !chmod(path, 0640), "chown/chmod %s: %s", path, errname(errno));
	pid = fork();
	if (!pid) {
		if (setgroups(1, &group) || setgid(65534) || setuid(65534))
			_exit(DROP_FAILED);
		fd = open(path, O_RDWR);
		if (fd >= 0 || errno != EACCES)
			_exit(RW_OPENED);
		fd = open(path, O_RDONLY);
		if (fd < 0)
			_exit(RO_FAILED);
		if (try_door(fd, false, MLX5CTL_CMD_OP_QUERY_HCA_CAP, 1, 0, MLX5CTL_RPC_CONFIGURATION, -1))
			_exit(QUERY_FAILED);
		if (try_door(fd, false, MLX5CTL_CMD_OP_SET_HCA_CAP, 1, 0, MLX5CTL_RPC_CONFIGURATION, -1) != EBADF)
			_exit(SET_NOT_EBADF);
		_exit(OK);
	}
	CHECK(pid > 0, "fork: %s", errname(errno));
	CHECK(waitpid(pid, &status, 0) == pid, "waitpid: %s", errname(errno));
	CHECK(!chown(path, 0, 0) && !chmod(path, 0600), "restore %s: %s", path, errname(errno));
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == OK, "the group member: %s",
	      WIFEXITED(status) && WEXITSTATUS(status) <= DROP_FAILED ? said[WEXITSTATUS(status)] : "crashed");
}

/* The table the policy file shows is the one DEVICE_INFO names. */
static void policy_file_names_the_drivers_schema(void)
{
	static struct policy p;
	struct mlx5ctl_device_info di;
	char hex[65];
	unsigned int i;
	int fd = open_dev(DEV0);

	read_policy(DEV0, &p);
	CHECK_OK(device_info(fd, &di));
	for (i = 0; i < sizeof(di.schema_id); i++)
		snprintf(hex + 2 * i, 3, "%02x", di.schema_id[i]);
	CHECK(!strcmp(hex, p.schema), "policy schema %s, DEVICE_INFO %s", p.schema, hex);
	close(fd);
}

const struct test_case policy_cases[] = {
	TEST(policy_file_names_the_drivers_schema, 30),
	TEST(policy_every_command_allowed_at_its_scope_refused_below, 120),
	TEST(policy_every_opcode_outside_the_table_refused, 300),
	TEST(policy_every_register_in_both_directions, 60),
	TEST(policy_a_read_only_file_sends_only_reads, 120),
	TEST(policy_a_group_member_opens_for_reading_only, 30),
};
const unsigned int policy_cases_len = sizeof(policy_cases) / sizeof(policy_cases[0]);
