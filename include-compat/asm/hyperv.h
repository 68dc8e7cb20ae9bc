/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/hyperv.h (uapi, before 4.16) where the kit took the synced TLFS.
 *
 * Upstream: 4.16, "x86/hyper-v: move hyperv.h out of uapi": this header
 *   became asm/hyperv-tlfs.h.  Older hosts read it from asm/mshyperv.h
 *   (and 3.10's uapi/asm/kvm_para.h).
 * Probe: hyperv_tlfs.
 * Fallback: where the probe fails (no TLFS header in the host), the
 *   kit's asm/hyperv-tlfs.h (section 3: the synced source's TLFS) in its
 *   place, so the two never meet: 11 of the old constants are spelled
 *   otherwise there ((1 << n) for BIT(n)) and would be redefined.  Where
 *   the probe holds, the host's header if it has one (none since 4.16).
 * Lost: the 32 old constants the TLFS header dropped in 4.16
 *   (HV_X64_MSR_APIC_ASSIST_PAGE*, HV_X64_*_AVAILABLE privilege bits,
 *   HV_PROCESSOR_POWER_STATE_C*, ...): neither KVM nor 3.10's headers use
 *   them.
 */
#ifndef KBP_ASM_HYPERV_H
#define KBP_ASM_HYPERV_H

#ifndef KBP_HAVE_HYPERV_TLFS
#include <asm/hyperv-tlfs.h>
#elif __has_include_next(<asm/hyperv.h>)
#include_next <asm/hyperv.h>
#endif

#endif /* KBP_ASM_HYPERV_H */
