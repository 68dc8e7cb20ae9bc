// VMX hands an NMI that caused a VM-exit to the host through
// KBP_VMX_HANDLE_NMI_IRQOFF()
//
// Upstream: 5.8/5.9, the IDTENTRY conversion gave KVM an NMI entry to call
//   with a fake interrupt frame (asm_exc_nmi_noist); before, KVM raised the
//   NMI with "int $2".  Verified against 5.10.262 only; 6.1 has the same
//   call but tests the entry inside handle_interrupt_nmi_irqoff() as well.
// Sources: >= 5.10, < 5.11
// Why: a host before 5.8 has no NMI entry a module may call.  The call
//   becomes KBP_VMX_HANDLE_NMI_IRQOFF(handle_interrupt_nmi_irqoff, vcpu)
//   (include-compat/kvm-backport.h): the same call where the host exports
//   asm_exc_nmi_noist (probe asm_exc_nmi_noist), else "int $2" between
//   kvm_before_interrupt() and kvm_after_interrupt(), as KVM did before.
// Fallback: none needed.
// Lost: nothing.

@@
identifier e;
expression V;
@@
- const unsigned long e = (unsigned long)asm_exc_nmi_noist;
  ... when exists
- handle_interrupt_nmi_irqoff(V, e);
+ KBP_VMX_HANDLE_NMI_IRQOFF(handle_interrupt_nmi_irqoff, V);
