// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: struct mmu_notifier_ops has invalidate_range
 * Upstream: 4.1, "mmu_notifier: add the callback for
 *   mmu_notifier_invalidate_range()" (Joerg Roedel; release not verified):
 *   called when the host flushes secondary TLBs; KVM reloads the APIC access
 *   page from it.
 * Removed: 6.6, "mmu_notifiers: rename invalidate_range notifier"
 *   (arch_invalidate_secondary_tlbs; release not verified).
 * Fallback: patches/0034: KVM leaves the member out; the
 *   invalidate_page() adapter calls KVM's callback where the host has that
 *   member.
 */
#include <linux/mmu_notifier.h>

size_t kbp_probe = sizeof(((struct mmu_notifier_ops *)0)->invalidate_range);
