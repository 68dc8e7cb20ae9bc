// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __emulate_cc(flags, cc) in <asm/text-patching.h>
 * Upstream: ~6.19, "x86/kvm/emulate: Implement test_cc() in C" (Peter
 *   Zijlstra, not checked against kernel history): KVM's emulator
 *   evaluates condition codes with the int3 emulation helper instead of
 *   its own asm table.
 * Fallback: include-compat/asm/text-patching.h: the same few lines.
 */
#include <linux/types.h>
#include <linux/cache.h>	/* __ro_after_init: 7.x text-patching.h needs it first */
#include <linux/bug.h>	/* 5.10's text-patching.h uses BUG_ON() without it */
#include <asm/text-patching.h>

bool kbp_probe(unsigned long flags)
{
	return __emulate_cc(flags, 4);
}
