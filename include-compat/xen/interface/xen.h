/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xen/interface/xen.h + kbp_shared_info_wc_sec_hi() and
 * KBP_SHARED_INFO_WC_SEC_HI_OFFSET (patches/0043 turns KVM's
 * &shinfo->wc_sec_hi and offsetof(struct shared_info, wc_sec_hi) into
 * them).
 *
 * Upstream: 5.11/5.12, "xen: add wc_sec_hi to struct shared_info" (subject
 *   and release not verified): the upper half of the wallclock seconds,
 *   which KVM's Xen emulation writes for 64-bit guests.
 * Probe: shared_info_wc_sec_hi.
 * Fallback: the host's member where it names it; else the 4 bytes after
 *   wc, which the Xen ABI's 64-bit layout reserves for it (wc is 12 bytes,
 *   arch is 8-byte aligned): KVM's own BUILD_BUG_ON() on the offset (0xc0c)
 *   still checks it.
 * Lost: nothing.
 */
#ifndef KBP_XEN_INTERFACE_XEN_H
#define KBP_XEN_INTERFACE_XEN_H

#include_next <xen/interface/xen.h>

#ifdef KBP_HAVE_SHARED_INFO_WC_SEC_HI
#define kbp_shared_info_wc_sec_hi(s)		(&(s)->wc_sec_hi)
#define KBP_SHARED_INFO_WC_SEC_HI_OFFSET	offsetof(struct shared_info, wc_sec_hi)
#else
#define kbp_shared_info_wc_sec_hi(s)					\
	((u32 *)((void *)&(s)->wc + sizeof((s)->wc)))
#define KBP_SHARED_INFO_WC_SEC_HI_OFFSET				\
	(offsetof(struct shared_info, wc) + sizeof(struct pvclock_wall_clock))
#endif

#endif /* KBP_XEN_INTERFACE_XEN_H */
