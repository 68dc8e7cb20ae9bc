// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: in_group_p() exported: the host kernel supports users and groups
 * Upstream: 4.1, "kernel: conditionally support non-root users, groups and
 *   capabilities" (Iulia Manda): CONFIG_MULTIUSER, which a kernel may turn
 *   off, and then kernel/groups.c (in_group_p()) is not built.  Before, a
 *   kernel was always multi-user and its .config has no CONFIG_MULTIUSER
 *   line at all.
 * Exports: in_group_p
 * Provides: CONFIG_MULTIUSER
 * Fallback: none needed: where it holds, the host is multi-user, which is
 *   what KVM's "depends on MULTIUSER" (for TASKSTATS) asks, so configure
 *   counts CONFIG_MULTIUSER as set; where it fails and the host's .config
 *   has no CONFIG_MULTIUSER=y, KVM is off, as in the host's own Kconfig.
 */
#include <linux/cred.h>

void *kbp_probe = in_group_p;
