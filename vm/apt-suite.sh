#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# apt-get against one more Debian suite without touching the machine's apt
# configuration: the suite's package lists live in vm/cache/apt-SUITE/, read
# from Debian's registry and refreshed when older than a day.
#
#   vm/apt-suite.sh bookworm-backports download linux-image-6.12.95+deb12-amd64
#   vm/apt-suite.sh unstable download linux-libc-dev
#   vm/apt-suite.sh bookworm-backports depends linux-headers-amd64
#
# `download` fetches into the current folder; `depends` prints apt-cache's.
set -euo pipefail

suite=${1:?usage: vm/apt-suite.sh SUITE download|depends PACKAGE...}
what=${2:?usage: vm/apt-suite.sh SUITE download|depends PACKAGE...}
shift 2
cache=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/cache/apt-$suite

mkdir -p "$cache/lists/partial" "$cache/archives/partial"
echo "deb http://deb.debian.org/debian $suite main" > "$cache/sources.list"
opts=(-o "Dir::Etc::SourceList=$cache/sources.list" -o Dir::Etc::SourceParts=/dev/null
      -o "Dir::State::Lists=$cache/lists" -o "Dir::Cache=$cache" -o APT::Sandbox::User=root)

if [[ ! -f $cache/updated || -n $(find "$cache/updated" -mmin +1440) ]]; then
	apt-get "${opts[@]}" update -qq || { echo "apt-suite: cannot read Debian $suite's package lists" >&2; exit 1; }
	touch "$cache/updated"
fi

case $what in
download) apt-get "${opts[@]}" download -qq "$@" ;;
depends) apt-cache "${opts[@]}" depends "$@" ;;
*) echo "apt-suite: unknown action '$what'" >&2; exit 2 ;;
esac
