/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mem_encrypt.h on hosts without it.
 *
 * Upstream: 4.14, "x86/mm: Add Secure Memory Encryption (SME) support" and
 *   the series around it (sme_me_mask, __sme_set(), __sme_clr(),
 *   __sme_pa()); 4.16, "x86/mm: Add Secure Encrypted Virtualization (SEV)
 *   support" (sev_active()).
 * Probe: none; __has_include_next().
 * Fallback: what upstream's headers give a kernel without
 *   CONFIG_AMD_MEM_ENCRYPT, the names KVM uses: an encryption mask of 0,
 *   the mask helpers as the identity, sev_active() false.  A host without
 *   the header has no memory encryption to report.
 * Lost: nothing such a host has: SME and SEV on the host (KVM's SEV for
 *   guests is configure's, off without the PSP).
 */
#ifndef KBP_LINUX_MEM_ENCRYPT_H
#define KBP_LINUX_MEM_ENCRYPT_H

#if __has_include_next(<linux/mem_encrypt.h>)
#include_next <linux/mem_encrypt.h>
#else
#include <linux/types.h>
#include <asm/page.h>

#ifndef sme_me_mask
#define sme_me_mask	0ULL
#endif
#ifndef __sme_set
#define __sme_set(x)	(x)
#endif
#ifndef __sme_clr
#define __sme_clr(x)	(x)
#endif
#ifndef __sme_pa
#define __sme_pa(x)	__pa(x)
#endif

static inline bool sev_active(void)
{
	return false;
}
#endif

#endif /* KBP_LINUX_MEM_ENCRYPT_H */
