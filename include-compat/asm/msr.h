/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/msr.h + msr_set_bit() / msr_clear_bit() for modules.
 *
 * Upstream: after 6.1 (exported in 6.12.117), for KVM: its SVM code sets and clears single bits, e.g. of MSR_ZEN4_BP_CFG for SRSO
 *   and of the HWCR).  Older hosts have them, unexported.
 * Probe: msr_set_bit (exported).
 * Fallback: kbp_msr_set_bit() / kbp_msr_clear_bit() in kvm.ko
 *   (compat/msr.c), the same read-modify-write with the same return values:
 *   < 0 error, 0 bit already so, > 0 written.
 * Lost: nothing.
 *
 * + the u64 MSR accessors of ~6.16 under their old names:
 * Upstream: ~6.16, the <asm/msr.h> clean-up series (Ingo Molnar, Xin Li):
 *   rdmsrl()/wrmsrl() became rdmsrq()/wrmsrq() (and their _safe forms),
 *   native_rdmsrq()/__wrmsrq() are the untraced u64 primitives,
 *   native_read_msr_safe() returns the error and takes a u64 pointer,
 *   native_write_msr_safe() takes a u64, rdpmc(counter) returns the u64.
 * Probes: msr_rdmsrq, native_rdmsrq, native_read_msr_safe_u64p, rdpmc_u64.
 * Fallback: the same operations through the host's names: rdmsrl() and
 *   friends; __rdmsr()/__wrmsr() (untraced, usable from noinstr code, as
 *   KVM's VM-entry path needs).  The three whose names older KVM (6.12's
 *   svm.c) still calls in the old form, native_read_msr_safe(),
 *   native_write_msr_safe() and rdpmc(), keep the host's meaning: KVM 7.x
 *   calls them as kbp_*() (patches/0031), the old forms wrapped or rdpmcl().
 * Lost: nothing.
 *
 * + wrmsrns() on hosts before 6.4 (probe wrmsrns): the serializing wrmsrq(),
 *   as wrmsrns() itself falls back to on CPUs without WRMSRNS; nothing lost
 *   but the speed of the non-serializing write.
 *
 * + no WRMSRNS macro: hosts before ~6.16 named the instruction's opcode
 *   bytes WRMSRNS (now ASM_WRMSRNS), which KVM's F(WRMSRNS) feature table
 *   expands into garbage.  The host's own wrmsrns() is compiled before the
 *   #undef; nothing after it uses the name.
 *
 * + the untraced MSR accessors, the TSC reads and native_wrmsrl() on hosts
 *   before them (3.10; 4.18 has them all):
 * Upstream: 4.4, "x86/asm/tsc: Rename native_read_tsc() to rdtsc()" and
 *   "x86/asm/tsc: Add rdtsc_ordered() and use it in trivial call sites";
 *   __rdmsr()/__wrmsr() came with the MSR tracepoints, as the raw
 *   accessors the traced ones are built on (releases not verified here).
 * Probes: msr_untraced (__rdmsr(), and so __wrmsr(), which came with it
 *   and which ~6.16 renamed __wrmsrq()), rdtsc, rdtsc_ordered.
 * Fallback: the host's native_read_msr()/native_write_msr(), a bare RDMSR
 *   and WRMSR on such a host (no tracepoints to skip); native_wrmsrl() as
 *   the host's asm/microcode.h defines it (the same text, so that a file
 *   that includes both sees one macro; configure does not take the synced
 *   source's then); its __native_read_tsc() for rdtsc(); for
 *   rdtsc_ordered() its rdtsc_barrier() (the MFENCE or LFENCE the CPU
 *   needs, patched in by alternatives) then the read, as 4.4's was.
 * Lost: an MSR access that faults oopses, as the host's own rdmsr() does,
 *   where upstream's since 4.5 warns and goes on.
 */
#ifndef KBP_ASM_MSR_H
#define KBP_ASM_MSR_H

#include_next <asm/msr.h>

#if !defined(__ASSEMBLY__) && !defined(KBP_HAVE_MSR_SET_BIT)
int kbp_msr_set_bit(u32 msr, u8 bit);
int kbp_msr_clear_bit(u32 msr, u8 bit);
#define msr_set_bit kbp_msr_set_bit
#define msr_clear_bit kbp_msr_clear_bit
#endif

#ifdef WRMSRNS
#undef WRMSRNS
#endif

#ifndef __ASSEMBLY__
#ifndef KBP_HAVE_MSR_RDMSRQ
#define rdmsrq(msr, val)		rdmsrl(msr, val)
#define wrmsrq(msr, val)		wrmsrl(msr, val)
#define rdmsrq_safe(msr, p)		rdmsrl_safe(msr, p)
#define wrmsrq_safe(msr, val)		wrmsrl_safe(msr, val)
#endif

#ifndef KBP_HAVE_MSR_UNTRACED
static __always_inline u64 __rdmsr(u32 msr)
{
	return native_read_msr(msr);
}

static __always_inline void __wrmsr(u32 msr, u32 low, u32 high)
{
	native_write_msr(msr, low, high);
}

#ifndef native_wrmsrl
#define native_wrmsrl(msr, val)				\
	native_write_msr((msr),				\
			 (u32)((u64)(val)),		\
			 (u32)((u64)(val) >> 32))
#endif
#endif

#ifndef KBP_HAVE_RDTSC
static __always_inline u64 kbp_rdtsc(void)
{
	return __native_read_tsc();
}
#define rdtsc kbp_rdtsc
#endif

#ifndef KBP_HAVE_RDTSC_ORDERED
#include <asm/barrier.h>

static __always_inline u64 kbp_rdtsc_ordered(void)
{
	rdtsc_barrier();
	return __native_read_tsc();
}
#define rdtsc_ordered kbp_rdtsc_ordered
#endif

#ifndef KBP_HAVE_NATIVE_RDMSRQ
static __always_inline u64 native_rdmsrq(u32 msr)
{
	return __rdmsr(msr);
}

static __always_inline void __wrmsrq(u32 msr, u64 val)
{
	__wrmsr(msr, (u32)val, (u32)(val >> 32));
}
#endif

#ifdef KBP_HAVE_NATIVE_READ_MSR_SAFE_U64P
#define kbp_native_read_msr_safe	native_read_msr_safe
#define kbp_native_write_msr_safe	native_write_msr_safe
#else
static inline int kbp_native_read_msr_safe(u32 msr, u64 *p)
{
	int err;

	*p = native_read_msr_safe(msr, &err);
	return err;
}

static inline int kbp_native_write_msr_safe(u32 msr, u64 val)
{
	return native_write_msr_safe(msr, (u32)val, (u32)(val >> 32));
}
#endif

#ifdef KBP_HAVE_RDPMC_U64
#define kbp_rdpmc			rdpmc
#else
static __always_inline u64 kbp_rdpmc(int counter)
{
	u64 val;

	rdpmcl(counter, val);
	return val;
}
#endif

#ifndef KBP_HAVE_WRMSRNS
#define wrmsrns(msr, val)		wrmsrq(msr, val)
#endif
#endif /* __ASSEMBLY__ */

#endif /* KBP_ASM_MSR_H */
