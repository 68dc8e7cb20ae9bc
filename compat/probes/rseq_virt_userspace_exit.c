// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: rseq_virt_userspace_exit()
 * Upstream: ~6.19, "rseq: Avoid CPU/MM CID updates when no event pending"
 *   series (Thomas Gleixner's rseq rework, not checked against kernel
 *   history): rseq updates are deferred to the exit to user mode, and a
 *   hypervisor's KVM_RUN must re-raise TIF_NOTIFY_RESUME on its way out.
 * Fallback: include-compat/linux/rseq.h: nothing to do; an older host
 *   raises TIF_NOTIFY_RESUME from the scheduler (rseq_preempt()) whenever
 *   the task is switched, so the update happens on the way to user mode.
 */
#include <linux/rseq.h>

void kbp_probe(void)
{
	rseq_virt_userspace_exit();
}
