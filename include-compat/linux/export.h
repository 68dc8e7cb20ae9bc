/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/export.h + EXPORT_SYMBOL_FOR_MODULES() on hosts whose module loader
 * knows no module-scoped namespaces.
 *
 * Upstream: 6.16, "module: Add module specific symbol namespace support"
 *   (EXPORT_SYMBOL_GPL_FOR_MODULES(sym, "mod1,mod2"): the symbol is in the
 *   namespace "module:mod1,mod2", which those modules may use without
 *   importing it); ~6.18 renamed it EXPORT_SYMBOL_FOR_MODULES().  KVM 7.x
 *   exports what kvm-amd and kvm-intel need (EXPORT_SYMBOL_FOR_KVM_INTERNAL)
 *   only to them.
 * Probe: export_symbol_for_modules.
 * Fallback: plain GPL exports: an older host's modpost and module loader
 *   would take "module:..." for an ordinary namespace that kvm-amd and
 *   kvm-intel do not import, and refuse them.
 * Lost: the restriction: other GPL modules could link to KVM's internals,
 *   as they could to KVM 6.12's.
 */
#ifndef KBP_LINUX_EXPORT_H
#define KBP_LINUX_EXPORT_H

#include_next <linux/export.h>

#ifndef KBP_HAVE_EXPORT_SYMBOL_FOR_MODULES
#undef EXPORT_SYMBOL_FOR_MODULES
#define EXPORT_SYMBOL_FOR_MODULES(sym, mods)	EXPORT_SYMBOL_GPL(sym)
#endif

#endif /* KBP_LINUX_EXPORT_H */
