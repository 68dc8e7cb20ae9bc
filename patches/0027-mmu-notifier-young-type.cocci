// KVM's mmu_notifier "young" callbacks return kbp_mmu_young_t
//
// Upstream: ~7.0 (not checked against kernel history): struct
//   mmu_notifier_ops' clear_flush_young, clear_young and test_young return
//   bool, and KVM's callbacks were changed to match.
// Finds: virt/kvm/kvm_main.c: \bstatic bool kvm_mmu_notifier_(?:clear_flush_young|clear_young|test_young)\(
// Why: on an older host the ops struct wants functions returning int; a
//   function of another type in the initializer is an incompatible
//   pointer.  The callbacks KVM puts there return kbp_mmu_young_t instead
//   (include-compat/linux/mmu_notifier.h: bool or int, as the host says).
// Fallback: none needed.
// Lost: nothing.

@r@
identifier ops, fn;
identifier fld = {clear_flush_young, clear_young, test_young};
@@
  struct mmu_notifier_ops ops = {
  .fld = fn,
  };

@@
identifier r.fn;
typedef bool;
typedef kbp_mmu_young_t;
@@
- bool
+ kbp_mmu_young_t
  fn(...)
  {
  ...
  }
