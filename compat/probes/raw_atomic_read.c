// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: raw_atomic_read()
 * Upstream: 6.5, the raw_atomic*() API (Mark Rutland's locking/atomic
 *   series)
 * Fallback: arch_atomic_read(), the uninstrumented read it wraps
 *   (include-compat/linux/atomic.h).
 */
#include <linux/atomic.h>

int kbp_probe(const atomic_t *v)
{
	return raw_atomic_read(v);
}
