// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: perf_event_period() exported
 * Upstream: 5.6, "perf/core: Provide a kernel-internal interface to
 *   recalibrate event period".
 * Exports: perf_event_period
 * Fallback: include-compat/linux/perf_event.h answers -EOPNOTSUPP, and KVM
 *   creates a new perf event instead of reusing the paused one.
 */
#include <linux/perf_event.h>

int (*kbp_probe)(struct perf_event *, u64) = perf_event_period;
