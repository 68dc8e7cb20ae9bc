// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the mm and VFS interfaces guest_memfd is built on
 * Upstream: 6.8, "KVM: Add KVM_CREATE_GUEST_MEMFD ioctl() for guest-specific
 *   backing memory" (anon_inode_create_getfile(), the inode-based
 *   address_space with error_remove_folio, mnt_idmap inode operations);
 *   6.11/6.12 added mapping_set_inaccessible() and filemap_grab_folio() use.
 *   ~6.17 renamed its Kconfig options (KVM_PRIVATE_MEM and
 *   KVM_GENERIC_PRIVATE_MEM became KVM_GUEST_MEMFD, selected on every
 *   x86-64 build); Disables: names both generations.  7.x's KVM_AMD_SEV
 *   selects KVM_GENERIC_MEMORY_ATTRIBUTES on its own (6.12 reached it only
 *   through KVM_GENERIC_PRIVATE_MEM): it goes too, or /dev/kvm reports
 *   private memory attributes (KVM_CAP_MEMORY_ATTRIBUTES) without
 *   guest_memfd (7.2's set_memory_region_test then fails).
 * Exports: anon_inode_create_getfile
 * Disables: KVM_GUEST_MEMFD KVM_PRIVATE_MEM KVM_GENERIC_PRIVATE_MEM KVM_GENERIC_MEMORY_ATTRIBUTES HAVE_KVM_ARCH_GMEM_PREPARE HAVE_KVM_ARCH_GMEM_INVALIDATE HAVE_KVM_ARCH_GMEM_POPULATE KVM_SW_PROTECTED_VM
 * Feature: guest_memfd
 * Fallback: none; guest_memfd (KVM_CREATE_GUEST_MEMFD, private memory for
 *   confidential guests) is not built.  KVM_CAP_GUEST_MEMFD reads 0.
 */
#include <linux/anon_inodes.h>
#include <linux/fs.h>
#include <linux/pagemap.h>

void *kbp_probe_create = anon_inode_create_getfile;

void kbp_probe(struct address_space *mapping)
{
	struct address_space_operations aops = {
		.error_remove_folio = NULL,
	};

	mapping_set_inaccessible(mapping);
	(void)aops;
	(void)filemap_grab_folio(mapping, 0);
}
