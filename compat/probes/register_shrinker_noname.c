// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: register_shrinker(shrinker), no name
 * Upstream: the form from 2.6 until 6.0 "mm: shrinkers: provide shrinkers
 *   with names".
 * Fallback: none; one shape compat/shrinker.c registers with (the name is
 *   dropped: it only appears in debugfs, from 6.0 on).
 */
#include <linux/mm.h>	/* brings linux/shrinker.h with what it needs (RHEL: rh_kabi.h) */

int (*kbp_probe)(struct shrinker *) = register_shrinker;
