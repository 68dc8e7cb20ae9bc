/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/kconfig.h + the host's Kconfig choices under the names newer KVM
 * tests.  An option that was only renamed compiles silently either way:
 * KVM's "#ifdef CONFIG_NEW" is simply false on a host that says CONFIG_OLD,
 * and the code behind it vanishes.
 *
 * Upstream: 6.9, "x86/bugs: Rename CONFIG_RETPOLINE =>
 *   CONFIG_MITIGATION_RETPOLINE" (aefb2f2e619b).  KVM 6.12 tests it in
 *   mmu.c, mmu_internal.h, svm.c and vmx.c to call its hottest exit handlers
 *   and page-fault handlers directly instead of through a retpoline.
 * Upstream: 6.9, "cpu: Re-enable CPU mitigations by default for !X86
 *   architectures" (fe42754b94a4) renamed CONFIG_SPECULATION_MITIGATIONS to
 *   CONFIG_CPU_MITIGATIONS; KVM 6.12's svm.c tests it for the SRSO
 *   BP_SPEC_REDUCE handling.  6.1.192 has the new name already (stable).
 * Probe: none: the host's autoconf.h is the answer, read by the preprocessor.
 * Fallback: the new name is defined whenever the host set the old one.
 * Lost: nothing.  Without this, a retpoline host's KVM took every VM exit
 *   through an indirect call (slower, not wrong).
 *
 * And one compiler capability the newer tree judges differently:
 * Upstream: 6.11, "init/Kconfig: remove CONFIG_GCC_ASM_GOTO_OUTPUT_WORKAROUND".
 *   GCC bug 113921 (fixed in GCC 14, 13.3, 12.4 and 11.5) miscompiles
 *   "asm goto" with outputs.  6.8 worked around it with "asm volatile goto"
 *   (CONFIG_GCC_ASM_GOTO_OUTPUT_WORKAROUND, in 6.1.y too); 6.11 found that
 *   not enough and stops using asm goto outputs with those compilers at all
 *   (GCC_ASM_GOTO_OUTPUT_BROKEN).  Debian's gcc-12 is 12.2: the 6.12 tree
 *   leaves CC_HAS_ASM_GOTO_OUTPUT unset, 6.1's autoconf.h sets it.
 * Fallback: where the host's Kconfig chose the workaround, its compiler is
 *   one of the broken ones: KVM is built without asm goto outputs, as the
 *   newer tree would build it (VMREAD and the uaccess helpers KVM inlines
 *   take their plain asm paths; each has one).
 * Lost: the shorter code asm goto outputs give there; nothing measured.
 * Check: scripts/check-build compares the CONFIG_ symbols KVM tests as the
 *   identity build sees them with what every other build sees.
 */
#ifndef KBP_LINUX_KCONFIG_H
#define KBP_LINUX_KCONFIG_H

#include_next <linux/kconfig.h>

#if defined(CONFIG_RETPOLINE) && !defined(CONFIG_MITIGATION_RETPOLINE)
#define CONFIG_MITIGATION_RETPOLINE 1
#endif

#if defined(CONFIG_SPECULATION_MITIGATIONS) && !defined(CONFIG_CPU_MITIGATIONS)
#define CONFIG_CPU_MITIGATIONS 1
#endif

#ifdef CONFIG_GCC_ASM_GOTO_OUTPUT_WORKAROUND
#undef CONFIG_CC_HAS_ASM_GOTO_OUTPUT
#undef CONFIG_CC_HAS_ASM_GOTO_TIED_OUTPUT
#endif

#endif /* KBP_LINUX_KCONFIG_H */
