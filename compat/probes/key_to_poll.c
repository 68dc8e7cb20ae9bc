// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: key_to_poll()
 * Upstream: 4.16, with __poll_t (release not verified here)
 * Fallback: the same cast of the wake-up key (include-compat/linux/poll.h).
 */
#include <linux/poll.h>

unsigned int kbp_probe(void *key)
{
	return (__force unsigned int)key_to_poll(key);
}
