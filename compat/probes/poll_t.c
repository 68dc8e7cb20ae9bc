// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __poll_t
 * Upstream: 4.16, "annotate ->poll() instances" and the __poll_t type
 *   before it (release not verified here)
 * Fallback: the same typedef (include-compat/linux/types.h).
 */
#include <linux/types.h>

__poll_t kbp_probe(void)
{
	return 0;
}
