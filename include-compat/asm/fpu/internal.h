/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/fpu/internal.h on hosts without it.
 *
 * Upstream: 4.2, "x86/fpu: Rename fpu-internal.h to fpu/internal.h" (the
 *   FPU rework); 5.16 split it up again, and nothing the kit builds for
 *   such hosts includes it.
 * Probe: none; __has_include_next().
 * Fallback: asm/fpu-internal.h, its name before 4.2, where the host has
 *   it, after asm/i387.h (it uses user_has_fpu() and unlazy_fpu() from
 *   there without including it), and what 4.2's internal.h brought with
 *   it: xgetbv() and XCR_XFEATURE_ENABLED_MASK (asm/xcr.h), and the 4.2
 *   names of that FPU's shape (asm/fpu/types.h and asm/fpu/api.h, probe
 *   fpu_thread_xstate).
 * Lost: nothing.
 */
#ifndef KBP_ASM_FPU_INTERNAL_H
#define KBP_ASM_FPU_INTERNAL_H

#if __has_include_next(<asm/fpu/internal.h>)
#include_next <asm/fpu/internal.h>
#elif __has_include(<asm/fpu-internal.h>)
#include <asm/i387.h>
#include <asm/fpu-internal.h>
#include <asm/fpu/xcr.h>
#include <asm/fpu/types.h>
#include <asm/fpu/api.h>
#endif

#endif /* KBP_ASM_FPU_INTERNAL_H */
