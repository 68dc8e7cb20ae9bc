// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: get_user_pages_remote(mm, start, nr_pages, gup_flags, pages, vmas,
 *   locked)
 * Upstream: 5.9, "mm/gup: remove task_struct pointer for all gup code";
 *   6.5 dropped vmas (get_user_pages_remote_no_vmas).
 * Fallback: none; one shape include-compat/linux/mm.h calls.
 */
#include <linux/mm.h>

long (*kbp_probe)(struct mm_struct *, unsigned long, unsigned long,
		  unsigned int, struct page **, struct vm_area_struct **,
		  int *) = get_user_pages_remote;
