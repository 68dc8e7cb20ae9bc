// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: memremap(), memunmap(), MEMREMAP_WB
 * Upstream: 4.3, "arch: introduce memremap()".
 * Fallback: MEMREMAP_WB over ioremap_cache() and iounmap()
 *   (include-compat/linux/io.h).
 */
#include <linux/io.h>

void *kbp_probe(resource_size_t offset)
{
	void *p = memremap(offset, PAGE_SIZE, MEMREMAP_WB);

	memunmap(p);
	return p;
}
