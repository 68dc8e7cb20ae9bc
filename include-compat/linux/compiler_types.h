/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/compiler_types.h + attribute macros newer KVM uses.
 *
 * Upstream: 5.4, "Compiler Attributes: add support for __fallthrough__"
 *   (fallthrough pseudo keyword, 5.8 "compiler_types.h: Add fallthrough");
 *   5.8, KCSAN and noinstr ("kcsan: Add __no_kcsan function attribute",
 *   "x86/entry: Add noinstr annotations": functions in .noinstr.text,
 *   __no_sanitize_thread, __no_sanitize_coverage 5.13/5.10.y).
 * Probe: none; each is a preprocessor macro, defined here only when the
 *   host's headers did not.
 * Fallback: fallthrough is GCC's attribute (gcc 7+); the __no_* markers
 *   are empty: such a host builds neither with KCSAN nor with KCOV of
 *   noinstr code, so there is nothing to keep out; noinstr is upstream's
 *   (a module's .noinstr.text is loaded as text; the host's objtool does
 *   not check it).
 * Lost: nothing.
 */
#ifndef KBP_LINUX_COMPILER_TYPES_H
#define KBP_LINUX_COMPILER_TYPES_H

#if __has_include_next(<linux/compiler_types.h>)
#include_next <linux/compiler_types.h>
#else
/* before 4.14 (3.10): the attributes are linux/compiler.h's, and kbuild
 * does not include it ahead of every file as later kbuilds do */
#include <linux/compiler.h>
#endif

#ifndef __ASSEMBLY__
#ifndef fallthrough
#define fallthrough __attribute__((__fallthrough__))
#endif
#ifndef __no_sanitize_thread
#define __no_sanitize_thread
#endif
#ifndef __no_sanitize_coverage
#define __no_sanitize_coverage
#endif
#ifndef __no_kcsan
#define __no_kcsan __no_sanitize_thread
#endif
/*
 * noinstr here, for C only: configure would otherwise take 5.8's
 * definition from the synced source for assembly too, where it would
 * expand inside ".section .noinstr.text".
 */
#ifndef noinstr
#define noinstr								\
	noinline notrace __attribute((__section__(".noinstr.text")))	\
	__no_kcsan __no_sanitize_address __no_sanitize_coverage
#endif
#endif /* !__ASSEMBLY__ */

#endif /* KBP_LINUX_COMPILER_TYPES_H */
