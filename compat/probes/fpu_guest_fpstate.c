// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the guest FPU API on struct fpstate: struct fpu_guest,
 *   fpu_alloc_guest_fpstate(), fpu_swap_kvm_fpstate(),
 *   fpu_copy_guest_fpstate_to_uabi() / fpu_copy_uabi_to_guest_fpstate()
 * Upstream: 5.16, "x86/fpu: Provide infrastructure for KVM FPU cleanup"
 *   and "x86/kvm: Convert FPU handling to a single swap buffer" (the
 *   task's FPU state became a pointer to a struct fpstate that KVM swaps
 *   with the guest's); 5.17 added XFD and the uabi copy helpers in this
 *   form (KVM AMX support).
 * Exports: fpu_alloc_guest_fpstate fpu_free_guest_fpstate fpu_swap_kvm_fpstate fpu_copy_guest_fpstate_to_uabi fpu_copy_uabi_to_guest_fpstate fpu_enable_guest_xfd_features
 * Feature: AMX (dynamic XSAVE features) for guests
 * Fallback: compat/fpu_guest.c over the host's struct fpu save and restore
 *   helpers (probe copy_fpregs_to_fpstate), as the host's own KVM switched
 *   the FPU (include-compat/asm/fpu/types.h, asm/fpu/api.h).
 */
#include <linux/types.h>
#include <asm/page.h>	/* 4.18's asm/fpu/types.h uses PAGE_SIZE without it */
#include <asm/fpu/api.h>
#include <asm/fpu/types.h>

bool kbp_probe(struct fpu_guest *gfpu, void *buf)
{
	if (!fpu_alloc_guest_fpstate(gfpu))
		return false;
	fpu_swap_kvm_fpstate(gfpu, true);
	fpu_copy_guest_fpstate_to_uabi(gfpu, buf, 4096, 3, 0);
	fpu_free_guest_fpstate(gfpu);
	return gfpu->fpstate->regs.xsave.header.xfeatures != 0;
}
