// SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
/*
 * mlx5ctl guest tests: the uAPI of mlx5ctl.ko against simulated devices of
 * mlx5ctl_sim.ko. Run as root in the guest (run-guest-tests.sh); devices 0 and
 * 1 are the shared ones, cases that remove devices use their own ids.
 *
 * Usage: mlx5ctl-tests [--list | GLOB...]
 *        mlx5ctl-tests --lockdown   the lockdown cases, which raise the
 *                                   kernel's lockdown for good: last in a boot
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "tests.h"

/* After each case: knobs back to defaults, the case's own devices gone. */
static void restore_devices(void)
{
	char node[128];
	unsigned int id;

	sim_reset_knobs(DEV0);
	sim_reset_knobs(DEV1);
	write_string(CORE_PARAMS "/cmdrpc_scope", "1");
	dev_node(DEV_REMOVE, node, sizeof(node));
	if (access(node, F_OK) == 0)
		sim_del_device(DEV_REMOVE);
	dev_node(DEV_HANG, node, sizeof(node));
	if (access(node, F_OK) == 0)
		sim_del_device(DEV_HANG);
	dev_node(DEV_POLICY, node, sizeof(node));
	if (access(node, F_OK) == 0)
		sim_del_device(DEV_POLICY);
	/* many_devices_come_and_go's, should it have failed half way. */
	for (id = 20; id < 36; id++) {
		dev_node(id, node, sizeof(node));
		if (access(node, F_OK) == 0)
			sim_del_device(id);
	}
}

int main(int argc, char **argv)
{
	unsigned int id, n = 0;
	struct test_case *cases;

	if (argc >= 2 && !strcmp(argv[1], "--lockdown"))
		return test_main(lockdown_cases, lockdown_cases_len, argc - 1,
				 argv + 1, restore_devices);

	if (!(argc == 2 && !strcmp(argv[1], "--list"))) {
		for (id = DEV0; id <= DEV1; id++) {
			char node[128];

			dev_node(id, node, sizeof(node));
			if (access(node, F_OK) && sim_new_device(id)) {
				fprintf(stderr, "cannot create simulated device %u\n", id);
				return 2;
			}
		}
	}

	/* The RPC cases first: the first of them checks the kernel's taint. */
	cases = calloc(rpc_cases_len + umem_cases_len + lifetime_cases_len +
		       firmware_cases_len + fwctl_cases_len + trust_cases_len +
		       policy_cases_len + host_cases_len + query_cases_len +
		       register_cases_len + mlx5_cases_len,
		       sizeof(*cases));
	if (!cases)
		return 2;
	memcpy(cases + n, rpc_cases, rpc_cases_len * sizeof(*cases));
	n += rpc_cases_len;
	memcpy(cases + n, umem_cases, umem_cases_len * sizeof(*cases));
	n += umem_cases_len;
	memcpy(cases + n, lifetime_cases, lifetime_cases_len * sizeof(*cases));
	n += lifetime_cases_len;
	memcpy(cases + n, firmware_cases, firmware_cases_len * sizeof(*cases));
	n += firmware_cases_len;
	/* The final fwctl case reloads the core; the mlx5 ones load mlx5_core. */
	memcpy(cases + n, fwctl_cases, fwctl_cases_len * sizeof(*cases));
	n += fwctl_cases_len;
	memcpy(cases + n, trust_cases, trust_cases_len * sizeof(*cases));
	n += trust_cases_len;
	memcpy(cases + n, policy_cases, policy_cases_len * sizeof(*cases));
	n += policy_cases_len;
	memcpy(cases + n, host_cases, host_cases_len * sizeof(*cases));
	n += host_cases_len;
	memcpy(cases + n, query_cases, query_cases_len * sizeof(*cases));
	n += query_cases_len;
	memcpy(cases + n, register_cases, register_cases_len * sizeof(*cases));
	n += register_cases_len;
	memcpy(cases + n, mlx5_cases, mlx5_cases_len * sizeof(*cases));
	n += mlx5_cases_len;
	return test_main(cases, n, argc, argv, restore_devices);
}
