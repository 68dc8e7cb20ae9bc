// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: vfs_poll()
 * Upstream: 4.18, "fs: add vfs_poll" (release not verified here)
 * Fallback: the same inline over ->poll() (include-compat/linux/poll.h).
 */
#include <linux/poll.h>

unsigned int kbp_probe(struct file *f, struct poll_table_struct *pt)
{
	return vfs_poll(f, pt);
}
