/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/nospec-branch.h + UNTRAIN_RET_VM for KVM's SVM entry code.
 *
 * Upstream: after 6.1 (in 6.12.117), with the SRSO/IBPB-on-VM-exit
 *   mitigation work: svm/vmenter.S
 *   says UNTRAIN_RET_VM after VMRUN, which untrains return predictions and
 *   issues an IBPB when the host chose IBPB-on-VM-exit (SRSO).
 * Probe: none; 6.10+ defines UNTRAIN_RET_VM as a preprocessor macro.
 * Fallback: what the host's own KVM does after VMRUN: the host's
 *   UNTRAIN_RET, then an IBPB when X86_FEATURE_IBPB_ON_VMEXIT is set.  The
 *   host's mitigation choices (retbleed, SRSO) decide, as they do for its
 *   own KVM.
 * Lost: nothing.
 */
#ifndef KBP_ASM_NOSPEC_BRANCH_H
#define KBP_ASM_NOSPEC_BRANCH_H

#include_next <asm/nospec-branch.h>

#if defined(__ASSEMBLY__) && !defined(UNTRAIN_RET_VM)
#define UNTRAIN_RET_VM \
	UNTRAIN_RET ; ALTERNATIVE "", "call entry_ibpb", X86_FEATURE_IBPB_ON_VMEXIT
#endif

#endif /* KBP_ASM_NOSPEC_BRANCH_H */
