// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __get_user_pages(tsk, mm, start, nr_pages, foll_flags, pages,
 *   vmas, nonblocking) exported
 * Exports: __get_user_pages
 * Upstream: the shape of 3.10, before get_user_pages() took gup_flags
 *   (4.9); the export went later (not checked against kernel history).
 * Fallback: the oldest shape of include-compat/linux/mm.h's
 *   kbp_get_user_pages(), kbp_get_user_pages_remote() and
 *   get_user_pages_unlocked() (Requires: there).
 */
#include <linux/mm.h>

long (*kbp_probe)(struct task_struct *, struct mm_struct *, unsigned long,
		  unsigned long, unsigned int, struct page **,
		  struct vm_area_struct **, int *) = __get_user_pages;
