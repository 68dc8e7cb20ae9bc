// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: pte_flags_pkey(), the protection key of a page table entry's flags
 * Upstream: 4.6, "x86/mm/pkeys: Add PTE bits for storing protection key"
 *   and the pkeys series around it (asm/pgtable.h).
 * Fallback: include-compat/asm/pgtable.h: the architectural bits 59 to 62.
 */
#include <linux/mm.h>	/* 3.10's asm/pgtable.h uses spinlock_t without it */

u16 kbp_probe(unsigned long flags)
{
	return pte_flags_pkey(flags);
}
