// KVM decodes MSI messages through struct msi_msg's x86 views
//
// Upstream: 5.11, "x86/msi: Provide msi message shadow structs" and
//   "x86/msi: Provide x86_msi_msg_get_destid()"; kvm_set_msi_irq() in
//   irq_comm.c builds a struct msi_msg and reads its arch_addr_lo/arch_data
//   bitfields.
// Finds: arch/x86/kvm/**: \bx86_msi_msg_get_destid\(
// Why: an older host's struct msi_msg is three plain u32s, and members
//   cannot be added from outside.  The local message becomes a struct
//   kbp_msi_msg and the destination is decoded by
//   kbp_x86_msi_msg_get_destid() (include-compat/linux/msi.h): the host's
//   struct and function where it has the views (probe msi_msg_arch_fields),
//   the same layout and decoding written out where it does not.
// Fallback: the written-out layout.
// Lost: nothing.

@@
identifier m;
initializer I;
@@
- struct msi_msg m = I;
+ struct kbp_msi_msg m = I;

@@
expression M, X;
@@
- x86_msi_msg_get_destid(M, X)
+ kbp_x86_msi_msg_get_destid(M, X)
