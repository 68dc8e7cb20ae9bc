/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/sgx.h + SGX_ATTR_ASYNC_EXIT_NOTIFY.
 *
 * Upstream: ~6.2-6.4, SGX AEX-Notify support added the attribute bit to enum sgx_attribute; KVM lets
 *   guests' enclaves set it when the CPU has AEX-Notify.
 * Probe: sgx_attr_async_exit_notify.
 * Fallback: the architectural bit (SECS.ATTRIBUTES bit 10).  The host's SGX
 *   driver is not involved: guests create their enclaves through KVM's
 *   ENCLS handling on /dev/sgx_vepc memory.
 * Lost: nothing.
 */
#ifndef KBP_ASM_SGX_H
#define KBP_ASM_SGX_H

#include_next <asm/sgx.h>

#ifndef KBP_HAVE_SGX_ATTR_ASYNC_EXIT_NOTIFY
#define SGX_ATTR_ASYNC_EXIT_NOTIFY	BIT(10)
#endif

#endif /* KBP_ASM_SGX_H */
