// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: amd_iommu_activate_guest_mode()/amd_iommu_deactivate_guest_mode()
 * Upstream: 5.6, "iommu/amd: Introduce amd_iommu_activate/deactivate_guest_mode()"
 *   (an IRTE switches between posting into the vAPIC and remapping, when
 *   KVM inhibits AVIC at run time).
 * Exports: amd_iommu_activate_guest_mode amd_iommu_deactivate_guest_mode
 * Feature: AVIC with IOMMU-posted interrupts
 * Fallback: include-compat/linux/amd-iommu.h: KVM/SVM does not set up
 *   IOMMU-posted interrupts (guest mode IRTEs) for assigned devices; their
 *   interrupts are remapped and injected by KVM, as without AVIC.
 */
#include <linux/amd-iommu.h>

int kbp_probe(void *data)
{
	return amd_iommu_activate_guest_mode(data) +
	       amd_iommu_deactivate_guest_mode(data);
}
