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
#   make check-runtime    only the runtime suite of one pair (KERNEL=6.1
#                         KVM=6.12; MODULES=distro runs it on the kernel's
#                         own modules)
#   make check-bisect     scripts/bisect on real history (Debian's 6.12
#                         uploads and a planted regression), on KERNEL
#   make clean            remove the build folder of the configured pair
#   make distclean        remove every build folder and the configuration
#
# The build happens in build/KVM/RELEASE/: a tree of links to the synced
# sources (src/KVM/) and the kit's shims, so builds for several (KVM
# version, kernel) pairs live side by side.

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
	check-runtime check-runtime-matrix check-bisect help

all: modules

help:
	@sed -n '3,22s/^# \{0,1\}//p' $(KIT)/Makefile

ifeq ($(KBP_BUILD),)
modules install uninstall clean:
	@echo "make: error: not configured: run ./configure --kerneldir=DIR first" >&2; exit 1
else
B := $(KIT)/$(KBP_BUILD)

modules:
	$(Q)test -f $(KBP_SRC)/.sync/provenance || \
		{ echo "make: error: no synced KVM sources in $(KBP_SRC): run ./sync --source SRC first" >&2; exit 1; }
	$(Q)$(KIT)/scripts/shadow-tree $(KIT) $(KBP_SRC) $(B)
	$(Q)$(KBP_RUNNER) $(MAKE) -C $(KERNELDIR) M=$(B) KBUILD_MODPOST_WARN= $(KBP_MAKEFLAGS) modules
	$(Q)$(KIT)/scripts/check-modules $(B)

install: modules
	$(Q)$(KBP_RUNNER) $(MAKE) -C $(KERNELDIR) M=$(B) $(KBP_MAKEFLAGS) INSTALL_MOD_DIR=$(MODULE_DIR) \
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

# --- tests -------------------------------------------------------------------
# Debian source lines t/90 syncs (each a ~140 MB package, cached): every
# Debian line of lib/kernel-lines
KBP_REAL_SOURCES ?= $(shell awk '$$1 !~ /^\#/ && $$2 ~ /^debian:/ { print $$1 }' $(KIT)/lib/kernel-lines)
export KBP_REAL_SOURCES
MODULES ?=

check: check-unit check-build check-runtime-matrix
	$(Q)$(KIT)/tests/runtime/broken-module.sh --kernel $(KERNEL)
	$(Q)$(KIT)/tests/bisect/check --host $(KERNEL)

check-unit:
	$(Q)cd $(KIT) && prove -r t/
	$(Q)cd $(KIT) && shellcheck scripts/* tests/runtime/*.sh tests/runtime/guest-init tests/bisect/* .ci/run

# KVM=6.12 KERNELS="6.1 6.12": only those; else every build of the matrix
check-build:
	$(Q)$(KIT)/scripts/check-build $(if $(KVM),--kvm $(KVM)) $(KERNELS)

# every pair of lib/check-matrix marked runtime; all run, then the verdict
check-runtime-matrix:
	$(Q)sed -e 's/#.*//' $(KIT)/lib/check-matrix | awk '/ runtime/ { print $$1, $$2 }' | \
		{ st=0; while read -r kvm host; do \
			$(MAKE) --no-print-directory check-runtime KVM=$$kvm KERNEL=$$host || st=1; \
		done; exit $$st; }

# scripts/bisect on real history: the planted regression found (a few minutes)
check-bisect:
	$(Q)$(KIT)/tests/bisect/check --host $(KERNEL)

check-runtime:
	$(Q)$(KIT)/scripts/check-runtime --kernel $(KERNEL) $(if $(KVM),--kvm $(KVM)) \
		$(if $(MODULES),--modules $(MODULES))
