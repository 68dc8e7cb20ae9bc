/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/sgx.h + SGX_ATTR_ASYNC_EXIT_NOTIFY; the SECS attribute and
 * MISCSELECT bits KVM filters CPUID leaf 0x12 with where the host has no
 * asm/sgx.h at all.
 *
 * 1. SGX_ATTR_ASYNC_EXIT_NOTIFY.
 *    Upstream: ~6.2-6.4, SGX AEX-Notify support added the attribute bit to
 *      enum sgx_attribute; KVM lets guests' enclaves set it when the CPU
 *      has AEX-Notify.
 *    Probe: sgx_attr_async_exit_notify.
 *    Fallback: the architectural bit (SECS.ATTRIBUTES bit 10).  The host's
 *      SGX driver is not involved: guests create their enclaves through
 *      KVM's ENCLS handling on /dev/sgx_vepc memory.
 *    Lost: nothing.
 *
 * 2. The header itself.
 *    Upstream: 5.11, "x86/sgx: Add SGX architectural data structures"
 *      (SGX came with 5.11; KVM's SGX support, X86_SGX_KVM, with 5.13).
 *    Probe: none; __has_include_next().
 *    Fallback: the MISCSELECT and ATTRIBUTES bits KVM's CPUID code masks
 *      leaf 0x12 with, as the SDM defines them, and the two masks upstream
 *      builds from them (also where the host's header lacks only those).  Without the host's SGX
 *      (X86_SGX) KVM's SGX support is not built and X86_FEATURE_SGX is
 *      never set, so leaf 0x12 reads 0 anyway.
 *    Lost: nothing beyond SGX for guests, which needs the host's SGX.
 */
#ifndef KBP_ASM_SGX_H
#define KBP_ASM_SGX_H

#if __has_include_next(<asm/sgx.h>)
#include_next <asm/sgx.h>
#else
#include <linux/bits.h>

#define SGX_MISC_EXINFO		BIT(0)

#define SGX_ATTR_DEBUG		BIT(1)
#define SGX_ATTR_MODE64BIT	BIT(2)
#define SGX_ATTR_PROVISIONKEY	BIT(4)
#define SGX_ATTR_EINITTOKENKEY	BIT(5)
#define SGX_ATTR_KSS		BIT(7)
#define SGX_ATTR_ASYNC_EXIT_NOTIFY	BIT(10)
#endif

#if !defined(KBP_HAVE_SGX_ATTR_ASYNC_EXIT_NOTIFY) && !defined(SGX_ATTR_ASYNC_EXIT_NOTIFY)
#define SGX_ATTR_ASYNC_EXIT_NOTIFY	BIT(10)
#endif

/* hosts with the header may lack these too (6.1 does) */
#ifndef SGX_ATTR_UNPRIV_MASK
#define SGX_ATTR_UNPRIV_MASK	(SGX_ATTR_DEBUG | SGX_ATTR_MODE64BIT | \
				 SGX_ATTR_KSS | SGX_ATTR_ASYNC_EXIT_NOTIFY)
#endif
#ifndef SGX_ATTR_PRIV_MASK
#define SGX_ATTR_PRIV_MASK	(SGX_ATTR_PROVISIONKEY | SGX_ATTR_EINITTOKENKEY)
#endif

#endif /* KBP_ASM_SGX_H */
