// KVM's page tables in the NR_SECONDARY_PAGETABLE node statistic
//
// Upstream: 6.0, "KVM: mm: account KVM MMU page tables as secondary
//   pagetable stats" (kvm_account_pgtable_pages() in linux/kvm_host.h).
// Finds: include/linux/kvm_host.h: \bNR_SECONDARY_PAGETABLE\b
// Why: hosts before 6.0 have no NR_SECONDARY_PAGETABLE in enum
//   node_stat_item, and an enumerator cannot be added from outside.  The
//   call becomes kbp_mod_secondary_pagetable(page, n)
//   (include-compat/kvm-backport.h): the same call where the host has the
//   item (probe nr_secondary_pagetable), nothing where it does not.
// Fallback: KVM's page tables are not counted in a node statistic, as
//   before 6.0.
// Lost: the SecPageTables statistic, which such a host does not have.

@@
expression P, N;
@@
- mod_lruvec_page_state(P, NR_SECONDARY_PAGETABLE, N)
+ kbp_mod_secondary_pagetable(P, N)
