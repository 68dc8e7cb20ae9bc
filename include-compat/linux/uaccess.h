/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/uaccess.h + copy_to_user_nofault().
 *
 * Upstream: 5.3, "uaccess: Add non-pagefault user-space write function"
 *   (probe_user_write), renamed in 5.8, "maccess: rename probe_user_write
 *   to copy_to_user_nofault".  KVM writes a vCPU's preempted flag into the
 *   guest's steal time page from the scheduler's preempt notifier, where it
 *   must not fault.
 * Probes: copy_to_user_nofault (exported); access_ok_no_type for the
 *   fallback's own access_ok() call.
 * Fallback: upstream's body: with the user address limit, access_ok(),
 *   then __copy_to_user_inatomic() with page faults disabled; -EFAULT when
 *   anything was left uncopied.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_UACCESS_H
#define KBP_LINUX_UACCESS_H

#include_next <linux/uaccess.h>

#ifndef KBP_HAVE_COPY_TO_USER_NOFAULT
static inline long kbp_copy_to_user_nofault(void __user *dst, const void *src,
					    size_t size)
{
	long ret = -EFAULT;
	mm_segment_t old_fs = get_fs();

	set_fs(USER_DS);
#ifdef KBP_HAVE_ACCESS_OK_NO_TYPE
	if (access_ok(dst, size)) {
#else
	if (access_ok(VERIFY_WRITE, dst, size)) {
#endif
		pagefault_disable();
		ret = __copy_to_user_inatomic(dst, src, size);
		pagefault_enable();
	}
	set_fs(old_fs);

	return ret ? -EFAULT : 0;
}
#define copy_to_user_nofault kbp_copy_to_user_nofault
#endif

#endif /* KBP_LINUX_UACCESS_H */
