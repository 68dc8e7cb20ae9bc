/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/poll.h + vfs_poll() and key_to_poll().
 *
 * Upstream: 4.16, the __poll_t series (key_to_poll(): the events a
 *   wake-up's key carries, as __poll_t); 4.18, "fs: add vfs_poll" (a
 *   file's ->poll(), or DEFAULT_POLLMASK where it has none).  Releases not
 *   verified here.  KVM's irqfd polls the eventfd with them.
 * Probes: vfs_poll, key_to_poll.
 * Fallback: upstream's inlines; __poll_t from the kit's linux/types.h
 *   where the host lacks it.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_POLL_H
#define KBP_LINUX_POLL_H

#include_next <linux/poll.h>

#ifndef KBP_HAVE_KEY_TO_POLL
static inline __poll_t kbp_key_to_poll(void *key)
{
	return (__force __poll_t)(uintptr_t)key;
}
#define key_to_poll kbp_key_to_poll
#endif

#ifndef KBP_HAVE_VFS_POLL
static inline __poll_t kbp_vfs_poll(struct file *file,
				    struct poll_table_struct *pt)
{
	if (unlikely(!file->f_op->poll))
		return DEFAULT_POLLMASK;
	return file->f_op->poll(file, pt);
}
#define vfs_poll kbp_vfs_poll
#endif

#endif /* KBP_LINUX_POLL_H */
