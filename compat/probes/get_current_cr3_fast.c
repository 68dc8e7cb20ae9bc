// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __get_current_cr3_fast()
 * Upstream: 4.14, "x86/mm: Add the 'nopcid' boot option ..." / the PCID
 *   series of Andy Lutomirski (release not verified): the CR3 value of
 *   the current mm and PCID without reading the register, for VMX's
 *   HOST_CR3.
 * Fallback: include-compat/asm/mmu_context.h: the host's read_cr3().
 */
#include <asm/mmu_context.h>

unsigned long kbp_probe(void)
{
	return __get_current_cr3_fast();
}
