// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: x2apic_mode exported
 * Upstream: 5.15, "x86/apic: Export x2apic_mode for KVM" / "KVM: VMX: Use
 *   x2apic_mode to avoid RDMSR when updating PI.NDST" (release and subject
 *   not verified)
 * Exports: x2apic_mode
 * Fallback: x2apic_enabled(), the MSR read KVM did before
 *   (include-compat/asm/apic.h).
 */
#include <asm/apic.h>

int kbp_probe(void)
{
	return x2apic_mode;
}
