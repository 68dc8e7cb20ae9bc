/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/cpuid/api.h on hosts without it.
 *
 * Upstream: ~6.16, "x86/cpuid: Move CPUID(0x2) types and CPUID leaf
 *   helpers into <asm/cpuid/>" (asm/cpuid.h became asm/cpuid/api.h).
 * Probe: none; __has_include_next().
 * Fallback: the host's asm/processor.h and asm/cpuid.h, and the one name
 *   KVM uses that was renamed with the move: for_each_possible_cpuid_base_hypervisor()
 *   (the host's for_each_possible_hypervisor_cpuid_base()).
 * Lost: nothing.
 */
#ifndef KBP_ASM_CPUID_API_H
#define KBP_ASM_CPUID_API_H

#if __has_include_next(<asm/cpuid/api.h>)
#include_next <asm/cpuid/api.h>
#else
#include <asm/cpuid/types.h>
#include <asm/processor.h>
#include <asm/cpuid.h>

#define for_each_possible_cpuid_base_hypervisor(function) \
	for_each_possible_hypervisor_cpuid_base(function)
#endif

#endif /* KBP_ASM_CPUID_API_H */
