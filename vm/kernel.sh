#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# The one place that says which kernel the project builds against, boots in the
# guest and imports mlx5_ifc.h from.
#
# By default: the first /usr/src/linux-headers-*-amd64 in sort order (Debian
# 12's 6.1, which vm/deps.sh installs), unless KVER names another installed
# one. Never a point release written down: Debian moves them.
#
# With KVER_SUITE (e.g. bookworm-backports): that suite's current kernel,
# whose headers are downloaded and unpacked into vm/cache/headers-KVER/, never
# installed (Debian's headers depend on the image, whose installation costs a
# minute of initramfs generation and changes the machine).
#
#   vm/kernel.sh kver         6.1.0-57-amd64
#   vm/kernel.sh headers      /usr/src/linux-headers-6.1.0-57-amd64 (a KDIR)
#   vm/kernel.sh ifc-header   /usr/src/linux-headers-6.1.0-57-common/include/linux/mlx5/mlx5_ifc.h
#
# Exits 1 with a message naming the fix when the kernel cannot be had.
set -euo pipefail

VM_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

fail() { echo "kernel.sh: $*" >&2; exit 1; }

# The headers of KVER_SUITE's linux-headers-amd64, unpacked under the cache.
suite_kernel()
{
	local abi root dir
	abi=$(bash "$VM_DIR/apt-suite.sh" "$KVER_SUITE" depends linux-headers-amd64 |
	      sed -n 's/^ *Depends: linux-headers-\(.*-amd64\)$/\1/p' | head -n1)
	[[ -n $abi ]] || fail "Debian $KVER_SUITE has no linux-headers-amd64"
	KVER=$abi
	root=$VM_DIR/cache/headers-$abi
	headers=$root/usr/src/linux-headers-$abi
	[[ -f $headers/.ready ]] && return
	echo "kernel.sh: fetching the headers of $abi from Debian $KVER_SUITE" >&2
	debs=$(mktemp -d)
	trap 'rm -rf "$debs"' EXIT
	(cd "$debs" && bash "$VM_DIR/apt-suite.sh" "$KVER_SUITE" download "linux-headers-$abi" \
		"linux-headers-${abi%-amd64}-common" "linux-kbuild-${abi%-amd64}") ||
		fail "cannot download the headers of $abi"
	rm -rf "$root"
	mkdir -p "$root"
	for deb in "$debs"/*.deb; do
		dpkg-deb -x "$deb" "$root"
	done
	# The arch folder's Makefile includes the common one by its installed
	# path; the kbuild scripts are reached by relative links, which hold.
	dir=$root/usr/src/linux-headers-${abi%-amd64}-common
	sed -i "s|^include /usr/src/linux-headers-${abi%-amd64}-common/|include $dir/|" "$headers/Makefile"
	grep -q "^include $dir/Makefile" "$headers/Makefile" || fail "$headers/Makefile: unexpected include"
	touch "$headers/.ready"
}

if [[ -n ${KVER_SUITE:-} ]]; then
	suite_kernel
else
	if [[ -z ${KVER:-} ]]; then
		shopt -s nullglob
		dirs=(/usr/src/linux-headers-*-amd64)
		shopt -u nullglob
		((${#dirs[@]})) || fail "no /usr/src/linux-headers-*-amd64 installed (run: bash vm/deps.sh)"
		KVER=${dirs[0]#/usr/src/linux-headers-}
	fi
	headers=/usr/src/linux-headers-$KVER
	[[ -d $headers ]] || fail "$headers is not installed"
fi

case ${1:-} in
kver) echo "$KVER" ;;
headers) echo "$headers" ;;
ifc-header)
	# Debian keeps the architecture-independent headers in the -common sibling.
	ifc=$(dirname "$headers")/linux-headers-${KVER%-amd64}-common/include/linux/mlx5/mlx5_ifc.h
	[[ -f $ifc ]] || fail "$ifc is missing"
	echo "$ifc"
	;;
*) fail "usage: [KVER_SUITE=suite] vm/kernel.sh kver | headers | ifc-header" ;;
esac
