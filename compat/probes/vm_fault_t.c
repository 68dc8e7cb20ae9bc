// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the type vm_fault_t
 * Upstream: 4.17, "mm: introduce vm_fault_t".
 * Fallback: typedef int (include-compat/linux/mm_types.h).
 */
#include <linux/mm_types.h>

vm_fault_t kbp_probe;
