// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: native_rdmsrq() and __wrmsrq(), the untraced u64 MSR accessors
 * Upstream: ~6.16, "x86/msr: Convert __wrmsr() uses to native_wrmsr{,q}()
 *   uses" and "x86/msr: Add the native_rdmsrq() helper" (Xin Li); KVM/VMX
 *   uses them on its noinstr VM-entry path (MCU_OPT_CTRL, FLUSH_CMD).
 * Fallback: include-compat/asm/msr.h builds them on the host's untraced
 *   __rdmsr() / __wrmsr().
 */
#include <asm/msr.h>

void kbp_probe(void)
{
	__wrmsrq(MSR_IA32_TSC, native_rdmsrq(MSR_IA32_TSC));
}
