// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: wbinvd_on_cpus_mask() and wbnoinvd_on_cpus_mask()
 * Upstream: ~6.17, "x86/lib: Add WBINVD and WBNOINVD helpers to target
 *   multiple CPUs" (Zheyun Shen, Sean Christopherson), for SEV's cache
 *   flushes on the CPUs a VM ran on.
 * Exports: wbinvd_on_cpus_mask wbnoinvd_on_cpus_mask
 * Fallback: compat/cache_smp.c, the same IPIs.
 */
#include <linux/cpumask.h>
#include <linux/sched.h>
#include <asm/smp.h>

void (*kbp_probe[])(struct cpumask *) = {
	wbinvd_on_cpus_mask, wbnoinvd_on_cpus_mask,
};
