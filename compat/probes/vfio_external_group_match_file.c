// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: vfio_external_group_match_file() declared
 * Upstream: 4.6, "vfio: Add vfio_external_group_match_file()" (release
 *   not verified): KVM's VFIO device finds the group a file names on
 *   KVM_DEV_VFIO_GROUP_DEL; removed in 5.19 with the group interface.
 * Removed: 5.19, with the group interface.
 * Fallback: include-compat/linux/vfio.h declares it, so that KVM's
 *   symbol_get() of it compiles (KVM reaches it through symbol_get(), so
 *   only the declaration matters, not an export).
 */
#include <linux/vfio.h>

void *kbp_probe = vfio_external_group_match_file;
