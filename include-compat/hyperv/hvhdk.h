/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hyperv/hvhdk.h on hosts without it.
 *
 * Upstream: ~6.10, "hyperv: Move hv_* definitions into include/hyperv"
 *   (the Hyper-V TLFS definitions left asm/hyperv-tlfs.h).
 * Probe: none; __has_include_next().
 * Fallback: the host's asm/hyperv-tlfs.h.
 * Lost: nothing.
 */
#ifndef KBP_HYPERV_HVHDK_H
#define KBP_HYPERV_HVHDK_H

#if __has_include_next(<hyperv/hvhdk.h>)
#include_next <hyperv/hvhdk.h>
#else
#include <asm/hyperv-tlfs.h>
#endif

#endif /* KBP_HYPERV_HVHDK_H */
