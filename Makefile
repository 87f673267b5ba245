# SPDX-License-Identifier: BSD-3-Clause OR GPL-2.0
#
# mlx5ctl: one schema, a kernel driver, a simulator and Java tooling.
#
#   make               build the Java tools and codegen, and the kernel modules
#   make test          everything CI runs: unit tests, generated-code freshness,
#                      a warning-free module build and the tests in a QEMU guest,
#                      on Debian 12's 6.1 and bookworm-backports' 6.12
#   make demo          boot a guest with two simulated devices and tour the CLI
#   make vm-run CMD=.. run a command in the guest with the modules loaded
#   make vm-test       the guest tests alone (vm-test-second: on 6.12)
#   make bench         every benchmark, and one table: figure, baseline, ratio, target, met
#   make vm-bench      RPC benchmarks in the guest
#   make fuzz          the fuzz and chaos suite in the guest, under 10 minutes (FUZZ_SECONDS,
#                      FUZZ_WORKERS, FUZZ_SEED to replay); make test runs 20 s of it
#   make bench-java    JMH: generated bindings vs hand-written code (BENCH=regex)
#   make generate      regenerate the committed C under kmod/generated from schema/
#                      and the cross-check kmod/crosscheck/mlx5ctl_ifc_crosscheck.c
#   make import-ifc    re-import schema/mlx5/ifc_imported.yaml from mlx5_ifc.h
#   make bench-codegen codegen time and memory for the full schema, 2x and 4x
#   make install       the CLI, its jars, man pages, completion, the Java library
#                      (PREFIX/share/maven-repo), the udev rule, the modprobe
#                      configuration and the DKMS source (PREFIX, DESTDIR)
#   make install-dkms  the DKMS source alone: $(DESTDIR)/usr/src/mlx5ctl-VERSION
#   make deb           Debian packages mlx5ctl and mlx5ctl-dkms into target/deb
#
# Missing build dependencies (kernel headers, QEMU, busybox, sparse) are
# installed by vm/deps.sh, which every target that needs them calls first.

# Java 25 is required; prefer Temurin where the machine has it over an older default JDK.
export JAVA_HOME := $(or $(wildcard /usr/lib/jvm/temurin-25-jdk-amd64),$(JAVA_HOME))
MVN := ./mvnw -B -q
SCHEMA := schema/mlx5
# A short batch run: C1 alone spares the C2 compiler's CPU, and the serial
# collector G1's barriers and threads (make bench-codegen).
CODEGEN := $(JAVA_HOME)/bin/java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar codegen/target/mlx5ctl-codegen.jar
# The uAPI headers (below kmod/include/uapi), each with the generated file
# (in kmod/tests) that checks its Java mirror against C: HEADER:AGREEMENT.
# codegen/check-generated.sh reads this list through `make print-uapi`.
UAPI := misc/mlx5ctl.h:uapi_agree.c fwctl/fwctl.h:uapi_agree_fwctl.c fwctl/mlx5.h:uapi_agree_fwctl_mlx5.c
uapi_args = $(foreach p,$(UAPI),--uapi-header=kmod/include/uapi/$(firstword $(subst :, ,$(p))) \
	--uapi-agree=$(1)kmod/tests/$(lastword $(subst :, ,$(p))))

# The kernel's mlx5_ifc.h, from the installed headers (vm/kernel.sh says which);
# expanded when a recipe runs, after `deps` has installed them.
IFC_H = $(shell bash vm/kernel.sh ifc-header)

print-uapi:
	@echo $(UAPI)

# Installation. PREFIX holds the CLI; udev, modprobe and DKMS read fixed places.
PREFIX ?= /usr/local
DESTDIR ?=
UDEVDIR ?= /usr/lib/udev
MODPROBEDIR ?= /usr/lib/modprobe.d
VERSION := $(shell sed -n '0,/<version>/s|.*<version>\(.*\)</version>.*|\1|p' pom.xml)
SHARE := $(DESTDIR)$(PREFIX)/share
DKMS_SRC := $(DESTDIR)/usr/src/mlx5ctl-$(VERSION)

# The Java library for other programs, as Debian lays out libraries for Maven
# (/usr/share/maven-repo): $(call maven_repo,ARTIFACT,POM[,JAR_BASE]) installs
# the pom, and the jar with its sources and javadoc jars when JAR_BASE is given.
MAVEN_REPO := $(SHARE)/maven-repo/dev/mlx5ctl
define maven_repo
	install -D -m 644 $(2) $(MAVEN_REPO)/$(1)/$(VERSION)/$(1)-$(VERSION).pom
	$(if $(3),for c in "" -sources -javadoc; do \
		install -m 644 $(3)$$c.jar $(MAVEN_REPO)/$(1)/$(VERSION)/ || exit 1; done)
endef

# zsh runs picocli's bash completion through bashcompinit. The CLI's AOT
# cache names the jar by its path, so it is trained where the jar lands: here
# when installing in place, by the package's postinst under a DESTDIR.
install: java install-dkms
	install -d $(DESTDIR)$(PREFIX)/bin $(SHARE)/mlx5ctl/lib
	install -m 644 tools/target/mlx5ctl.jar $(SHARE)/mlx5ctl/
	install -m 644 tools/target/lib/*.jar $(SHARE)/mlx5ctl/lib/
	install -m 755 tools/mlx5ctl $(DESTDIR)$(PREFIX)/bin/mlx5ctl
	install -m 755 tools/aot-train.sh $(SHARE)/mlx5ctl/
	install -m 644 tools/aot-training.txt tools/aot-training-device.txt $(SHARE)/mlx5ctl/
	install -m 644 tools/json-schema/mlx5ctl.schema.json $(SHARE)/mlx5ctl/
	install -D -m 644 tools/target/mlx5ctl_completion $(SHARE)/bash-completion/completions/mlx5ctl
	install -d $(SHARE)/zsh/vendor-completions
	printf '#compdef mlx5ctl\nautoload -U +X bashcompinit && bashcompinit\nsource %s\n' \
		$(PREFIX)/share/bash-completion/completions/mlx5ctl > $(SHARE)/zsh/vendor-completions/_mlx5ctl
	install -d $(SHARE)/man/man1
	install -m 644 tools/target/man/*.1 $(SHARE)/man/man1/
	$(call maven_repo,mlx5ctl-parent,pom.xml)
	$(call maven_repo,mlx5ctl-runtime,tools/runtime/pom.xml,tools/runtime/target/mlx5ctl-runtime-$(VERSION))
	$(call maven_repo,mlx5ctl-cli,tools/pom.xml)
	install -m 644 tools/target/mlx5ctl.jar $(MAVEN_REPO)/mlx5ctl-cli/$(VERSION)/mlx5ctl-cli-$(VERSION).jar
	install -d $(SHARE)/java
	ln -sf ../maven-repo/dev/mlx5ctl/mlx5ctl-runtime/$(VERSION)/mlx5ctl-runtime-$(VERSION).jar \
		$(SHARE)/java/mlx5ctl-runtime.jar
	install -D -m 644 packaging/70-mlx5ctl.rules $(DESTDIR)$(UDEVDIR)/rules.d/70-mlx5ctl.rules
	install -D -m 644 packaging/mlx5ctl.modprobe.conf $(DESTDIR)$(MODPROBEDIR)/mlx5ctl.conf
	$(if $(DESTDIR),,bash $(SHARE)/mlx5ctl/aot-train.sh)

# The modules' sources as DKMS builds them: kmod/ without its tests and
# cross-check, dkms.conf on top. Needs no Java.
install-dkms:
	rm -rf $(DKMS_SRC)
	install -d $(DKMS_SRC)
	cd kmod && find Makefile Kbuild core sim mlx5 include generated -type f \
		\( -name '*.[ch]' -o -name Kbuild -o -name Makefile \) | \
		tar -cf - -T - | tar -xf - -C $(DKMS_SRC)
	sed 's/@VERSION@/$(VERSION)/' packaging/dkms.conf > $(DKMS_SRC)/dkms.conf

# The Debian packages, into target/deb: mlx5ctl (the tools) and mlx5ctl-dkms.
deb: java
	@bash packaging/deb.sh

# Builds the packages, unpacks them into a throwaway root, runs the installed
# CLI, and builds the installed DKMS source with dkms for both kernels.
install-test: java deps
	@bash packaging/test-install.sh

.PHONY: prometheus install install-dkms deb install-test print-uapi fwctl-published kmod-check-second vm-test-second test-all-kernels all java kmod deps generate import-ifc bench-codegen check-generated test java-test kmod-check \
	vm-test vm-run vm-bench fuzz bench bench-java demo clean

all: java kmod

deps:
	@bash vm/deps.sh

# The CLI's AOT cache (tools/aot-train.sh) comes with every build: it halves
# the CLI's start; the launcher uses it only on the CPU it was trained on.
java:
	$(MVN) -DskipTests install
	@bash tools/aot-train.sh

kmod: deps

# Debian's prometheus and promtool, unpacked into vm/cache (never installed):
# the metrics tests check the exposition and scrape the CLI with them.
prometheus:
	@bash vm/prometheus.sh >/dev/null
	$(MAKE) -C kmod

# The C the kernel builds from is committed (so DKMS-style builds need no Java);
# this rewrites it from the schema.
generate: java deps
	$(CODEGEN) generate --c-out=kmod/generated $(call uapi_args) $(SCHEMA)
	$(CODEGEN) crosscheck --ifc-header=$(IFC_H) --out=kmod/crosscheck/mlx5ctl_ifc_crosscheck.c $(SCHEMA)

import-ifc: java deps
	$(CODEGEN) import-ifc --into $(SCHEMA) $(IFC_H)

bench-codegen: java
	@bash codegen/bench/bench-codegen.sh

# All of them: the host's (CLI start, JMH, codegen) and the guest's (RPC
# rates in C and Java, a dump through a umem, the CLI under TCG), one table.
bench: java deps
	@bash bench/bench.sh

check-generated: java deps
	@bash codegen/check-generated.sh

# Unit tests with surefire's counts shown; the freshness check reuses the jar
# this build leaves, rather than building again. The kernel headers come first:
# the import and cross-check tests read mlx5_ifc.h and fail without it.
java-test: deps prometheus
	./mvnw -B -ntp install -Dmlx5ctl.ifc.header=$(IFC_H)
	@bash codegen/check-generated.sh
	@bash tools/aot-train.sh
	@bash tools/test-launcher.sh

# Warnings are errors; sparse runs on every file.
kmod-check: deps
	$(MAKE) -C kmod check

vm-test: deps prometheus
	@bash vm/vm.sh test

vm-run: deps
	@bash vm/vm.sh run "$(CMD)"

vm-bench: deps
	@bash vm/vm.sh bench

fuzz: deps
	@bash vm/vm.sh fuzz

# JMH on the host (benchmarks in tools/runtime/src/jmh, built with the tests): a short run,
# time per operation and allocation per operation (-prof gc) side by side.
RUNTIME := tools/runtime/target
bench-java: java
	$(MVN) -pl tools/runtime dependency:build-classpath -Dmdep.includeScope=test \
		-Dmdep.outputFile=target/jmh.classpath
	$(JAVA_HOME)/bin/java -cp $(RUNTIME)/test-classes:$(RUNTIME)/classes:$$(cat $(RUNTIME)/jmh.classpath) \
		org.openjdk.jmh.Main -f 1 -wi 2 -i 3 -w 1s -r 1s -prof gc $(BENCH)

demo: java deps
	@bash vm/vm.sh demo

# Our copy of fwctl's uAPI against the one Debian publishes (a newer kernel's).
fwctl-published:
	@bash kmod/tests/fwctl-published.sh

# The second kernel, bookworm-backports' (6.12): its headers and image come
# from Debian's registry into vm/cache (vm/kernel.sh), never installed.
SECOND_SUITE := bookworm-backports

kmod-check-second: deps
	KVER_SUITE=$(SECOND_SUITE) bash -c '$(MAKE) -C kmod check-modules KDIR=$$(bash vm/kernel.sh headers)'

vm-test-second: deps
	@KVER_SUITE=$(SECOND_SUITE) bash vm/vm.sh test

test: java-test kmod-check fwctl-published install-test vm-test kmod-check-second vm-test-second

# Everything on every kernel: the same as test, which covers both.
test-all-kernels: test

clean:
	$(MVN) clean
	$(MAKE) -C kmod clean
