/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/compiler.h + READ_ONCE() / WRITE_ONCE().
 *
 * Upstream: 3.19, "kernel: Provide READ_ONCE and ASSIGN_ONCE" (4.0 renamed
 *   ASSIGN_ONCE to WRITE_ONCE); 5.8, "READ_ONCE: Enforce atomicity for
 *   {READ,WRITE}_ONCE() memory accesses", then the move to
 *   asm-generic/rwonce.h, which this header still includes (releases not
 *   verified here).  A host before 3.19 (3.10) has only ACCESS_ONCE().
 * Probe: none; they are macros, defined here only when the host's headers
 *   did not.  Because the kit defines them, configure does not take 5.10's
 *   from the synced source (lib/KvmBackport/Macros.pm): those are built on
 *   __unqual_scalar_typeof() of 5.8's linux/compiler_types.h.
 * Fallback: 5.8's semantics in the terms ACCESS_ONCE() uses: one volatile
 *   access of the object's own type, the value as a statement expression;
 *   the size is checked at build time as 5.8 does (a native word, or
 *   long long), written out here because the __native_word() of the 3.10
 *   tree measured counts only int and long.  typeof(READ_ONCE(x)) has x's
 *   qualifiers with gcc 9 (12 drops them), as upstream's has.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_COMPILER_H
#define KBP_LINUX_COMPILER_H

#include_next <linux/compiler.h>

#ifndef __ASSEMBLY__
#if !defined(compiletime_assert_rwonce_type) && \
	(!defined(READ_ONCE) || !defined(WRITE_ONCE))
#define compiletime_assert_rwonce_type(t)				\
	compiletime_assert(sizeof(t) == sizeof(char) ||			\
			   sizeof(t) == sizeof(short) ||		\
			   sizeof(t) == sizeof(int) ||			\
			   sizeof(t) == sizeof(long) ||			\
			   sizeof(t) == sizeof(long long),		\
		"Unsupported access size for {READ,WRITE}_ONCE().")
#endif

#ifndef READ_ONCE
#define __READ_ONCE(x)	(*(const volatile typeof(x) *)&(x))

#define READ_ONCE(x)							\
({									\
	compiletime_assert_rwonce_type(x);				\
	__READ_ONCE(x);							\
})
#endif

#ifndef WRITE_ONCE
#define __WRITE_ONCE(x, val)						\
do {									\
	*(volatile typeof(x) *)&(x) = (val);				\
} while (0)

#define WRITE_ONCE(x, val)						\
do {									\
	compiletime_assert_rwonce_type(x);				\
	__WRITE_ONCE(x, val);						\
} while (0)
#endif
#endif /* __ASSEMBLY__ */

#endif /* KBP_LINUX_COMPILER_H */
