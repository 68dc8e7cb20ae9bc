// VMX's "enabled by the firmware" test goes through kbp_*_has_feat_ctl()
//
// Upstream: 5.6, "x86/intel: Initialize IA32_FEAT_CTL MSR at boot" and
//   "KVM: VMX: Use VMX feature flag to query BIOS enabling": the host locks
//   IA32_FEATURE_CONTROL at boot and sets X86_FEATURE_MSR_IA32_FEAT_CTL;
//   KVM only tests that bit (and X86_FEATURE_VMX, which the host clears
//   when the firmware disabled VMX).
// Finds: arch/x86/kvm/**: \bX86_FEATURE_MSR_IA32_FEAT_CTL\b
// Why: a host before 5.6 never sets the bit (configure maps it to a free
//   one), so kvm-intel would refuse every CPU.  The tests become
//   kbp_boot_cpu_has_feat_ctl() / kbp_this_cpu_has_feat_ctl()
//   (include-compat/asm/cpufeature.h): the host's bit where it has it
//   (probe ia32_feat_ctl), else compat/feat_ctl.c reads the MSR, as KVM did
//   before 5.6.
// Fallback: none needed.
// Lost: nothing here; see compat/feat_ctl.c.

@@
@@
- boot_cpu_has(X86_FEATURE_MSR_IA32_FEAT_CTL)
+ kbp_boot_cpu_has_feat_ctl()

@@
@@
- this_cpu_has(X86_FEATURE_MSR_IA32_FEAT_CTL)
+ kbp_this_cpu_has_feat_ctl()
