/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/fpu/types.h + struct fpstate and struct fpu_guest, the AMX tile
 * and the CET state components.  One section per concern, each with its own probe.
 *
 * 1. struct fpstate, struct fpu_guest.
 *    Upstream: 5.16, "x86/fpu: Provide infrastructure for KVM FPU cleanup"
 *      and the struct fpstate series; 5.17 added xfd and xfd_err (AMX).
 *    Probe: fpu_guest_fpstate.
 *    Fallback: the two structs as KVM reads them (guest_fpu.fpstate->regs,
 *      ->xfd, .xfd_err, .uabi_size).  The kit's struct fpstate holds, in
 *      place of upstream's trailing regs, a whole host struct fpu whose
 *      register image is regs (the same offset, checked at build time), so
 *      that the host's own save and restore helpers (they take a struct
 *      fpu) work on it.  struct fpu_guest also holds the state of the VMM
 *      while the guest's is loaded (upstream keeps that in the task's
 *      fpstate, which such a host has not).  compat/fpu_guest.c does the
 *      rest; see there and include-compat/asm/fpu/api.h.
 *    Lost: see asm/fpu/api.h.
 *
 * 2. XFEATURE_XTILE_CFG, XFEATURE_XTILE_DATA.
 *    Upstream: 5.16/5.17, "x86/fpu: Add XFD and AMX state definitions"
 *      (release not verified).
 *    Probe: xfeature_xtile.
 *    Fallback: the architectural XSAVE component numbers 17 and 18, as
 *      macros (the host's enum xfeature ends before them), and the masks.
 *    Lost: nothing; such hosts never enable AMX state in XCR0, so KVM never
 *      offers it (kvm_caps.supported_xcr0 follows the host's XCR0).
 *
 * 3. XFEATURE_CET_USER, XFEATURE_CET_KERNEL.
 *    Upstream: 6.6, "x86/fpu/xstate: Introduce CET MSR and XSAVES supervisor
 *      states" (component 11 XFEATURE_CET_USER, 12 XFEATURE_CET_KERNEL_UNUSED;
 *      reserved before), and ~6.18 "x86/fpu/xstate: Add CET supervisor
 *      xfeature support as a guest-only feature" (12 became
 *      XFEATURE_CET_KERNEL).  KVM 7.x virtualizes CET and names both.
 *    Probes: xfeature_cet_user, xfeature_cet_kernel.
 *    Fallback: the architecture's component numbers, 11 and 12.
 *    Lost: nothing the host could give: KVM offers guests only the XSS
 *      components the host's FPU code enables for guests (kvm_host.xss), and
 *      such a host enables no CET supervisor state for them (6.1: no CET
 *      state at all), so guests get no CET there.
 */
#ifndef KBP_ASM_FPU_TYPES_H
#define KBP_ASM_FPU_TYPES_H

#if __has_include_next(<asm/fpu/types.h>)
#include_next <asm/fpu/types.h>
#endif

#if defined(KBP_HAVE_FPU_GUEST_FPSTATE)
/* the host's own */
#elif defined(KBP_HAVE_COPY_FPREGS_TO_FPSTATE)
#include <linux/stddef.h>

struct fpstate {
	unsigned int		size;
	unsigned int		user_size;
	u64			xfeatures;
	u64			user_xfeatures;
	u64			xfd;
	unsigned int		is_valloc	: 1;
	unsigned int		is_guest	: 1;
	unsigned int		is_confidential	: 1;
	unsigned int		in_use		: 1;
	union {
		/* for the host's helpers, which save and load a struct fpu */
		struct fpu	kbp_fpu;
		struct {
			u8	kbp_fpu_head[offsetof(struct fpu, state)];
			/* the register image: kbp_fpu.state */
			union fpregs_state regs;
		};
	};
} __aligned(64);

struct fpu_guest {
	u64			xfeatures;
	u64			perm;
	u64			xfd_err;
	unsigned int		uabi_size;
	struct fpstate		*fpstate;
	/* the VMM's registers while the guest's are loaded */
	struct fpstate		*kbp_user_fpstate;
};
#endif /* KBP_HAVE_COPY_FPREGS_TO_FPSTATE */

#ifndef KBP_HAVE_XFEATURE_XTILE
#define XFEATURE_XTILE_CFG	17
#define XFEATURE_XTILE_DATA	18
#undef XFEATURE_MASK_XTILE_CFG
#undef XFEATURE_MASK_XTILE_DATA
#define XFEATURE_MASK_XTILE_CFG		(1 << XFEATURE_XTILE_CFG)
#define XFEATURE_MASK_XTILE_DATA	(1 << XFEATURE_XTILE_DATA)
#define XFEATURE_MASK_XTILE	(XFEATURE_MASK_XTILE_DATA | XFEATURE_MASK_XTILE_CFG)
#endif

#ifndef __ASSEMBLY__
#ifndef KBP_HAVE_XFEATURE_CET_USER
#define XFEATURE_CET_USER	11
#endif
#ifndef KBP_HAVE_XFEATURE_CET_KERNEL
#define XFEATURE_CET_KERNEL	12
#endif
#endif

#endif /* KBP_ASM_FPU_TYPES_H */
