// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * mlx5ctl-fuzz: random ioctls against every front door of the driver, with
 * chaos beside them, in the QEMU guest (run-guest-fuzz.sh). Never on the host.
 *
 *   mlx5ctl-fuzz [--seed N] [--seconds S] [--workers W] [--no-chaos] [--lockdown]
 *
 * Workers (forked processes, each with its own generator seeded from N) open
 * both nodes of the fuzz devices and send, by weight: mailboxes of every
 * opcode of the driver's policy (read from its sysfs policy file) and of
 * random opcodes, at random scopes, op_mods and registers, through the scoped
 * RPC, V4's CMDRPC and FWCTL_RPC; lengths around every bound; bad pointers
 * (NULL, kernel, unmapped, read-only); umems that overflow, are unmapped,
 * read-only, file-backed, munmapped after registration, unregistered twice or
 * by another file's id; ioctl numbers near and far from ours with random
 * sizes; forks that share the files. One worker generation in three runs
 * without capabilities. A chaos process removes and re-creates one device,
 * sets the simulator's fault knobs on it (fail_next with a random fail_status,
 * latency_us, hang, max_objects) and kills workers with SIGKILL, which are
 * then replaced; with --lockdown it raises the kernel's lockdown to
 * integrity for the last fifth of the run and to confidentiality for the
 * last tenth (for the rest of the boot: never in make test's smoke).
 *
 * Checked, not only survived:
 *  - the policy decides as the published table says: a mailbox of valid
 *    lengths is EBADMSG exactly when the table refuses it at that scope;
 *    debug-write-full without CAP_SYS_RAWIO, and both debug-write scopes
 *    under lockdown, are EPERM before any table;
 *  - no ENODEV from a device that was never removed;
 *  - once every file is closed: no open file, user context or umem in the
 *    core and no object in the simulator, on every device.
 * (The kernel's own checks, slub_debug and panic_on_warn, catch the rest; the
 * harness then requires both modules to unload.)
 *
 * The summary gives the ioctls per second and, per kind of call, how many
 * ended with each errno. A failure prints the seed and the command that
 * replays the run.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "prm.h"
#include "guest.h"
#include "policy.h"

/* Devices 40 and 41 stay; 42 is the chaos device, removed and re-created. */
#define DEV_STABLE0 40
#define DEV_STABLE1 41
#define DEV_CHAOS 42
#define NDEVS 3
#define MAX_WORKERS 16
#define BUF_LEN 8192
#define MAX_ERRNO 140

static const unsigned int devs[NDEVS] = { DEV_STABLE0, DEV_STABLE1, DEV_CHAOS };

/* Kinds of call, for the summary. */
enum kind {
	K_RPC, K_CMDRPC, K_FWCTL_RPC, K_INFO, K_FWCTL_INFO, K_UMEM_REG, K_UMEM_UNREG,
	K_DEVICE_INFO, K_RANDOM_IOCTL, K_OPEN, NR_KINDS,
};

static const char *const kind_names[NR_KINDS] = {
	"RPC", "CMDRPC", "FWCTL_RPC", "INFO", "FWCTL_INFO", "UMEM_REG", "UMEM_UNREG",
	"DEVICE_INFO", "random ioctl", "open",
};

/* Shared between the processes: counters and the first violation. */
struct shared {
	uint64_t calls[NR_KINDS][MAX_ERRNO + 1];
	uint64_t violations;
	char first[256];
	pid_t workers[MAX_WORKERS];
	volatile int stop;
	uint64_t slowest_ns;
	char slowest[160];
	/* 0, 1 while chaos raises lockdown, 2 once it is raised. */
	volatile int lockdown;
};

static struct shared *sh;

/* The policy the driver publishes; the fuzz checks the driver against it. */
static struct policy policy;

static uint64_t seed;
static unsigned int seconds = 60, n_workers = 2;
static bool chaos = true, lockdown;
/* This worker runs without capabilities. */
static bool no_caps;

/* xorshift64*: small, fast, and the same sequence for the same seed. */
static uint64_t rnd_state;

static uint64_t rnd(void)
{
	rnd_state ^= rnd_state >> 12;
	rnd_state ^= rnd_state << 25;
	rnd_state ^= rnd_state >> 27;
	return rnd_state * 0x2545f4914f6cdd1dull;
}

static uint32_t below(uint32_t n)
{
	return n ? rnd() % n : 0;
}

static void violation(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

static void violation(const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (__atomic_fetch_add(&sh->violations, 1, __ATOMIC_RELAXED) == 0)
		snprintf(sh->first, sizeof(sh->first), "%s", msg);
	fprintf(stderr, "mlx5ctl-fuzz: VIOLATION: %s\n", msg);
}

static void count(enum kind k, int ret)
{
	int e = ret < 0 ? errno : 0;

	if (e > MAX_ERRNO)
		e = MAX_ERRNO;
	__atomic_fetch_add(&sh->calls[k][e], 1, __ATOMIC_RELAXED);
}

/* The least scope the table lets the mailbox run at; POLICY_NEVER when it never may. */
static int least_scope(const void *in)
{
	return policy_least(&policy, PRM_GET(mbox_in, in, opcode), PRM_GET(mbox_in, in, op_mod),
			    PRM_GET(access_register_in, in, register_id));
}

/* ---- one worker ------------------------------------------------------- */

struct file {
	int fd;
	unsigned int dev;
	bool fwctl;
	uint32_t umems[8];
	unsigned int n_umems;
};

#define NFILES 6
static struct file files[NFILES];

/*
 * Mailboxes end where a PROT_NONE guard page begins: in_end and out_end. A
 * mailbox of length L starts at end - L, so a driver that read or wrote one
 * byte past L would fault, and the ioctl would fail with EFAULT although its
 * pointers and lengths were valid: a violation. Each area holds the uAPI's
 * largest mailbox.
 */
#define AREA_LEN (2u << 20)
static unsigned char *in_end, *out_end, *scratch, *ro_page, *bad_page;
static unsigned char mailbox[64];

static void file_open(struct file *f)
{
	f->dev = devs[below(NDEVS)];
	f->fwctl = below(2);
	f->n_umems = 0;
	f->fd = f->fwctl ? fwctl_open(f->dev) : dev_open(f->dev);
	count(K_OPEN, f->fd);
	if (f->fd < 0 && f->dev != DEV_CHAOS)
		violation("open of stable device %u (%s): %s", f->dev, f->fwctl ? "fwctl" : "misc",
			  strerror(errno));
	/*
	 * A V4 file's user context is made at its first ioctl, where the
	 * chaos device's injected faults may fail it; fwctl's is made at
	 * open. Make it now, so that every file in use has one and the
	 * policy's answers are never masked by its creation.
	 */
	if (f->fd >= 0 && !f->fwctl) {
		struct mlx5ctl_info i;
		int ret = info(f->fd, &i);

		count(K_INFO, ret);
		if (ret < 0) {
			if (f->dev != DEV_CHAOS)
				violation("INFO on a new file of stable device %u: %s", f->dev, strerror(errno));
			close(f->fd);
			f->fd = -1;
		}
	}
}

static void file_reopen(struct file *f)
{
	if (f->fd >= 0)
		close(f->fd);
	file_open(f);
}

/* Where a valid mailbox of @len goes: against the guard page, or NULL if it cannot. */
static unsigned char *against_guard(unsigned char *end, uint32_t len)
{
	return len <= AREA_LEN ? end - len : NULL;
}

/* A length around a bound: the header, the policy's lengths, the uAPI's. */
static uint32_t some_len(void)
{
	static const uint32_t bounds[] = {
		0, 15, 16, 17, 64, 256, 4096, 4112, BUF_LEN, 2 << 20, (2 << 20) + 1, 512 * 512 + 1,
		UINT32_MAX,
	};

	/* Mostly what real mailboxes are: a header to a page. */
	if (below(8))
		return 16 + below(below(8) ? 256 : BUF_LEN - 16);
	return bounds[below(sizeof(bounds) / sizeof(bounds[0]))];
}

/*
 * A pointer for @len bytes: mostly against the guard (valid when the length
 * fits), sometimes NULL, kernel, unmapped, read-only, or one byte too close
 * to the guard.
 */
static void *some_ptr(unsigned char *end, uint32_t len, bool out, bool *valid)
{
	unsigned char *good = against_guard(end, len);

	*valid = false;
	switch (below(40)) {
	case 0:
		return NULL;
	case 1:
		return (void *)0xffffffff81000000ull;
	case 2:
		return bad_page;
	case 3:
		return out ? ro_page : bad_page;
	case 4:
		return good ? good + 1 : bad_page;	/* its last byte in the guard */
	default:
		*valid = good != NULL;
		return good ? good : bad_page;
	}
}

/* The first bytes of a mailbox: random, mostly with an opcode of the table. */
static void fill_mailbox(void)
{
	const struct policy_rule *r;
	unsigned int i;

	for (i = 0; i < sizeof(mailbox); i++)
		mailbox[i] = below(4) ? 0 : rnd();
	if (below(4)) {
		r = &policy.rules[below(policy.n_rules)];
		PRM_SET(mbox_in, mailbox, opcode, r->opcode);
		PRM_SET(mbox_in, mailbox, op_mod, below(3) ? below(3) :
			r->n_overrides ? r->override_op_mod[below(r->n_overrides)] : rnd());
		if (r->by_register)
			PRM_SET(access_register_in, mailbox, register_id,
				below(2) && policy.n_regs ? policy.regs[below(policy.n_regs)].id : rnd());
	}
}

/*
 * An RPC through one of the three ways in; the policy check when lengths and
 * pointers are valid.
 */
static void do_rpc(struct file *f)
{
	uint32_t inlen = some_len(), outlen = some_len();
	int scope = below(20) ? (int)below(4) : (int)below(8), least, ret;
	bool in_ok, out_ok, v4 = false;
	void *in, *out;
	enum kind k;

	int locked = sh->lockdown;

	fill_mailbox();
	in = some_ptr(in_end, inlen, false, &in_ok);
	out = some_ptr(out_end, outlen, true, &out_ok);
	if (in_ok)
		memcpy(in, mailbox, inlen < sizeof(mailbox) ? inlen : sizeof(mailbox));
	if (f->fwctl) {
		k = K_FWCTL_RPC;
		ret = fwctl_rpc(f->fd, scope, in, inlen, out, outlen, NULL);
	} else if (below(4)) {
		k = K_RPC;
		ret = rpc(f->fd, scope, in, inlen, out, outlen);
	} else {
		k = K_CMDRPC;
		v4 = true;
		ret = cmdrpc(f->fd, in, inlen, out, outlen);
	}
	count(k, ret);
	if (ret < 0 && errno == ENODEV && f->dev != DEV_CHAOS)
		violation("%s on stable device %u: ENODEV", kind_names[k], f->dev);
	if (!in_ok || !out_ok || inlen < 16 || outlen < 16 || inlen > AREA_LEN || outlen > AREA_LEN)
		return;
	if (ret < 0 && errno == EFAULT)
		violation("%s on device %u: opcode %#x with valid pointers, %u bytes in, %u out: EFAULT (a copy past a mailbox?)",
			  kind_names[k], f->dev, PRM_GET(mbox_in, mailbox, opcode), inlen, outlen);
	if (v4 || scope > 3)
		return;
	least = least_scope(mailbox);
	if (ret < 0 && errno == ENODEV)
		return;
	/* Privilege and lockdown come before any table. */
	if ((scope == 3 && no_caps) || (scope >= 2 && locked == 2)) {
		if (!(ret < 0 && errno == EPERM))
			violation("%s on device %u at scope %d %s was %s, not EPERM", kind_names[k], f->dev, scope,
				  no_caps ? "without CAP_SYS_RAWIO" : "under lockdown",
				  ret < 0 ? strerror(errno) : "allowed");
		return;
	}
	if (locked != sh->lockdown || locked == 1)
		return;	/* lockdown rose during the call */
	if (least > scope && !(ret < 0 && errno == EBADMSG))
		violation("%s on device %u: opcode %#x op_mod %#x register %#x at scope %d (table: %d) was %s, not EBADMSG",
			  kind_names[k], f->dev, PRM_GET(mbox_in, mailbox, opcode), PRM_GET(mbox_in, mailbox, op_mod),
			  PRM_GET(access_register_in, mailbox, register_id), scope, least,
			  ret < 0 ? strerror(errno) : "allowed");
	if (least <= scope && ret < 0 && errno == EBADMSG)
		violation("%s on device %u: opcode %#x op_mod %#x register %#x at scope %d (table: %d) was EBADMSG",
			  kind_names[k], f->dev, PRM_GET(mbox_in, mailbox, opcode), PRM_GET(mbox_in, mailbox, op_mod),
			  PRM_GET(access_register_in, mailbox, register_id), scope, least);
}

static void do_umem(struct file *f)
{
	size_t len = (1 + below(16)) * 4096;
	void *addr = NULL;
	uint32_t id = 0;
	int ret, memfd;

	if (f->fwctl && below(2))
		return;
	switch (below(10)) {
	case 0:		/* overflowing */
		ret = umem_reg(f->fd, (void *)(UINT64_MAX - 100), 4096, &id);
		break;
	case 1:		/* unmapped */
		ret = umem_reg(f->fd, bad_page, 4096, &id);
		break;
	case 2:		/* read-only */
		ret = umem_reg(f->fd, ro_page, 4096, &id);
		break;
	case 3:		/* empty, or beyond the cap */
		ret = umem_reg(f->fd, scratch, below(2) ? 0 : (65ull << 20), &id);
		break;
	case 4:		/* file-backed */
		memfd = memfd_create("fuzz", MFD_CLOEXEC);
		if (memfd < 0 || ftruncate(memfd, len)) {
			if (memfd >= 0)
				close(memfd);
			return;
		}
		addr = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, memfd, 0);
		close(memfd);
		if (addr == MAP_FAILED)
			return;
		ret = umem_reg(f->fd, addr, len, &id);
		munmap(addr, len);
		break;
	default:	/* anonymous, munmapped right after registration */
		addr = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (addr == MAP_FAILED)
			return;
		ret = umem_reg(f->fd, (unsigned char *)addr + below(64), len - 64, &id);
		munmap(addr, len);
		break;
	}
	count(K_UMEM_REG, ret);
	if (ret == 0 && f->n_umems < 8)
		f->umems[f->n_umems++] = id;
}

static void do_umem_unreg(struct file *f)
{
	uint32_t id;
	int ret;

	if (f->n_umems && below(4)) {
		unsigned int i = below(f->n_umems);

		/* Forgotten after the first, sometimes not: a second unregister. */
		id = f->umems[i];
		if (below(2)) {
			f->n_umems--;
			f->umems[i] = f->umems[f->n_umems];
		}
	} else {
		id = below(2) ? rnd() : files[below(NFILES)].umems[0];	/* another file's */
	}
	ret = umem_unreg(f->fd, id);
	count(K_UMEM_UNREG, ret);
}

/* Our ioctl numbers with random sizes and directions, fwctl's, and others'. */
static void do_random_ioctl(struct file *f)
{
	static const unsigned int types[] = { 0x5c, 0x9a, 0x5c, 0x9a, 'T', 0 };
	unsigned long cmd;
	unsigned int i;
	int ret;

	/* Pointer-sized fields: random, or small numbers (never mapped). */
	for (i = 0; i < 256; i += 8)
		*(uint64_t *)(scratch + i) = below(2) ? rnd() : below(BUF_LEN);
	*(uint32_t *)scratch = below(2) ? below(64) : rnd();	/* a plausible size field */
	cmd = _IOC(below(4), types[below(6)], below(8), below(2) ? below(64) : below(1 << 14));
	ret = ioctl(f->fd, cmd, below(16) ? (void *)scratch : NULL);
	count(K_RANDOM_IOCTL, ret);
}

static void do_info(struct file *f)
{
	struct mlx5ctl_device_info di;
	struct mlx5ctl_info i;
	struct fwctl_info fi;
	uint32_t len = below(64);
	int ret;

	if (f->fwctl) {
		ret = fwctl_info(f->fd, below(8) ? out_end - len : NULL, len, &fi);
		count(K_FWCTL_INFO, ret);
	} else if (below(2)) {
		ret = info(f->fd, &i);
		count(K_INFO, ret);
	} else {
		ret = device_info(f->fd, &di);
		count(K_DEVICE_INFO, ret);
	}
	if (ret < 0 && errno == ENODEV && f->dev != DEV_CHAOS)
		violation("INFO on stable device %u: ENODEV", f->dev);
}

/* A child that shares the files for a few calls, then exits or is left to die. */
static void do_fork(void)
{
	pid_t pid = fork();
	int i;

	if (pid == 0) {
		for (i = 0; i < 20; i++) {
			struct file *f = &files[below(NFILES)];

			if (f->fd >= 0)
				do_rpc(f);
		}
		_exit(0);
	}
	if (pid > 0) {
		if (below(2))
			kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
}

/* AREA_LEN writable bytes and a guard page after them; their end. */
static unsigned char *guarded_area(void)
{
	unsigned char *a = mmap(NULL, AREA_LEN + 4096, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (a == MAP_FAILED || mprotect(a + AREA_LEN, 4096, PROT_NONE)) {
		fprintf(stderr, "mlx5ctl-fuzz: cannot map a guarded area: %s\n", strerror(errno));
		_exit(2);
	}
	return a + AREA_LEN;
}

/*
 * The slowest call of the run, for the summary: what a stall looks like.
 * One call in 16 is timed: reading the clock costs as much as a call here.
 */
static void timed(void (*action)(struct file *), struct file *f, const char *what)
{
	uint64_t t;

	if (below(16)) {
		action(f);
		return;
	}
	t = now_ns();
	action(f);
	t = now_ns() - t;
	if (t > sh->slowest_ns) {
		sh->slowest_ns = t;
		snprintf(sh->slowest, sizeof(sh->slowest), "%s on device %u (%s), opcode %#x op_mod %#x",
			 what, f->dev, f->fwctl ? "fwctl" : "misc", PRM_GET(mbox_in, mailbox, opcode),
			 PRM_GET(mbox_in, mailbox, op_mod));
	}
}

static void worker(unsigned int index, uint64_t generation)
{
	struct file *f;
	unsigned int i;

	if (generation % 3 == 2) {
		if (caps_limit(0)) {
			fprintf(stderr, "mlx5ctl-fuzz: capset failed\n");
			_exit(2);
		}
		no_caps = true;
	}

	rnd_state = seed * 0x9e3779b97f4a7c15ull + index * 1000003 + generation + 1;
	in_end = guarded_area();
	out_end = guarded_area();
	scratch = guarded_area() - BUF_LEN * 2;
	ro_page = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	bad_page = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(bad_page, 4096);
	for (i = 0; i < NFILES; i++)
		file_open(&files[i]);
	while (!sh->stop) {
		/* Per mille: the cheap calls most, the costly events (reopen, fork) rarely. */
		unsigned int what = below(1000) / 10;
		unsigned int rare = below(1000);

		f = &files[below(NFILES)];
		if (f->fd < 0) {
			file_open(f);
			continue;
		}
		if (rare < 5) {
			file_reopen(f);
		} else if (rare < 6) {
			do_fork();
		} else switch (what) {
		case 0 ... 69:
			timed(do_rpc, f, "rpc");
			break;
		case 70 ... 77:
			timed(do_info, f, "info");
			break;
		case 78 ... 84:
			timed(do_random_ioctl, f, "random ioctl");
			break;
		case 85 ... 89:
			timed(do_umem, f, "umem");
			break;
		default:
			timed(do_umem_unreg, f, "umem unreg");
			break;
		}
	}
	_exit(0);
}

/* ---- chaos ------------------------------------------------------------- */

static void chaos_loop(void)
{
	static const char *const knobs[] = { "fail_next", "latency_us", "max_objects", "hang" };
	bool present = true;

	uint64_t t0 = now_ns();
	int lockdown_level = 0;

	rnd_state = seed ^ 0xc4a05ull;
	while (!sh->stop) {
		usleep(50000 + below(150000));
		/* Integrity for the last fifth, confidentiality for the last tenth. */
		if (lockdown && lockdown_level < 2 &&
		    now_ns() - t0 > seconds * (lockdown_level ? 900000000ull : 800000000ull)) {
			const char *level = lockdown_level ? "confidentiality" : "integrity";

			sh->lockdown = 1;
			if (write_string("/sys/kernel/security/lockdown", level))
				violation("cannot raise lockdown to %s", level);
			lockdown_level++;
			sh->lockdown = 2;
		}
		switch (below(6)) {
		case 0:
			if (present)
				present = sim_del_device(DEV_CHAOS) != 0;
			else
				present = sim_new_device(DEV_CHAOS) == 0;
			break;
		case 1: {
			static const int statuses[] = {
				0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8, 0x9, 0xa, 0xf, 0x10, 0x40, 0x50, 0x51,
			};
			const char *knob = knobs[below(4)];
			long long v = !strcmp(knob, "latency_us") ? below(2000) :
				      !strcmp(knob, "hang") ? 1 : below(4);

			if (present && !strcmp(knob, "fail_next"))
				sim_set(DEV_CHAOS, "fail_status", statuses[below(15)]);
			if (present)
				sim_set(DEV_CHAOS, knob, v);
			if (!strcmp(knob, "hang")) {
				usleep(20000);
				if (present)
					sim_set(DEV_CHAOS, "hang", 0);
			}
			break;
		}
		case 2: {
			pid_t victim = sh->workers[below(n_workers)];

			if (victim > 0)
				kill(victim, SIGKILL);
			break;
		}
		default:
			if (present)
				sim_reset_knobs(DEV_CHAOS);
			break;
		}
	}
	if (!present)
		sim_new_device(DEV_CHAOS);
	sim_reset_knobs(DEV_CHAOS);
	_exit(0);
}

/* ---- the run ----------------------------------------------------------- */

static pid_t spawn(unsigned int index, uint64_t generation)
{
	pid_t pid = fork();

	if (pid == 0)
		worker(index, generation);
	return pid;
}

/*
 * Nothing left once every file is closed. The chaos device may keep what its
 * injected failures would not let the core destroy, for its removal to
 * release (the core's lifetime rules): only its files are checked, and that
 * it can be removed.
 */
static void check_quiet(unsigned int id)
{
	static const char *const core[] = { "open_files", "uctx_count", "umem_count" };
	static const char *const sim[] = { "uctx_count", "umem_count", "pd_count", "mkey_count" };
	char path[256], dn[64];
	long long v;
	unsigned int i;

	dev_name(id, dn, sizeof(dn));
	for (i = 0; i < (id == DEV_CHAOS ? 1 : 3); i++) {
		snprintf(path, sizeof(path), "/sys/class/misc/mlx5ctl-%s/%s", dn, core[i]);
		if (read_number(path, &v) || v)
			violation("device %u: core %s is %lld after every file closed", id, core[i], v);
	}
	for (i = 0; id != DEV_CHAOS && i < 4; i++)
		if (sim_get(id, sim[i], &v) || v)
			violation("device %u: simulator %s is %lld after every file closed", id, sim[i], v);
}

static void summary(double elapsed)
{
	uint64_t total = 0, per;
	int k, e;

	for (k = 0; k < NR_KINDS; k++)
		for (e = 0; e <= MAX_ERRNO; e++)
			total += sh->calls[k][e];
	printf("mlx5ctl-fuzz: seed %" PRIu64 ", %u workers, %.0f s: %" PRIu64 " calls, %.0f per second\n",
	       seed, n_workers, elapsed, total, total / elapsed);
	printf("  slowest call timed: %.1f ms, %s\n", sh->slowest_ns / 1e6, sh->slowest);
	for (k = 0; k < NR_KINDS; k++) {
		per = 0;
		for (e = 0; e <= MAX_ERRNO; e++)
			per += sh->calls[k][e];
		printf("  %-13s %10" PRIu64 ":", kind_names[k], per);
		for (e = 0; e <= MAX_ERRNO; e++)
			if (sh->calls[k][e])
				printf(" %s %" PRIu64, e ? strerrorname_np(e) ?: "?" : "ok", sh->calls[k][e]);
		printf("\n");
	}
}

static void usage(void)
{
	fprintf(stderr, "usage: mlx5ctl-fuzz [--seed N] [--seconds S] [--workers W] [--no-chaos] [--lockdown]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	pid_t chaos_pid = 0, pid;
	uint64_t generation = 0;
	unsigned int i;
	uint64_t t0;
	int status;

	seed = (uint64_t)time(NULL);
	for (i = 1; i < (unsigned int)argc; i++) {
		if (!strcmp(argv[i], "--seed") && i + 1 < (unsigned int)argc)
			seed = strtoull(argv[++i], NULL, 0);
		else if (!strcmp(argv[i], "--seconds") && i + 1 < (unsigned int)argc)
			seconds = strtoul(argv[++i], NULL, 0);
		else if (!strcmp(argv[i], "--workers") && i + 1 < (unsigned int)argc)
			n_workers = strtoul(argv[++i], NULL, 0);
		else if (!strcmp(argv[i], "--no-chaos"))
			chaos = false;
		else if (!strcmp(argv[i], "--lockdown"))
			lockdown = true;
		else
			usage();
	}
	if (!n_workers || n_workers > MAX_WORKERS || !seconds)
		usage();
	printf("mlx5ctl-fuzz: seed %" PRIu64 " (replay: mlx5ctl-fuzz --seed %" PRIu64
	       " --seconds %u --workers %u%s%s)\n", seed, seed, seconds, n_workers, chaos ? "" : " --no-chaos",
	       lockdown ? " --lockdown" : "");
	fflush(stdout);

	sh = mmap(NULL, sizeof(*sh), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (sh == MAP_FAILED)
		return 2;
	for (i = 0; i < NDEVS; i++) {
		char node[128];

		dev_node(devs[i], node, sizeof(node));
		if (access(node, F_OK) && sim_new_device(devs[i])) {
			fprintf(stderr, "mlx5ctl-fuzz: cannot create simulated device %u\n", devs[i]);
			return 2;
		}
	}
	{
		char err[320];

		if (policy_read(DEV_STABLE0, &policy, err, sizeof(err)) || policy.n_rules < 10) {
			fprintf(stderr, "mlx5ctl-fuzz: the policy: %s\n", policy.n_rules ? "fewer than 10 commands" : err);
			return 2;
		}
	}

	t0 = now_ns();
	for (i = 0; i < n_workers; i++)
		sh->workers[i] = spawn(i, generation++);
	if (chaos) {
		chaos_pid = fork();
		if (chaos_pid == 0)
			chaos_loop();
	}
	/* Replace workers chaos kills until the time is up. */
	while (now_ns() - t0 < seconds * 1000000000ull) {
		pid = waitpid(-1, &status, WNOHANG);
		if (pid <= 0) {
			usleep(20000);
			continue;
		}
		for (i = 0; i < n_workers; i++) {
			if (sh->workers[i] != pid)
				continue;
			if (WIFSIGNALED(status) && WTERMSIG(status) != SIGKILL)
				violation("worker %u died of signal %d", i, WTERMSIG(status));
			sh->workers[i] = spawn(i, generation++);
		}
	}
	sh->stop = 1;
	for (i = 0; i < n_workers; i++)
		if (sh->workers[i] > 0)
			waitpid(sh->workers[i], NULL, 0);
	if (chaos_pid > 0)
		waitpid(chaos_pid, NULL, 0);
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;

	for (i = 0; i < NDEVS; i++)
		check_quiet(devs[i]);
	summary((now_ns() - t0) / 1e9);
	for (i = 0; i < NDEVS; i++)
		if (sim_del_device(devs[i]))
			violation("device %u cannot be removed after the run", devs[i]);
	if (sh->violations) {
		printf("mlx5ctl-fuzz: FAIL: %" PRIu64 " violations; the first: %s\n", sh->violations, sh->first);
		printf("mlx5ctl-fuzz: replay: kmod/tests/build/mlx5ctl-fuzz --seed %" PRIu64
		       " --seconds %u --workers %u%s%s\n", seed, seconds, n_workers, chaos ? "" : " --no-chaos",
		       lockdown ? " --lockdown" : "");
		return 1;
	}
	printf("mlx5ctl-fuzz: PASS: no violation\n");
	return 0;
}
