/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/spec-ctrl.h + the declaration of itlb_multihit_kvm_mitigation, and
 * kbp_spec_ctrl_current() (patches/0017).
 *
 * 1. itlb_multihit_kvm_mitigation.
 *    Upstream: after 6.1 (by 6.12), the declaration moved to
 *      asm/spec-ctrl.h; before, KVM's mmu.c declared it itself.  The host's
 *      bugs.c has exported the variable since 5.4.
 *    Probe: none; repeating an extern declaration is valid C.
 *    Fallback: the declaration.
 *    Lost: nothing.
 *
 * 2. The host's SPEC_CTRL value for the current task, which KVM restores
 *    right after VM-exit.
 *    Upstream: 5.19 (5.10.y), "x86/speculation: Add per-CPU
 *      x86_spec_ctrl_current" with "KVM: VMX: Fix IBRS handling after
 *      vmexit".
 *    Probe: x86_spec_ctrl_current.
 *    Fallback: the value the host's x86_virt_spec_ctrl() restores after a
 *      guest ran: x86_spec_ctrl_base, plus SSBD when the task asked for it
 *      and SPEC_CTRL carries SSBD, plus STIBP when the task is marked for
 *      it and the CPU has STIBP (the host's switch_to_cond_stibp key,
 *      which decides that bit on the host, is not exported: setting it is
 *      the conservative side).  The host writes its exact value again at
 *      the next context switch.
 *    Lost: nothing measurable.
 */
#ifndef KBP_ASM_SPEC_CTRL_H
#define KBP_ASM_SPEC_CTRL_H

#include_next <asm/spec-ctrl.h>

extern bool itlb_multihit_kvm_mitigation;

#ifdef KBP_HAVE_X86_SPEC_CTRL_CURRENT
#define kbp_spec_ctrl_current()	this_cpu_read(x86_spec_ctrl_current)
#else
#include <linux/thread_info.h>
#include <asm/cpufeature.h>
#include <asm/nospec-branch.h>

static __always_inline u64 kbp_spec_ctrl_current(void)
{
	unsigned long tif = READ_ONCE(current_thread_info()->flags);
	u64 hostval = x86_spec_ctrl_base;

	if (static_cpu_has(X86_FEATURE_SPEC_CTRL_SSBD) ||
	    static_cpu_has(X86_FEATURE_AMD_SSBD))
		hostval |= ssbd_tif_to_spec_ctrl(tif);
	if (static_cpu_has(X86_FEATURE_STIBP))
		hostval |= stibp_tif_to_spec_ctrl(tif);
	return hostval;
}
#endif

#endif /* KBP_ASM_SPEC_CTRL_H */
