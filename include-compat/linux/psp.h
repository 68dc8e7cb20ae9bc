/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/psp.h on hosts without it.
 *
 * Upstream: ~6.9: the PSP mailbox fields and __psp_pa() moved out of the
 *   ccp driver into linux/psp.h (SEV's KVM code includes it for __psp_pa()).
 * Probe: none; __has_include_next().
 * Fallback: __psp_pa() is __sme_pa() on x86, as in the host's own ccp
 *   driver; the mailbox fields are defined as the PSP documents them.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_PSP_H
#define KBP_LINUX_PSP_H

#if __has_include_next(<linux/psp.h>)
#include_next <linux/psp.h>
#else
#include <linux/bits.h>
#include <linux/mem_encrypt.h>

#define __psp_pa(x)		__sme_pa(x)

#define PSP_CMDRESP_STS		GENMASK(15, 0)
#define PSP_CMDRESP_CMD		GENMASK(23, 16)
#define PSP_CMDRESP_RESERVED	GENMASK(29, 24)
#define PSP_CMDRESP_RECOVERY	BIT(30)
#define PSP_CMDRESP_RESP	BIT(31)
#endif

#endif /* KBP_LINUX_PSP_H */
