// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: debugfs_lookup() declared and exported
 * Upstream: 4.11 (release not verified here)
 * Exports: debugfs_lookup
 * Fallback: d_hash_and_lookup() in the parent
 *   (include-compat/linux/debugfs.h).
 */
#include <linux/debugfs.h>

void *kbp_probe = debugfs_lookup;
