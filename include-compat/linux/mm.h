/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mm.h + what newer KVM takes from it: GUP without the vmas
 * argument, two GUP flags, the follow_pfnmap API, and for hosts before 5.9
 * the mmap lock API, get_user_pages_fast_only(), pin_user_pages_fast(),
 * fixup_user_fault() without a task and follow_pte(); vma_lookup() for
 * hosts before 5.14; is_zone_device_page() and PageTransCompoundMap() for
 * hosts before 4.6.  One section per concern, each with its own probe.
 */
#ifndef KBP_LINUX_MM_H
#define KBP_LINUX_MM_H

#include_next <linux/mm.h>

/*
 * kbp_get_user_pages(), kbp_get_user_pages_remote(): GUP without vmas, in
 * whichever shape the host has.  KVM's calls go through them
 * (patches/0009, every source), so the host's names keep their meaning.
 *
 * Upstream: 6.5, "mm/gup: remove unused vmas parameter from
 *   get_user_pages()" and "mm/gup: remove vmas parameter from
 *   get_user_pages_remote()"; 5.9, "mm/gup: remove task_struct pointer for
 *   all gup code" (get_user_pages_remote() lost its task).
 *   Before 4.9 ("mm: replace get_user_pages() write/force parameters with
 *   gup_flags") both were get_user_pages(tsk, mm, ..., write, force, ...)
 *   over the exported __get_user_pages(tsk, mm, ..., foll_flags, ...,
 *   nonblocking) (4.6 split off get_user_pages_remote(); the export of
 *   __get_user_pages() went later, not checked against kernel history);
 *   get_user_pages_unlocked() came with 4.0, lost its task and mm in 4.6
 *   and took gup_flags in 4.9.
 * Probes: get_user_pages_no_vmas, get_user_pages_vmas,
 *   get_user_pages_remote_no_vmas, get_user_pages_remote_vmas,
 *   get_user_pages_remote_tsk, get_user_pages_foll_tsk,
 *   get_user_pages_unlocked.
 * Requires: kbp_get_user_pages: get_user_pages_no_vmas | get_user_pages_vmas | get_user_pages_foll_tsk
 * Requires: kbp_get_user_pages_remote: get_user_pages_remote_no_vmas | get_user_pages_remote_vmas | get_user_pages_remote_tsk | get_user_pages_foll_tsk
 * Requires: get_user_pages_unlocked: get_user_pages_unlocked | get_user_pages_foll_tsk
 * Fallback: the host's function with vmas = NULL, which is what every
 *   caller of the new form means (the parameter was only removed); before
 *   5.9 also with a NULL task, which only leaves the fault out of a task's
 *   maj/min_flt counts, as 5.9 did for every caller.  Before 4.6, the
 *   host's __get_user_pages() with current, the gup_flags as they are and
 *   the two flags its get_user_pages() adds (FOLL_TOUCH, and FOLL_GET when
 *   pages are asked for), so that FOLL_HWPOISON and FOLL_NOWAIT keep their
 *   meaning, without nonblocking: the mmap lock is held throughout and
 *   *locked stays 1; get_user_pages_unlocked() is the same between
 *   down_read() and up_read() of mmap_sem, as 4.0's was.
 * Lost: nothing.  Before 4.6 the faults of the remote form count as the
 *   calling task's (KVM's async page fault worker), not as nobody's; and
 *   without nonblocking a fault waiting for I/O keeps mmap_sem held, as on
 *   such a host's own KVM.
 */
#if defined(KBP_HAVE_GET_USER_PAGES_NO_VMAS)
#define kbp_get_user_pages get_user_pages
#elif defined(KBP_HAVE_GET_USER_PAGES_VMAS)
static inline long kbp_get_user_pages(unsigned long start,
				      unsigned long nr_pages,
				      unsigned int gup_flags,
				      struct page **pages)
{
	return get_user_pages(start, nr_pages, gup_flags, pages, NULL);
}
#elif defined(KBP_HAVE_GET_USER_PAGES_FOLL_TSK)
#include <linux/sched.h>

/* what the host's get_user_pages() adds to its write and force */
#define KBP_GUP_FOLL(gup_flags, pages) \
	((gup_flags) | FOLL_TOUCH | ((pages) ? FOLL_GET : 0))

static inline long kbp_get_user_pages(unsigned long start,
				      unsigned long nr_pages,
				      unsigned int gup_flags,
				      struct page **pages)
{
	return __get_user_pages(current, current->mm, start, nr_pages,
				KBP_GUP_FOLL(gup_flags, pages), pages, NULL,
				NULL);
}
#endif

#if defined(KBP_HAVE_GET_USER_PAGES_REMOTE_NO_VMAS)
#define kbp_get_user_pages_remote get_user_pages_remote
#elif defined(KBP_HAVE_GET_USER_PAGES_REMOTE_VMAS) || \
	defined(KBP_HAVE_GET_USER_PAGES_REMOTE_TSK)
static inline long kbp_get_user_pages_remote(struct mm_struct *mm,
					     unsigned long start,
					     unsigned long nr_pages,
					     unsigned int gup_flags,
					     struct page **pages, int *locked)
{
#ifdef KBP_HAVE_GET_USER_PAGES_REMOTE_VMAS
	return get_user_pages_remote(mm, start, nr_pages, gup_flags, pages,
				     NULL, locked);
#else
	return get_user_pages_remote(NULL, mm, start, nr_pages, gup_flags,
				     pages, NULL, locked);
#endif
}
#elif defined(KBP_HAVE_GET_USER_PAGES_FOLL_TSK)
static inline long kbp_get_user_pages_remote(struct mm_struct *mm,
					     unsigned long start,
					     unsigned long nr_pages,
					     unsigned int gup_flags,
					     struct page **pages, int *locked)
{
	return __get_user_pages(current, mm, start, nr_pages,
				KBP_GUP_FOLL(gup_flags, pages), pages, NULL,
				NULL);
}
#endif

#if !defined(KBP_HAVE_GET_USER_PAGES_UNLOCKED) && \
	defined(KBP_HAVE_GET_USER_PAGES_FOLL_TSK)
static inline long kbp_get_user_pages_unlocked(unsigned long start,
					       unsigned long nr_pages,
					       struct page **pages,
					       unsigned int gup_flags)
{
	struct mm_struct *mm = current->mm;
	long ret;

	down_read(&mm->mmap_sem);
	ret = __get_user_pages(current, mm, start, nr_pages,
			       KBP_GUP_FOLL(gup_flags, pages), pages, NULL,
			       NULL);
	up_read(&mm->mmap_sem);
	return ret;
}
#define get_user_pages_unlocked kbp_get_user_pages_unlocked
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
 * Probes: follow_pfnmap, follow_pte_mm, follow_pte_pmd.
 * Requires: follow_pfnmap_start: follow_pfnmap | follow_pte_mm | follow_pte_pmd
 * Fallback: compat/follow_pfnmap.c over the host's exported
 *   follow_pte(mm, address, &ptep, &ptl) (5.12-6.9, or below over
 *   follow_pte_pmd() before 5.12): the same checks
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
#elif defined(KBP_HAVE_FOLLOW_PTE_MM) || defined(KBP_HAVE_FOLLOW_PTE_PMD)
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
 * The mmap lock API (mmap_read_lock(), ...).
 *
 * Upstream: 5.8, "mmap locking API: initial implementation as rwsem
 *   wrappers" (mm->mmap_sem became mm->mmap_lock in the same series).
 * Probe: mmap_read_lock.
 * Fallback: the same wrappers on the host's mm->mmap_sem.
 * Lost: nothing.
 */
#ifndef KBP_HAVE_MMAP_READ_LOCK
static inline void mmap_read_lock(struct mm_struct *mm)
{
	down_read(&mm->mmap_sem);
}

static inline int mmap_read_lock_killable(struct mm_struct *mm)
{
	return down_read_killable(&mm->mmap_sem);
}

static inline void mmap_read_unlock(struct mm_struct *mm)
{
	up_read(&mm->mmap_sem);
}

static inline void mmap_write_lock(struct mm_struct *mm)
{
	down_write(&mm->mmap_sem);
}

static inline void mmap_write_unlock(struct mm_struct *mm)
{
	up_write(&mm->mmap_sem);
}
#endif

/*
 * get_user_pages_fast_only(), get_user_page_fast_only().
 *
 * Upstream: 5.9, "mm/gup: rename __get_user_pages_fast() ->
 *   get_user_pages_fast_only()" (gup_flags instead of write), 5.10
 *   "mm/gup: introduce get_user_page_fast_only()".
 * Probe: get_user_pages_fast_only.
 * Fallback: the host's __get_user_pages_fast(start, nr, write, pages): the
 *   same lockless walk; FOLL_WRITE is the only flag callers passed.
 * Lost: nothing.
 */
#ifndef KBP_HAVE_GET_USER_PAGES_FAST_ONLY
static inline int get_user_pages_fast_only(unsigned long start, int nr_pages,
					   unsigned int gup_flags,
					   struct page **pages)
{
	WARN_ON_ONCE(gup_flags & ~FOLL_WRITE);
	return __get_user_pages_fast(start, nr_pages, !!(gup_flags & FOLL_WRITE),
				     pages);
}

static inline bool get_user_page_fast_only(unsigned long addr,
					   unsigned int gup_flags,
					   struct page **pagep)
{
	return get_user_pages_fast_only(addr, 1, gup_flags, pagep) == 1;
}
#endif

/*
 * pin_user_pages_fast(), unpin_user_pages().
 *
 * Upstream: 5.6, "mm/gup: introduce pin_user_pages*() and FOLL_PIN"
 *   (pages pinned for DMA are counted apart, for file systems and for
 *   long-term pins).
 * Probe: pin_user_pages.
 * Fallback: get_user_pages_fast() and put_page(), as callers (KVM's SEV
 *   memory registration among them) did before.
 * Lost: the pin accounting, which such a host does not have.
 */
#ifndef KBP_HAVE_PIN_USER_PAGES
static inline int pin_user_pages_fast(unsigned long start, int nr_pages,
				      unsigned int gup_flags,
				      struct page **pages)
{
	WARN_ON_ONCE(gup_flags & ~FOLL_WRITE);
	return get_user_pages_fast(start, nr_pages, !!(gup_flags & FOLL_WRITE),
				   pages);
}

static inline void unpin_user_pages(struct page **pages, unsigned long npages)
{
	unsigned long i;

	for (i = 0; i < npages; i++)
		put_page(pages[i]);
}
#endif

/*
 * fixup_user_fault() without the task.
 *
 * Upstream: 5.9, "mm/gup: remove task_struct pointer for all gup code";
 *   4.6, "mm: bring in additional flag for fixup_user_fault to signal
 *   unlock" (the unlocked argument: with it the fault may drop mmap_sem to
 *   retry, and says so there).
 * Probes: fixup_user_fault_no_tsk, fixup_user_fault_tsk.
 * Fallback: the host's, with current (the task was used for fault
 *   accounting only; callers passed current).  Before 4.6 also without
 *   unlocked: the fault is then not allowed to drop mmap_sem, *unlocked
 *   stays as the caller set it (false), which is the answer "the lock was
 *   held throughout" that callers handle.
 * Lost: nothing.  Before 4.6 a fault that would wait for I/O does so with
 *   mmap_sem held, as every fault of such a host's own KVM did.
 */
#ifndef KBP_HAVE_FIXUP_USER_FAULT_NO_TSK
static inline int kbp_fixup_user_fault(struct mm_struct *mm,
				       unsigned long address,
				       unsigned int fault_flags, bool *unlocked)
{
#ifdef KBP_HAVE_FIXUP_USER_FAULT_TSK
	return fixup_user_fault(current, mm, address, fault_flags, unlocked);
#else
	return fixup_user_fault(current, mm, address, fault_flags);
#endif
}
#define fixup_user_fault kbp_fixup_user_fault
#endif

/*
 * follow_pte(mm, address, &ptep, &ptl).
 *
 * Upstream: 5.12 (5.10.y), "mm: add follow_pte()" (exported for KVM's
 *   hva_to_pfn_remapped(); before, follow_pte_pmd() and the unexported
 *   follow_pte() with range arguments); 6.10 took a vma, 6.12 replaced it
 *   with the follow_pfnmap API.
 * Probes: follow_pte_mm, follow_pte_pmd, follow_pte_walk.
 * Requires: follow_pte: follow_pte_mm | follow_pte_pmd | follow_pte_walk
 * Fallback: the host's follow_pte_pmd() without range (no MMU notifier
 *   range to compute) and without PMD (a PMD mapping fails, as it does in
 *   follow_pte()): the same walk, locks and return values.  A host with
 *   neither (before 4.15: follow_pte() static, only follow_pfn() exported,
 *   which unlocks the PTE before it returns and gives no write bit) whose
 *   headers have the walk's helpers (probe follow_pte_walk: pud_large(),
 *   pmd_large(), gone in 6.9) gets that static follow_pte(): the walk of
 *   3.10's mm/memory.c with the host's inline page table helpers (the p4d
 *   level folded where the host has none, include-compat/asm/pgtable_types.h):
 *   0 and the present PTE mapped and locked, or -EINVAL.
 * Lost: nothing.  A PMD or PUD leaf fails as in the host's follow_pte()
 *   (its pmd_huge() is not exported; pmd_large() and pud_large() test the
 *   same bit).
 */
#if !defined(KBP_HAVE_FOLLOW_PTE_MM) && defined(KBP_HAVE_FOLLOW_PTE_PMD)
static inline int kbp_follow_pte(struct mm_struct *mm, unsigned long address,
				 pte_t **ptepp, spinlock_t **ptlp)
{
	return follow_pte_pmd(mm, address, NULL, NULL, ptepp, NULL, ptlp);
}
#define follow_pte kbp_follow_pte
#elif !defined(KBP_HAVE_FOLLOW_PTE_MM) && defined(KBP_HAVE_FOLLOW_PTE_WALK)
static inline int kbp_follow_pte(struct mm_struct *mm, unsigned long address,
				 pte_t **ptepp, spinlock_t **ptlp)
{
	pgd_t *pgd;
	p4d_t *p4d;
	pud_t *pud;
	pmd_t *pmd;
	pte_t *ptep;

	pgd = pgd_offset(mm, address);
	if (pgd_none(*pgd) || unlikely(pgd_bad(*pgd)))
		return -EINVAL;
	p4d = p4d_offset(pgd, address);
	if (p4d_none(*p4d) || unlikely(p4d_bad(*p4d)))
		return -EINVAL;
	pud = pud_offset(p4d, address);
	if (pud_none(*pud) || pud_large(*pud) || unlikely(pud_bad(*pud)))
		return -EINVAL;
	pmd = pmd_offset(pud, address);
	if (pmd_none(*pmd) || pmd_large(*pmd) || unlikely(pmd_bad(*pmd)))
		return -EINVAL;
	ptep = pte_offset_map_lock(mm, pmd, address, ptlp);
	if (!pte_present(*ptep)) {
		pte_unmap_unlock(ptep, *ptlp);
		return -EINVAL;
	}
	*ptepp = ptep;
	return 0;
}
#define follow_pte kbp_follow_pte
#endif

/*
 * kvfree().
 *
 * Upstream: 3.15, "mm: introduce kvfree()".
 * Probe: kvfree.
 * Fallback: upstream's body: vfree() of a vmalloc address, else kfree().
 * Lost: nothing.
 */
#ifndef KBP_HAVE_KVFREE
#include <linux/slab.h>
#include <linux/vmalloc.h>

static inline void kbp_kvfree(const void *addr)
{
	if (is_vmalloc_addr(addr))
		vfree(addr);
	else
		kfree(addr);
}
#define kvfree kbp_kvfree
#endif

/*
 * kvmalloc_node(), kvmalloc(), kvzalloc(), kvzalloc_node(),
 * kvmalloc_array(), kvcalloc().
 *
 * Upstream: 4.12, "mm: introduce kv[mz]alloc helpers" and "mm: add
 *   kvmalloc_array"; 4.18, "mm: Introduce kvcalloc()".
 * Probes: kvmalloc, kvcalloc.
 * Fallback: 4.12's kvmalloc_node(): kmalloc_node() alone unless the flags
 *   include GFP_KERNEL; above a page kmalloc_node() without warning or
 *   retry first, then __vmalloc(); the others over it as upstream's.
 * Lost: the vmalloc() part takes memory from any node (4.12 asked for the
 *   node; 3.10 exports no __vmalloc_node()).
 */
#ifndef KBP_HAVE_KVMALLOC
#include <linux/slab.h>
#include <linux/vmalloc.h>

static inline void *kbp_kvmalloc_node(size_t size, gfp_t flags, int node)
{
	gfp_t kmalloc_flags = flags;
	void *ret;

	if ((flags & GFP_KERNEL) != GFP_KERNEL)
		return kmalloc_node(size, flags, node);
	if (size > PAGE_SIZE)
		kmalloc_flags |= __GFP_NOWARN | __GFP_NORETRY;
	ret = kmalloc_node(size, kmalloc_flags, node);
	if (ret || size <= PAGE_SIZE)
		return ret;
	return __vmalloc(size, flags | __GFP_HIGHMEM);
}
#define kvmalloc_node kbp_kvmalloc_node

static inline void *kbp_kvmalloc_array(size_t n, size_t size, gfp_t flags)
{
	if (size != 0 && n > SIZE_MAX / size)
		return NULL;
	return kbp_kvmalloc_node(n * size, flags, NUMA_NO_NODE);
}
#define kvmalloc_array kbp_kvmalloc_array

#define kvmalloc(size, flags) kbp_kvmalloc_node(size, flags, NUMA_NO_NODE)
#define kvzalloc(size, flags) \
	kbp_kvmalloc_node(size, (flags) | __GFP_ZERO, NUMA_NO_NODE)
#define kvzalloc_node(size, flags, node) \
	kbp_kvmalloc_node(size, (flags) | __GFP_ZERO, node)
#endif

#ifndef KBP_HAVE_KVCALLOC
#define kvcalloc(n, size, flags) kvmalloc_array(n, size, (flags) | __GFP_ZERO)
#endif

/*
 * vma_kernel_pagesize() from <linux/mm.h>.
 *
 * Upstream: ~6.19 (not checked against kernel history): moved from
 *   <linux/hugetlb.h> (exported from mm/hugetlb.c) into <linux/mm.h> as an
 *   inline; kvm_main.c includes only the latter.
 * Probe: vma_kernel_pagesize_mm.
 * Fallback: the host's own declaration, as <linux/hugetlb.h> has it for
 *   hugetlbfs hosts (the function is exported there); including
 *   <linux/hugetlb.h> from here instead would loop back into mm.h, and a
 *   kit definition would clash with that declaration.
 * Lost: nothing.  A host without CONFIG_HUGETLB_PAGE (an inline in
 *   hugetlb.h) is not handled.
 */
#if !defined(KBP_HAVE_VMA_KERNEL_PAGESIZE_MM) && defined(CONFIG_HUGETLB_PAGE)
extern unsigned long vma_kernel_pagesize(struct vm_area_struct *vma);
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

/*
 * is_zone_device_page().
 *
 * Upstream: 4.5 (release not verified here), with ZONE_DEVICE (4.3, "mm:
 *   ZONE_DEVICE for "device memory""): pages of device memory (pmem, DAX)
 *   that KVM must not take a reference to as ordinary RAM.
 * Probe: is_zone_device_page.
 * Fallback: a macro, false: a host without the function has no
 *   ZONE_DEVICE, so no page is one.
 * Lost: nothing.
 */
#ifndef KBP_HAVE_IS_ZONE_DEVICE_PAGE
#define is_zone_device_page(page)	((void)(page), false)
#endif

/*
 * PageTransCompoundMap().
 *
 * Upstream: 4.6, "mm: thp: kvm: fix memory corruption in KVM with THP
 *   enabled": after the THP refcounting rework (4.5) a THP can be mapped
 *   by PTEs, and KVM may map it huge only where the host maps it with a
 *   PMD; dropped again once KVM asked the host page tables (5.1x, not
 *   verified here).
 * Probe: page_trans_compound_map.
 * Fallback: a macro, PageTransCompound(), what KVM asked before 4.6:
 *   before the rework a THP is only ever mapped by its PMD (splitting the
 *   page splits its mappings), so compound is mapped huge.  A macro, so
 *   that a newer host without either is never asked.
 * Lost: nothing.
 */
#ifndef KBP_HAVE_PAGE_TRANS_COMPOUND_MAP
#define PageTransCompoundMap(page)	PageTransCompound(page)
#endif

#endif /* KBP_LINUX_MM_H */
