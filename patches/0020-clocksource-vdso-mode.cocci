// A clocksource's vDSO mode
//
// Upstream: 5.7, "clocksource: Add common vdso clock mode storage" /
//   "x86/vdso: Use generic VDSO clock mode storage" (archdata.vclock_mode
//   became vdso_clock_mode).
// Finds: arch/x86/kvm/x86.c: ->vdso_clock_mode\b
// Why: a member of the host's struct clocksource cannot be renamed from
//   outside.  Reads become kbp_clocksource_vdso_mode(cs)
//   (include-compat/linux/clocksource.h, probe vdso_clock_mode).
// Fallback: none needed.
// Lost: nothing.

@@
expression E;
@@
- E->vdso_clock_mode
+ kbp_clocksource_vdso_mode(E)
