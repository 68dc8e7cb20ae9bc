// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the mediated guest PMU API (CONFIG_PERF_GUEST_MEDIATED_PMU)
 * Upstream: ~7.0, "perf: Add APIs to create/release mediated guest vPMUs"
 *   and "perf/x86: ..." of the mediated vPMU series (Kan Liang, Mingwei
 *   Zhang, Sean Christopherson): perf_create/release_mediated_pmu(),
 *   perf_load/put_guest_context(), perf_load/put_guest_lvtpc(),
 *   x86_pmu_capability.mediated, perf_guest_info_callbacks
 *   .handle_mediated_pmi.  KVM's Kconfig selects the option since then.
 * Exports: perf_create_mediated_pmu perf_release_mediated_pmu perf_load_guest_context perf_put_guest_context perf_load_guest_lvtpc perf_put_guest_lvtpc
 * Feature: mediated vPMU
 * Fallback: include-compat/linux/perf_event.h: KVM's mediated vPMU is never
 *   enabled (the host PMU capability says "not mediated"), KVM keeps its
 *   perf-event based vPMU, as before 7.0.
 */
#include <linux/perf_event.h>
#include <asm/perf_event.h>

static struct perf_guest_info_callbacks kbp_probe_cbs = {
	.handle_mediated_pmi = NULL,
};

bool kbp_probe(struct x86_pmu_capability *cap)
{
	perf_load_guest_lvtpc(0);
	perf_put_guest_lvtpc();
	perf_load_guest_context();
	perf_put_guest_context();
	(void)kbp_probe_cbs;
	return cap->mediated && !perf_create_mediated_pmu();
}
