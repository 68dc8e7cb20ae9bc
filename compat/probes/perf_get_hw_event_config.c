// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: perf_get_hw_event_config()
 * Upstream: 6.2, "perf/x86/core: Add interface to query perfmon_event_map[]
 *   directly" (release not verified)
 * Exports: perf_get_hw_event_config
 * Fallback: compat/perf_hw_event.c knows the few encodings KVM asks for
 *   (include-compat/asm/perf_event.h).
 */
#include <linux/perf_event.h>
#include <asm/perf_event.h>

u64 kbp_probe(void)
{
	return perf_get_hw_event_config(PERF_COUNT_HW_INSTRUCTIONS);
}
