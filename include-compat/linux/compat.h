/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/compat.h + get_compat_sigset().
 *
 * Upstream: 4.16 (subject not verified here): read a 32-bit process's
 *   signal mask from user memory into a sigset_t in one call.  KVM's
 *   KVM_SET_SIGNAL_MASK of a compat caller uses it.
 * Probe: get_compat_sigset.
 * Fallback: a macro, what KVM did before: copy_from_user() of the
 *   compat_sigset_t (-EFAULT if it fails), then the host's exported
 *   sigset_from_compat().
 * Lost: nothing.
 */
#ifndef KBP_LINUX_COMPAT_H
#define KBP_LINUX_COMPAT_H

#include_next <linux/compat.h>

#ifndef KBP_HAVE_GET_COMPAT_SIGSET
#define get_compat_sigset(set, compat)					\
({									\
	compat_sigset_t __kbp_cset;					\
	int __kbp_r = copy_from_user(&__kbp_cset, (compat),		\
				     sizeof(__kbp_cset)) ? -EFAULT : 0;	\
									\
	if (!__kbp_r)							\
		sigset_from_compat((set), &__kbp_cset);			\
	__kbp_r;							\
})
#endif

#endif /* KBP_LINUX_COMPAT_H */
