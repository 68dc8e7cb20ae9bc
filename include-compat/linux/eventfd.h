/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/eventfd.h + kbp_eventfd_signal(ctx): eventfd_signal() without a
 * count, in whichever shape the host has (KVM's calls go through it,
 * patches/0009).
 *
 * Upstream: 6.8, "eventfd: simplify eventfd_signal()": every caller added
 *   1, so the count went, and with it the return value.
 * Probe: eventfd_signal_ctx.
 * Fallback: the host's eventfd_signal(ctx, 1), its result dropped (the new
 *   function returns nothing).  The counter, the wakeup and the recursion
 *   check (WARN and no signal) are the host's, the same as upstream's.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_EVENTFD_H
#define KBP_LINUX_EVENTFD_H

#include_next <linux/eventfd.h>

static inline void kbp_eventfd_signal(struct eventfd_ctx *ctx)
{
#ifdef KBP_HAVE_EVENTFD_SIGNAL_CTX
	eventfd_signal(ctx);
#else
	eventfd_signal(ctx, 1);
#endif
}

#endif /* KBP_LINUX_EVENTFD_H */
