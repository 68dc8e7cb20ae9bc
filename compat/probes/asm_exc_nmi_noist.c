// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: asm_exc_nmi_noist, the NMI entry KVM/VMX called after an NMI
 *   VM-exit from 5.8 to 6.2 (an older shape of asm_exc_nmi_kvm_vmx)
 * Upstream: 5.8, "x86/entry: Convert NMI to IDTENTRY_NMI" / "x86/idtentry:
 *   Provide IDTENTRY_NMI noist entry for KVM"; 6.3 renamed it
 *   asm_exc_nmi_kvm_vmx.
 * Exports: asm_exc_nmi_noist
 * Fallback: for KVM 5.10 on a host before 5.8, "int $2"
 *   (include-compat/kvm-backport.h, patches/0016), as KVM raised the NMI
 *   before 5.8; for a KVM that calls asm_exc_nmi_kvm_vmx, a host with
 *   neither is refused (Requires: in include-compat/kvm-backport.h).
 */
#include <asm/idtentry.h>

void *kbp_probe = asm_exc_nmi_noist;
