// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: FOLL_HONOR_NUMA_FAULT (an enum constant)
 * Upstream: "mm/gup: reintroduce FOLL_NUMA as FOLL_HONOR_NUMA_FAULT" (2023)
 * Fallback: 0: hosts without it honor NUMA hinting faults in GUP unless
 *   FOLL_FORCE (include-compat/linux/mm.h).
 */
#include <linux/mm.h>

unsigned int kbp_probe = FOLL_HONOR_NUMA_FAULT;
