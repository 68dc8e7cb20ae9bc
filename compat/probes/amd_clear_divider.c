// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: amd_clear_divider()
 * Upstream: 6.5 (5.10.190), "x86/CPU/AMD: Do not leak quotient data after a
 *   division by 0" (X86_BUG_DIV0, AMD Zen1).
 * Fallback: include-compat/asm/processor.h, the same dummy division, done
 *   on every CPU: the host does not know X86_BUG_DIV0.
 */
#include <linux/sched.h>	/* brings asm/processor.h with what it needs */

void kbp_probe(void)
{
	amd_clear_divider();
}
