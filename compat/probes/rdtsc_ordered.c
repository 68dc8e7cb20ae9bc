// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: rdtsc_ordered()
 * Upstream: 4.4, "x86/asm/tsc: Add rdtsc_ordered() and use it in trivial
 *   call sites" (release not verified here)
 * Fallback: the host's rdtsc_barrier() then __native_read_tsc()
 *   (include-compat/asm/msr.h).
 */
#include <asm/msr.h>
#include <asm/tsc.h>	/* 7.x: rdtsc_ordered() moved here */

u64 kbp_probe(void)
{
	return rdtsc_ordered();
}
