// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: get_user_pages_remote(mm, start, nr_pages, gup_flags, pages,
 *   locked), no vmas
 * Upstream: 6.5, "mm/gup: remove vmas parameter from get_user_pages_remote()"
 * Fallback: kbp_get_user_pages_remote() passes vmas = NULL to the host's
 *   (include-compat/linux/mm.h).
 */
#include <linux/mm.h>

long (*kbp_probe)(struct mm_struct *, unsigned long, unsigned long,
		  unsigned int, struct page **, int *) = get_user_pages_remote;
