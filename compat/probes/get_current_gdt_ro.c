// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: get_current_gdt_rw(), get_current_gdt_ro() and the exported
 *   load_fixmap_gdt()
 * Upstream: 4.12, "x86/gdt: Map the GDT read-only" and the series before
 *   it (Thomas Garnier): each CPU's GDT is mapped read-only in the fixmap,
 *   and VMX reloads that GDT after a VM-exit.
 * Exports: load_fixmap_gdt
 * Fallback: include-compat/asm/desc.h: the CPU's one (writable) GDT, and
 *   a reload of it with its full limit.
 */
#include <asm/desc.h>

unsigned long kbp_probe(void)
{
	load_fixmap_gdt(0);
	return (unsigned long)get_current_gdt_rw() + (unsigned long)get_current_gdt_ro();
}
