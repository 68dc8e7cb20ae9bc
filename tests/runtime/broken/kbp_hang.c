// SPDX-License-Identifier: GPL-2.0
/*
 * kbp_hang: a module whose init freezes the whole machine: every CPU spins
 * with interrupts off.  No timeout inside the guest can end that; the
 * runtime harness' host-side watchdog must kill QEMU, report TIMEOUT and
 * resume the run after the hung step.
 */
#include <linux/module.h>
#include <linux/smp.h>

static void kbp_spin(void *unused)
{
	for (;;)
		cpu_relax();
}

static int __init kbp_hang_init(void)
{
	/* the other CPUs spin in the IPI, this one in the local call */
	on_each_cpu(kbp_spin, NULL, 0);
	return 0;
}

module_init(kbp_hang_init);
MODULE_DESCRIPTION("kvm-backport harness test: freeze every CPU at load");
MODULE_LICENSE("GPL");
