#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# Fails when the committed C under kmod/generated (and kmod/tests/uapi_agree*.c)
# is not what the codegen makes of schema/mlx5 and the uAPI header today:
# someone edited the schema, the header or an emitter and did not regenerate,
# or edited a generated file by hand.
#
# Builds nothing: it runs codegen/target/mlx5ctl-codegen.jar, which
# `make check-generated` builds first (`make java`).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jar=codegen/target/mlx5ctl-codegen.jar
schema=schema/mlx5
committed=kmod/generated
# Java 25, found as the root Makefile finds it: Temurin 25 where the machine has it.
if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
	java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
else
	java=${JAVA_HOME:+$JAVA_HOME/bin/}java
fi

cd "$root"
if [[ ! -f $jar ]]; then
	echo "check-generated: $jar is missing; build it with 'make java'" >&2
	exit 2
fi

fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT

# The same command line as `make generate`, so the banners name the same source.
# Only what the generator writes is compared: other files may live beside it.
out=$fresh/generated
# The uAPI agreement files (kmod/tests/uapi_agree*.c) go below a kmod/tests
# folder too, because banners name a file from its kmod/ folder on.
agrees=()
args=(generate --c-out="$out")
for pair in $(make -s --no-print-directory print-uapi); do
	agrees+=("kmod/tests/${pair#*:}")
	args+=(--uapi-header="kmod/include/uapi/${pair%%:*}" --uapi-agree="$fresh/kmod/tests/${pair#*:}")
done
"$java" -jar "$jar" "${args[@]}" "$schema"

status=0
# compare COMMITTED FRESH: print a diff head and remember the failure.
compare()
{
	local diff=$fresh/last.diff changed

	if ! diff -u --label "$1" --label "generated/${1##*/}" "$1" "$2" >"$diff" 2>&1; then
		status=1
		changed=$(grep -c '^[-+][^-+]' "$diff" || true)
		echo "check-generated: $1 is stale ($changed lines added or removed):" >&2
		head -n 30 "$diff" >&2
	fi
}

for file in "$out"/*; do
	compare "$committed/${file##*/}" "$file"
done

# The cross-check against the kernel's mlx5_ifc.h, and the schema imported from
# it (same command lines as `make generate` and `make import-ifc`). Without the
# header this fails: a freshness check that skips has stopped checking.
ifc_h=$(bash vm/kernel.sh ifc-header) || { echo "check-generated: no kernel headers to check against" >&2; exit 2; }
crosscheck=kmod/crosscheck/mlx5ctl_ifc_crosscheck.c
"$java" -jar "$jar" crosscheck --ifc-header="$ifc_h" --out="$fresh/$crosscheck" "$schema"
compare "$crosscheck" "$fresh/$crosscheck"
imported=$schema/ifc_imported.yaml
mkdir -p "$fresh/$schema"
"$java" -jar "$jar" import-ifc --into "$schema" --out "$fresh/$imported" "$ifc_h" >/dev/null 2>&1
compare "$imported" "$fresh/$imported"
for agree in "${agrees[@]}"; do
	compare "$agree" "$fresh/$agree"
done
if ((status)); then
	echo "check-generated: run 'make generate' (and 'make import-ifc') and commit the files above" >&2
	exit 1
fi
echo "check-generated: $committed, ${agrees[*]}, $crosscheck and $imported are up to date (against $ifc_h)"
