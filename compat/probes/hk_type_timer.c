// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: HK_TYPE_TIMER (enum hk_type)
 * Upstream: 5.18, "sched/isolation: Split housekeeping cpumask per
 *   isolation features" renamed the HK_FLAG_* masks to HK_TYPE_* indices
 * Fallback: HK_FLAG_TIMER, the same housekeeping class under its old name
 *   (include-compat/linux/sched/isolation.h).
 */
#include <linux/sched/isolation.h>

bool kbp_probe(void)
{
	return housekeeping_enabled(HK_TYPE_TIMER);
}
