// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: X86_FEATURE_CLEAR_CPU_BUF_VM_MMIO, and with it a host whose bugs.c
 *   sets X86_FEATURE_CLEAR_CPU_BUF_VM for every VERW-based mitigation
 * Upstream: ~6.17, "x86/bugs: Use VM_CLEAR_CPU_BUFFERS in VMX as well" and
 *   "KVM: VMX: Apply MMIO Stale Data mitigation if KVM maps MMIO into the
 *   guest" / "x86/bugs: KVM: Move VM_CLEAR_CPU_BUFFERS into SVM as
 *   SVM_CLEAR_CPU_BUFFERS" (Pawan Gupta, Sean Christopherson; not checked
 *   against kernel history): VMX clears CPU buffers before VM entry when
 *   CLEAR_CPU_BUF_VM is set (MDS, TAA, MMIO Stale Data, RFDS, TSA), or,
 *   for a vCPU that can reach host MMIO, when CLEAR_CPU_BUF_VM_MMIO is.
 *   Before, the host said so with CLEAR_CPU_BUF (VMX) and the
 *   mmio_stale_data_clear static key, and CLEAR_CPU_BUF_VM meant TSA only.
 * Fallback: include-compat/kvm-backport.h: KVM/VMX's VERW follows the host's
 *   CLEAR_CPU_BUF, as KVM 6.12's did (patches/0029), and the MMIO-only
 *   case follows X86_BUG_MMIO_STALE_DATA: the conservative answer, also
 *   when the host turned that mitigation off.
 */
#include <asm/cpufeatures.h>

int kbp_probe = X86_FEATURE_CLEAR_CPU_BUF_VM_MMIO;
