// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: asm_exc_nmi_noist, the NMI entry KVM/VMX called after an NMI
 *   VM-exit before 6.3 (an older shape of asm_exc_nmi_kvm_vmx)
 * Upstream: ~5.13, "KVM/VMX: Invoke NMI non-IST entry instead of IST
 *   entry" added it; 6.3 renamed it asm_exc_nmi_kvm_vmx
 * Exports: asm_exc_nmi_noist
 * Fallback: none: a host with neither this nor asm_exc_nmi_kvm_vmx is
 *   refused for a KVM that calls it (include-compat/kvm-backport.h).
 */
#include <asm/idtentry.h>

void *kbp_probe = asm_exc_nmi_noist;
