/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/bitops.h + fls64() that folds constants.
 *
 * Upstream: 6.9, "x86/asm/bitops: Use __builtin_clz{l|ll} to evaluate
 *   constant expressions": before, x86's fls64() was BSR in inline
 *   assembly, which the compiler cannot evaluate, so a BUILD_BUG_ON() on
 *   fls64(CONSTANT) (KVM/SVM's AVIC backing-page mask check) fails to build.
 * Probe: fls64_const.
 * Fallback: a constant argument is folded with __builtin_clzll(), as the
 *   newer fls64() does; anything else goes to the host's fls64().
 * Lost: nothing.
 */
#ifndef KBP_ASM_BITOPS_H
#define KBP_ASM_BITOPS_H

#include_next <asm/bitops.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_FLS64_CONST) && defined(CONFIG_X86_64)
#define fls64(x)							\
	(__builtin_constant_p(x) ?					\
	 ((x) ? 64 - __builtin_clzll(x) : 0) : fls64(x))
#endif

#endif /* KBP_ASM_BITOPS_H */
