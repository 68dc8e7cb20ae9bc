/* SPDX-License-Identifier: GPL-2.0 */
/*
 * uapi/linux/psp-sev.h where the kit took the synced source's psp-sev.h.
 *
 * Upstream: 4.16, "crypto: ccp: Define SEV userspace ioctl and command id"
 *   (the SEV firmware's status codes and the /dev/sev ioctl ABI), included
 *   by linux/psp-sev.h.
 * Probe: none; __has_include_next(), through include-compat/linux/psp-sev.h
 *   (section 7 defines KBP_PSP_SEV_H_STANDIN when it takes the synced copy).
 * Fallback: the host's header wherever it has one; else, only under the
 *   synced copy of linux/psp-sev.h, the synced copy of this one
 *   (include/kbp-abi/uapi/linux/, by sync).
 * Lost: nothing.
 */
#ifndef KBP_UAPI_LINUX_PSP_SEV_H
#define KBP_UAPI_LINUX_PSP_SEV_H

#if __has_include_next(<uapi/linux/psp-sev.h>)
#include_next <uapi/linux/psp-sev.h>
#elif defined(KBP_PSP_SEV_H_STANDIN)
#include <kbp-abi/uapi/linux/psp-sev.h>
#endif

#endif /* KBP_UAPI_LINUX_PSP_SEV_H */
