// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: fpregs_lock()/fpregs_unlock(), switch_fpu_return() and
 *   TIF_NEED_FPU_LOAD: the deferred FPU restore (fpregs_mark_activate(),
 *   which 5.10's KVM also calls, is not exported from 6.x on, when KVM no
 *   longer calls it)
 * Upstream: 5.2, "x86/fpu: Defer FPU state load until return to userspace"
 *   (Sebastian Andrzej Siewior's series): a task's FPU registers may be
 *   saved while it runs in the kernel and are reloaded on the way out.
 * Exports: switch_fpu_return
 * Fallback: include-compat/asm/fpu/api.h: on an eager-FPU host the
 *   current task's registers are always loaded.
 */
#include <linux/sched.h>
#include <asm/fpu/api.h>

void kbp_probe(void)
{
	fpregs_lock();
	if (test_thread_flag(TIF_NEED_FPU_LOAD))
		switch_fpu_return();
	fpregs_unlock();
}
