/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/apic.h + __apic_send_IPI_mask() / __apic_send_IPI_self().
 *
 * Upstream: 6.6, "x86/apic: Provide static call infrastructure for APIC
 *   callbacks": IPIs go through static calls.
 * Probe: apic_send_ipi_static_call.
 * Fallback: the host's struct apic callbacks, which those static calls
 *   wrap.
 * Lost: nothing; an indirect call instead of a static call.
 */
#ifndef KBP_ASM_APIC_H
#define KBP_ASM_APIC_H

#include_next <asm/apic.h>

#ifndef KBP_HAVE_APIC_SEND_IPI_STATIC_CALL
static __always_inline void __apic_send_IPI_mask(const struct cpumask *mask, int vector)
{
	apic->send_IPI_mask(mask, vector);
}

static __always_inline void __apic_send_IPI_self(int vector)
{
	apic->send_IPI_self(vector);
}
#endif

#endif /* KBP_ASM_APIC_H */
