/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/fpu/xstate.h on hosts without it.
 *
 * Upstream: 4.2, "x86/fpu: Rename xsave.h to fpu/xstate.h" (the FPU
 *   rework).
 * Probe: none; __has_include_next().
 * Fallback: asm/xsave.h, its name before, and the XSAVE names of 4.2
 *   (XFEATURE_MASK_*, struct xregs_state) from asm/fpu/types.h, which has
 *   them for such a host (probe fpu_thread_xstate).
 * Lost: nothing.
 */
#ifndef KBP_ASM_FPU_XSTATE_H
#define KBP_ASM_FPU_XSTATE_H

#if __has_include_next(<asm/fpu/xstate.h>)
#include_next <asm/fpu/xstate.h>
#else
#include <asm/xsave.h>
#include <asm/fpu/types.h>
#endif

#endif /* KBP_ASM_FPU_XSTATE_H */
