// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct intel_iommu_pi_data
 * Upstream: ~6.17, "iommu/vt-d: KVM: Rename vcpu_data to
 *   intel_iommu_pi_data" (Sean Christopherson's IRQ bypass overhaul; not
 *   checked against kernel history).
 * Fallback: include-compat/asm/irq_remapping.h: the host's struct
 *   vcpu_data under the new name: the same two members (the PI
 *   descriptor's physical address, the guest vector) that the host's
 *   Intel IOMMU driver reads from irq_set_vcpu_affinity().
 */
/* 3.10's asm/irq_remapping.h uses the bitmap helpers unincluded */
#include <linux/bitmap.h>
#include <asm/irq_remapping.h>

struct intel_iommu_pi_data kbp_probe = { .pi_desc_addr = 0, .vector = 0 };
