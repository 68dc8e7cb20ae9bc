// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: kvfree()
 * Upstream: 3.15, "mm: introduce kvfree()".
 * Fallback: vfree() or kfree() by is_vmalloc_addr()
 *   (include-compat/linux/mm.h).
 */
#include <linux/mm.h>

void kbp_probe(const void *addr)
{
	kvfree(addr);
}
