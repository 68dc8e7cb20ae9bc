/* SPDX-License-Identifier: GPL-2.0 */
/*
 * clocksource/hyperv_timer.h + the 6.x form of hv_read_tsc_page_tsc().
 *
 * Upstream: after 6.1 (by 6.12), hv_read_tsc_page_tsc() changed shape: it
 *   returns whether the TSC page is valid and the time through a pointer,
 *   where it used to return the time or U64_MAX.
 * Probe: hv_read_tsc_page_tsc_bool; the header itself came with 5.3
 *   ("clocksource/drivers: Make Hyper-V clocksource ISA agnostic"), older
 *   hosts have nothing of it, and then KVM neither (CONFIG_HYPERV_TIMER).
 * Fallback: a wrapper over the host's form with the same answers.
 * Lost: nothing.
 */
#ifndef KBP_CLOCKSOURCE_HYPERV_TIMER_H
#define KBP_CLOCKSOURCE_HYPERV_TIMER_H

#if __has_include_next(<clocksource/hyperv_timer.h>)
#include_next <clocksource/hyperv_timer.h>
#endif

#if defined(CONFIG_HYPERV_TIMER) && !defined(KBP_HAVE_HV_READ_TSC_PAGE_TSC_BOOL)
static __always_inline bool
kbp_hv_read_tsc_page_tsc(const struct ms_hyperv_tsc_page *tsc_pg,
			 u64 *cur_tsc, u64 *time)
{
	u64 t = hv_read_tsc_page_tsc(tsc_pg, cur_tsc);

	if (t == U64_MAX)
		return false;
	*time = t;
	return true;
}
#define hv_read_tsc_page_tsc kbp_hv_read_tsc_page_tsc
#endif

#endif /* KBP_CLOCKSOURCE_HYPERV_TIMER_H */
