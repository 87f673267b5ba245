// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * mlx5ctl RPC benchmark: calls per second of a NOP through the V4 CMDRPC and
 * through the scoped RPC, against an ioctl number the driver does not know
 * (ENOTTY: the cost of the syscall and the dispatch alone), with one thread
 * and with two (each its own file, or one shared file).
 *
 * Each configuration runs REPS times, the configurations interleaved so that
 * a busy host's noise (a TCG guest feels every other process) falls on all
 * of them alike. The targets are judged on the best run of each, the one the
 * host disturbed least; the medians are shown beside them.
 *
 * Then the device's core image (the CR-space resource dump, 5 MiB) is dumped
 * through a umem, window by window as tools do, against a memcpy of as many
 * bytes between two buffers of this process, in the same run: the device
 * writes straight into the umem, so the dump should stream at memory speed.
 *
 * It reports; it does not judge: the targets are printed with met or not met
 * and the exit status is 0 whenever the measurements could be taken. Lines
 * starting "figure:" are what make bench's table reads.
 *
 * With -o OP it measures that one call (enotty, nop_cmdrpc or nop_rpc), one
 * thread, REPS runs, and prints only "figure: OP_per_s BEST": what the Java
 * benchmark runs between its own runs, so that both languages are measured
 * in the same seconds of a guest whose speed drifts.
 *
 * Usage: mlx5ctl-bench [-d DEVICE_ID] [-s SECONDS_PER_RUN] [-r REPS] [-o OP]
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "prm.h"
#include "guest.h"

/*
 * Targets: a NOP costs at most 1.5 times a bare ioctl; two threads do 1.6x
 * one; a dump through a umem streams at half memcpy's speed or better.
 */
#define TARGET_COST_RATIO 1.5
#define TARGET_SCALING 1.6
#define TARGET_DUMP_RATIO 0.5

/* The simulator's CR-space dump (its 5 MiB core image) and its window. */
#define DUMP_CR_SPACE 0x1005
#define DUMP_UMEM_LEN (6u << 20)
#define DUMP_WINDOW (1u << 20)

#define ENOTTY_IOCTL _IO(MLX5CTL_IOCTL_MAGIC, 0x7f)

enum op { OP_ENOTTY, OP_NOP_CMDRPC, OP_NOP_RPC, OP_COUNT };

static const char *const op_names[OP_COUNT] = {
	[OP_ENOTTY] = "enotty",
	[OP_NOP_CMDRPC] = "nop_cmdrpc",
	[OP_NOP_RPC] = "nop_rpc",
};

/* Thread layouts measured. */
enum layout { ONE_THREAD, TWO_OWN_FDS, TWO_SHARED_FD, LAYOUT_COUNT };

static const char *const layout_names[LAYOUT_COUNT] = {
	[ONE_THREAD] = "1 thread",
	[TWO_OWN_FDS] = "2 threads, own fds",
	[TWO_SHARED_FD] = "2 threads, shared fd",
};

struct worker {
	pthread_t thread;
	int fd;
	enum op op;
	atomic_int *stop;
	pthread_barrier_t *start;
	unsigned long calls;
	int err;		/* an unexpected errno, 0 if none */
};

static void *worker_run(void *arg)
{
	struct worker *w = arg;
	unsigned char in[16] __attribute__((aligned(8))) = { 0 };
	unsigned char out[16] __attribute__((aligned(8)));
	struct mlx5ctl_cmdrpc c = {
		.in = (uintptr_t)in, .out = (uintptr_t)out,
		.inlen = PRM_SZ(nop_in), .outlen = PRM_SZ(nop_out),
	};
	struct mlx5ctl_rpc r = {
		.size = sizeof(r), .scope = MLX5CTL_RPC_CONFIGURATION,
		.inlen = PRM_SZ(nop_in), .outlen = PRM_SZ(nop_out),
		.in = (uintptr_t)in, .out = (uintptr_t)out,
	};
	unsigned long n = 0;

	PRM_SET(nop_in, in, opcode, MLX5CTL_CMD_OP_NOP);
	pthread_barrier_wait(w->start);
	switch (w->op) {
	case OP_ENOTTY:
		while (!*w->stop) {
			if (ioctl(w->fd, ENOTTY_IOCTL, &c) != -1 || errno != ENOTTY) {
				w->err = errno ? errno : EPROTO;
				break;
			}
			n++;
		}
		break;
	case OP_NOP_CMDRPC:
		while (!*w->stop) {
			if (ioctl(w->fd, MLX5CTL_IOCTL_CMDRPC, &c)) {
				w->err = errno;
				break;
			}
			n++;
		}
		break;
	case OP_NOP_RPC:
		while (!*w->stop) {
			if (ioctl(w->fd, MLX5CTL_IOCTL_RPC, &r)) {
				w->err = errno;
				break;
			}
			n++;
		}
		break;
	default:
		break;
	}
	/* A NOP that ran must have succeeded in the firmware too. */
	if (!w->err && w->op != OP_ENOTTY &&
	    PRM_GET(nop_out, out, status))
		w->err = EPROTO;
	w->calls = n;
	return NULL;
}

/* Calls per second of @op with @layout for @seconds; < 0 on failure. */
static double measure(unsigned int dev, enum op op, enum layout layout,
		      double seconds)
{
	unsigned int nthreads = layout == ONE_THREAD ? 1 : 2, i;
	struct worker w[2];
	pthread_barrier_t start;
	atomic_int stop = 0;
	struct timespec ts;
	uint64_t t0, t1;
	unsigned long calls = 0;
	int fds[2] = { -1, -1 }, failed = 0;

	for (i = 0; i < nthreads; i++) {
		if (i == 1 && layout == TWO_SHARED_FD) {
			fds[1] = fds[0];
			break;
		}
		fds[i] = dev_open(dev);
		if (fds[i] < 0) {
			fprintf(stderr, "bench: open device %u: %s\n", dev,
				strerror(errno));
			return -1;
		}
	}
	pthread_barrier_init(&start, NULL, nthreads + 1);
	for (i = 0; i < nthreads; i++) {
		w[i] = (struct worker){
			.fd = fds[i], .op = op, .stop = &stop, .start = &start,
		};
		pthread_create(&w[i].thread, NULL, worker_run, &w[i]);
	}
	pthread_barrier_wait(&start);
	t0 = now_ns();
	ts.tv_sec = (time_t)seconds;
	ts.tv_nsec = (long)((seconds - (double)ts.tv_sec) * 1e9);
	nanosleep(&ts, NULL);
	stop = 1;
	for (i = 0; i < nthreads; i++) {
		pthread_join(w[i].thread, NULL);
		calls += w[i].calls;
		if (w[i].err) {
			fprintf(stderr, "bench: %s: %s\n", op_names[op],
				strerror(w[i].err));
			failed = 1;
		}
	}
	t1 = now_ns();
	pthread_barrier_destroy(&start);
	close(fds[0]);
	if (layout == TWO_OWN_FDS)
		close(fds[1]);
	if (failed)
		return -1;
	return (double)calls * 1e9 / (double)(t1 - t0);
}

#define MAX_REPS 21

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static const char *verdict(int met)
{
	return met ? "met" : "NOT met";
}

/* One command through the scoped RPC; the firmware status, or -1. */
static int bench_rpc(int fd, unsigned int scope, void *in, uint32_t inlen,
		     void *out, uint32_t outlen)
{
	if (rpc(fd, scope, in, inlen, out, outlen)) {
		fprintf(stderr, "bench: RPC 0x%x: %s\n",
			PRM_GET(mbox_in, in, opcode), strerror(errno));
		return -1;
	}
	return (int)PRM_GET(mbox_out, out, status);
}

/*
 * A umem over @buf with an mkey the device writes through, as a dump tool
 * sets one up; the mkey, or 0.
 */
static uint32_t dump_mkey(int fd, unsigned char *buf, uint64_t len)
{
	unsigned char in[PRM_SZ(create_mkey_in)] __attribute__((aligned(8))) = { 0 };
	unsigned char out[PRM_SZ(create_mkey_out)] __attribute__((aligned(8)));
	unsigned char pin[PRM_SZ(alloc_pd_in)] __attribute__((aligned(8))) = { 0 };
	unsigned char pout[PRM_SZ(alloc_pd_out)] __attribute__((aligned(8)));
	uint32_t umem_id, pd;
	void *mkc;

	if (umem_reg(fd, buf, len, &umem_id)) {
		fprintf(stderr, "bench: UMEM_REG: %s\n", strerror(errno));
		return 0;
	}
	PRM_SET(alloc_pd_in, pin, opcode, MLX5CTL_CMD_OP_ALLOC_PD);
	if (bench_rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, pin, sizeof(pin), pout,
		      sizeof(pout)))
		return 0;
	pd = PRM_GET(alloc_pd_out, pout, pd);
	PRM_SET(create_mkey_in, in, opcode, MLX5CTL_CMD_OP_CREATE_MKEY);
	PRM_SET(create_mkey_in, in, mkey_umem_valid, 1);
	PRM_SET(create_mkey_in, in, mkey_umem_id, umem_id);
	mkc = PRM_ADDR_OF(create_mkey_in, in, memory_key_mkey_entry);
	PRM_SET(mkc, mkc, access_mode_1_0, MLX5CTL_MKC_ACCESS_MODE_MTT);
	PRM_SET(mkc, mkc, lw, 1);
	PRM_SET(mkc, mkc, lr, 1);
	PRM_SET(mkc, mkc, pd, pd);
	PRM_SET(mkc, mkc, mkey_7_0, 0x42);
	PRM_SET64(mkc, mkc, start_addr, (uintptr_t)buf);
	PRM_SET64(mkc, mkc, len, len);
	if (bench_rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, in, sizeof(in), out,
		      sizeof(out)))
		return 0;
	return PRM_GET(create_mkey_out, out, mkey_index) << 8 | 0x42;
}

/*
 * The whole CR-space dump into @buf through @mkey, a window a command as
 * mlx5ctl dump does; its length, or 0.
 */
static uint64_t dump_once(int fd, uint32_t mkey, unsigned char *buf)
{
	unsigned char in[PRM_SZ(access_register_in) + PRM_SZ(resource_dump)]
		__attribute__((aligned(8)));
	unsigned char out[PRM_SZ(access_register_out) + PRM_SZ(resource_dump)]
		__attribute__((aligned(8)));
	void *reg = PRM_ADDR_OF(access_register_in, in, register_data);
	void *oreg = PRM_ADDR_OF(access_register_out, out, register_data);
	uint64_t done = 0, opaque = 0;
	int more;

	do {
		memset(in, 0, sizeof(in));
		PRM_SET(access_register_in, in, opcode, MLX5CTL_CMD_OP_ACCESS_REG);
		PRM_SET(access_register_in, in, op_mod,
			MLX5CTL_ACCESS_REG_OP_MOD_READ);
		PRM_SET(access_register_in, in, register_id,
			MLX5CTL_REG_RESOURCE_DUMP);
		PRM_SET(resource_dump, reg, segment_type, DUMP_CR_SPACE);
		PRM_SET(resource_dump, reg, mkey, mkey);
		PRM_SET(resource_dump, reg, size, DUMP_WINDOW);
		PRM_SET64(resource_dump, reg, address, (uintptr_t)(buf + done));
		PRM_SET64(resource_dump, reg, device_opaque, opaque);
		if (done + DUMP_WINDOW > DUMP_UMEM_LEN ||
		    bench_rpc(fd, MLX5CTL_RPC_DEBUG_READ_ONLY, in, sizeof(in),
			      out, sizeof(out))) {
			fprintf(stderr, "bench: RESOURCE_DUMP failed at byte %llu\n",
				(unsigned long long)done);
			return 0;
		}
		done += PRM_GET(resource_dump, oreg, size);
		opaque = PRM_GET64(resource_dump, oreg, device_opaque);
		more = PRM_GET(resource_dump, oreg, more_dump);
	} while (more);
	return done;
}

/*
 * Dump throughput against memcpy's, best of @reps each, interleaved; prints
 * both and the ratio. Returns 0, or -1 when the dump could not be taken.
 */
static int bench_dump(unsigned int dev, unsigned int reps)
{
	unsigned char *umem, *src, *dst;
	double dump_best = 0, copy_best = 0;
	uint64_t len = 0, t0;
	uint32_t mkey;
	unsigned int r;
	int fd, ret = -1;

	fd = dev_open(dev);
	if (fd < 0) {
		fprintf(stderr, "bench: open device %u: %s\n", dev, strerror(errno));
		return -1;
	}
	umem = mmap(NULL, DUMP_UMEM_LEN, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	src = mmap(NULL, DUMP_UMEM_LEN, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	dst = mmap(NULL, DUMP_UMEM_LEN, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	if (umem == MAP_FAILED || src == MAP_FAILED || dst == MAP_FAILED) {
		fprintf(stderr, "bench: mmap: %s\n", strerror(errno));
		goto out;
	}
	memset(src, 0x5a, DUMP_UMEM_LEN);
	memset(dst, 0, DUMP_UMEM_LEN);
	mkey = dump_mkey(fd, umem, DUMP_UMEM_LEN);
	/* The first dump makes the device's core image: not measured. */
	if (!mkey || !dump_once(fd, mkey, umem))
		goto out;
	for (r = 0; r < reps; r++) {
		double rate;

		t0 = now_ns();
		len = dump_once(fd, mkey, umem);
		if (!len)
			goto out;
		rate = (double)len * 1e9 / (double)(now_ns() - t0);
		if (rate > dump_best)
			dump_best = rate;
		t0 = now_ns();
		memcpy(dst, src, len);
		/* Keep the copy: the compiler must not drop it. */
		__asm__ volatile("" : : "r"(dst) : "memory");
		rate = (double)len * 1e9 / (double)(now_ns() - t0);
		if (rate > copy_best)
			copy_best = rate;
	}
	printf("\ncore image dump through a umem: %llu bytes, best of %u runs\n",
	       (unsigned long long)len, reps);
	printf("%-40s %10.0f MiB/s\n", "dump (RESOURCE_DUMP into the umem)",
	       dump_best / (1 << 20));
	printf("%-40s %10.0f MiB/s\n", "memcpy, same bytes, same process",
	       copy_best / (1 << 20));
	printf("%-40s %6.2fx  %s\n", "dump / memcpy throughput",
	       dump_best / copy_best, verdict(dump_best / copy_best >= TARGET_DUMP_RATIO));
	printf("figure: dump_mib_s %.0f %.0f\n", dump_best / (1 << 20),
	       copy_best / (1 << 20));
	ret = 0;
out:
	/* Closing the file frees the mkey, the PD and the umem. */
	close(fd);
	if (umem != MAP_FAILED)
		munmap(umem, DUMP_UMEM_LEN);
	if (src != MAP_FAILED)
		munmap(src, DUMP_UMEM_LEN);
	if (dst != MAP_FAILED)
		munmap(dst, DUMP_UMEM_LEN);
	return ret;
}

/* -o OP: @reps runs of @op alone, one thread; prints the best. */
static int bench_one(unsigned int dev, enum op op, double seconds,
		     unsigned int reps)
{
	double best = 0, rate;
	unsigned int r;

	for (r = 0; r < reps; r++) {
		rate = measure(dev, op, ONE_THREAD, seconds);
		if (rate < 0)
			return 1;
		if (rate > best)
			best = rate;
	}
	printf("figure: %s_per_s %.0f\n", op_names[op], best);
	return 0;
}

int main(int argc, char **argv)
{
	double runs[OP_COUNT][LAYOUT_COUNT][MAX_REPS];
	double best[OP_COUNT][LAYOUT_COUNT], median[OP_COUNT][LAYOUT_COUNT];
	double seconds = 0.5;
	unsigned int dev = 0, reps = 5, r;
	int opt, o, l, only = -1;

	while ((opt = getopt(argc, argv, "d:s:r:o:")) != -1) {
		switch (opt) {
		case 'd':
			dev = (unsigned int)strtoul(optarg, NULL, 0);
			break;
		case 's':
			seconds = strtod(optarg, NULL);
			break;
		case 'r':
			reps = (unsigned int)strtoul(optarg, NULL, 0);
			break;
		case 'o':
			for (o = 0; o < OP_COUNT; o++)
				if (!strcmp(optarg, op_names[o]))
					only = o;
			if (only < 0) {
				fprintf(stderr, "bench: -o takes enotty, nop_cmdrpc or nop_rpc, not '%s'\n",
					optarg);
				return 2;
			}
			break;
		default:
			fprintf(stderr, "usage: %s [-d DEVICE_ID] [-s SECONDS] [-r REPS] [-o OP]\n",
				argv[0]);
			return 2;
		}
	}
	if (seconds <= 0 || seconds > 60 || reps < 1 || reps > MAX_REPS) {
		fprintf(stderr, "bench: -s takes 0 to 60 seconds, -r 1 to %d\n",
			MAX_REPS);
		return 2;
	}
	if (only >= 0)
		return bench_one(dev, only, seconds, reps);

	/* A short warm-up: first faults, caches, the device's first commands. */
	for (o = 0; o < OP_COUNT; o++)
		if (measure(dev, o, ONE_THREAD, seconds / 10) < 0)
			return 1;

	for (r = 0; r < reps; r++)
		for (o = 0; o < OP_COUNT; o++)
			for (l = 0; l < LAYOUT_COUNT; l++) {
				runs[o][l][r] = measure(dev, o, l, seconds);
				if (runs[o][l][r] < 0)
					return 1;
			}

	printf("mlx5ctl RPC benchmark: device %u, %u runs of %.2f s each\n\n",
	       dev, reps, seconds);
	printf("%-12s %-22s %12s %12s %12s %12s\n", "call", "threads",
	       "best/s", "median/s", "worst/s", "ns/call");
	for (o = 0; o < OP_COUNT; o++)
		for (l = 0; l < LAYOUT_COUNT; l++) {
			double *v = runs[o][l];

			qsort(v, reps, sizeof(*v), cmp_double);
			best[o][l] = v[reps - 1];
			median[o][l] = reps % 2 ? v[reps / 2] :
					(v[reps / 2 - 1] + v[reps / 2]) / 2;
			/* ns/call is each thread's (best run): calls share its time. */
			printf("%-12s %-22s %12.0f %12.0f %12.0f %12.0f\n",
			       op_names[o], layout_names[l], best[o][l],
			       median[o][l], v[0],
			       (l == ONE_THREAD ? 1e9 : 2e9) / best[o][l]);
		}

	printf("\nratios of the best runs (median runs in brackets); targets: per-call\n"
	       "cost <= %.1fx ENOTTY, 2 threads >= %.1fx 1 thread\n",
	       TARGET_COST_RATIO, TARGET_SCALING);
	for (o = OP_NOP_CMDRPC; o < OP_COUNT; o++) {
		double cost = best[OP_ENOTTY][ONE_THREAD] / best[o][ONE_THREAD];
		double cost_med = median[OP_ENOTTY][ONE_THREAD] / median[o][ONE_THREAD];
		char label[64];

		snprintf(label, sizeof(label), "cost %s / enotty (1 thread)",
			 op_names[o]);
		printf("%-40s %6.2fx (%5.2fx)  %s\n", label, cost, cost_med,
		       verdict(cost <= TARGET_COST_RATIO));
	}
	for (o = 0; o < OP_COUNT; o++)
		for (l = TWO_OWN_FDS; l < LAYOUT_COUNT; l++) {
			double scale = best[o][l] / best[o][ONE_THREAD];
			double scale_med = median[o][l] / median[o][ONE_THREAD];
			char label[64];

			snprintf(label, sizeof(label), "scaling %s, %s",
				 op_names[o], l == TWO_OWN_FDS ? "own fds" : "shared fd");
			printf("%-40s %6.2fx (%5.2fx)  %s\n", label, scale,
			       scale_med, verdict(scale >= TARGET_SCALING));
		}
	/* ENOTTY is the ceiling: the syscall alone, no driver work shared. */
	if (best[OP_ENOTTY][TWO_OWN_FDS] / best[OP_ENOTTY][ONE_THREAD] < TARGET_SCALING)
		printf("\nnote: even ENOTTY does not scale to 2 threads here: the guest's\n"
		       "vCPUs are not getting two host CPUs (a busy host), so the scaling\n"
		       "figures above say nothing about the driver.\n");
	printf("figure: nop_rpc_per_s %.0f %.0f\n", best[OP_NOP_RPC][ONE_THREAD],
	       best[OP_ENOTTY][ONE_THREAD]);
	printf("figure: nop_cmdrpc_per_s %.0f %.0f\n",
	       best[OP_NOP_CMDRPC][ONE_THREAD], best[OP_ENOTTY][ONE_THREAD]);
	return bench_dump(dev, reps) ? 1 : 0;
}
