// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/asm/fpu/api.h
 *
 * The 5.16/5.17 guest FPU API (struct fpu_guest, fpu_swap_kvm_fpstate() and
 * the rest) over the FPU interface of older hosts: a struct fpu whose
 * register image is saved with copy_fpregs_to_fpstate() and loaded with the
 * inline XRSTOR helpers, as the host's own KVM switched the FPU (see
 * include-compat/asm/fpu/api.h for what this keeps and loses).
 *
 * The model: between fpu_swap_kvm_fpstate(gfpu, true) and (gfpu, false)
 * (KVM_RUN, or a KVM ioctl that needs the guest's registers loaded) the
 * CPU's FPU registers hold the guest's state and the host's context switch
 * treats them as the task's: it saves them into current->thread.fpu and
 * restores them from there.  The VMM's own registers wait in
 * gfpu->kbp_user_fpstate.  On the way out the guest's registers, wherever
 * they are (in the CPU, or in current's buffer when TIF_NEED_FPU_LOAD), go
 * back to gfpu->fpstate and the VMM's are loaded.  PKRU is left alone on
 * the way in (the VMM's value stays loaded; KVM writes the guest's around
 * VM entry, kvm_load_guest_xsave_state()) and restored with the rest on
 * the way out.
 */
#include <linux/types.h>
#include <asm/fpu/api.h>

#if defined(KBP_HAVE_FPU_GUEST_FPSTATE)
/* the host's own */
#elif defined(KBP_HAVE_COPY_FPREGS_TO_FPSTATE)
#include <linux/bits.h>
#include <linux/build_bug.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <asm/fpu/internal.h>
#include <asm/fpu/types.h>
#include <asm/fpu/xcr.h>
#include <asm/fpu/xstate.h>
#include <asm/kvm.h>

#define KBP_FXSAVE_MXCSR	offsetof(struct fxregs_state, mxcsr)
#define KBP_FXSAVE_ST		offsetof(struct fxregs_state, st_space)
#define KBP_FXSAVE_XMM		offsetof(struct fxregs_state, xmm_space)
#define KBP_FXSAVE_PAD		offsetof(struct fxregs_state, padding)
#define KBP_XSAVE_HDR		offsetof(struct xregs_state, header)
#define KBP_XSAVE_EXT		(KBP_XSAVE_HDR + sizeof(struct xstate_header))

static void kbp_fpu_layout_checks(void)
{
	/* the host's helpers see regs as the register image of a struct fpu */
	BUILD_BUG_ON(offsetof(struct fpstate, regs) !=
		     offsetof(struct fpstate, kbp_fpu) + offsetof(struct fpu, state));
	BUILD_BUG_ON(KBP_XSAVE_EXT != 576);
}

/* the standard (uabi) offset and the size of an extended component */
static void kbp_xfeature_std(int nr, unsigned int *offset, unsigned int *size)
{
	u32 eax, ebx, ecx, edx;

	cpuid_count(XSTATE_CPUID, nr, &eax, &ebx, &ecx, &edx);
	*size = eax;
	*offset = ebx;
}

/* the user features of this host: what it enables in XCR0 */
static u64 kbp_fpu_user_xfeatures(void)
{
	if (!boot_cpu_has(X86_FEATURE_XSAVE))
		return XFEATURE_MASK_FPSSE;
	return xgetbv(XCR_XFEATURE_ENABLED_MASK);
}

static struct fpstate *kbp_fpstate_alloc(void)
{
	struct fpstate *fps;

	/*
	 * The register image is sized by the host (fpu_kernel_xstate_size), as
	 * the host sizes the task's: it may outgrow union fpregs_state.
	 * vzalloc() is page-aligned, so the image is 64-byte aligned.
	 */
	fps = vzalloc(sizeof(*fps) - sizeof(fps->regs) +
		      max_t(unsigned int, fpu_kernel_xstate_size, sizeof(fps->regs)));
	if (!fps)
		return NULL;
	fpstate_init(&fps->regs);
	fps->size = fpu_kernel_xstate_size;
	fps->user_xfeatures = kbp_fpu_user_xfeatures();
	fps->xfeatures = fps->user_xfeatures;
	fps->is_valloc = true;
	return fps;
}

bool kbp_fpu_alloc_guest_fpstate(struct fpu_guest *gfpu)
{
	struct fpstate *guest, *user;

	kbp_fpu_layout_checks();
	guest = kbp_fpstate_alloc();
	user = kbp_fpstate_alloc();
	if (!guest || !user) {
		vfree(guest);
		vfree(user);
		return false;
	}
	guest->is_guest = true;

	gfpu->fpstate = guest;
	gfpu->kbp_user_fpstate = user;
	gfpu->xfeatures = guest->user_xfeatures;
	gfpu->perm = guest->user_xfeatures;
	gfpu->xfd_err = 0;
	/* KVM's base uABI size; the host has no feature that needs more */
	gfpu->uabi_size = sizeof(struct kvm_xsave);
	return true;
}
EXPORT_SYMBOL_GPL(kbp_fpu_alloc_guest_fpstate);

void kbp_fpu_free_guest_fpstate(struct fpu_guest *gfpu)
{
	struct fpstate *fps = gfpu->fpstate;

	if (!fps)
		return;
	if (WARN_ON_ONCE(!fps->is_valloc || !fps->is_guest || fps->in_use))
		return;
	gfpu->fpstate = NULL;
	vfree(fps);
	vfree(gfpu->kbp_user_fpstate);
	gfpu->kbp_user_fpstate = NULL;
}
EXPORT_SYMBOL_GPL(kbp_fpu_free_guest_fpstate);

/*
 * Save current's registers into @fpu: from the CPU, or, when they are not
 * loaded (TIF_NEED_FPU_LOAD), from current's buffer.  Under fpregs_lock().
 */
static void kbp_fpu_save_current(struct fpu *fpu)
{
	if (test_thread_flag(TIF_NEED_FPU_LOAD))
		memcpy(&fpu->state, &current->thread.fpu.state,
		       fpu_kernel_xstate_size);
	else
		copy_fpregs_to_fpstate(fpu);
}

int kbp_fpu_swap_kvm_fpstate(struct fpu_guest *gfpu, bool enter_guest)
{
	struct fpstate *guest = gfpu->fpstate;
	struct fpstate *user = gfpu->kbp_user_fpstate;

	fpregs_lock();
	if (enter_guest) {
		kbp_fpu_save_current(&user->kbp_fpu);
		/*
		 * A confidential guest's registers are loaded by the VMRUN
		 * firmware: the VMM's stay in the CPU, as upstream.
		 */
		if (!guest->is_confidential)
			__copy_kernel_to_fpregs(&guest->regs, ~XFEATURE_MASK_PKRU);
		guest->in_use = true;
	} else {
		guest->in_use = false;
		if (!guest->is_confidential)
			kbp_fpu_save_current(&guest->kbp_fpu);
		copy_kernel_to_fpregs(&user->regs);
	}
	fpregs_mark_activate();
	fpregs_unlock();
	return 0;
}
EXPORT_SYMBOL_GPL(kbp_fpu_swap_kvm_fpstate);

int kbp_fpu_enable_guest_xfd_features(struct fpu_guest *guest_fpu,
				      u64 xfeatures)
{
	xfeatures &= ~guest_fpu->xfeatures;
	/* the host enables no dynamic feature: no permission to give */
	return xfeatures ? -EPERM : 0;
}
EXPORT_SYMBOL_GPL(kbp_fpu_enable_guest_xfd_features);

void kbp_fpu_update_guest_xfd(struct fpu_guest *guest_fpu, u64 xfd)
{
	/* KVM calls this only for guests with XFD, which it never offers here */
	WARN_ON_ONCE(xfd);
	guest_fpu->fpstate->xfd = xfd;
}
EXPORT_SYMBOL_GPL(kbp_fpu_update_guest_xfd);

u64 kbp_xstate_get_guest_group_perm(void)
{
	return kbp_fpu_user_xfeatures();
}
EXPORT_SYMBOL_GPL(kbp_xstate_get_guest_group_perm);

void kbp_fpstate_clear_xstate_component(struct fpstate *fps,
					unsigned int xfeature)
{
	void *addr = get_xsave_addr(&fps->regs.xsave, xfeature);
	unsigned int offset, size;

	if (!addr)
		return;
	kbp_xfeature_std(xfeature, &offset, &size);
	memset(addr, 0, size);
}
EXPORT_SYMBOL_GPL(kbp_fpstate_clear_xstate_component);

/* a bounded writer, as upstream's struct membuf */
struct kbp_membuf {
	u8 *p;
	unsigned int left;
};

static void kbp_membuf_write(struct kbp_membuf *to, const void *src,
			     unsigned int size)
{
	size = min(size, to->left);
	if (src)
		memcpy(to->p, src, size);
	else
		memset(to->p, 0, size);
	to->p += size;
	to->left -= size;
}

/* @size bytes from @src when the feature is in use, else from @init */
static void kbp_copy_feature(bool in_use, struct kbp_membuf *to,
			     const void *src, const void *init,
			     unsigned int size)
{
	kbp_membuf_write(to, in_use ? src : init, size);
}

/*
 * The standard-format image of the guest's state, as upstream's
 * __copy_xstate_to_uabi_buf(..., XSTATE_COPY_XSAVE) makes it: features not
 * in use read as their init state, PKRU is the value KVM passes.
 */
static void kbp_copy_xstate_to_uabi(void *buf, unsigned int size,
				    struct fpstate *fps, u64 xfeatures,
				    u32 pkru_val)
{
	struct xregs_state *xsave = &fps->regs.xsave;
	struct kbp_membuf to = { .p = buf, .left = size };
	struct fxregs_state init = { .cwd = 0x37f, .mxcsr = MXCSR_DEFAULT };
	struct xstate_header header;
	unsigned int zerofrom, offset, csize;
	u64 mask;
	int i;

	/* FXSAVE's image of the init state has the CPU's MXCSR mask */
	init.mxcsr_mask = mxcsr_feature_mask;

	memset(&header, 0, sizeof(header));
	header.xfeatures = xsave->header.xfeatures & fps->user_xfeatures &
			   xfeatures;

	/* FP state up to MXCSR */
	kbp_copy_feature(header.xfeatures & XFEATURE_MASK_FP, &to,
			 &xsave->i387, &init, KBP_FXSAVE_MXCSR);
	/* MXCSR and its mask, when SSE or YMM are in use */
	kbp_copy_feature(header.xfeatures & (XFEATURE_MASK_SSE | XFEATURE_MASK_YMM),
			 &to, &xsave->i387.mxcsr, &init.mxcsr,
			 KBP_FXSAVE_ST - KBP_FXSAVE_MXCSR);
	/* the rest of the FP state */
	kbp_copy_feature(header.xfeatures & XFEATURE_MASK_FP, &to,
			 &xsave->i387.st_space, &init.st_space,
			 sizeof(xsave->i387.st_space));
	/* the SSE state */
	kbp_copy_feature(header.xfeatures & XFEATURE_MASK_SSE, &to,
			 &xsave->i387.xmm_space, &init.xmm_space,
			 sizeof(xsave->i387.xmm_space));
	/* padding and software-reserved bytes */
	kbp_membuf_write(&to, NULL, KBP_XSAVE_HDR - KBP_FXSAVE_PAD);
	kbp_membuf_write(&to, &header, sizeof(header));

	zerofrom = KBP_XSAVE_EXT;
	mask = header.xfeatures & ~XFEATURE_MASK_FPSSE;
	for (i = 2; i < 64; i++) {
		if (!(mask & BIT_ULL(i)))
			continue;
		kbp_xfeature_std(i, &offset, &csize);
		/* a disabled feature or an alignment gap reads 0 */
		if (zerofrom < offset)
			kbp_membuf_write(&to, NULL, offset - zerofrom);
		if (i == XFEATURE_PKRU) {
			struct pkru_state pkru = { .pkru = pkru_val };

			kbp_membuf_write(&to, &pkru, sizeof(pkru));
		} else {
			kbp_membuf_write(&to, kbp_xsave_raw_addr(xsave, i), csize);
		}
		zerofrom = offset + csize;
	}
	if (to.left)
		kbp_membuf_write(&to, NULL, to.left);
}

void kbp_fpu_copy_guest_fpstate_to_uabi(struct fpu_guest *gfpu, void *buf,
					unsigned int size, u64 xfeatures,
					u32 pkru)
{
	struct fpstate *kstate = gfpu->fpstate;
	union fpregs_state *ustate = buf;

	if (boot_cpu_has(X86_FEATURE_XSAVE)) {
		kbp_copy_xstate_to_uabi(buf, size, kstate, xfeatures, pkru);
	} else {
		memcpy(&ustate->fxsave, &kstate->regs.fxsave,
		       sizeof(ustate->fxsave));
		/* Make it restorable on a XSAVE enabled host */
		ustate->xsave.header.xfeatures = XFEATURE_MASK_FPSSE;
	}
}
EXPORT_SYMBOL_GPL(kbp_fpu_copy_guest_fpstate_to_uabi);

/* upstream's copy_uabi_to_xstate() for a kernel buffer */
static int kbp_copy_uabi_to_xstate(struct fpstate *fps, const u8 *buf,
				   u32 *pkru)
{
	struct xregs_state *xsave = &fps->regs.xsave;
	struct xstate_header hdr;
	unsigned int offset, size;
	u64 mask;
	int i;

	memcpy(&hdr, buf + KBP_XSAVE_HDR, sizeof(hdr));
	if (hdr.xfeatures & ~fps->user_xfeatures)
		return -EINVAL;
	if (hdr.xcomp_bv)
		return -EINVAL;
	if (memchr_inv(hdr.reserved, 0, sizeof(hdr.reserved)))
		return -EINVAL;

	/* validate MXCSR when any of the related features is in use */
	mask = XFEATURE_MASK_FP | XFEATURE_MASK_SSE | XFEATURE_MASK_YMM;
	if (hdr.xfeatures & mask) {
		u32 mxcsr[2];

		memcpy(mxcsr, buf + KBP_FXSAVE_MXCSR, sizeof(mxcsr));
		if (mxcsr[0] & ~mxcsr_feature_mask)
			return -EINVAL;
		/* SSE and YMM require MXCSR even when FP is not in use */
		if (!(hdr.xfeatures & XFEATURE_MASK_FP)) {
			xsave->i387.mxcsr = mxcsr[0];
			xsave->i387.mxcsr_mask = mxcsr[1];
		}
	}

	for (i = 0; i < 64; i++) {
		if (!(hdr.xfeatures & BIT_ULL(i)))
			continue;
		if (i == XFEATURE_FP) {
			offset = 0;
			size = KBP_FXSAVE_XMM;
		} else if (i == XFEATURE_SSE) {
			offset = KBP_FXSAVE_XMM;
			size = sizeof(xsave->i387.xmm_space);
		} else {
			kbp_xfeature_std(i, &offset, &size);
		}
		memcpy(kbp_xsave_raw_addr(xsave, i), buf + offset, size);
	}

	if (hdr.xfeatures & XFEATURE_MASK_PKRU) {
		struct pkru_state *xpkru;

		xpkru = kbp_xsave_raw_addr(xsave, XFEATURE_PKRU);
		*pkru = xpkru->pkru;
	} else if (pkru) {
		/* KVM passes NULL when PKRU is to stay as it is */
		*pkru = 0;
	}

	/* the user states come from userspace, the supervisor ones stay */
	xsave->header.xfeatures &= XFEATURE_MASK_SUPERVISOR_ALL;
	xsave->header.xfeatures |= hdr.xfeatures;
	return 0;
}

int kbp_fpu_copy_uabi_to_guest_fpstate(struct fpu_guest *gfpu,
				       const void *buf, u64 xcr0, u32 *vpkru)
{
	struct fpstate *kstate = gfpu->fpstate;
	const union fpregs_state *ustate = buf;

	if (!boot_cpu_has(X86_FEATURE_XSAVE)) {
		if (ustate->xsave.header.xfeatures & ~XFEATURE_MASK_FPSSE)
			return -EINVAL;
		if (ustate->fxsave.mxcsr & ~mxcsr_feature_mask)
			return -EINVAL;
		memcpy(&kstate->regs.fxsave, &ustate->fxsave,
		       sizeof(ustate->fxsave));
		return 0;
	}

	if (ustate->xsave.header.xfeatures & ~xcr0)
		return -EINVAL;

	/*
	 * KVM's ABI leaves PKRU untouched when its bit is not set in the
	 * header (all other components are eventually re-initialized).
	 */
	if (!(ustate->xsave.header.xfeatures & XFEATURE_MASK_PKRU))
		vpkru = NULL;

	return kbp_copy_uabi_to_xstate(kstate, buf, vpkru);
}
EXPORT_SYMBOL_GPL(kbp_fpu_copy_uabi_to_guest_fpstate);
#endif /* KBP_HAVE_COPY_FPREGS_TO_FPSTATE */
