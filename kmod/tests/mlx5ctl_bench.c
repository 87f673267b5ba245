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
 * It reports; it does not judge: the targets are printed with met or not met
 * and the exit status is 0 whenever the measurements could be taken.
 *
 * Usage: mlx5ctl-bench [-d DEVICE_ID] [-s SECONDS_PER_RUN] [-r REPS]
 */
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "prm.h"
#include "guest.h"

/* Targets: a NOP costs at most twice a bare ioctl; two threads do 1.6x one. */
#define TARGET_COST_RATIO 2.0
#define TARGET_SCALING 1.6

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

int main(int argc, char **argv)
{
	double runs[OP_COUNT][LAYOUT_COUNT][MAX_REPS];
	double best[OP_COUNT][LAYOUT_COUNT], median[OP_COUNT][LAYOUT_COUNT];
	double seconds = 0.5;
	unsigned int dev = 0, reps = 5, r;
	int opt, o, l;

	while ((opt = getopt(argc, argv, "d:s:r:")) != -1) {
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
		default:
			fprintf(stderr, "usage: %s [-d DEVICE_ID] [-s SECONDS] [-r REPS]\n",
				argv[0]);
			return 2;
		}
	}
	if (seconds <= 0 || seconds > 60 || reps < 1 || reps > MAX_REPS) {
		fprintf(stderr, "bench: -s takes 0 to 60 seconds, -r 1 to %d\n",
			MAX_REPS);
		return 2;
	}

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
	return 0;
}
