/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/amd-iommu.h + what KVM takes from it that a host may lack:
 * one section per concern, each with its own story.
 */
#ifndef KBP_LINUX_AMD_IOMMU_H
#define KBP_LINUX_AMD_IOMMU_H

#include_next <linux/amd-iommu.h>

/*
 * linux/amd-iommu.h + AVIC's interface to the AMD IOMMU, or none.
 *
 * Upstream: 4.9, "iommu/amd: Adding GALOG interrupt handler" and
 *   "iommu/amd: Introduce amd_iommu_update_ga()" (Suravee Suthikulpanit,
 *   with AVIC's IOMMU support; release not verified here): struct
 *   amd_iommu_pi_data, amd_iommu_register_ga_log_notifier() and
 *   amd_iommu_update_ga().
 * Probe: amd_iommu_ga_log.
 * Fallback: the 4.9 structure, and the two functions as the host has them
 *   without the AMD IOMMU's interrupt remapping (they do nothing and
 *   succeed): KVM registers its GA log notifier, which is never called,
 *   and updates the IRTEs of its per-vCPU lists, which stay empty because
 *   it never puts an IRTE into guest mode on such a host: there
 *   irq_remapping_cap(IRQ_POSTING_CAP) is false (part 3 of
 *   include-compat/asm/irq_remapping.h, and kbp_svm_irq_remapping_cap()
 *   below).
 * Lost: AMD device posted interrupts.
 */
#ifndef KBP_HAVE_AMD_IOMMU_GA_LOG
#include <linux/types.h>

struct vcpu_data;

struct amd_iommu_pi_data {
	u32 ga_tag;
	u32 prev_ga_tag;
	u64 base;
	bool is_guest_mode;
	struct vcpu_data *vcpu_data;
	void *ir_data;
};

static inline int kbp_amd_iommu_register_ga_log_notifier(int (*notifier)(u32))
{
	return 0;
}
#define amd_iommu_register_ga_log_notifier kbp_amd_iommu_register_ga_log_notifier

static inline int kbp_amd_iommu_update_ga_is_run(int cpu, bool is_run, void *data)
{
	return 0;
}
#define amd_iommu_update_ga kbp_amd_iommu_update_ga_is_run
#endif

/*
 * linux/amd-iommu.h + amd_iommu_activate_guest_mode() /
 * amd_iommu_deactivate_guest_mode(), or no IOMMU-posted interrupts for
 * KVM/SVM.
 *
 * Upstream: 5.6, "iommu/amd: Introduce amd_iommu_activate/deactivate_guest_mode()"
 *   with "kvm: x86: Introduce APICv inhibit reason bits": KVM may inhibit
 *   AVIC at run time and then switches the IRTEs of assigned devices from
 *   posting into the vAPIC back to remapping.
 * Probe: amd_iommu_guest_mode.
 * Fallback: KVM/SVM is told that the host cannot post interrupts
 *   (irq_remapping_cap(IRQ_POSTING_CAP) is false for the SVM code only,
 *   the only code that includes this header), so it never puts an IRTE
 *   into guest mode and never needs to switch one back: interrupts of
 *   assigned devices are remapped and injected by KVM.  The two functions
 *   exist for the compiler only and fail; where the host has them as
 *   stubs, KVM calls the kit's instead (below).
 * Lost: IOMMU-posted interrupts with AVIC (avic=1, off by default) for
 *   assigned devices; configure's summary lists it.
 */
#ifndef KBP_HAVE_AMD_IOMMU_GUEST_MODE
#include <linux/errno.h>
#include <asm/irq_remapping.h>

static inline bool kbp_svm_irq_remapping_cap(enum irq_remap_cap cap)
{
	return cap != IRQ_POSTING_CAP && irq_remapping_cap(cap);
}
#define irq_remapping_cap kbp_svm_irq_remapping_cap

/*
 * Under a kbp_ name, and the host's names mapped onto it: a host whose
 * .config leaves CONFIG_AMD_IOMMU or CONFIG_IRQ_REMAP off (Debian's
 * cloud-amd64 flavour) declares both functions as static inline stubs,
 * which it does not export (the probe fails on its Exports:), and must not
 * see them defined again.  activate takes KVM 6.12's (data) as well as
 * KVM 7.x's (data, cpu, ga_log_intr), which reaches it through
 * kbp_amd_iommu_activate_guest_mode below on a host with the new shape.
 */
static inline int kbp_amd_iommu_guest_mode_off(void *data)
{
	return -EOPNOTSUPP;
}
#define kbp_amd_iommu_first_arg(a, ...)	a
#define amd_iommu_activate_guest_mode(...) \
	kbp_amd_iommu_guest_mode_off(kbp_amd_iommu_first_arg(__VA_ARGS__, 0))
#define amd_iommu_deactivate_guest_mode(data) kbp_amd_iommu_guest_mode_off(data)
#endif

/*
 * linux/amd-iommu.h + the AMD IOMMU posted-interrupt interface of ~6.17
 * under kbp_ names.
 *
 * Upstream: ~6.17 (see include-compat/asm/irq_remapping.h, part 2).
 * Probe: amd_iommu_pi_data_cpu.
 * Fallback: KVM 7.x names the interface kbp_amd_iommu_pi_data,
 *   kbp_amd_iommu_update_ga() and kbp_amd_iommu_activate_guest_mode()
 *   (patches/0032): the host's own where it has the new interface.  Where
 *   it has the older one (which older KVM, 6.12's avic.c, still uses under
 *   the same names), a struct of the new layout and functions that warn and
 *   fail; none of it is reached, because KVM never turns device posted
 *   interrupts on with such a host (kbp_irq_posting_cap(),
 *   asm/irq_remapping.h), so no IRTE is ever put in guest mode and the
 *   per-vCPU IRTE lists stay empty.
 * Lost: AMD device posted interrupts.
 */
#ifdef KBP_HAVE_AMD_IOMMU_PI_DATA_CPU
#define kbp_amd_iommu_pi_data			amd_iommu_pi_data
#define kbp_amd_iommu_update_ga			amd_iommu_update_ga
#define kbp_amd_iommu_activate_guest_mode	amd_iommu_activate_guest_mode
#else
#include <linux/bug.h>
#include <linux/errno.h>
#include <linux/types.h>

struct kbp_amd_iommu_pi_data {
	u64 vapic_addr;
	u32 ga_tag;
	u32 vector;
	int cpu;
	bool ga_log_intr;
	bool is_guest_mode;
	void *ir_data;
};

static inline int kbp_amd_iommu_update_ga(void *data, int cpu, bool ga_log_intr)
{
	WARN_ON_ONCE(1);
	return -EOPNOTSUPP;
}

static inline int kbp_amd_iommu_activate_guest_mode(void *data, int cpu,
						    bool ga_log_intr)
{
	WARN_ON_ONCE(1);
	return -EOPNOTSUPP;
}
#endif

#endif /* KBP_LINUX_AMD_IOMMU_H */
