// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __cpumask_set_cpu()
 * Upstream: 4.1 (release not verified here)
 * Fallback: __set_bit() on the mask (include-compat/linux/cpumask.h).
 */
#include <linux/cpumask.h>

void kbp_probe(struct cpumask *m)
{
	__cpumask_set_cpu(0, m);
}
