/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/eventfd.h + eventfd_signal(ctx) on hosts where it takes a count.
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

#ifndef KBP_HAVE_EVENTFD_SIGNAL_CTX
static inline void kbp_eventfd_signal(struct eventfd_ctx *ctx)
{
	eventfd_signal(ctx, 1);
}
#define eventfd_signal kbp_eventfd_signal
#endif

#endif /* KBP_LINUX_EVENTFD_H */
