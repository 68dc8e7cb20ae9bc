// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct shrinker's count_objects() and scan_objects()
 * Upstream: 3.12, "mm: new shrinker API" (before, one shrink() callback).
 * Fallback: struct kbp_static_shrinker over a host shrinker with one
 *   shrink() callback (include-compat/linux/shrinker.h, compat/shrinker.c).
 */
#include <linux/mm.h>	/* brings linux/shrinker.h with what it needs (RHEL: rh_kabi.h) */

static unsigned long kbp_count(struct shrinker *s, struct shrink_control *sc)
{
	return 0;
}

static unsigned long kbp_scan(struct shrinker *s, struct shrink_control *sc)
{
	return SHRINK_STOP;
}

struct shrinker kbp_probe = {
	.count_objects = kbp_count,
	.scan_objects = kbp_scan,
};
