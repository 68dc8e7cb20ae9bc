// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: send_sig_mceerr(code, addr, lsb, task) exported
 * Upstream: 4.16 (subject not verified here).
 * Exports: send_sig_mceerr
 * Fallback: a siginfo for send_sig_info(), as KVM before
 *   (include-compat/linux/sched/signal.h).
 */
#if __has_include(<linux/sched/signal.h>)
#include <linux/sched/signal.h>
#else
#include <linux/sched.h>
#endif

int (*kbp_probe)(int, void __user *, short, struct task_struct *) =
	send_sig_mceerr;
