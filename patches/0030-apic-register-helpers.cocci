// KVM's lapic code reaches the APIC register-page helpers as kbp_apic_*()
//
// Upstream: ~6.17, "x86/apic: KVM: Move apic_find_highest_vector() to a
//   common header" and its siblings (Neeraj Upadhyay, for Secure AVIC; not
//   checked against kernel history): apic_{get,set}_reg{,64}(),
//   apic_{set,clear,test}_vector() and apic_find_highest_vector() moved from
//   KVM's lapic.[ch] into <asm/apic.h>.
// Finds: arch/x86/kvm/lapic.c: \bapic_find_highest_vector\(
// Lacks: arch/x86/kvm/lapic.*: \bint apic_test_vector\(int vec
// Why: an older host lacks them, and the kit cannot define them under
//   those names: older KVM that the kit also builds (6.12's lapic.c)
//   defines its own apic_test_vector().  KVM 7.x calls kbp_apic_*() instead
//   (include-compat/asm/apic.h): the host's helpers where it has them, the
//   same few lines otherwise.
// Fallback: none needed.
// Lost: nothing.

@@
identifier f = {apic_find_highest_vector, apic_get_reg, apic_set_reg,
		apic_get_reg64, apic_set_reg64, apic_clear_vector,
		apic_set_vector, apic_test_vector};
fresh identifier g = "kbp_" ## f;
expression list args;
@@
- f(args)
+ g(args)
