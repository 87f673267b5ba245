// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/* The guest test runner; see harness.h. */
#include <fcntl.h>
#include <fnmatch.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"

static int report_fd = -1;

const char *errname(int e)
{
	const char *n = strerrorname_np(e);

	return n ? n : "unknown errno";
}

void test_fail(const char *file, int line, const char *fmt, ...)
{
	char msg[512];
	int len;
	va_list ap;

	len = snprintf(msg, sizeof(msg), "%s:%d: ", file, line);
	va_start(ap, fmt);
	len += vsnprintf(msg + len, sizeof(msg) - len, fmt, ap);
	va_end(ap);
	if (len > (int)sizeof(msg) - 2)
		len = sizeof(msg) - 2;
	msg[len++] = '\n';
	/* One write per message: lines from several processes do not interleave. */
	if (write(report_fd, msg, len) < 0)
		_exit(2);
	_exit(1);
}

void test_in_child(void (*fn)(void *arg), void *arg)
{
	int status;
	pid_t pid;

	pid = fork();
	CHECK(pid >= 0, "fork: %s", errname(errno));
	if (pid == 0) {
		fn(arg);
		_exit(0);
	}
	CHECK(waitpid(pid, &status, 0) == pid, "waitpid: %s", errname(errno));
	if (WIFSIGNALED(status))
		test_fail(__FILE__, __LINE__, "child killed by signal %d", WTERMSIG(status));
	/* A failing child has written its reason already; just end the case. */
	if (WEXITSTATUS(status))
		_exit(1);
}

static void sleep_ms(unsigned int ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* Runs one case; returns 1 if it passed, printing its line. */
static int run_case(const struct test_case *tc)
{
	unsigned int waited_ms = 0, limit_ms = tc->timeout_s * 1000;
	char buf[4096];
	int pipefd[2], status = 0, timed_out = 0;
	ssize_t n, len = 0;
	pid_t pid;

	if (pipe2(pipefd, O_CLOEXEC)) {
		printf("FAIL %s: pipe: %s\n", tc->name, errname(errno));
		return 0;
	}
	fflush(stdout);
	pid = fork();
	if (pid < 0) {
		printf("FAIL %s: fork: %s\n", tc->name, errname(errno));
		close(pipefd[0]);
		close(pipefd[1]);
		return 0;
	}
	if (pid == 0) {
		setpgid(0, 0);
		close(pipefd[0]);
		report_fd = pipefd[1];
		tc->fn();
		_exit(0);
	}
	setpgid(pid, pid);
	close(pipefd[1]);
	fcntl(pipefd[0], F_SETFL, O_NONBLOCK);

	for (;;) {
		pid_t r = waitpid(pid, &status, WNOHANG);

		if (r == pid)
			break;
		if (waited_ms >= limit_ms) {
			timed_out = 1;
			kill(-pid, SIGKILL);
			waitpid(pid, &status, 0);
			break;
		}
		sleep_ms(10);
		waited_ms += 10;
	}
	/* Children of the case (capability tests) end with it. */
	kill(-pid, SIGKILL);

	while (len < (ssize_t)sizeof(buf) - 1 &&
	       (n = read(pipefd[0], buf + len, sizeof(buf) - 1 - len)) > 0)
		len += n;
	close(pipefd[0]);
	buf[len] = '\0';
	while (len > 0 && buf[len - 1] == '\n')
		buf[--len] = '\0';
	for (n = 0; n < len; n++)
		if (buf[n] == '\n')
			buf[n] = ';';

	if (!timed_out && WIFEXITED(status) && WEXITSTATUS(status) == 0 && !len) {
		printf("ok   %s\n", tc->name);
		return 1;
	}
	if (timed_out)
		printf("FAIL %s: timed out after %u s%s%s\n", tc->name,
		       tc->timeout_s, len ? "; " : "", buf);
	else if (WIFSIGNALED(status))
		printf("FAIL %s: killed by signal %d%s%s\n", tc->name,
		       WTERMSIG(status), len ? "; " : "", buf);
	else
		printf("FAIL %s: %s\n", tc->name,
		       len ? buf : "exited with an error and no reason");
	return 0;
}

static int selected(const char *name, int argc, char **argv)
{
	int i;

	if (argc < 2)
		return 1;
	for (i = 1; i < argc; i++)
		if (!fnmatch(argv[i], name, 0))
			return 1;
	return 0;
}

int test_main(const struct test_case *cases, unsigned int n, int argc,
	      char **argv, void (*after_each)(void))
{
	unsigned int i, passed = 0, failed = 0;

	if (argc == 2 && !strcmp(argv[1], "--list")) {
		for (i = 0; i < n; i++)
			printf("%s\n", cases[i].name);
		return 0;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (i = 0; i < n; i++) {
		if (!selected(cases[i].name, argc, argv))
			continue;
		if (run_case(&cases[i]))
			passed++;
		else
			failed++;
		if (after_each)
			after_each();
	}
	/* A selection that matched nothing ran no test: that is a failure. */
	if (!passed && !failed) {
		printf("FAIL selection: no case matches");
		for (i = 1; i < (unsigned int)argc; i++)
			printf(" %s", argv[i]);
		printf("\n");
		failed = 1;
	}
	printf("%u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
