// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: get_user_pages_remote(tsk, mm, start, nr_pages, gup_flags, pages,
 *   vmas, locked)
 * Upstream: 4.9/4.10 (the form with gup_flags and locked), until 5.9 "mm/gup:
 *   remove task_struct pointer for all gup code".
 * Fallback: none; one shape include-compat/linux/mm.h calls (with a NULL
 *   task, which only skips fault accounting).
 */
#include <linux/mm.h>

long (*kbp_probe)(struct task_struct *, struct mm_struct *, unsigned long,
		  unsigned long, unsigned int, struct page **,
		  struct vm_area_struct **, int *) = get_user_pages_remote;
