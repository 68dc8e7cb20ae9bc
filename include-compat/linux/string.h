/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/string.h + vmemdup_user() and vmemdup_array_user().
 *
 * vmemdup_user().
 *
 * Upstream: 4.16, "mm: add vmemdup_user()" (memdup_user() into kvmalloc()
 *   memory, freed with kvfree()).
 * Probe: vmemdup_user.
 * Fallback: the host's memdup_user() (kmalloc() memory, which kvfree()
 *   frees too).  A macro: a kvmalloc() stand-in is not reachable from
 *   here (linux/mm.h includes this header).
 * Lost: a large copy is not moved to vmalloc() when kmalloc() fails: KVM's
 *   largest (the GSI routing table, up to 4096 entries of 64 bytes) needs
 *   256 KiB of contiguous memory and may fail with -ENOMEM on a fragmented
 *   host.
 *
 * vmemdup_array_user().
 *
 * Upstream: 6.7, "string.h: add array-wrappers for (v)memdup_user()"; KVM
 *   copies the IRQ routing table in with it.
 * Probe: vmemdup_array_user.
 * Fallback: upstream's inline: -EOVERFLOW when n * size overflows, else
 *   the host's vmemdup_user().
 * Lost: nothing.
 */
#ifndef KBP_LINUX_STRING_H
#define KBP_LINUX_STRING_H

#include_next <linux/string.h>

#ifndef KBP_HAVE_VMEMDUP_USER
#define vmemdup_user memdup_user
#endif

#ifndef KBP_HAVE_VMEMDUP_ARRAY_USER
#include <linux/err.h>
#include <linux/overflow.h>

static inline void *kbp_vmemdup_array_user(const void __user *src, size_t n,
					   size_t size)
{
	size_t nbytes;

	if (check_mul_overflow(n, size, &nbytes))
		return ERR_PTR(-EOVERFLOW);
	return vmemdup_user(src, nbytes);
}
#define vmemdup_array_user kbp_vmemdup_array_user
#endif

#endif /* KBP_LINUX_STRING_H */
