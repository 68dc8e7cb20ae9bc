// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: is_zone_device_page(page)
 * Upstream: 4.5 (release not verified here), with ZONE_DEVICE (4.3).
 * Fallback: false (include-compat/linux/mm.h).
 */
#include <linux/mm.h>

bool kbp_probe(struct page *page)
{
	return is_zone_device_page(page);
}
