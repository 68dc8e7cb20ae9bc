// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the APIC register-page helpers in <asm/apic.h>:
 *   apic_{get,set}_reg{,64}(), apic_{set,clear,test}_vector(),
 *   apic_find_highest_vector()
 * Upstream: ~6.17, "x86/apic: KVM: Move apic_find_highest_vector() to a
 *   common header" and its siblings (Neeraj Upadhyay, for Secure AVIC, not
 *   checked against kernel history): KVM's lapic.h helpers moved into the
 *   core kernel's header.
 * Fallback: include-compat/asm/apic.h: the same helpers, which only read
 *   and write a 4 KiB APIC register page in memory.
 */
#include <asm/apic.h>

int kbp_probe(void *regs)
{
	apic_set_reg(regs, APIC_ID, apic_get_reg(regs, APIC_ID));
	apic_set_reg64(regs, APIC_ICR, apic_get_reg64(regs, APIC_ICR));
	apic_set_vector(32, regs);
	apic_clear_vector(32, regs);
	return apic_test_vector(32, regs) + apic_find_highest_vector(regs);
}
