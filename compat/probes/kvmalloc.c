// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: kvmalloc_node(), kvmalloc_array()
 * Upstream: 4.12, "mm: introduce kv[mz]alloc helpers" and "mm: add
 *   kvmalloc_array".
 * Fallback: 4.12's kvmalloc_node() over kmalloc_node() and __vmalloc()
 *   (include-compat/linux/mm.h).
 */
#include <linux/mm.h>

void *kbp_probe(void)
{
	return kvmalloc_node(8, GFP_KERNEL, NUMA_NO_NODE);
}

void *kbp_probe_array(void)
{
	return kvmalloc_array(2, 8, GFP_KERNEL);
}
