/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/module.h + module_init()/module_exit() that copy the attributes of
 * the init and exit functions to their aliases.
 *
 * Upstream: 5.0/5.1, "include/linux/module.h: copy __init/__exit attrs to
 *   init/cleanup_module": GCC 9 warns (-Wmissing-attributes) when an alias
 *   lacks its target's attributes (__init and __exit functions are cold);
 *   __attribute__((copy)) gives them.
 * Probe: module_init_copy_attrs.
 * Fallback: the host's own definitions for modules (4.18's), with
 *   __attribute__((__copy__(fn))) added; only compilers that warn (GCC 9+)
 *   know the attribute, older ones keep the host's macros.
 * Lost: nothing.
 */
#ifndef KBP_LINUX_MODULE_H
#define KBP_LINUX_MODULE_H

#include_next <linux/module.h>

#if defined(MODULE) && !defined(KBP_HAVE_MODULE_INIT_COPY_ATTRS) && \
	defined(__has_attribute)
#if __has_attribute(__copy__)
#undef module_init
#define module_init(initfn)						\
	static inline initcall_t __maybe_unused __inittest(void)	\
	{ return initfn; }						\
	int init_module(void) __attribute__((__copy__(initfn), alias(#initfn)));

#undef module_exit
#define module_exit(exitfn)						\
	static inline exitcall_t __maybe_unused __exittest(void)	\
	{ return exitfn; }						\
	void cleanup_module(void) __attribute__((__copy__(exitfn), alias(#exitfn)));
#endif
#endif

#endif /* KBP_LINUX_MODULE_H */
