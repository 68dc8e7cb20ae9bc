// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: insn_assign_reg()
 * Upstream: after 6.1 (taken into 6.1.y and 6.12.y with an emulator fix;
 *   release and subject not verified)
 * Fallback: upstream's inline (include-compat/asm/insn-eval.h).
 */
#include <asm/insn.h>
#include <asm/insn-eval.h>

void kbp_probe(unsigned long *reg)
{
	insn_assign_reg(reg, 1, 4);
}
