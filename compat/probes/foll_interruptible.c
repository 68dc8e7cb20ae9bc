// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: FOLL_INTERRUPTIBLE (a macro up to 6.4, an enum constant since)
 * Upstream: 6.2, "mm/gup: Add FOLL_INTERRUPTIBLE"
 * Fallback: 0, GUP stays killable only (include-compat/linux/mm.h).
 */
#include <linux/mm.h>

unsigned int kbp_probe = FOLL_INTERRUPTIBLE;
