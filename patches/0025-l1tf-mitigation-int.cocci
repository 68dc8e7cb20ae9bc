// KVM/VMX reads the host's L1TF mitigation as an int
//
// Upstream: ~6.17, "x86/bugs: Add attack vector controls for L1TF" (not
//   checked against kernel history): enum l1tf_mitigations gained
//   L1TF_MITIGATION_AUTO, and KVM/VMX lists it among the cases of its
//   switches on l1tf_mitigation.
// Finds: arch/x86/kvm/vmx/vmx.c: \bL1TF_MITIGATION_AUTO\b
// Why: a host before that has no AUTO; include-compat/asm/processor.h
//   defines it as -1, a value the host never reports, but a case label
//   outside the switched enum is a -Wswitch warning.  KVM reads the
//   mitigation through kbp_l1tf_mitigation() instead, an int on every host.
// Fallback: none needed.
// Lost: on the identity build, -Wswitch no longer checks that KVM's
//   switches name every mitigation (the upstream build still does).

@@
@@
- l1tf_mitigation
+ kbp_l1tf_mitigation()
