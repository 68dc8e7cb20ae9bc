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

#endif /* KBP_ASM_CPU_H */
