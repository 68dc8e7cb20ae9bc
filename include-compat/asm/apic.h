/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/apic.h + what newer KVM takes from it.  One section per concern.
 *
 * 1. __apic_send_IPI_mask() / __apic_send_IPI_self().
 *    Upstream: 6.6, "x86/apic: Provide static call infrastructure for APIC
 *      callbacks": IPIs go through static calls.
 *    Probe: apic_send_ipi_static_call.
 *    Fallback: the host's struct apic callbacks, which those static calls
 *      wrap.
 *    Lost: nothing; an indirect call instead of a static call.
 *
 * 2. x2apic_mode for modules.
 *    Upstream: 5.15 (subject and release not verified): exported so that
 *      VMX's posted-interrupt code formats the notification destination
 *      without reading the APIC base MSR.
 *    Probe: x2apic_mode (exported).
 *    Fallback: x2apic_enabled(), which reads MSR_IA32_APICBASE, as KVM did
 *      before.
 *    Lost: nothing; one MSR read when a vCPU is loaded.
 *
 * 3. The APIC register-page helpers KVM's lapic.h had until ~6.17
 *    ("x86/apic: KVM: Move apic_find_highest_vector() to a common header"
 *    and siblings, for Secure AVIC; not checked against kernel history).
 *    Probe: apic_vector_helpers.
 *    Fallback: KVM calls them as kbp_apic_*() (patches/0030): the host's
 *      where it has them, else the same helpers here, with the register
 *      offsets and vector positions they use (APIC_VECTOR_TO_REG_OFFSET()
 *      ...).  Not under their own names: older KVM (6.12's lapic.c)
 *      defines apic_test_vector() itself.
 *    Lost: nothing.
 * For: pi_harvest_pir
 */
#ifndef KBP_ASM_APIC_H
#define KBP_ASM_APIC_H

#include_next <asm/apic.h>

#ifndef KBP_HAVE_APIC_SEND_IPI_STATIC_CALL
static __always_inline void __apic_send_IPI_mask(const struct cpumask *mask, int vector)
{
	apic->send_IPI_mask(mask, vector);
}

static __always_inline void __apic_send_IPI_self(int vector)
{
	apic->send_IPI_self(vector);
}
#endif

/*
 * ~6.17's <asm/apic.h> brings <asm/posted_intr.h> (pi_harvest_pir()) along,
 * for a KVM that uses it: KVM before 6.10 defines struct pi_desc itself
 * (vmx/posted_intr.h), which the kit's <asm/posted_intr.h> would redefine
 */
#if !defined(KBP_HAVE_PI_HARVEST_PIR) && defined(KBP_KVM_USES_PI_HARVEST_PIR)
#include <asm/posted_intr.h>
#endif

#ifdef KBP_HAVE_APIC_VECTOR_HELPERS
#define kbp_apic_find_highest_vector	apic_find_highest_vector
#define kbp_apic_get_reg		apic_get_reg
#define kbp_apic_set_reg		apic_set_reg
#define kbp_apic_get_reg64		apic_get_reg64
#define kbp_apic_set_reg64		apic_set_reg64
#define kbp_apic_clear_vector		apic_clear_vector
#define kbp_apic_set_vector		apic_set_vector
#define kbp_apic_test_vector		apic_test_vector
#else
#ifndef MAX_APIC_VECTOR
#define MAX_APIC_VECTOR			256
#endif
#ifndef APIC_VECTORS_PER_REG
#define APIC_VECTORS_PER_REG		32
#endif
#ifndef APIC_VECTOR_TO_BIT_NUMBER
#define APIC_VECTOR_TO_BIT_NUMBER(v)	((unsigned int)(v) % 32)
#endif
#ifndef APIC_VECTOR_TO_REG_OFFSET
#define APIC_VECTOR_TO_REG_OFFSET(v)	((unsigned int)(v) / 32 * 0x10)
#endif

static inline int kbp_apic_find_highest_vector(void *bitmap)
{
	int vec;
	u32 *reg;

	for (vec = MAX_APIC_VECTOR - APIC_VECTORS_PER_REG; vec >= 0;
	     vec -= APIC_VECTORS_PER_REG) {
		reg = bitmap + APIC_VECTOR_TO_REG_OFFSET(vec);
		if (*reg)
			return __fls(*reg) + vec;
	}

	return -1;
}

static inline u32 kbp_apic_get_reg(void *regs, int reg)
{
	return *((u32 *)(regs + reg));
}

static inline void kbp_apic_set_reg(void *regs, int reg, u32 val)
{
	*((u32 *)(regs + reg)) = val;
}

static __always_inline u64 kbp_apic_get_reg64(void *regs, int reg)
{
	BUILD_BUG_ON(reg != APIC_ICR);
	return *((u64 *)(regs + reg));
}

static __always_inline void kbp_apic_set_reg64(void *regs, int reg, u64 val)
{
	BUILD_BUG_ON(reg != APIC_ICR);
	*((u64 *)(regs + reg)) = val;
}

static inline void kbp_apic_clear_vector(int vec, void *bitmap)
{
	clear_bit(APIC_VECTOR_TO_BIT_NUMBER(vec),
		  bitmap + APIC_VECTOR_TO_REG_OFFSET(vec));
}

static inline void kbp_apic_set_vector(int vec, void *bitmap)
{
	set_bit(APIC_VECTOR_TO_BIT_NUMBER(vec),
		bitmap + APIC_VECTOR_TO_REG_OFFSET(vec));
}

static inline int kbp_apic_test_vector(int vec, void *bitmap)
{
	return test_bit(APIC_VECTOR_TO_BIT_NUMBER(vec),
			bitmap + APIC_VECTOR_TO_REG_OFFSET(vec));
}
#endif

#if defined(CONFIG_X86_X2APIC) && !defined(KBP_HAVE_X2APIC_MODE)
#define x2apic_mode x2apic_enabled()
#endif

#endif /* KBP_ASM_APIC_H */
