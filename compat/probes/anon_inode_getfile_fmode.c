// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: anon_inode_getfile_fmode()
 * Upstream: 6.12, "anon_inode: add anon_inode_getfile_fmode()" (Dawei Li;
 *   not checked against kernel history): an anonymous file with extra
 *   f_mode bits from the start; KVM's stats file descriptors get
 *   FMODE_PREAD.
 * Exports: anon_inode_getfile_fmode
 * Fallback: include-compat/linux/anon_inodes.h: anon_inode_getfile(), then
 *   the bits added, what KVM did before.
 */
#include <linux/anon_inodes.h>
#include <linux/fs.h>

struct file *(*kbp_probe)(const char *, const struct file_operations *,
			  void *, int, fmode_t) = anon_inode_getfile_fmode;
