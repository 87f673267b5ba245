/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * What the guest tests and the benchmark share: the simulator's sysfs and
 * debugfs interface, the device nodes, the ioctl wrappers and capability sets.
 */
#ifndef MLX5CTL_TESTS_GUEST_H
#define MLX5CTL_TESTS_GUEST_H

#include <stdint.h>
#include <fwctl/fwctl.h>
#include <fwctl/mlx5.h>
#include <misc/mlx5ctl.h>

#define SIM_BUS "/sys/bus/mlx5ctl_sim"
#define SIM_DEBUGFS "/sys/kernel/debug/mlx5ctl_sim"
#define SIM_PARAMS "/sys/module/mlx5ctl_sim/parameters"
#define CORE_PARAMS "/sys/module/mlx5ctl/parameters"
#define DEV_PREFIX "/dev/mlx5ctl-mlx5ctl_sim.ctl."
#define MISC_CLASS "/sys/class/misc/mlx5ctl-mlx5ctl_sim.ctl."
#define FWCTL_CLASS "/sys/class/fwctl"

/* Nanoseconds on CLOCK_MONOTONIC. */
uint64_t now_ns(void);

/* The node of simulated device @id, and the auxiliary device's name. */
void dev_node(unsigned int id, char *buf, size_t len);
void dev_name(unsigned int id, char *buf, size_t len);
int dev_open(unsigned int id);

/*
 * fwctl's node of simulated device @id (/dev/fwctl/fwctlN, as the misc
 * device's sysfs attribute `fwctl` names it): 0, or -errno when the device
 * has none.
 */
int fwctl_node(unsigned int id, char *buf, size_t len);
int fwctl_open(unsigned int id);

/*
 * Create or remove simulated device @id through the bus files; creation waits
 * for the node to appear, removal for it to go. 0 or -errno.
 */
int sim_new_device(unsigned int id);
int sim_del_device(unsigned int id);

/* A file's contents as a number (any base strtoll takes); -errno if unreadable. */
int read_number(const char *path, long long *v);
int write_string(const char *path, const char *s);

/* The simulator's debugfs file @name of device @id. */
int sim_get(unsigned int id, const char *name, long long *v);
int sim_set(unsigned int id, const char *name, long long v);

/* Reset every fault knob of device @id to the simulator's defaults. */
void sim_reset_knobs(unsigned int id);

/* The ioctls; -1 with errno on failure, as ioctl(2). */
int cmdrpc(int fd, void *in, uint32_t inlen, void *out, uint32_t outlen);
int rpc(int fd, uint32_t scope, void *in, uint32_t inlen, void *out,
	uint32_t outlen);
int info(int fd, struct mlx5ctl_info *i);
int device_info(int fd, struct mlx5ctl_device_info *di);
int umem_reg(int fd, void *addr, uint64_t len, uint32_t *umem_id);
int umem_unreg(int fd, uint32_t umem_id);
/* FWCTL_RPC; *@out_len (if given) receives the kernel's out_len. */
int fwctl_rpc(int fd, uint32_t scope, void *in, uint32_t in_len, void *out,
	      uint32_t out_len, uint32_t *out_len_ret);
/* FWCTL_INFO with @len bytes of device data at @data; @fi receives the answer. */
int fwctl_info(int fd, void *data, uint32_t len, struct fwctl_info *fi);

/*
 * Set this process's effective, permitted and inheritable capability sets to
 * @keep (bits 1 << CAP_*), through capset(2). 0 or -errno.
 */
int caps_limit(uint64_t keep);
#define CAP_BIT(c) (1ull << (c))

#endif /* MLX5CTL_TESTS_GUEST_H */
