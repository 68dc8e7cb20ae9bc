/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/insn-eval.h + insn_assign_reg(), and asm/insn.h before it.
 *
 * Upstream: after 6.1 (in 6.1.y and 6.12.y; release and subject not
 *   verified), insn_assign_reg() writes an operand of 1, 2, 4 or 8 bytes
 *   into a register as the CPU does (a 32-bit write zero-extends); KVM's
 *   emulator uses it for register operands.  5.10's asm/insn-eval.h uses
 *   struct insn and MAX_INSN_SIZE without including asm/insn.h, which the
 *   kit therefore includes first.
 * Probe: insn_assign_reg.
 * Fallback: upstream's inline.
 * Lost: nothing.
 */
#ifndef KBP_ASM_INSN_EVAL_H
#define KBP_ASM_INSN_EVAL_H

#include <asm/insn.h>
#if __has_include_next(<asm/insn-eval.h>)
#include_next <asm/insn-eval.h>
#endif

#ifndef KBP_HAVE_INSN_ASSIGN_REG
#include <linux/types.h>

static inline void insn_assign_reg(unsigned long *reg, u64 val, int bytes)
{
	switch (bytes) {
	case 1:
		*(u8 *)reg = (u8)val;
		break;
	case 2:
		*(u16 *)reg = (u16)val;
		break;
	case 4:
		/* A 32-bit write zero-extends into the upper 32 bits. */
		*reg = (u32)val;
		break;
	case 8:
		*reg = val;
		break;
	}
}
#endif

#endif /* KBP_ASM_INSN_EVAL_H */
