/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/types.h + uoff_t and __poll_t.
 *
 * 1. uoff_t.
 * Upstream: ~6.19 (not checked against kernel history): uoff_t, an
 *   unsigned file offset (typedef of __kernel_uoff_t, unsigned long long).
 * Probe: uoff_t.
 * Fallback: the same typedef.
 * Lost: nothing.
 *
 * 2. __poll_t.
 * Upstream: 4.16, the __poll_t series (the type of poll events, a
 *   __bitwise unsigned for sparse; release not verified here).
 * Probe: poll_t.
 * Fallback: the same typedef.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_TYPES_H
#define KBP_LINUX_TYPES_H

#include_next <linux/types.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_UOFF_T)
typedef unsigned long long uoff_t;
#endif

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_POLL_T)
typedef unsigned __bitwise __poll_t;
#endif

#endif /* KBP_LINUX_TYPES_H */
