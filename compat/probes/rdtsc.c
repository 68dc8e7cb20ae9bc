// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: rdtsc()
 * Upstream: 4.4, "x86/asm/tsc: Rename native_read_tsc() to rdtsc()"
 *   (release not verified here)
 * Fallback: the host's __native_read_tsc() (include-compat/asm/msr.h).
 */
#include <asm/msr.h>
#include <asm/tsc.h>	/* 7.x: rdtsc() moved here */

u64 kbp_probe(void)
{
	return rdtsc();
}
