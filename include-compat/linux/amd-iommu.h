/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/amd-iommu.h + the AMD IOMMU posted-interrupt interface of ~6.17
 * under kbp_ names.
 *
 * Upstream: ~6.17 (see include-compat/asm/irq_remapping.h, part 2).
 * Probe: amd_iommu_pi_data_cpu.
 * Fallback: KVM 7.x names the interface kbp_amd_iommu_pi_data,
 *   kbp_amd_iommu_update_ga() and kbp_amd_iommu_activate_guest_mode()
 *   (patches/0019): the host's own where it has the new interface.  Where
 *   it has the older one (which older KVM, 6.12's avic.c, still uses under
 *   the same names), a struct of the new layout and functions that warn and
 *   fail; none of it is reached, because KVM never turns device posted
 *   interrupts on with such a host (kbp_irq_posting_cap(),
 *   asm/irq_remapping.h), so no IRTE is ever put in guest mode and the
 *   per-vCPU IRTE lists stay empty.
 * Lost: AMD device posted interrupts.
 */
#ifndef KBP_LINUX_AMD_IOMMU_H
#define KBP_LINUX_AMD_IOMMU_H

#include_next <linux/amd-iommu.h>

#ifdef KBP_HAVE_AMD_IOMMU_PI_DATA_CPU
#define kbp_amd_iommu_pi_data			amd_iommu_pi_data
#define kbp_amd_iommu_update_ga			amd_iommu_update_ga
#define kbp_amd_iommu_activate_guest_mode	amd_iommu_activate_guest_mode
#else
#include <linux/bug.h>
#include <linux/errno.h>
#include <linux/types.h>

struct kbp_amd_iommu_pi_data {
	u64 vapic_addr;
	u32 ga_tag;
	u32 vector;
	int cpu;
	bool ga_log_intr;
	bool is_guest_mode;
	void *ir_data;
};

static inline int kbp_amd_iommu_update_ga(void *data, int cpu, bool ga_log_intr)
{
	WARN_ON_ONCE(1);
	return -EOPNOTSUPP;
}

static inline int kbp_amd_iommu_activate_guest_mode(void *data, int cpu,
						    bool ga_log_intr)
{
	WARN_ON_ONCE(1);
	return -EOPNOTSUPP;
}
#endif

#endif /* KBP_LINUX_AMD_IOMMU_H */
