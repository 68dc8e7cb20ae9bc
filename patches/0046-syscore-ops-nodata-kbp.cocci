// KVM's plain struct syscore_ops (callbacks without data) through the
// kit's names
//
// Upstream: 6.18, "syscore: Pass context data to callbacks", in 6.12.y from
//   6.12.115: register_syscore_ops() is gone, what gets registered is a
//   struct syscore, and the struct syscore_ops callbacks take its data.
//   KVM before it (6.12.107-6.12.113, 6.1, 5.10) registers a plain
//   struct syscore_ops with int (*suspend)(void) and so on.
// Finds: virt/kvm/kvm_main.c: \bregister_syscore_ops\(
// Lacks: virt/kvm/kvm_main.c: \bstruct syscore\b
// Why: such a KVM on a host that has the change (6.12.115 and later, 7.x)
//   initializes the host's struct syscore_ops with callbacks of the old
//   types and calls a register_syscore_ops() the host no longer has.  Its
//   struct syscore_ops and (un)register_syscore_ops() become
//   struct kbp_syscore_ops_nodata and kbp_(un)register_syscore_ops(), which
//   include-compat/linux/syscore_ops.h maps onto the host's own where the
//   host has the old interface (probe register_syscore missing), and
//   compat/syscore.c registers as a host struct syscore elsewhere.  The
//   newer KVM's shape is patches/0011's.
// Fallback: none needed.
// Lost: nothing.

@@
@@
- struct syscore_ops
+ struct kbp_syscore_ops_nodata

@@
expression s;
@@
- register_syscore_ops(s)
+ kbp_register_syscore_ops(s)

@@
expression s;
@@
- unregister_syscore_ops(s)
+ kbp_unregister_syscore_ops(s)
