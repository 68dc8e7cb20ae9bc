/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/cpuid.h on hosts without it.
 *
 * Upstream: ~5.17/6.x, the CPUID helpers moved out of asm/processor.h
 *   into asm/cpuid.h, and cpuid_function_is_indexed() moved there from
 *   KVM (release not verified).
 * Probe: none; __has_include_next().
 * Macros: configure adds the macros the source defines in this header and
 *   the host never mentions (for_each_possible_hypervisor_cpuid_base()).
 * Fallback: asm/processor.h, which has cpuid(), cpuid_count() and the
 *   rest on such hosts, and cpuid_function_is_indexed() as the synced KVM
 *   version knows the leaves (those whose output depends on ECX).
 * Lost: nothing.
 */
#ifndef KBP_ASM_CPUID_H
#define KBP_ASM_CPUID_H

#if __has_include_next(<asm/cpuid.h>)
#include_next <asm/cpuid.h>
#else
#include <linux/types.h>
#include <asm/processor.h>

static __always_inline bool cpuid_function_is_indexed(u32 function)
{
	switch (function) {
	case 4:
	case 7:
	case 0xb:
	case 0xd:
	case 0xf:
	case 0x10:
	case 0x12:
	case 0x14:
	case 0x17:
	case 0x18:
	case 0x1d:
	case 0x1e:
	case 0x1f:
	case 0x24:
	case 0x8000001d:
		return true;
	}

	return false;
}
#endif

#endif /* KBP_ASM_CPUID_H */
