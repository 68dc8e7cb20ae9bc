// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/asm/pgtable_types.h
 *
 * kbp_lookup_address_in_mm(): lookup_address_in_mm() for hosts that do not
 * export it (see include-compat/asm/pgtable_types.h): the host's
 * lookup_address_in_pgd() walk on the mm's PGD.  The entry returned is the
 * leaf (or the non-present entry) at *level, as the host's function returns
 * it; like upstream, the caller reads it without the page table lock.
 */
#include <linux/export.h>
#include <linux/mm.h>
#include <asm/pgtable.h>
#include <asm/pgtable_types.h>

#ifndef KBP_HAVE_LOOKUP_ADDRESS_IN_MM
/* the leaf tests were pXd_large() up to 5.5, pXd_leaf() from 5.6 (only, from 6.9) */
#ifndef p4d_leaf
#define p4d_leaf p4d_large
#endif
#ifndef pud_leaf
#define pud_leaf pud_large
#endif
#ifndef pmd_leaf
#define pmd_leaf pmd_large
#endif

pte_t *kbp_lookup_address_in_mm(struct mm_struct *mm, unsigned long address,
				unsigned int *level)
{
	pgd_t *pgd = pgd_offset(mm, address);
	p4d_t *p4d;
	pud_t *pud;
	pmd_t *pmd;

	*level = PG_LEVEL_NONE;

	if (pgd_none(*pgd))
		return NULL;

	p4d = p4d_offset(pgd, address);
	if (p4d_none(*p4d))
		return NULL;

	*level = PG_LEVEL_512G;
	if (p4d_leaf(*p4d) || !p4d_present(*p4d))
		return (pte_t *)p4d;

	pud = pud_offset(p4d, address);
	if (pud_none(*pud))
		return NULL;

	*level = PG_LEVEL_1G;
	if (pud_leaf(*pud) || !pud_present(*pud))
		return (pte_t *)pud;

	pmd = pmd_offset(pud, address);
	if (pmd_none(*pmd))
		return NULL;

	*level = PG_LEVEL_2M;
	if (pmd_leaf(*pmd) || !pmd_present(*pmd))
		return (pte_t *)pmd;

	*level = PG_LEVEL_4K;

	return pte_offset_kernel(pmd, address);
}
EXPORT_SYMBOL_GPL(kbp_lookup_address_in_mm);
#endif
