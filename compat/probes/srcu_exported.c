// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: SRCU built into the host kernel and exported to modules
 * Upstream: ~4.0, "rcu: Make SRCU optional by using CONFIG_SRCU" (Pranith
 *   Kumar; release not verified here): SRCU became an option that its
 *   users select.  Before, every kernel built it (kernel/srcu.c, always
 *   linked) and its .config has no CONFIG_SRCU line at all.
 * Exports: synchronize_srcu call_srcu srcu_barrier
 * Provides: CONFIG_SRCU
 * Fallback: none needed: where it holds, the host's SRCU is what KVM's
 *   "select SRCU" asks for, so configure counts CONFIG_SRCU as set; where
 *   it fails and the host's .config has no CONFIG_SRCU=y, configure stops
 *   (the host lacks CONFIG_SRCU).
 */
#include <linux/srcu.h>

void *kbp_probe[] = { synchronize_srcu, call_srcu, srcu_barrier };
