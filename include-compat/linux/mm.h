/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mm.h + what newer KVM takes from it: GUP without the vmas
 * argument, two GUP flags, the follow_pfnmap API and vma_lookup().  One
 * section per concern, each with its own probe.
 */
#ifndef KBP_LINUX_MM_H
#define KBP_LINUX_MM_H

#include_next <linux/mm.h>

/*
 * get_user_pages() / get_user_pages_remote() without vmas.
 *
 * Upstream: 6.5, "mm/gup: remove unused vmas parameter from
 *   get_user_pages()" and "mm/gup: remove vmas parameter from
 *   get_user_pages_remote()".
 * Probes: get_user_pages_no_vmas, get_user_pages_remote_no_vmas.
 * Fallback: the host's function with vmas = NULL, which is what every
 *   caller of the new form means (the parameter was only removed).
 * Lost: nothing.
 */
#ifndef KBP_HAVE_GET_USER_PAGES_NO_VMAS
static inline long kbp_get_user_pages(unsigned long start,
				      unsigned long nr_pages,
				      unsigned int gup_flags,
				      struct page **pages)
{
	return get_user_pages(start, nr_pages, gup_flags, pages, NULL);
}
#define get_user_pages kbp_get_user_pages
#endif

#ifndef KBP_HAVE_GET_USER_PAGES_REMOTE_NO_VMAS
static inline long kbp_get_user_pages_remote(struct mm_struct *mm,
					     unsigned long start,
					     unsigned long nr_pages,
					     unsigned int gup_flags,
					     struct page **pages, int *locked)
{
	return get_user_pages_remote(mm, start, nr_pages, gup_flags, pages,
				     NULL, locked);
}
#define get_user_pages_remote kbp_get_user_pages_remote
#endif

/*
 * FOLL_INTERRUPTIBLE.
 *
 * Upstream: 6.2, "mm/gup: Add FOLL_INTERRUPTIBLE" (with "kvm: Add
 *   interruptible flag to __gfn_to_pfn_memslot()").
 * Probe: foll_interruptible.
 * Fallback: 0.  The flag only asks GUP to give up (-EINTR) on a pending
 *   non-fatal signal; without it GUP still gives up on a fatal one, and
 *   KVM treats -EINTR from GUP as an optional early exit.  0 is therefore
 *   the host's full behaviour, not a wrong one.
 * Lost: a vCPU blocked in a page fault that waits long (userfaultfd, e.g.
 *   during post-copy migration) returns to userspace only on a fatal
 *   signal, not on any signal, as with 6.1's own KVM.
 */
#ifndef KBP_HAVE_FOLL_INTERRUPTIBLE
#define FOLL_INTERRUPTIBLE 0
#endif

/*
 * FOLL_HONOR_NUMA_FAULT.
 *
 * Upstream: "mm/gup: reintroduce FOLL_NUMA as FOLL_HONOR_NUMA_FAULT"
 *   (2023): GUP stopped honoring NUMA hinting faults by default and
 *   callers that want it (KVM) ask with this flag.
 * Probe: foll_honor_numa_fault.
 * Fallback: 0.  Hosts without the flag honor NUMA hinting faults on every
 *   GUP without FOLL_FORCE (6.1: gup_can_follow_protnone() is
 *   "flags & FOLL_FORCE"; older kernels set FOLL_NUMA unless FOLL_FORCE),
 *   and KVM never passes FOLL_FORCE: the host already does what the flag
 *   asks.
 * Lost: nothing.
 */
#ifndef KBP_HAVE_FOLL_HONOR_NUMA_FAULT
#define FOLL_HONOR_NUMA_FAULT 0
#endif

/*
 * struct follow_pfnmap_args, follow_pfnmap_start(), follow_pfnmap_end().
 *
 * Upstream: 6.12, "mm: new follow_pfnmap API" (replaced follow_pte(),
 *   which took the mm and returned the locked PTE).
 * Probes: follow_pfnmap, follow_pte_mm.
 * Requires: follow_pfnmap_start: follow_pfnmap | follow_pte_mm
 * Fallback: compat/follow_pfnmap.c over the host's exported
 *   follow_pte(mm, address, &ptep, &ptl) (5.10.y-6.9): the same checks
 *   first (address inside the VMA, VM_IO or VM_PFNMAP), then the outputs
 *   (pfn, pgprot, writable, special) read from the PTE, which stays
 *   mapped and locked until follow_pfnmap_end() as upstream.
 * Lost: huge pfnmaps.  PMD/PUD leaf entries are not followed (follow_pte()
 *   fails on them), so such a mapping fails as it did with 6.1's KVM
 *   (-EFAULT to the vCPU) instead of being mapped.  In 6.1 itself only DAX
 *   installs PMD/PUD pfn entries, and DAX mappings are neither VM_IO nor
 *   VM_PFNMAP (KVM reaches them through GUP); VFIO's huge BAR mappings
 *   are 6.12's.
 */
#if defined(KBP_HAVE_FOLLOW_PFNMAP)
/* the host's own */
#elif defined(KBP_HAVE_FOLLOW_PTE_MM)
struct follow_pfnmap_args {
	/* inputs */
	struct vm_area_struct *vma;
	unsigned long address;
	/* internals: the caller must not touch these */
	spinlock_t *lock;
	pte_t *ptep;
	/* outputs */
	unsigned long pfn;
	pgprot_t pgprot;
	bool writable;
	bool special;
};

#define follow_pfnmap_start kbp_follow_pfnmap_start
#define follow_pfnmap_end kbp_follow_pfnmap_end

int kbp_follow_pfnmap_start(struct follow_pfnmap_args *args);
void kbp_follow_pfnmap_end(struct follow_pfnmap_args *args);
#endif

/*
 * vma_lookup().
 *
 * Upstream: 5.14, "mm: add vma_lookup(), update find_vma_intersection()
 *   comments".
 * Probe: vma_lookup.
 * Fallback: upstream's inline over find_vma(): the VMA that contains the
 *   address, or NULL.
 * Lost: nothing.
 */
#ifndef KBP_HAVE_VMA_LOOKUP
static inline struct vm_area_struct *kbp_vma_lookup(struct mm_struct *mm,
						    unsigned long addr)
{
	struct vm_area_struct *vma = find_vma(mm, addr);

	if (vma && addr < vma->vm_start)
		vma = NULL;
	return vma;
}
#define vma_lookup kbp_vma_lookup
#endif

#endif /* KBP_LINUX_MM_H */
