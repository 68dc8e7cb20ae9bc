// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: housekeeping_enabled()
 * Upstream: 5.5/5.6, "sched/isolation: Provide housekeeping_enabled()" (KVM
 *   injects timer interrupts through posted interrupts on nohz_full hosts).
 * Fallback: include-compat/linux/sched/isolation.h: enabled when the
 *   flag's housekeeping CPUs are not all CPUs.
 */
#include <linux/sched/isolation.h>

bool kbp_probe(void)
{
	/* 0: HK_FLAG_* before 5.18, enum hk_type since; any flag will do */
	return housekeeping_enabled(0);
}
