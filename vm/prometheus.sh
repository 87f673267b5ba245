#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# Debian 12's prometheus package (the server and promtool), unpacked into
# vm/cache/prometheus/ and never installed: installing it would start a
# server on this machine. The tests check the CLI's exposition with promtool
# and have the server scrape the CLI in the guest (which shares this tree).
#
#   vm/prometheus.sh          prints the folder holding prometheus and promtool
set -euo pipefail

VM_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DIR=$VM_DIR/cache/prometheus

if [[ ! -x $DIR/usr/bin/promtool || ! -x $DIR/usr/bin/prometheus ]]; then
	scratch=$(mktemp -d)
	trap 'rm -rf "$scratch"' EXIT
	(cd "$scratch" && bash "$VM_DIR/apt-suite.sh" bookworm download prometheus) >&2 ||
		{ echo "prometheus: cannot download Debian's prometheus package" >&2; exit 1; }
	rm -rf "$DIR"
	mkdir -p "$DIR"
	dpkg-deb -x "$scratch"/prometheus_*.deb "$DIR"
	"$DIR/usr/bin/promtool" --version >/dev/null ||
		{ echo "prometheus: the unpacked promtool does not run" >&2; exit 1; }
fi
echo "$DIR/usr/bin"
