// KVM's struct syscore with data callbacks through the kit's names
//
// Upstream: 6.18, "syscore: Pass context data to callbacks", in 6.12.y
//   from 6.12.115 (its kvm_main.c registers struct syscore kvm_syscore).
// Finds: virt/kvm/kvm_main.c: \bstruct syscore\b
// Why: hosts before it have a struct syscore_ops whose callbacks take no
//   argument and no struct syscore.  KVM's struct syscore_ops, struct
//   syscore and (un)register_syscore() become the kbp_ names, which
//   include-compat/linux/syscore_ops.h maps onto the host's own where it
//   has them (probe register_syscore) and compat/syscore.c implements
//   elsewhere; the host's struct syscore_ops keeps its meaning.  Older KVM
//   (Debian's 6.12 uploads before 6.12.115) registers a plain struct
//   syscore_ops: its guard does not find struct syscore there, and
//   patches/0046 takes that shape instead.
// Fallback: none needed.
// Lost: nothing.

@@
@@
- struct syscore_ops
+ struct kbp_syscore_ops

@@
@@
- struct syscore
+ struct kbp_syscore

@@
expression s;
@@
- register_syscore(s)
+ kbp_register_syscore(s)

@@
expression s;
@@
- unregister_syscore(s)
+ kbp_unregister_syscore(s)
