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
#                         lib/check-matrix built, those its rules pick run
#                         under QEMU (the runtime suite; kvm-amd) and in
#                         Bochs (rule intel; kvm-intel)
#   make check-all        make check, with the runtime suite of every pair
#                         in QEMU and in Bochs
#   make check-unit       only the unit tests (prove -j) and scripts/check-shell
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
#   make matrix           render README.md's matrix from the run records of
#                         docs/records/ (check-runtime writes one a run)
#   make story-keys       render docs/story-keys.md from lib/KvmBackport/Story.pm
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
# $(call kbp_sh,FUNCTION ARGS): a function of scripts/lib.sh, the one reader
# of lib/kernel-lines and lib/check-matrix for shell and make
kbp_sh = $(shell kit='$(KIT)'; me=make; . '$(KIT)/scripts/lib.sh'; $(1))
# the host line where none is named, and the KVM source of the examples
# (lib/kernel-lines' marks)
KBP_DEFAULT_HOST := $(call kbp_sh,kbp_default_host)
KBP_DEFAULT_SOURCE = $(call kbp_sh,kbp_default_source)
KERNEL ?= $(KBP_DEFAULT_HOST)

.PHONY: all modules install uninstall clean distclean check check-all check-unit check-build \
	check-runtime check-runtime-matrix check-runtime-every check-bisect check-uploads help dist deb load unload check-ship

all: modules

help:
	@sed -n '3,33s/^# \{0,1\}//p' $(KIT)/Makefile

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

# docs/story-keys.md, rendered from the story-key table (lib/KvmBackport/Story.pm;
# t/05-story-keys.t fails when the file is not its rendering)
.PHONY: story-keys
story-keys:
	$(Q)$(PERL) -I$(KIT)/lib -MKvmBackport::Story -e 'print KvmBackport::Story::keys_markdown()' \
		> $(KIT)/docs/story-keys.md.new
	$(Q)mv $(KIT)/docs/story-keys.md.new $(KIT)/docs/story-keys.md

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
KBP_REAL_SOURCES ?= $(call kbp_sh,kbp_debian_lines)
export KBP_REAL_SOURCES
# every kernel line, and the synced KVM versions, for checking KERNEL=, KERNELS= and KVM=
KBP_LINES := $(call kbp_sh,kbp_lines)
KBP_SYNCED = $(patsubst $(KIT)/src/%/.sync/provenance,%,$(wildcard $(KIT)/src/*/.sync/provenance))
kbp_bad_line = $(if $(filter-out $(KBP_LINES),$(1)),$(error unknown kernel line $(2)=$(firstword \
	$(filter-out $(KBP_LINES),$(1))): say $(KBP_LINES) (lib/kernel-lines)))
# ... for hosts, which may be LINE:FLAVOUR, another of Debian's flavours
# (6.1:cloud-amd64): the line is checked here, the flavour by get-kernel
kbp_bad_host = $(if $(filter-out $(KBP_LINES) $(addsuffix :%,$(KBP_LINES)),$(1)),$(error unknown kernel \
	line $(2)=$(firstword $(filter-out $(KBP_LINES) $(addsuffix :%,$(KBP_LINES)),$(1))): say $(KBP_LINES), \
	or LINE:FLAVOUR (lib/kernel-lines)))
kbp_bad_kvm = $(if $(1),$(if $(filter $(1),$(filter-out latest,$(KBP_SYNCED))),,$(error no synced KVM \
	KVM=$(1) in src/: say KVM=$(filter-out latest,$(KBP_SYNCED)), or run ./sync --source SRC)))
MODULES ?=
ENGINE ?=

check: check-unit check-build check-ship check-runtime-matrix
	$(Q)$(KIT)/tests/runtime/broken-module.sh --kernel $(KERNEL)
	$(Q)$(KIT)/tests/bisect/check --host $(KERNEL)

# make check, with the runtime suite of every pair of the matrix
check-all: check-unit check-build check-ship check-runtime-every
	$(Q)$(KIT)/tests/runtime/broken-module.sh --kernel $(KERNEL)
	$(Q)$(KIT)/tests/bisect/check --host $(KERNEL)

# the unit tests, PROVE_JOBS at a time (each works in its own temporary
# folders), in reverse order: the slowest (t/90's real sources, t/45's
# build root, the configure tests) start first
PROVE_JOBS ?= $(shell getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
check-unit:
	$(Q)cd $(KIT) && prove -j$(PROVE_JOBS) $$(ls -r t/*.t)
	$(Q)$(KIT)/scripts/check-shell

# KVM=6.12 KERNELS="6.1 6.12": only those; else every build of the matrix
check-build:
	$(call kbp_bad_host,$(KERNELS),KERNELS)
	$(call kbp_bad_line,$(KVM),KVM)
	$(if $(KERNELS),$(if $(KVM),,$(error KERNELS="$(KERNELS)" needs KVM=SOURCE too: e.g. make check-build KVM=$(KBP_DEFAULT_SOURCE) KERNELS="$(KBP_DEFAULT_HOST) $(KBP_DEFAULT_SOURCE)")))
	$(if $(KVM),$(if $(KERNELS),,$(error KVM=$(KVM) needs KERNELS="HOST..." too: e.g. make check-build KVM=$(KVM) KERNELS="$(KBP_DEFAULT_HOST) $(KBP_DEFAULT_SOURCE)")))
	$(Q)$(KIT)/scripts/check-build $(if $(KVM),--kvm $(KVM)) $(KERNELS)

# the release: make dist (reproducible, builds without sync), signing,
# DKMS, make deb (scripts/check-ship; KERNEL=6.1 KVM=NAME, by default the
# configured KVM: check-build may have synced another one last)
check-ship:
	$(Q)$(KIT)/scripts/check-ship --kernel $(KERNEL) $(if $(KVM),--kvm $(KVM),$(if $(KBP_KVM),--kvm $(KBP_KVM)))

# the pairs lib/check-matrix's rules pick for runtime, RUNTIME_JOBS at a
# time (QEMU's TCG runs on one thread: two guests fit two CPUs); every pair
# runs, then the verdict.  make check-all: every pair of the matrix
RUNTIME_JOBS ?= $(shell getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
# ... of which these run the stress/... steps too (marked "stress"); they
# take longest, so they start first
stress_pairs = $(call kbp_sh,kbp_matrix_pairs stress)
runtime_pairs = $(stress_pairs) $(filter-out $(stress_pairs),$(call kbp_sh,kbp_matrix_pairs runtime))
every_pair = $(stress_pairs) $(filter-out $(stress_pairs),$(call kbp_sh,kbp_matrix_pairs every-runtime))
# ... and these run kvm-intel in Bochs too (marked "intel"; make check-all:
# every pair); a Bochs run is the longest, so it starts first
intel_pairs = $(call kbp_sh,kbp_matrix_pairs intel)

kbp_run_pairs = $(strip $(if $(filter check-runtime-every,$@),$(every_pair),$(runtime_pairs)))
kbp_intel_pairs = $(strip $(if $(filter check-runtime-every,$@),$(every_pair),$(intel_pairs)))

check-runtime-matrix check-runtime-every:
	$(if $(kbp_run_pairs),,$(error lib/check-matrix: its rules pick no pair for runtime))
	$(Q)mkdir -p $(KIT)/build/logs
	$(Q)$(MAKE) --no-print-directory -k -O -j$(RUNTIME_JOBS) $(addprefix check-intel@,$(kbp_intel_pairs)) \
		$(addprefix check-runtime@,$(kbp_run_pairs))

# check-runtime@SOURCE@HOST: QEMU (kvm-amd); check-intel@SOURCE@HOST: Bochs.
# Two pattern rules with one recipe: a pattern rule of two targets would be
# one recipe making both, and make would run only one of a pair's two runs
kbp_run_pair = $(Q)kit=$(KIT); me=check-runtime; . $(KIT)/scripts/lib.sh; \
	what="$(if $(filter check-intel@%,$@),runtime (Intel; Bochs),runtime): KVM $(firstword $(subst @, ,$*)) on $(lastword $(subst @, ,$*))"; \
	if why=$$(kbp_line_absent $(lastword $(subst @, ,$*))); then echo "=== $$what: SKIP: $$why"; exit 0; fi; \
	$(KIT)/scripts/check-runtime --kvm $(firstword $(subst @, ,$*)) \
	--kernel $(lastword $(subst @, ,$*)) $(if $(MODULES),--modules $(MODULES)) \
	$(if $(filter check-intel@%,$@),--engine bochs,$(if $(filter $*,$(stress_pairs)),,--no-stress)) \
	> $(KIT)/build/logs/$(subst check-,,$(firstword $(subst @, ,$@)))-$*.log 2>&1; st=$$?; \
	echo "=== $$what"; cat $(KIT)/build/logs/$(subst check-,,$(firstword $(subst @, ,$@)))-$*.log; exit $$st
check-runtime@%:
	$(kbp_run_pair)
check-intel@%:
	$(kbp_run_pair)

# the README's matrix, from docs/records/ (t/85-records.t checks it is current)
.PHONY: matrix
matrix:
	$(Q)$(KIT)/scripts/render-matrix

# scripts/bisect on real history: the planted regression found (a few minutes)
check-bisect:
	$(Q)$(KIT)/tests/bisect/check --host $(KERNEL)

# every upload of a source line, synced (patches chosen by content) and built
check-uploads:
	$(call kbp_bad_line,$(KERNELS),KERNELS)
	$(if $(KVM),,$(error check-uploads needs KVM=LINE and KERNELS="HOST...": e.g. make check-uploads KVM=$(KBP_DEFAULT_SOURCE) KERNELS="$(KBP_DEFAULT_HOST) $(KBP_DEFAULT_SOURCE)"))
	$(if $(KERNELS),,$(error check-uploads needs KERNELS="HOST..." too: e.g. make check-uploads KVM=$(KVM) KERNELS="$(KBP_DEFAULT_HOST) $(KBP_DEFAULT_SOURCE)"))
	$(Q)$(KIT)/scripts/check-uploads $(KVM) $(KERNELS)

check-runtime:
	$(if $(filter 1,$(words $(KERNEL))),,$(error KERNEL="$(KERNEL)" must name one kernel line: say one of $(KBP_LINES)))
	$(call kbp_bad_host,$(KERNEL),KERNEL)
	$(call kbp_bad_kvm,$(KVM))
	$(Q)$(KIT)/scripts/check-runtime --kernel $(KERNEL) $(if $(KVM),--kvm $(KVM)) \
		$(if $(MODULES),--modules $(MODULES)) $(if $(ENGINE),--engine $(ENGINE))
