// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: kmem_cache_create_usercopy()
 * Upstream: 4.16, "usercopy: Prepare for usercopy whitelisting".
 * Fallback: kmem_cache_create() without the region
 *   (include-compat/linux/slab.h).
 */
#include <linux/slab.h>

struct kmem_cache *kbp_probe(void)
{
	return kmem_cache_create_usercopy("kbp", 64, 0, 0, 0, 64, NULL);
}
