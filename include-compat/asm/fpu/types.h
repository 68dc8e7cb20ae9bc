/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/fpu/types.h + struct fpstate and struct fpu_guest, the AMX tile
 * and the CET state components, and the 4.2 names over the FPU before the
 * 4.2 rework.  One section per concern, each with its own probe.
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
 *
 * 4. The FPU before the 4.2 rework: struct fxregs_state, struct
 *    xregs_state, union fpregs_state, XFEATURE_* and XFEATURE_MASK_*, and
 *    struct kbp_vcpu_fpu, the type of KVM 5.10's vcpu->arch.guest_fpu and
 *    user_fpu (patches/0049).
 *    Upstream: 4.2, the x86/fpu rework (Ingo Molnar): struct
 *      i387_fxsave_struct and struct xsave_struct became struct
 *      fxregs_state and struct xregs_state (xsave_hdr.xstate_bv became
 *      header.xfeatures), XSTATE_* became XFEATURE_MASK_* (4.4), and the
 *      register image moved from behind a pointer (union thread_xstate
 *      *state) into struct fpu (union fpregs_state state).
 *    Probe: fpu_thread_xstate.
 *    Fallback: the 4.2 names over the same architectural layouts (FXSAVE's
 *      512 bytes, the 64-byte XSAVE header, the standard format: such a host
 *      never uses XSAVES), and struct kbp_vcpu_fpu holding the image itself
 *      (a page, as 4.2's union fpregs_state), so that KVM's
 *      guest_fpu->state.xsave is the register image it expects; where the
 *      probe fails, kbp_vcpu_fpu is the host's struct fpu
 *      (include-compat/kvm-backport.h).  The save and restore helpers are in
 *      include-compat/asm/fpu/api.h.
 *    Lost: see asm/fpu/api.h.
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

#ifdef KBP_HAVE_FPU_THREAD_XSTATE
#include <linux/types.h>
#include <asm/page.h>

enum xfeature {
	XFEATURE_FP,
	XFEATURE_SSE,
	XFEATURE_YMM,
	XFEATURE_BNDREGS,
	XFEATURE_BNDCSR,
	XFEATURE_OPMASK,
	XFEATURE_ZMM_Hi256,
	XFEATURE_Hi16_ZMM,
	XFEATURE_PT_UNIMPLEMENTED_SO_FAR,
	XFEATURE_PKRU,

	XFEATURE_MAX,
};

#define XFEATURE_MASK_FP		(1 << XFEATURE_FP)
#define XFEATURE_MASK_SSE		(1 << XFEATURE_SSE)
#define XFEATURE_MASK_YMM		(1 << XFEATURE_YMM)
#define XFEATURE_MASK_BNDREGS		(1 << XFEATURE_BNDREGS)
#define XFEATURE_MASK_BNDCSR		(1 << XFEATURE_BNDCSR)
#define XFEATURE_MASK_OPMASK		(1 << XFEATURE_OPMASK)
#define XFEATURE_MASK_ZMM_Hi256		(1 << XFEATURE_ZMM_Hi256)
#define XFEATURE_MASK_Hi16_ZMM		(1 << XFEATURE_Hi16_ZMM)
#define XFEATURE_MASK_PT		(1 << XFEATURE_PT_UNIMPLEMENTED_SO_FAR)
#define XFEATURE_MASK_PKRU		(1 << XFEATURE_PKRU)

#define XFEATURE_MASK_FPSSE		(XFEATURE_MASK_FP | XFEATURE_MASK_SSE)
#define XFEATURE_MASK_AVX512		(XFEATURE_MASK_OPMASK \
					 | XFEATURE_MASK_ZMM_Hi256 \
					 | XFEATURE_MASK_Hi16_ZMM)
#define XFEATURE_MASK_EXTEND		(~(XFEATURE_MASK_FPSSE | (1ULL << 63)))
/* the host knows no supervisor state */
#define XFEATURE_MASK_SUPERVISOR_ALL	0ULL

/* FXSAVE's image: the host's struct i387_fxsave_struct under its 4.2 name */
struct fxregs_state {
	u16			cwd;
	u16			swd;
	u16			twd;
	u16			fop;
	union {
		struct {
			u64	rip;
			u64	rdp;
		};
		struct {
			u32	fip;
			u32	fcs;
			u32	foo;
			u32	fos;
		};
	};
	u32			mxcsr;
	u32			mxcsr_mask;
	u32			st_space[32];
	u32			xmm_space[64];
	u32			padding[12];
	union {
		u32		padding1[12];
		u32		sw_reserved[12];
	};
} __attribute__((aligned(16)));

struct xstate_header {
	u64			xfeatures;
	u64			xcomp_bv;
	u64			reserved[6];
} __attribute__((packed));

struct xregs_state {
	struct fxregs_state	i387;
	struct xstate_header	header;
	u8			extended_state_area[0];
} __attribute__((packed, aligned(64)));

union fpregs_state {
	struct fxregs_state	fxsave;
	struct xregs_state	xsave;
	u8			__padding[PAGE_SIZE];
};

struct pkru_state {
	u32			pkru;
	u32			pad;
};

/* the MPX components, which KVM clears on INIT */
struct mpx_bndreg {
	u64			lower_bound;
	u64			upper_bound;
} __attribute__((packed));

struct mpx_bndreg_state {
	struct mpx_bndreg	bndreg[4];
} __attribute__((packed));

struct mpx_bndcsr {
	u64			bndcfgu;
	u64			bndstatus;
} __attribute__((packed));

/* KVM 5.10's guest_fpu and user_fpu: a register image of its own */
struct kbp_vcpu_fpu {
	union fpregs_state	state;
};
#endif /* KBP_HAVE_FPU_THREAD_XSTATE */

#endif /* KBP_ASM_FPU_TYPES_H */
