// KVM asks the kit whether the host's PMU can be mediated, and registers its
// mediated-PMI handler through the kit
//
// Upstream: ~7.0, the mediated vPMU series ("KVM: x86/pmu: Add support for
//   a mediated PMU", "perf: Add APIs to create/release mediated guest
//   vPMUs", ...; not checked against kernel history): struct
//   x86_pmu_capability gained "mediated" and struct
//   perf_guest_info_callbacks gained handle_mediated_pmi.
// Finds: virt/kvm/kvm_main.c: \bhandle_mediated_pmi\b
// Why: a host before that has neither member, and a header cannot add a
//   member to the host's structs.  KVM reads the capability through
//   kbp_pmu_cap_mediated(&cap) (include-compat/asm/perf_event.h: false
//   there, so KVM keeps enable_mediated_pmu off) and sets the PMI handler
//   with kbp_perf_set_mediated_pmi() (include-compat/linux/perf_event.h:
//   nothing to set there; KVM passes NULL when the mediated PMU is off).
//   The callbacks' static initializer loses its "= NULL" for the member:
//   a static struct is zeroed anyway.
// Fallback: KVM's perf-event based vPMU.
// Lost: the mediated vPMU, where the host lacks it.

@@
expression E;
@@
- E.mediated
+ kbp_pmu_cap_mediated(&E)

@@
identifier cbs;
@@
  struct perf_guest_info_callbacks cbs = {
  ...,
- .handle_mediated_pmi = NULL,
  ...
  };

@@
expression E, F;
@@
- E.handle_mediated_pmi = F;
+ kbp_perf_set_mediated_pmi(&E, F);
