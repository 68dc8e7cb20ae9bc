// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: asm_exc_nmi_noist, the NMI entry KVM/VMX calls after an NMI
 *   VM-exit (5.8-6.2)
 * Upstream: 5.8, "x86/entry: Convert NMI to IDTENTRY_NMI" / "x86/idtentry:
 *   Provide IDTENTRY_NMI noist entry for KVM"; 6.3 renamed it
 *   asm_exc_nmi_kvm_vmx.
 * Exports: asm_exc_nmi_noist
 * Fallback: "int $2" (include-compat/kvm-backport.h, patches/0016), as KVM
 *   raised the NMI before 5.8.
 */
#include <asm/idtentry.h>

void *kbp_probe = asm_exc_nmi_noist;
