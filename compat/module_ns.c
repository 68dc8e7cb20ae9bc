// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/export.h
 *
 * kvm.ko imports the "module:kvm" namespace on hosts whose module loader
 * does not know module-scoped exports (probe export_symbol_for_modules;
 * include-compat/linux/export.h tells the story).
 *
 * 6.12.y exports anon_inode_make_secure_inode() with
 * EXPORT_SYMBOL_GPL_FOR_MODULES(..., "kvm") (the secretmem/guest_memfd LSM
 * fix), but its loader and modpost treat "module:kvm" as an ordinary
 * namespace that a user must import, which KVM 7.x's guest_memfd does not
 * say.  An import of a namespace the host does not have costs nothing.
 */
#include <linux/module.h>

#ifndef KBP_HAVE_EXPORT_SYMBOL_FOR_MODULES
MODULE_INFO(import_ns, "module:kvm");
#endif
