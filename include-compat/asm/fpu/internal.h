/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/fpu/internal.h on hosts without it.
 *
 * Upstream: 4.2, "x86/fpu: Rename fpu-internal.h to fpu/internal.h" (the
 *   FPU rework); 5.16 split it up again, and nothing the kit builds for
 *   such hosts includes it.
 * Probe: none; __has_include_next().
 * Fallback: asm/fpu-internal.h, its name before 4.2, where the host has
 *   it.  Only the header: the pre-4.2 FPU (struct fpu over union
 *   thread_xstate) is another shape, for compat/fpu_guest.c.
 * Lost: nothing.
 */
#ifndef KBP_ASM_FPU_INTERNAL_H
#define KBP_ASM_FPU_INTERNAL_H

#if __has_include_next(<asm/fpu/internal.h>)
#include_next <asm/fpu/internal.h>
#elif __has_include(<asm/fpu-internal.h>)
#include <asm/fpu-internal.h>
#endif

#endif /* KBP_ASM_FPU_INTERNAL_H */
