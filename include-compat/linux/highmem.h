/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/highmem.h + kmap_local_page(), kmap_local_pfn() and kunmap_local().
 *
 * Upstream: 5.11, "mm/highmem: Provide kmap_local*": short-lived,
 *   CPU-local mappings that, unlike kmap_atomic(), leave preemption and
 *   page faults enabled.
 * Probe: kmap_local_page.
 * Fallback: the kit builds for x86-64 only, which has no highmem: there
 *   upstream's kmap_local_page() is page_address() and kunmap_local() only
 *   checks its argument's type, and so they are here.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_HIGHMEM_H
#define KBP_LINUX_HIGHMEM_H

#include_next <linux/highmem.h>

#ifndef KBP_HAVE_KMAP_LOCAL_PAGE
#ifdef CONFIG_HIGHMEM
#error "kvm-backport: kmap_local_*() for highmem hosts is not written (x86-64 has none)"
#endif
#include <linux/build_bug.h>
#include <linux/mm.h>

static inline void *kmap_local_page(struct page *page)
{
	return page_address(page);
}

static inline void *kmap_local_pfn(unsigned long pfn)
{
	return kmap_local_page(pfn_to_page(pfn));
}

static inline void __kunmap_local(const void *addr)
{
}

#undef kunmap_local
#define kunmap_local(__addr)					\
do {								\
	BUILD_BUG_ON(__same_type((__addr), struct page *));	\
	__kunmap_local(__addr);					\
} while (0)
#endif

#endif /* KBP_LINUX_HIGHMEM_H */
