// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: access_ok(addr, size), no type
 * Upstream: 5.0, "Remove 'type' argument from access_ok() function"
 *   (RHEL 8's 4.18 has it too: a probe, not the version, tells).
 * Fallback: access_ok(VERIFY_WRITE, addr, size) where the kit's own code
 *   calls it (include-compat/linux/uaccess.h).
 */
#include <linux/uaccess.h>

bool kbp_probe(void __user *p)
{
	return access_ok(p, 1);
}
