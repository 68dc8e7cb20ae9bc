// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: eventfd_signal(ctx), no count
 * Upstream: 6.8, "eventfd: simplify eventfd_signal()"
 * Fallback: kbp_eventfd_signal(ctx) is the host's eventfd_signal(ctx, 1)
 *   (include-compat/linux/eventfd.h).
 */
#include <linux/eventfd.h>

void kbp_probe(struct eventfd_ctx *ctx)
{
	eventfd_signal(ctx);
}
