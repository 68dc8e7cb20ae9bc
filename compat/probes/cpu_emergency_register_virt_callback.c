// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: cpu_emergency_register_virt_callback() / _unregister_, and
 *   cpu_emergency_virt_cb
 * Upstream: 6.4, "x86/reboot: KVM: Handle VMXOFF in KVM's reboot callback"
 *   and "x86/reboot: KVM: Disable SVM during reboot via virt/KVM reboot
 *   callback" (taken into 6.1.y)
 * Exports: cpu_emergency_register_virt_callback cpu_emergency_unregister_virt_callback
 * Fallback: compat/emergency_virt.c over crash_vmclear_loaded_vmcss
 *   (include-compat/asm/reboot.h).
 */
#include <asm/reboot.h>

static void kbp_probe_cb(void)
{
}

void kbp_probe(void)
{
	cpu_emergency_virt_cb *cb = kbp_probe_cb;

	cpu_emergency_register_virt_callback(cb);
	cpu_emergency_unregister_virt_callback(cb);
}
