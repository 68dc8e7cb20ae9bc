// KVM's perf guest callbacks under kbp_ names
//
// Upstream: 5.17, "perf/core: Use static_call to optimize
//   perf_guest_info_callbacks" and "KVM: Move x86's perf guest info
//   callbacks to generic KVM": KVM's kvm_main.c fills one struct
//   perf_guest_info_callbacks of the new shape (state(), get_ip(),
//   handle_intel_pt_intr() returning unsigned int) and registers it.
// Finds: virt/kvm/kvm_main.c: \bperf_register_guest_info_callbacks\(
// Why: a host before 5.17 has a struct of the same name in the older shape
//   (is_in_guest(), is_user_mode(), get_guest_ip()), which an older KVM
//   (5.10 on 4.18) fills as it is.  KVM's struct and its two calls become
//   struct kbp_perf_guest_info_callbacks and
//   kbp_perf_(un)register_guest_info_callbacks()
//   (include-compat/linux/perf_event.h): the host's own names where it has
//   the 5.17 shape (probe perf_guest_info_callbacks_state), else the kit's
//   (compat/perf_callbacks.c).  Redefining the host's names instead would
//   break the older KVM.
// Fallback: none needed.
// Lost: nothing.

@@
identifier cbs;
@@
 static
- struct perf_guest_info_callbacks
+ struct kbp_perf_guest_info_callbacks
 cbs = {...};

@@
expression E;
@@
- perf_register_guest_info_callbacks(E)
+ kbp_perf_register_guest_info_callbacks(E)

@@
expression E;
@@
- perf_unregister_guest_info_callbacks(E)
+ kbp_perf_unregister_guest_info_callbacks(E)
