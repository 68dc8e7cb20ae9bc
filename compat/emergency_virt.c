// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/asm/reboot.h
 *
 * cpu_emergency_register_virt_callback() over crash_vmclear_loaded_vmcss
 * (see include-compat/asm/reboot.h).  KVM registers one callback when it
 * enables virtualization and unregisters it when it disables it; the host's
 * kdump path calls the hook under rcu_read_lock() on every CPU.
 */
#include <asm/reboot.h>

#if defined(KBP_HAVE_CPU_EMERGENCY_REGISTER_VIRT_CALLBACK)
/* the host's own */
#elif defined(KBP_HAVE_CRASH_VMCLEAR_LOADED_VMCSS)
#include <linux/bug.h>
#include <linux/kexec.h>
#include <linux/rcupdate.h>

void kbp_cpu_emergency_register_virt_callback(cpu_emergency_virt_cb *callback)
{
	if (WARN_ON_ONCE(rcu_access_pointer(crash_vmclear_loaded_vmcss)))
		return;
	rcu_assign_pointer(crash_vmclear_loaded_vmcss, callback);
}

void kbp_cpu_emergency_unregister_virt_callback(cpu_emergency_virt_cb *callback)
{
	if (WARN_ON_ONCE(rcu_access_pointer(crash_vmclear_loaded_vmcss) != callback))
		return;
	RCU_INIT_POINTER(crash_vmclear_loaded_vmcss, NULL);
	/* a running kdump path must be done with it before kvm.ko goes */
	synchronize_rcu();
}
#endif /* KBP_HAVE_CRASH_VMCLEAR_LOADED_VMCSS */
