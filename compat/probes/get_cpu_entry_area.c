// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: get_cpu_entry_area() with the CPU's TSS in it
 * Upstream: 4.15, "x86/entry: Move the TSS into cpu_entry_area" (the PTI
 *   series: each CPU's TSS lives in its cpu_entry_area, the address VMX
 *   gives as the host's TR base).
 * Fallback: include-compat/asm/desc.h: the base of the CPU's TSS
 *   descriptor in its GDT, seen as a cpu_entry_area with the TSS first.
 */
#include <asm/desc.h>

unsigned long kbp_probe(int cpu)
{
	return (unsigned long)&get_cpu_entry_area(cpu)->tss.x86_tss;
}
