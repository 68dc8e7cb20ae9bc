/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/reboot.h + cpu_emergency_register_virt_callback().
 *
 * Upstream: 6.4, "x86/reboot: KVM: Handle VMXOFF in KVM's reboot callback"
 *   and "x86/reboot: KVM: Disable SVM during reboot via virt/KVM reboot
 *   callback": on an emergency reboot or a crash the host calls KVM's
 *   callback on every CPU, which VMCLEARs the loaded VMCSs (VMX) and turns
 *   virtualization off; before, the host did VMXOFF / SVM disable itself
 *   and called KVM only to VMCLEAR, through crash_vmclear_loaded_vmcss, on
 *   the kdump path.
 * Probe: cpu_emergency_register_virt_callback.
 * Requires: cpu_emergency_register_virt_callback:
 *   cpu_emergency_register_virt_callback | crash_vmclear_loaded_vmcss
 * Fallback: compat/emergency_virt.c hangs KVM's callback on
 *   crash_vmclear_loaded_vmcss: on a crash (kdump) it runs on every CPU as
 *   upstream's does (VMCLEAR, VMXOFF or SVM off, kvm_rebooting set), and the
 *   host's own VMXOFF / SVM disable that follows finds it already off.
 * Lost: on an emergency reboot that is not a crash the host turns VMX/SVM
 *   off without calling KVM (loaded VMCSs are not VMCLEARed, which a reboot
 *   does not need, and kvm_rebooting stays false), as with the host's own
 *   KVM.
 */
#ifndef KBP_ASM_REBOOT_H
#define KBP_ASM_REBOOT_H

#include_next <asm/reboot.h>

#if defined(KBP_HAVE_CPU_EMERGENCY_REGISTER_VIRT_CALLBACK)
/* the host's own */
#elif defined(KBP_HAVE_CRASH_VMCLEAR_LOADED_VMCSS)
typedef void (cpu_emergency_virt_cb)(void);

void kbp_cpu_emergency_register_virt_callback(cpu_emergency_virt_cb *callback);
void kbp_cpu_emergency_unregister_virt_callback(cpu_emergency_virt_cb *callback);
#define cpu_emergency_register_virt_callback kbp_cpu_emergency_register_virt_callback
#define cpu_emergency_unregister_virt_callback kbp_cpu_emergency_unregister_virt_callback
#endif

#endif /* KBP_ASM_REBOOT_H */
