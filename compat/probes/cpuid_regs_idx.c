// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: asm/processor.h has enum cpuid_regs_idx (CPUID_EAX ... CPUID_EDX)
 * Upstream: 4.6 era, with the CPUID leaf words ("x86/cpufeature: Add
 *   CPUID_* enumerations" and the scattered-feature table that indexes
 *   registers; not checked against kernel history).
 * Fallback: include-compat/asm/processor.h defines the enum.
 */
#include <asm/processor.h>

int kbp_probe(void)
{
	enum cpuid_regs_idx r = CPUID_EDX;

	return r + CPUID_EAX + CPUID_EBX + CPUID_ECX;
}
