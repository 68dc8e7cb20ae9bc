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
 *
 * + L1TF_MITIGATION_AUTO and kbp_l1tf_mitigation().
 * Upstream: ~6.17, "x86/bugs: Add attack vector controls for L1TF" (not
 *   checked against kernel history): enum l1tf_mitigations gained AUTO,
 *   which KVM/VMX handles like FLUSH.
 * Probe: l1tf_mitigation_auto.
 * Fallback: AUTO is -1, a value the host's l1tf_mitigation never holds (its
 *   bugs.c settles the mitigation at boot); patches/0012 makes KVM switch on
 *   kbp_l1tf_mitigation(), an int, so that the extra case label is no
 *   -Wswitch warning.
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

#ifndef __ASSEMBLY__
#ifndef KBP_HAVE_L1TF_MITIGATION_AUTO
#define L1TF_MITIGATION_AUTO		(-1)
#endif
#define kbp_l1tf_mitigation()		((int)l1tf_mitigation)
#endif

#endif /* KBP_ASM_PROCESSOR_H */
