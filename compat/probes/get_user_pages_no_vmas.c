// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: get_user_pages(start, nr_pages, gup_flags, pages), no vmas
 * Upstream: 6.5, "mm/gup: remove unused vmas parameter from get_user_pages()"
 * Fallback: kbp_get_user_pages() passes vmas = NULL to the host's
 *   (include-compat/linux/mm.h).
 */
#include <linux/mm.h>

long (*kbp_probe)(unsigned long, unsigned long, unsigned int,
		  struct page **) = get_user_pages;
