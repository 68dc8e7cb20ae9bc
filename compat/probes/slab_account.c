// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the cache flag SLAB_ACCOUNT
 * Upstream: 4.5, "slab: add SLAB_ACCOUNT flag".
 * Fallback: 0 (include-compat/linux/slab.h).
 */
#include <linux/slab.h>

unsigned long kbp_probe = (__force unsigned long)SLAB_ACCOUNT;
