/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/pkru.h on hosts without it.
 *
 * Upstream: 5.14, "x86/pkru: Provide pkru_get_init_value()" and the rest
 *   of the FPU/PKRU rework moved read_pkru()/write_pkru() out of
 *   asm/pgtable.h into asm/pkru.h, and write_pkru() stopped writing the
 *   value into current's xsave buffer ("x86/pkru: Remove xstate fiddling
 *   from write_pkru()").  KVM writes the guest's PKRU before VM entry and
 *   the host's after VM exit with interrupts off.
 * Probe: none; __has_include_next().
 * Fallback: the host's read_pkru() (asm/pgtable.h); write_pkru() is the
 *   5.14 one, the host's __write_pkru(): WRPKRU when the value changes, as
 *   the host's own KVM did (it called __write_pkru()).  The host's
 *   write_pkru() would also store the value into current's xsave buffer
 *   under fpregs_lock(), whose local_bh_enable() warns with interrupts off.
 * Lost: nothing.
 */
#ifndef KBP_ASM_PKRU_H
#define KBP_ASM_PKRU_H

#if __has_include_next(<asm/pkru.h>)
#include_next <asm/pkru.h>
#else
/* the host's read_pkru() and write_pkru() live here: read them first */
#include <asm/pgtable.h>
#include <asm/special_insns.h>

#ifndef PKRU_AD_BIT
#define PKRU_AD_BIT 0x1u
#define PKRU_WD_BIT 0x2u
#endif
#ifndef PKRU_BITS_PER_PKEY
#define PKRU_BITS_PER_PKEY 2
#endif

static inline void kbp_write_pkru(u32 pkru)
{
	if (!boot_cpu_has(X86_FEATURE_OSPKE))
		return;
	__write_pkru(pkru);
}
#define write_pkru kbp_write_pkru
#endif

#endif /* KBP_ASM_PKRU_H */
