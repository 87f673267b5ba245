#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# The CLI's guest suite: the JUnit tests tagged "guest" (CliGuestTest, and
# CliFwctlGuestTest: the same through the fwctl node), in ONE
# JVM, inside the QEMU guest (vm/vm.sh test runs this after the kernel suite).
# Needs a full build first (make java-test: the jar, lib/, test classes and the
# JUnit console launcher in tools/target/guest/).
#
#   bash tools/guest-tests.sh
#
# Creates simulated devices 20 and 21 (removed again at the end), prints one
# line per test from the console launcher, then `N passed, N failed` from its
# summary, and exits non-zero if any test failed or none ran.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

T=tools/target
DEVICES=(20 21)
LOG=/tmp/mlx5ctl-guest-tests.log

abort()
{
	echo "FAIL guest-tests: $*"
	echo "0 passed, 1 failed"
	exit 1
}

[[ -f $T/mlx5ctl.jar && -d $T/lib ]] || abort "$T/mlx5ctl.jar is not built (make java)"
[[ -d $T/test-classes/dev/mlx5ctl/cli ]] || abort "the test classes are not built (make java-test)"
CONSOLE=$T/guest/junit-platform-console-standalone.jar
[[ -f $CONSOLE ]] || abort "$CONSOLE is missing (make java)"
compgen -G "$T/guest/lib/json-schema-validator-*.jar" > /dev/null ||
	abort "the JSON Schema validator is not in $T/guest/lib (make java)"
((EUID == 0)) || abort "must run as root, in the guest"
[[ -d /sys/bus/mlx5ctl_sim ]] || abort "mlx5ctl_sim is not loaded"
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
[[ -x $JAVA ]] || abort "no Java at $JAVA"

created=()
cleanup()
{
	local id
	for id in "${created[@]}"; do
		echo "$id" > /sys/bus/mlx5ctl_sim/del_device || echo "FAIL guest-tests: cannot remove device $id"
	done
}
trap cleanup EXIT
for id in "${DEVICES[@]}"; do
	[[ -e /dev/mlx5ctl-mlx5ctl_sim.ctl.$id ]] && continue
	echo "$id" > /sys/bus/mlx5ctl_sim/new_device || abort "cannot create simulated device $id"
	created+=("$id")
done

classpath=$T/test-classes:$T/classes
for jar in "$T"/lib/*.jar "$T"/guest/lib/*.jar; do
	classpath+=:$jar
done

"$JAVA" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData \
	-Dmlx5ctl.root="$PWD" -jar "$CONSOLE" execute \
	--class-path "$classpath" --select-package dev.mlx5ctl.cli --include-tag guest \
	--details=tree --details-theme=ascii --disable-banner --disable-ansi-colors 2>&1 | tee "$LOG"
status=${PIPESTATUS[0]}

# The launcher's summary box: "[  N tests successful  ]", "[  N tests failed  ]".
passed=$(sed -n 's/^\[ *\([0-9]*\) tests successful *\]$/\1/p' "$LOG")
failed=$(sed -n 's/^\[ *\([0-9]*\) tests failed *\]$/\1/p' "$LOG")
passed=${passed:-0}
failed=${failed:-0}
if ((status != 0 && failed == 0)); then
	failed=1	# the launcher itself failed (no tests found, a crash)
fi
if ((passed == 0 && failed == 0)); then
	failed=1
fi
echo "$passed passed, $failed failed"
((failed == 0))
