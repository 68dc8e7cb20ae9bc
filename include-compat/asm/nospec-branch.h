/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/nospec-branch.h + UNTRAIN_RET_VM for KVM's SVM entry code.
 *
 * Upstream: after 6.1 (in 6.12.117), with the SRSO/IBPB-on-VM-exit
 *   mitigation work: svm/vmenter.S
 *   says UNTRAIN_RET_VM after VMRUN, which untrains return predictions and
 *   issues an IBPB when the host chose IBPB-on-VM-exit (SRSO).
 * Probe: none; 6.10+ defines UNTRAIN_RET_VM as a preprocessor macro.
 * Fallback: what the host's own KVM does after VMRUN: the host's
 *   UNTRAIN_RET, then an IBPB when X86_FEATURE_IBPB_ON_VMEXIT is set.  The
 *   host's mitigation choices (retbleed, SRSO) decide, as they do for its
 *   own KVM.
 * Lost: nothing.
 *
 * + switch_vcpu_ibpb, the static key that says whether KVM issues an IBPB
 *   when a CPU switches from one vCPU to another.
 * Upstream: ~6.15, "x86/bugs: Use a static branch to guard IBPB on vCPU
 *   switch" (not checked against kernel history): on when the host's
 *   Spectre v2 user mitigation uses IBPB.
 * Probe: switch_vcpu_ibpb.
 * Fallback: the conservative answer: a kit key that is always on
 *   (compat/ibpb.c), so KVM issues the barrier on every vCPU switch, as
 *   KVM 6.12 did unconditionally (the barrier is a no-op on a CPU without
 *   IBPB).
 * Lost: the barrier's cost is paid also when the host's mitigation would
 *   skip it (spectre_v2_user=off).
 *
 * + VERW as a preprocessor macro in assembly.
 * Upstream: ~6.17, "x86/bugs: Use VM_CLEAR_CPU_BUFFERS in VMX as well" and
 *   neighbours (not checked against kernel history): the memory-operand
 *   VERW became a macro that KVM's vmenter.S puts into its own ALTERNATIVE
 *   sequences (__CLEAR_CPU_BUFFERS is its string there; on older hosts that
 *   name is an assembler macro older KVM uses, see patches/0016).
 * Probe: none; the host's header is the answer: it defines VERW or not.
 * Fallback: the same definition, on the host's x86_verw_sel (exported on
 *   6.1 and 6.12).
 * Lost: nothing.
 *
 * + KBP_CLEAR_CPU_BUFFERS_IF feature: VERW when the feature is set, with the
 *   VERW outside the alternative (patches/0016).  KVM 7.x puts VERW, whose
 *   operand is RIP-relative, into the replacement of an ALTERNATIVE; hosts
 *   before 6.5 ("x86/alternative: Support relocations in alternatives")
 *   copy replacements without fixing such operands, and VERW would read
 *   its selector from a wrong address (objtool says "unsupported
 *   relocation in alternatives section").  The alternative here only
 *   removes a JMP around the VERW, the form 6.1's own CLEAR_CPU_BUFFERS
 *   uses, which every host patches correctly.
 */
#ifndef KBP_ASM_NOSPEC_BRANCH_H
#define KBP_ASM_NOSPEC_BRANCH_H

#include_next <asm/nospec-branch.h>

#if defined(__ASSEMBLY__) && !defined(VERW) && defined(CONFIG_X86_64)
#define VERW	verw x86_verw_sel(%rip)
#endif

#ifdef __ASSEMBLY__
.macro KBP_CLEAR_CPU_BUFFERS_IF feature
	ALTERNATIVE "jmp .Lkbp_skip_verw_\@", "", \feature
	VERW
.Lkbp_skip_verw_\@:
.endm
#endif

#if defined(__ASSEMBLY__) && !defined(UNTRAIN_RET_VM)
#define UNTRAIN_RET_VM \
	UNTRAIN_RET ; ALTERNATIVE "", "call entry_ibpb", X86_FEATURE_IBPB_ON_VMEXIT
#endif

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_SWITCH_VCPU_IBPB)
DECLARE_STATIC_KEY_TRUE(kbp_switch_vcpu_ibpb);
#define switch_vcpu_ibpb kbp_switch_vcpu_ibpb
#endif

#endif /* KBP_ASM_NOSPEC_BRANCH_H */
