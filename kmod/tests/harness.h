/* SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0 */
/*
 * A small test runner for the guest: each case runs in its own forked process
 * group (a crash, a hang or a leaked thread stays inside the case), reports a
 * failure as one line through a pipe, and the runner prints `ok   name` or
 * `FAIL name: reason` and finally `N passed, N failed`.
 */
#ifndef MLX5CTL_TESTS_HARNESS_H
#define MLX5CTL_TESTS_HARNESS_H

#include <errno.h>
#include <string.h>

struct test_case {
	const char *name;
	void (*fn)(void);
	unsigned int timeout_s;
};

/* Report a failure of the running case and end it; never returns. */
__attribute__((noreturn, format(printf, 3, 4)))
void test_fail(const char *file, int line, const char *fmt, ...);

/*
 * Run @fn(@arg) in a forked child of the case (e.g. with fewer capabilities)
 * and fail the case if the child fails. The child reports its own failures.
 */
void test_in_child(void (*fn)(void *arg), void *arg);

/* errno's name (EINVAL), for messages. */
const char *errname(int e);

#define CHECK(cond, ...)						\
	do {								\
		if (!(cond))						\
			test_fail(__FILE__, __LINE__, __VA_ARGS__);		\
	} while (0)

/* @expr (an ioctl-like call) must succeed. */
#define CHECK_OK(expr)							\
	do {								\
		errno = 0;						\
		long _r = (long)(expr);					\
		int _e = errno;						\
		if (_r < 0)						\
			test_fail(__FILE__, __LINE__, "%s failed: %s", #expr,	\
				  errname(_e));				\
	} while (0)

/* @expr must fail with -1 and errno @want. */
#define CHECK_ERR(expr, want)						\
	do {								\
		errno = 0;						\
		long _r = (long)(expr);					\
		int _e = errno;						\
		if (_r != -1 || _e != (want))				\
			test_fail(__FILE__, __LINE__,				\
				  "%s returned %ld (%s), want %s", #expr, \
				  _r, _r == -1 ? errname(_e) : "success", \
				  errname(want));			\
	} while (0)

int test_main(const struct test_case *cases, unsigned int n, int argc,
	      char **argv, void (*after_each)(void));

#endif /* MLX5CTL_TESTS_HARNESS_H */
