// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: EXPORT_SYMBOL_FOR_MODULES(), and with it module loaders and
 *   modpost that let the named modules use such exports without importing
 *   a namespace
 * Upstream: 6.16, "module: Add module specific symbol namespace support"
 *   (EXPORT_SYMBOL_GPL_FOR_MODULES(), a "module:NAME,..." namespace the
 *   named modules may use); ~6.18 renamed it EXPORT_SYMBOL_FOR_MODULES()
 *   (not checked against kernel history).  KVM 7.x exports its internals
 *   to kvm-amd and kvm-intel that way.  6.12.y took the old macro for
 *   anon_inode_make_secure_inode() ("module:kvm") without the loader and
 *   modpost support: such a host counts as missing.
 * Fallback: include-compat/linux/export.h exports KVM's symbols as plain
 *   GPL exports, and compat/module_ns.c imports the "module:kvm" namespace
 *   for the host's exports made for kvm.ko.
 */
#include <linux/export.h>

int kbp_probe_sym;
EXPORT_SYMBOL_FOR_MODULES(kbp_probe_sym, "kvm");
