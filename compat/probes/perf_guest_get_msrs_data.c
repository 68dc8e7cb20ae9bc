// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: perf_guest_get_msrs(int *nr, void *data)
 * Upstream: 5.17, "perf/x86/core: Pass "struct kvm_pmu *" to determine the
 *   guest values" (for PEBS virtualization)
 * Fallback: the host's perf_guest_get_msrs(nr), without the data
 *   (include-compat/asm/perf_event.h).
 */
#include <linux/perf_event.h>
#include <asm/perf_event.h>

struct perf_guest_switch_msr *kbp_probe(int *nr, void *data)
{
	return perf_guest_get_msrs(nr, data);
}
