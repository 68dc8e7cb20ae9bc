/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/debugfs.h + debugfs_lookup().
 *
 * Upstream: 4.11 (release not verified here), "debugfs: add
 *   debugfs_lookup()": the dentry of a name in a debugfs directory, with a
 *   reference, or NULL.  KVM looks up its per-VM directory's name first,
 *   so that a second VM of the same process and fd number gets no
 *   directory instead of a failed one.
 * Probe: debugfs_lookup (exported).
 * Fallback: d_hash_and_lookup() in the parent (exported since 2.6): debugfs
 *   keeps every entry's dentry in the dcache, so the cached lookup finds
 *   what the filesystem lookup would; a negative dentry (left by a lookup
 *   of a name that did not exist) counts as not found, as upstream.
 * Lost: nothing for KVM, which passes its own directory; a NULL parent
 *   (the debugfs root, which KVM never asks for) finds nothing.
 */
#ifndef KBP_LINUX_DEBUGFS_H
#define KBP_LINUX_DEBUGFS_H

#include_next <linux/debugfs.h>

#ifndef KBP_HAVE_DEBUGFS_LOOKUP
#include <linux/dcache.h>
#include <linux/err.h>
#include <linux/string.h>

static inline struct dentry *kbp_debugfs_lookup(const char *name,
						struct dentry *parent)
{
	struct qstr q = QSTR_INIT(name, strlen(name));
	struct dentry *d;

	if (!parent)
		return NULL;
	d = d_hash_and_lookup(parent, &q);
	if (IS_ERR_OR_NULL(d))
		return NULL;
	if (!d->d_inode) {
		dput(d);
		return NULL;
	}
	return d;
}
#define debugfs_lookup kbp_debugfs_lookup
#endif

#endif /* KBP_LINUX_DEBUGFS_H */
