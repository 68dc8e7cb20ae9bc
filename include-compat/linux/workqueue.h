/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/workqueue.h + WQ_PERCPU.
 *
 * Upstream: 6.17, "workqueue: Add new WQ_PERCPU flag": callers that need
 *   per-CPU workers say so, before unbound becomes the default.
 * Probe: wq_percpu.
 * Fallback: 0: on such a host a workqueue without WQ_UNBOUND is per-CPU.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_WORKQUEUE_H
#define KBP_LINUX_WORKQUEUE_H

#include_next <linux/workqueue.h>

#ifndef KBP_HAVE_WQ_PERCPU
#define WQ_PERCPU	0
#endif

#endif /* KBP_LINUX_WORKQUEUE_H */
