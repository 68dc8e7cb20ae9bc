// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: fd_empty()
 * Upstream: 6.12, Al Viro's struct fd series (with "struct fd:
 *   representation change")
 * Fallback: fd_empty(f) is !fd_file(f) (include-compat/linux/file.h).
 */
#include <linux/file.h>

bool kbp_probe(struct fd f)
{
	return fd_empty(f);
}
