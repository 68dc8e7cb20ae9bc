// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: union cpuid10_edx with reserved1, anythread_deprecated, reserved2
 * Upstream: 5.9, "perf/x86/intel: Fix the design flaw of AnyThread".
 * Fallback: include-compat/asm/perf_event.h sets the same bits of the
 *   older union's one reserved field.
 */
#include <linux/perf_event.h>	/* what 5.10's asm/perf_event.h needs first */
#include <asm/perf_event.h>

unsigned int kbp_probe(union cpuid10_edx *edx)
{
	edx->split.anythread_deprecated = 1;
	edx->split.reserved1 = 0;
	edx->split.reserved2 = 0;
	return edx->full;
}
