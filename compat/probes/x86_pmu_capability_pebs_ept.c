// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct x86_pmu_capability has pebs_ept
 * Upstream: 5.17, "perf/x86/intel: Add PEBS-via-PT / EPT-friendly PEBS
 *   capability" for KVM's PEBS virtualization (release not verified)
 * Fallback: no EPT-friendly PEBS: KVM does not offer PEBS to guests
 *   (include-compat/asm/perf_event.h, patches/0041).
 */
#include <linux/perf_event.h>
#include <asm/perf_event.h>

bool kbp_probe(struct x86_pmu_capability *cap)
{
	return cap->pebs_ept;
}
