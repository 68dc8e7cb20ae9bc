// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: WQ_PERCPU
 * Upstream: 6.17, "workqueue: Add new WQ_PERCPU flag" (Marco Crivellari),
 *   on the way to unbound workqueues by default; callers that need per-CPU
 *   workers say so.
 * Fallback: include-compat/linux/workqueue.h: 0, since on such a host
 *   every workqueue without WQ_UNBOUND is per-CPU already.
 */
#include <linux/workqueue.h>

int kbp_probe = WQ_PERCPU;
