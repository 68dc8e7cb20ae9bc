/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/sched/signal.h on hosts without it, + send_sig_mceerr().
 *
 * The header.
 *
 * Upstream: 4.11, the split of linux/sched.h into headers of their own
 *   ("sched/headers: Prepare for new header dependencies before moving
 *   code to <linux/sched/signal.h>" and the moves after it).
 * Probe: none; __has_include_next().
 * Fallback: linux/sched.h, where what it holds lived before.
 * Lost: nothing.
 *
 * send_sig_mceerr().
 *
 * Upstream: 4.16 (subject not verified here), one of the helpers that
 *   fill a siginfo of one layout: SIGBUS for a memory error at an address,
 *   with the size of the poisoned unit (si_addr_lsb).  KVM sends it to the
 *   task whose guest touched a poisoned page.
 * Probe: send_sig_mceerr.
 * Fallback: a macro, what KVM's kvm_send_hwpoison_signal() did before:
 *   a zeroed siginfo with SIGBUS, the code, the address and si_addr_lsb,
 *   sent with the host's send_sig_info().
 * Lost: nothing.
 */
#ifndef KBP_LINUX_SCHED_SIGNAL_H
#define KBP_LINUX_SCHED_SIGNAL_H

#if __has_include_next(<linux/sched/signal.h>)
#include_next <linux/sched/signal.h>
#else
#include <linux/sched.h>
#endif

#ifndef KBP_HAVE_SEND_SIG_MCEERR
#define send_sig_mceerr(code, addr, lsb, t)				\
({									\
	siginfo_t __kbp_info = {};					\
									\
	__kbp_info.si_signo = SIGBUS;					\
	__kbp_info.si_code = (code);					\
	__kbp_info.si_addr = (addr);					\
	__kbp_info.si_addr_lsb = (lsb);					\
	send_sig_info(SIGBUS, &__kbp_info, (t));			\
})
#endif

#endif /* KBP_LINUX_SCHED_SIGNAL_H */
