# SPDX-License-Identifier: GPL-2.0
#
# kvm-backport: build, install and check the backported KVM modules.
#
#   make                  build kvm.ko, kvm-intel.ko, kvm-amd.ko for the
#                         kernel ./configure chose (V=1 shows the commands)
#   make install          install them under /lib/modules/RELEASE/updates/
#                         (DESTDIR or INSTALL_MOD_PATH for a staging root)
#   make uninstall        remove what make install put there
#   make check            unit tests, builds for Debian 6.1 and 6.12, and the
#                         runtime suite under QEMU for both
#   make check-unit       only the unit tests (prove)
#   make check-build      only the builds (KERNELS="6.1 6.12")
#   make check-runtime    only the runtime suite (KERNEL=6.1 or KERNEL=6.12;
#                         MODULES=distro runs it on Debian's own modules)
#   make clean            remove the build folder of the configured kernel
#   make distclean        remove every build folder and the configuration
#
# The build happens in build/RELEASE/: a tree of links to the synced sources
# and the kit's shims, so builds for several kernels live side by side.

KIT := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))

-include $(KIT)/config.mk

ifeq ($(V),1)
Q :=
else
Q := @
endif

PERL ?= perl
MODULE_DIR ?= updates/kvm-backport
KERNELS ?= 6.1 6.12
KERNEL ?= 6.1

.PHONY: all modules install uninstall clean distclean check check-unit check-build \
	check-runtime help

all: modules

help:
	@sed -n '3,20s/^# \{0,1\}//p' $(KIT)/Makefile

ifeq ($(KBP_BUILD),)
modules install uninstall clean:
	@echo "make: error: not configured: run ./configure --kerneldir=DIR first" >&2; exit 1
else
B := $(KIT)/$(KBP_BUILD)

modules:
	$(Q)test -f $(KIT)/.sync/provenance || \
		{ echo "make: error: no synced KVM sources: run ./sync --source SRC first" >&2; exit 1; }
	$(Q)$(KIT)/scripts/shadow-tree $(KIT) $(B)
	$(Q)$(MAKE) -C $(KERNELDIR) M=$(B) KBUILD_MODPOST_WARN= $(KBP_MAKEFLAGS) modules
	$(Q)$(KIT)/scripts/check-modules $(B)

install: modules
	$(Q)$(MAKE) -C $(KERNELDIR) M=$(B) $(KBP_MAKEFLAGS) INSTALL_MOD_DIR=$(MODULE_DIR) \
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
# Debian source lines t/90 syncs (each a ~140 MB package, cached)
KBP_REAL_SOURCES ?= 6.12 6.1 5.10 7.2
export KBP_REAL_SOURCES
MODULES ?=

check: check-unit check-build
	$(Q)for k in $(KERNELS); do \
		$(MAKE) --no-print-directory check-runtime KERNEL=$$k || exit 1; done
	$(Q)$(KIT)/tests/runtime/broken-module.sh --kernel $(firstword $(KERNELS))

check-unit:
	$(Q)cd $(KIT) && prove -r t/
	$(Q)cd $(KIT) && shellcheck scripts/* tests/runtime/*.sh tests/runtime/guest-init .ci/run

check-build:
	$(Q)$(KIT)/scripts/check-build $(KERNELS)

check-runtime:
	$(Q)$(KIT)/scripts/check-runtime --kernel $(KERNEL) $(if $(MODULES),--modules $(MODULES))
