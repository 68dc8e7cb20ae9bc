// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: seqcount_spinlock_t
 * Upstream: 5.9, "seqlock: Extend seqcount API with associated locks".
 * Fallback: a plain seqcount_t (include-compat/linux/seqlock.h).
 */
#include <linux/seqlock.h>

void kbp_probe(seqcount_spinlock_t *s, spinlock_t *lock)
{
	seqcount_spinlock_init(s, lock);
}
