/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/cc_platform.h + CC_ATTR_HOST_SEV_SNP on hosts without it.
 *
 * Upstream: ~6.8/6.11, the SEV-SNP host series added CC_ATTR_HOST_SEV_SNP
 *   (the host kernel runs with SEV-SNP enabled); KVM enables SNP only when
 *   it holds.
 * Probe: cc_attr_host_sev_snp.
 * Fallback: an attribute outside the host's enum cc_attr: the host's
 *   cc_platform_has() answers false for any attribute it does not know, so
 *   KVM keeps SEV-SNP off.
 * Lost: SEV-SNP, which such a host cannot run anyway (no RMP setup).
 */
#ifndef KBP_LINUX_CC_PLATFORM_H
#define KBP_LINUX_CC_PLATFORM_H

#if __has_include_next(<linux/cc_platform.h>)
#include_next <linux/cc_platform.h>
#endif

#ifndef KBP_HAVE_CC_ATTR_HOST_SEV_SNP
#define CC_ATTR_HOST_SEV_SNP	((enum cc_attr)0x4b425001)
#endif

#endif /* KBP_LINUX_CC_PLATFORM_H */
