// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: shrinker_alloc(), shrinker_register(), shrinker_free()
 * Upstream: 6.7, "mm: shrinker: add infrastructure for dynamically
 *   allocating shrinker" (register_shrinker()/unregister_shrinker() went
 *   away in the same series).
 * Exports: shrinker_alloc shrinker_register shrinker_free
 * Fallback: compat/shrinker.c, a host shrinker registered through
 *   register_shrinker() at shrinker_alloc() time (include-compat/linux/shrinker.h).
 */
#include <linux/types.h>
#include <linux/atomic.h>
#include <linux/module.h>	/* RHEL 8's linux/shrinker.h uses RH_KABI_* without rh_kabi.h */
#include <linux/shrinker.h>

void kbp_probe(void)
{
	struct shrinker *s = shrinker_alloc(SHRINKER_NUMA_AWARE, "kbp-%d", 0);

	if (s) {
		shrinker_register(s);
		shrinker_free(s);
	}
}
