/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/compiler_attributes.h + __counted_by().
 *
 * Upstream: 6.5, "Compiler Attributes: Add __counted_by macro": names the
 *   member holding a flexible array's element count, for the compiler's
 *   bounds checking (GCC 15, Clang 18).  KVM marks several flexible arrays
 *   with it.
 * Probe: none; the preprocessor knows whether the macro is defined.
 * Fallback: nothing, as upstream with a compiler that lacks the attribute
 *   (every compiler such a host is built with).
 * Lost: nothing.
 */
#ifndef KBP_LINUX_COMPILER_ATTRIBUTES_H
#define KBP_LINUX_COMPILER_ATTRIBUTES_H

#include_next <linux/compiler_attributes.h>

#ifndef __counted_by
#define __counted_by(member)
#endif

#endif /* KBP_LINUX_COMPILER_ATTRIBUTES_H */
