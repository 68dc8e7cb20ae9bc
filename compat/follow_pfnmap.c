// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/mm.h
 *
 * follow_pfnmap_start()/follow_pfnmap_end() over the host's follow_pte()
 * (see include-compat/linux/mm.h for what this keeps and loses).
 */
#include <linux/mm.h>

#if !defined(KBP_HAVE_FOLLOW_PFNMAP) && \
	(defined(KBP_HAVE_FOLLOW_PTE_MM) || defined(KBP_HAVE_FOLLOW_PTE_PMD))
#include <linux/fs.h>
#include <linux/lockdep.h>
#include <linux/pgtable.h>

/* as upstream: the mmap lock, or the file's i_mmap_rwsem */
static void kbp_pfnmap_lockdep_assert(struct vm_area_struct *vma)
{
#ifdef CONFIG_LOCKDEP
	struct file *file = vma->vm_file;
	struct address_space *mapping = file ? file->f_mapping : NULL;

	if (mapping)
		lockdep_assert(lockdep_is_held(&mapping->i_mmap_rwsem) ||
			       lockdep_is_held(&vma->vm_mm->mmap_lock));
	else
		lockdep_assert(lockdep_is_held(&vma->vm_mm->mmap_lock));
#endif
}

int kbp_follow_pfnmap_start(struct follow_pfnmap_args *args)
{
	struct vm_area_struct *vma = args->vma;
	unsigned long address = args->address;
	spinlock_t *lock;
	pte_t *ptep, pte;
	int r;

	kbp_pfnmap_lockdep_assert(vma);

	if (unlikely(address < vma->vm_start || address >= vma->vm_end))
		return -EINVAL;
	if (!(vma->vm_flags & (VM_IO | VM_PFNMAP)))
		return -EINVAL;

	/* on success the PTE is mapped, present, and its lock is held */
	r = follow_pte(vma->vm_mm, address, &ptep, &lock);
	if (r)
		return r;

	pte = READ_ONCE(*ptep);	/* ptep_get(), which hosts before 5.8 lack */
	args->lock = lock;
	args->ptep = ptep;
	args->pfn = pte_pfn(pte);
	args->pgprot = pte_pgprot(pte);
	args->writable = pte_write(pte);
	args->special = pte_special(pte);
	return 0;
}

void kbp_follow_pfnmap_end(struct follow_pfnmap_args *args)
{
	if (args->lock)
		spin_unlock(args->lock);
	if (args->ptep)
		pte_unmap(args->ptep);
}
#endif /* follow_pte() of a known shape */
