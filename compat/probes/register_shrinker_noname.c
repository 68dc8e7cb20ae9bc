// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: register_shrinker(shrinker), without a name
 * Upstream: 2.6.23 to 5.19 ("mm: shrinkers: provide shrinkers with names",
 *   6.0, added the name)
 * Fallback: the oldest shape of the shrinker interface for
 *   include-compat/linux/shrinker.h (Requires: there); without any shape it
 *   knows, configure refuses the host.
 */
#include <linux/types.h>
#include <linux/atomic.h>
#include <linux/shrinker.h>

int kbp_probe(struct shrinker *s)
{
	return register_shrinker(s);
}
