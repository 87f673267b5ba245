#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# Builds the Debian packages into target/deb/ (make deb), from `make install`
# into a staging root:
#   mlx5ctl_VERSION_all.deb       the CLI, its jars, completion, the udev rule
#                                 and the modprobe configuration; needs a Java
#                                 25 runtime (Temurin's packages, or any
#                                 package providing java25-runtime)
#   mlx5ctl-dkms_VERSION_all.deb  the modules' source for DKMS, which builds
#                                 and installs them for each kernel at install
# The Debian version is the project's with "-SNAPSHOT" as "~SNAPSHOT" (a
# snapshot sorts before its release).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

version=$(sed -n '0,/<version>/s|.*<version>\(.*\)</version>.*|\1|p' pom.xml)
debver=${version//-/\~}
out=target/deb
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

make -s install DESTDIR="$stage/root" PREFIX=/usr >/dev/null
mkdir -p "$out"
rm -f "$out"/*.deb

# package NAME DESCRIPTION DEPENDS FILES...: one .deb of FILES (below the root).
package()
{
	local name=$1 description=$2 depends=$3 dir=$stage/$1 f
	shift 3
	mkdir -p "$dir/DEBIAN"
	for f in "$@"; do
		mkdir -p "$dir/$(dirname "$f")"
		cp -a "$stage/root/$f" "$dir/$f"
	done
	cat > "$dir/DEBIAN/control" <<CONTROL
Package: $name
Version: $debver
Architecture: all
Maintainer: mlx5ctl developers <mlx5ctl@localhost>
Depends: $depends
Section: admin
Priority: optional
Description: $description
CONTROL
	[[ -d $SCRIPTS/$name ]] && cp "$SCRIPTS/$name"/* "$dir/DEBIAN/"
	dpkg-deb --root-owner-group --build "$dir" "$out/${name}_${debver}_all.deb" >/dev/null
	echo "deb: $out/${name}_${debver}_all.deb"
}

SCRIPTS=$stage/scripts
mkdir -p "$SCRIPTS/mlx5ctl-dkms"
cat > "$SCRIPTS/mlx5ctl-dkms/postinst" <<POSTINST
#!/bin/sh
set -e
# Build and install the modules for every kernel DKMS knows.
if [ "\$1" = configure ]; then
	dkms add -m mlx5ctl -v $version 2>/dev/null || true
	dkms autoinstall || true
fi
POSTINST
cat > "$SCRIPTS/mlx5ctl-dkms/prerm" <<PRERM
#!/bin/sh
set -e
dkms remove -m mlx5ctl -v $version --all 2>/dev/null || true
PRERM
chmod 755 "$SCRIPTS/mlx5ctl-dkms"/*
# The CLI's AOT cache names the jar by its installed path: trained here, on
# this machine's CPU and Java. Without it the CLI only starts slower.
mkdir -p "$SCRIPTS/mlx5ctl"
cat > "$SCRIPTS/mlx5ctl/postinst" <<'POSTINST'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
	/usr/share/mlx5ctl/aot-train.sh > /dev/null 2>&1 ||
		echo "mlx5ctl: no AOT cache trained (the CLI starts slower): run /usr/share/mlx5ctl/aot-train.sh" >&2
fi
POSTINST
cat > "$SCRIPTS/mlx5ctl/prerm" <<'PRERM'
#!/bin/sh
set -e
rm -f /usr/share/mlx5ctl/mlx5ctl.aot /usr/share/mlx5ctl/mlx5ctl.aot.cpu /usr/share/mlx5ctl/mlx5ctl.aot.log
PRERM
chmod 755 "$SCRIPTS/mlx5ctl"/*

package mlx5ctl "ConnectX firmware commands from user space: the mlx5ctl CLI
 Typed firmware commands (capabilities, registers, counters, resource dumps)
 over the mlx5ctl driver's device nodes, decoded or as JSON." \
	"bash, temurin-25-jre | temurin-25-jdk | java25-runtime" \
	usr/bin/mlx5ctl usr/share/mlx5ctl usr/share/bash-completion usr/share/zsh \
	usr/share/man usr/share/maven-repo usr/share/java \
	usr/lib/udev/rules.d/70-mlx5ctl.rules usr/lib/modprobe.d/mlx5ctl.conf
package mlx5ctl-dkms "ConnectX firmware commands from user space: the mlx5ctl modules (DKMS)
 mlx5ctl.ko (the V4 misc and fwctl front doors), mlx5ctl_mlx5.ko (functions
 of the kernel's own mlx5_core) and mlx5ctl_sim.ko (a simulated device)." \
	"dkms, make, gcc" usr/src/mlx5ctl-"$version"
