/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/fpu/xcr.h on hosts without it.
 *
 * Upstream: ~5.14, "x86/fpu: Move xgetbv()/xsetbv() into a separate
 *   header" (release not verified).
 * Probe: none; __has_include_next().
 * Fallback: where xgetbv() and xsetbv() lived before: asm/fpu/internal.h
 *   (4.2 to 5.13), asm/xcr.h before 4.2.
 * Lost: nothing.
 */
#ifndef KBP_ASM_FPU_XCR_H
#define KBP_ASM_FPU_XCR_H

#if __has_include_next(<asm/fpu/xcr.h>)
#include_next <asm/fpu/xcr.h>
#elif __has_include(<asm/xcr.h>)
#include <asm/xcr.h>
#else
#include <asm/fpu/internal.h>
#endif

#endif /* KBP_ASM_FPU_XCR_H */
