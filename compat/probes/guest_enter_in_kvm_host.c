// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: linux/context_tracking.h leaves guest_enter_irqoff() and
 *   guest_exit_irqoff() to linux/kvm_host.h (this file defines a function
 *   of that name, which compiles only when the host's header has none)
 * Upstream: 5.18, "context_tracking: Move guest_enter/exit to
 *   kvm_host.h" (release not verified)
 * Fallback: include-compat/linux/context_tracking.h reads the host's
 *   copies under kbp_host_* names, so that the synced linux/kvm_host.h can
 *   define its own.
 */
#include <linux/context_tracking.h>

void guest_enter_irqoff(void);
void guest_enter_irqoff(void)
{
}
