// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: percpu_counter_init(fbc, value, gfp)
 * Upstream: 3.18, "percpu_counter: add @gfp to percpu_counter_init()".
 * Fallback: the two-argument form (include-compat/linux/percpu_counter.h).
 */
#include <linux/gfp.h>
#include <linux/percpu_counter.h>

int kbp_probe(struct percpu_counter *fbc)
{
	return percpu_counter_init(fbc, 0, GFP_KERNEL);
}
