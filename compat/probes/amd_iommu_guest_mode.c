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
 *
 * The functions' addresses, not calls: ~6.17 gave activate two more
 * arguments (cpu, ga_log_intr; include-compat/linux/amd-iommu.h, part 2),
 * and a call of the old shape made the probe fail on 7.2, whose fallback
 * then clashed with the host's declarations.
 */
#include <linux/errno.h>
#include <linux/amd-iommu.h>

void *kbp_probe[] = {
	amd_iommu_activate_guest_mode,
	amd_iommu_deactivate_guest_mode,
};
