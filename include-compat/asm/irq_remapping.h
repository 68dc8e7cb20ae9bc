/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/irq_remapping.h + the posted-interrupt data of ~6.17's IOMMU drivers.
 *
 * KVM hands a device interrupt that a VFIO device raises to a vCPU
 * directly ("device posted interrupts": IRQ bypass, IOMMU IRTEs in guest
 * mode) through irq_set_vcpu_affinity(), whose argument the host's own
 * IOMMU driver (built into the kernel) interprets.
 *
 * 1. Upstream: ~6.17 (Intel), struct vcpu_data renamed intel_iommu_pi_data
 *    (not checked against kernel history).
 *    Probe: intel_iommu_pi_data.
 *    Fallback: the host's struct vcpu_data, the same two members in the
 *      same order; the protocol (a descriptor to post, NULL to go back to
 *      remapped mode) is unchanged.
 *    Lost: nothing.
 *
 * 2. Upstream: ~6.17 (AMD), the AVIC/IOMMU part of "KVM: x86: IRQ bypass
 *    and posted interrupt overhaul": struct amd_iommu_pi_data moved here,
 *    carries the target pCPU and whether to raise GA log interrupts, and
 *    amd_iommu_update_ga()/amd_iommu_activate_guest_mode() take them.
 *    Probe: amd_iommu_pi_data_cpu.
 *    Fallback: on an AMD (or Hygon) CPU the kit answers "no" when KVM 7.x
 *      asks whether the IOMMU can post interrupts (its one question before
 *      it enables device posted interrupts; patches/0032 routes it through
 *      kbp_irq_posting_cap()), so KVM never registers an IRQ bypass
 *      consumer and delivers device interrupts through the host's remapped
 *      IRQs and its irqfds.  Older KVM on the same host (6.12's, which
 *      speaks the older interface) still asks irq_remapping_cap() itself.  The host's AMD IOMMU driver expects
 *      the older data and sets IsRun and the GA log interrupt by its own
 *      rules; translating KVM 7.2's requests would be a guess.  The AMD
 *      interfaces KVM still names compile against stand-ins
 *      (include-compat/linux/amd-iommu.h) that are never reached.
 *    Lost: AMD device posted interrupts (AVIC itself stays: IPIs between
 *      vCPUs are still posted); VFIO device interrupts cost a VM exit.
 */
#ifndef KBP_ASM_IRQ_REMAPPING_H
#define KBP_ASM_IRQ_REMAPPING_H

#include_next <asm/irq_remapping.h>

#ifndef __ASSEMBLY__
#ifndef KBP_HAVE_INTEL_IOMMU_PI_DATA
#define intel_iommu_pi_data vcpu_data
#endif

#ifdef KBP_HAVE_AMD_IOMMU_PI_DATA_CPU
#define kbp_irq_posting_cap()	irq_remapping_cap(IRQ_POSTING_CAP)
#else
#include <asm/processor.h>

static inline bool kbp_irq_posting_cap(void)
{
	if (boot_cpu_data.x86_vendor == X86_VENDOR_AMD ||
	    boot_cpu_data.x86_vendor == X86_VENDOR_HYGON)
		return false;
	return irq_remapping_cap(IRQ_POSTING_CAP);
}
#endif
#endif /* __ASSEMBLY__ */

#endif /* KBP_ASM_IRQ_REMAPPING_H */
