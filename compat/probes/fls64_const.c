// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: fls64() of a constant is a constant
 * Upstream: 6.9, "x86/asm/bitops: Use __builtin_clz{l|ll} to evaluate
 *   constant expressions" (Vincent Mailhol): KVM 7.x checks a mask width
 *   with BUILD_BUG_ON(... fls64(MASK)).
 * Fallback: include-compat/asm/bitops.h folds constants itself.
 */
#include <linux/bitops.h>
#include <linux/build_bug.h>

void kbp_probe(void)
{
	BUILD_BUG_ON(fls64(0x10ULL) != 5);
}
