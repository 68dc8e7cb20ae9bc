/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/irqbypass.h + what KVM takes from it that a host may lack:
 * one section per concern, each with its own story.
 */
#ifndef KBP_LINUX_IRQBYPASS_H
#define KBP_LINUX_IRQBYPASS_H

#if __has_include_next(<linux/irqbypass.h>)
#include_next <linux/irqbypass.h>
#endif

/*
 * linux/irqbypass.h where the host has none.
 *
 * Upstream: 4.4, "virt: IRQ bypass manager" (Alex Williamson): the header
 *   and virt/lib/irqbypass.c (irqbypass.ko), which pairs producers (VFIO's
 *   device interrupts) with consumers (KVM's irqfds) by token.
 * Probe: irq_bypass_manager.
 * Fallback: where the host has no linux/irqbypass.h, its 4.4 structures
 *   and the consumer functions KVM calls; compat/irqbypass.c implements
 *   them inside kvm.ko wherever the host does not build and export the
 *   manager, so no kit module needs an irqbypass.ko (KVM's irqfd code, in
 *   kvm.ko, is its only caller; kvm-intel and kvm-amd name none of it).
 * Lost: device posted interrupts: nothing on such a host registers a
 *   producer (VFIO's comes with the manager), so a consumer never pairs
 *   and VFIO device interrupts reach the guest through the irqfd.
 */
#if !__has_include_next(<linux/irqbypass.h>)
#include <linux/list.h>

struct irq_bypass_consumer;

struct irq_bypass_producer {
	struct list_head node;
	void *token;
	int irq;
	int (*add_consumer)(struct irq_bypass_producer *,
			    struct irq_bypass_consumer *);
	void (*del_consumer)(struct irq_bypass_producer *,
			     struct irq_bypass_consumer *);
	void (*stop)(struct irq_bypass_producer *);
	void (*start)(struct irq_bypass_producer *);
};

struct irq_bypass_consumer {
	struct list_head node;
	void *token;
	int (*add_producer)(struct irq_bypass_consumer *,
			    struct irq_bypass_producer *);
	void (*del_producer)(struct irq_bypass_consumer *,
			     struct irq_bypass_producer *);
	void (*stop)(struct irq_bypass_consumer *);
	void (*start)(struct irq_bypass_consumer *);
};

int irq_bypass_register_consumer(struct irq_bypass_consumer *consumer);
void irq_bypass_unregister_consumer(struct irq_bypass_consumer *consumer);
#endif

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
