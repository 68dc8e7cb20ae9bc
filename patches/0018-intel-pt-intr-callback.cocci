// Intel PT host-guest mode only where the host routes PT interrupts
//
// Upstream: 5.0, "KVM: x86: Add Intel PT virtualization work mode":
//   perf_guest_info_callbacks.handle_intel_pt_intr, set when kvm_intel runs
//   with pt_mode=1 (host-guest).  5.17 moved the callbacks to generic KVM.
//   Verified against 5.10.262 only.
// Finds: arch/x86/kvm/x86.c: \.handle_intel_pt_intr\s*=
// Why: an older host's struct perf_guest_info_callbacks has no such
//   member (a member cannot be added from outside), and its PMI handler
//   would not call it.  The initializer (NULL, as a static already is) is
//   dropped, the assignments become kbp_perf_guest_set_pt_intr(&cbs, fn),
//   and kvm_intel's test of the CPU's PT support in hardware_setup() becomes
//   kbp_pt_guest_ok(cpu_has_vmx_intel_pt()), false where the host cannot,
//   so it falls back to system mode (include-compat/linux/perf_event.h,
//   probe perf_guest_pt_intr).
// Fallback: pt_mode=0 (system mode, the default).
// Lost: Intel PT for guests on such hosts.

@@
identifier cbs;
expression E;
@@
 static struct perf_guest_info_callbacks cbs = {
	...,
-	.handle_intel_pt_intr = E,
	...
 };

@@
identifier cbs;
expression E;
@@
- cbs.handle_intel_pt_intr = E;
+ kbp_perf_guest_set_pt_intr(&cbs, E);

@r@
position p;
@@
cpu_has_vmx_intel_pt@p()

@@
position r.p;
@@
- cpu_has_vmx_intel_pt@p()
+ kbp_pt_guest_ok(cpu_has_vmx_intel_pt())
