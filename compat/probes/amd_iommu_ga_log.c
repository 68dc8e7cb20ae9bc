// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct amd_iommu_pi_data and amd_iommu_register_ga_log_notifier()
 * Upstream: 4.9, "iommu/amd: Adding GALOG interrupt handler" and "iommu/amd:
 *   Introduce amd_iommu_update_ga()" (Suravee Suthikulpanit, with AVIC's
 *   IOMMU support; release not verified here)
 * Fallback: include-compat/linux/amd-iommu.h: the 4.9 structure, and the
 *   two functions as a host without the AMD IOMMU's interrupt remapping
 *   has them (they do nothing and succeed).
 */
/* 3.10's asm/io_apic.h (asm/mpspec.h) uses the bitmap helpers unincluded */
#include <linux/bitmap.h>
#include <linux/amd-iommu.h>
#include <asm/irq_remapping.h>

int kbp_probe(struct amd_iommu_pi_data *pi)
{
	return amd_iommu_register_ga_log_notifier(NULL) + !pi->ir_data;
}
