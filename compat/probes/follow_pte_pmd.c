// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: follow_pte_pmd() exported
 * Upstream: 4.15, "mm: add follow_pte_pmd()" (for DAX); follow_pte(mm, ...)
 *   replaced it in 5.12.
 * Exports: follow_pte_pmd
 * Fallback: follow_pte_walk, the walk of older hosts in
 *   include-compat/linux/mm.h (where its helpers compile).
 */
#include <linux/mm.h>

int (*kbp_probe)(struct mm_struct *, unsigned long, unsigned long *,
		 unsigned long *, pte_t **, pmd_t **, spinlock_t **) =
	follow_pte_pmd;
