/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/amd-iommu.h + amd_iommu_activate_guest_mode() /
 * amd_iommu_deactivate_guest_mode(), or no IOMMU-posted interrupts for
 * KVM/SVM.
 *
 * Upstream: 5.6, "iommu/amd: Introduce amd_iommu_activate/deactivate_guest_mode()"
 *   with "kvm: x86: Introduce APICv inhibit reason bits": KVM may inhibit
 *   AVIC at run time and then switches the IRTEs of assigned devices from
 *   posting into the vAPIC back to remapping.
 * Probe: amd_iommu_guest_mode.
 * Fallback: KVM/SVM is told that the host cannot post interrupts
 *   (irq_remapping_cap(IRQ_POSTING_CAP) is false for the SVM code only,
 *   the only code that includes this header), so it never puts an IRTE
 *   into guest mode and never needs to switch one back: interrupts of
 *   assigned devices are remapped and injected by KVM.  The two functions
 *   exist for the compiler only and fail.
 * Lost: IOMMU-posted interrupts with AVIC (avic=1, off by default) for
 *   assigned devices; configure's summary lists it.
 */
#ifndef KBP_LINUX_AMD_IOMMU_H
#define KBP_LINUX_AMD_IOMMU_H

#include_next <linux/amd-iommu.h>

#ifndef KBP_HAVE_AMD_IOMMU_GUEST_MODE
#include <linux/errno.h>
#include <asm/irq_remapping.h>

static inline bool kbp_svm_irq_remapping_cap(enum irq_remap_cap cap)
{
	return cap != IRQ_POSTING_CAP && irq_remapping_cap(cap);
}
#define irq_remapping_cap kbp_svm_irq_remapping_cap

static inline int amd_iommu_activate_guest_mode(void *data)
{
	return -EOPNOTSUPP;
}

static inline int amd_iommu_deactivate_guest_mode(void *data)
{
	return -EOPNOTSUPP;
}
#endif

#endif /* KBP_LINUX_AMD_IOMMU_H */
