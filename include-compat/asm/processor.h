/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/processor.h + kbp_x86_vfm(), the vendor/family/model of a CPU as one
 * value (patches/0007 turns KVM's reads of cpuinfo_x86.x86_vfm into it).
 *
 * Upstream: 6.10, the x86_vfm field (Intel VFM conversion, Tony Luck).
 * Probe: x86_vfm.
 * Fallback: VFM_MAKE(x86_vendor, x86, x86_model), the value 6.10's field
 *   holds (VFM_MAKE comes with the macros configure adds).
 * Lost: nothing.
 */
#ifndef KBP_ASM_PROCESSOR_H
#define KBP_ASM_PROCESSOR_H

#include_next <asm/processor.h>

#ifdef KBP_HAVE_X86_VFM
#define kbp_x86_vfm(c)	((c)->x86_vfm)
#else
#define kbp_x86_vfm(c)	VFM_MAKE((c)->x86_vendor, (c)->x86, (c)->x86_model)
#endif

#endif /* KBP_ASM_PROCESSOR_H */
