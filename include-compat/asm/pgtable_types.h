/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/pgtable_types.h + lookup_address_in_mm() for modules, p4d_t and
 * PG_LEVEL_512G.
 *
 * lookup_address_in_mm().
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

/*
 * p4d_t and its helpers on hosts without the fifth level.
 *
 * Upstream: 4.11, "asm-generic: introduce <asm-generic/pgtable-nop4d.h>"
 *   (the p4d level between pgd and pud, folded into the pgd where the
 *   paging mode has no such level), which x86 took on for 4-level paging
 *   the same release.
 * Probe: p4d.
 * Fallback: a folding stand-in as the kernel's own pgtable-nop4d.h: the
 *   p4d entry is the pgd entry (p4d_t is pgd_t, p4d_offset() the pgd
 *   pointer itself), its tests the pgd's, never a leaf, and pud_offset()
 *   the host's on it.  Unlike pgtable-nop4d.h the host's pgd tests are
 *   kept as they are: a walk tests the same entry twice.
 * Lost: nothing (such a host has no 5-level paging to walk).
 */
#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_P4D)
typedef pgd_t p4d_t;

#define P4D_SHIFT		PGDIR_SHIFT
#define PTRS_PER_P4D		1
#define P4D_SIZE		PGDIR_SIZE
#define P4D_MASK		PGDIR_MASK
#define p4d_offset(pgd, address) ((p4d_t *)(pgd))
#define p4d_val(p4d)		pgd_val(p4d)
#define p4d_none(p4d)		pgd_none(p4d)
#define p4d_bad(p4d)		pgd_bad(p4d)
#define p4d_present(p4d)	pgd_present(p4d)
#define p4d_large(p4d)		0
#define p4d_leaf(p4d)		0
#endif

/*
 * PG_LEVEL_512G.
 *
 * Upstream: the 5-level paging series (4.11 or 4.12, not checked against
 *   kernel history): a level of enum pg_level between PG_LEVEL_1G and
 *   PG_LEVEL_NUM.
 * Probe: pg_level_512g.
 * Fallback: the value it has upstream, PG_LEVEL_1G + 1 (the host's
 *   PG_LEVEL_NUM): the only user, compat/pgtable.c, gives it for a p4d
 *   entry that is not a table, which the folding above never has.
 * Lost: nothing.
 */
#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_PG_LEVEL_512G)
#define PG_LEVEL_512G		(PG_LEVEL_1G + 1)
#endif

/*
 * linux/mem_encrypt.h from here, as upstream.
 *
 * Upstream: 4.14, the SME series ("x86/mm: Add Secure Memory Encryption
 *   (SME) support" and what followed): asm/pgtable_types.h includes
 *   linux/mem_encrypt.h (the encryption bit of a page entry), and KVM's
 *   svm code takes __sme_set(), __sme_clr() and sev_active() through it.
 * Probe: none; __has_include_next(<linux/mem_encrypt.h>): a host with the
 *   header includes it here itself.
 * Fallback: the kit's stand-in of linux/mem_encrypt.h (no encryption).
 * Lost: nothing.
 */
#if !defined(__ASSEMBLY__) && !__has_include_next(<linux/mem_encrypt.h>)
#include <linux/mem_encrypt.h>
#endif

#endif /* KBP_ASM_PGTABLE_TYPES_H */
