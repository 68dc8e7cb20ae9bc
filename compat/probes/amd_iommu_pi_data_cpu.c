// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the AMD IOMMU's posted-interrupt interface of ~6.17:
 *   struct amd_iommu_pi_data with vapic_addr, vector, cpu and ga_log_intr,
 *   amd_iommu_update_ga(data, cpu, ga_log_intr),
 *   amd_iommu_activate_guest_mode(data, cpu, ga_log_intr)
 * Upstream: ~6.17, "KVM: SVM: Add a comment to explain why
 *   avic_vcpu_blocking() ignores IRQ blocking" ... the AVIC/IOMMU rework of
 *   Sean Christopherson's "KVM: x86: IRQ bypass and posted interrupt
 *   overhaul" ("iommu/amd: KVM: SVM: Pass NULL @vcpu_info to indicate 'not
 *   guest mode'", "iommu/amd: KVM: SVM: Infer IsRun from validity of pCPU
 *   destination", "iommu/amd: KVM: SVM: Allow KVM to control need for GA
 *   log interrupts"; not checked against kernel history).
 * Feature: AMD device posted interrupts
 * Fallback: include-compat/linux/amd-iommu.h and asm/irq_remapping.h: KVM
 *   sees an IOMMU that cannot post interrupts on AMD CPUs, and delivers
 *   device interrupts through the host's remapped IRQs and its irqfds
 *   (as with kvm_amd.enable_device_posted_irqs=0).  The host's AMD IOMMU
 *   driver (built into the kernel) reads the older amd_iommu_pi_data and
 *   sets IsRun and the GA log interrupt by rules of its own: KVM 7.2's
 *   requests cannot be translated into them without guessing.
 */
/* 3.10's linux/amd-iommu.h uses the bitmap helpers unincluded */
#include <linux/bitmap.h>
#include <linux/errno.h>
#include <linux/amd-iommu.h>
#include <asm/irq_remapping.h>

int kbp_probe(void *data)
{
	struct amd_iommu_pi_data pi = {
		.vapic_addr = 0, .vector = 0, .cpu = -1, .ga_log_intr = false,
	};

	return amd_iommu_update_ga(data, pi.cpu, pi.ga_log_intr) +
	       amd_iommu_activate_guest_mode(data, pi.cpu, pi.ga_log_intr);
}
