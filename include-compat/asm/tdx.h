/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/tdx.h on hosts without it.
 *
 * Upstream: 5.19, "x86/tdx: Add __tdx_module_call() and __tdx_hypercall()"
 *   and "x86/tdx: Port I/O: add runtime hypercalls"; the synced
 *   asm/kvm_para.h includes it for tdx_kvm_hypercall(), which a TDX guest
 *   kernel uses instead of VMCALL.
 * Probe: none; __has_include_next().
 * Fallback: tdx_kvm_hypercall() as the upstream header has it without
 *   CONFIG_INTEL_TDX_GUEST: -ENODEV.  It is only called when
 *   X86_FEATURE_TDX_GUEST is set, a bit such a host never sets (it is
 *   mapped onto an unused bit by configure).
 * Lost: nothing; a host without asm/tdx.h cannot run as a TDX guest.
 */
#ifndef KBP_ASM_TDX_H
#define KBP_ASM_TDX_H

#if __has_include_next(<asm/tdx.h>)
#include_next <asm/tdx.h>
#else
#include <linux/errno.h>

#ifndef __ASSEMBLY__
static inline long tdx_kvm_hypercall(unsigned int nr, unsigned long p1,
				     unsigned long p2, unsigned long p3,
				     unsigned long p4)
{
	return -ENODEV;
}
#endif
#endif

#endif /* KBP_ASM_TDX_H */
