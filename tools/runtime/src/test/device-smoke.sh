#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
# Smoke run of the Java device runtime in the QEMU guest (needs a build: make java, or ./mvnw install):
#   make vm-run CMD='tools/runtime/src/test/device-smoke.sh'
# Full JIT, not C1 alone: the allocation step needs C2 (C1 code allocates inside the JDK downcall).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
exec "$java_home/bin/java" -XX:+UseSerialGC -XX:-UsePerfData \
	--enable-native-access=ALL-UNNAMED -cp "$here/target/classes:$here/target/test-classes" \
	dev.mlx5ctl.device.DeviceSmoke "$@"
