/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/rculist.h + __list_check_srcu(), which the SRCU list iterators
 * configure adds (list_for_each_entry_srcu() and the hlist one, from the
 * synced source's headers) expand to.
 *
 * Upstream: 5.10, "rculist: Introduce list/hlist_for_each_entry_srcu()
 *   macros" (a lockdep condition for SRCU-protected list walks).
 * Probe: none; __list_check_srcu is a preprocessor macro.
 * Fallback: the lockdep check as upstream has it with
 *   CONFIG_PROVE_RCU_LIST, which the host does not have: nothing.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_RCULIST_H
#define KBP_LINUX_RCULIST_H

#include_next <linux/rculist.h>

#ifndef __list_check_srcu
#define __list_check_srcu(cond) ({ })
#endif

#endif /* KBP_LINUX_RCULIST_H */
