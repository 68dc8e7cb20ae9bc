// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: perf_event_pause() exported
 * Upstream: 5.6, "perf/core: Provide a kernel-internal interface to pause
 *   perf_event" (for KVM's vPMU to keep an event across reprogramming).
 * Exports: perf_event_pause
 * Fallback: compat/perf_event.c disables the event and reads (and resets)
 *   its count.
 */
#include <linux/perf_event.h>

u64 (*kbp_probe)(struct perf_event *, bool) = perf_event_pause;
