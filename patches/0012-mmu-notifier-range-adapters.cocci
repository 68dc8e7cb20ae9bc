// KVM's invalidate_range_start/_end callbacks go through adapters
//
// Upstream: 5.0, "mm/mmu_notifier: use structure for
//   invalidate_range_start/end callback" (the callbacks take a
//   const struct mmu_notifier_range *; 4.19 had added the blockable flag).
// Finds: virt/kvm/kvm_main.c: \.invalidate_range_start\s*=
// Why: a host before 5.0 calls invalidate_range_start(mn, mm, start, end)
//   and nothing else in struct mmu_notifier_ops changed shape.  The two
//   initializers become KBP_MMU_NOTIFIER_RANGE_START(fn) / _END(fn), and
//   KBP_MMU_NOTIFIER_RANGE_ADAPTERS(start, end) follows the end callback
//   (include-compat/linux/mmu_notifier.h): on hosts with the range form
//   (probe mmu_notifier_range) they name KVM's functions themselves; on
//   older ones the adapters take the host's arguments, build the range and
//   call KVM's.  A semantic patch because an initializer cannot wrap a
//   function in a new one, and only kvm_main.c knows the two names.
// Fallback: none needed.
// Lost: nothing.

@r@
identifier ops, start, end;
@@
 static const struct mmu_notifier_ops ops = {
	...,
-	.invalidate_range_start	= start,
+	.invalidate_range_start	= KBP_MMU_NOTIFIER_RANGE_START(start),
	...,
-	.invalidate_range_end	= end,
+	.invalidate_range_end	= KBP_MMU_NOTIFIER_RANGE_END(end),
	...
 };

@@
identifier r.start, r.end;
@@
 void end(...) {...}
+ KBP_MMU_NOTIFIER_RANGE_ADAPTERS(start, end);
