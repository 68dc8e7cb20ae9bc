// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: entry_ibpb() exported
 * Upstream: 5.19 (5.10.y), "x86/entry: Add kernel IBRS implementation" /
 *   "x86/bugs: Add entry_ibpb()"; KVM/SVM calls it after VM-exit under
 *   X86_FEATURE_IBPB_ON_VMEXIT (SRSO).
 * Exports: entry_ibpb
 * Fallback: kbp_entry_ibpb in kvm.ko (compat/nospec.c), the same IBPB that
 *   clobbers only AX, CX and DX.
 */
#include <asm/nospec-branch.h>

void *kbp_probe = entry_ibpb;
