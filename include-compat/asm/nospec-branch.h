/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/nospec-branch.h + what KVM's VM-entry/exit mitigations use from it,
 * on hosts that predate them.  One section per concern, each with its own
 * probe.  The Linux-defined feature bits that switch these mitigations on
 * (X86_FEATURE_CLEAR_CPU_BUF, _CLEAR_CPU_BUF_VM, _RSB_VMEXIT) read as
 * always set on a host that does not know them: the conservative answer,
 * decided by configure (lib/KvmBackport/CpuFeatures.pm) and shown in its
 * summary.
 *
 * Probes: clear_cpu_buf, rsb_vmexit, retpoline_call_asm, untrain_ret, entry_ibpb,
 *   x86_clear_cpu_buffers, mmio_stale_data_clear, ibpb_exit_to_user.
 */
#ifndef KBP_ASM_NOSPEC_BRANCH_H
#define KBP_ASM_NOSPEC_BRANCH_H

#include_next <asm/nospec-branch.h>

/*
 * KVM's vmenter.S finds UNWIND_HINT_SAVE/_RESTORE through this header
 * (5.10's brings linux/objtool.h); where the host has only their C forms,
 * include-compat/asm/unwind_hints.h adds the assembly ones.
 */
#ifndef KBP_HAVE_UNWIND_HINT_SAVE_ASM
#include <asm/unwind_hints.h>
#endif

/*
 * UNTRAIN_RET_VM for KVM's SVM entry code.
 *
 * Upstream: after 6.1 (in 6.12.117), with the SRSO/IBPB-on-VM-exit
 *   mitigation work: svm/vmenter.S says UNTRAIN_RET_VM after VMRUN, which
 *   untrains return predictions and issues an IBPB when the host chose
 *   IBPB-on-VM-exit (SRSO).
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
 *   name is an assembler macro older KVM uses, see patches/0029).
 * Probe: none; the host's header is the answer: it defines VERW or not.
 * Fallback: the same definition, on the host's x86_verw_sel (exported on
 *   6.1 and 6.12).
 * Lost: nothing.
 *
 * + KBP_CLEAR_CPU_BUFFERS_IF feature: VERW when the feature is set, with the
 *   VERW outside the alternative (patches/0029).  KVM 7.x puts VERW, whose
 *   operand is RIP-relative, into the replacement of an ALTERNATIVE; hosts
 *   before 6.5 ("x86/alternative: Support relocations in alternatives")
 *   copy replacements without fixing such operands, and VERW would read
 *   its selector from a wrong address (objtool says "unsupported
 *   relocation in alternatives section").  The alternative here only
 *   removes a JMP around the VERW, the form 6.1's own CLEAR_CPU_BUFFERS
 *   uses, which every host patches correctly.
 */
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

/*
 * __CLEAR_CPU_BUFFERS: VERW right before VM-entry.
 *
 * Upstream: 6.9 (5.10.y), "x86/bugs: Add asm helpers for executing VERW"
 *   (MDS, TAA, MMIO stale data and RFDS buffers are cleared in the entry
 *   code, under X86_FEATURE_CLEAR_CPU_BUF, through the host's x86_verw_sel).
 * Probe: clear_cpu_buf.
 * Fallback: the same VERW through a selector of the kit's (kbp_verw_sel in
 *   kvm.ko, compat/nospec.c: __KERNEL_DS, as the host's own
 *   mds_clear_cpu_buffers() uses).  A host before these helpers cleared the
 *   buffers before VM-entry from C when mds_user_clear was on; the kit
 *   clears them always (the feature bit reads as set), whether or not the
 *   CPU is affected.
 * Lost: a VERW per VM-entry on CPUs that do not need it.
 */
#if defined(__ASSEMBLY__) && !defined(KBP_HAVE_CLEAR_CPU_BUF)
.macro __CLEAR_CPU_BUFFERS feature
	ALTERNATIVE "jmp .Lskip_verw_\@", "", \feature
	verw kbp_verw_sel(%rip)
.Lskip_verw_\@:
.endm
#endif

/*
 * FILL_RETURN_BUFFER with a second feature (the one-entry stuffing).
 *
 * Upstream: 5.19/6.0 (5.10.y), "x86/speculation: Add RSB VM Exit
 *   protections": after VM-exit the RSB is filled under
 *   X86_FEATURE_RSB_VMEXIT, or gets one entry under _RSB_VMEXIT_LITE
 *   (eIBRS CPUs with PBRSB).
 * Probe: rsb_vmexit.
 * Fallback: the host's full fill under the first feature; the second is
 *   accepted and ignored.  X86_FEATURE_RSB_VMEXIT reads as always set on
 *   such a host: the RSB is filled after every VM-exit, which covers both
 *   (the host's own KVM filled it only with retpolines).
 * Lost: 32 calls per VM-exit on CPUs that do not need them.
 */
#if defined(__ASSEMBLY__) && !defined(KBP_HAVE_RSB_VMEXIT)
.purgem FILL_RETURN_BUFFER
.macro FILL_RETURN_BUFFER reg:req nr:req ftr:req ftr2
	ANNOTATE_NOSPEC_ALTERNATIVE
	ALTERNATIVE "jmp .Lskip_rsb_\@",				\
		__stringify(__FILL_RETURN_BUFFER(\reg,\nr,%_ASM_SP)),	\
		\ftr
.Lskip_rsb_\@:
.endm
#endif

/*
 * CALL_NOSPEC with a register name.
 *
 * Upstream: ~5.11 (5.10.y by backport), "x86/retpoline: Simplify
 *   retpolines": CALL_NOSPEC takes a register name (KVM's vmenter.S: "CALL_NOSPEC _ASM_ARG1", which is
 *   "rdi"); before, a register operand ("%rdi").
 * Probe: retpoline_call_asm (the host has the older retpoline macros).
 * Fallback: the host's macro body, with the '%' added: the same
 *   alternatives (plain call, retpoline, lfence + call) on the same
 *   feature bits.
 * Lost: nothing.
 */
#if defined(__ASSEMBLY__) && defined(KBP_HAVE_RETPOLINE_CALL_ASM)
.purgem CALL_NOSPEC
.macro CALL_NOSPEC reg:req
#ifdef CONFIG_RETPOLINE
	ANNOTATE_NOSPEC_ALTERNATIVE
	ALTERNATIVE_2 __stringify(ANNOTATE_RETPOLINE_SAFE; call *%\reg),	\
		__stringify(RETPOLINE_CALL %\reg), X86_FEATURE_RETPOLINE,	\
		__stringify(lfence; ANNOTATE_RETPOLINE_SAFE; call *%\reg),	\
		X86_FEATURE_RETPOLINE_AMD
#else
	call	*%\reg
#endif
.endm
#endif

/*
 * UNTRAIN_RET.
 *
 * Upstream: 5.19 (5.10.y), retbleed: return predictions are untrained on
 *   kernel entry and after VM-exit (entry_untrain_ret, entry_ibpb).
 * Probe: untrain_ret.
 * Fallback: nothing.  The untraining thunk must be the host's (it is
 *   placed against the host's return thunk), and a host that does not know
 *   retbleed untrains nowhere else either.
 * Lost: retbleed protection after VM-exit, which the host kernel does not
 *   have anywhere; nothing a module can give.
 */
#if defined(__ASSEMBLY__) && !defined(KBP_HAVE_UNTRAIN_RET)
.macro UNTRAIN_RET
.endm
#endif

/*
 * entry_ibpb.
 *
 * Upstream: 5.19 (5.10.y), an IBPB callable from entry code; KVM/SVM calls
 *   it after VM-exit under X86_FEATURE_IBPB_ON_VMEXIT (SRSO).
 * Probe: entry_ibpb (exported).
 * Fallback: kbp_entry_ibpb in kvm.ko (compat/nospec.c), the same MSR write
 *   with the same clobbers (AX, CX, DX).  It is only called where the host
 *   set X86_FEATURE_IBPB_ON_VMEXIT, which such a host does not know.
 * Lost: nothing.
 */
#ifndef KBP_HAVE_ENTRY_IBPB
#ifdef __ASSEMBLY__
/* the name also appears inside ALTERNATIVE's quoted replacement */
.set entry_ibpb, kbp_entry_ibpb
#else
#define entry_ibpb kbp_entry_ibpb
extern void kbp_entry_ibpb(void);
#endif
#endif

#ifndef __ASSEMBLY__
/*
 * x86_clear_cpu_buffers().
 *
 * Upstream: 6.16 (5.10.y), "x86/bugs: Rename mds_clear_cpu_buffers() to
 *   x86_clear_cpu_buffers()".
 * Probe: x86_clear_cpu_buffers.
 * Fallback: the host's mds_clear_cpu_buffers(), the same VERW.
 * Lost: nothing.
 */
#ifndef KBP_HAVE_X86_CLEAR_CPU_BUFFERS
#define x86_clear_cpu_buffers mds_clear_cpu_buffers
#endif

/*
 * mmio_stale_data_clear.
 *
 * Upstream: 5.19 (5.10.y), Processor MMIO Stale Data: VERW before VM-entry
 *   for guests with assigned devices, on CPUs affected only by it.
 * Probe: mmio_stale_data_clear (exported).
 * Fallback: a static key of the kit's, off (compat/nospec.c): on such a
 *   host X86_FEATURE_CLEAR_CPU_BUF reads as set, so VERW already runs
 *   before every VM-entry.
 * Lost: nothing.
 */
#ifndef KBP_HAVE_MMIO_STALE_DATA_CLEAR
DECLARE_STATIC_KEY_FALSE(kbp_mmio_stale_data_clear);
#define mmio_stale_data_clear kbp_mmio_stale_data_clear
#endif

/*
 * x86_ibpb_exit_to_user.
 *
 * Upstream: 6.17 (5.10.y), "x86/vmscape: Add conditional IBPB mitigation":
 *   KVM sets this per-CPU flag after running a guest (under
 *   X86_FEATURE_IBPB_EXIT_TO_USER), the host's exit to userspace issues an
 *   IBPB when it is set.
 * Probe: ibpb_exit_to_user (exported).
 * Fallback: a per-CPU flag of the kit's (compat/nospec.c), never set:
 *   X86_FEATURE_IBPB_EXIT_TO_USER is a feature bit such a host never sets.
 * Lost: the VMSCAPE mitigation (the VMM's own indirect branches are not
 *   protected from guest-trained predictions): it lives in the host's
 *   return-to-userspace path; configure's summary lists it.
 */
#ifndef KBP_HAVE_IBPB_EXIT_TO_USER
/* declared in include-compat/linux/kvm_host.h */
#define x86_ibpb_exit_to_user kbp_ibpb_exit_to_user
#endif
#endif /* !__ASSEMBLY__ */

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_SWITCH_VCPU_IBPB)
DECLARE_STATIC_KEY_TRUE(kbp_switch_vcpu_ibpb);
#define switch_vcpu_ibpb kbp_switch_vcpu_ibpb
#endif

#endif /* KBP_ASM_NOSPEC_BRANCH_H */
