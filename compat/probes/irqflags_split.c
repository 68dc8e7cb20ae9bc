// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: trace_hardirqs_on_prepare(), trace_hardirqs_off_finish() and
 *   lockdep_hardirqs_on()/_off() (lockdep_hardirqs_on_prepare() came with
 *   them and lost its argument in 5.11; not tested)
 * Upstream: 5.8, "x86/entry: Split irq tracing" / "lockdep: Prepare for
 *   noinstr sections".
 * Fallback: include-compat/linux/irqflags.h, the host's whole
 *   trace_hardirqs_on()/_off() at the tracer halves.
 */
#include <linux/irqflags.h>
#include <linux/kernel.h>

void kbp_probe(void)
{
	trace_hardirqs_on_prepare();
	lockdep_hardirqs_on(_THIS_IP_);
	lockdep_hardirqs_off(_THIS_IP_);
	trace_hardirqs_off_finish();
}
