// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: static_call_update() that takes any pointer convertible to the
 *   call's type (a void * included)
 * Upstream: 5.13, "static_call: Relax static_call_update() function
 *   argument type" (release not verified)
 * Fallback: that definition of the macro (include-compat/linux/static_call.h).
 */
#include <linux/static_call.h>

static int kbp_probe_fn(int x)
{
	return x;
}

DEFINE_STATIC_CALL(kbp_probe_call, kbp_probe_fn);

void kbp_probe(void)
{
	static_call_update(kbp_probe_call, (void *)kbp_probe_fn);
}
