// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: vfio_file_iommu_group() exported
 * Upstream: 5.19, "vfio: Change vfio_external_user_iommu_id() to
 *   vfio_file_iommu_group()" (the file-based API KVM's VFIO device uses).
 * Exports: vfio_file_iommu_group
 * Fallback: none; the shape compat/vfio.c builds vfio_file_is_valid() on.
 */
#include <linux/vfio.h>

void *kbp_probe = vfio_file_iommu_group;
