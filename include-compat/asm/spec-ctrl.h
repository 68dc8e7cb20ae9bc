/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/spec-ctrl.h + what newer KVM takes from it.  One section per
 * concern.
 *
 * 1. The declaration of itlb_multihit_kvm_mitigation.
 *    Upstream: after 6.1 (by 6.12), the declaration moved to
 *      asm/spec-ctrl.h; before, KVM's mmu.c declared it itself.  The host's
 *      bugs.c has exported the variable since 5.4.
 *    Probe: none; repeating an extern declaration is valid C.
 *    Fallback: the declaration.
 *    Lost: nothing.
 *
 * 2. x86_spec_ctrl_set_guest() / x86_spec_ctrl_restore_host() with only
 *    the guest's VIRT_SPEC_CTRL.
 *    Upstream: ~6.0 (subjects and release not verified): SVM's vmenter.S
 *      loads the guest's MSR_IA32_SPEC_CTRL and puts the host's back
 *      (x86_spec_ctrl_current), and these helpers kept only the
 *      VIRT_SPEC_CTRL / LS_CFG handling of SSBD.
 *    Probe: x86_spec_ctrl_set_guest_virt.
 *    Fallback: the host's two-argument form, given the host's current
 *      SPEC_CTRL (spec_ctrl_current()) as the guest's: the host then finds
 *      nothing to change in MSR_IA32_SPEC_CTRL, which KVM's vmenter.S
 *      switches, and does the SSBD part as upstream.
 *    Lost: nothing.
 */
#ifndef KBP_ASM_SPEC_CTRL_H
#define KBP_ASM_SPEC_CTRL_H

#include_next <asm/spec-ctrl.h>

extern bool itlb_multihit_kvm_mitigation;

#ifndef KBP_HAVE_X86_SPEC_CTRL_SET_GUEST_VIRT
#define x86_spec_ctrl_set_guest(virt)					\
	x86_spec_ctrl_set_guest(spec_ctrl_current(), (virt))
#define x86_spec_ctrl_restore_host(virt)				\
	x86_spec_ctrl_restore_host(spec_ctrl_current(), (virt))
#endif

#endif /* KBP_ASM_SPEC_CTRL_H */
