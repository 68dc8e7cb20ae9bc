// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: get_user_pages(start, nr_pages, gup_flags, pages, vmas)
 * Upstream: 4.9, "mm: replace get_user_pages() write/force parameters with
 *   gup_flags" (the form with gup_flags), until 6.5 "mm/gup: remove unused
 *   vmas parameter from get_user_pages()".
 * Fallback: an older shape for include-compat/linux/mm.h's
 *   kbp_get_user_pages() (Requires: there), which passes vmas = NULL.
 */
#include <linux/mm.h>

long (*kbp_probe)(unsigned long, unsigned long, unsigned int,
		  struct page **, struct vm_area_struct **) = get_user_pages;
