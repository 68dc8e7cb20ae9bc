// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: atomic_long_fetch_andnot()
 * Upstream: 4.9, "locking/atomic: Implement
 *   atomic{,64,_long}_fetch_{add,sub,and,andnot,or,xor}{,_relaxed,_acquire,_release}()"
 *   (release not verified here); KVM's dirty log clears bits with it.
 * Fallback: include-compat/linux/atomic.h: a loop on atomic_long_cmpxchg(),
 *   fully ordered as the real one.
 */
#include <linux/atomic.h>

long kbp_probe(atomic_long_t *v)
{
	return atomic_long_fetch_andnot(1, v);
}
