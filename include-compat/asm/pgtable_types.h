/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/pgtable_types.h + lookup_address_in_mm() for modules.
 *
 * Upstream: 5.x, "x86/mm: Add lookup_address_in_mm()" (KVM finds the host
 *   mapping level of a guest page from the VM's mm); release not verified.
 * Probe: lookup_address_in_mm (exported).
 * Fallback: kbp_lookup_address_in_mm() in kvm.ko (compat/pgtable.c), the
 *   walk of the host's lookup_address_in_pgd(), which it does not export.
 * Lost: nothing.
 */
#ifndef KBP_ASM_PGTABLE_TYPES_H
#define KBP_ASM_PGTABLE_TYPES_H

#include_next <asm/pgtable_types.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_LOOKUP_ADDRESS_IN_MM)
struct mm_struct;
pte_t *kbp_lookup_address_in_mm(struct mm_struct *mm, unsigned long address,
				unsigned int *level);
#define lookup_address_in_mm kbp_lookup_address_in_mm
#endif

#endif /* KBP_ASM_PGTABLE_TYPES_H */
