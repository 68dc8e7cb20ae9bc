// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: IRQ bypass producers and consumers matched by eventfd
 * Upstream: ~6.17, "irqbypass: Take ownership of producer/consumer
 *   token tracking" and "irqbypass: Explicitly track producer and consumer
 *   bindings" (Sean Christopherson): irq_bypass_register_consumer(consumer,
 *   eventfd), and the match key is consumer.eventfd instead of the opaque
 *   consumer.token the caller set.
 * Fallback: include-compat/linux/irqbypass.h: the token set to the eventfd
 *   (which KVM always used as the token) before the host's
 *   irq_bypass_register_consumer(consumer).
 */
#include <linux/irqbypass.h>

int kbp_probe(struct irq_bypass_consumer *cons, struct eventfd_ctx *eventfd)
{
	return irq_bypass_register_consumer(cons, eventfd) + !cons->eventfd;
}
