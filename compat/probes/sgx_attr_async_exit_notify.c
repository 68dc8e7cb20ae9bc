// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: SGX_ATTR_ASYNC_EXIT_NOTIFY in enum sgx_attribute
 * Upstream: ~6.2-6.4, SGX AEX-Notify support
 * Fallback: include-compat/asm/sgx.h defines the architectural bit.
 */
#include <asm/sgx.h>

int kbp_probe = SGX_ATTR_ASYNC_EXIT_NOTIFY;
