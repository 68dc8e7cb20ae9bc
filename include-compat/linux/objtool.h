/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/objtool.h on hosts without it.
 *
 * Upstream: 5.10, "objtool: Rename frame.h -> objtool.h" (STACK_FRAME_NON_STANDARD
 *   and the other objtool annotations moved there).
 * Probe: none; __has_include_next().
 * Fallback: the host's linux/frame.h, where STACK_FRAME_NON_STANDARD lived.
 *   A host before 4.6 ("objtool: Add STACK_FRAME_NON_STANDARD() macro") has
 *   neither header and no objtool: nothing (KVM 5.10 includes the header but
 *   uses none of its annotations).
 * Lost: nothing.
 */
#ifndef KBP_LINUX_OBJTOOL_H
#define KBP_LINUX_OBJTOOL_H

#if __has_include_next(<linux/objtool.h>)
#include_next <linux/objtool.h>
#elif __has_include(<linux/frame.h>)
#include <linux/frame.h>
#endif

#endif /* KBP_LINUX_OBJTOOL_H */
