// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: vfio_file_iommu_group()
 * Upstream: 5.19, "vfio: Remove vfio_external_user_iommu_id()" /
 *   "kvm/vfio: Store the struct file in the kvm_vfio_group" series (KVM
 *   holds VFIO files instead of groups; release not verified)
 * Exports: vfio_file_iommu_group
 * Fallback: used by compat/vfio.c when vfio_file_is_valid() is missing;
 *   older hosts use vfio_group_get_external_user() instead.
 */
#include <linux/vfio.h>

void *kbp_probe = vfio_file_iommu_group;
