// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct clocksource has vdso_clock_mode, and VDSO_CLOCKMODE_*
 * Upstream: 5.7, "clocksource: Add common vdso clock mode storage" and
 *   "x86/vdso: Use generic VDSO clock mode storage" (it was
 *   clocksource.archdata.vclock_mode with VCLOCK_*).
 * Fallback: include-compat/linux/clocksource.h maps both onto the old
 *   storage (patches/0020).
 */
#include <linux/clocksource.h>

bool kbp_probe(struct clocksource *cs)
{
	return cs->vdso_clock_mode == VDSO_CLOCKMODE_TSC;
}
