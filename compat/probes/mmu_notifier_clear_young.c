// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct mmu_notifier_ops has clear_young
 * Upstream: 4.3, "mmu-notifier: add clear_young callback" (Vladimir
 *   Davydov; release not verified): ages a page without a TLB flush
 * Fallback: patches/0034: KVM leaves the member out; the host then ages
 *   pages through clear_flush_young only.
 */
#include <linux/mmu_notifier.h>

size_t kbp_probe = sizeof(((struct mmu_notifier_ops *)0)->clear_young);
