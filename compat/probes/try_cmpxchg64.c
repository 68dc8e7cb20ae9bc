// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: try_cmpxchg64()
 * Upstream: 5.19, "locking/atomic: Add generic try_cmpxchg64 support"
 * Fallback: try_cmpxchg() on the u64, which 64-bit x86 has done with one
 *   CMPXCHG since try_cmpxchg() exists (include-compat/linux/atomic.h).
 */
#include <linux/atomic.h>

bool kbp_probe(u64 *p, u64 *old)
{
	return try_cmpxchg64(p, old, 1);
}
