// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: handle_guest_split_lock() exported
 * Upstream: 5.9, "x86/split_lock: Provide handle_guest_split_lock()" (KVM
 *   hands a guest's split-lock #AC to the host's policy).
 * Exports: handle_guest_split_lock
 * Fallback: include-compat/asm/cpu.h: "not handled"; unreachable, because
 *   such a host does not know X86_FEATURE_SPLIT_LOCK_DETECT (it reads as
 *   absent), so KVM reflects every #AC to the guest.
 */
#include <asm/cpu.h>

bool kbp_probe(unsigned long ip)
{
	return handle_guest_split_lock(ip);
}
