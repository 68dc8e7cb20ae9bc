// The CPU's vendor/family/model as one value (x86_vfm)
//
// Upstream: 6.10, the x86_vfm field (Intel VFM conversion, Tony Luck), and
//   the INTEL_* model names built on it (6.11).
// Finds: arch/x86/kvm/**: \bx86_vfm\b
// Why: struct cpuinfo_x86 of older hosts has no x86_vfm member, and a
//   member cannot be added from outside.  Reads of it become
//   kbp_x86_vfm(&c) (include-compat/asm/processor.h): the host's member
//   where it has one (probe x86_vfm), else the same value built from
//   x86_vendor, x86 and x86_model with VFM_MAKE().
// Fallback: the computed value.
// Lost: nothing.

@@
expression E;
@@
- E.x86_vfm
+ kbp_x86_vfm(&E)

@@
expression E;
@@
- E->x86_vfm
+ kbp_x86_vfm(E)
