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
 *
 * + __read_cr3().
 * Upstream: 4.13, "x86/mm: Rename read_cr3() to __read_cr3()" (Andy
 *   Lutomirski).
 * Probe: read_cr3_raw.
 * Fallback: the host's read_cr3(), the same read under its old name.
 * Lost: nothing.
 */
#ifndef KBP_ASM_SPECIAL_INSNS_H
#define KBP_ASM_SPECIAL_INSNS_H

#include_next <asm/special_insns.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_RDPKRU)
#define rdpkru() __read_pkru()
#endif

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_READ_CR3_RAW)
#define __read_cr3() read_cr3()
#endif

#endif /* KBP_ASM_SPECIAL_INSNS_H */
