// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: cr4_read_shadow()
 * Upstream: 4.0, "x86: Store a per-cpu shadow copy of CR4" (Andy
 *   Lutomirski): CR4 is read from a per-CPU copy, not the register.
 * Fallback: include-compat/asm/tlbflush.h: the host's read_cr4().
 */
#include <asm/tlbflush.h>

unsigned long kbp_probe(void)
{
	return cr4_read_shadow();
}
