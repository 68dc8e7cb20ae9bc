/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/build_bug.h on hosts without it.
 *
 * Upstream: 4.13, "bug: split BUILD_BUG stuff out into <linux/build_bug.h>".
 * Probe: none; __has_include_next().
 * Fallback: linux/bug.h, where BUILD_BUG_ON(), BUILD_BUG_ON_MSG(),
 *   BUILD_BUG_ON_ZERO() and BUILD_BUG() lived before (and linux/compiler.h
 *   for compiletime_assert(), which they use).
 * Macros: configure adds the macros the source defines in this header and
 *   the host never mentions (static_assert() and __static_assert(), 5.1).
 * Lost: nothing.
 */
#ifndef KBP_LINUX_BUILD_BUG_H
#define KBP_LINUX_BUILD_BUG_H

#if __has_include_next(<linux/build_bug.h>)
#include_next <linux/build_bug.h>
#else
#include <linux/compiler.h>
#include <linux/bug.h>
#endif

#endif /* KBP_LINUX_BUILD_BUG_H */
