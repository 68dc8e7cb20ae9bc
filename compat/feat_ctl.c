// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/asm/cpufeature.h
 *
 * Provides: CONFIG_IA32_FEAT_CTL when ia32_feat_ctl is missing
 *
 * kbp_this_cpu_has_feat_ctl(): is VMX enabled and locked in this CPU's
 * IA32_FEATURE_CONTROL, for hosts before 5.6, which neither lock the MSR
 * at boot nor set X86_FEATURE_MSR_IA32_FEAT_CTL (see
 * include-compat/asm/cpufeature.h, patches/0013).  The test is the one
 * KVM's vmx_disabled_by_bios() made before 5.6: the MSR is locked, and
 * VMXON is allowed outside SMX (inside SMX when the kernel was launched
 * with TXT, tboot).  kvm-intel's init asks it on the CPU that loads the
 * module, and its compatibility check on every CPU.
 *
 * Lost: on a machine whose firmware leaves the MSR unlocked, 5.6+ hosts
 * (and KVM before 5.6, at hardware enable) lock it with VMX enabled;
 * here kvm-intel refuses to load ("disabled by BIOS") instead, because
 * 5.10's KVM would not lock it before VMXON, which would fault.  Firmware
 * normally locks it.
 */
#include <linux/export.h>
#include <linux/types.h>
#include <asm/cpufeature.h>

#ifndef KBP_HAVE_IA32_FEAT_CTL
#include <linux/tboot.h>
#include <asm/msr.h>

bool kbp_this_cpu_has_feat_ctl(void)
{
	u64 msr;

	if (rdmsrl_safe(MSR_IA32_FEATURE_CONTROL, &msr))
		return false;
	if (!(msr & FEATURE_CONTROL_LOCKED))
		return false;
	if (tboot_enabled())
		return msr & FEATURE_CONTROL_VMXON_ENABLED_INSIDE_SMX;
	return msr & FEATURE_CONTROL_VMXON_ENABLED_OUTSIDE_SMX;
}
EXPORT_SYMBOL_GPL(kbp_this_cpu_has_feat_ctl);
#endif
