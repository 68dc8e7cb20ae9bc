/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/mshyperv.h + what KVM takes from the host's Hyper-V guest side.
 *
 * KVM uses it where KVM itself runs as a Hyper-V guest: to hear of TSC
 * frequency changes after a migration, and to give its own guests L0's
 * enlightened VMCS, MSR bitmap and direct TLB flush.
 *
 * 1. TSC reenlightenment.
 *    Upstream: 4.16, "x86/hyper-v: reenlightenment notifications support"
 *      (release not verified): set_hv_tscchange_cb(),
 *      clear_hv_tscchange_cb(), hyperv_stop_tsc_emulation().
 *    Probe: hv_tscchange_cb.
 *    Fallback: what the host's header gives with CONFIG_HYPERV off: they
 *      do nothing.
 *    Lost: KVM on Hyper-V is not told that the TSC frequency changed after
 *      a migration (kvmclock of its guests is not updated then); a host
 *      this old cannot tell anyone.
 *
 * 2. VP assist pages and nested features.
 *    Upstream: 4.17, "x86/hyper-v: allocate and use Virtual Processor
 *      Assist Pages" (hv_get_vp_assist_page()); 4.17/4.18, "x86/hyper-v:
 *      detect nested features" (ms_hyperv.nested_features) (releases not
 *      verified).
 *    Probes: hv_get_vp_assist_page, ms_hyperv_nested_features.
 *    Fallback: hv_get_vp_assist_page() is NULL, as the host's header has
 *      it with CONFIG_HYPERV off; KVM reads ms_hyperv as a structure of
 *      zeros (no hints, no nested features: KVM's code that reads them is
 *      compiled only under IS_ENABLED(CONFIG_HYPERV), or behind it).
 *    Lost: KVM running on Hyper-V uses no enlightened VMCS, MSR bitmap or
 *      direct flush of L0 for its guests (the host has no VP assist
 *      pages).  The enlightened VMCS KVM offers its own guests (nested
 *      Hyper-V, vmx/evmcs.c) is not this and stays.
 */
#ifndef KBP_ASM_MSHYPERV_H
#define KBP_ASM_MSHYPERV_H

#include_next <asm/mshyperv.h>

#ifndef KBP_HAVE_HV_TSCCHANGE_CB
static inline void kbp_set_hv_tscchange_cb(void (*cb)(void)) {}
static inline void kbp_clear_hv_tscchange_cb(void) {}
static inline void kbp_hyperv_stop_tsc_emulation(void) {}
#define set_hv_tscchange_cb kbp_set_hv_tscchange_cb
#define clear_hv_tscchange_cb kbp_clear_hv_tscchange_cb
#define hyperv_stop_tsc_emulation kbp_hyperv_stop_tsc_emulation
#endif

#ifndef KBP_HAVE_HV_GET_VP_ASSIST_PAGE
static inline struct hv_vp_assist_page *kbp_hv_get_vp_assist_page(unsigned int cpu)
{
	return NULL;
}
#define hv_get_vp_assist_page kbp_hv_get_vp_assist_page
#endif

#ifndef KBP_HAVE_MS_HYPERV_NESTED_FEATURES
struct kbp_ms_hyperv_info {
	u32 features;
	u32 hints;
	u32 nested_features;
};
#define ms_hyperv ((const struct kbp_ms_hyperv_info){ 0 })
#endif

#endif /* KBP_ASM_MSHYPERV_H */
