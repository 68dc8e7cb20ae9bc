/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/apic.h + what newer KVM takes from it.  One section per concern.
 *
 * 1. __apic_send_IPI_mask() / __apic_send_IPI_self().
 *    Upstream: 6.6, "x86/apic: Provide static call infrastructure for APIC
 *      callbacks": IPIs go through static calls.
 *    Probe: apic_send_ipi_static_call.
 *    Fallback: the host's struct apic callbacks, which those static calls
 *      wrap.
 *    Lost: nothing; an indirect call instead of a static call.
 *
 * 2. x2apic_mode for modules.
 *    Upstream: 5.15 (subject and release not verified): exported so that
 *      VMX's posted-interrupt code formats the notification destination
 *      without reading the APIC base MSR.
 *    Probe: x2apic_mode (exported).
 *    Fallback: x2apic_enabled(), which reads MSR_IA32_APICBASE, as KVM did
 *      before.
 *    Lost: nothing; one MSR read when a vCPU is loaded.
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

#if defined(CONFIG_X86_X2APIC) && !defined(KBP_HAVE_X2APIC_MODE)
#define x2apic_mode x2apic_enabled()
#endif

#endif /* KBP_ASM_APIC_H */
