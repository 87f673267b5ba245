#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# /init of the guest's busybox initramfs (built by vm/vm.sh). It mounts the
# host's root read-only over 9p, loads the modules under test, runs the job
# chrooted into the host root, unloads the modules and checks the kernel log,
# then leaves QEMU through the isa-debug-exit port with the job's status.
#
# PID 1 must never exit (the kernel would panic), so every path ends in
# finish(). Kernel command line words KEY=VAL arrive here as variables:
# VMJOB names the host folder holding `config` and `job.sh`.

export PATH=/bin

# The kernel log lines that mean the run hurt the kernel. `begin` marks where
# the job starts so boot messages (e.g. the slub_debug command line) are not
# mistaken for findings.
KERNEL_ERRORS='WARNING:|BUG:|BUG [^ ]+ \(|Oops|general protection|slub|SLUB|KASAN|refcount_t|list_add corruption|list_del corruption|Poison overwritten|Redzone|soft lockup|blocked for more than'
BEGIN_MARK='mlx5ctl-vm: begin'

say() { echo "mlx5ctl-vm: $*"; }

finish()
{
	say "exit status $1"
	/bin/vm-exit "$1"
	# vm-exit fails when lockdown forbids port I/O; the host then takes the
	# status from the line above.
	poweroff -f
	sleep 60
}

die() { say "FAIL: $*"; finish 1; }

mount -t devtmpfs devtmpfs /dev
exec 0</dev/console 1>/dev/console 2>&1
mount -t proc proc /proc
mount -t sysfs sysfs /sys
# The loopback interface, for what serves and scrapes on 127.0.0.1 (metrics).
ip link set lo up || die "cannot bring up the loopback interface"

# vm.sh lists the 9p and virtio modules in load order.
for m in $(cat /lib/modules/order); do
	insmod "/lib/modules/$m.ko" || die "cannot load $m (needed for the 9p host share)"
done

mkdir -p /host
mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=512000,cache=loose \
	hostroot /host || die "cannot mount the host root over 9p"

[ -n "$VMJOB" ] && [ -r "/host$VMJOB/config" ] || die "no job at '/host$VMJOB'"
. "/host$VMJOB/config"
cp "/host$VMJOB/job.sh" /job.sh || die "cannot read the job script"

echo "$BEGIN_MARK" > /dev/kmsg

# Load the modules before /host/tmp is covered by the guest's own tmpfs, so a
# module built under the host's /tmp can be loaded too.
loaded=
for ko in $VM_MODULES; do
	[ -f "/host$ko" ] || die "$ko is not built (run: make kmod)"
	insmod "/host$ko" || die "insmod $ko failed"
	name=$(basename "$ko" .ko)
	loaded="$name $loaded"
done

# The repository stays reachable at its own path: the guest's tmpfs covers
# /tmp, and a clone under a folder others cannot enter (/root is 0700) would
# keep the cases that run as nobody out. Keep a handle on it first, then lay
# it back over a world-enterable tmpfs at the same path.
mkdir -p /repo
mount -o bind "/host$REPO" /repo || die "cannot bind the repository $REPO"
top=/$(echo "${REPO#/}" | cut -d/ -f1)

mount -t proc proc /host/proc
mount -t sysfs sysfs /host/sys
mount -t debugfs debugfs /host/sys/kernel/debug
mount -t securityfs securityfs /host/sys/kernel/security
mount -t devtmpfs devtmpfs /host/dev
mkdir -p /host/dev/shm /host/dev/pts
mount -t tmpfs -o mode=1777 tmpfs /host/dev/shm
mount -t devpts devpts /host/dev/pts
mount -t tmpfs -o mode=1777 tmpfs /host/tmp
mount -t tmpfs -o mode=755 tmpfs /host/run
case $top in
/tmp) ;;
*)
	# Everything on the path must let others in, or the repository moves
	# onto a tmpfs at its top folder (the host's is read-only anyway).
	dir=/host
	for part in $(echo "${REPO#/}" | tr / ' '); do
		dir=$dir/$part
		perm=$(stat -c %A "$dir")
		case $perm in
		?????????x|?????????t) ;;
		*) mount -t tmpfs -o mode=755 tmpfs "/host$top"; break ;;
		esac
	done
	;;
esac
if ! [ -d "/host$REPO/kmod" ]; then
	mkdir -p "/host$REPO"
	mount -o bind /repo "/host$REPO" || die "cannot lay the repository back at $REPO"
fi

i=0
while [ "$i" -lt "${SIM_DEVICES:-0}" ]; do
	[ -w /sys/bus/mlx5ctl_sim/new_device ] ||
		die "SIM_DEVICES=$SIM_DEVICES but /sys/bus/mlx5ctl_sim/new_device is missing"
	echo "$i" > /sys/bus/mlx5ctl_sim/new_device || die "cannot create simulated device $i"
	node=/dev/mlx5ctl-mlx5ctl_sim.ctl.$i
	tries=0
	while [ ! -e "$node" ] && [ "$tries" -lt 50 ]; do
		sleep 0.1
		tries=$((tries + 1))
	done
	[ -e "$node" ] || die "simulated device $i created but $node never appeared"
	i=$((i + 1))
done

mkdir -p /host/tmp/.mlx5ctl-vm
cp /job.sh /host/tmp/.mlx5ctl-vm/job.sh
chroot /host /bin/bash /tmp/.mlx5ctl-vm/job.sh </dev/null
status=$?

# Whatever the job left running would keep the devices open and the modules
# busy: end it before unloading.
kill -TERM -1 2>/dev/null
sleep 0.2
kill -KILL -1 2>/dev/null

for name in $loaded; do
	if ! rmmod "$name"; then
		say "FAIL: rmmod $name failed: modules must unload"
		[ "$status" -eq 0 ] && status=1
	fi
done

# The host asks for a large log buffer, so the mark is normally still there;
# if the job flooded the log past it, scan all of it but the two boot lines
# that name slub by design.
dmesg > /kernel.log
if grep -q "$BEGIN_MARK" /kernel.log; then
	findings=$(sed -n "/$BEGIN_MARK/,\$p" /kernel.log | grep -E "$KERNEL_ERRORS")
else
	findings=$(grep -vE 'Kernel command line|SLUB: HWalign' /kernel.log | grep -E "$KERNEL_ERRORS")
fi
if [ -n "$findings" ]; then
	say "FAIL: the kernel log reports problems:"
	echo "$findings"
	[ "$status" -eq 0 ] && status=1
fi

finish "$status"
