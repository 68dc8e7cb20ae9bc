// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: x86_family(), x86_model(), x86_stepping() of a CPUID signature,
 *   exported
 * Upstream: before 4.18 (arch/x86/lib/cpu.c, the microcode loaders' helpers
 *   made common; not checked against kernel history).
 * Exports: x86_family x86_model x86_stepping
 * Fallback: include-compat/asm/cpu.h: the same arithmetic, inline.
 */
#include <asm/cpu.h>

unsigned int kbp_probe(unsigned int sig)
{
	return x86_family(sig) + x86_model(sig) + x86_stepping(sig);
}
