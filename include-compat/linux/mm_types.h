/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linux/mm_types.h + vm_fault_t.
 *
 * Upstream: 4.17, "mm: introduce vm_fault_t" (typedef int, for the
 *   conversion of fault handlers); 5.1 made it __bitwise unsigned int once
 *   all had been converted.
 * Probe: vm_fault_t.
 * Fallback: int, as 4.17 had it: what the host's fault handlers return
 *   (the VM_FAULT_* bits), so a KVM handler still fits the host's
 *   vm_operations_struct return type.
 * Lost: nothing (sparse's check of the __bitwise type only).
 */
#ifndef KBP_LINUX_MM_TYPES_H
#define KBP_LINUX_MM_TYPES_H

#include_next <linux/mm_types.h>

#ifndef KBP_HAVE_VM_FAULT_T
typedef int vm_fault_t;
#endif

#endif /* KBP_LINUX_MM_TYPES_H */
