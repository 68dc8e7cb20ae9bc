// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: vfio_file_set_kvm() and vfio_file_enforced_coherent()
 * Upstream: 5.19, "vfio: Change vfio_group_set_kvm() to
 *   vfio_file_set_kvm()" and "vfio: Change vfio_external_check_extension()
 *   to vfio_file_enforced_coherent()" (release not verified)
 * Exports: vfio_file_set_kvm vfio_file_enforced_coherent
 * Fallback: compat/vfio.c over the group interface of older hosts (probe
 *   vfio_group_get_external_user).
 */
#include <linux/vfio.h>

void *kbp_probe[] = { vfio_file_set_kvm, vfio_file_enforced_coherent };
