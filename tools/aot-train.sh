#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# aot-train.sh [CACHE]: writes the JDK's ahead-of-time cache of the CLI
# (classes loaded and linked, profiles, adapter code) from one training run of
# the commands in aot-training.txt, and of aot-training-device.txt too where an
# mlx5ctl device is present. It runs the CLI through its launcher, so the
# cache is made by the JVM, and with the flags, that will use it.
#
# CACHE defaults to the one the launcher uses, beside the jar: in the
# repository tools/target/mlx5ctl.aot (`make java` runs this after the build);
# installed, share/mlx5ctl/mlx5ctl.aot (`make install` and the package's
# postinst run the installed copy of this script). Another path trains one for
# this machine to name in MLX5CTL_AOT_CACHE (a guest running a host's build).
# CACHE.cpu records the CPU: the launcher uses a cache on that CPU only.
set -euo pipefail
out=${1:-}
[[ -z $out || $out == /* ]] || out=$PWD/$out
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ -f $here/target/mlx5ctl.jar ]]; then
	jar=$here/target/mlx5ctl.jar launcher=$here/mlx5ctl
elif [[ -f $here/mlx5ctl.jar ]]; then
	jar=$here/mlx5ctl.jar launcher=${here%/*/*}/bin/mlx5ctl
else
	echo "aot-train: no mlx5ctl.jar in $here/target (run make) nor in $here (installed)" >&2
	exit 1
fi
cache=${out:-${jar%.jar}.aot}
mkdir -p "${cache%/*}"
rm -f "$cache" "$cache.cpu"
# picocli ships Java 5 class files, which an AOT cache cannot hold linked:
# rewritten as Java 8 ones (same code, stack maps added and verified), its
# classes come from the cache instead of being parsed and verified at each
# start. The build's training does it (idempotent); the jars installed from
# that build, and a training for another machine, find it done.
if [[ -z $out && -d $here/target/lib ]]; then
	for lib in "$here"/target/lib/picocli-*.jar; do
		"${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" "$here/ClassFileUpgrade.java" "$lib"
	done
fi
# The device commands only read (capabilities, a register, counters): safe on
# a production NIC, and what makes the device path's classes part of the cache.
training=("$here/aot-training.txt")
compgen -G '/dev/mlx5ctl-*' > /dev/null && training+=("$here/aot-training-device.txt")
log=$cache.log
cat "${training[@]}" | MLX5CTL_AOT_TRAIN=$cache "$launcher" -b - > /dev/null 2> "$log" ||
	{ cat "$log" >&2; exit 1; }
[[ -s $cache ]] || { cat "$log" >&2; echo "aot-train: no cache written" >&2; exit 1; }
# The CPU it was trained on, which the launcher compares with its own.
grep -m1 '^flags' /proc/cpuinfo > "$cache.cpu"
rm -f "$log"
echo "aot-train: $cache ($(du -k "$cache" | cut -f1) KiB, trained on ${training[*]##*/})"
