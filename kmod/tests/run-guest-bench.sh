#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# RPC benchmark of the kernel modules. Runs INSIDE the QEMU guest (vm/vm.sh
# bench), as root, with mlx5ctl.ko and mlx5ctl_sim.ko loaded. Build first:
# make -C kmod/tests.
#
#   bash kmod/tests/run-guest-bench.sh [-s SECONDS_PER_RUN] [-r REPS]
#
# Prints calls per second of NOP through CMDRPC and the scoped RPC against an
# unknown ioctl (ENOTTY), with 1 and 2 threads, the ratios and whether the
# targets are met. A report, not a test: missed targets do not fail it.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1

BIN=kmod/tests/build/mlx5ctl-bench
ID=0

[[ -x $BIN ]] || { echo "$BIN is not built (make -C kmod/tests)" >&2; exit 1; }
[[ -d /sys/bus/mlx5ctl_sim ]] || { echo "mlx5ctl_sim is not loaded" >&2; exit 1; }

created=0
if [[ ! -e /dev/mlx5ctl-mlx5ctl_sim.ctl.$ID ]]; then
	echo "$ID" > /sys/bus/mlx5ctl_sim/new_device || exit 1
	created=1
	for _ in $(seq 100); do
		[[ -e /dev/mlx5ctl-mlx5ctl_sim.ctl.$ID ]] && break
		sleep 0.1
	done
fi

echo "guest: $(nproc) CPUs, kernel $(uname -r)"
report=$(mktemp)
"$BIN" -d "$ID" "$@" | tee "$report"
rc=${PIPESTATUS[0]}

# The same call from Java (target: at least 0.9x the C rate), when the tools
# are built (make java): a warm-up of 15 s or more (C2 compiles slowly under
# TCG), then 9 runs of 0.5 s, each followed by a run of the C benchmark of the
# same call on the same vCPU; the best of each. The guest's speed drifts over
# a minute, so the C rate measured above, before the JVM's warm-up, is not the
# one to compare with.
classes=tools/runtime/target/test-classes
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
if ((rc == 0)) && [[ -f $classes/dev/mlx5ctl/device/RpcRateBench.class ]]; then
	# On one vCPU: with two, the JVM dies now and then of SIGILL or SIGSEGV
	# a few bytes into the entry of a JIT-compiled method (a JDK method as
	# often as ours, before or during the loop), which is where the JIT
	# patches code another thread runs. QEMU's multi-threaded TCG does not
	# make such cross-modifying code coherent; the driver cannot put an
	# instruction there, and mlx5ctl-fuzz shows it never writes outside a
	# mailbox (guard pages around each).
	jline=$(taskset -c 0 "$java" -XX:+UseSerialGC -XX:-UsePerfData --enable-native-access=ALL-UNNAMED \
		-cp tools/runtime/target/classes:$classes dev.mlx5ctl.device.RpcRateBench \
		"mlx5ctl_sim.ctl.$ID" 0.5 9 "$BIN" -d "$ID" -s 0.5 -r 1 -o nop_rpc 2>&1) || rc=1
	echo
	echo "$jline"
	c=$(awk '$1 == "c" && $2 == "nop_rpc" { print $6 }' <<<"$jline")
	j=$(awk '$1 == "java" && $2 == "nop_rpc" { print $5 }' <<<"$jline")
	[[ -n $j ]] && awk -v j="$j" -v c="$c" 'BEGIN {
		r = j / c
		printf "java/C nop_rpc, 1 thread: %.2fx (target >= 0.90x: %s)\n", r, (r >= 0.9) ? "met" : "NOT met"
		printf "figure: java_nop_rpc_per_s %.0f %.0f\n", j, c
	}'
fi

# The CLI as a user starts it, each command once (a TCG guest takes seconds
# per JVM start), against the bare JVM's start in the same boot: without an
# AOT cache (the build's was trained on the host's CPU, which the launcher
# refuses here), then with one this guest trains for itself, as a machine
# other than the build's would (tools/aot-train.sh CACHE, MLX5CTL_AOT_CACHE).
if ((rc == 0)) && [[ -f tools/target/mlx5ctl.jar ]]; then
	echo
	echo "CLI start in this guest (seconds, one run each):"
	seconds()
	{
		local t0 t1
		t0=$(date +%s%N)
		"$@" > /dev/null 2>&1 || { echo "bench: '$*' failed" >&2; rc=1; }
		t1=$(date +%s%N)
		awk -v d=$((t1 - t0)) 'BEGIN { printf "%.2f", d / 1e9 }'
	}
	base=$(seconds "$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -version)
	printf '  %-36s %6s\n' "java -version (baseline)" "$base"
	guest_cache=$(mktemp -d)/mlx5ctl.aot
	train=$(seconds bash tools/aot-train.sh "$guest_cache")
	printf '  %-36s %6s\n' "tools/aot-train.sh (this guest's cache)" "$train"
	echo "figure: guest_aot_train_s $train"
	printf '  %-36s %6s %10s\n' "" "no cache" "its cache"
	for cmd in "--version" "list" "cap general" "reg MGIR"; do
		# shellcheck disable=SC2086 # the command's words
		cold=$(seconds tools/mlx5ctl $cmd)
		# shellcheck disable=SC2086
		t=$(MLX5CTL_AOT_CACHE=$guest_cache seconds tools/mlx5ctl $cmd)
		printf '  %-36s %6s %10s\n' "mlx5ctl $cmd" "$cold" "$t"
		echo "figure: guest_cli_s ${cmd// /_} $t $base $cold"
	done
	rm -rf "${guest_cache%/*}"
fi
rm -f "$report"

((created)) && echo "$ID" > /sys/bus/mlx5ctl_sim/del_device
exit $rc
