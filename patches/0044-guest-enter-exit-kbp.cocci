// KVM's own guest_enter_irqoff(), guest_exit_irqoff() and guest_exit()
// under kbp_ names
//
// Upstream: 5.18, "context_tracking: Move guest_enter/exit to kvm_host.h"
//   (release not verified): since then KVM's linux/kvm_host.h defines them
//   (deprecated wrappers nothing in x86 KVM calls) on top of
//   context_tracking_guest_enter()/_exit() and the vtime helpers.
// Finds: include/linux/kvm_host.h: \bvoid guest_exit_irqoff\(void\)
// Why: a host before 5.18 (5.10) defines functions of the same names in its
//   own linux/context_tracking.h, which kvm_host.h includes: the two
//   definitions collide.  Renaming KVM's copies keeps the host's header as
//   it is (an older KVM, which calls the host's, is untouched: this patch is
//   not for it).
// Fallback: none needed; the primitives underneath are the host's or the
//   kit's (include-compat/linux/context_tracking.h).
// Lost: nothing; x86 KVM calls guest_state_enter_irqoff() and
//   guest_timing_*_irqoff(), not these.

@@
@@
- guest_enter_irqoff
+ kbp_guest_enter_irqoff
  (...) {...}

@@
@@
- guest_exit_irqoff
+ kbp_guest_exit_irqoff
  (...) {...}

@@
@@
- guest_exit
+ kbp_guest_exit
  (...) {...}

@@
@@
- guest_exit_irqoff();
+ kbp_guest_exit_irqoff();
