/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/trace_events.h on hosts without it.
 *
 * Upstream: 4.5, "tracing: Rename ftrace_event.h to trace_events.h".
 * Probe: none; __has_include_next().
 * Fallback: linux/ftrace_event.h, its name before.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_TRACE_EVENTS_H
#define KBP_LINUX_TRACE_EVENTS_H

#if __has_include_next(<linux/trace_events.h>)
#include_next <linux/trace_events.h>
#else
#include <linux/ftrace_event.h>
#endif

#endif /* KBP_LINUX_TRACE_EVENTS_H */
