/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/debugreg.h + amd_get_dr_addr_mask() for modules.
 *
 * Upstream: ~6.6/6.7, exported with SEV-ES DebugSwap support; KVM saves the host's breakpoint address masks before
 *   running an SEV-ES guest with DebugSwap.
 * Probe: amd_get_dr_addr_mask (exported).
 * Fallback: kbp_amd_get_dr_addr_mask() in kvm.ko (compat/debugreg.c) reads
 *   the mask MSRs of the current CPU, which hold what the host's cached
 *   copy holds.  A stub returning 0 would let the guest's masks leak into
 *   the host's breakpoints.
 * Lost: nothing; an MSR read instead of a per-CPU variable.
 */
#ifndef KBP_ASM_DEBUGREG_H
#define KBP_ASM_DEBUGREG_H

/* what 3.10's asm/debugreg.h uses (__this_cpu_read()) without including it */
#include <linux/percpu.h>
#include_next <asm/debugreg.h>

#ifndef KBP_HAVE_AMD_GET_DR_ADDR_MASK
unsigned long kbp_amd_get_dr_addr_mask(unsigned int dr);
#define amd_get_dr_addr_mask kbp_amd_get_dr_addr_mask
#endif

#endif /* KBP_ASM_DEBUGREG_H */
