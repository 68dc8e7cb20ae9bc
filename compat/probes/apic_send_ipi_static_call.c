// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __apic_send_IPI_mask() and __apic_send_IPI_self()
 * Upstream: 6.6, "x86/apic: Provide static call infrastructure for APIC
 *   callbacks"
 * Fallback: include-compat/asm/apic.h calls through struct apic.
 */
#include <asm/apic.h>

void kbp_probe(const struct cpumask *mask)
{
	__apic_send_IPI_mask(mask, 0xf0);
	__apic_send_IPI_self(0xf0);
}
