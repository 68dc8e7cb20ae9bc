/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/anon_inodes.h + anon_inode_getfile_fmode().
 *
 * Upstream: 6.12, "anon_inode: add anon_inode_getfile_fmode()" (not checked
 *   against kernel history): KVM's stats files are created with
 *   FMODE_PREAD instead of having it added afterwards.
 * Probe: anon_inode_getfile_fmode.
 * Fallback: anon_inode_getfile() and the bits added before the file is
 *   installed in a descriptor, as KVM did before 6.12.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_ANON_INODES_H
#define KBP_LINUX_ANON_INODES_H

#include_next <linux/anon_inodes.h>

#ifndef KBP_HAVE_ANON_INODE_GETFILE_FMODE
#include <linux/err.h>
#include <linux/fs.h>

static inline struct file *kbp_anon_inode_getfile_fmode(const char *name,
							const struct file_operations *fops,
							void *priv, int flags, fmode_t f_mode)
{
	struct file *file = anon_inode_getfile(name, fops, priv, flags);

	if (!IS_ERR(file))
		file->f_mode |= f_mode;
	return file;
}
#define anon_inode_getfile_fmode kbp_anon_inode_getfile_fmode
#endif

#endif /* KBP_LINUX_ANON_INODES_H */
