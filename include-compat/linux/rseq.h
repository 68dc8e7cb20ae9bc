/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/rseq.h + rseq_virt_userspace_exit().
 *
 * Upstream: ~6.19, the rseq rework (not checked against kernel history):
 *   rseq's user-space update is deferred to the exit to user mode and no
 *   longer raised from the scheduler; KVM_RUN re-raises it when it returns.
 * Probe: rseq_virt_userspace_exit.
 * Fallback: nothing to do: an older host raises TIF_NOTIFY_RESUME from the
 *   scheduler for every switch of a task with rseq (rseq_preempt(),
 *   rseq_migrate()), so a vCPU thread's rseq area is updated on its way
 *   back to user mode as before.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_RSEQ_H
#define KBP_LINUX_RSEQ_H

#if __has_include_next(<linux/rseq.h>)
#include_next <linux/rseq.h>
#endif

#ifndef KBP_HAVE_RSEQ_VIRT_USERSPACE_EXIT
static inline void rseq_virt_userspace_exit(void)
{
}
#endif

#endif /* KBP_LINUX_RSEQ_H */
