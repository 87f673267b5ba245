// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * A 32-bit process using the uAPI (the compat ioctl path): INFO, a NOP
 * through CMDRPC and through the scoped RPC, DEVICE_INFO; given fwctl's node
 * too, FWCTL_INFO and a NOP through FWCTL_RPC. Built -m32 without a C library
 * (the host has no 32-bit one): raw int $0x80 system calls.
 * Exit status: 0, or the number of the first check that failed.
 *
 * Usage: mlx5ctl-compat32 /dev/mlx5ctl-... [/dev/fwctl/fwctlN]
 */
#include <fwctl/fwctl.h>
#include <fwctl/mlx5.h>
#include <misc/mlx5ctl.h>

#define NR_EXIT 1
#define NR_OPEN 5
#define NR_IOCTL 54
#define O_RDWR 2

static long sys3(long nr, long a, long b, long c)
{
	long ret;

	asm volatile("int $0x80"
		     : "=a"(ret)
		     : "a"(nr), "b"(a), "c"(b), "d"(c)
		     : "memory");
	return ret;
}

static __attribute__((noreturn)) void quit(int status)
{
	sys3(NR_EXIT, status, 0, 0);
	__builtin_unreachable();
}

/* The NOP mailbox: opcode 0x80d in the first 16 bits, big-endian. */
static unsigned char nop_in[16] = { 0x08, 0x0d };
static unsigned char nop_out[16];

int main32(int argc, char **argv);

/* fwctl's node: FWCTL_INFO's device data, a NOP through FWCTL_RPC. */
static int fwctl_checks(const char *node)
{
	struct fwctl_info_mlx5 data = { 0 };
	struct fwctl_info fi = {
		.size = sizeof(fi), .device_data_len = sizeof(data),
		.out_device_data = (unsigned long)&data,
	};
	struct fwctl_rpc r = {
		.size = sizeof(r), .scope = FWCTL_RPC_CONFIGURATION,
		.in_len = sizeof(nop_in), .out_len = sizeof(nop_out),
		.in = (unsigned long)nop_in, .out = (unsigned long)nop_out,
	};
	long fd = sys3(NR_OPEN, (long)node, O_RDWR, 0);

	if (fd < 0)
		return 8;
	if (sys3(NR_IOCTL, fd, FWCTL_INFO, (long)&fi) ||
	    fi.out_device_type != FWCTL_DEVICE_TYPE_MLX5 || !data.uid)
		return 9;
	nop_out[0] = 0xff;
	if (sys3(NR_IOCTL, fd, FWCTL_RPC, (long)&r) || nop_out[0] ||
	    r.out_len != sizeof(nop_out))
		return 10;
	return 0;
}

int main32(int argc, char **argv)
{
	struct mlx5ctl_device_info di = { .size = sizeof(di) };
	struct mlx5ctl_cmdrpc c = {
		.in = (unsigned long)nop_in, .out = (unsigned long)nop_out,
		.inlen = sizeof(nop_in), .outlen = sizeof(nop_out),
	};
	struct mlx5ctl_rpc r = {
		.size = sizeof(r), .scope = MLX5CTL_RPC_CONFIGURATION,
		.inlen = sizeof(nop_in), .outlen = sizeof(nop_out),
		.in = (unsigned long)nop_in, .out = (unsigned long)nop_out,
	};
	struct mlx5ctl_info info;
	long fd;

	if (argc != 2 && argc != 3)
		return 1;
	fd = sys3(NR_OPEN, (long)argv[1], O_RDWR, 0);
	if (fd < 0)
		return 2;
	if (sys3(NR_IOCTL, fd, MLX5CTL_IOCTL_INFO, (long)&info) || !info.uctx_uid)
		return 3;
	nop_out[0] = 0xff;
	if (sys3(NR_IOCTL, fd, MLX5CTL_IOCTL_CMDRPC, (long)&c) || nop_out[0])
		return 4;
	nop_out[0] = 0xff;
	if (sys3(NR_IOCTL, fd, MLX5CTL_IOCTL_RPC, (long)&r) || nop_out[0])
		return 5;
	if (sys3(NR_IOCTL, fd, MLX5CTL_IOCTL_DEVICE_INFO, (long)&di) ||
	    di.uctx_uid != info.uctx_uid)
		return 6;
	if (sys3(NR_IOCTL, fd, _IO(MLX5CTL_IOCTL_MAGIC, 0x7f), 0) != -25 /* ENOTTY */)
		return 7;
	return argc == 3 ? fwctl_checks(argv[2]) : 0;
}

/* The entry point: argc, argv on the stack as the kernel lays them out. */
asm(".globl _start\n"
    "_start:\n"
    "	mov (%esp), %eax\n"
    "	lea 4(%esp), %ecx\n"
    "	and $-16, %esp\n"
    "	sub $8, %esp\n"
    "	push %ecx\n"
    "	push %eax\n"
    "	call main32\n"
    "	push %eax\n"
    "	call quit_entry\n");

void quit_entry(int status);

void quit_entry(int status)
{
	quit(status);
}
