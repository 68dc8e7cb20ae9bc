// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the allocation flag __GFP_ACCOUNT
 * Upstream: 4.5, "memcg: only account kmem allocations marked as
 *   __GFP_ACCOUNT".
 * Fallback: 0 (include-compat/linux/gfp.h), never the synced source's
 *   ___GFP_ACCOUNT bit, which older hosts give to another flag.
 */
#include <linux/gfp.h>

gfp_t kbp_probe = __GFP_ACCOUNT;
