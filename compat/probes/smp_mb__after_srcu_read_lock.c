// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: smp_mb__after_srcu_read_lock()
 * Upstream: between 6.1 and 6.12, for KVM's VM-exit path (release not
 *   verified here)
 * Fallback: empty, as upstream's: __srcu_read_lock() ends in smp_mb()
 *   (include-compat/linux/srcu.h).
 */
#include <linux/srcu.h>

void kbp_probe(void)
{
	smp_mb__after_srcu_read_lock();
}
