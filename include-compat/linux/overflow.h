/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/overflow.h + size_mul(); the header itself where the host has none.
 *
 * 1. size_mul().
 * Upstream: 5.18 (5.10.y), "overflow: Implement size_t saturating
 *   arithmetic helpers" (flex_array_size(), which configure takes from the
 *   synced source's headers, uses it).
 * Probe: size_mul.
 * Fallback: the same: the product, or SIZE_MAX on overflow, so that an
 *   allocation of that size fails.
 * Lost: nothing.
 *
 * 2. The header, on a host without it.
 * Upstream: 4.18, "compiler.h: enable builtin overflow checkers and add
 *   fallback code" and "overflow.h: Add allocation size calculation
 *   helpers" (releases not verified here).  A host before it (3.10) has
 *   no linux/overflow.h.
 * Probe: none; __has_include_next().
 * Macros: configure adds the macros the source defines in this header and
 *   the host never mentions (flex_array_size(), 5.10.y's, over size_mul()).
 * Fallback: check_add/sub/mul_overflow() as GCC's __builtin_*_overflow()
 *   with upstream's type checks (upstream's own form with every compiler
 *   that has them, gcc 5 and later, as the kit's compilers do);
 *   size_add() saturating at SIZE_MAX as size_mul() does; array_size(),
 *   array3_size() and struct_size() as 5.10.y's, over them (configure
 *   does not take these: 3.10's headers name array_size and struct_size
 *   otherwise, as parameters and in comments).
 * Lost: nothing.
 */
#ifndef KBP_LINUX_OVERFLOW_H
#define KBP_LINUX_OVERFLOW_H

#if __has_include_next(<linux/overflow.h>)
#include_next <linux/overflow.h>
#else
#include <linux/types.h>
#include <linux/compiler.h>

/* linux/kernel.h's, which may be half read here (its dynamic_debug.h
 * includes the kit's linux/string.h, which includes this): the same text */
#ifndef SIZE_MAX
#define SIZE_MAX	(~(size_t)0)
#endif

/* upstream's type checks around GCC's __builtin_OP_overflow(), one body for the three */
#define __kbp_check_overflow(op, a, b, d) ({		\
	typeof(a) __a = (a);				\
	typeof(b) __b = (b);				\
	typeof(d) __d = (d);				\
	(void) (&__a == &__b);				\
	(void) (&__a == __d);				\
	__builtin_##op##_overflow(__a, __b, __d);	\
})

#ifndef check_add_overflow
#define check_add_overflow(a, b, d)	__kbp_check_overflow(add, a, b, d)
#endif

#ifndef check_sub_overflow
#define check_sub_overflow(a, b, d)	__kbp_check_overflow(sub, a, b, d)
#endif

#ifndef check_mul_overflow
#define check_mul_overflow(a, b, d)	__kbp_check_overflow(mul, a, b, d)
#endif

static inline size_t __must_check size_add(size_t addend1, size_t addend2)
{
	size_t bytes;

	if (check_add_overflow(addend1, addend2, &bytes))
		return SIZE_MAX;
	return bytes;
}

#ifndef array_size
#define array_size(a, b)	size_mul(a, b)
#endif
#ifndef array3_size
#define array3_size(a, b, c)	size_mul(size_mul(a, b), c)
#endif
#ifndef struct_size
#define struct_size(p, member, count)					\
	size_add(sizeof(*(p)),						\
		 size_mul(count,					\
			  sizeof(*(p)->member) + __must_be_array((p)->member)))
#endif
#endif /* __has_include_next */

#ifndef KBP_HAVE_SIZE_MUL
#include <linux/limits.h>

static inline size_t __must_check kbp_size_mul(size_t factor1, size_t factor2)
{
	size_t bytes;

	if (check_mul_overflow(factor1, factor2, &bytes))
		return SIZE_MAX;
	return bytes;
}
#define size_mul kbp_size_mul
#endif

#endif /* KBP_LINUX_OVERFLOW_H */
