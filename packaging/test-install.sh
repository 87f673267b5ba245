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
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

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
	for f in usr/bin/mlx5ctl usr/share/mlx5ctl/mlx5ctl.jar usr/share/mlx5ctl/mlx5ctl.schema.json \
		usr/share/bash-completion/completions/mlx5ctl \
		usr/share/zsh/vendor-completions/_mlx5ctl usr/lib/udev/rules.d/70-mlx5ctl.rules \
		usr/lib/modprobe.d/mlx5ctl.conf; do
		[[ -s $root/$f ]] || { echo "missing $f"; return 1; }
	done
	compgen -G "$root/usr/share/mlx5ctl/lib/picocli-*.jar" > /dev/null || { echo "no picocli jar"; return 1; }
	compgen -G "$root/usr/share/mlx5ctl/lib/jackson-core-*.jar" > /dev/null || { echo "no jackson-core jar"; return 1; }
	compgen -G "$root/usr/share/mlx5ctl/lib/mlx5ctl-runtime-*.jar" > /dev/null || { echo "no runtime jar"; return 1; }
	[[ -e $root/usr/share/java/mlx5ctl-runtime.jar ]] || { echo "no /usr/share/java/mlx5ctl-runtime.jar"; return 1; }
	compgen -G "$root/usr/src/mlx5ctl-*/dkms.conf" > /dev/null || { echo "no DKMS source"; return 1; }
}

# The installed launcher finds the installed jar, not the repository's.
installed_cli_runs()
{
	local out
	out=$("$root/usr/bin/mlx5ctl" --version) || return 1
	[[ $out == mlx5ctl* ]] || { echo "--version said: $out"; return 1; }
	"$root/usr/bin/mlx5ctl" schema commands | grep -q QUERY_HCA_CAP || return 1
	# JSON goes through Jackson, which the installed lib/ must hold.
	"$root/usr/bin/mlx5ctl" --json schema MGIR | grep -q '"register":"MGIR"'
}

# A manual page for the CLI and each subcommand, that man renders.
man_pages()
{
	local page
	for page in mlx5ctl mlx5ctl-reg mlx5ctl-watch mlx5ctl-metrics mlx5ctl-diag-sample; do
		[[ -s $root/usr/share/man/man1/$page.1 ]] || { echo "no man page $page.1"; return 1; }
	done
	MANWIDTH=80 man -l "$root/usr/share/man/man1/mlx5ctl-metrics.1" 2>&1 | grep -q "Prometheus" ||
		{ echo "man does not render mlx5ctl-metrics.1"; return 1; }
}

# Someone else's program (packaging/consumer) builds with Maven against the
# library as installed (usr/share/maven-repo of the throwaway root, from an
# empty local repository, so nothing of this build's ~/.m2 is used) and runs
# on the module path as module dev.mlx5ctl.runtime.
library_serves_a_maven_consumer()
{
	local repo=$root/usr/share/maven-repo/dev/mlx5ctl/mlx5ctl-runtime c f out schema
	repo=$(echo "$repo"/*)
	for c in "" -sources -javadoc; do
		f=$repo/mlx5ctl-runtime-${repo##*/}$c.jar
		[[ -s $f ]] || { echo "no $f"; return 1; }
	done
	"$JAVA_HOME/bin/jar" --describe-module --file "$repo/mlx5ctl-runtime-${repo##*/}.jar" |
		grep -q '^dev\.mlx5ctl\.runtime@.* automatic$' || { echo "the jar is not module dev.mlx5ctl.runtime"; return 1; }
	cp -r packaging/consumer "$root/consumer"
	./mvnw -B -q -f "$root/consumer/pom.xml" -Dmaven.repo.local="$root/m2" \
		-Dmlx5ctl.repository="file://$root/usr/share/maven-repo" package \
		dependency:build-classpath -Dmdep.outputFile="$root/consumer/classpath" || return 1
	grep -q "$root/m2/dev/mlx5ctl/mlx5ctl-runtime/" "$root/consumer/classpath" || return 1
	out=$("$JAVA_HOME/bin/java" -p "$root/consumer/target/nic-report-1.0.jar:$(cat "$root/consumer/classpath")" \
		-m org.example.nicreport/org.example.nicreport.Main) || return 1
	schema=$("$root/usr/bin/mlx5ctl" --version | sed -n 's/^schema //p')
	[[ $out == "schema $schema
query_hca_cap_in 01000000000000010000000000000000
log_max_qp 18
devices "* ]] || { echo "the consumer said: $out"; return 1; }
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

# The installed aot-train.sh, which the package's postinst runs, trains the
# cache beside the installed jar, and the installed launcher uses it.
installed_aot_cache()
{
	local share=$root/usr/share/mlx5ctl said
	dpkg-deb --ctrl-tarfile target/deb/mlx5ctl_*_all.deb | tar -xO ./postinst | grep -q aot-train.sh ||
		{ echo "the package's postinst trains no cache"; return 1; }
	"$share/aot-train.sh" > /dev/null || return 1
	[[ -s $share/mlx5ctl.aot && -s $share/mlx5ctl.aot.cpu ]] || { echo "no cache beside the installed jar"; return 1; }
	said=$(MLX5CTL_DEBUG=1 JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$root/classes" "$root/usr/bin/mlx5ctl" \
		--version 2>&1 > /dev/null) || return 1
	[[ $said == *"launcher: AOT cache $share/mlx5ctl.aot"* ]] || { echo "the launcher said: $said"; return 1; }
	grep -q ' dev\.mlx5ctl\.cli\.Mlx5ctl source: shared objects file' "$root/classes" ||
		{ echo "the JVM did not map $share/mlx5ctl.aot"; return 1; }
}

check debs_build_and_unpack_into_a_throwaway_root debs_unpack
check installed_files_are_in_place installed_files
check installed_cli_runs_from_its_own_path installed_cli_runs
check installed_aot_cache_is_trained_and_used installed_aot_cache
check man_pages_render man_pages
check library_serves_a_maven_consumer library_serves_a_maven_consumer
first=$(bash vm/kernel.sh kver)
check "dkms_builds_for_$first" dkms_builds "$first" "$(bash vm/kernel.sh headers)"
second=$(KVER_SUITE=bookworm-backports bash vm/kernel.sh kver)
check "dkms_builds_for_$second" dkms_builds "$second" "$(KVER_SUITE=bookworm-backports bash vm/kernel.sh headers)"
echo "$passed passed, $failed failed"
((failed == 0))
