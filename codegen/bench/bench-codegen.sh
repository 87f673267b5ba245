#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# Codegen time and peak memory for the full schema (schema/mlx5: the hand-written
# files and the imported mlx5_ifc.h) and for synthetic schemas 2x and 4x its size,
# made by adding renamed copies of its layouts and enums (commands, registers and
# cap types stay single: their opcodes and ids must be unique). A benchmark, not a
# test: it prints a table and fails only if codegen fails.
#
#   make bench-codegen        (builds the codegen jar first)
#   bash codegen/bench/bench-codegen.sh [RUNS]    (median of RUNS, default 3)
#   CODEGEN_JAVA_OPTS='-XX:+UseG1GC' bash ...
#       the same with other JVM options; the default is the build's own
#       (-XX:TieredStopAtLevel=1: a short batch run spent about half its CPU
#       in the C2 compiler, which C1 alone avoids; -XX:+UseSerialGC: each file
#       is dropped once written, so the live set is a few MB, and the serial
#       collector ran 10% faster than G1 in interleaved runs)
#
# Each run is `codegen generate --java-out --c-out` in a fresh JVM, measured by
# /usr/bin/time -v: wall clock, CPU (user + system, all JVM threads: the figure
# to compare on a busy machine) and maximum resident set size.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
jar=$root/codegen/target/mlx5ctl-codegen.jar
schema=$root/schema/mlx5
runs=${1:-3}
# What the build runs codegen with (tools/runtime/pom.xml, the Makefile's CODEGEN).
default_opts='-XX:+UseSerialGC -XX:TieredStopAtLevel=1'
if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
	java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
else
	java=${JAVA_HOME:+$JAVA_HOME/bin/}java
fi
if [[ ! -f $jar ]]; then
	echo "bench-codegen: $jar is missing; build it with 'make java'" >&2
	exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
	echo "bench-codegen: /usr/bin/time is missing (apt-get install time)" >&2
	exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# copy_renamed SRC DST PREFIX: the layouts and enums of SRC's files, every
# definition and reference renamed PREFIX_name, so they join the schema as new
# elements of the same shapes.
copy_renamed()
{
	local f
	for f in "$1"/*.yaml; do
		awk -v p="$3" '
			/^[a-z_]+:/ { keep = ($1 == "enums:" || $1 == "layouts:"); if (keep) print; next }
			!keep { next }
			{
				if ($0 ~ /^  - name: /) sub(/name: /, "name: " p "_")
				gsub(/layout: /, "layout: " p "_")
				gsub(/enum: /, "enum: " p "_")
				print
			}' "$f" >"$2/${3}_${f##*/}"
	done
}

sizes=(1 2 4)
for n in "${sizes[@]}"; do
	dir=$work/x$n
	mkdir -p "$dir"
	cp "$schema"/*.yaml "$dir"/
	for ((i = 2; i <= n; i++)); do
		copy_renamed "$schema" "$dir" "copy$i"
	done
done

median()
{
	sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

printf '%-8s %8s %8s %10s %10s %12s %12s\n' schema layouts fields "wall (s)" "cpu (s)" "peak (MiB)" "cpu s/1000 f"
for n in "${sizes[@]}"; do
	dir=$work/x$n
	summary=$("$java" -jar "$jar" check "$dir")
	layouts=$(sed -n 's/.*: \([0-9]*\) layouts.*/\1/p' <<<"$summary")
	fields=$(cat "$dir"/*.yaml | grep -c '^      - {name: ' || true)
	walls=() cpus=() peaks=()
	for ((r = 0; r < runs; r++)); do
		# A directory of its own per run, removed at the end: ext4 creates files slowly where as many were
		# deleted moments before (find_inode_bit, recently_deleted), and deleting the last run's output before
		# each run made the system time grow from run to run (0.2 s to 1.2 s for the full schema).
		out=$work/out$n-$r
		# shellcheck disable=SC2086 # options are words
		/usr/bin/time -v -o "$work/time" "$java" ${CODEGEN_JAVA_OPTS-$default_opts} -jar "$jar" generate \
			--java-out="$out/java" --c-out="$out/c" "$dir" >/dev/null
		walls+=("$(awk -F': ' '/Elapsed/ { split($2, t, ":"); print (t[1] * 60 + t[2]) }' "$work/time")")
		cpus+=("$(awk -F': ' '/User time|System time/ { t += $2 } END { print t }' "$work/time")")
		peaks+=("$(awk -F': ' '/Maximum resident/ { printf "%.0f", $2 / 1024 }' "$work/time")")
	done
	wall=$(printf '%s\n' "${walls[@]}" | median)
	cpu=$(printf '%s\n' "${cpus[@]}" | median)
	peak=$(printf '%s\n' "${peaks[@]}" | median)
	per=$(awk -v c="$cpu" -v f="$fields" 'BEGIN { printf "%.3f", c * 1000 / f }')
	printf '%-8s %8s %8s %10s %10s %12s %12s\n' "${n}x" "$layouts" "$fields" "$wall" "$cpu" "$peak" "$per"
done
echo "(median of $runs runs; JVM options: ${CODEGEN_JAVA_OPTS-$default_opts}; load average: $(cut -d' ' -f1-3 /proc/loadavg);" \
	"$(nproc) CPUs)"
