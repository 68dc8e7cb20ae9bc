// Whether the host's perf gives guest PEBS records an EPT-friendly buffer
//
// Upstream: 5.17, KVM's PEBS virtualization series: struct
//   x86_pmu_capability gained pebs_ept, which KVM reads to decide whether
//   to offer PEBS to guests (vmx/capabilities.h).
// Finds: arch/x86/kvm/**: \bpebs_ept\b
// Why: an older host's struct x86_pmu_capability has no such member (KVM's
//   kvm_pmu_cap is the host's type, filled by the host).  Reads of it
//   become kbp_pmu_cap_pebs_ept(&cap) (include-compat/asm/perf_event.h):
//   the host's answer where it gives one (probe
//   x86_pmu_capability_pebs_ept), else false.
// Fallback: no PEBS for guests on such hosts.
// Lost: PEBS in guests, which the hosts' own KVM did not offer either.

@@
expression E;
@@
- E.pebs_ept
+ kbp_pmu_cap_pebs_ept(&E)

@@
expression E;
@@
- E->pebs_ept
+ kbp_pmu_cap_pebs_ept(E)
