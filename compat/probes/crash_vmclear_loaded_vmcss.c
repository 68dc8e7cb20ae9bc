// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: crash_vmclear_loaded_vmcss, the hook the host's kdump path calls
 *   on every CPU before it turns VMX and SVM off
 * Upstream: 3.8, "x86/kexec: VMCLEAR VMCSs loaded on all cpus if necessary";
 *   6.4 replaced it with cpu_emergency_register_virt_callback().
 * Exports: crash_vmclear_loaded_vmcss
 * Fallback: none; compat/emergency_virt.c needs this or
 *   cpu_emergency_register_virt_callback().
 */
#include <linux/kexec.h>
#include <linux/rcupdate.h>

static void kbp_probe_cb(void)
{
}

void kbp_probe(void)
{
	rcu_assign_pointer(crash_vmclear_loaded_vmcss, kbp_probe_cb);
}
