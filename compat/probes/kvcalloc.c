// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: kvcalloc()
 * Upstream: 4.18, "mm: Introduce kvcalloc()".
 * Fallback: kvmalloc_array() with __GFP_ZERO (include-compat/linux/mm.h).
 */
#include <linux/mm.h>

void *kbp_probe(void)
{
	return kvcalloc(2, 8, GFP_KERNEL);
}
