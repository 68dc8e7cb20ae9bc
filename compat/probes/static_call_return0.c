// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: __static_call_return0()
 * Upstream: 5.13, "static_call: Provide DEFINE_STATIC_CALL_RET0()"
 * Exports: __static_call_return0
 * Fallback: compat/static_call.c, a function that returns 0
 *   (include-compat/linux/static_call.h).
 */
#include <linux/static_call.h>

void *kbp_probe = __static_call_return0;
