/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/mem_encrypt.h with the host's sev_enabled under another name.
 *
 * Upstream: 5.11, "x86/sev-es: Rename sev_enabled ..." / the SEV guest
 *   code stopped declaring a global sev_enabled here (release and subject
 *   not verified); KVM's svm/sev.c has its own static sev_enabled (the
 *   "sev" module parameter) since.
 * Probe: none; renaming a name the host does not declare is harmless.
 * Fallback: the host's declaration is read as kbp_host_sev_enabled (no
 *   header after it names the variable), so KVM's static variable is the
 *   only sev_enabled in its files.
 * Lost: nothing.
 */
#ifndef KBP_ASM_MEM_ENCRYPT_H
#define KBP_ASM_MEM_ENCRYPT_H

#define sev_enabled kbp_host_sev_enabled
#if __has_include_next(<asm/mem_encrypt.h>)
#include_next <asm/mem_encrypt.h>
#endif
#undef sev_enabled

#endif /* KBP_ASM_MEM_ENCRYPT_H */
