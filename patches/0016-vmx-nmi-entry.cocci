// VMX hands an NMI that caused a VM-exit to the host through
// KBP_VMX_HANDLE_NMI_IRQOFF()
//
// Upstream: 5.8/5.9, the IDTENTRY conversion gave KVM an NMI entry to call
//   with a fake interrupt frame (asm_exc_nmi_noist); before, KVM raised the
//   NMI with "int $2".  Built and run with 5.10.262; 6.1 has the same call
//   (its guard finds it, so sync adapts it there too) but tests the entry
//   inside handle_interrupt_nmi_irqoff() as well; 6.1's KVM is synced,
//   not built, by the kit's checks.  From 6.2 KVM calls the entry through
//   its own vmx_do_nmi_irqoff() and the guard finds nothing.
// Finds: arch/x86/kvm/vmx/vmx.c: =\s*\(unsigned long\)asm_exc_nmi_noist;
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
