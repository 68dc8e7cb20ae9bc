// KVM/SVM's AVIC reaches the AMD IOMMU's posted-interrupt interface, and
// KVM asks whether the IOMMU can post interrupts, through kbp_ names
//
// Upstream: ~6.17, the AVIC/IOMMU part of "KVM: x86: IRQ bypass and posted
//   interrupt overhaul" (Sean Christopherson; not checked against kernel
//   history): struct amd_iommu_pi_data carries the target pCPU and whether
//   to raise GA log interrupts, and amd_iommu_update_ga() /
//   amd_iommu_activate_guest_mode() take them.
// Finds: arch/x86/kvm/svm/avic.c: \bamd_iommu_activate_guest_mode\([^,()]+,[^,()]+,[^,()]+\)
// Why: an older host's AMD IOMMU driver speaks the older interface under
//   the same names, which older KVM (6.12's avic.c) still uses.  KVM 7.x
//   uses kbp_amd_iommu_pi_data, kbp_amd_iommu_update_ga() and
//   kbp_amd_iommu_activate_guest_mode() (include-compat/linux/amd-iommu.h),
//   and asks kbp_irq_posting_cap() (include-compat/asm/irq_remapping.h),
//   which on such a host says no on AMD CPUs: device posted interrupts stay
//   off there rather than translated by guesswork.
// Fallback: device interrupts through the host's remapped IRQs and irqfds.
// Lost: AMD device posted interrupts on such hosts.

@@
@@
- struct amd_iommu_pi_data
+ struct kbp_amd_iommu_pi_data

@@
expression list args;
@@
- amd_iommu_update_ga(args)
+ kbp_amd_iommu_update_ga(args)

@@
expression list args;
@@
- amd_iommu_activate_guest_mode(args)
+ kbp_amd_iommu_activate_guest_mode(args)

@@
@@
- irq_remapping_cap(IRQ_POSTING_CAP)
+ kbp_irq_posting_cap()
