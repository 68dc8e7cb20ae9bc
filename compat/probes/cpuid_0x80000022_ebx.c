// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: union cpuid_0x80000022_ebx (AMD PerfMonV2 enumeration)
 * Upstream: 5.19/6.0, "perf/x86/amd/core: Detect PerfMonV2 support"
 *   (release not verified)
 * Fallback: the union as AMD's APM defines CPUID 0x80000022 EBX
 *   (include-compat/asm/perf_event.h).
 */
#include <linux/perf_event.h>
#include <asm/perf_event.h>

unsigned int kbp_probe(void)
{
	union cpuid_0x80000022_ebx ebx = { .full = 0 };

	return ebx.split.num_core_pmc;
}
