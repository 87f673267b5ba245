#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# The one place that says which kernel the project builds against, boots in the
# guest and imports mlx5_ifc.h from: the first /usr/src/linux-headers-*-amd64 in
# sort order (Debian 12's 6.1 sorts before bookworm-backports' 6.12), unless
# KVER names another. Never a point release written down: Debian moves them.
#
#   vm/kernel.sh kver         6.1.0-57-amd64
#   vm/kernel.sh headers      /usr/src/linux-headers-6.1.0-57-amd64
#   vm/kernel.sh ifc-header   /usr/src/linux-headers-6.1.0-57-common/include/linux/mlx5/mlx5_ifc.h
#
# Exits 1 with a message naming the fix when no such headers are installed.
set -euo pipefail

fail() { echo "kernel.sh: $*" >&2; exit 1; }

if [[ -z ${KVER:-} ]]; then
	shopt -s nullglob
	dirs=(/usr/src/linux-headers-*-amd64)
	shopt -u nullglob
	((${#dirs[@]})) || fail "no /usr/src/linux-headers-*-amd64 installed (run: bash vm/deps.sh)"
	KVER=${dirs[0]#/usr/src/linux-headers-}
fi
headers=/usr/src/linux-headers-$KVER
[[ -d $headers ]] || fail "$headers is not installed"

case ${1:-} in
kver) echo "$KVER" ;;
headers) echo "$headers" ;;
ifc-header)
	# Debian keeps the architecture-independent headers in the -common sibling.
	ifc=/usr/src/linux-headers-${KVER%-amd64}-common/include/linux/mlx5/mlx5_ifc.h
	[[ -f $ifc ]] || fail "$ifc is missing"
	echo "$ifc"
	;;
*) fail "usage: vm/kernel.sh kver | headers | ifc-header" ;;
esac
