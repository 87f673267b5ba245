#!/bin/bash
# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# Builds the Debian packages (packaging/deb.sh, which runs make install),
# unpacks them into a throwaway root, runs the installed CLI from there, and
# builds the installed DKMS source with dkms for the kernel of the installed
# headers and for the second kernel (bookworm-backports', unpacked in
# vm/cache), in dkms trees of its own: the machine's /var/lib/dkms and
# /lib/modules are left alone. Prints one line per check and
# `N passed, N failed`.
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
passed=0
failed=0

check()
{
	local name=$1
	shift
	if "$@" > "$root/out" 2>&1; then
		echo "ok   $name"
		passed=$((passed + 1))
	else
		echo "FAIL $name: $*"
		sed 's/^/     /' "$root/out" | tail -n 20
		failed=$((failed + 1))
	fi
}

installed_files()
{
	local f
	for f in usr/bin/mlx5ctl usr/share/mlx5ctl/mlx5ctl.jar usr/share/bash-completion/completions/mlx5ctl \
		usr/share/zsh/vendor-completions/_mlx5ctl usr/lib/udev/rules.d/70-mlx5ctl.rules \
		usr/lib/modprobe.d/mlx5ctl.conf; do
		[[ -s $root/$f ]] || { echo "missing $f"; return 1; }
	done
	compgen -G "$root/usr/share/mlx5ctl/lib/picocli-*.jar" > /dev/null || { echo "no picocli jar"; return 1; }
	compgen -G "$root/usr/src/mlx5ctl-*/dkms.conf" > /dev/null || { echo "no DKMS source"; return 1; }
}

# The installed launcher finds the installed jar, not the repository's.
installed_cli_runs()
{
	local out
	out=$("$root/usr/bin/mlx5ctl" --version) || return 1
	[[ $out == mlx5ctl* ]] || { echo "--version said: $out"; return 1; }
	"$root/usr/bin/mlx5ctl" schema commands | grep -q QUERY_HCA_CAP
}

# The DKMS source builds with dkms, without Java, for kernel $1 from $2.
dkms_builds()
{
	local kver=$1 kdir=$2 src version tree=$root/dkms-$1
	src=$(echo "$root"/usr/src/mlx5ctl-*)
	version=${src##*/mlx5ctl-}
	mkdir -p "$tree"
	dkms add -m mlx5ctl -v "$version" --sourcetree "$root/usr/src" --dkmstree "$tree" &&
	dkms build -m mlx5ctl -v "$version" -k "$kver" --kernelsourcedir "$kdir" \
		--sourcetree "$root/usr/src" --dkmstree "$tree" || {
		cat "$tree"/mlx5ctl/"$version"/build/make.log 2>/dev/null | tail -n 20
		return 1
	}
	for m in mlx5ctl mlx5ctl_sim mlx5ctl_mlx5; do
		compgen -G "$tree/mlx5ctl/$version/$kver/x86_64/module/$m.ko*" > /dev/null ||
			{ echo "dkms built no $m.ko for $kver"; return 1; }
	done
}

# The packages, as dpkg would unpack them; their control fields as promised.
debs_unpack()
{
	local deb
	bash packaging/deb.sh || return 1
	for deb in target/deb/mlx5ctl_*_all.deb target/deb/mlx5ctl-dkms_*_all.deb; do
		[[ -f $deb ]] || { echo "no $deb"; return 1; }
		dpkg-deb -x "$deb" "$root" || return 1
	done
	dpkg-deb --field target/deb/mlx5ctl_*_all.deb Depends | grep -q java25-runtime &&
	dpkg-deb --field target/deb/mlx5ctl-dkms_*_all.deb Depends | grep -q dkms &&
	dpkg-deb --ctrl-tarfile target/deb/mlx5ctl-dkms_*_all.deb | tar -t | grep -q postinst
}

check debs_build_and_unpack_into_a_throwaway_root debs_unpack
check installed_files_are_in_place installed_files
check installed_cli_runs_from_its_own_path installed_cli_runs
first=$(bash vm/kernel.sh kver)
check "dkms_builds_for_$first" dkms_builds "$first" "$(bash vm/kernel.sh headers)"
second=$(KVER_SUITE=bookworm-backports bash vm/kernel.sh kver)
check "dkms_builds_for_$second" dkms_builds "$second" "$(KVER_SUITE=bookworm-backports bash vm/kernel.sh headers)"
echo "$passed passed, $failed failed"
((failed == 0))
