// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: static_key_deferred_flush()
 * Upstream: 4.10 (release not verified here)
 * Fallback: flush the key's delayed work, if it has one
 *   (include-compat/linux/jump_label_ratelimit.h).
 */
#include <linux/jump_label_ratelimit.h>

void kbp_probe(struct static_key_deferred *key)
{
	static_key_deferred_flush(key);
}
