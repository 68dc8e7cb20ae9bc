/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/special_insns.h + rdpkru().
 *
 * Upstream: 5.2, "x86/pkeys: Provide *pkru() helpers" (the raw RDPKRU is
 *   rdpkru(); KVM reads the guest's PKRU after VM-exit only when the guest
 *   uses protection keys).
 * Probe: rdpkru.
 * Fallback: the host's __read_pkru(), the same instruction.
 * Lost: nothing.
 */
#ifndef KBP_ASM_SPECIAL_INSNS_H
#define KBP_ASM_SPECIAL_INSNS_H

#include_next <asm/special_insns.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_RDPKRU)
#define rdpkru() __read_pkru()
#endif

#endif /* KBP_ASM_SPECIAL_INSNS_H */
