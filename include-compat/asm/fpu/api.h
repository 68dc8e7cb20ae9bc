/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/fpu/api.h + get_xsave_addr() for modules.
 *
 * Upstream: ~6.10/6.11, exported again for KVM's SEV-ES VMSA setup (the YMM state of the guest's xsave area).
 * Probe: get_xsave_addr (exported).
 * Fallback: kbp_get_xsave_addr() in kvm.ko (compat/xsave.c): the same
 *   lookup computed from CPUID leaf 0xD, for the standard and the compacted
 *   format.  A NULL stub would silently hand SEV-ES guests zeroed YMM
 *   registers.
 * Lost: nothing.
 */
#ifndef KBP_ASM_FPU_API_H
#define KBP_ASM_FPU_API_H

#include_next <asm/fpu/api.h>

#ifndef KBP_HAVE_GET_XSAVE_ADDR
struct xregs_state;
void *kbp_get_xsave_addr(struct xregs_state *xsave, int xfeature_nr);
#define get_xsave_addr kbp_get_xsave_addr
#endif

#endif /* KBP_ASM_FPU_API_H */
