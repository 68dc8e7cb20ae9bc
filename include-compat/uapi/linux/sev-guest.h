/* SPDX-License-Identifier: GPL-2.0 */
/*
 * uapi/linux/sev-guest.h on hosts without it.
 *
 * Upstream: 5.19, "virt: Add SEV-SNP guest driver" (the sev-guest ioctl
 *   ABI); KVM's SEV-SNP guest request handling takes its error encoding
 *   (SNP_GUEST_ERR(), SNP_GUEST_VMM_ERR_*) from it.
 * Probe: none; __has_include_next().
 * Macros: configure adds the macros the source defines in this header and
 *   the host never mentions.
 * Fallback: nothing else: KVM uses none of its types.
 * Lost: nothing; SEV-SNP is off on such hosts anyway
 *   (compat/probes/sev_snp_host.c).
 */
#ifndef KBP_UAPI_LINUX_SEV_GUEST_H
#define KBP_UAPI_LINUX_SEV_GUEST_H

#if __has_include_next(<uapi/linux/sev-guest.h>)
#include_next <uapi/linux/sev-guest.h>
#endif

#endif /* KBP_UAPI_LINUX_SEV_GUEST_H */
