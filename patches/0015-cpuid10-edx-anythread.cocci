// CPUID.0xA EDX: the AnyThread-deprecated bit and the reserved fields
//
// Upstream: 5.9, "perf/x86/intel: Fix the design flaw of AnyThread"
//   (union cpuid10_edx split its reserved field around
//   anythread_deprecated, bit 15), "KVM: x86/pmu: Set AnyThread bit as
//   deprecated" (KVM reports it to guests).
// Finds: arch/x86/kvm/**: \banythread_deprecated\b
// Why: an older host's union cpuid10_edx has one 19-bit reserved field, and
//   a union's members cannot be added from outside.  The assignments become
//   kbp_cpuid10_edx_set_anythread_deprecated(&edx) and
//   kbp_cpuid10_edx_clear_reserved(&edx) (include-compat/asm/perf_event.h):
//   the fields where the host has them (probe cpuid10_edx_anythread), else
//   the same bits of its reserved field.
// Fallback: none needed.
// Lost: nothing.

@@
expression E;
@@
- E.split.anythread_deprecated = 1;
+ kbp_cpuid10_edx_set_anythread_deprecated(&E);

@@
expression E;
@@
- E.split.reserved1 = 0;
- E.split.reserved2 = 0;
+ kbp_cpuid10_edx_clear_reserved(&E);
