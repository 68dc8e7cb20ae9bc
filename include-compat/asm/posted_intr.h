/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/posted_intr.h on hosts without it.
 *
 * Upstream: 6.10, "x86/irq: Move posted interrupt descriptor out of VMX
 *   code" (for posted MSIs); before, struct pi_desc and its helpers lived
 *   in KVM's own vmx/posted_intr.h.
 * Probe: none; __has_include_next().
 * Fallback: the posted-interrupt descriptor as the Intel SDM defines it
 *   (64-byte aligned: 256 request bits, then ON/SN, NV, NDST) and the
 *   bit helpers KVM uses.
 * Lost: posted MSIs (CONFIG_X86_POSTED_MSI), a host feature those hosts
 *   do not have: pi_pending_this_cpu() is always false there.
 *
 * + the PIR as unsigned longs, and pi_harvest_pir().
 * Upstream: ~6.17, "x86/irq: KVM: Add helper for harvesting PIR to
 *   deduplicate KVM and posted MSIs" and "x86/irq: Use unsigned long for
 *   PIR words" (Sean Christopherson, not checked against kernel history):
 *   struct pi_desc's pir became unsigned long[NR_PIR_WORDS], and KVM reads
 *   it with the core's pi_harvest_pir().
 * Probe: pi_harvest_pir.
 * Fallback: the same helper; KVM reaches the PIR through kbp_pi_pir()
 *   (patches/0022), the host's 256 request bits as unsigned longs, which
 *   they are in memory whatever type the host's struct gives them.
 * Lost: nothing.
 */
#ifndef KBP_ASM_POSTED_INTR_H
#define KBP_ASM_POSTED_INTR_H

#if __has_include_next(<asm/posted_intr.h>)
#include_next <asm/posted_intr.h>
#else
#include <linux/bitmap.h>
#include <linux/bitops.h>
#include <asm/irq_vectors.h>

#define POSTED_INTR_ON		0
#define POSTED_INTR_SN		1

#define PID_TABLE_ENTRY_VALID	1

struct pi_desc {
	union {
		u32 pir[8];		/* posted interrupt requests */
		u64 pir64[4];
	};
	union {
		struct {
			u16 notifications;	/* ON (bit 0), SN (bit 1) */
			u8 nv;			/* notification vector */
			u8 rsvd_2;
			u32 ndst;		/* notification destination */
		};
		u64 control;
	};
	u32 rsvd[6];
} __aligned(64);

#define KBP_PI_CONTROL(pi)	((unsigned long *)&(pi)->control)

static inline bool pi_test_and_set_on(struct pi_desc *pi)
{
	return test_and_set_bit(POSTED_INTR_ON, KBP_PI_CONTROL(pi));
}

static inline bool pi_test_and_clear_on(struct pi_desc *pi)
{
	return test_and_clear_bit(POSTED_INTR_ON, KBP_PI_CONTROL(pi));
}

static inline bool pi_test_and_clear_sn(struct pi_desc *pi)
{
	return test_and_clear_bit(POSTED_INTR_SN, KBP_PI_CONTROL(pi));
}

static inline bool pi_test_and_set_pir(int vector, struct pi_desc *pi)
{
	return test_and_set_bit(vector, (unsigned long *)pi->pir);
}

static inline bool pi_is_pir_empty(struct pi_desc *pi)
{
	return bitmap_empty((unsigned long *)pi->pir, NR_VECTORS);
}

static inline void pi_set_sn(struct pi_desc *pi)
{
	set_bit(POSTED_INTR_SN, KBP_PI_CONTROL(pi));
}

static inline void pi_set_on(struct pi_desc *pi)
{
	set_bit(POSTED_INTR_ON, KBP_PI_CONTROL(pi));
}

static inline void pi_clear_on(struct pi_desc *pi)
{
	clear_bit(POSTED_INTR_ON, KBP_PI_CONTROL(pi));
}

static inline void pi_clear_sn(struct pi_desc *pi)
{
	clear_bit(POSTED_INTR_SN, KBP_PI_CONTROL(pi));
}

static inline bool pi_test_on(struct pi_desc *pi)
{
	return test_bit(POSTED_INTR_ON, KBP_PI_CONTROL(pi));
}

static inline bool pi_test_sn(struct pi_desc *pi)
{
	return test_bit(POSTED_INTR_SN, KBP_PI_CONTROL(pi));
}

static inline void __pi_set_sn(struct pi_desc *pi)
{
	pi->notifications |= BIT(POSTED_INTR_SN);
}

static inline void __pi_clear_sn(struct pi_desc *pi)
{
	pi->notifications &= ~BIT(POSTED_INTR_SN);
}

static inline bool pi_pending_this_cpu(unsigned int vector)
{
	return false;
}
#endif

#ifndef KBP_HAVE_PI_HARVEST_PIR
#include <linux/compiler.h>
#include <asm/cmpxchg.h>

#define NR_PIR_VECTORS	256
#define NR_PIR_WORDS	(NR_PIR_VECTORS / BITS_PER_LONG)

/*
 * arch_xchg(), the uninstrumented xchg() the core's helper uses, is an x86
 * name on Debian's 5.10 and later, not on RHEL 8.1's 4.18; there xchg() is
 * that same instruction (every KVM source includes this header, so it must
 * compile on every host)
 */
#ifdef arch_xchg
#define kbp_pir_xchg(p, v)	arch_xchg(p, v)
#else
#define kbp_pir_xchg(p, v)	xchg(p, v)
#endif

static __always_inline bool pi_harvest_pir(unsigned long *pir,
					   unsigned long *pir_vals)
{
	unsigned long pending = 0;
	int i;

	for (i = 0; i < NR_PIR_WORDS; i++) {
		pir_vals[i] = READ_ONCE(pir[i]);
		pending |= pir_vals[i];
	}

	if (!pending)
		return false;

	for (i = 0; i < NR_PIR_WORDS; i++) {
		if (!pir_vals[i])
			continue;

		pir_vals[i] = kbp_pir_xchg(&pir[i], 0);
	}

	return true;
}
#endif

/* the PIR as unsigned longs, whatever the type of the host's pi_desc.pir */
#define kbp_pi_pir(pi)	((unsigned long *)(pi)->pir)

#endif /* KBP_ASM_POSTED_INTR_H */
