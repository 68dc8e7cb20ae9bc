/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/fpu/api.h + what newer KVM takes from it.  One section per concern,
 * each with its own probe; the deferred FPU restore API for hosts before 5.2
 * has its own story further down.
 *
 * 1. get_xsave_addr() for modules.
 *    Upstream: ~6.10/6.11, exported again for KVM's SEV-ES VMSA setup (the
 *      YMM state of the guest's xsave area).
 *    Probe: get_xsave_addr (exported).
 *    Fallback: kbp_get_xsave_addr() in kvm.ko (compat/xsave.c): the same
 *      lookup computed from CPUID leaf 0xD, for the standard and the
 *      compacted format.  A NULL stub would silently hand SEV-ES guests
 *      zeroed YMM registers.
 *    Lost: nothing.
 *
 * 2. The guest FPU API (fpu_alloc_guest_fpstate(), fpu_swap_kvm_fpstate(),
 *    fpu_copy_guest_fpstate_to_uabi(), fpu_copy_uabi_to_guest_fpstate(),
 *    the XFD helpers, fpstate_clear_xstate_component(),
 *    xstate_get_guest_group_perm(), fpstate_*_confidential()).
 *    Upstream: 5.16, "x86/kvm: Convert FPU handling to a single swap
 *      buffer" and the series around it; 5.17, "x86/fpu: Add guest support
 *      to xfd_enable_feature()", "x86/fpu: Provide
 *      fpu_update_guest_xfd() for IA32_XFD emulation" and the uabi copy
 *      helpers (KVM AMX support).
 *    Probe: fpu_guest_fpstate.
 *    Requires: fpu_swap_kvm_fpstate: fpu_guest_fpstate | copy_fpregs_to_fpstate
 *    Fallback: compat/fpu_guest.c, the way the host's own KVM switched the
 *      FPU: on entry to KVM_RUN the VMM's registers are saved into the
 *      fpu_guest's second buffer and the guest's are loaded (all but PKRU,
 *      which KVM switches around VM entry itself), on exit the other way;
 *      in between the guest's registers are the task's as far as the
 *      host's context switch knows, so preemption saves and restores them
 *      through the task's own buffer, and KVM's emulator reaches them as
 *      before (kvm_fpu_get()).  The KVM_GET/SET_XSAVE images are made as
 *      upstream's __copy_xstate_to_uabi_buf() and copy_uabi_to_xstate()
 *      make them, from the standard XSAVE layout CPUID leaf 0xD describes.
 *      The dynamic (XFD) features are refused as upstream refuses them to a
 *      process without permission (-EPERM): the host never enables them.
 *    Lost: AMX and any other XFD-controlled state for guests (the host
 *      enables none); the software-reserved bytes 464-511 of the XSAVE image
 *      handed to userspace read 0 (upstream writes its signal-frame
 *      descriptor there, which KVM_SET_XSAVE ignores).
 *
 * 3. The save and restore helpers KVM 5.10 calls on the FPU before the 4.2
 *    rework: copy_fpregs_to_fpstate(), __copy_kernel_to_fpregs(),
 *    copy_kernel_to_fpregs(), fpstate_init(), fpu_kernel_xstate_size,
 *    mxcsr_feature_mask, read_pkru(), __read_pkru(), __write_pkru(), and
 *    kbp_current_fpstate() (patches/0049: the current task's register image).
 *    Upstream: 4.2, the x86/fpu rework (the names; before it,
 *      fpu_save_init(), fpu_restore_checking() and fpu_finit() on a struct fpu
 *      whose image is behind a pointer); 4.6, "x86/pkeys" (PKRU).
 *    Probe: fpu_thread_xstate.
 *    Fallback: the host's own helpers (fpu_save_init(), fpu_restore_checking()
 *      with its fault fixup and the FXSAVE_LEAK clearing of
 *      restore_fpu_checking(), fpu_finit()), run on a struct fpu pointed at
 *      KVM's image (struct kbp_vcpu_fpu, asm/fpu/types.h): KVM switches the
 *      VMM's and the guest's registers exactly as on a 4.2 host, with XSAVE,
 *      XSAVEOPT or FXSAVE as the host itself would.  A restore that faults
 *      loads the init state and warns, as upstream's fixup does.  Such a host
 *      must be eager-FPU (use_eager_fpu() constant true, as in this 3.10
 *      tree with the LazyFP fix): then the current task's registers are
 *      always loaded and the 5.2 fallback above holds; compat/xsave.c stops
 *      the build on a lazy-FPU host, where it would not.
 *      mxcsr_feature_mask (not exported there) is computed as the host
 *      computes it (compat/xsave.c).  PKRU: the host enables no PKU (it
 *      came in 4.6; the kit's X86_FEATURE_PKU/OSPKE are free bits there),
 *      so read_pkru() is 0 and the raw ones are never reached.
 *    Lost: guests get no XSAVE state the host does not enable in XCR0:
 *      AVX-512, MPX and PKU (3.10 enables x87, SSE and AVX only), and
 *      no XSAVES/XSAVEC (KVM follows the host's XCR0).
 */
#ifndef KBP_ASM_FPU_API_H
#define KBP_ASM_FPU_API_H

#if __has_include_next(<asm/fpu/api.h>)
#include_next <asm/fpu/api.h>
#endif

#ifndef KBP_HAVE_GET_XSAVE_ADDR
struct xregs_state;
void *kbp_get_xsave_addr(struct xregs_state *xsave, int xfeature_nr);
#define get_xsave_addr kbp_get_xsave_addr
#endif

/*
 * fpregs_lock(), fpregs_unlock(), fpregs_assert_state_consistent(),
 * fpregs_mark_activate(), switch_fpu_return(), and kbp_fpu_need_load()
 * (patches/0014: KVM's tests of TIF_NEED_FPU_LOAD).
 *
 * Upstream: 5.2, "x86/fpu: Defer FPU state load until return to
 *   userspace": a task's FPU registers may be saved while it is in the
 *   kernel (TIF_NEED_FPU_LOAD) and are reloaded before it returns to user
 *   space; code that touches the registers brackets itself with
 *   fpregs_lock()/fpregs_unlock() and reloads them first.
 * Probe: fpregs_lock.
 * Fallback: an eager-FPU host keeps the current task's registers loaded
 *   while it runs (they are saved and restored at context switch, and
 *   around kernel_fpu_begin()/_end()), so they never need loading: the
 *   test is false, switch_fpu_return() is never reached, marking them
 *   active is nothing; fpregs_lock() is upstream's (preemption and
 *   bottom halves off), which covers what the host's own KVM did
 *   (preempt_disable()).  This is how KVM loaded the guest FPU before 5.2.
 * Lost: nothing.
 */
#ifndef KBP_HAVE_FPREGS_LOCK
#include <linux/bottom_half.h>
#include <linux/bug.h>
#include <linux/preempt.h>

static inline void fpregs_lock(void)
{
	preempt_disable();
	local_bh_disable();
}

static inline void fpregs_unlock(void)
{
	local_bh_enable();
	preempt_enable();
}

static inline void fpregs_assert_state_consistent(void)
{
}

static inline void fpregs_mark_activate(void)
{
}

static inline void switch_fpu_return(void)
{
	WARN_ON_ONCE(1);
}

#define kbp_fpu_need_load()	false
#else
#define kbp_fpu_need_load()	test_thread_flag(TIF_NEED_FPU_LOAD)
#endif

#if !defined(KBP_HAVE_GET_XSAVE_ADDR) || !defined(KBP_HAVE_FPU_GUEST_FPSTATE)
/* compat/xsave.c: where a component lives in an xsave area, present or not */
struct xregs_state;
void *kbp_xsave_raw_addr(struct xregs_state *xsave, int xfeature_nr);
#endif

#if defined(KBP_HAVE_FPU_GUEST_FPSTATE)
/* the host's own */
#elif defined(KBP_HAVE_COPY_FPREGS_TO_FPSTATE)
#include <linux/types.h>
#include <asm/fpu/types.h>

bool kbp_fpu_alloc_guest_fpstate(struct fpu_guest *gfpu);
void kbp_fpu_free_guest_fpstate(struct fpu_guest *gfpu);
int kbp_fpu_swap_kvm_fpstate(struct fpu_guest *gfpu, bool enter_guest);
int kbp_fpu_enable_guest_xfd_features(struct fpu_guest *guest_fpu,
				      u64 xfeatures);
void kbp_fpu_update_guest_xfd(struct fpu_guest *guest_fpu, u64 xfd);
void kbp_fpu_copy_guest_fpstate_to_uabi(struct fpu_guest *gfpu, void *buf,
					unsigned int size, u64 xfeatures,
					u32 pkru);
int kbp_fpu_copy_uabi_to_guest_fpstate(struct fpu_guest *gfpu,
				       const void *buf, u64 xcr0, u32 *vpkru);
void kbp_fpstate_clear_xstate_component(struct fpstate *fps,
					unsigned int xfeature);
u64 kbp_xstate_get_guest_group_perm(void);

#define fpu_alloc_guest_fpstate kbp_fpu_alloc_guest_fpstate
#define fpu_free_guest_fpstate kbp_fpu_free_guest_fpstate
#define fpu_swap_kvm_fpstate kbp_fpu_swap_kvm_fpstate
#define fpu_enable_guest_xfd_features kbp_fpu_enable_guest_xfd_features
#define fpu_update_guest_xfd kbp_fpu_update_guest_xfd
#define fpu_copy_guest_fpstate_to_uabi kbp_fpu_copy_guest_fpstate_to_uabi
#define fpu_copy_uabi_to_guest_fpstate kbp_fpu_copy_uabi_to_guest_fpstate
#define fpstate_clear_xstate_component kbp_fpstate_clear_xstate_component
#define xstate_get_guest_group_perm kbp_xstate_get_guest_group_perm

/* only called when the guest's fpstate has XFD bits set: never here */
static inline void fpu_sync_guest_vmexit_xfd_state(void)
{
}

static inline void fpstate_set_confidential(struct fpu_guest *gfpu)
{
	gfpu->fpstate->is_confidential = true;
}

static inline bool fpstate_is_confidential(struct fpu_guest *gfpu)
{
	return gfpu->fpstate->is_confidential;
}
#endif /* KBP_HAVE_COPY_FPREGS_TO_FPSTATE */

#ifdef KBP_HAVE_FPU_THREAD_XSTATE
#include <linux/bug.h>
#include <linux/sched.h>
#include <asm/i387.h>
#include <asm/fpu-internal.h>
#include <asm/xcr.h>
#include <asm/fpu/types.h>

#define fpu_kernel_xstate_size	xstate_size

/* compat/xsave.c: as the host's mxcsr_feature_mask_init() */
unsigned int kbp_mxcsr_feature_mask(void);
#define mxcsr_feature_mask	kbp_mxcsr_feature_mask()

/* the host's struct fpu over an image of the kit's */
#define KBP_HOST_FPU(image) \
	((struct fpu){ .state = (union thread_xstate *)(image) })

#define kbp_current_fpstate() \
	((union fpregs_state *)current->thread.fpu.state)

static inline int copy_fpregs_to_fpstate(struct kbp_vcpu_fpu *fpu)
{
	struct fpu host = KBP_HOST_FPU(&fpu->state);

	return fpu_save_init(&host);
}

static inline void fpstate_init(union fpregs_state *state)
{
	struct fpu host = KBP_HOST_FPU(state);

	fpu_finit(&host);
}

static inline void __copy_kernel_to_fpregs(union fpregs_state *fpstate,
					   u64 mask)
{
	struct fpu host = KBP_HOST_FPU(fpstate);
	static unsigned int kbp_fxsave_leak;

	/* AMD K7/K8: as the host's restore_fpu_checking() */
	if (unlikely(static_cpu_has(X86_FEATURE_FXSAVE_LEAK)))
		asm volatile("fnclex\n\t"
			     "emms\n\t"
			     "fildl %P[addr]"
			     : : [addr] "m" (kbp_fxsave_leak));

	if (use_xsave() && ~mask &&
	    (xgetbv(XCR_XFEATURE_ENABLED_MASK) & ~mask)) {
		/* a component left as it is: the host has no fixup for this */
		xrstor_state((struct xsave_struct *)fpstate, mask);
		return;
	}
	if (unlikely(fpu_restore_checking(&host))) {
		WARN_ONCE(1, "kvm-backport: bad FPU state, reinitializing\n");
		fpu_finit(&host);
		fpu_restore_checking(&host);
	}
}

static inline void copy_kernel_to_fpregs(union fpregs_state *fpstate)
{
	__copy_kernel_to_fpregs(fpstate, -1);
}

static inline u32 read_pkru(void)
{
	return 0;
}

static inline u32 __read_pkru(void)
{
	WARN_ON_ONCE(1);
	return 0;
}

static inline void __write_pkru(u32 pkru)
{
	WARN_ON_ONCE(1);
}
#else
#define kbp_current_fpstate()	(&current->thread.fpu.state)
#endif /* KBP_HAVE_FPU_THREAD_XSTATE */

#endif /* KBP_ASM_FPU_API_H */
