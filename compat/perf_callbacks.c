// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/perf_event.h
 *
 * Provides: CONFIG_GUEST_PERF_EVENTS when perf_guest_info_callbacks_state is missing
 *
 * perf_register_guest_info_callbacks() in the 5.17 shape over the host's
 * older one (see include-compat/linux/perf_event.h).  KVM registers one
 * set at load and unregisters it at unload; the host calls these from NMI
 * context, under RCU, and its unregister waits for a grace period.
 */
#include <linux/perf_event.h>

#ifndef KBP_HAVE_PERF_GUEST_INFO_CALLBACKS_STATE
#include <linux/bug.h>
#include <linux/compiler.h>

static struct kbp_perf_guest_info_callbacks *kbp_perf_cbs;

static int kbp_perf_is_in_guest(void)
{
	return !!READ_ONCE(kbp_perf_cbs)->state();
}

static int kbp_perf_is_user_mode(void)
{
	return !!(READ_ONCE(kbp_perf_cbs)->state() & PERF_GUEST_USER);
}

static unsigned long kbp_perf_get_guest_ip(void)
{
	return READ_ONCE(kbp_perf_cbs)->get_ip();
}

#ifdef KBP_HAVE_PERF_GUEST_PT_INTR
static void kbp_perf_handle_intel_pt_intr(void)
{
	READ_ONCE(kbp_perf_cbs)->handle_intel_pt_intr();
}
#endif

static struct perf_guest_info_callbacks kbp_perf_host_cbs = {
	.is_in_guest = kbp_perf_is_in_guest,
	.is_user_mode = kbp_perf_is_user_mode,
	.get_guest_ip = kbp_perf_get_guest_ip,
};

void kbp_perf_register_guest_info_callbacks(struct kbp_perf_guest_info_callbacks *cbs)
{
	if (WARN_ON_ONCE(kbp_perf_cbs))
		return;
	WRITE_ONCE(kbp_perf_cbs, cbs);
#ifdef KBP_HAVE_PERF_GUEST_PT_INTR
	kbp_perf_host_cbs.handle_intel_pt_intr =
		cbs->handle_intel_pt_intr ? kbp_perf_handle_intel_pt_intr : NULL;
#endif
	if (perf_register_guest_info_callbacks(&kbp_perf_host_cbs))
		WRITE_ONCE(kbp_perf_cbs, NULL);
}

void kbp_perf_unregister_guest_info_callbacks(struct kbp_perf_guest_info_callbacks *cbs)
{
	if (WARN_ON_ONCE(kbp_perf_cbs != cbs))
		return;
	/* waits for the callbacks that run (synchronize_rcu()) */
	perf_unregister_guest_info_callbacks(&kbp_perf_host_cbs);
	WRITE_ONCE(kbp_perf_cbs, NULL);
}
#endif /* !KBP_HAVE_PERF_GUEST_INFO_CALLBACKS_STATE */
