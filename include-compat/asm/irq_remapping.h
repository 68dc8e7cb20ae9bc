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
 *
 * 3. Upstream: 4.3, "iommu, x86: Provide irq_remapping_cap() interface"
 *    (Feng Wu, with VT-d posted interrupts; release not verified here):
 *    irq_remapping_cap(IRQ_POSTING_CAP) and struct vcpu_data.
 *    Probe: irq_remapping_cap.
 *    Fallback: IRQ_POSTING_CAP, a capability that is always false, and
 *      struct vcpu_data of the upstream layout: KVM (VMX and SVM) asks
 *      irq_remapping_cap(IRQ_POSTING_CAP) before it puts an IRTE into
 *      posted mode (vmx_can_use_vtd_pi(), svm_update_pi_irte()) and
 *      before it blocks a vCPU on the wakeup vector (pi_pre_block(), KVM
 *      5.10), so it never reaches the IOMMU with the structure.
 *    Lost: device posted interrupts; VFIO device interrupts are remapped
 *      and injected by KVM (a VM exit each).
 *
 * 4. Upstream: 4.2, "genirq: Introduce irq_set_vcpu_affinity() to target
 *    an interrupt to a VCPU" (Feng Wu; release not verified here).
 *    Probe: irq_set_vcpu_affinity.
 *    Fallback: kbp_irq_set_vcpu_affinity(), -ENOSYS, the host's answer for
 *      an interrupt chip that cannot target a vCPU.  KVM calls it only for
 *      posted interrupts (part 3), never on such a host.
 *    Lost: nothing beyond part 3.
 *
 * 5. Upstream: 4.4, "KVM: x86: Add a wakeup handler for VT-d posted
 *    interrupts" (Feng Wu; release not verified here): the host's handler
 *    of POSTED_INTR_WAKEUP_VECTOR (asm/irq.h).
 *    Probe: kvm_set_posted_intr_wakeup_handler.
 *    Fallback: nothing to register: the vector is raised only by an IOMMU
 *      that posts a device interrupt to a blocked vCPU, and KVM points a
 *      descriptor at it only where irq_remapping_cap(IRQ_POSTING_CAP)
 *      holds (part 3: never where the host lacks it).
 *    Lost: nothing beyond part 3.  A host with IRQ_POSTING_CAP but no
 *      wakeup handler would lose the wakeups: no such combination is
 *      known (both came with VT-d posted interrupts).
 */
#ifndef KBP_ASM_IRQ_REMAPPING_H
#define KBP_ASM_IRQ_REMAPPING_H

#include_next <asm/irq_remapping.h>

#ifndef __ASSEMBLY__
#ifndef KBP_HAVE_IRQ_REMAPPING_CAP
#include <linux/types.h>

enum irq_remap_cap {
	IRQ_POSTING_CAP = 0,
};

struct vcpu_data {
	u64 pi_desc_addr;	/* physical address of the PI descriptor */
	u32 vector;		/* guest vector of the interrupt */
};

static inline bool irq_remapping_cap(enum irq_remap_cap cap)
{
	return false;
}
#endif

#ifndef KBP_HAVE_IRQ_SET_VCPU_AFFINITY
#include <linux/errno.h>

static inline int kbp_irq_set_vcpu_affinity(unsigned int irq, void *vcpu_info)
{
	return -ENOSYS;
}
#define irq_set_vcpu_affinity kbp_irq_set_vcpu_affinity
#endif

#ifndef KBP_HAVE_KVM_SET_POSTED_INTR_WAKEUP_HANDLER
static inline void kbp_kvm_set_posted_intr_wakeup_handler(void (*handler)(void))
{
}
#define kvm_set_posted_intr_wakeup_handler kbp_kvm_set_posted_intr_wakeup_handler
#endif

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
