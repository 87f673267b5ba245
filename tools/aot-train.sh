#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# aot-train.sh [CACHE]: writes the JDK's ahead-of-time cache of the CLI
# (classes loaded and linked, profiles, adapter code) from one training run of
# the commands in tools/aot-training.txt, and of aot-training-device.txt too
# where an mlx5ctl device is present. CACHE defaults to tools/target/mlx5ctl.aot,
# which the launcher uses; another path trains one for this machine to use
# through MLX5CTL_AOT_CACHE (a guest running a host's build, a shared install).
# CACHE.cpu records the CPU: the launcher uses a cache on that CPU only.
# Run by `make java` after the build; needs the JDK 25 the build used.
set -euo pipefail
out=${1:-}
[[ -z $out || $out == /* ]] || out=$PWD/$out
cd "$(dirname "${BASH_SOURCE[0]}")"
cache=${out:-$PWD/target/mlx5ctl.aot}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
mkdir -p "${cache%/*}"
rm -f "$cache" "$cache.cpu"
# picocli ships Java 5 class files, which an AOT cache cannot hold linked:
# rewritten as Java 8 ones (same code, stack maps added and verified), its
# classes come from the cache instead of being parsed and verified at each start.
# The build's training does it (idempotent); one for another machine finds it done.
if [[ -z $out ]]; then
	for lib in target/lib/picocli-*.jar; do
		"$java" ClassFileUpgrade.java "$lib"
	done
fi
# The device commands read only (capabilities, a register, counters): safe on
# a production NIC, and what makes the device path's classes part of the cache.
training=(aot-training.txt)
compgen -G '/dev/mlx5ctl-*' > /dev/null && training+=(aot-training-device.txt)
# The launcher's flags: a cache only serves a JVM started with the same ones.
log=$cache.log
cat "${training[@]}" | "$java" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
	-XX:-UsePerfData -XX:AOTCacheOutput="$cache" -Xlog:aot=error,cds=error \
	-jar target/mlx5ctl.jar -b - > /dev/null 2> "$log" || { cat "$log" >&2; exit 1; }
[[ -s $cache ]] || { cat "$log" >&2; echo "aot-train: no cache written" >&2; exit 1; }
# The CPU it was trained on, which the launcher compares with its own.
grep -m1 '^flags' /proc/cpuinfo > "$cache.cpu"
rm -f "$log"
echo "aot-train: $cache ($(du -k "$cache" | cut -f1) KiB, trained on ${training[*]})"
