/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/text-patching.h + __emulate_cc().
 *
 * Upstream: ~6.19, "x86/kvm/emulate: Implement test_cc() in C" (not
 *   checked against kernel history): the condition-code test of the int3
 *   emulation (int3_emulate_jcc()) became __emulate_cc(), and KVM's
 *   emulator uses it for Jcc, SETcc and CMOVcc.
 * Probe: emulate_cc.
 * Fallback: the upstream function: plain C over EFLAGS, no host state.
 * Lost: nothing.
 */
#ifndef KBP_ASM_TEXT_PATCHING_H
#define KBP_ASM_TEXT_PATCHING_H

#if __has_include_next(<asm/text-patching.h>)
#include_next <asm/text-patching.h>
#endif

#ifndef KBP_HAVE_EMULATE_CC
static __always_inline bool __emulate_cc(unsigned long flags, u8 cc)
{
	static const unsigned long cc_mask[6] = {
		[0] = X86_EFLAGS_OF,
		[1] = X86_EFLAGS_CF,
		[2] = X86_EFLAGS_ZF,
		[3] = X86_EFLAGS_CF | X86_EFLAGS_ZF,
		[4] = X86_EFLAGS_SF,
		[5] = X86_EFLAGS_PF,
	};
	bool invert = cc & 1;
	bool match;

	if (cc < 0xc) {
		match = flags & cc_mask[cc >> 1];
	} else {
		match = ((flags & X86_EFLAGS_SF) >> X86_EFLAGS_SF_BIT) ^
			((flags & X86_EFLAGS_OF) >> X86_EFLAGS_OF_BIT);
		if (cc >= 0xe)
			match = match || (flags & X86_EFLAGS_ZF);
	}

	return (match && !invert) || (!match && invert);
}
#endif

#endif /* KBP_ASM_TEXT_PATCHING_H */
