/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/string_choices.h on hosts without it.
 *
 * Upstream: 6.2/6.5 (not checked against kernel history): the str_*()
 *   helpers moved from <linux/string_helpers.h> into their own header,
 *   which KVM/SVM includes for str_enabled_disabled().
 * Probe: none; __has_include_next().
 * Fallback: <linux/string_helpers.h>, where those hosts keep them.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_STRING_CHOICES_H
#define KBP_LINUX_STRING_CHOICES_H

#if __has_include_next(<linux/string_choices.h>)
#include_next <linux/string_choices.h>
#else
#include <linux/string_helpers.h>
#endif

#endif /* KBP_LINUX_STRING_CHOICES_H */
