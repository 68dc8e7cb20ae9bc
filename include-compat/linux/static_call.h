/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/static_call.h + __static_call_return0(), and static_call_update()
 * with a relaxed argument type.
 *
 * 1. __static_call_return0().
 * Upstream: 5.13, "static_call: Provide DEFINE_STATIC_CALL_RET0()": a
 *   shared function that returns 0, for static calls whose optional
 *   target is absent; KVM points its kvm_x86_ops static calls at it when
 *   the vendor module leaves an op empty.
 * Probe: static_call_return0.
 * Fallback: kbp_static_call_return0() in kvm.ko (compat/static_call.c).
 *   Upstream's x86 static calls recognize __static_call_return0 and patch
 *   a "xor %eax,%eax" instead of a call; the host's do not know it either
 *   way, so here it is an ordinary call that returns 0.
 * Lost: nothing but that call.
 *
 * 2. static_call_update() taking a void *.
 * Upstream: 5.13, "static_call: Relax static_call_update() function
 *   argument type" (release not verified): the function is assigned to a
 *   pointer of the call's type instead of being compared with it, so
 *   KVM's "(void *)kvm_x86_ops.func ? : (void *)__static_call_return0"
 *   compiles.
 * Probe: static_call_update_relaxed.
 * Fallback: that definition, over the host's __static_call_update().
 * Lost: nothing; a mismatched function type is still a compile error.
 *
 * A host without linux/static_call.h (before 5.10) gets nothing here
 * (__has_include_next()): KVM from before 5.11, the KVM such hosts build,
 * makes no static calls.
 */
#ifndef KBP_LINUX_STATIC_CALL_H
#define KBP_LINUX_STATIC_CALL_H

#if __has_include_next(<linux/static_call.h>)
#include_next <linux/static_call.h>

#ifndef KBP_HAVE_STATIC_CALL_RETURN0
long kbp_static_call_return0(void);
#define __static_call_return0 kbp_static_call_return0
#endif

#ifndef KBP_HAVE_STATIC_CALL_UPDATE_RELAXED
#undef static_call_update
#define static_call_update(name, func)					\
({									\
	typeof(&STATIC_CALL_TRAMP(name)) __F = (func);			\
	__static_call_update(&STATIC_CALL_KEY(name),			\
			     STATIC_CALL_TRAMP_ADDR(name), __F);	\
})
#endif
#endif /* __has_include_next(<linux/static_call.h>) */

#endif /* KBP_LINUX_STATIC_CALL_H */
