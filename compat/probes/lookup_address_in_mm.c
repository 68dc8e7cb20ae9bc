// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: lookup_address_in_mm() exported
 * Upstream: 5.x, "x86/mm: Add lookup_address_in_mm()" for KVM's host
 *   mapping level lookup (host_pfn_mapping_level(), 5.10.y); release not
 *   verified here.
 * Exports: lookup_address_in_mm
 * Removed: ~6.x, KVM walks the host page tables itself (not verified)
 * Fallback: compat/pgtable.c walks the mm's page tables as the host's
 *   (unexported) lookup_address_in_pgd() does.
 */
#include <linux/mm.h>
#include <asm/pgtable_types.h>

pte_t *(*kbp_probe)(struct mm_struct *, unsigned long, unsigned int *) =
	lookup_address_in_mm;
