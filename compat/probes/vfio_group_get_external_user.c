// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the VFIO external user interface on groups:
 *   vfio_group_get_external_user()/_put_, vfio_group_set_kvm(),
 *   vfio_external_check_extension()
 * Upstream: 3.15-5.18 (removed in 5.19 when KVM moved to VFIO files)
 * Exports: vfio_group_get_external_user vfio_group_put_external_user vfio_group_set_kvm vfio_external_check_extension
 * Fallback: none; compat/vfio.c needs this or the file interface.
 */
#include <linux/vfio.h>

void *kbp_probe[] = {
	vfio_group_get_external_user, vfio_group_put_external_user,
	vfio_group_set_kvm, vfio_external_check_extension,
};
