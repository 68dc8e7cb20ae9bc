/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/pgtable.h + pte_flags_pkey().
 *
 * Upstream: 4.6, "x86/mm/pkeys: Add PTE bits for storing protection key"
 *   (the pkeys series): the key of a page table entry, bits 59 to 62.
 *   KVM reads it from the guest's page table entries (gpte_pkeys() in
 *   mmu/paging_tmpl.h).
 * Probe: pte_flags_pkey.
 * Fallback: the same bits, read as upstream reads them with
 *   CONFIG_X86_INTEL_MEMORY_PROTECTION_KEYS (they are the guest's, whatever
 *   the host's configuration).
 * Lost: nothing; such a host has no PKU (OSPKE), so KVM offers guests none
 *   and the keys it reads are never checked.
 */
#ifndef KBP_ASM_PGTABLE_H
#define KBP_ASM_PGTABLE_H

#include_next <asm/pgtable.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_PTE_FLAGS_PKEY)
static inline u16 pte_flags_pkey(unsigned long pte_flags)
{
	return (pte_flags >> 59) & 0xf;
}
#endif

#endif /* KBP_ASM_PGTABLE_H */
