/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/vfio.h + vfio_file_is_valid() on hosts without it.
 *
 * Upstream: 6.2, "vfio: Add vfio_file_is_group()", renamed 6.6 "vfio:
 *   Rename vfio_file_is_group() to vfio_file_is_valid()" (device cdev files
 *   count as well).  KVM reaches it through symbol_get(), so nm does not
 *   show it and the link would not fail: the symbol would simply be
 *   missing at run time and every VFIO file refused.
 * Probe: vfio_file_is_valid (exported by the host's vfio.ko); the fallback
 *   needs vfio_file_iommu_group (5.19).  A host with neither (before 5.19,
 *   whose KVM used vfio_group_get_external_user()) has no vfio_file_is_valid()
 *   at all: KVM that calls it does not link there.
 * Requires: vfio_file_is_valid: vfio_file_is_valid | vfio_file_iommu_group
 * Fallback: kbp_vfio_file_is_valid() in kvm.ko (compat/vfio.c): a file is a
 *   VFIO file when the host's vfio_file_iommu_group() knows its group, which
 *   is what KVM before 6.2 asked.
 * Lost: nothing; such hosts have only VFIO group files.
 */
#ifndef KBP_LINUX_VFIO_H
#define KBP_LINUX_VFIO_H

#include_next <linux/vfio.h>

#if !defined(KBP_HAVE_VFIO_FILE_IS_VALID) && defined(KBP_HAVE_VFIO_FILE_IOMMU_GROUP)
struct file;
bool kbp_vfio_file_is_valid(struct file *file);
#define vfio_file_is_valid kbp_vfio_file_is_valid
#endif

#endif /* KBP_LINUX_VFIO_H */
