#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# make bench: every benchmark of the project, and one table of what they
# measured. Each figure stands beside a baseline taken in the same run on the
# same machine (hand-written code, a bare ioctl, memcpy, a bare JVM start), so
# that the ratio means something on a busy or a slow machine; the target is
# the one its issue set, and the last column says whether it is met.
#
#   make bench                  (builds first; about 10 minutes)
#   bash bench/bench.sh         (after make java; vm/vm.sh bench's needs)
#   BENCH_SKIP="guest jmh"      leave parts out: host-cli, jmh, codegen, guest
#
# The parts, each runnable alone:
#   host-cli   tools/mlx5ctl as users start it, median of 7 runs per command
#   jmh        tools/runtime/src/jmh: generated bindings against hand-written code
#   codegen    codegen/bench/bench-codegen.sh: the full schema, then 2x and 4x
#   guest      vm/vm.sh bench: RPC rates (C, Java), a dump through a umem, the CLI
#
# A report, not a test: it fails only when a benchmark could not run.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java=$JAVA_HOME/bin/java
skip=" ${BENCH_SKIP:-} "
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rows=$work/rows

# row FIGURE VALUE BASELINE RATIO TARGET MET
row()
{
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$rows"
}

# verdict RATIO OP LIMIT: "met" or "NOT met" (OP is <= or >=).
verdict()
{
	awk -v r="$1" -v op="$2" -v l="$3" 'BEGIN {
		ok = (op == "<=") ? (r <= l) : (r >= l)
		print ok ? "met" : "NOT met"
	}'
}

ratio()
{
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}

median()
{
	sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# seconds CMD...: wall-clock seconds of one run, output discarded.
seconds()
{
	local t0 t1
	t0=$(date +%s%N)
	"$@" > /dev/null 2>&1 || { echo "bench: '$*' failed" >&2; return 1; }
	t1=$(date +%s%N)
	awk -v d=$((t1 - t0)) 'BEGIN { printf "%.3f\n", d / 1e9 }'
}

if [[ $skip != *" host-cli "* ]]; then
	echo "== host: CLI start (median of 7 runs)" >&2
	base=$(for _ in 1 2 3 4 5 6 7; do
		seconds "$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -version
	done | median)
	for cmd in --version --help "schema commands"; do
		# shellcheck disable=SC2086 # the command's words
		t=$(for _ in 1 2 3 4 5 6 7; do seconds tools/mlx5ctl $cmd; done | median)
		row "CLI start, host: mlx5ctl $cmd (s)" "$t" "$base (java -version)" "$(ratio "$t" "$base")" \
			"<= 0.20 s" "$(verdict "$t" "<=" 0.20)"
	done
fi

if [[ $skip != *" jmh "* ]]; then
	echo "== host: JMH, generated bindings against hand-written code" >&2
	./mvnw -q -B -ntp -pl tools/runtime dependency:build-classpath -Dmdep.includeScope=test \
		-Dmdep.outputFile=target/jmh.classpath > /dev/null
	rt=tools/runtime/target
	"$java" -cp "$rt/test-classes:$rt/classes:$(cat $rt/jmh.classpath)" org.openjdk.jmh.Main \
		-f 2 -wi 3 -i 3 -w 1s -r 1s -prof gc -rf csv -rff "$work/jmh.csv" BindingsBenchmark >&2
	# "Benchmark","Mode","Threads","Samples","Score",...: score by name.
	score()
	{
		awk -F, -v n="\"dev.mlx5ctl.bench.BindingsBenchmark.$1\"" '$1 == n { print $5 }' "$work/jmh.csv"
	}
	for cmd in queryHcaCap queryVportState queryVportCounter; do
		for what in decode encode encodeInPlace; do
			g=$(score "${cmd}_${what}_generated")
			h=$(score "${cmd}_${what}_handWritten")
			ga=$(score "${cmd}_${what}_generated:gc.alloc.rate.norm")
			ha=$(score "${cmd}_${what}_handWritten:gc.alloc.rate.norm")
			r=$(ratio "$g" "$h")
			# Allocation: none beyond what the hand-written code allocates
			# (a fresh mailbox is an allocation on both sides).
			extra=$(awk -v g="$ga" -v h="$ha" 'BEGIN { d = g - h; printf "%.0f", d < 0.5 ? 0 : d }')
			met=$(verdict "$r" "<=" 1.10)
			[[ $extra == 0 ]] || met="NOT met"
			row "bindings $what, $cmd (ns/op; B/op beyond hand-written)" \
				"$(printf '%.1f; %s B' "$g" "$extra")" "$(printf '%.1f' "$h") (hand-written)" "$r" \
				"<= 1.10x, 0 B" "$met"
		done
	done
fi

if [[ $skip != *" codegen "* ]]; then
	echo "== host: codegen of the full schema, 2x and 4x" >&2
	bash codegen/bench/bench-codegen.sh 3 | tee "$work/codegen.txt" >&2
	wall1=$(awk '$1 == "1x" { print $4 }' "$work/codegen.txt")
	cpu1=$(awk '$1 == "1x" { print $5 }' "$work/codegen.txt")
	per1=$(awk '$1 == "1x" { print $7 }' "$work/codegen.txt")
	per4=$(awk '$1 == "4x" { print $7 }' "$work/codegen.txt")
	row "codegen, full schema, wall (s)" "$wall1" "-" "-" "< 2 s" "$(verdict "$wall1" "<=" 2.0)"
	row "codegen, CPU s per 1000 fields, 4x schema vs 1x" "$per4" "$per1 (1x, CPU $cpu1 s)" \
		"$(ratio "$per4" "$per1")" "<= 1.10x (linear)" "$(verdict "$(ratio "$per4" "$per1")" "<=" 1.10)"
fi

if [[ $skip != *" guest "* ]]; then
	echo "== guest: vm/vm.sh bench (TCG)" >&2
	bash vm/vm.sh bench | tee "$work/guest.txt" >&2
	figure()
	{
		awk -v k="$1" '$1 == "figure:" && $2 == k { $1 = ""; $2 = ""; print }' "$work/guest.txt" | xargs
	}
	read -r nop enotty <<<"$(figure nop_rpc_per_s)"
	[[ -n ${nop:-} ]] || { echo "bench: the guest benchmark printed no RPC figures" >&2; exit 1; }
	r=$(ratio "$enotty" "$nop")
	row "guest: nop_rpc cost / ENOTTY ioctl, 1 thread" "$nop calls/s" "$enotty calls/s (ENOTTY)" "$r" \
		"<= 1.50x" "$(verdict "$r" "<=" 1.5)"
	read -r nop enotty <<<"$(figure nop_cmdrpc_per_s)"
	r=$(ratio "$enotty" "$nop")
	row "guest: nop_cmdrpc (V4) cost / ENOTTY ioctl" "$nop calls/s" "$enotty calls/s (ENOTTY)" "$r" \
		"<= 1.50x" "$(verdict "$r" "<=" 1.5)"
	read -r j c <<<"$(figure java_nop_rpc_per_s)"
	if [[ -n ${j:-} ]]; then
		r=$(ratio "$j" "$c")
		row "guest: Java nop_rpc rate / C, 1 thread" "$j calls/s" "$c calls/s (C, interleaved)" "$r" ">= 0.90x" \
			"$(verdict "$r" ">=" 0.9)"
	fi
	read -r d m <<<"$(figure dump_mib_s)"
	if [[ -n ${d:-} ]]; then
		r=$(ratio "$d" "$m")
		row "guest: 5 MiB core dump through a umem (MiB/s)" "$d" "$m (memcpy)" "$r" ">= 0.50x" \
			"$(verdict "$r" ">=" 0.5)"
	fi
	# With the AOT cache the guest trained for itself; without it beside.
	while read -r _ _ cmd t base cold; do
		row "guest: CLI, mlx5ctl ${cmd//_/ } (s)" "$t" "$base (java -version); $cold without the cache" \
			"$(ratio "$t" "$base")" "<= 4 s (1/3 of 12 s)" "$(verdict "$t" "<=" 4)"
	done < <(awk '$1 == "figure:" && $2 == "guest_cli_s"' "$work/guest.txt")
	read -r train <<<"$(figure guest_aot_train_s)"
	if [[ -n ${train:-} ]]; then
		row "guest: training its AOT cache, tools/aot-train.sh (s)" "$train" - - - -
	fi
fi

[[ -s $rows ]] || { echo "bench: every part was skipped" >&2; exit 1; }
echo
echo "mlx5ctl benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
	"commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo
{
	printf 'figure\tvalue\tbaseline (same run)\tratio\ttarget\tmet\n'
	cat "$rows"
} | awk -F'\t' '
	{ for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NR }
	END {
		for (r = 1; r <= n; r++) {
			line = "|"
			for (i = 1; i <= 6; i++)
				line = line sprintf(" %-" w[i] "s |", cell[r, i])
			print line
			if (r == 1) {
				line = "|"
				for (i = 1; i <= 6; i++) {
					dash = ""
					for (k = 0; k < w[i] + 2; k++) dash = dash "-"
					line = line dash "|"
				}
				print line
			}
		}
	}'
