// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: u64 rdpmc(int counter)
 * Upstream: ~6.16, "x86/msr: Convert rdpmcq() into a function" and
 *   "x86/msr: Rename 'rdpmcl()' to 'rdpmc()'" (Ingo Molnar / Xin Li):
 *   before, rdpmc(counter, low, high) was a macro and rdpmcl(counter, val)
 *   read the whole value.
 * Fallback: include-compat/asm/msr.h: rdpmc(counter) over the host's
 *   rdpmcl().
 */
#include <asm/msr.h>

u64 kbp_probe(int counter)
{
	return rdpmc(counter);
}
