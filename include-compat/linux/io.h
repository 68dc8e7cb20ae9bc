/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/io.h + memremap(), memunmap() and MEMREMAP_WB.
 *
 * Upstream: 4.3, "arch: introduce memremap()" (a kernel mapping of memory
 *   that is not I/O: the direct map for RAM, else ioremap_cache() for
 *   MEMREMAP_WB).
 * Probe: memremap.
 * Fallback: MEMREMAP_WB only (KVM's one use: kvm_vcpu_map() of a guest
 *   page whose pfn has no struct page, i.e. memory outside the host's RAM)
 *   over the host's ioremap_cache() and iounmap(); another flag gives NULL,
 *   as upstream does for a mapping it cannot make.
 * Lost: nothing for KVM's use: upstream takes the direct map only for RAM
 *   with a struct page, which KVM kmap()s instead.
 */
#ifndef KBP_LINUX_IO_H
#define KBP_LINUX_IO_H

#include_next <linux/io.h>

#ifndef KBP_HAVE_MEMREMAP
#include <linux/bug.h>

#define MEMREMAP_WB		(1 << 0)

static inline void *kbp_memremap(resource_size_t offset, size_t size,
				 unsigned long flags)
{
	if (WARN_ON_ONCE(flags != MEMREMAP_WB))
		return NULL;
	return (void __force *)ioremap_cache(offset, size);
}
#define memremap kbp_memremap

static inline void kbp_memunmap(void *addr)
{
	iounmap((void __iomem __force *)addr);
}
#define memunmap kbp_memunmap
#endif

#endif /* KBP_LINUX_IO_H */
