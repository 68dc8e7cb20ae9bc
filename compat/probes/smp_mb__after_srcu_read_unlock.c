// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: smp_mb__after_srcu_read_unlock()
 * Upstream: 3.14, "srcu: API for barrier after srcu read unlock" (for
 *   KVM's vcpu_enter_guest(); release not verified here)
 * Fallback: smp_mb() (include-compat/linux/srcu.h).
 */
#include <linux/srcu.h>

void kbp_probe(void)
{
	smp_mb__after_srcu_read_unlock();
}
