#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# The guest test suite of the kernel modules. Runs INSIDE the QEMU guest (as
# vm/vm.sh test does), as root, with mlx5ctl.ko and mlx5ctl_sim.ko loaded and
# debugfs mounted; never on the host. Build first: make -C kmod/tests.
#
#   bash kmod/tests/run-guest-tests.sh [GLOB...]   run the cases matching GLOBs (default: all)
#   bash kmod/tests/run-guest-tests.sh --list      list the cases
#
# Creates simulated devices 0 and 1 (the cases create and remove others
# themselves), prints one line per case, `ok   name` or `FAIL name: reason`,
# then `N passed, N failed`, and exits non-zero if any case failed. One case
# unloads and reloads mlx5ctl_sim: MLX5CTL_SIM_KO names the module if it is
# not kmod/sim/mlx5ctl_sim.ko.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1

BIN=kmod/tests/build/mlx5ctl-tests
DEVICES=(0 1)

abort()
{
	echo "FAIL run-guest-tests: $*"
	echo "0 passed, 1 failed"
	exit 1
}

if [[ ${1:-} == --list ]]; then
	exec "$BIN" --list
fi
[[ -x $BIN ]] || abort "$BIN is not built (make -C kmod/tests)"
((EUID == 0)) || abort "must run as root, in the guest"
[[ -d /sys/bus/mlx5ctl_sim ]] || abort "mlx5ctl_sim is not loaded"
[[ -d /sys/kernel/debug/mlx5ctl_sim ]] || abort "debugfs is not mounted or the simulator has no directory there"

created=()
for id in "${DEVICES[@]}"; do
	[[ -e /dev/mlx5ctl-mlx5ctl_sim.ctl.$id ]] && continue
	echo "$id" > /sys/bus/mlx5ctl_sim/new_device || abort "cannot create simulated device $id"
	created+=("$id")
done
for id in "${DEVICES[@]}"; do
	for _ in $(seq 100); do
		[[ -e /dev/mlx5ctl-mlx5ctl_sim.ctl.$id ]] && break
		sleep 0.1
	done
	[[ -e /dev/mlx5ctl-mlx5ctl_sim.ctl.$id ]] || abort "no /dev/mlx5ctl-mlx5ctl_sim.ctl.$id after creating device $id"
done

"$BIN" "$@"
rc=$?
if ((rc > 1)); then
	# The runner itself broke (a case's crash stays in the case's process).
	echo "FAIL run-guest-tests: $BIN exited with status $rc"
	echo "0 passed, 1 failed"
fi

for id in "${created[@]}"; do
	echo "$id" > /sys/bus/mlx5ctl_sim/del_device || { echo "cannot remove simulated device $id" >&2; rc=1; }
done
exit $((rc != 0))
