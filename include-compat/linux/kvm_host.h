/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The synced linux/kvm_host.h + kvm_gmem_populate() when guest_memfd is off.
 *
 * Upstream: 6.11, "KVM: guest_memfd: Add interface for populating gmem
 *   pages with user data" (used by SEV-SNP launch); declared under
 *   CONFIG_KVM_GENERIC_PRIVATE_MEM, since ~6.17 under
 *   CONFIG_HAVE_KVM_ARCH_GMEM_POPULATE (guest_memfd's options were renamed:
 *   KVM_PRIVATE_MEM and KVM_GENERIC_PRIVATE_MEM became KVM_GUEST_MEMFD), and
 *   ~6.19 changed its arguments (a may_writeback_src flag, a struct page in
 *   the callback).
 * Probe: guest_memfd_mm (configure turns guest_memfd's options off under
 *   either set of names when it fails, while SEV, which upstream Kconfig
 *   ties to them, stays on).
 * Fallback: a kvm_gmem_populate() that takes any of its argument lists and
 *   fails with -EOPNOTSUPP, for SEV's code when neither option that
 *   declares the real one is on: its only caller is SEV-SNP's launch, and
 *   SEV-SNP is never enabled on such a host (compat/probes/sev_snp_host.c).
 *   A symbol of the other KVM generation may come from the host's own
 *   autoconf.h (6.12's CONFIG_KVM_GENERIC_PRIVATE_MEM=y on Debian's 6.12):
 *   it only matters where guest_memfd is off on such a host, which the
 *   kit's hosts are not.
 * Lost: nothing beyond guest_memfd and SEV-SNP themselves.
 */
#ifndef KBP_LINUX_KVM_HOST_H
#define KBP_LINUX_KVM_HOST_H

#include_next <linux/kvm_host.h>

/*
 * module_param() for the KVM sources that use it without including
 * linux/moduleparam.h (svm/avic.c, vmx/nested.c, mmu/tdp_mmu.c): they get
 * it through linux/kvm_host.h's includes on hosts since 4.x (there
 * linux/kallsyms.h includes linux/module.h), not on 3.10.
 * Probe: none; every host has the header, and where it was included
 * already its guard makes this nothing.
 */
#include <linux/moduleparam.h>

#if defined(CONFIG_KVM_AMD_SEV) && !defined(CONFIG_KVM_GENERIC_PRIVATE_MEM) && \
	!defined(CONFIG_HAVE_KVM_ARCH_GMEM_POPULATE)
static inline long kbp_kvm_gmem_populate_off(struct kvm *kvm, ...)
{
	WARN_ON_ONCE(1);
	return -EOPNOTSUPP;
}
#define kvm_gmem_populate(...)	kbp_kvm_gmem_populate_off(__VA_ARGS__)
#endif

/*
 * The per-CPU VMSCAPE flag of the kit's, for hosts without
 * x86_ibpb_exit_to_user (see asm/nospec-branch.h, which maps the name; it
 * cannot declare a per-CPU variable itself, being read too early).
 */
#ifndef KBP_HAVE_IBPB_EXIT_TO_USER
DECLARE_PER_CPU(bool, kbp_ibpb_exit_to_user);
#endif

#endif /* KBP_LINUX_KVM_HOST_H */
