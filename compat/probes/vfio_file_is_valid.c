// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: vfio_file_is_valid()
 * Upstream: 6.6, "vfio: Rename vfio_file_is_group() to vfio_file_is_valid()"
 * Exports: vfio_file_is_valid
 * Fallback: compat/vfio.c asks vfio_file_iommu_group() instead.
 */
#include <linux/vfio.h>

void *kbp_probe = vfio_file_is_valid;
