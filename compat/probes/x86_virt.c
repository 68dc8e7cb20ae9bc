// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the core kernel's VMX/SVM enabling, <asm/virt.h>:
 *   x86_virt_get_ref()/x86_virt_put_ref(), the emergency callback,
 *   virt_rebooting
 * Upstream: ~7.0, "x86/virt: Move VMXON/VMXOFF and EFER.SVME handling out
 *   of KVM" (Sean Christopherson's series for TDX and KVM sharing VMX; not
 *   checked against kernel history): the core kernel turns virtualization
 *   on per CPU with a reference count, owns the root VMCS and the reboot
 *   and crash path, and KVM asks it.
 * Exports: x86_virt_get_ref x86_virt_put_ref x86_virt_register_emergency_callback x86_virt_unregister_emergency_callback virt_rebooting
 * Fallback: compat/x86_virt.c, the same in kvm.ko over the host's own
 *   emergency hook (cpu_emergency_register_virt_callback()).
 */
#include <asm/virt.h>

int kbp_probe(void)
{
	int r = x86_virt_get_ref(0);

	x86_virt_put_ref(0);
	x86_virt_register_emergency_callback(NULL);
	x86_virt_unregister_emergency_callback(NULL);
	return r + virt_rebooting;
}
