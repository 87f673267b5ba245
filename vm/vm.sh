#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# Runs the kernel modules in a QEMU guest, never on this machine.
#
#   vm/vm.sh test        build modules and guest tests, run kmod/tests/run-guest-tests.sh
#                        (and tools/guest-tests.sh when present) with slub_debug on
#   vm/vm.sh run CMD     run CMD (bash) in the repo with the modules loaded and
#                        SIM_DEVICES (default 1) simulated devices
#   vm/vm.sh bench       run kmod/tests/run-guest-bench.sh, slub_debug off
#   vm/vm.sh fuzz        run kmod/tests/build/mlx5ctl-fuzz for FUZZ_SECONDS (default
#                        570) with FUZZ_WORKERS (2) and FUZZ_SEED (default: the time),
#                        slub_debug off (25% more calls; VM_SLUB_DEBUG=1 turns it on),
#                        lockdown raised to integrity for its last fifth, then to
#                        confidentiality for its last tenth
#   vm/vm.sh demo        run tools/demo.sh with two simulated devices
#
# The guest boots Debian's own kernel for the installed headers (KVER, as
# vm/kernel.sh names it) under TCG, shares the host root
# read-only over 9p and chroots into it, so CMD sees the same paths and tools
# as here. vm/guest-init.sh is its /init: it loads kmod/mlx5ctl.ko and
# kmod/sim/mlx5ctl_sim.ko, runs CMD, unloads them (a module that will not
# unload fails the run), fails the run on any WARNING/BUG/oops/slub report in
# the kernel log, and exits QEMU with CMD's status via isa-debug-exit. CMD runs
# as root with HOME=/tmp; the host's files are read-only there, /tmp and
# /dev/shm are the guest's own tmpfs, debugfs and securityfs are mounted.
#
# Cached in vm/cache/ (safe to delete; rebuilt when KVER or vm/guest-* change):
#   kernel-$KVER/vmlinux       uncompressed from the linux-image .deb's vmlinuz
#                              (booted as ELF through its PVH note: ~3 s faster)
#   kernel-$KVER/modules/*.ko  the virtio and 9p modules the guest needs, and
#                              mlx5_core with its dependencies (mlx5.order)
#   initramfs-$KVER.cpio, .key busybox-static, those modules, vm-exit
#                              (vm/guest-exit.c) and /init; .key hashes the inputs
#
# Environment: KVER_SUITE (boot that Debian suite's kernel instead, e.g.
# bookworm-backports: see vm/kernel.sh), SIM_DEVICES (run, bench), VM_TIMEOUT (seconds, default 600),
# VM_SLUB_DEBUG (0: off; 1: kmalloc and mlx5ctl caches, the default for test
# and run; full: every cache, ~4 s more boot; bench and demo default to 0),
# VM_MODULES (space-separated .ko paths to load instead of the project's; empty
# loads none), MLX5CTL_* variables are passed on to CMD.
#
# Exit status: CMD's status (for test: 0 when every suite passed); 124 when the
# guest timed out; 125 when the guest kernel panicked or the harness failed.
set -euo pipefail

VM_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$VM_DIR")
CACHE=$VM_DIR/cache
TIMEOUT=${VM_TIMEOUT:-600}
# The guest's modules for the 9p host share (the PCI transport, then 9p over
# virtio), each with what it depends on; those built into a kernel are skipped
# (6.12 builds virtio in, and has no fscache). Load order in 9p.order.
NINE_P_MODULES=(virtio_pci 9pnet_virtio 9p)
# The kernel's own mlx5_core, for the provider's tests: it and what it
# depends on are kept beside the 9p modules, their load order in mlx5.order.
MLX5_MODULES=(mlx5_core)

# Scratch folders, removed however the script ends.
SCRATCH=()
trap 'rm -rf "${SCRATCH[@]}"' EXIT

say() { echo "vm: $*" >&2; }
die() { say "error: $*"; exit 125; }

usage()
{
	echo "usage: vm/vm.sh test | run CMD | bench | fuzz | demo" >&2
	exit 125
}

find_kver()
{
	KVER=$(bash "$VM_DIR/kernel.sh" kver) || die "no kernel to boot (run: bash vm/deps.sh)"
	KDIR=$(bash "$VM_DIR/kernel.sh" headers) || die "no headers for $KVER"
}

# Fetches Debian's kernel image for KVER without installing it (installing
# costs ~48 s of initramfs generation) and keeps only what the guest needs.
# An image of another suite (bookworm-backports' 6.12) comes through
# vm/apt-suite.sh, as its headers did.
prepare_kernel()
{
	local dir=$CACHE/kernel-$KVER tmp off
	[[ -s $dir/vmlinux && -s $dir/modules/9p.order && -s $dir/modules/mlx5.order ]] && return

	say "fetching linux-image-$KVER into $dir"
	tmp=$(mktemp -d "$CACHE/.kernel.XXXXXX")
	SCRATCH+=("$tmp")
	if [[ -n ${KVER_SUITE:-} ]]; then
		(cd "$tmp" && bash "$VM_DIR/apt-suite.sh" "$KVER_SUITE" download "linux-image-$KVER") ||
			die "cannot download linux-image-$KVER from $KVER_SUITE"
	else
		local -a apt_opts=()
		((EUID == 0)) && apt_opts=(-o APT::Sandbox::User=root)
		if ! (cd "$tmp" && apt-get download -qq "${apt_opts[@]}" "linux-image-$KVER"); then
			say "download failed; refreshing the package lists once"
			apt-get update -qq || die "apt-get update failed"
			(cd "$tmp" && apt-get download -qq "${apt_opts[@]}" "linux-image-$KVER") ||
				die "cannot download linux-image-$KVER"
		fi
	fi
	mkdir -p "$tmp/root" "$tmp/kernel/modules"
	dpkg-deb -x "$tmp"/linux-image-*.deb "$tmp/root"

	# The bzImage carries the kernel as an xz (6.1) or zstd (6.12) stream;
	# QEMU boots the ELF inside.
	local vmlinuz=$tmp/root/boot/vmlinuz-$KVER
	off=$(LC_ALL=C grep -obUaP '\xFD7zXZ\x00' "$vmlinuz" | head -n1 | cut -d: -f1 || true)
	if [[ -n $off ]]; then
		tail -c +$((off + 1)) "$vmlinuz" | xz -dc --single-stream > "$tmp/kernel/vmlinux" 2>/dev/null || true
	else
		off=$(LC_ALL=C grep -obUaP '\x28\xB5\x2F\xFD' "$vmlinuz" | head -n1 | cut -d: -f1 || true)
		[[ -n $off ]] || die "no xz or zstd stream in vmlinuz-$KVER"
		# The stream is followed by the rest of the bzImage, which zstd calls garbage.
		tail -c +$((off + 1)) "$vmlinuz" | zstd -dcq > "$tmp/kernel/vmlinux" 2>/dev/null || true
	fi
	[[ $(head -c4 "$tmp/kernel/vmlinux" | od -An -tx1 | tr -d ' ') == 7f454c46 ]] ||
		die "vmlinux extracted from vmlinuz-$KVER is not an ELF image"

	local m moddir=$tmp/root/lib/modules/$KVER out=$tmp/kernel/modules
	for m in "${NINE_P_MODULES[@]}"; do
		add_with_depends "$moddir" "$m" "$out" "$out/9p.order"
	done
	for m in "${MLX5_MODULES[@]}"; do
		add_with_depends "$moddir" "$m" "$out" "$out/mlx5.order"
	done

	rm -rf "$dir"
	mv "$tmp/kernel" "$dir"
	rm -rf "$tmp"
}

# add_with_depends MODDIR NAME OUT ORDER: copies NAME.ko (decompressed, if
# the image ships .ko.xz) and, first, every module it depends on (its
# .modinfo "depends=") into OUT, appending each name to ORDER in an order
# insmod can follow. A module built into the kernel is skipped.
add_with_depends()
{
	local moddir=$1 name=$2 out=$3 order=$4 ko dep
	touch "$order"
	grep -qx "$name" "$order" && return
	grep -Eq "/${name//[-_]/[-_]}\.ko$" "$moddir/modules.builtin" && return
	ko=$(find "$moddir" -regextype posix-extended -regex ".*/${name//[-_]/[-_]}\.ko(\.xz)?" -print -quit)
	[[ -n $ko ]] || die "linux-image-$KVER has no $name.ko"
	if [[ $ko == *.xz ]]; then
		xz -dc "$ko" > "$out/$name.ko" || die "cannot decompress $ko"
	else
		cp "$ko" "$out/$name.ko"
	fi
	for dep in $(tr '\0' '\n' < "$out/$name.ko" | sed -n 's/^depends=//p' | tr , ' '); do
		add_with_depends "$moddir" "$dep" "$out" "$order"
	done
	echo "$name" >> "$order"
}

# The initramfs is rebuilt whenever one of its inputs changes.
prepare_initramfs()
{
	local key stage m initramfs=$CACHE/initramfs-$KVER.cpio
	key=$( {
		cat "$CACHE/kernel-$KVER/modules/9p.order"
		cat "$VM_DIR/guest-init.sh" "$VM_DIR/guest-exit.c" /bin/busybox
	} | sha256sum | cut -d' ' -f1)
	if [[ -s $initramfs && $(cat "$initramfs.key" 2>/dev/null) == "$key" ]]; then
		return
	fi

	say "building the initramfs"
	stage=$(mktemp -d "$CACHE/.initramfs.XXXXXX")
	SCRATCH+=("$stage")
	mkdir -p "$stage"/{bin,dev,proc,sys,lib/modules}
	cp /bin/busybox "$stage/bin/busybox"
	for m in $(/bin/busybox --list); do
		[[ $m == busybox ]] || ln -s busybox "$stage/bin/$m"
	done
	gcc -static -O2 -Wall -Wextra -Werror -o "$stage/bin/vm-exit" "$VM_DIR/guest-exit.c" ||
		die "cannot build the exit helper (needs gcc and libc6-dev)"
	for m in $(cat "$CACHE/kernel-$KVER/modules/9p.order"); do
		cp "$CACHE/kernel-$KVER/modules/$m.ko" "$stage/lib/modules/"
	done
	cp "$CACHE/kernel-$KVER/modules/9p.order" "$stage/lib/modules/order"
	install -m 755 "$VM_DIR/guest-init.sh" "$stage/init"
	(cd "$stage" && find . | cpio -o -H newc --owner=0:0 --quiet) > "$initramfs.new"
	mv "$initramfs.new" "$initramfs"
	echo "$key" > "$initramfs.key"
	rm -rf "$stage"
}

build_modules()
{
	# VM_MODULES names modules built elsewhere; otherwise never run stale ones.
	[[ -z ${VM_MODULES+set} ]] || return 0
	[[ -f $REPO/kmod/Makefile ]] || die "kmod/Makefile is missing: no modules to build"
	# The tree holds one kernel's build at a time: start afresh for another.
	if [[ $(cat "$REPO/kmod/.kdir" 2>/dev/null) != "$KDIR" ]]; then
		make -s -C "$REPO/kmod" clean KDIR="$KDIR" >/dev/null 2>&1 || true
		echo "$KDIR" > "$REPO/kmod/.kdir"
	fi
	make -s -C "$REPO/kmod" KDIR="$KDIR" || die "building the modules failed (make -C kmod KDIR=$KDIR)"
}

build_tests()
{
	[[ -f $REPO/kmod/tests/Makefile ]] ||
		die "kmod/tests/Makefile is missing: the guest tests are not written yet"
	make -s -C "$REPO/kmod/tests" || die "building the guest tests failed (make -C kmod/tests)"
}

require()
{
	[[ -f $REPO/$1 ]] || die "$1 is missing${2:+: $2}"
}

# Boots the guest running $1 (bash source) with $2 simulated devices and
# slub_debug per $3 (0, 1 or full); exits with the job's status.
boot()
{
	local cmd=$1 sim=$2 slub=$3 modules cmdline rc status start elapsed
	local java_home=${JAVA_HOME:-}
	[[ -z $java_home && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]] &&
		java_home=/usr/lib/jvm/temurin-25-jdk-amd64

	modules=${VM_MODULES-$REPO/kmod/mlx5ctl.ko $REPO/kmod/sim/mlx5ctl_sim.ko}
	local ko abs_modules=()
	for ko in $modules; do
		[[ $ko == /* ]] || ko=$REPO/$ko
		[[ -f $ko ]] || die "${ko#"$REPO"/} is not built (run: make kmod)"
		abs_modules+=("$(realpath "$ko")")
	done

	# Read by the guest from the host's /tmp before it mounts its own tmpfs.
	local job
	job=$(mktemp -d /tmp/mlx5ctl-vm.XXXXXX)
	SCRATCH+=("$job")
	{
		printf 'VM_MODULES=%q\n' "${abs_modules[*]}"
		printf 'SIM_DEVICES=%q\n' "$sim"
		printf 'REPO=%q\n' "$REPO"
	} > "$job/config"
	{
		echo 'export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
		echo 'export HOME=/tmp LANG=C.UTF-8 MLX5CTL_VM=1'
		printf 'export SIM_DEVICES=%q\n' "$sim"
		[[ -n $java_home ]] && printf 'export JAVA_HOME=%q\n' "$java_home"
		export -p | grep '^declare -x MLX5CTL_' || true
		printf 'cd %q || exit 125\n' "$REPO"
		printf '%s\n' "$cmd"
	} > "$job/job.sh"
	chmod -R a+rX "$job"

	# Any WARN or oops panics, and the panic ends QEMU (-no-reboot) with the
	# trace on the console. cryptomgr.notests skips the crypto self-tests, the
	# slowest initcall under TCG (~0.5 s) and nothing this driver uses.
	cmdline="console=ttyS0 panic=-1 oops=panic panic_on_warn=1 loglevel=5 log_buf_len=4M cryptomgr.notests"
	# Debugging every cache doubles boot time under TCG; the modules allocate
	# from kmalloc caches (or caches named mlx5ctl*), which is what is checked.
	case $slub in
	0) ;;
	full) cmdline+=" slub_debug=FZPU" ;;
	*) cmdline+=" slub_debug=FZPU,kmalloc-*,mlx5ctl*" ;;
	esac
	cmdline+=" VMJOB=$job"

	# virtio-rng-pci is a spare PCI function (no driver of its kind is loaded)
	# that the mlx5 provider's tests unbind and bind again: a function of
	# another driver coming and going, which the provider must leave alone.
	# qboot (shipped with QEMU) reaches the kernel ~0.5-1 s sooner than SeaBIOS.
	local -a firmware=()
	[[ -f /usr/share/qemu/qboot.rom ]] && firmware=(-bios /usr/share/qemu/qboot.rom)

	say "booting $KVER (TCG, timeout ${TIMEOUT}s, SIM_DEVICES=$sim, slub_debug $slub)"
	start=$(date +%s%N)
	set +e
	timeout -k 10 "$TIMEOUT" qemu-system-x86_64 \
		-accel tcg -m 512M -smp 2 -nographic -no-reboot -nic none "${firmware[@]}" \
		-kernel "$CACHE/kernel-$KVER/vmlinux" \
		-initrd "$CACHE/initramfs-$KVER.cpio" \
		-append "$cmdline" \
		-virtfs local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap \
		-device isa-debug-exit,iobase=0xf4,iosize=0x04 \
		-device virtio-rng-pci \
		</dev/null 2>&1 | sed -u 's/\r$//; s/\x1b\(c\|\[[0-9;?]*[a-zA-Z]\)//g' | tee "$job/console.log"
	rc=${PIPESTATUS[0]}
	set -e
	elapsed=$(awk -v ns=$(($(date +%s%N) - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')

	if ((rc == 124)); then
		say "TIMEOUT: the guest did not finish within ${TIMEOUT}s (raise VM_TIMEOUT if it is only slow)"
		exit 124
	fi
	status=$(grep -ao 'mlx5ctl-vm: exit status [0-9]*' "$job/console.log" | tail -n1 | awk '{print $4}' || true)
	if [[ -z $status ]]; then
		if grep -aq 'Kernel panic' "$job/console.log"; then
			say "PANIC: the guest kernel panicked after ${elapsed}s: $(grep -a 'Kernel panic' "$job/console.log" | tail -n1)"
		else
			say "the guest stopped after ${elapsed}s without reporting a status (QEMU exit code $rc)"
		fi
		exit 125
	fi
	# isa-debug-exit gives (status << 1) | 1, truncated to 8 bits; 0 means
	# vm-exit fell back to poweroff.
	if ((rc != 0 && rc != (((status << 1) | 1) & 0xff))); then
		say "QEMU exit code $rc does not match the guest's reported status $status"
		exit 125
	fi
	if ((status == 0)); then
		say "PASS: guest exited with status 0 after ${elapsed}s"
	else
		say "FAIL: guest exited with status $status after ${elapsed}s"
	fi
	exit "$status"
}

# Serializes cache updates and module builds between concurrent runs.
prepare()
{
	mkdir -p "$CACHE"
	exec 9>"$CACHE/.lock"
	if ! flock -n 9; then
		say "waiting for another vm.sh to finish building or preparing the cache"
		flock 9
	fi
	find_kver
	prepare_kernel
	prepare_initramfs
	"$@"
	flock -u 9
	exec 9>&-
}

build_for_test()
{
	build_modules
	build_tests
	require kmod/tests/run-guest-tests.sh "the guest test runner is not written yet"
}

build_for_bench()
{
	build_modules
	build_tests
	require kmod/tests/run-guest-bench.sh "the guest benchmark runner is not written yet"
}

build_for_run()
{
	build_modules
}

build_for_demo()
{
	build_modules
	require tools/demo.sh "the demo is not written yet"
}

# Lockdown, once raised, stays for the boot: its cases come last. The fuzz
# smoke runs between the suites: 20 s of `make fuzz`, its seed printed.
TEST_JOB='status=0
bash kmod/tests/run-guest-tests.sh || status=1
kmod/tests/build/mlx5ctl-fuzz --seconds 20 || status=1
if [ -f tools/guest-tests.sh ]; then
	bash tools/guest-tests.sh || status=1
else
	echo "mlx5ctl-vm: FAIL tools/guest-tests.sh is missing: the Java guest suite cannot run"
	status=1
fi
bash packaging/test-udev.sh || status=1
bash kmod/tests/run-guest-tests.sh --lockdown || status=1
exit $status'

case ${1:-} in
test)
	(($# == 1)) || usage
	prepare build_for_test
	boot "$TEST_JOB" 0 "${VM_SLUB_DEBUG:-1}"
	;;
run)
	shift
	(($# > 0)) && [[ -n $* ]] || die "no command given (make vm-run CMD='...')"
	prepare build_for_run
	boot "$*" "${SIM_DEVICES:-1}" "${VM_SLUB_DEBUG:-1}"
	;;
bench)
	(($# == 1)) || usage
	prepare build_for_bench
	boot 'bash kmod/tests/run-guest-bench.sh' "${SIM_DEVICES:-0}" "${VM_SLUB_DEBUG:-0}"
	;;
fuzz)
	(($# == 1)) || usage
	fuzz_seconds=${FUZZ_SECONDS:-570}
	# The guest's own time around the run: boot, module loads, unloads.
	TIMEOUT=${VM_TIMEOUT:-$((fuzz_seconds + 240))}
	prepare build_for_test
	boot "kmod/tests/build/mlx5ctl-fuzz --seconds $fuzz_seconds --workers ${FUZZ_WORKERS:-2} --lockdown${FUZZ_SEED:+ --seed $FUZZ_SEED}" \
		0 "${VM_SLUB_DEBUG:-0}"
	;;
demo)
	(($# == 1)) || usage
	prepare build_for_demo
	boot 'bash tools/demo.sh' 2 "${VM_SLUB_DEBUG:-0}"
	;;
*)
	usage
	;;
esac
