/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/uaccess.h + copy_to_user_nofault(); access_ok() with two arguments
 * and the user_access_*() and unsafe_*_user() of 4.x-5.x.
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
 *
 * + access_ok() with two arguments, user_access_begin()/end() and
 *   unsafe_get_user()/unsafe_put_user() on hosts before them (3.10):
 * Upstream: 5.0, "Remove 'type' argument from access_ok() function";
 *   user_access_begin() 4.5 (with its address and size since 5.3) and the
 *   unsafe_*_user() with an error label, 4.x (releases not verified here).
 *   KVM 5.10 checks memslot addresses with access_ok(addr, size) and
 *   updates the steal time page with the user_access_*() pair.
 * Probe: access_ok_no_type; the others are macros, defined here only when
 *   the host's headers did not.
 * Fallback: access_ok() chooses by its number of arguments: three go to
 *   the host's macro unchanged (the host's headers and the kit's code above
 *   still call it so), two to the host's with VERIFY_WRITE (x86 ignores
 *   the type).  The others as the generic fallbacks of linux/uaccess.h in
 *   4.x-5.x: access_ok() for user_access_begin(), nothing for
 *   user_access_end(), __get_user()/__put_user() (each with its own
 *   STAC/CLAC where the CPU has SMAP) jumping to the label on a fault.
 * Lost: nothing (the one STAC/CLAC pair around a whole sequence, a few
 *   cycles).
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

#ifndef KBP_HAVE_ACCESS_OK_NO_TYPE
static __always_inline int kbp_access_ok3(int type, const void __user *addr,
					  unsigned long size)
{
	return access_ok(type, addr, size);
}
#define kbp_access_ok2(addr, size)	kbp_access_ok3(VERIFY_WRITE, addr, size)
#define kbp_access_ok_pick(a, b, c, name, ...)	name
#undef access_ok
#define access_ok(...)							\
	kbp_access_ok_pick(__VA_ARGS__, kbp_access_ok3, kbp_access_ok2,)(__VA_ARGS__)
#endif

#ifndef user_access_begin
#define user_access_begin(ptr, len)	access_ok(ptr, len)
#endif
#ifndef user_access_end
#define user_access_end()		do { } while (0)
#endif
#ifndef unsafe_get_user
#define unsafe_get_user(x, ptr, err)					\
	do { if (unlikely(__get_user(x, ptr))) goto err; } while (0)
#endif
#ifndef unsafe_put_user
#define unsafe_put_user(x, ptr, err)					\
	do { if (unlikely(__put_user(x, ptr))) goto err; } while (0)
#endif

#endif /* KBP_LINUX_UACCESS_H */
