/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/fpu/api.h + get_xsave_addr() for modules, and the deferred FPU
 * restore API on hosts before 5.2 (below).
 *
 * Upstream: ~6.10/6.11, exported again for KVM's SEV-ES VMSA setup (the YMM state of the guest's xsave area).
 * Probe: get_xsave_addr (exported).
 * Fallback: kbp_get_xsave_addr() in kvm.ko (compat/xsave.c): the same
 *   lookup computed from CPUID leaf 0xD, for the standard and the compacted
 *   format.  A NULL stub would silently hand SEV-ES guests zeroed YMM
 *   registers.
 * Lost: nothing.
 */
#ifndef KBP_ASM_FPU_API_H
#define KBP_ASM_FPU_API_H

#include_next <asm/fpu/api.h>

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

#endif /* KBP_ASM_FPU_API_H */
