/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/memtype.h on hosts without it, + pat_enabled() and
 * pat_pfn_immune_to_uc_mtrr().
 *
 * The header.
 *
 * Upstream: 5.8, "x86/mm/pat: Rename <asm/pat.h> => <asm/memtype.h>".
 * Probe: none; __has_include_next().
 * Fallback: the host's asm/pat.h, the same declarations (pat_enabled(),
 *   pat_pfn_immune_to_uc_mtrr(), ...).
 * Lost: nothing.
 *
 * pat_enabled().
 *
 * Upstream: 4.2 (release and subject not verified here): the exported
 *   function replaced the variable pat_enabled, which 3.10 does not export.
 * Probe: pat_enabled_fn.
 * Fallback: a macro, whether the CPU has PAT (boot_cpu_has()).
 * Lost: a host booted with nopat reads as PAT enabled; KVM's one caller
 *   (kvm_is_mmio_pfn()) also asks pat_pfn_immune_to_uc_mtrr(), whose
 *   fallback below makes the answer the same either way.
 *
 * pat_pfn_immune_to_uc_mtrr().
 *
 * Upstream: 4.10, "x86/mm: add a function to check if a pfn is UC/UC-/WC",
 *   with "KVM: MMU: consider host cache mode in MMIO page check": a
 *   reserved pfn is MMIO for KVM only if the host maps it UC, UC- or WC
 *   (NVDIMM DAX pages are reserved and write-back).
 * Probe: pat_pfn_immune_to_uc_mtrr.
 * Fallback: a macro, true (the host's memtype lookup is static and not
 *   exported): every reserved pfn is MMIO, as in KVM before 4.10.
 * Lost: a reserved write-back pfn (NVDIMM DAX, which such a host hardly
 *   has) is mapped uncached into the guest, as by the host's own KVM.
 */
#ifndef KBP_ASM_MEMTYPE_H
#define KBP_ASM_MEMTYPE_H

#if __has_include_next(<asm/memtype.h>)
#include_next <asm/memtype.h>
#else
#include <asm/pat.h>
#endif

#ifndef KBP_HAVE_PAT_ENABLED_FN
#define pat_enabled()	boot_cpu_has(X86_FEATURE_PAT)
#endif

#ifndef KBP_HAVE_PAT_PFN_IMMUNE_TO_UC_MTRR
#define pat_pfn_immune_to_uc_mtrr(pfn)	((void)(pfn), true)
#endif

#endif /* KBP_ASM_MEMTYPE_H */
