#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# A scripted tour of the mlx5ctl CLI, for `make demo` (vm/vm.sh demo runs it in
# the QEMU guest with two simulated devices). Each command is echoed, `$ ...`,
# before its output; a command that fails on purpose shows its exit status.
# Exits non-zero if a command meant to succeed did not.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
PATH=$PWD/tools:$PATH
failures=0
OUT=${TMPDIR:-/tmp}

say()
{
	printf '\n# %s\n' "$*"
}

# Runs mlx5ctl ARGS... echoed as the user would type it.
run()
{
	printf '$ mlx5ctl %s\n' "$*"
	mlx5ctl "$@"
	local status=$?
	if ((status != 0)); then
		echo "[exit status $status]"
		failures=$((failures + 1))
	fi
}

# A command expected to fail with exit status $1.
fails()
{
	local want=$1
	shift
	printf '$ mlx5ctl %s\n' "$*"
	mlx5ctl "$@"
	local status=$?
	echo "[exit status $status]"
	((status == want)) || failures=$((failures + 1))
}

say "The devices: the simulator registered two, the driver made a node for each."
run list
say "What the driver says about device 0 and this open file; both sides share one schema."
run info
say "Capabilities (QUERY_HCA_CAP), decoded by name; zero fields hidden, enums by name."
run cap general log_max_qp log_max_cq max_num_eqs port_type uctx_cap
say "An access register (ACCESS_REG): PAOS, the port's state; then a write, read back."
run reg PAOS
run reg PAOS --set admin_status=down --set ase=1
say "The adapter's identity (QUERY_ADAPTER); --json gives the same for scripts."
run query adapter
say "Diagnostic counters: the capabilities they depend on."
run diag caps
say "A resource dump into a file through a umem (UMEM_REG, ALLOC_PD, CREATE_MKEY, RESOURCE_DUMP steps)."
run dump -o "$OUT/menu.bin"
od -A x -t x1z -N 64 "$OUT/menu.bin"
run dump --type 0x1004 --buffer 65536 -o "$OUT/trace.bin"
head -c 640 "$OUT/trace.bin" | tr -c '[:print:]\n' '.' | grep -o 'fw: [^.]*#[0-9]*' | head -4
say "The output mailbox itself, as a hexdump."
run -d 1 exec NOP --hex
say "Mistakes are one line on stderr and a documented exit status."
fails 2 reg NOPE
fails 1 reg PAOS --local-port 9
say "The schema, without a device."
run schema paos_reg

echo
if ((failures)); then
	echo "demo: $failures command(s) did not end as expected"
	exit 1
fi
echo "demo: done"
