// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * The provider for the kernel's own mlx5_core (kmod/mlx5/mlx5ctl_mlx5.ko),
 * with Debian's mlx5_core of the guest's kernel: vm/vm.sh keeps it and its
 * dependencies in vm/cache/kernel-<release>/modules, load order in
 * mlx5.order. QEMU has no ConnectX: the provider must attach nothing, leave
 * other functions alone, and load and unload cleanly whichever way round.
 */
#include <dirent.h>
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "tests.h"

#define PROVIDER "mlx5ctl_mlx5"

/* @buf: at least MODULE_DIR_LEN bytes. */
#define MODULE_DIR_LEN 128
static void module_dir(char *buf, size_t len)
{
	struct utsname u;

	CHECK(!uname(&u), "uname: %s", errname(errno));
	snprintf(buf, len, "vm/cache/kernel-%.64s/modules", u.release);
}

static int load_ko(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC), ret;

	CHECK(fd >= 0, "%s: %s (run vm/vm.sh, which fetches it)", path,
	      errname(errno));
	ret = syscall(SYS_finit_module, fd, "", 0) ? -errno : 0;
	close(fd);
	return ret;
}

static int unload(const char *name)
{
	return syscall(SYS_delete_module, name, O_NONBLOCK) ? -errno : 0;
}

static int loaded(const char *name)
{
	char path[128 + 64];

	snprintf(path, sizeof(path), "/sys/module/%.63s/initstate", name);
	return access(path, F_OK) == 0;
}

/* The dependencies of mlx5_core, then mlx5_core, from mlx5.order. */
static unsigned int mlx5_modules(char names[][64], unsigned int max)
{
	char dir[MODULE_DIR_LEN], path[MODULE_DIR_LEN + 16], line[64];
	unsigned int n = 0;
	FILE *f;

	module_dir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/mlx5.order", dir);
	f = fopen(path, "r");
	CHECK(f, "%s: %s", path, errname(errno));
	while (n < max && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		if (*line)
			snprintf(names[n++], 64, "%s", line);
	}
	fclose(f);
	CHECK(n > 0 && !strcmp(names[n - 1], "mlx5_core"),
	      "%s does not end with mlx5_core", path);
	return n;
}

static void load_mlx5_core(void)
{
	char names[16][64], dir[MODULE_DIR_LEN], path[MODULE_DIR_LEN + 72];
	unsigned int n = mlx5_modules(names, 16), i;
	int err;

	module_dir(dir, sizeof(dir));
	for (i = 0; i < n; i++) {
		if (loaded(names[i]))
			continue;
		snprintf(path, sizeof(path), "%s/%.63s.ko", dir, names[i]);
		err = load_ko(path);
		CHECK(!err || err == -EEXIST, "loading %s: %s", path, errname(-err));
	}
	CHECK(!access("/sys/bus/pci/drivers/mlx5_core", F_OK),
	      "mlx5_core loaded but registered no PCI driver");
}

static void unload_mlx5_core(void)
{
	char names[16][64];
	unsigned int n = mlx5_modules(names, 16);
	int err;

	while (n--) {
		/* Module names use underscores where file names have dashes. */
		for (char *c = names[n]; *c; c++)
			if (*c == '-')
				*c = '_';
		err = unload(names[n]);
		CHECK(!err || err == -ENOENT, "unloading %s: %s", names[n],
		      errname(-err));
	}
}

static const char *provider_ko(void)
{
	const char *p = getenv("MLX5CTL_MLX5_KO");

	return p && *p ? p : "kmod/mlx5/mlx5ctl_mlx5.ko";
}

/* Nothing of the provider's anywhere: no auxiliary device, no node. */
static void check_nothing_attached(void)
{
	glob_t g;

	CHECK(glob("/sys/bus/auxiliary/devices/mlx5_core.ctl.*", 0, NULL, &g) ==
	      GLOB_NOMATCH, "an mlx5_core.ctl auxiliary device exists without a ConnectX");
	globfree(&g);
	CHECK(glob("/dev/mlx5ctl-mlx5_core.*", 0, NULL, &g) == GLOB_NOMATCH,
	      "a /dev/mlx5ctl-mlx5_core.* node exists without a ConnectX");
	globfree(&g);
}

/* The spare virtio-rng function vm.sh gives the guest, bound to virtio-pci. */
static void spare_function(char *bdf, size_t len)
{
	struct dirent *e;
	DIR *d = opendir("/sys/bus/pci/drivers/virtio-pci");

	CHECK(d, "no virtio-pci driver: %s", errname(errno));
	*bdf = '\0';
	while ((e = readdir(d))) {
		char path[300];
		long long id;

		if (e->d_name[0] != '0')
			continue;
		snprintf(path, sizeof(path), "/sys/bus/pci/devices/%.32s/device", e->d_name);
		if (!read_number(path, &id) && (id == 0x1005 || id == 0x1044))
			snprintf(bdf, len, "%.32s", e->d_name);
	}
	closedir(d);
	CHECK(*bdf, "no virtio-rng-pci function (vm.sh adds one) bound to virtio-pci");
}

/* Without mlx5_core the provider cannot load (it links mlx5_cmd_do), and says so. */
static void mlx5_provider_without_mlx5_core_fails_to_load_cleanly(void)
{
	unload_mlx5_core();
	CHECK(!loaded("mlx5_core"), "mlx5_core still loaded");
	CHECK(load_ko(provider_ko()) == -ENOENT,
	      "loading the provider without mlx5_core: want ENOENT (unknown symbol)");
	CHECK(!loaded(PROVIDER), "the provider is loaded though it failed");
}

/*
 * mlx5_core first, the provider after: it attaches nothing (no ConnectX),
 * leaves a function of another driver alone as it goes and comes back, and
 * unloads, and mlx5_core after it.
 */
static void mlx5_provider_attaches_nothing_and_unloads(void)
{
	char bdf[64], path[160];

	load_mlx5_core();
	CHECK(!load_ko(provider_ko()), "loading %s", provider_ko());
	usleep(1200000); /* two watch periods */
	check_nothing_attached();

	spare_function(bdf, sizeof(bdf));
	CHECK(!write_string("/sys/bus/pci/drivers/virtio-pci/unbind", bdf),
	      "unbind %s", bdf);
	CHECK(!write_string("/sys/bus/pci/drivers/virtio-pci/bind", bdf),
	      "bind %s", bdf);
	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/driver", bdf);
	CHECK(!access(path, F_OK), "%s is not bound again", bdf);
	usleep(600000);
	check_nothing_attached();

	CHECK(!unload(PROVIDER), "unloading the provider: %s", errname(errno));
	unload_mlx5_core();
	CHECK(!loaded("mlx5_core") && !loaded(PROVIDER), "modules left loaded");
}

/* Several rounds of both, mlx5_core coming after the provider left. */
static void mlx5_provider_survives_mlx5_core_coming_and_going(void)
{
	for (int round = 0; round < 3; round++) {
		load_mlx5_core();
		CHECK(!load_ko(provider_ko()), "round %d: loading the provider", round);
		check_nothing_attached();
		CHECK(!unload(PROVIDER), "round %d: unloading the provider", round);
		unload_mlx5_core();
	}
	check_nothing_attached();
}

const struct test_case mlx5_cases[] = {
	TEST(mlx5_provider_without_mlx5_core_fails_to_load_cleanly, 60),
	TEST(mlx5_provider_attaches_nothing_and_unloads, 120),
	TEST(mlx5_provider_survives_mlx5_core_coming_and_going, 180),
};

const unsigned int mlx5_cases_len = sizeof(mlx5_cases) / sizeof(mlx5_cases[0]);
