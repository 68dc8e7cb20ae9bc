// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the uoff_t type
 * Upstream: ~6.19, "types: add uoff_t" (not checked against kernel
 *   history): an unsigned file offset; guest_memfd binds at one.
 * Fallback: include-compat/linux/types.h: the same typedef (unsigned long
 *   long, as __kernel_uoff_t).
 */
#include <linux/types.h>

uoff_t kbp_probe;
