#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# Fails when the committed C under kmod/generated is not what the codegen makes
# of schema/mlx5 today (someone edited the schema or the emitter and did not
# regenerate, or edited a generated file by hand).
#
# Builds nothing: it runs codegen/target/mlx5ctl-codegen.jar, which
# `make check-generated` builds first (`make java`).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jar=codegen/target/mlx5ctl-codegen.jar
schema=schema/mlx5
committed=kmod/generated
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

cd "$root"
if [[ ! -f $jar ]]; then
	echo "check-generated: $jar is missing; build it with 'make java'" >&2
	exit 2
fi

fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT

# The same command line as `make generate`, so the banners name the same source.
# Only what the generator writes is compared: other files may live beside it.
out=$fresh/out
"$java" -jar "$jar" generate --c-out="$out" "$schema"

status=0
for file in "$out"/*; do
	name=${file##*/}
	if ! diff -u --label "$committed/$name" --label "generated/$name" \
		"$committed/$name" "$file" >"$fresh/$name.diff" 2>&1; then
		status=1
		changed=$(grep -c '^[-+][^-+]' "$fresh/$name.diff" || true)
		echo "check-generated: $committed/$name is stale ($changed lines differ):" >&2
		head -n 30 "$fresh/$name.diff" >&2
	fi
done
if ((status)); then
	echo "check-generated: run 'make generate' and commit $committed" >&2
	exit 1
fi
echo "check-generated: $committed is up to date with $schema"
