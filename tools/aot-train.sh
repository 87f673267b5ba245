#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# Writes tools/target/mlx5ctl.aot, the JDK's ahead-of-time cache of the CLI
# (classes loaded and linked, profiles), from one training run of the
# commands in tools/aot-training.txt. The launcher uses it when present; a
# cache this JVM cannot use (another JDK, CPU or jar) is ignored there.
# Run by `make java` after the build; needs the JDK 25 the build used.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
rm -f target/mlx5ctl.aot target/mlx5ctl.aot.cpu
# picocli ships Java 5 class files, which an AOT cache cannot hold linked:
# rewritten as Java 8 ones (same code, stack maps added and verified), its
# classes come from the cache instead of being parsed and verified at each start.
for lib in target/lib/picocli-*.jar; do
	"$java" ClassFileUpgrade.java "$lib"
done
# The launcher's flags: a cache only serves a JVM started with the same ones.
"$java" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData \
	-XX:AOTCacheOutput=target/mlx5ctl.aot -Xlog:aot=error,cds=error \
	-jar target/mlx5ctl.jar -b aot-training.txt > /dev/null 2> target/aot-train.log ||
	{ cat target/aot-train.log >&2; exit 1; }
[[ -s target/mlx5ctl.aot ]] || { cat target/aot-train.log >&2; echo "aot-train: no cache written" >&2; exit 1; }
# The CPU it was trained on, which the launcher compares with its own.
grep -m1 '^flags' /proc/cpuinfo > target/mlx5ctl.aot.cpu
echo "aot-train: tools/target/mlx5ctl.aot ($(du -k target/mlx5ctl.aot | cut -f1) KiB)"
