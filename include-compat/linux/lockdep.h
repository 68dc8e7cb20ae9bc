/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/lockdep.h + lockdep_assert(), lockdep_assert_once(),
 * lockdep_assert_not_held(), and lockdep_is_held() without CONFIG_LOCKDEP.
 *
 * Upstream: 5.14, "locking/lockdep: Provide lockdep_assert{,_once}()
 *   helpers" and "lockdep: Add lockdep_assert_not_held()"; 5.15 declared
 *   lockdep_is_held() for !CONFIG_LOCKDEP too, so that an assertion's
 *   condition compiles even when the assertion is a no-op.
 * Probe: none; each is a macro the preprocessor can ask about (#ifndef).
 * Fallback: the same definitions over the host's: with CONFIG_LOCKDEP,
 *   WARN when debug_locks and the condition fails (the host's
 *   lockdep_is_held() answers 0 or 1 before 5.14, "not held" or "held"
 *   after); without it, no-ops whose condition is never evaluated.
 * Lost: nothing.
 *
 * And lockdep_assert_held_read() / lockdep_assert_held_write().
 *
 * Upstream: ~5.0, "locking/lockdep: Add lockdep_assert_held_read/write()"
 *   (subject and release not verified; RHEL 8.1's 4.18 lacks them):
 *   compat/sched.c asserts the rwlock mode with them.
 * Probe: none; macros (#ifndef).
 * Fallback: lockdep_assert_held(), the lock held in either mode.
 * Lost: the mode in the assertion (a debugging aid).
 *
 * And lockdep_assert_irqs_disabled().
 *
 * Upstream: 4.15, "locking/lockdep: Add IRQs disabled/enabled assertion
 *   APIs: lockdep_assert_irqs_enabled()/disabled()" (subject not verified
 *   here).
 * Probe: none; a macro (#ifndef).
 * Fallback: 4.15's definition: with CONFIG_PROVE_LOCKING, WARN once when
 *   lockdep's own record of the task (current->hardirqs_enabled) says
 *   interrupts are on; without it, a no-op.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_LOCKDEP_H
#define KBP_LINUX_LOCKDEP_H

#include_next <linux/lockdep.h>

#ifdef CONFIG_LOCKDEP
#ifndef lockdep_assert
#define lockdep_assert(cond)		\
	do { WARN_ON(debug_locks && !(cond)); } while (0)
#endif
#ifndef lockdep_assert_once
#define lockdep_assert_once(cond)	\
	do { WARN_ON_ONCE(debug_locks && !(cond)); } while (0)
#endif
#ifndef lockdep_assert_not_held
#define lockdep_assert_not_held(l)	\
	lockdep_assert(!lockdep_is_held(l))
#endif
#else /* !CONFIG_LOCKDEP */
#ifndef lockdep_assert
#define lockdep_assert(c)		do { } while (0)
#endif
#ifndef lockdep_assert_once
#define lockdep_assert_once(c)		do { } while (0)
#endif
#ifndef lockdep_assert_not_held
#define lockdep_assert_not_held(l)	do { (void)(l); } while (0)
#endif
#ifndef lockdep_is_held
/* only named in conditions of the no-op assertions above: never called */
extern int lockdep_is_held(const void *);
#endif
#endif /* CONFIG_LOCKDEP */

#ifndef lockdep_assert_held_read
#define lockdep_assert_held_read(l)	lockdep_assert_held(l)
#endif
#ifndef lockdep_assert_held_write
#define lockdep_assert_held_write(l)	lockdep_assert_held(l)
#endif

#ifndef lockdep_assert_irqs_disabled
#ifdef CONFIG_PROVE_LOCKING
#define lockdep_assert_irqs_disabled()	do {				\
		WARN_ONCE(debug_locks && !current->lockdep_recursion &&	\
			  current->hardirqs_enabled,			\
			  "IRQs not disabled as expected\n");		\
	} while (0)
#else
#define lockdep_assert_irqs_disabled()	do { } while (0)
#endif
#endif

#endif /* KBP_LINUX_LOCKDEP_H */
