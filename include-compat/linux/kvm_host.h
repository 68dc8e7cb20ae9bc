/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The synced linux/kvm_host.h + kvm_gmem_populate() when guest_memfd is off.
 *
 * Upstream: 6.11, "KVM: guest_memfd: Add interface for populating gmem
 *   pages with user data" (used by SEV-SNP launch).
 * Probe: guest_memfd_mm (configure turns KVM_PRIVATE_MEM and
 *   KVM_GENERIC_PRIVATE_MEM off when it fails, while SEV, which upstream
 *   Kconfig ties to them, stays on).
 * Fallback: a kvm_gmem_populate() that fails with -EOPNOTSUPP: its only
 *   caller is SEV-SNP's launch, and SEV-SNP is never enabled on such a host
 *   (compat/probes/sev_snp_host.c).
 * Lost: nothing beyond guest_memfd and SEV-SNP themselves.
 */
#ifndef KBP_LINUX_KVM_HOST_H
#define KBP_LINUX_KVM_HOST_H

#include_next <linux/kvm_host.h>

#if defined(CONFIG_KVM_AMD_SEV) && !defined(CONFIG_KVM_GENERIC_PRIVATE_MEM)
typedef int (*kvm_gmem_populate_cb)(struct kvm *kvm, gfn_t gfn, kvm_pfn_t pfn,
				    void __user *src, int order, void *opaque);

static inline long kvm_gmem_populate(struct kvm *kvm, gfn_t gfn,
				     void __user *src, long npages,
				     kvm_gmem_populate_cb post_populate,
				     void *opaque)
{
	WARN_ON_ONCE(1);
	return -EOPNOTSUPP;
}
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
