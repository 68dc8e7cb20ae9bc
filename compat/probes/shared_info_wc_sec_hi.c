// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct shared_info (Xen) names wc_sec_hi
 * Upstream: 5.11/5.12, "xen: add wc_sec_hi to struct shared_info"
 *   (subject and release not verified)
 * Fallback: the 4 bytes after wc, where the 64-bit layout keeps it
 *   (include-compat/xen/interface/xen.h, patches/0043).
 */
#include <linux/stddef.h>
#include <linux/types.h>
#include <xen/interface/xen.h>

unsigned long kbp_probe(struct shared_info *s)
{
	return offsetof(struct shared_info, wc_sec_hi) + s->wc_sec_hi;
}
