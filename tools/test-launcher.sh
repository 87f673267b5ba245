#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# The launcher and the JDK's AOT cache (tools/aot-train.sh): used where it
# was trained or where MLX5CTL_AOT_CACHE says, and an unusable one (another
# CPU, a damaged file, a jar elsewhere, none) ignored, the output the same
# and stderr silent. The guest suites run the launcher on another CPU (TCG),
# where the cache must be skipped.
# Prints one line per check and `N passed, N failed`.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")" || exit 1
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
passed=0
failed=0

check()
{
	local name=$1
	shift
	if "$@" > "$scratch/said" 2>&1; then
		echo "ok   launcher: $name"
		passed=$((passed + 1))
	else
		echo "FAIL launcher: $name"
		sed 's/^/     /' "$scratch/said" | tail -n 10
		failed=$((failed + 1))
	fi
}

# The output of `schema commands` without any cache, to compare with.
"$java" --enable-native-access=ALL-UNNAMED -jar target/mlx5ctl.jar schema commands > "$scratch/want" || exit 1

# LAUNCHER [EXPECTED DEBUG LINE]: the same output, and on stderr only that line.
same_output()
{
	MLX5CTL_DEBUG=1 "$1" schema commands > "$scratch/out" 2> "$scratch/err" || { cat "$scratch/err"; return 1; }
	cmp -s "$scratch/want" "$scratch/out" || { echo "the output differs"; return 1; }
	[[ $(cat "$scratch/err") == "$2" ]] || { echo "stderr: $(cat "$scratch/err")"; return 1; }
}

[[ -s target/mlx5ctl.aot && -s target/mlx5ctl.aot.cpu ]] || { echo "FAIL launcher: no AOT cache (make java)"; exit 1; }
check "uses the cache trained on this CPU" same_output ./mlx5ctl "mlx5ctl: launcher: AOT cache $PWD/target/mlx5ctl.aot"

# A copy elsewhere: another jar path, which the JVM's own check refuses.
mkdir -p "$scratch/tools/target"
cp mlx5ctl "$scratch/tools/"
cp -r target/mlx5ctl.jar target/lib target/mlx5ctl.aot target/mlx5ctl.aot.cpu "$scratch/tools/target/"
copy=$scratch/tools/mlx5ctl
check "ignores a cache of another jar" same_output "$copy" "mlx5ctl: launcher: AOT cache $scratch/tools/target/mlx5ctl.aot"
echo "flags : fpu" > "$scratch/tools/target/mlx5ctl.aot.cpu"
check "skips a cache trained on another CPU" same_output "$copy" \
	"mlx5ctl: launcher: AOT cache $scratch/tools/target/mlx5ctl.aot not used: trained on another CPU"
cp target/mlx5ctl.aot.cpu "$scratch/tools/target/"
head -c 4096 target/mlx5ctl.aot > "$scratch/tools/target/mlx5ctl.aot"
check "ignores a damaged cache" same_output "$copy" "mlx5ctl: launcher: AOT cache $scratch/tools/target/mlx5ctl.aot"
rm "$scratch/tools/target/mlx5ctl.aot"
check "runs without a cache" same_output "$copy" ""

# A cache trained to a path of one's own (aot-train.sh CACHE), named by
# MLX5CTL_AOT_CACHE: what a machine other than the build's trains for itself.
custom=$scratch/own.aot
train_own() { bash aot-train.sh "$custom" > /dev/null && [[ -s $custom && -s $custom.cpu ]]; }
check "aot-train.sh CACHE trains a cache there" train_own
with_own() { MLX5CTL_AOT_CACHE=$1 same_output ./mlx5ctl "$2"; }
check "MLX5CTL_AOT_CACHE names the cache" with_own "$custom" "mlx5ctl: launcher: AOT cache $custom"
check "MLX5CTL_AOT_CACHE naming no cache is said, and ignored" with_own "$scratch/none.aot" \
	"mlx5ctl: MLX5CTL_AOT_CACHE: no cache $scratch/none.aot (and $scratch/none.aot.cpu): starting without one"

# LAUNCHER ARGS...: runs it with the JVM's class loading logged to
# $scratch/classes ("NAME source: WHERE" per class).
log_classes()
{
	local launcher=$1
	shift
	JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$scratch/classes" "$launcher" "$@" > /dev/null 2>&1 ||
		{ echo "mlx5ctl $* failed"; return 1; }
}

# COMMAND...: loads not one class of the generated bindings (dev.mlx5ctl.prm,
# 700 classes and more): what does not talk to a device must not pay for them.
no_bindings()
{
	local n
	log_classes "$copy" "$@" || return 1
	n=$(grep -c ' dev\.mlx5ctl\.prm\.' "$scratch/classes" || true)
	((n == 0)) || { echo "mlx5ctl $* loaded $n classes of dev.mlx5ctl.prm, first $(grep -m1 -o 'dev\.mlx5ctl\.prm\.[^ ]*' "$scratch/classes")"; return 1; }
}
# picocli's classes come from the cache (tools/ClassFileUpgrade.java), not
# parsed and verified from its jar at each start.
picocli_cached()
{
	local n
	log_classes ./mlx5ctl --version || return 1
	n=$(grep -c ' picocli\..* source: file:' "$scratch/classes" || true)
	((n == 0)) || { echo "$n picocli classes loaded from the jar, first $(grep -m1 -o 'picocli\.[^ ]*' "$scratch/classes")"; return 1; }
	grep -q ' picocli\.CommandLine source: shared objects file' "$scratch/classes" ||
		{ echo "picocli.CommandLine was not loaded from the AOT cache"; return 1; }
}
check "picocli comes from the AOT cache" picocli_cached
# The JVM maps the cache MLX5CTL_AOT_CACHE names (it refuses one silently).
own_cached()
{
	MLX5CTL_AOT_CACHE=$custom log_classes ./mlx5ctl --version || return 1
	grep -q ' dev\.mlx5ctl\.cli\.Mlx5ctl source: shared objects file' "$scratch/classes" ||
		{ echo "dev.mlx5ctl.cli.Mlx5ctl was not loaded from $custom"; return 1; }
}
check "the JVM uses the cache MLX5CTL_AOT_CACHE names" own_cached
check "--version loads no generated binding" no_bindings --version
check "--help loads no generated binding" no_bindings --help
echo "$passed passed, $failed failed"
((failed == 0))
