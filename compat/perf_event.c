// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/perf_event.h
 *
 * kbp_perf_event_pause(): perf_event_pause() for hosts that lack it (see
 * include-compat/linux/perf_event.h).  Upstream disables the event, reads
 * and resets its count under the event's context lock; here
 * perf_event_disable() takes that lock and returns once the event has
 * stopped on its CPU, so the count read afterwards is final.  KVM's events
 * are per-task, not inherited, and KVM is their only user.
 */
#include <linux/perf_event.h>

#ifndef KBP_HAVE_PERF_EVENT_PAUSE
u64 kbp_perf_event_pause(struct perf_event *event, bool reset)
{
	u64 count;

	WARN_ON_ONCE(event->attr.inherit);
	perf_event_disable(event);
	count = local64_read(&event->count);
	if (reset)
		local64_set(&event->count, 0);
	return count;
}
#endif
