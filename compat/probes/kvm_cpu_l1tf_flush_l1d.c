// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: kvm_get_cpu_l1tf_flush_l1d() and kvm_clear_cpu_l1tf_flush_l1d()
 * Upstream: 4.19 (4.18.y), "x86/irq: Let interrupt handlers set
 *   kvm_cpu_l1tf_flush_l1d" (the host's interrupt entry notes, per CPU,
 *   that an L1D flush is due before the next VM-entry).
 * Fallback: include-compat/asm/hardirq.h: "a flush is due", always.
 */
#include <linux/hardirq.h>
#include <asm/hardirq.h>

bool kbp_probe(void)
{
	bool due = kvm_get_cpu_l1tf_flush_l1d();

	kvm_clear_cpu_l1tf_flush_l1d();
	return due;
}
