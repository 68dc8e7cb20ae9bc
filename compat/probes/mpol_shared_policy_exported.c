// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the shared NUMA policy functions exported to KVM
 * Upstream: ~6.18, "mm/mempolicy: Export memory policy symbols" and "KVM:
 *   guest_memfd: Enforce NUMA mempolicy using shared policy" (Shivank Garg;
 *   not checked against kernel history): guest_memfd keeps a per-file
 *   shared policy, as shmem does.
 * Exports: mpol_shared_policy_init mpol_set_shared_policy mpol_shared_policy_lookup mpol_free_shared_policy __mpol_put
 * Fallback: include-compat/linux/mempolicy.h: guest_memfd without a shared
 *   policy, as on a kernel without CONFIG_NUMA; setting one on a
 *   guest_memfd mapping fails with -EINVAL.
 */
#include <linux/mempolicy.h>

void *kbp_probe[] = {
	mpol_shared_policy_init, mpol_set_shared_policy,
	mpol_shared_policy_lookup, mpol_free_shared_policy, __mpol_put,
};
