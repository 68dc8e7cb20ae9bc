/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/huge_mm.h + is_transparent_hugepage().
 *
 * Upstream: exported from mm/huge_memory.c for KVM by 5.10.y's "KVM: do
 *   not allow mapping valid but non-reference-counted pages" backports
 *   (KVM's kvm_is_transparent_hugepage()); release not verified here.
 * Probe: is_transparent_hugepage.
 * Fallback: the same test: a compound page whose destructor is the THP
 *   one.  Without CONFIG_TRANSPARENT_HUGEPAGE, false, as upstream's stub.
 * Lost: the huge zero page is not recognized (upstream tests it with
 *   is_huge_zero_page(), whose huge_zero_page such hosts do not export):
 *   KVM maps it with 4K pages instead of a 2M one, which is correct and a
 *   little slower.
 */
#ifndef KBP_LINUX_HUGE_MM_H
#define KBP_LINUX_HUGE_MM_H

#include_next <linux/huge_mm.h>

#ifndef KBP_HAVE_IS_TRANSPARENT_HUGEPAGE
/*
 * A macro, expanded only where KVM calls it: newer hosts, which dropped the
 * function, have no compound_dtor either.
 */
#ifdef CONFIG_TRANSPARENT_HUGEPAGE
#define is_transparent_hugepage(page)					\
({									\
	struct page *__kbp_page = (page);				\
									\
	PageCompound(__kbp_page) &&					\
	compound_head(__kbp_page)[1].compound_dtor == TRANSHUGE_PAGE_DTOR; \
})
#else
#define is_transparent_hugepage(page)	((void)(page), false)
#endif
#endif

#endif /* KBP_LINUX_HUGE_MM_H */
