/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/spec-ctrl.h + the declaration of itlb_multihit_kvm_mitigation,
 * kbp_spec_ctrl_current() (patches/0017), and the one-argument
 * x86_spec_ctrl_set_guest()/x86_spec_ctrl_restore_host().
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
 *
 * 3. x86_spec_ctrl_set_guest() / x86_spec_ctrl_restore_host() with only
 *    the guest's VIRT_SPEC_CTRL.
 *    Upstream: ~6.0 (subjects and release not verified): SVM's vmenter.S
 *      loads the guest's MSR_IA32_SPEC_CTRL and puts the host's back
 *      (x86_spec_ctrl_current), and these helpers kept only the
 *      VIRT_SPEC_CTRL / LS_CFG handling of SSBD.
 *    Probe: x86_spec_ctrl_set_guest_virt.
 *    Fallback: the host's two-argument form, given the host's current
 *      SPEC_CTRL (kbp_spec_ctrl_current(), section 2) as the guest's: the
 *      host then finds nothing to change in MSR_IA32_SPEC_CTRL, which KVM's
 *      vmenter.S switches, and does the SSBD part as upstream.  The macros
 *      count their arguments: a KVM that still calls the two-argument form
 *      (5.10) reaches the host's functions unchanged.
 *    Lost: nothing.
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

#ifndef KBP_HAVE_X86_SPEC_CTRL_SET_GUEST_VIRT
/* (virt) -> the host's (current SPEC_CTRL, virt); (spec, virt) unchanged */
#define kbp_spec_ctrl_pick(_1, _2, name, ...)	name
#define kbp_spec_ctrl_set_guest_1(virt)					\
	x86_spec_ctrl_set_guest(kbp_spec_ctrl_current(), (virt))
#define kbp_spec_ctrl_set_guest_2(spec, virt)				\
	x86_spec_ctrl_set_guest((spec), (virt))
#define kbp_spec_ctrl_restore_host_1(virt)				\
	x86_spec_ctrl_restore_host(kbp_spec_ctrl_current(), (virt))
#define kbp_spec_ctrl_restore_host_2(spec, virt)			\
	x86_spec_ctrl_restore_host((spec), (virt))
#define x86_spec_ctrl_set_guest(...)					\
	kbp_spec_ctrl_pick(__VA_ARGS__, kbp_spec_ctrl_set_guest_2,	\
			   kbp_spec_ctrl_set_guest_1)(__VA_ARGS__)
#define x86_spec_ctrl_restore_host(...)					\
	kbp_spec_ctrl_pick(__VA_ARGS__, kbp_spec_ctrl_restore_host_2,	\
			   kbp_spec_ctrl_restore_host_1)(__VA_ARGS__)
#endif

#endif /* KBP_ASM_SPEC_CTRL_H */
