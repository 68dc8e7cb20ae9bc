// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: fd_file(), the accessor for struct fd's file
 * Upstream: 6.12, "introduce fd_file(), convert all accessors to it."
 * Fallback: fd_file(f) is (f).file, the member of the older struct fd
 *   (include-compat/linux/file.h).
 */
#include <linux/file.h>

struct file *kbp_probe(struct fd f)
{
	return fd_file(f);
}
