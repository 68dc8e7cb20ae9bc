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

#endif /* KBP_ASM_FPU_API_H */
