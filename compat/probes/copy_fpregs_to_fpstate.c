// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct fpu with the register image in .state, exported
 *   copy_fpregs_to_fpstate(struct fpu *), and the inline restore helpers
 *   of asm/fpu/internal.h (the FPU interface KVM used before 5.16)
 * Upstream: 4.2 (x86/fpu rework) to 5.13; 5.14 renamed the helpers
 *   ("x86/fpu: Rename copy_fpregs_to_fpstate() to save_fpregs_to_fpstate()"),
 *   5.16 replaced .state by a struct fpstate pointer.
 * Exports: copy_fpregs_to_fpstate fpstate_init fpregs_mark_activate fpu_kernel_xstate_size
 * Fallback: none; compat/fpu_guest.c needs this or the 5.16 guest FPU API
 *   (probe fpu_guest_fpstate).
 */
#include <linux/types.h>
#include <asm/fpu/internal.h>

void kbp_probe(struct fpu *fpu)
{
	copy_fpregs_to_fpstate(fpu);
	__copy_kernel_to_fpregs(&fpu->state, -1);
	copy_kernel_to_fpregs(&fpu->state);
	fpstate_init(&fpu->state);
	fpregs_mark_activate();
}
