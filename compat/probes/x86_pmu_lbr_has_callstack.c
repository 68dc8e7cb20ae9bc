// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct x86_pmu_lbr has has_callstack
 * Upstream: after 6.1 (in 6.12.117), struct x86_pmu_lbr gained has_callstack
 * Fallback: include-compat/asm/perf_event.h assumes call-stack support
 *   whenever there are LBRs.
 */
#include <linux/perf_event.h>	/* 4.18's and 5.10's asm/perf_event.h use bool, u64 and struct perf_event without it */
#include <asm/perf_event.h>

bool kbp_probe(struct x86_pmu_lbr *lbr)
{
	return lbr->has_callstack;
}
