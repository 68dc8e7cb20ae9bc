/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/fred.h on hosts without FRED.
 *
 * Upstream: 6.9, "x86/fred: FRED entry/exit and dispatch code"; KVM/VMX
 *   hands external interrupts and NMIs to fred_entry_from_kvm() when the
 *   host runs with FRED.
 * Probe: none; __has_include_next().
 * Fallback: a host without asm/fred.h never enables FRED, and
 *   X86_FEATURE_FRED maps to a bit such a host never sets
 *   (asm/cpufeatures.h shim), so the calls are dead code: the stub only
 *   has to compile, and warns if it is ever reached.
 * Lost: nothing on such hosts.
 */
#ifndef KBP_ASM_FRED_H
#define KBP_ASM_FRED_H

#if __has_include_next(<asm/fred.h>)
#include_next <asm/fred.h>
#else
#include <linux/bug.h>
#if __has_include(<asm/trapnr.h>)
#include <asm/trapnr.h>
#else
#include <asm/traps.h>	/* X86_TRAP_* before 5.8 */
#endif

static inline void fred_entry_from_kvm(unsigned int type, unsigned int vector)
{
	WARN_ON_ONCE(1);
}
#endif

#endif /* KBP_ASM_FRED_H */
