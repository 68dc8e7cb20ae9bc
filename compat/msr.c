// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/asm/msr.h
 *
 * kbp_msr_set_bit() / kbp_msr_clear_bit(): set or clear one bit of an MSR on
 * this CPU, for hosts that do not export msr_set_bit() / msr_clear_bit()
 * (see include-compat/asm/msr.h).  Returns < 0 on error, 0 when the bit was
 * already so, > 0 when the MSR was written.
 */
#include <linux/export.h>
#include <linux/types.h>
#include <asm/msr.h>

#ifndef KBP_HAVE_MSR_SET_BIT
static int kbp_msr_flip_bit(u32 msr, u8 bit, bool set)
{
	u64 val, new;
	int err;

	if (bit > 63)
		return -EINVAL;

	err = rdmsrl_safe(msr, &val);
	if (err)
		return err;

	new = set ? val | BIT_ULL(bit) : val & ~BIT_ULL(bit);
	if (new == val)
		return 0;

	err = wrmsrl_safe(msr, new);
	if (err)
		return err;

	return 1;
}

int kbp_msr_set_bit(u32 msr, u8 bit)
{
	return kbp_msr_flip_bit(msr, bit, true);
}
EXPORT_SYMBOL_GPL(kbp_msr_set_bit);

int kbp_msr_clear_bit(u32 msr, u8 bit)
{
	return kbp_msr_flip_bit(msr, bit, false);
}
EXPORT_SYMBOL_GPL(kbp_msr_clear_bit);
#endif
