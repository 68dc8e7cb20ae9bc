// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: irq_remapping_cap(IRQ_POSTING_CAP)
 * Upstream: 4.3, "iommu, x86: Provide irq_remapping_cap() interface" (Feng
 *   Wu, with VT-d posted interrupts; release not verified here): whether
 *   the host's interrupt remapping can post a device's interrupts to a
 *   vCPU, and struct vcpu_data, what KVM hands the IOMMU driver for it.
 * Fallback: include-compat/asm/irq_remapping.h: IRQ_POSTING_CAP, a
 *   struct vcpu_data of the same layout, and a capability that is always
 *   false, so KVM never posts device interrupts.
 */
/* 3.10's asm/io_apic.h (asm/mpspec.h) uses the bitmap helpers unincluded */
#include <linux/bitmap.h>
#include <asm/irq_remapping.h>

bool kbp_probe(void)
{
	return irq_remapping_cap(IRQ_POSTING_CAP);
}
