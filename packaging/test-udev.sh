#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# The udev rule, applied by udevadm test to the nodes of a simulated device
# in the QEMU guest (vm/vm.sh test runs it; there is no udevd there, and
# udevadm test only says what it would do): both nodes root 0600 without the
# group mlx5ctl-ro, 0640 of that group with it; the fwctl node carries the
# attribute the rule matches it by. The rule goes into /run/udev/rules.d and the group into a copy of
# /etc/group bound over it, both the guest's own.
# Prints one line per check and `N passed, N failed`.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

passed=0
failed=0
check()
{
	if [[ $2 == "$3" ]]; then
		echo "ok   udev: $1"
		passed=$((passed + 1))
	else
		echo "FAIL udev: $1: got '$2', want '$3'"
		failed=$((failed + 1))
	fi
}

((EUID == 0)) && [[ -d /sys/bus/mlx5ctl_sim ]] || { echo "FAIL udev: run as root in the guest"; echo "0 passed, 1 failed"; exit 1; }
id=30
echo $id > /sys/bus/mlx5ctl_sim/new_device || { echo "FAIL udev: cannot create device $id"; exit 1; }
trap 'echo $id > /sys/bus/mlx5ctl_sim/del_device; umount /etc/group 2>/dev/null; rm -f /run/udev/rules.d/70-mlx5ctl.rules' EXIT
misc=/sys/class/misc/mlx5ctl-mlx5ctl_sim.ctl.$id
fwctl=/sys/class/fwctl/$(cat "$misc/fwctl")
mkdir -p /run/udev/rules.d
cp packaging/70-mlx5ctl.rules /run/udev/rules.d/

# What udevadm test would set: "GROUP MODE" from the last lines that set them.
applied()
{
	udevadm test "$1" 2>&1 | awk '/70-mlx5ctl.rules:[0-9]+ GROUP/ { g = $NF }
		/70-mlx5ctl.rules:[0-9]+ MODE/ { m = $NF } END { print (g == "" ? "-" : g) " " (m == "" ? "-" : m) }'
}

[[ -d $fwctl ]] || { echo "FAIL udev: no fwctl node for device $id ($fwctl)"; exit 1; }
check "the misc node without the group is root's, 0600" "$(applied "$misc")" "0 0600"
check "the fwctl node without the group is root's, 0600" "$(applied "$fwctl")" "0 0600"
cp /etc/group /tmp/mlx5ctl-group
echo "mlx5ctl-ro:x:4243:" >> /tmp/mlx5ctl-group
mount --bind /tmp/mlx5ctl-group /etc/group
check "the misc node with the group is the group's, 0640" "$(applied "$misc")" "4243 0640"
check "the fwctl node with the group is the group's, 0640" "$(applied "$fwctl")" "4243 0640"
check "the fwctl node names its misc node" "$(cat "$fwctl/mlx5ctl")" "mlx5ctl-mlx5ctl_sim.ctl.$id"
echo "$passed passed, $failed failed"
((failed == 0))
