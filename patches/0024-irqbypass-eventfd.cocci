// KVM registers an irqfd's IRQ bypass consumer with its eventfd through
// kbp_irq_bypass_register_consumer(), and names that eventfd as the irqfd's
//
// Upstream: ~6.17, "irqbypass: Take ownership of producer/consumer token
//   tracking" (Sean Christopherson; not checked against kernel history):
//   irq_bypass_register_consumer(consumer, eventfd) replaced the opaque
//   token the caller stored in the consumer, and struct irq_bypass_consumer
//   gained the eventfd, which KVM's x86 irq.c prints when unregistering a
//   producer fails.
// Finds: virt/kvm/eventfd.c: \birq_bypass_register_consumer\(&\w+->consumer,\s*\w+->eventfd\)
// Why: an older host's irqbypass has the one-argument registration, which
//   older KVM (6.12's) still calls under that name, and no eventfd member.
//   KVM 7.x calls kbp_irq_bypass_register_consumer()
//   (include-compat/linux/irqbypass.h): the host's where it has the new
//   form, otherwise the eventfd stored as the token (what KVM did before)
//   and the host's registration.  The message prints the irqfd's own
//   eventfd, which is the one the consumer was registered with.
// Fallback: none needed.
// Lost: nothing.

@@
expression C, E;
@@
- irq_bypass_register_consumer(C, E)
+ kbp_irq_bypass_register_consumer(C, E)

@@
expression E;
@@
- E->consumer.eventfd
+ E->eventfd
