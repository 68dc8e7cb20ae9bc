// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: asm_exc_nmi_kvm_vmx, the NMI entry KVM/VMX calls after an NMI
 *   VM-exit
 * Upstream: 6.3, "x86/entry: KVM: Use dedicated VMX NMI entry for 32-bit
 *   kernels too" renamed asm_exc_nmi_noist to asm_exc_nmi_kvm_vmx
 * Exports: asm_exc_nmi_kvm_vmx
 * Fallback: the host's asm_exc_nmi_noist, the same entry under its old name
 *   (include-compat/kvm-backport.h).
 */
#include <asm/idtentry.h>

void *kbp_probe = asm_exc_nmi_kvm_vmx;
