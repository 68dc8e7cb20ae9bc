// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: bool hv_read_tsc_page_tsc(tsc_pg, cur_tsc, time)
 * Upstream: after 6.1 (by 6.12), hv_read_tsc_page_tsc() returns bool
 * Fallback: include-compat/clocksource/hyperv_timer.h wraps the old form.
 */
#include <clocksource/hyperv_timer.h>

bool kbp_probe(const struct ms_hyperv_tsc_page *pg, u64 *tsc, u64 *time)
{
	return hv_read_tsc_page_tsc(pg, tsc, time);
}
