/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/irqbypass.h + the eventfd-keyed registration of ~6.17.
 *
 * Upstream: ~6.17, "irqbypass: Take ownership of producer/consumer token
 *   tracking" (Sean Christopherson): irq_bypass_register_consumer() takes
 *   the eventfd that pairs a consumer (KVM's irqfd) with a producer (a
 *   VFIO device's interrupt); before, the caller stored it as an opaque
 *   token in the consumer.
 * Probe: irq_bypass_eventfd.
 * Fallback: KVM 7.x calls kbp_irq_bypass_register_consumer() (patches/0024;
 *   older KVM, 6.12's, calls the one-argument form, which keeps its name):
 *   the host's where it has the new form; otherwise the eventfd as the token,
 *   exactly what KVM set before ~6.17, then the host's registration (the
 *   host's irqbypass.ko pairs on it with the producer VFIO registers with
 *   the same eventfd).  KVM's own message naming the consumer's eventfd
 *   uses the irqfd's (patches/0024).
 * Lost: nothing; see include-compat/asm/irq_remapping.h for whether KVM
 *   registers consumers at all (device posted interrupts).
 */
#ifndef KBP_LINUX_IRQBYPASS_H
#define KBP_LINUX_IRQBYPASS_H

#if __has_include_next(<linux/irqbypass.h>)
#include_next <linux/irqbypass.h>
#endif

#ifdef KBP_HAVE_IRQ_BYPASS_EVENTFD
#define kbp_irq_bypass_register_consumer	irq_bypass_register_consumer
#else
struct eventfd_ctx;

static inline int kbp_irq_bypass_register_consumer(struct irq_bypass_consumer *consumer,
						   struct eventfd_ctx *eventfd)
{
	consumer->token = eventfd;
	return irq_bypass_register_consumer(consumer);
}
#endif

#endif /* KBP_LINUX_IRQBYPASS_H */
