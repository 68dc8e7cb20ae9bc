// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __read_cr3()
 * Upstream: 4.13, "x86/mm: Rename read_cr3() to __read_cr3()" (Andy
 *   Lutomirski; CR3 holds a PCID too since).
 * Fallback: include-compat/asm/special_insns.h: the host's read_cr3().
 */
#include <asm/processor.h>

unsigned long kbp_probe(void)
{
	return __read_cr3();
}
