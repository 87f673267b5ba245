#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# Installs what building the modules and booting the QEMU guest need, on
# Debian. Idempotent and quick when everything is present: it asks dpkg first
# and touches apt only for what is missing.
set -euo pipefail

PACKAGES=(linux-headers-amd64 qemu-system-x86 busybox-static cpio xz-utils zstd
	  gcc make libc6-dev sparse dkms groff-base)

command -v dpkg-query >/dev/null ||
	{ echo "deps: this needs Debian (dpkg and apt); install ${PACKAGES[*]} by other means" >&2; exit 1; }

missing=()
for pkg in "${PACKAGES[@]}"; do
	status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
	[[ $status == installed ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
	echo "deps: all present (${PACKAGES[*]})"
	exit 0
fi

if ((EUID != 0)); then
	echo "deps: missing ${missing[*]}; run as root (or install them): apt-get install --no-install-recommends ${missing[*]}" >&2
	exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# The package lists may be stale or absent (fresh containers); refresh once.
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "deps: installed ${missing[*]}"
