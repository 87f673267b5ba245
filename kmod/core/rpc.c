// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * Firmware RPCs from user space: the default-deny policy (the generated
 * mlx5ctl_policy_table), scopes and tainting, uid stamping and delivery.
 *
 * Called with the device's rwsem held for read, its ops present and the
 * file's user context created (main.c).
 */
#include <linux/bitops.h>
#include <linux/capability.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/moduleparam.h>
#include <linux/overflow.h>
#include <linux/panic.h>
#include <linux/sched.h>
#include <linux/security.h>
#include <linux/seq_buf.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>

#include "mlx5ctl/ifc.h"
#include "mlx5ctl/policy.h"
#include "core.h"

/*
 * Mailboxes whose input and output fit in this many bytes together stay on
 * the stack, so that small commands (NOP, most register reads) cost no
 * allocation.
 */
#define MLX5CTL_RPC_STACK_LEN 256

static unsigned int cmdrpc_scope = MLX5CTL_RPC_DEBUG_READ_ONLY;

static int cmdrpc_scope_set(const char *val, const struct kernel_param *kp)
{
	return param_set_uint_minmax(val, kp, MLX5CTL_RPC_CONFIGURATION,
				     MLX5CTL_RPC_DEBUG_WRITE_FULL);
}

static const struct kernel_param_ops cmdrpc_scope_ops = {
	.set = cmdrpc_scope_set,
	.get = param_get_uint,
};

module_param_cb(cmdrpc_scope, &cmdrpc_scope_ops, &cmdrpc_scope, 0644);
MODULE_PARM_DESC(cmdrpc_scope,
		 "Scope the V4 CMDRPC ioctl runs at (0 configuration, 1 debug read-only, 2 debug write, 3 debug write full; default 1)");

/* Set once the first mutating RPC has tainted the kernel. */
static unsigned long mlx5ctl_tainted;

static struct device *mlx5ctl_dev_device(struct mlx5ctl_dev *mdev)
{
	return &mdev->madev->adev.dev;
}

/* As mlx5_core reads firmware statuses, but NO_RES as "device full". */
static int mlx5ctl_status_to_errno(u8 status)
{
	switch (status) {
	case MLX5CTL_CMD_STATUS_OK:
		return 0;
	case MLX5CTL_CMD_STATUS_BAD_OP:
	case MLX5CTL_CMD_STATUS_BAD_PARAM:
	case MLX5CTL_CMD_STATUS_BAD_RES:
	case MLX5CTL_CMD_STATUS_BAD_RES_STATE:
	case MLX5CTL_CMD_STATUS_IX_ERR:
		return -EINVAL;
	case MLX5CTL_CMD_STATUS_RES_BUSY:
		return -EBUSY;
	case MLX5CTL_CMD_STATUS_NOT_READY:
		return -EAGAIN;
	case MLX5CTL_CMD_STATUS_LIM_ERR:
		return -ENOMEM;
	case MLX5CTL_CMD_STATUS_NO_RES:
		return -ENOSPC;
	default:
		return -EIO;
	}
}

/**
 * mlx5ctl_exec() - Run a command the driver itself issues
 * @mdev: The device, ops present
 * @in: Input mailbox
 * @inlen: Its length
 * @out: Output mailbox
 * @outlen: Its length
 *
 * Unlike a user RPC, a firmware error here is the caller's failure too.
 *
 * Return: 0, the provider's delivery errno, or the errno a firmware status
 * stands for (e.g. -ENOSPC when the device has no room for the object).
 */
int mlx5ctl_exec(struct mlx5ctl_dev *mdev, const void *in, size_t inlen,
		 void *out, size_t outlen)
{
	u8 status;
	int ret;

	ret = mdev->ops->exec(mdev->madev, in, inlen, out, outlen);
	if (ret)
		return ret;
	status = MLX5CTL_GET(mbox_out, out, status);
	if (status)
		dev_dbg(mlx5ctl_dev_device(mdev),
			"command 0x%x failed: status 0x%x syndrome 0x%x\n",
			MLX5CTL_GET(mbox_in, in, opcode), status,
			MLX5CTL_GET(mbox_out, out, syndrome));
	return mlx5ctl_status_to_errno(status);
}

/*
 * Binary search over the table sorted by opcode; open-coded rather than
 * bsearch() so the RPC fast path makes no indirect (retpolined) calls.
 */
static const struct mlx5ctl_cmd_policy *mlx5ctl_policy_find(u16 opcode)
{
	unsigned int lo = 0, hi = mlx5ctl_policy_table_len;

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;
		const struct mlx5ctl_cmd_policy *pol = &mlx5ctl_policy_table[mid];

		if (opcode == pol->opcode)
			return pol;
		if (opcode < pol->opcode)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* The register a register access names, from the table sorted by id. */
static const struct mlx5ctl_reg_policy *mlx5ctl_reg_find(const void *in)
{
	u16 id = MLX5CTL_GET(access_register_in, in, register_id);
	unsigned int lo = 0, hi = mlx5ctl_reg_policy_table_len;

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;
		const struct mlx5ctl_reg_policy *reg = &mlx5ctl_reg_policy_table[mid];

		if (id == reg->id)
			return reg;
		if (id < reg->id)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* Anything but a read is a write, for scope and for read-only files. */
static bool mlx5ctl_reg_is_read(const void *in)
{
	return MLX5CTL_GET(access_register_in, in, op_mod) ==
	       MLX5CTL_ACCESS_REG_OP_MOD_READ;
}

/*
 * ACCESS_REG's register: the least scope for the direction, from the
 * generated table; a register it lacks reads at debug-read-only and writes
 * only at debug-write-full.
 */
static unsigned int mlx5ctl_reg_scope(const void *in, const char **name)
{
	const struct mlx5ctl_reg_policy *reg = mlx5ctl_reg_find(in);
	bool read = mlx5ctl_reg_is_read(in);

	if (reg) {
		*name = reg->name;
		return read ? reg->read : reg->write;
	}
	*name = "an unknown register";
	return read ? MLX5CTL_REG_UNKNOWN_READ : MLX5CTL_REG_UNKNOWN_WRITE;
}

/*
 * Whether bit @bit (the PRM's numbering: 0 is the most significant bit of
 * byte 0) of the @len-byte mailbox @in is set; a bit past its end counts as
 * set, so a read too short to show its clear bit is not taken for a read.
 */
static bool mlx5ctl_bit_set(const u8 *in, u32 len, u32 bit)
{
	if (bit / 8 >= len)
		return true;
	return in[bit / 8] & (0x80 >> (bit % 8));
}

/*
 * Whether the command in @in only reads the device, for a file opened
 * read-only: a command the schema marks a read, or a register access with
 * op_mod read of a register the schema knows; either with its clear bit, if
 * it has one, unset (a read that clears counters changes what others see).
 * A register the schema does not know is not read from such a file: its
 * reads may have side effects nobody has vouched for.
 */
static bool mlx5ctl_policy_reads(const struct mlx5ctl_cmd_policy *pol,
				 const void *in, u32 inlen)
{
	const struct mlx5ctl_reg_policy *reg;

	if (!pol->by_register)
		return pol->reads &&
		       !(pol->clears && mlx5ctl_bit_set(in, inlen, pol->clear_bit));
	reg = mlx5ctl_reg_find(in);
	if (!reg || !mlx5ctl_reg_is_read(in))
		return false;
	return !(reg->clears &&
		 mlx5ctl_bit_set(in, inlen,
				 __mlx5ctl_bit_off(access_register_in, register_data) +
				 reg->clear_bit));
}

static unsigned int mlx5ctl_policy_scope(const struct mlx5ctl_cmd_policy *pol,
					 u16 op_mod)
{
	unsigned int i;

	for (i = 0; i < pol->n_overrides; i++)
		if (pol->overrides[i].op_mod == op_mod)
			return pol->overrides[i].scope;
	return pol->scope;
}

/**
 * mlx5ctl_allowed_scopes() - The scopes the caller may ask for
 *
 * Return: bit (1 << scope) for each; DEBUG_WRITE_FULL only with CAP_SYS_RAWIO.
 */
u32 mlx5ctl_allowed_scopes(void)
{
	u32 scopes = BIT(MLX5CTL_RPC_CONFIGURATION) |
		     BIT(MLX5CTL_RPC_DEBUG_READ_ONLY) |
		     BIT(MLX5CTL_RPC_DEBUG_WRITE);

	/* A query, not a use of the privilege: do not audit it. */
	if (ns_capable_noaudit(&init_user_ns, CAP_SYS_RAWIO))
		scopes |= BIT(MLX5CTL_RPC_DEBUG_WRITE_FULL);
	return scopes;
}

/*
 * The bounds of one way in: the V4 CMDRPC answers EINVAL to a mailbox
 * shorter than a command header or longer than V4's bound, as V4 did; the
 * scoped RPC EMSGSIZE to one longer than fwctl's; FWCTL_RPC EMSGSIZE to both,
 * as fwctl and its mlx5 driver do.
 */
struct mlx5ctl_rpc_limits {
	u32 max_len;
	int too_short;
	int too_long;
};

static const struct mlx5ctl_rpc_limits mlx5ctl_cmdrpc_limits = {
	.max_len = MLX5CTL_CMDRPC_MAX_LEN,
	.too_short = -EINVAL,
	.too_long = -EINVAL,
};

static const struct mlx5ctl_rpc_limits mlx5ctl_rpc_limits = {
	.max_len = MLX5CTL_RPC_MAX_LEN,
	.too_short = -EINVAL,
	.too_long = -EMSGSIZE,
};

/*
 * Kernel lockdown, as fwctl means its scopes: configuring the device and
 * reading its debug state (which holds no secrets) stay possible at every
 * lockdown level; writing debug state may take the device where the kernel
 * cannot vouch for it, a way around lockdown like raw PCI access, so both
 * debug-write scopes are refused from the integrity level on, whatever the
 * caller's capabilities. Umems stay: they pin the caller's own memory for
 * the device's writes, which the commands allowed here direct.
 */
static int mlx5ctl_lockdown_check(unsigned int scope)
{
	if (scope < MLX5CTL_RPC_DEBUG_WRITE)
		return 0;
	return security_locked_down(LOCKDOWN_PCI_ACCESS);
}

/* fwctl's scopes are ours: the policy table speaks of both. */
static_assert((int)FWCTL_RPC_CONFIGURATION == (int)MLX5CTL_RPC_CONFIGURATION &&
	      (int)FWCTL_RPC_DEBUG_READ_ONLY == (int)MLX5CTL_RPC_DEBUG_READ_ONLY &&
	      (int)FWCTL_RPC_DEBUG_WRITE == (int)MLX5CTL_RPC_DEBUG_WRITE &&
	      (int)FWCTL_RPC_DEBUG_WRITE_FULL == (int)MLX5CTL_RPC_DEBUG_WRITE_FULL);

static const struct mlx5ctl_rpc_limits mlx5ctl_fwctl_limits = {
	.max_len = MLX5CTL_RPC_MAX_LEN,
	.too_short = -EMSGSIZE,
	.too_long = -EMSGSIZE,
};

/*
 * Returns 0 when the command in @in may run at @scope with these lengths.
 *
 * A command that is not in the table, or needs a higher scope than the
 * request's, fails with EBADMSG rather than EPERM, as in fwctl: the caller
 * may well hold every privilege; it is the message that is not acceptable
 * (at this scope, or ever). EPERM stays reserved for a missing privilege
 * (DEBUG_WRITE_FULL without CAP_SYS_RAWIO), so user space can tell the two
 * apart. A file opened without write access sends only reads
 * (mlx5ctl_policy_reads()); anything else is EBADF, as a write to a file
 * opened read-only is.
 */
static int mlx5ctl_policy_check(struct mlx5ctl_dev *mdev, const void *in,
				u32 inlen, u32 outlen, unsigned int scope,
				bool read_only)
{
	u16 opcode = MLX5CTL_GET(mbox_in, in, opcode);
	const struct mlx5ctl_cmd_policy *pol;

	pol = mlx5ctl_policy_find(opcode);
	if (!pol) {
		dev_dbg(mlx5ctl_dev_device(mdev),
			"%s(%d): opcode 0x%x is not allowed\n",
			current->comm, task_pid_nr(current), opcode);
		return -EBADMSG;
	}
	if (mlx5ctl_policy_scope(pol, MLX5CTL_GET(mbox_in, in, op_mod)) > scope) {
		dev_dbg(mlx5ctl_dev_device(mdev),
			"%s(%d): %s is not allowed at scope %u\n",
			current->comm, task_pid_nr(current), pol->name, scope);
		return -EBADMSG;
	}
	/* register_id lies in the first 16 bytes, which every mailbox has. */
	if (pol->by_register) {
		const char *reg;

		if (mlx5ctl_reg_scope(in, &reg) > scope) {
			dev_dbg(mlx5ctl_dev_device(mdev),
				"%s(%d): %s of %s is not allowed at scope %u\n",
				current->comm, task_pid_nr(current), pol->name,
				reg, scope);
			return -EBADMSG;
		}
	}
	if (inlen < pol->min_inlen || outlen < pol->min_outlen)
		return -EINVAL;
	if (read_only && !mlx5ctl_policy_reads(pol, in, inlen)) {
		dev_dbg(mlx5ctl_dev_device(mdev),
			"%s(%d): %s writes, from a file opened read-only\n",
			current->comm, task_pid_nr(current), pol->name);
		return -EBADF;
	}
	return 0;
}

/*
 * fwctl taints with TAINT_FWCTL, which kernels before 6.15 lack; TAINT_USER
 * is its kin. The words are fwctl's, for whoever greps logs for them.
 */
static void mlx5ctl_taint(struct mlx5ctl_dev *mdev, unsigned int scope)
{
	if (test_and_set_bit(0, &mlx5ctl_tainted))
		return;
	dev_warn(mlx5ctl_dev_device(mdev),
		 "%s(%d): has requested full access to the physical device (firmware RPC at scope %u), tainting the kernel\n",
		 current->comm, task_pid_nr(current), scope);
	add_taint(TAINT_USER, LOCKDEP_STILL_OK);
}

static int mlx5ctl_do_rpc(struct mlx5ctl_file *mfile, unsigned int scope,
			  u64 uin, u32 inlen, u64 uout, u32 outlen,
			  const struct mlx5ctl_rpc_limits *lim)
{
	/*
	 * Not zeroed on entry (INIT_STACK_ALL_ZERO would): the input is
	 * copied over and the output cleared below, and the gap between the
	 * two never leaves the kernel.
	 */
	u8 stack_buf[MLX5CTL_RPC_STACK_LEN] __aligned(8) __uninitialized;
	struct mlx5ctl_dev *mdev = mfile->mdev;
	size_t out_off, buf_len;
	void *buf, *out;
	int ret;

	if (inlen < MLX5CTL_CMDRPC_MIN_LEN || outlen < MLX5CTL_CMDRPC_MIN_LEN)
		return lim->too_short;
	if (inlen > lim->max_len || outlen > lim->max_len)
		return lim->too_long;
	if (scope == MLX5CTL_RPC_DEBUG_WRITE_FULL && !capable(CAP_SYS_RAWIO))
		return -EPERM;
	ret = mlx5ctl_lockdown_check(scope);
	if (ret)
		return ret;

	/* One buffer: the input, then the output at an aligned offset. */
	out_off = ALIGN(inlen, 8);
	buf_len = size_add(out_off, outlen);
	if (buf_len <= sizeof(stack_buf)) {
		buf = stack_buf;
	} else {
		/* No zeroing: the input is copied over, the output cleared. */
		buf = kvmalloc(buf_len, GFP_KERNEL_ACCOUNT);
		if (!buf)
			return -ENOMEM;
	}
	out = buf + out_off;

	if (copy_from_user(buf, u64_to_user_ptr(uin), inlen)) {
		ret = -EFAULT;
		goto out_free;
	}
	ret = mlx5ctl_policy_check(mdev, buf, inlen, outlen, scope,
				   mfile->read_only);
	if (ret)
		goto out_free;
	if (scope >= MLX5CTL_RPC_DEBUG_WRITE)
		mlx5ctl_taint(mdev, scope);

	/* Whatever user space wrote, the command runs under this file's uid. */
	MLX5CTL_SET(mbox_in, buf, uid, mfile->uid);
	/* The provider need not fill all of @out; never leak old memory. */
	memset(out, 0, outlen);

	ret = mdev->ops->exec(mdev->madev, buf, inlen, out, outlen);
	if (ret) {
		/*
		 * -EINTR means a signal ended the wait before the command was
		 * delivered (provider.h), so the syscall can safely restart.
		 */
		if (ret == -EINTR)
			ret = -ERESTARTSYS;
		goto out_free;
	}
	/* A firmware error is in the outbox: still a successful ioctl. */
	if (copy_to_user(u64_to_user_ptr(uout), out, outlen))
		ret = -EFAULT;

out_free:
	if (buf != stack_buf)
		kvfree(buf);
	return ret;
}

/**
 * mlx5ctl_cmdrpc() - Run a V4 CMDRPC at the cmdrpc_scope module parameter
 * @mfile: The file, whose uid the command runs under
 * @rpc: The caller's argument, copied in
 *
 * Return: 0 when the firmware answered (its status is in the output
 * mailbox), else a negative errno: -EINVAL for lengths outside V4's bounds
 * or shorter than the command's layouts, -EBADMSG for a command not allowed at the scope, -EPERM
 * for DEBUG_WRITE_FULL without CAP_SYS_RAWIO, -EFAULT, -ENOMEM, or the
 * provider's delivery error (-EINTR becoming -ERESTARTSYS).
 */
int mlx5ctl_cmdrpc(struct mlx5ctl_file *mfile, struct mlx5ctl_cmdrpc *rpc)
{
	return mlx5ctl_do_rpc(mfile, READ_ONCE(cmdrpc_scope), rpc->in,
			      rpc->inlen, rpc->out, rpc->outlen,
			      &mlx5ctl_cmdrpc_limits);
}

/**
 * mlx5ctl_rpc() - Run a scoped RPC
 * @mfile: The file, whose uid the command runs under
 * @rpc: The caller's argument, copied in and size-checked
 *
 * Return: as mlx5ctl_cmdrpc(), but -EMSGSIZE for a mailbox longer than
 * fwctl's bound, and -EOPNOTSUPP for an unknown scope.
 */
int mlx5ctl_rpc(struct mlx5ctl_file *mfile, struct mlx5ctl_rpc *rpc)
{
	if (rpc->scope > MLX5CTL_RPC_DEBUG_WRITE_FULL)
		return -EOPNOTSUPP;
	return mlx5ctl_do_rpc(mfile, rpc->scope, rpc->in, rpc->inlen,
			      rpc->out, rpc->outlen, &mlx5ctl_rpc_limits);
}

/**
 * mlx5ctl_fwctl_rpc() - Run fwctl's FWCTL_RPC
 * @mfile: The file, whose uid the command runs under
 * @rpc: The caller's argument, copied in and size-checked; @rpc->out_len
 *	becomes the length of the answer (the whole output mailbox)
 *
 * Return: as mlx5ctl_rpc(), but -EMSGSIZE for a mailbox shorter than a
 * command header too, as fwctl's mlx5 driver answers.
 */
int mlx5ctl_fwctl_rpc(struct mlx5ctl_file *mfile, struct fwctl_rpc *rpc)
{
	if (rpc->scope > FWCTL_RPC_DEBUG_WRITE_FULL)
		return -EOPNOTSUPP;
	return mlx5ctl_do_rpc(mfile, rpc->scope, rpc->in, rpc->in_len,
			      rpc->out, rpc->out_len, &mlx5ctl_fwctl_limits);
}

static const char *const mlx5ctl_scope_names[] = {
	[MLX5CTL_RPC_CONFIGURATION] = "configuration",
	[MLX5CTL_RPC_DEBUG_READ_ONLY] = "debug-read-only",
	[MLX5CTL_RPC_DEBUG_WRITE] = "debug-write",
	[MLX5CTL_RPC_DEBUG_WRITE_FULL] = "debug-write-full",
};

static const char *mlx5ctl_scope_name(unsigned int scope)
{
	return scope < ARRAY_SIZE(mlx5ctl_scope_names) ?
	       mlx5ctl_scope_names[scope] : "?";
}

/* The policy as text, made once at load (mlx5ctl_policy_text_init()). */
static char *mlx5ctl_policy_text;
static size_t mlx5ctl_policy_text_len;

/*
 * Every line of the policy the driver enforces, in the schema's names: what
 * `cat policy` shows a reviewer and `mlx5ctl policy` compares with its own
 * schema. One record per line, fields separated by spaces:
 *
 *	schema SHA256
 *	command OPCODE NAME SCOPE [by-register] [read [clears=BIT]]
 *	op_mod OPCODE OP_MOD SCOPE
 *	register ID NAME READ_SCOPE WRITE_SCOPE [clears=BIT]
 *	register unknown - READ_SCOPE WRITE_SCOPE
 *
 * "read": a file opened read-only may send it (by-register: with op_mod
 * read); "clears=BIT": unless that bit of its input (of a register's data)
 * is set.
 */
static void mlx5ctl_policy_format(struct seq_buf *s)
{
	unsigned int i, j;

	seq_buf_printf(s, "schema %*phN\n", (int)sizeof(mlx5ctl_schema_id),
		       mlx5ctl_schema_id);
	for (i = 0; i < mlx5ctl_policy_table_len; i++) {
		const struct mlx5ctl_cmd_policy *pol = &mlx5ctl_policy_table[i];

		seq_buf_printf(s, "command 0x%04x %s %s%s%s", pol->opcode,
			       pol->name, mlx5ctl_scope_name(pol->scope),
			       pol->by_register ? " by-register" : "",
			       pol->reads ? " read" : "");
		if (pol->clears)
			seq_buf_printf(s, " clears=0x%x", pol->clear_bit);
		seq_buf_printf(s, "\n");
		for (j = 0; j < pol->n_overrides; j++)
			seq_buf_printf(s, "op_mod 0x%04x 0x%04x %s\n",
				       pol->opcode, pol->overrides[j].op_mod,
				       mlx5ctl_scope_name(pol->overrides[j].scope));
	}
	for (i = 0; i < mlx5ctl_reg_policy_table_len; i++) {
		const struct mlx5ctl_reg_policy *reg = &mlx5ctl_reg_policy_table[i];

		seq_buf_printf(s, "register 0x%04x %s %s %s", reg->id,
			       reg->name, mlx5ctl_scope_name(reg->read),
			       mlx5ctl_scope_name(reg->write));
		if (reg->clears)
			seq_buf_printf(s, " clears=0x%x", reg->clear_bit);
		seq_buf_printf(s, "\n");
	}
	seq_buf_printf(s, "register unknown - %s %s\n",
		       mlx5ctl_scope_name(MLX5CTL_REG_UNKNOWN_READ),
		       mlx5ctl_scope_name(MLX5CTL_REG_UNKNOWN_WRITE));
}

/**
 * mlx5ctl_policy_text_init() - Render the policy once, for mlx5ctl_policy_read()
 *
 * Return: 0, or -ENOMEM.
 */
int mlx5ctl_policy_text_init(void)
{
	struct seq_buf s;
	size_t size = SZ_16K;

	/* The table only grows with the schema: retry with room to spare. */
	for (;;) {
		mlx5ctl_policy_text = kvmalloc(size, GFP_KERNEL);
		if (!mlx5ctl_policy_text)
			return -ENOMEM;
		seq_buf_init(&s, mlx5ctl_policy_text, size);
		mlx5ctl_policy_format(&s);
		if (!seq_buf_has_overflowed(&s))
			break;
		kvfree(mlx5ctl_policy_text);
		size *= 2;
	}
	mlx5ctl_policy_text_len = seq_buf_used(&s);
	return 0;
}

void mlx5ctl_policy_text_exit(void)
{
	kvfree(mlx5ctl_policy_text);
}

/**
 * mlx5ctl_policy_read() - Read part of the policy text
 * @buf: Where to copy it
 * @off: Offset in the text
 * @count: Room in @buf
 *
 * Return: bytes copied, 0 at the end.
 */
ssize_t mlx5ctl_policy_read(char *buf, loff_t off, size_t count)
{
	return memory_read_from_buffer(buf, count, &off, mlx5ctl_policy_text,
				       mlx5ctl_policy_text_len);
}
