// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/static_call.h
 *
 * kbp_static_call_return0(): __static_call_return0() for hosts without it
 * (see include-compat/linux/static_call.h).
 */
#include <linux/export.h>
#include <linux/static_call.h>

#ifndef KBP_HAVE_STATIC_CALL_RETURN0
long kbp_static_call_return0(void)
{
	return 0;
}
EXPORT_SYMBOL_GPL(kbp_static_call_return0);
#endif
