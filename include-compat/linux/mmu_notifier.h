/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mmu_notifier.h + kbp_mmu_young_t, the return type of the "young"
 * callbacks (clear_flush_young, clear_young, test_young).
 *
 * Upstream: ~7.0 (not checked against kernel history): the callbacks
 *   return bool instead of int.
 * Probe: mmu_notifier_young_bool.
 * Fallback: patches/0014 declares KVM's three callbacks with
 *   kbp_mmu_young_t: bool where the host says bool, int elsewhere.  KVM's
 *   bool results convert to the 0 and 1 the host expects.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_MMU_NOTIFIER_H
#define KBP_LINUX_MMU_NOTIFIER_H

#include_next <linux/mmu_notifier.h>

#ifdef KBP_HAVE_MMU_NOTIFIER_YOUNG_BOOL
typedef bool kbp_mmu_young_t;
#else
typedef int kbp_mmu_young_t;
#endif

#endif /* KBP_LINUX_MMU_NOTIFIER_H */
