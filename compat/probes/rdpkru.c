// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: rdpkru()
 * Upstream: 5.2, "x86/pkeys: Provide *pkru() helpers" renamed __read_pkru()
 *   to rdpkru() (the bare instruction; callers check PKU).
 * Fallback: the host's __read_pkru(), the same instruction
 *   (include-compat/asm/special_insns.h).
 */
#include <linux/errno.h>	/* 5.10's asm/special_insns.h uses EAGAIN without it */
#include <linux/kernel.h>	/* 4.18's uses u32 and __always_inline without it */
#include <asm/special_insns.h>

u32 kbp_probe(void)
{
	return rdpkru();
}
