// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: wrmsrns(), the non-serializing MSR write
 * Upstream: 6.4, "x86/msr: Add the WRMSRNS instruction support" (Xin Li,
 *   for FRED); KVM/VMX writes the guest's user-return MSRs with it.
 * Fallback: include-compat/asm/msr.h: wrmsrq(), the serializing WRMSR, which
 *   WRMSRNS is a faster form of (it is what wrmsrns() does on CPUs
 *   without the instruction).
 */
#include <asm/msr.h>

void kbp_probe(u64 val)
{
	wrmsrns(MSR_IA32_TSC, val);
}
