// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: <linux/entry-kvm.h>, xfer_to_guest_mode_handle_work() exported
 * Upstream: 5.10, "entry: Provide infrastructure for work before
 *   transitioning to guest mode" (x86 KVM uses it from 5.10 on).
 * Exports: xfer_to_guest_mode_handle_work
 * Fallback: include-compat/linux/entry-kvm.h and compat/entry_kvm.c: the
 *   pending signal and rescheduling checks KVM made itself before.
 */
#include <linux/entry-kvm.h>

bool kbp_probe(void)
{
	return xfer_to_guest_mode_work_pending();
}
