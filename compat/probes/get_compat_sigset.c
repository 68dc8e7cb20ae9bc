// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: get_compat_sigset(set, compat) exported
 * Upstream: 4.16 (subject not verified here).
 * Exports: get_compat_sigset
 * Fallback: copy_from_user() and sigset_from_compat(), as KVM before
 *   (include-compat/linux/compat.h).
 */
#include <linux/compat.h>

int (*kbp_probe)(sigset_t *, const compat_sigset_t __user *) =
	get_compat_sigset;
