// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/asm/fpu/api.h
 *
 * Where an xsave area keeps one state component: kbp_get_xsave_addr() for
 * hosts that do not export get_xsave_addr() (see
 * include-compat/asm/fpu/api.h), and kbp_xsave_raw_addr(), the same
 * address whether the component is present or in its init state, for the
 * guest FPU shim (compat/fpu_guest.c).
 *
 * Same answer as the kernel's get_xsave_addr(): NULL without XSAVE or when
 * the component is in its init state (its bit clear in XSTATE_BV), else its
 * address.  The offset comes from CPUID leaf 0xD: fixed (EBX) in the
 * standard format; in the compacted format (XCOMP_BV bit 63) the components
 * present in XCOMP_BV follow the 576-byte legacy area and header in order,
 * each 64-byte aligned when CPUID says so (ECX bit 1).
 *
 * On a host with the FPU before the 4.2 rework (probe fpu_thread_xstate),
 * kbp_mxcsr_feature_mask() too: the host does not export its
 * mxcsr_feature_mask.  And the build stops there on a lazy-FPU host (see
 * include-compat/asm/fpu/api.h, section 3).
 */
#include <linux/bits.h>
#include <linux/export.h>
#include <linux/bug.h>
#include <linux/kernel.h>
#include <asm/cpufeature.h>
#include <asm/fpu/api.h>
#include <asm/fpu/types.h>
#include <asm/processor.h>

#if !defined(KBP_HAVE_GET_XSAVE_ADDR) || !defined(KBP_HAVE_FPU_GUEST_FPSTATE)
#define KBP_XSAVE_LEGACY_SIZE	512
#define KBP_XSAVE_HDR_SIZE	64
#define KBP_XCOMP_COMPACTED	BIT_ULL(63)

static unsigned int kbp_xfeature_size(int nr, bool *align64, unsigned int *std_offset)
{
	u32 eax, ebx, ecx, edx;

	cpuid_count(0xd, nr, &eax, &ebx, &ecx, &edx);
	*align64 = ecx & BIT(1);
	*std_offset = ebx;
	return eax;
}

void *kbp_xsave_raw_addr(struct xregs_state *xsave, int xfeature_nr)
{
	unsigned int offset, size, std;
	bool align64;
	int i;

	if (WARN_ON_ONCE(xfeature_nr < 0 || xfeature_nr >= 63))
		return NULL;

	/* x87 and SSE live in the legacy area */
	if (xfeature_nr == 0)
		return xsave;
	if (xfeature_nr == 1)
		return (void *)xsave->i387.xmm_space;

	if (!(xsave->header.xcomp_bv & KBP_XCOMP_COMPACTED)) {
		kbp_xfeature_size(xfeature_nr, &align64, &std);
		return (void *)xsave + std;
	}

	offset = KBP_XSAVE_LEGACY_SIZE + KBP_XSAVE_HDR_SIZE;
	for (i = 2; i < xfeature_nr; i++) {
		if (!(xsave->header.xcomp_bv & BIT_ULL(i)))
			continue;
		size = kbp_xfeature_size(i, &align64, &std);
		if (align64)
			offset = ALIGN(offset, 64);
		offset += size;
	}
	if (WARN_ON_ONCE(!(xsave->header.xcomp_bv & BIT_ULL(xfeature_nr))))
		return NULL;
	kbp_xfeature_size(xfeature_nr, &align64, &std);
	if (align64)
		offset = ALIGN(offset, 64);
	return (void *)xsave + offset;
}
#endif

#ifndef KBP_HAVE_GET_XSAVE_ADDR
void *kbp_get_xsave_addr(struct xregs_state *xsave, int xfeature_nr)
{
	if (!boot_cpu_has(X86_FEATURE_XSAVE))
		return NULL;
	if (WARN_ON_ONCE(xfeature_nr < 0 || xfeature_nr >= 63))
		return NULL;
	if (!(xsave->header.xfeatures & BIT_ULL(xfeature_nr)))
		return NULL;
	return kbp_xsave_raw_addr(xsave, xfeature_nr);
}
EXPORT_SYMBOL_GPL(kbp_get_xsave_addr);
#endif

#ifdef KBP_HAVE_FPU_THREAD_XSTATE
#include <asm/fpu/internal.h>

/* the MXCSR bits the CPU accepts, as the host's mxcsr_feature_mask_init() */
unsigned int kbp_mxcsr_feature_mask(void)
{
	static unsigned int mask;
	struct fxregs_state fx;

	/*
	 * KVM 5.10 keeps the guest's registers loaded in the task across
	 * preemption, which only an eager-FPU host keeps (a lazy one leaves
	 * them to #NM and sets CR0.TS, which VMX's host state must not have).
	 */
	BUILD_BUG_ON_MSG(!use_eager_fpu(),
			 "kvm-backport: a lazy-FPU host is not supported");

	if (likely(mask))
		return mask;
	if (!cpu_has_fxsr) {
		mask = 0xffffffff;
		return mask;
	}
	memset(&fx, 0, sizeof(fx));
	kernel_fpu_begin();
	asm volatile("fxsave %0" : "+m" (fx));
	kernel_fpu_end();
	mask = fx.mxcsr_mask ? fx.mxcsr_mask : 0x0000ffbf;
	return mask;
}
EXPORT_SYMBOL_GPL(kbp_mxcsr_feature_mask);
#endif
