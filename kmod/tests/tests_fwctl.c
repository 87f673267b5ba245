// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * fwctl's front door: /dev/fwctl/fwctlN serves fwctl's uAPI (Linux 6.15) for
 * each device, beside the V4 misc node, through the same core. Each case is
 * named after the fwctl rule it proves.
 */
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests.h"

#define FWCTL_RPC_MAX_LEN (2u * 1024 * 1024)
#define OFFSETOFEND(type, member) \
	(offsetof(type, member) + sizeof(((type *)0)->member))

static int open_fwctl(unsigned int id)
{
	int fd = fwctl_open(id);

	CHECK(fd >= 0, "open fwctl node of device %u: %s", id, errname(errno));
	return fd;
}

static struct fwctl_info_mlx5 get_fwctl_info(int fd)
{
	struct fwctl_info_mlx5 data;
	struct fwctl_info fi;

	CHECK_OK(fwctl_info(fd, &data, sizeof(data), &fi));
	CHECK(fi.out_device_type == FWCTL_DEVICE_TYPE_MLX5,
	      "out_device_type %u, want MLX5 (1)", fi.out_device_type);
	CHECK(fi.device_data_len == sizeof(data), "device_data_len %u, want %zu",
	      fi.device_data_len, sizeof(data));
	return data;
}

/* The fwctl N of device @id. */
static unsigned int fwctl_number(unsigned int id)
{
	char node[128];
	unsigned int n;

	CHECK(!fwctl_node(id, node, sizeof(node)), "device %u has no fwctl node", id);
	CHECK(sscanf(node, "/dev/fwctl/fwctl%u", &n) == 1, "node %s", node);
	return n;
}

static void realpath_of(const char *path, char *buf)
{
	CHECK(realpath(path, buf), "realpath %s: %s", path, errname(errno));
}

/* ---- the node ---------------------------------------------------------------- */

/*
 * /dev/fwctl/fwctlN, a char device of class fwctl, root 0600, N < 4096, whose
 * sysfs directory holds what upstream's does and one entry more, mlx5ctl
 * (naming the misc node: the udev rule matches this driver's fwctl nodes by
 * it), and whose `device` is the misc node's parent.
 */
static void fwctl_node_is_class_fwctl_root_0600_beside_misc(void)
{
	static const char *const expect[] = {
		"dev", "device", "power", "subsystem", "uevent", "mlx5ctl",
	};
	char node[128], dir[160], path[256], a[PATH_MAX], b[PATH_MAX];
	unsigned int n = fwctl_number(DEV0), found = 0, i;
	struct dirent *e;
	struct stat st;
	DIR *d;

	CHECK(n < 4096, "fwctl%u: N must be below 4096", n);
	CHECK(!fwctl_node(DEV0, node, sizeof(node)), "no fwctl node");
	CHECK(!stat(node, &st), "stat %s: %s", node, errname(errno));
	CHECK(S_ISCHR(st.st_mode), "%s is not a character device", node);
	CHECK((st.st_mode & 07777) == 0600 && st.st_uid == 0 && st.st_gid == 0,
	      "%s: mode %o owner %u:%u, want 0600 root:root", node,
	      st.st_mode & 07777, st.st_uid, st.st_gid);

	snprintf(dir, sizeof(dir), FWCTL_CLASS "/fwctl%u", n);
	d = opendir(dir);
	CHECK(d, "opendir %s: %s", dir, errname(errno));
	while ((e = readdir(d))) {
		int known = 0;

		if (e->d_name[0] == '.')
			continue;
		for (i = 0; i < sizeof(expect) / sizeof(expect[0]); i++)
			known |= !strcmp(e->d_name, expect[i]);
		if (!known) {
			closedir(d);
			CHECK(0, "%s/%s: upstream's fwctlN has no such entry", dir,
			      e->d_name);
		}
		found++;
	}
	closedir(d);
	CHECK(found == 6, "%s holds %u of dev, device, power, subsystem, uevent, mlx5ctl",
	      dir, found);

	/* dev matches the node's numbers. */
	snprintf(path, sizeof(path), "%s/dev", dir);
	{
		unsigned int maj, min;
		FILE *f = fopen(path, "r");

		CHECK(f, "open %s: %s", path, errname(errno));
		CHECK(fscanf(f, "%u:%u", &maj, &min) == 2, "read %s", path);
		fclose(f);
		CHECK(maj == major(st.st_rdev) && min == minor(st.st_rdev),
		      "%s says %u:%u, the node is %u:%u", path, maj, min,
		      major(st.st_rdev), minor(st.st_rdev));
	}

	snprintf(path, sizeof(path), "%s/device", dir);
	realpath_of(path, a);
	snprintf(path, sizeof(path), MISC_CLASS "%u/device", DEV0);
	realpath_of(path, b);
	CHECK(!strcmp(a, b), "fwctl's device is %s, the misc node's %s", a, b);
	snprintf(path, sizeof(path), "%s/subsystem", dir);
	realpath_of(path, a);
	CHECK(!strcmp(a, "/sys/class/fwctl"), "subsystem %s", a);
}

/* Each device has its own node, and removal takes it away. */
static void fwctl_node_per_device_goes_with_it(void)
{
	char node[128];
	unsigned int n0 = fwctl_number(DEV0), n1 = fwctl_number(DEV1);

	CHECK(n0 != n1, "devices 0 and 1 share fwctl%u", n0);
	create_dev(DEV_REMOVE);
	CHECK(!fwctl_node(DEV_REMOVE, node, sizeof(node)), "no fwctl node");
	CHECK(!access(node, F_OK), "%s missing", node);
	remove_dev(DEV_REMOVE);
	CHECK(access(node, F_OK), "%s outlived its device", node);
}

/* ---- open and the user context ------------------------------------------- */

/*
 * As fwctl: the user context exists once open returns, with TOOLS_RESOURCES
 * (the device offers it), whatever the opener's capabilities.
 */
static void fwctl_open_creates_uctx_with_tools_resources(void)
{
	long long before = sim_count(DEV0, "uctx_count");
	struct fwctl_info_mlx5 d;
	int fd = open_fwctl(DEV0);

	CHECK(sim_count(DEV0, "uctx_count") == before + 1,
	      "open made %lld user contexts, want 1 before any ioctl",
	      sim_count(DEV0, "uctx_count") - before);
	d = get_fwctl_info(fd);
	CHECK(d.uid != 0, "uid 0 is the kernel's");
	CHECK(d.uctx_caps == MLX5CTL_UCTX_CAP_TOOLS_RESOURCES,
	      "uctx_caps %#x, want TOOLS_RESOURCES (0x4)", d.uctx_caps);
	close(fd);
	CHECK(sim_count(DEV0, "uctx_count") == before,
	      "close left %lld user contexts", sim_count(DEV0, "uctx_count") - before);
}

static void fwctl_caps_dropped(void *arg)
{
	struct fwctl_info_mlx5 d;
	struct mbox m;
	uint32_t inlen;
	int fd;

	(void)arg;
	CHECK(!caps_limit(0), "capset failed");
	fd = open_fwctl(DEV0);
	d = get_fwctl_info(fd);
	CHECK(d.uctx_caps == MLX5CTL_UCTX_CAP_TOOLS_RESOURCES,
	      "without capabilities uctx_caps %#x, want 0x4 as fwctl grants",
	      d.uctx_caps);
	nop_in(&m);
	CHECK_ERR(fwctl_rpc(fd, FWCTL_RPC_DEBUG_WRITE_FULL, m.in, 16, m.out, 16,
			    NULL), EPERM);
	inlen = set_diag_in(&m);
	CHECK_OK(fwctl_rpc(fd, FWCTL_RPC_DEBUG_WRITE, m.in, inlen, m.out,
			   set_diag_outlen(), NULL));
	CHECK(out_status(&m) == 0, "SET_DIAGNOSTIC_PARAMS status %#x", out_status(&m));
	close(fd);
}

/* Opening checks no capability; DEBUG_WRITE_FULL needs CAP_SYS_RAWIO (EPERM). */
static void fwctl_caps_dropped_open_works_write_full_eperm(void)
{
	test_in_child(fwctl_caps_dropped, NULL);
}

/* The context's capabilities are the device's too: none it does not offer. */
static void fwctl_uctx_caps_masked_by_device(void)
{
	struct fwctl_info_mlx5 d;
	int fd;

	/* A device advertising RAW_TX alone from bind. */
	CHECK(!write_string(SIM_BUS "/new_device", "10 0x1"), "new_device 10 0x1");
	fd = -1;
	for (int i = 0; i < 100 && fd < 0; i++) {
		fd = fwctl_open(DEV_REMOVE);
		if (fd < 0)
			usleep(100000);
	}
	CHECK(fd >= 0, "open fwctl node of device 10: %s", errname(errno));
	d = get_fwctl_info(fd);
	CHECK(d.uctx_caps == 0, "device offers 0x1, uctx_caps %#x", d.uctx_caps);
	close(fd);
	remove_dev(DEV_REMOVE);
}

/* ---- FWCTL_INFO ------------------------------------------------------------- */

static void fwctl_info_size_below_last_field_einval(void)
{
	unsigned char buf[64] = { 0 };
	struct fwctl_info *fi = (void *)buf;
	int fd = open_fwctl(DEV0);

	fi->size = OFFSETOFEND(struct fwctl_info, out_device_data) - 1;
	CHECK_ERR(ioctl(fd, FWCTL_INFO, fi), EINVAL);
	fi->size = 0;
	CHECK_ERR(ioctl(fd, FWCTL_INFO, fi), EINVAL);
	close(fd);
}

static void fwctl_info_nonzero_tail_e2big_zero_tail_works(void)
{
	unsigned char buf[64] = { 0 };
	struct fwctl_info *fi = (void *)buf;
	int fd = open_fwctl(DEV0);

	fi->size = sizeof(buf);
	buf[sizeof(*fi) + 3] = 1;
	CHECK_ERR(ioctl(fd, FWCTL_INFO, fi), E2BIG);
	buf[sizeof(*fi) + 3] = 0;
	memset(buf + sizeof(*fi), 0, sizeof(buf) - sizeof(*fi));
	CHECK_OK(ioctl(fd, FWCTL_INFO, fi));
	CHECK(fi->out_device_type == FWCTL_DEVICE_TYPE_MLX5, "type %u",
	      fi->out_device_type);
	close(fd);
}

static void fwctl_info_flags_eopnotsupp(void)
{
	struct fwctl_info fi = { .size = sizeof(fi), .flags = 1 };
	int fd = open_fwctl(DEV0);

	CHECK_ERR(ioctl(fd, FWCTL_INFO, &fi), EOPNOTSUPP);
	close(fd);
}

/*
 * min(user, kernel) bytes of device data, the rest of the user's buffer
 * zeroed, device_data_len written back with the kernel's length.
 */
static void fwctl_info_device_data_min_copied_rest_zeroed(void)
{
	struct fwctl_info_mlx5 full = { 0 };
	unsigned char buf[32];
	struct fwctl_info fi;
	uint32_t uid;
	unsigned int i;
	int fd = open_fwctl(DEV0);

	full = get_fwctl_info(fd);

	memset(buf, 0xee, sizeof(buf));
	CHECK_OK(fwctl_info(fd, buf, sizeof(buf), &fi));
	CHECK(fi.device_data_len == sizeof(full), "device_data_len %u, want 8",
	      fi.device_data_len);
	CHECK(!memcmp(buf, &full, sizeof(full)), "device data differs");
	for (i = sizeof(full); i < sizeof(buf); i++)
		CHECK(buf[i] == 0, "byte %u past the device data is %#x, want 0",
		      i, buf[i]);

	memset(buf, 0xee, sizeof(buf));
	CHECK_OK(fwctl_info(fd, buf, 4, &fi));
	memcpy(&uid, buf, 4);
	CHECK(uid == full.uid && buf[4] == 0xee,
	      "4 bytes asked: uid %u (want %u), byte 4 %#x (want untouched)",
	      uid, full.uid, buf[4]);
	CHECK(fi.device_data_len == sizeof(full), "device_data_len %u, want 8",
	      fi.device_data_len);

	/* As upstream: asking for none copies none and reports none. */
	memset(buf, 0xee, sizeof(buf));
	CHECK_OK(fwctl_info(fd, buf, 0, &fi));
	CHECK(buf[0] == 0xee && fi.device_data_len == 0,
	      "0 bytes asked: byte 0 %#x, device_data_len %u", buf[0],
	      fi.device_data_len);

	CHECK_ERR(fwctl_info(fd, (void *)8, 8, &fi), EFAULT);
	close(fd);
}

/* ---- FWCTL_RPC -------------------------------------------------------------- */

static void fwctl_rpc_nop_out_len_written_back(void)
{
	uint32_t out_len = 0;
	struct mbox m;
	int fd = open_fwctl(DEV0);

	nop_in(&m);
	memset(m.out, 0xff, sizeof(m.out));
	CHECK_OK(fwctl_rpc(fd, FWCTL_RPC_CONFIGURATION, m.in, 16, m.out, 16,
			   &out_len));
	CHECK(out_status(&m) == 0, "NOP status %#x", out_status(&m));
	CHECK(out_len == 16, "out_len %u, want 16 (the output mailbox)", out_len);
	/* A paos read: out_len is the register's whole output mailbox. */
	out_len = 0;
	CHECK_OK(fwctl_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY, m.in, paos_in(&m, 1),
			   m.out, paos_outlen(), &out_len));
	CHECK(out_len == paos_outlen(), "out_len %u, want %u", out_len,
	      paos_outlen());
	close(fd);
}

static void fwctl_rpc_size_rules(void)
{
	unsigned char buf[64] = { 0 };
	struct fwctl_rpc *r = (void *)buf;
	struct mbox m;
	int fd = open_fwctl(DEV0);

	*r = (struct fwctl_rpc) {
		.scope = FWCTL_RPC_CONFIGURATION,
		.in_len = nop_in(&m), .out_len = 16,
		.in = (uintptr_t)m.in, .out = (uintptr_t)m.out,
	};
	r->size = OFFSETOFEND(struct fwctl_rpc, out) - 1;
	CHECK_ERR(ioctl(fd, FWCTL_RPC, r), EINVAL);
	r->size = sizeof(buf);
	buf[sizeof(*r)] = 1;
	CHECK_ERR(ioctl(fd, FWCTL_RPC, r), E2BIG);
	buf[sizeof(*r)] = 0;
	CHECK_OK(ioctl(fd, FWCTL_RPC, r));
	CHECK(out_status(&m) == 0, "NOP status %#x", out_status(&m));
	close(fd);
}

static void fwctl_rpc_lengths_emsgsize(void)
{
	struct mbox m;
	int fd = open_fwctl(DEV0);

	nop_in(&m);
	CHECK_ERR(fwctl_rpc(fd, 0, m.in, FWCTL_RPC_MAX_LEN + 1, m.out, 16, NULL),
		  EMSGSIZE);
	CHECK_ERR(fwctl_rpc(fd, 0, m.in, 16, m.out, FWCTL_RPC_MAX_LEN + 1, NULL),
		  EMSGSIZE);
	/* Shorter than a command header, as fwctl's mlx5 driver answers. */
	CHECK_ERR(fwctl_rpc(fd, 0, m.in, 15, m.out, 16, NULL), EMSGSIZE);
	CHECK_ERR(fwctl_rpc(fd, 0, m.in, 16, m.out, 15, NULL), EMSGSIZE);
	CHECK_ERR(fwctl_rpc(fd, 0, m.in, 0, m.out, 16, NULL), EMSGSIZE);
	close(fd);
}

static void fwctl_rpc_unknown_scope_eopnotsupp(void)
{
	struct mbox m;
	int fd = open_fwctl(DEV0);

	nop_in(&m);
	CHECK_ERR(fwctl_rpc(fd, 4, m.in, 16, m.out, 16, NULL), EOPNOTSUPP);
	CHECK_ERR(fwctl_rpc(fd, UINT32_MAX, m.in, 16, m.out, 16, NULL), EOPNOTSUPP);
	close(fd);
}

/* The one policy: not in the table, or above the scope: EBADMSG. */
static void fwctl_rpc_opcode_not_allowed_ebadmsg(void)
{
	uint32_t inlen;
	struct mbox m;
	int fd = open_fwctl(DEV0);

	hdr_in(&m, MLX5CTL_CMD_OP_CREATE_UCTX, 0);
	CHECK_ERR(fwctl_rpc(fd, FWCTL_RPC_DEBUG_WRITE_FULL, m.in,
			    PRM_SZ(create_uctx_in), m.out, PRM_SZ(create_uctx_out),
			    NULL), EBADMSG);
	hdr_in(&m, 0x7fff, 0);
	CHECK_ERR(fwctl_rpc(fd, FWCTL_RPC_DEBUG_WRITE_FULL, m.in, 16, m.out, 16,
			    NULL), EBADMSG);
	inlen = set_diag_in(&m);
	CHECK_ERR(fwctl_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY, m.in, inlen, m.out,
			    set_diag_outlen(), NULL), EBADMSG);
	inlen = paos_in(&m, 1);
	CHECK_ERR(fwctl_rpc(fd, FWCTL_RPC_CONFIGURATION, m.in, inlen, m.out,
			    paos_outlen(), NULL), EBADMSG);
	inlen = paos_in(&m, 1);
	CHECK_OK(fwctl_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY, m.in, inlen, m.out,
			   paos_outlen(), NULL));
	CHECK(out_status(&m) == 0, "PAOS read status %#x", out_status(&m));
	close(fd);
}

/* A firmware error status is in the outbox; the ioctl succeeds. */
static void fwctl_rpc_firmware_error_is_success(void)
{
	struct mbox m;
	int fd = open_fwctl(DEV0);

	sim_knob(DEV0, "fail_status", 0x3);
	sim_knob(DEV0, "fail_syndrome", 0x1234abcd);
	sim_knob(DEV0, "fail_next", 1);
	nop_in(&m);
	CHECK_OK(fwctl_rpc(fd, 0, m.in, 16, m.out, 16, NULL));
	CHECK(out_status(&m) == 0x3 && out_syndrome(&m) == 0x1234abcd,
	      "status %#x syndrome %#x, injected 0x3 0x1234abcd", out_status(&m),
	      out_syndrome(&m));
	close(fd);
}

static uint32_t fwctl_query_uctx_cap(int fd, uint16_t hdr_uid)
{
	struct mbox m;

	hdr_in(&m, MLX5CTL_CMD_OP_QUERY_UCTX, 0);
	PRM_SET(mbox_in, m.in, uid, hdr_uid);
	CHECK_OK(fwctl_rpc(fd, FWCTL_RPC_DEBUG_READ_ONLY, m.in,
			   PRM_SZ(query_uctx_in), m.out, PRM_SZ(query_uctx_out),
			   NULL));
	CHECK(out_status(&m) == 0, "QUERY_UCTX status %#x", out_status(&m));
	return PRM_GET(query_uctx_out, m.out, uctx.cap);
}

/*
 * The uid is stamped: a fwctl file (caps 0x4) naming a V4 file's uid (caps
 * 0x7) or the kernel's in its header still runs under its own.
 */
static void fwctl_rpc_stamps_uid(void)
{
	int v4 = open_dev(DEV0), fw = open_fwctl(DEV0);
	struct fwctl_info_mlx5 d = get_fwctl_info(fw);
	struct mlx5ctl_info i;

	get_info(v4, &i);
	CHECK(i.uctx_uid != d.uid, "both doors' files got uid %u", d.uid);
	CHECK(fwctl_query_uctx_cap(fw, i.uctx_uid) == MLX5CTL_UCTX_CAP_TOOLS_RESOURCES,
	      "the fwctl file ran a command as the V4 file's uid");
	CHECK(fwctl_query_uctx_cap(fw, 0) == MLX5CTL_UCTX_CAP_TOOLS_RESOURCES,
	      "the fwctl file ran a command as uid 0");
	close(v4);
	close(fw);
}

/* DEBUG_WRITE taints; the log names the process, in fwctl's words. */
static void fwctl_rpc_debug_write_taints_naming_the_process(void)
{
	uint32_t inlen;
	struct mbox m;
	int fd = open_fwctl(DEV0);

	inlen = set_diag_in(&m);
	CHECK_OK(fwctl_rpc(fd, FWCTL_RPC_DEBUG_WRITE, m.in, inlen, m.out,
			   set_diag_outlen(), NULL));
	CHECK(kernel_tainted() & (1 << 6), "no TAINT_USER after DEBUG_WRITE");
	/* The first mutating RPC of this boot, through either door, logged it. */
	CHECK(kmsg_has("has requested full access to the physical device",
		       program_invocation_short_name) == 1,
	      "want one log line naming %s with fwctl's words",
	      program_invocation_short_name);
	close(fd);
}

static void fwctl_unknown_ioctls_enotty_each_door_its_own(void)
{
	uint64_t arg[8] = { 0 };
	int fw = open_fwctl(DEV0), v4 = open_dev(DEV0);
	struct mlx5ctl_info i;

	arg[0] = sizeof(struct fwctl_rpc);
	CHECK_ERR(ioctl(fw, _IO(FWCTL_TYPE, 2), arg), ENOTTY);
	CHECK_ERR(ioctl(fw, _IO(FWCTL_TYPE, 0x7f), arg), ENOTTY);
	CHECK_ERR(ioctl(fw, MLX5CTL_IOCTL_CMDRPC, arg), ENOTTY);
	CHECK_ERR(ioctl(fw, MLX5CTL_IOCTL_RPC, arg), ENOTTY);
	CHECK_ERR(ioctl(fw, MLX5CTL_IOCTL_INFO, &i), ENOTTY);
	CHECK_ERR(ioctl(v4, FWCTL_RPC, arg), ENOTTY);
	CHECK_ERR(ioctl(v4, FWCTL_INFO, arg), ENOTTY);
	close(fw);
	close(v4);
}

/* The mlx5ctl ioctls fwctl lacks work on its node: umems, DEVICE_INFO. */
static void fwctl_node_serves_umems_and_device_info(void)
{
	unsigned char *buf = map_pages(65536, PROT_READ | PROT_WRITE);
	long long umems = sim_count(DEV0, "umem_count");
	struct mlx5ctl_device_info di;
	struct fwctl_info_mlx5 d;
	char name[64];
	uint32_t id;
	int fd = open_fwctl(DEV0);

	d = get_fwctl_info(fd);
	CHECK_OK(device_info(fd, &di));
	dev_name(DEV0, name, sizeof(name));
	CHECK(di.uctx_uid == d.uid && !strcmp(di.name, name),
	      "DEVICE_INFO uid %u name %s, FWCTL_INFO uid %u device %s",
	      di.uctx_uid, di.name, d.uid, name);
	CHECK_OK(umem_reg(fd, buf, 65536, &id));
	CHECK(sim_count(DEV0, "umem_count") == umems + 1, "umem not registered");
	CHECK_OK(umem_unreg(fd, id));
	CHECK_OK(umem_reg(fd, buf, 65536, &id));
	close(fd);
	CHECK(sim_count(DEV0, "umem_count") == umems, "close left %lld umems",
	      sim_count(DEV0, "umem_count") - umems);
}

/* ---- both doors of one device -------------------------------------------- */

static void both_doors_each_file_its_own_context(void)
{
	long long uctx = sim_count(DEV0, "uctx_count");
	long long files = core_count(DEV0, "open_files");
	int fw = open_fwctl(DEV0), v4 = open_dev(DEV0), fw2 = open_fwctl(DEV0);
	struct fwctl_info_mlx5 a = get_fwctl_info(fw), b = get_fwctl_info(fw2);
	struct mlx5ctl_info i;
	struct mbox m;

	get_info(v4, &i);
	CHECK(a.uid != b.uid && a.uid != i.uctx_uid && b.uid != i.uctx_uid,
	      "uids %u %u %u are not distinct", a.uid, b.uid, i.uctx_uid);
	CHECK(sim_count(DEV0, "uctx_count") == uctx + 3 &&
	      core_count(DEV0, "open_files") == files + 3 &&
	      core_count(DEV0, "uctx_count") >= 3,
	      "three files: firmware %lld contexts, core %lld files",
	      sim_count(DEV0, "uctx_count") - uctx,
	      core_count(DEV0, "open_files") - files);
	CHECK_OK(nop_cmdrpc(v4, &m));
	nop_in(&m);
	CHECK_OK(fwctl_rpc(fw, 0, m.in, 16, m.out, 16, NULL));
	close(fw);
	close(v4);
	close(fw2);
	CHECK(sim_count(DEV0, "uctx_count") == uctx &&
	      core_count(DEV0, "open_files") == files,
	      "after close: %lld contexts, %lld files left",
	      sim_count(DEV0, "uctx_count") - uctx,
	      core_count(DEV0, "open_files") - files);
}

struct door_hammer {
	int fd;
	int fwctl;
	atomic_int *stop;
	int last_err;
	unsigned long ok;
};

static void *door_hammer_thread(void *arg)
{
	struct door_hammer *h = arg;
	struct mbox m;

	while (!atomic_load(h->stop)) {
		int ret;

		nop_in(&m);
		ret = h->fwctl ? fwctl_rpc(h->fd, 0, m.in, 16, m.out, 16, NULL)
			       : nop_cmdrpc(h->fd, &m);
		if (ret) {
			h->last_err = errno;
			if (errno == ENODEV)
				break;
		} else {
			h->ok++;
		}
	}
	return NULL;
}

static void check_fwctl_enodev(int fd)
{
	struct fwctl_info_mlx5 data;
	unsigned char buf[4096] __attribute__((aligned(4096)));
	struct fwctl_info fi;
	struct mbox m;
	uint32_t id;

	nop_in(&m);
	CHECK_ERR(fwctl_rpc(fd, 0, m.in, 16, m.out, 16, NULL), ENODEV);
	CHECK_ERR(fwctl_info(fd, &data, sizeof(data), &fi), ENODEV);
	CHECK_ERR(umem_reg(fd, buf, sizeof(buf), &id), ENODEV);
}

/*
 * Removal with RPCs in flight through both doors: every file answers ENODEV,
 * closes cleanly, and nothing is left in the firmware or the core.
 */
static void both_doors_hot_unplug_with_rpcs_in_flight(void)
{
	long long dev0_uctx = sim_count(DEV0, "uctx_count");
	unsigned char *buf = map_pages(65536, PROT_READ | PROT_WRITE);
	struct door_hammer h[4];
	atomic_int stop = 0;
	pthread_t t[4];
	char node[128];
	uint32_t id;
	int k;

	create_dev(DEV_REMOVE);
	CHECK(!fwctl_node(DEV_REMOVE, node, sizeof(node)), "no fwctl node");
	for (k = 0; k < 4; k++) {
		h[k] = (struct door_hammer) {
			.fd = k & 1 ? open_fwctl(DEV_REMOVE) : open_dev(DEV_REMOVE),
			.fwctl = k & 1, .stop = &stop,
		};
	}
	CHECK_OK(umem_reg(h[1].fd, buf, 65536, &id));
	for (k = 0; k < 4; k++)
		CHECK(!pthread_create(&t[k], NULL, door_hammer_thread, &h[k]),
		      "pthread_create");
	usleep(300000);
	remove_dev(DEV_REMOVE);
	atomic_store(&stop, 1);
	for (k = 0; k < 4; k++)
		pthread_join(t[k], NULL);
	for (k = 0; k < 4; k++) {
		CHECK(h[k].ok > 0, "thread %d (%s) ran no RPC before removal", k,
		      h[k].fwctl ? "fwctl" : "misc");
		if (h[k].fwctl)
			check_fwctl_enodev(h[k].fd);
		else
			CHECK_ERR(nop_cmdrpc(h[k].fd, &(struct mbox){ 0 }), ENODEV);
		CHECK_OK(close(h[k].fd));
	}
	CHECK(access(node, F_OK), "%s outlived its device", node);
	CHECK(sim_count(DEV0, "uctx_count") == dev0_uctx,
	      "device 0 uctx_count %lld, was %lld", sim_count(DEV0, "uctx_count"),
	      dev0_uctx);
	CHECK(vm_pin_kib() == 0, "%lld KiB still pinned", vm_pin_kib());
}

/* 1000 opens of the fwctl node leak no context, file or memory. */
static void fwctl_open_close_many_no_leak(void)
{
	long long uctx = sim_count(DEV1, "uctx_count");
	long long files = core_count(DEV1, "open_files");
	int k;

	for (k = 0; k < 1000; k++) {
		int fd = open_fwctl(DEV1);

		CHECK_OK(close(fd));
	}
	CHECK(sim_count(DEV1, "uctx_count") == uctx &&
	      core_count(DEV1, "open_files") == files,
	      "after 1000 opens: %lld contexts, %lld files more",
	      sim_count(DEV1, "uctx_count") - uctx,
	      core_count(DEV1, "open_files") - files);
}

/* A failed CREATE_UCTX fails the open, and leaves no file behind. */
static void fwctl_open_fails_when_uctx_creation_fails(void)
{
	long long files = core_count(DEV1, "open_files");
	int fd;

	sim_knob(DEV1, "fail_status", 0xf);
	sim_knob(DEV1, "fail_next", 1);
	fd = fwctl_open(DEV1);
	CHECK(fd < 0, "open succeeded though CREATE_UCTX failed");
	CHECK(errno == ENOSPC, "open: %s, want ENOSPC (NO_RES)", errname(errno));
	CHECK(core_count(DEV1, "open_files") == files, "a failed open left a file");
	fd = open_fwctl(DEV1);
	close(fd);
}

/* The same uAPI from a 32-bit process, through both nodes (compat32.c). */
static void both_doors_32bit_process(void)
{
	char self[512], prog[600], node[128], fw[128];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	int status;
	pid_t pid;

	CHECK(n > 0, "readlink /proc/self/exe: %s", errname(errno));
	self[n] = '\0';
	*strrchr(self, '/') = '\0';
	snprintf(prog, sizeof(prog), "%s/mlx5ctl-compat32", self);
	dev_node(DEV0, node, sizeof(node));
	CHECK(!fwctl_node(DEV0, fw, sizeof(fw)), "no fwctl node");
	pid = fork();
	CHECK(pid >= 0, "fork: %s", errname(errno));
	if (pid == 0) {
		execl(prog, prog, node, fw, (char *)NULL);
		_exit(127);
	}
	CHECK(waitpid(pid, &status, 0) == pid, "waitpid: %s", errname(errno));
	CHECK(WIFEXITED(status), "%s died of signal %d", prog, WTERMSIG(status));
	CHECK(WEXITSTATUS(status) == 0, "%s failed check %d", prog,
	      WEXITSTATUS(status));
}

/* ---- the door off ---------------------------------------------------------- */

static const char *core_ko_path(void)
{
	const char *p = getenv("MLX5CTL_CORE_KO");

	return p && *p ? p : "kmod/mlx5ctl.ko";
}

static int load_core(int kfd, const char *params)
{
	if (syscall(SYS_delete_module, "mlx5ctl", O_NONBLOCK))
		return -errno;
	if (syscall(SYS_finit_module, kfd, params, 0))
		return -errno;
	return 0;
}

static void wait_for_node(const char *node)
{
	for (int i = 0; i < 100 && access(node, F_OK); i++)
		usleep(100000);
}

/*
 * With fwctl's uAPI off (fwctl_uapi=0, as on a kernel with its own fwctl):
 * the misc nodes only, no class fwctl, one log line saying so. Reloads the
 * core, then restores it and checks the door is back.
 */
static void fwctl_uapi_off_serves_misc_only(void)
{
	const char *ko = core_ko_path();
	char node[128], fw[128];
	struct mbox m;
	int kfd, fd, err;

	kfd = open(ko, O_RDONLY | O_CLOEXEC);
	CHECK(kfd >= 0, "%s: %s (set MLX5CTL_CORE_KO)", ko, errname(errno));
	err = load_core(kfd, "fwctl_uapi=0");
	if (err && access(CORE_PARAMS, F_OK))
		CHECK(!syscall(SYS_finit_module, kfd, "", 0), "reload %s", ko);
	CHECK(!err, "reloading mlx5ctl with fwctl_uapi=0: %s", errname(-err));

	dev_node(DEV0, node, sizeof(node));
	wait_for_node(node);
	fd = open_dev(DEV0);
	CHECK_OK(nop_cmdrpc(fd, &m));
	close(fd);
	CHECK(access(FWCTL_CLASS, F_OK), FWCTL_CLASS " exists with fwctl_uapi=0");
	CHECK(fwctl_node(DEV0, fw, sizeof(fw)) == -ENOENT,
	      "the misc device names a fwctl node with fwctl_uapi=0");
	CHECK(kmsg_has("fwctl's uAPI not served", "fwctl_uapi=0") == 1,
	      "no log line saying fwctl's uAPI is not served");

	err = load_core(kfd, "");
	close(kfd);
	CHECK(!err, "reloading mlx5ctl: %s", errname(-err));
	dev_node(DEV1, node, sizeof(node));
	wait_for_node(node);
	CHECK(!fwctl_node(DEV0, fw, sizeof(fw)) && !fwctl_node(DEV1, fw, sizeof(fw)),
	      "fwctl nodes not back after the reload");
	wait_for_node(fw);
	fd = open_fwctl(DEV1);
	nop_in(&m);
	CHECK_OK(fwctl_rpc(fd, 0, m.in, 16, m.out, 16, NULL));
	close(fd);
}

const struct test_case fwctl_cases[] = {
	TEST(fwctl_node_is_class_fwctl_root_0600_beside_misc, 30),
	TEST(fwctl_node_per_device_goes_with_it, 30),
	TEST(fwctl_open_creates_uctx_with_tools_resources, 30),
	TEST(fwctl_caps_dropped_open_works_write_full_eperm, 30),
	TEST(fwctl_uctx_caps_masked_by_device, 30),
	TEST(fwctl_info_size_below_last_field_einval, 30),
	TEST(fwctl_info_nonzero_tail_e2big_zero_tail_works, 30),
	TEST(fwctl_info_flags_eopnotsupp, 30),
	TEST(fwctl_info_device_data_min_copied_rest_zeroed, 30),
	TEST(fwctl_rpc_nop_out_len_written_back, 30),
	TEST(fwctl_rpc_size_rules, 30),
	TEST(fwctl_rpc_lengths_emsgsize, 30),
	TEST(fwctl_rpc_unknown_scope_eopnotsupp, 30),
	TEST(fwctl_rpc_opcode_not_allowed_ebadmsg, 30),
	TEST(fwctl_rpc_firmware_error_is_success, 30),
	TEST(fwctl_rpc_stamps_uid, 30),
	TEST(fwctl_rpc_debug_write_taints_naming_the_process, 30),
	TEST(fwctl_unknown_ioctls_enotty_each_door_its_own, 30),
	TEST(fwctl_node_serves_umems_and_device_info, 30),
	TEST(both_doors_each_file_its_own_context, 30),
	TEST(both_doors_hot_unplug_with_rpcs_in_flight, 60),
	TEST(fwctl_open_close_many_no_leak, 300),
	TEST(fwctl_open_fails_when_uctx_creation_fails, 30),
	TEST(both_doors_32bit_process, 30),
	/* Last: it reloads mlx5ctl.ko. */
	TEST(fwctl_uapi_off_serves_misc_only, 60),
};

const unsigned int fwctl_cases_len = sizeof(fwctl_cases) / sizeof(fwctl_cases[0]);
