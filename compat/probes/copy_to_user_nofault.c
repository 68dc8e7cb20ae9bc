// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: copy_to_user_nofault() exported
 * Upstream: 5.8, "maccess: rename probe_user_write to copy_to_user_nofault"
 *   (probe_user_write() itself came in 5.3).
 * Exports: copy_to_user_nofault
 * Fallback: include-compat/linux/uaccess.h, upstream's body: access_ok(),
 *   then __copy_to_user_inatomic() with page faults disabled.
 */
#include <linux/uaccess.h>

long kbp_probe(void __user *dst, const void *src)
{
	return copy_to_user_nofault(dst, src, 1);
}
