// Whether the host's LBRs support call-stack mode
//
// Upstream: after 6.1 (in 6.12.117): struct x86_pmu_lbr gained has_callstack
//   and KVM turns LBR virtualization off without call-stack support.
// Finds: arch/x86/kvm/**: \bhas_callstack\b
// Why: an older host's struct x86_pmu_lbr has no such member.  Reads of it
//   become kbp_lbr_has_callstack(&lbr) (include-compat/asm/perf_event.h):
//   the host's answer where it gives one (probe x86_pmu_lbr_has_callstack),
//   else "yes whenever the host reports LBRs", which is what KVM assumed
//   before 6.12.
// Fallback: that assumption.
// Lost: on CPUs with LBRs but without call-stack mode (before Haswell), LBR
//   virtualization stays on and pays the context-switch cost 6.12 avoids.

@@
expression E;
@@
- E.has_callstack
+ kbp_lbr_has_callstack(&E)

@@
expression E;
@@
- E->has_callstack
+ kbp_lbr_has_callstack(E)
