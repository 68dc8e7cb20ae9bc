/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/emulate_prefix.h on hosts without it.
 *
 * Upstream: 5.5, "x86/asm: Allow to pass macros to __ASM_FORM()" / "x86:
 *   xen: kvm: Gather the definition of emulate prefixes" (the "ud2; kvm"
 *   forced-emulation prefix KVM recognizes moved here from KVM).
 * Probe: none; __has_include_next().
 * Fallback: the same two byte sequences (an instruction encoding, not a
 *   host interface).
 * Lost: nothing.
 */
#ifndef KBP_ASM_EMULATE_PREFIX_H
#define KBP_ASM_EMULATE_PREFIX_H

#if __has_include_next(<asm/emulate_prefix.h>)
#include_next <asm/emulate_prefix.h>
#else
#define __XEN_EMULATE_PREFIX  0x0f,0x0b,0x78,0x65,0x6e  /* ud2 ; .ascii "xen" */
#define __KVM_EMULATE_PREFIX  0x0f,0x0b,0x6b,0x76,0x6d	/* ud2 ; .ascii "kvm" */
#endif

#endif /* KBP_ASM_EMULATE_PREFIX_H */
