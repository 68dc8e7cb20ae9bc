/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/cpu.h + handle_guest_split_lock().
 *
 * Upstream: 5.9, "x86/split_lock: Provide handle_guest_split_lock()": KVM
 *   hands a guest's split-lock #AC to the host's split lock policy (warn,
 *   or SIGBUS to the VMM).
 * Probe: handle_guest_split_lock (exported).
 * Fallback: "not handled" (KVM then reports the #AC to userspace).  Not
 *   reached: a host without it does not know X86_FEATURE_SPLIT_LOCK_DETECT,
 *   which reads as absent, so KVM reflects every #AC into the guest, as
 *   before split lock detection.
 * Lost: nothing the host has.
 *
 * + x86_family(), x86_model(), x86_stepping() (below).
 */
#ifndef KBP_ASM_CPU_H
#define KBP_ASM_CPU_H

#include_next <asm/cpu.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_HANDLE_GUEST_SPLIT_LOCK)
static inline bool handle_guest_split_lock(unsigned long ip)
{
	return false;
}
#endif

/*
 * x86_family(), x86_model(), x86_stepping() of a CPUID signature.
 *
 * Upstream: before 4.18 (arch/x86/lib/cpu.c; not checked against kernel
 *   history): KVM reads the guest's family, model and stepping from its
 *   CPUID.1 EAX with them.
 * Probe: x86_family (exported).
 * Fallback: the same arithmetic, inline (kbp_ names, so that no host
 *   declaration of the same names can clash).
 * Lost: nothing.
 */
#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_X86_FAMILY)
static inline unsigned int kbp_x86_family(unsigned int sig)
{
	unsigned int x86 = (sig >> 8) & 0xf;

	if (x86 == 0xf)
		x86 += (sig >> 20) & 0xff;
	return x86;
}

static inline unsigned int kbp_x86_model(unsigned int sig)
{
	unsigned int model = (sig >> 4) & 0xf;

	if (kbp_x86_family(sig) >= 0x6)
		model += ((sig >> 16) & 0xf) << 4;
	return model;
}

#define x86_family(sig)		kbp_x86_family(sig)
#define x86_model(sig)		kbp_x86_model(sig)
#define x86_stepping(sig)	((sig) & 0xf)
#endif

#endif /* KBP_ASM_CPU_H */
