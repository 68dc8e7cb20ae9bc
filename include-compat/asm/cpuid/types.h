/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/cpuid/types.h on hosts without it.
 *
 * Upstream: ~6.16, "x86/cpuid: Move CPUID(0x2) types and CPUID leaf
 *   helpers into <asm/cpuid/>" (asm/cpuid.h split into asm/cpuid/api.h and
 *   asm/cpuid/types.h).
 * Probe: none; __has_include_next().
 * Fallback: the host's asm/processor.h, where struct cpuid_regs and enum
 *   cpuid_regs_idx were, and the CPUID_LEAF_* names KVM uses.
 * Lost: nothing.
 */
#ifndef KBP_ASM_CPUID_TYPES_H
#define KBP_ASM_CPUID_TYPES_H

#if __has_include_next(<asm/cpuid/types.h>)
#include_next <asm/cpuid/types.h>
#else
#include <asm/processor.h>
#endif

#endif /* KBP_ASM_CPUID_TYPES_H */
