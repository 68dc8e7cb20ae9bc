/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/cpufeature.h with the host's CPUID_8000_0021_ECX word under another
 * name.
 *
 * Upstream: 6.12.y ("KVM: SVM: Advertise TSA CPUID bits to guests")
 *   gave KVM a KVM-only word CPUID_8000_0021_ECX in its reverse_cpuid.h,
 *   while stable kernels of older lines (5.10.y) added a word of that name
 *   to the host's enum cpuid_leafs for their own TSA bits: the two
 *   enumerators collide.
 * Probe: none; renaming an enumerator that no host code names after this
 *   header is harmless where the host has no such word.
 * Fallback: the host's enumerator is read as kbp_host_CPUID_8000_0021_ECX
 *   (its value and every host bit defined on the word stay as they are), so
 *   that KVM's own CPUID_8000_0021_ECX, the word KVM fills from CPUID, is
 *   the only one of that name.  KVM's reverse-CPUID translation maps the
 *   host's TSA bits onto it (patches/0006).
 * Lost: nothing.
 */
#ifndef KBP_ASM_CPUFEATURE_H
#define KBP_ASM_CPUFEATURE_H

#define CPUID_8000_0021_ECX kbp_host_CPUID_8000_0021_ECX
#include_next <asm/cpufeature.h>
#undef CPUID_8000_0021_ECX

#endif /* KBP_ASM_CPUFEATURE_H */
