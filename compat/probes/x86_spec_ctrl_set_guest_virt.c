// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: x86_spec_ctrl_set_guest(guest_virt_spec_ctrl) and
 *   x86_spec_ctrl_restore_host(guest_virt_spec_ctrl), one argument
 * Upstream: ~6.0, "KVM: SVM: move guest vmsave/vmload back to assembly" /
 *   "x86/speculation: ..." series moved the guest's MSR_IA32_SPEC_CTRL into
 *   SVM's vmenter.S; the helpers kept only VIRT_SPEC_CTRL (subjects and
 *   release not verified).
 * Fallback: the host's two-argument form, with the host's own current
 *   SPEC_CTRL as the guest's, so that it leaves MSR_IA32_SPEC_CTRL to
 *   KVM's vmenter.S (include-compat/asm/spec-ctrl.h).
 */
#include <asm/spec-ctrl.h>

void kbp_probe(u64 v)
{
	x86_spec_ctrl_set_guest(v);
	x86_spec_ctrl_restore_host(v);
}
