// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: vfio_group_set_kvm() declared
 * Upstream: 4.10, "vfio: support notifier chain in vfio_group" (KVMGT's
 *   mediated devices learn the VM of their group; release not verified);
 *   removed in 5.19 with the group interface.
 * Removed: 5.19, with the group interface.
 * Fallback: include-compat/linux/vfio.h declares it, so that KVM's
 *   symbol_get() of it compiles (KVM reaches it through symbol_get(), so
 *   only the declaration matters, not an export).
 */
#include <linux/vfio.h>

void *kbp_probe = vfio_group_set_kvm;
