# SPDX-License-Identifier: GPL-2.0
#
# kvm-backport: build, install and check the backported KVM modules.
#
#   make                  build kvm.ko, kvm-intel.ko, kvm-amd.ko for the
#                         kernel ./configure chose (V=1 shows the commands)
#   make install          install them under /lib/modules/RELEASE/updates/
#                         (DESTDIR or INSTALL_MOD_PATH for a staging root)
#   make uninstall        remove what make install put there
#   make check            unit tests, and every (KVM source, host) pair of
#                         lib/check-matrix: built, and run under QEMU
#   make check-unit       only the unit tests (prove) and shellcheck
#   make check-build      only the builds of the matrix (or KVM=6.12
#                         KERNELS="6.1 6.12" for some)
#   make check-ship       only the release tests (dist, signing, DKMS, deb)
#   make check-runtime    only the runtime suite of one pair (KERNEL=6.1
#                         KVM=6.12; MODULES=distro runs it on the kernel's
#                         own modules; ENGINE=bochs runs kvm-intel in Bochs)
#   make check-bisect     scripts/bisect on real history (Debian's 6.12
#                         uploads and a planted regression), on KERNEL
#   make check-uploads    every upload of a Debian source line the archive
#                         serves, synced and built (KVM=6.12 KERNELS="6.1")
#   make clean            remove the build folder of the configured pair
#   make distclean        remove every build folder and the configuration
#   make dist             release tarball of a synced KVM (KVM=NAME) in dist/
#   make deb              kvm-backport-dkms .deb of it in dist/
#   make load / unload    swap the running kernel's KVM modules for the
#                         kit's / back (scripts/kvm-swap)
#
# The build happens in build/KVM/RELEASE/: a tree of links to the synced
# sources (src/KVM/) and the kit's shims, so builds for several (KVM
# version, kernel) pairs live side by side.

ifneq ($(words $(subst :, ,$(CURDIR))),1)
$(error the kit is in a folder whose path has a space or a colon: make and kbuild cannot build there; move the kit to a path without them)
endif
KIT := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))

# make KBP_BUILD=build/KVM/RELEASE: that build, not the one configure chose
ifeq ($(origin KBP_BUILD),command line)
-include $(KIT)/$(KBP_BUILD)/config.mk
else
-include $(KIT)/config.mk
endif

ifeq ($(V),1)
Q :=
else
Q := @
endif

PERL ?= perl
MODULE_DIR ?= updates/kvm-backport
KERNEL ?= 6.1

.PHONY: all modules install uninstall clean distclean check check-unit check-build \
	check-runtime check-runtime-matrix check-bisect check-uploads help dist deb load unload check-ship

all: modules

help:
	@sed -n '3,29s/^# \{0,1\}//p' $(KIT)/Makefile

# Why the modules cannot be built, when they cannot: one line (make's $(error))
ifeq ($(KBP_BUILD),)
kbp_unready := not configured: run ./configure first (see ./configure --help)
else ifneq ($(wildcard $(KIT)/build/.configure-undo/journal),)
kbp_unready := the last ./configure was killed while writing the configuration: run ./configure again
else ifeq ($(KERNELDIR),)
kbp_unready := the configuration in $(KBP_BUILD) is gone: run ./configure again
else ifeq ($(wildcard $(KBP_SRC)/.sync/provenance),)
kbp_unready := no synced KVM sources in $(KBP_SRC): run ./sync --source SRC first
else ifneq ($(wildcard $(KBP_SRC)/.sync/undo/journal),)
kbp_unready := a ./sync into $(KBP_SRC) was killed while moving files in: run ./sync --source SRC again
else ifeq ($(wildcard $(KERNELDIR)/Makefile),)
kbp_unready := the host kernel tree $(KERNELDIR) is gone: install it again, or run ./configure for another
endif

ifeq ($(KBP_BUILD),)
modules install uninstall clean:
	$(error $(kbp_unready))
else
B := $(KIT)/$(KBP_BUILD)

modules:
	$(if $(kbp_unready),$(error $(kbp_unready)))
	$(Q)$(KIT)/scripts/shadow-tree $(KIT) $(KBP_SRC) $(B)
	$(Q)$(KBP_RUNNER) $(MAKE) -C $(KERNELDIR) M=$(B) KBUILD_MODPOST_WARN= $(KBP_MAKEFLAGS) modules
	$(Q)$(KIT)/scripts/check-modules $(B)
	$(Q)$(KIT)/scripts/sign-modules $(KERNELDIR) $(or $(KBP_SIGN),--none) $(B)/x86/kvm.ko $(B)/x86/kvm-intel.ko $(B)/x86/kvm-amd.ko

# inside a build root, the staging root (DESTDIR or INSTALL_MOD_PATH) is
# bound at its own path, or the modules would land in the build root's
kbp_stage = $(or $(DESTDIR),$(INSTALL_MOD_PATH))
kbp_install_runner = $(if $(and $(KBP_BUILDROOT),$(kbp_stage)),$(patsubst '--','--bind' '$(abspath $(kbp_stage))' '--',$(KBP_RUNNER)),$(KBP_RUNNER))

install: modules
	$(Q)$(if $(kbp_stage),mkdir -p '$(kbp_stage)')
	$(Q)$(kbp_install_runner) $(MAKE) -C $(KERNELDIR) M=$(B) $(KBP_MAKEFLAGS) INSTALL_MOD_DIR=$(MODULE_DIR) \
		$(if $(DESTDIR),INSTALL_MOD_PATH=$(DESTDIR)) modules_install
	$(Q)if [ -z "$(DESTDIR)$(INSTALL_MOD_PATH)" ]; then depmod -a $(KERNELRELEASE_HOST); fi
	@echo "installed into $(DESTDIR)$(INSTALL_MOD_PATH)/lib/modules/$(KERNELRELEASE_HOST)/$(MODULE_DIR)"

uninstall:
	$(Q)rm -rf "$(DESTDIR)$(INSTALL_MOD_PATH)/lib/modules/$(KERNELRELEASE_HOST)/$(MODULE_DIR)"
	$(Q)if [ -z "$(DESTDIR)$(INSTALL_MOD_PATH)" ]; then depmod -a $(KERNELRELEASE_HOST); fi
	@echo "removed $(DESTDIR)$(INSTALL_MOD_PATH)/lib/modules/$(KERNELRELEASE_HOST)/$(MODULE_DIR)"

clean:
	$(Q)rm -rf $(B)/x86 $(B)/virt $(B)/compat $(B)/Module.symvers $(B)/modules.order
endif

distclean:
	$(Q)rm -rf $(KIT)/build $(KIT)/config.mk

# --- shipping (see README, "Installing") ---------------------------------------
# KVM=NAME: which synced KVM (default: the one synced last)
dist:
	$(Q)$(KIT)/scripts/make-dist $(if $(KVM),--kvm $(KVM))

deb:
	$(Q)$(KIT)/scripts/make-deb $(if $(KVM),--kvm $(KVM))

# swap the running kernel's KVM modules for the kit's and back
unload load:
	$(Q)$(KIT)/scripts/kvm-swap $@

# --- tests -------------------------------------------------------------------
# Debian source lines t/90 syncs (each a ~140 MB package, cached): every
# Debian line of lib/kernel-lines
KBP_REAL_SOURCES ?= $(shell awk '$$1 !~ /^\#/ && $$2 ~ /^debian:/ { print $$1 }' $(KIT)/lib/kernel-lines)
export KBP_REAL_SOURCES
# every kernel line, and the synced KVM versions, for checking KERNEL=, KERNELS= and KVM=
KBP_LINES := $(shell awk '$$1 !~ /^\#/ && NF { print $$1 }' $(KIT)/lib/kernel-lines)
KBP_SYNCED = $(patsubst $(KIT)/src/%/.sync/provenance,%,$(wildcard $(KIT)/src/*/.sync/provenance))
kbp_bad_line = $(if $(filter-out $(KBP_LINES),$(1)),$(error unknown kernel line $(2)=$(firstword \
	$(filter-out $(KBP_LINES),$(1))): say $(KBP_LINES) (lib/kernel-lines)))
kbp_bad_kvm = $(if $(1),$(if $(filter $(1),$(filter-out latest,$(KBP_SYNCED))),,$(error no synced KVM \
	KVM=$(1) in src/: say KVM=$(filter-out latest,$(KBP_SYNCED)), or run ./sync --source SRC)))
MODULES ?=
ENGINE ?=

check: check-unit check-build check-ship check-runtime-matrix
	$(Q)$(KIT)/tests/runtime/broken-module.sh --kernel $(KERNEL)
	$(Q)$(KIT)/tests/bisect/check --host $(KERNEL)

check-unit:
	$(Q)cd $(KIT) && prove -r t/
	$(Q)cd $(KIT) && shellcheck scripts/* tests/runtime/*.sh tests/runtime/guest-init tests/runtime/upstream/guest-script tests/bisect/* .ci/run

# KVM=6.12 KERNELS="6.1 6.12": only those; else every build of the matrix
check-build:
	$(call kbp_bad_line,$(KERNELS),KERNELS)
	$(call kbp_bad_line,$(KVM),KVM)
	$(if $(KERNELS),$(if $(KVM),,$(error KERNELS="$(KERNELS)" needs KVM=SOURCE too: e.g. make check-build KVM=6.12 KERNELS="6.1 6.12")))
	$(if $(KVM),$(if $(KERNELS),,$(error KVM=$(KVM) needs KERNELS="HOST..." too: e.g. make check-build KVM=$(KVM) KERNELS="6.1 6.12")))
	$(Q)$(KIT)/scripts/check-build $(if $(KVM),--kvm $(KVM)) $(KERNELS)

# the release: make dist (reproducible, builds without sync), signing,
# DKMS, make deb (scripts/check-ship; KERNEL=6.1 KVM=NAME, by default the
# configured KVM: check-build may have synced another one last)
check-ship:
	$(Q)$(KIT)/scripts/check-ship --kernel $(KERNEL) $(if $(KVM),--kvm $(KVM),$(if $(KBP_KVM),--kvm $(KBP_KVM)))

# every pair of lib/check-matrix marked runtime, RUNTIME_JOBS at a time
# (QEMU's TCG runs on one thread: two guests fit two CPUs); every pair runs,
# then the verdict
RUNTIME_JOBS ?= $(shell getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
# ... of which these run the stress/... steps too (marked "stress"); they
# take longest, so they start first
stress_pairs = $(shell sed -e 's/\#.*//' $(KIT)/lib/check-matrix | awk '/ stress/ { print $$1 "@" $$2 }')
runtime_pairs = $(stress_pairs) $(filter-out $(stress_pairs),$(shell sed -e 's/\#.*//' $(KIT)/lib/check-matrix | \
	awk '/ runtime/ { print $$1 "@" $$2 }'))

check-runtime-matrix:
	$(Q)mkdir -p $(KIT)/build/logs
	$(Q)$(MAKE) --no-print-directory -k -O -j$(RUNTIME_JOBS) $(addprefix check-runtime@,$(runtime_pairs))

check-runtime@%:
	$(Q)kit=$(KIT); me=check-runtime; . $(KIT)/scripts/lib.sh; \
		if why=$$(kbp_line_absent $(lastword $(subst @, ,$*))); then \
		echo "=== runtime: KVM $(firstword $(subst @, ,$*)) on $(lastword $(subst @, ,$*)): SKIP: $$why"; exit 0; fi; \
		$(KIT)/scripts/check-runtime --kvm $(firstword $(subst @, ,$*)) \
		--kernel $(lastword $(subst @, ,$*)) $(if $(MODULES),--modules $(MODULES)) \
		$(if $(filter $*,$(stress_pairs)),,--no-stress) > $(KIT)/build/logs/runtime-$*.log 2>&1; st=$$?; \
		echo "=== runtime: KVM $(firstword $(subst @, ,$*)) on $(lastword $(subst @, ,$*))"; \
		cat $(KIT)/build/logs/runtime-$*.log; exit $$st

# scripts/bisect on real history: the planted regression found (a few minutes)
check-bisect:
	$(Q)$(KIT)/tests/bisect/check --host $(KERNEL)

# every upload of a source line, synced (patches chosen by content) and built
check-uploads:
	$(call kbp_bad_line,$(KERNELS),KERNELS)
	$(if $(KVM),,$(error check-uploads needs KVM=LINE and KERNELS="HOST...": e.g. make check-uploads KVM=6.12 KERNELS="6.1 6.12"))
	$(if $(KERNELS),,$(error check-uploads needs KERNELS="HOST..." too: e.g. make check-uploads KVM=$(KVM) KERNELS="6.1 6.12"))
	$(Q)$(KIT)/scripts/check-uploads $(KVM) $(KERNELS)

check-runtime:
	$(if $(filter 1,$(words $(KERNEL))),,$(error KERNEL="$(KERNEL)" must name one kernel line: say one of $(KBP_LINES)))
	$(call kbp_bad_line,$(KERNEL),KERNEL)
	$(call kbp_bad_kvm,$(KVM))
	$(Q)$(KIT)/scripts/check-runtime --kernel $(KERNEL) $(if $(KVM),--kvm $(KVM)) \
		$(if $(MODULES),--modules $(MODULES)) $(if $(ENGINE),--engine $(ENGINE))
