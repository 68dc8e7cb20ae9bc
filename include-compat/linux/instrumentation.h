/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/instrumentation.h on hosts without it.
 *
 * Upstream: 5.8, "objtool: Add support for intra-function calls" /
 *   "x86/entry: Add noinstr annotations" (instrumentation_begin()/_end()
 *   mark code in noinstr functions that may be instrumented; objtool checks
 *   them with CONFIG_DEBUG_ENTRY).
 * Probe: none; __has_include_next().
 * Fallback: empty markers, what they are without CONFIG_DEBUG_ENTRY; such
 *   a host's objtool does not check noinstr sections.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_INSTRUMENTATION_H
#define KBP_LINUX_INSTRUMENTATION_H

#if __has_include_next(<linux/instrumentation.h>)
#include_next <linux/instrumentation.h>
#else
#define instrumentation_begin() do { } while (0)
#define instrumentation_end() do { } while (0)
#endif

#endif /* KBP_LINUX_INSTRUMENTATION_H */
