// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the FPU before the 4.2 rework: struct fpu { union thread_xstate
 *   *state; } (the register image behind a pointer), fpu_save_init() and
 *   fpu_restore_checking() of asm/fpu-internal.h, exported fpu_finit() and
 *   xstate_size
 * Upstream: 4.2, "x86/fpu: Rename fpu-internal.h to fpu/internal.h" and the
 *   rest of Ingo Molnar's FPU rework: the image became union fpregs_state
 *   embedded in struct fpu (struct fxregs_state, struct xregs_state,
 *   XFEATURE_MASK_*), saved with copy_fpregs_to_fpstate().
 * Removed: 4.2, the same FPU rework (the image embedded in struct fpu).
 * Exports: fpu_finit xstate_size
 * Fallback: none; this is the third shape the kit's FPU shims cover
 *   (include-compat/asm/fpu/types.h, asm/fpu/api.h, compat/fpu_xstate.c).
 */
#include <linux/sched.h>
#include <asm/i387.h>
#include <asm/fpu-internal.h>

int kbp_probe(struct fpu *fpu, union thread_xstate *image)
{
	fpu->state = image;
	fpu_finit(fpu);
	fpu_save_init(fpu);
	return fpu_restore_checking(fpu) + xstate_size;
}
