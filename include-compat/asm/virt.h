/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/virt.h on hosts where KVM turns VMX and SVM on and off itself.
 *
 * Upstream: ~7.0, "x86/virt: Move VMXON/VMXOFF and EFER.SVME handling out
 *   of KVM" and the rest of the series that lets TDX and KVM share VMX (not
 *   checked against kernel history): x86_virt_get_ref(X86_FEATURE_VMX or
 *   _SVM) turns virtualization on for this CPU when the first user asks,
 *   x86_virt_put_ref() off when the last one leaves; the core owns the
 *   root VMCS, virt_rebooting, and the emergency (reboot, crash, NMI
 *   shootdown) path, where it calls KVM's callback before VMXOFF/SVME off.
 * Probe: x86_virt.
 * Fallback: compat/x86_virt.c carries that core code in kvm.ko (kbp_
 *   names; virt_rebooting is kbp_virt_rebooting, kvm-backport.h): per-CPU
 *   reference counts, VMXON with a root VMCS per possible CPU (allocated
 *   when KVM first enables virtualization), EFER.SVME, and one emergency
 *   callback registered with the host's own hook
 *   (cpu_emergency_register_virt_callback(), which the host's reboot and
 *   crash paths call on every CPU) that runs KVM's callback and turns
 *   VMX/SVM off, as the core does.  The host's other users of that hook:
 *   none on 6.1/6.12 but KVM itself; 6.1 also disables SVM on its own
 *   afterwards, which is harmless.
 * Lost: sharing VMX with other in-kernel users (TDX host support), which
 *   such hosts do not have.
 */
#ifndef KBP_ASM_VIRT_H
#define KBP_ASM_VIRT_H

#if __has_include_next(<asm/virt.h>)
#include_next <asm/virt.h>
#else
#include <asm/reboot.h>
#endif

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_X86_VIRT)
#include <linux/types.h>

extern bool kbp_virt_rebooting;

int kbp_x86_virt_get_ref(int feat);
void kbp_x86_virt_put_ref(int feat);
void kbp_x86_virt_register_emergency_callback(cpu_emergency_virt_cb *callback);
void kbp_x86_virt_unregister_emergency_callback(cpu_emergency_virt_cb *callback);

#define x86_virt_get_ref kbp_x86_virt_get_ref
#define x86_virt_put_ref kbp_x86_virt_put_ref
#define x86_virt_register_emergency_callback kbp_x86_virt_register_emergency_callback
#define x86_virt_unregister_emergency_callback kbp_x86_virt_unregister_emergency_callback
#endif

#endif /* KBP_ASM_VIRT_H */
