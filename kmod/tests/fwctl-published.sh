#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# Proves that our copy of fwctl's uAPI (kmod/include/uapi/fwctl/) is fwctl's
# published one: the generated agreement files, whose static assertions hold
# every number of our copy (each name, value, struct size, member offset and
# ioctl request), must compile against the headers Debian publishes in
# linux-libc-dev of a kernel that has fwctl (unstable's; Debian 12 has none).
# The package is downloaded once into vm/cache/, never installed.
#
# Exit 0 when they agree; 1 with the compiler's words when they do not, or
# when the published headers cannot be had (a check that cannot run fails).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cache=$root/vm/cache/published-uapi
suite=${FWCTL_SUITE:-unstable}

say() { echo "fwctl-published: $*" >&2; }

if [[ ! -f $cache/usr/include/fwctl/fwctl.h ]]; then
	say "fetching linux-libc-dev of Debian $suite (for include/fwctl)"
	debs=$(mktemp -d)
	trap 'rm -rf "$debs"' EXIT
	(cd "$debs" && bash "$root/vm/apt-suite.sh" "$suite" download linux-libc-dev) ||
		{ say "cannot download linux-libc-dev from Debian $suite"; exit 1; }
	rm -rf "$cache.new"
	mkdir -p "$cache.new"
	dpkg-deb -x "$debs"/linux-libc-dev_*.deb "$cache.new"
	[[ -f $cache.new/usr/include/fwctl/fwctl.h ]] ||
		{ say "$(basename "$debs"/linux-libc-dev_*.deb) has no fwctl headers"; exit 1; }
	rm -rf "$cache"
	mv "$cache.new" "$cache"
fi

status=0
for agree in "$root"/kmod/tests/uapi_agree_fwctl*.c; do
	if gcc -fsyntax-only -Wall -Wextra -Werror -I "$cache/usr/include" "$agree"; then
		echo "fwctl-published: ${agree#"$root"/} agrees with the published $(grep -o 'fwctl/[a-z0-9]*\.h' "$agree" | head -n1)"
	else
		say "${agree#"$root"/}: our copy differs from the published header (above)"
		status=1
	fi
done
exit $status
