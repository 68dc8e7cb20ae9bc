// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/asm/nospec-branch.h
 *
 * What KVM's VM-entry/exit mitigations reference on hosts that predate them
 * (see include-compat/asm/nospec-branch.h): the VERW selector, an
 * entry_ibpb that clobbers only AX, CX and DX, the MMIO stale data key and
 * the VMSCAPE flag.
 */
#include <linux/build_bug.h>
#include <linux/export.h>
#include <linux/stringify.h>
#include <linux/percpu.h>
#include <asm/msr-index.h>
#include <asm/nospec-branch.h>
#include <asm/segment.h>

#ifndef KBP_HAVE_CLEAR_CPU_BUF
/* VERW's operand: any valid writable data segment selector */
const u16 kbp_verw_sel = __KERNEL_DS;
EXPORT_SYMBOL_GPL(kbp_verw_sel);
#endif

#ifndef KBP_HAVE_ENTRY_IBPB
/*
 * Where the host has them: ENDBR first (an exported function under IBT)
 * and the return through the host's return thunk (RETHUNK builds);
 * objtool warns about a plain ret there (7.2, whose entry_ibpb is gone).
 */
#if __has_include(<asm/ibt.h>)
#include <asm/ibt.h>
#endif
#include <asm/linkage.h>
#ifndef ASM_ENDBR
#define ASM_ENDBR
#endif
#ifndef ASM_RET
#define ASM_RET "ret\n\t"
#endif
asm(".pushsection .text, \"ax\"\n"
    ".globl kbp_entry_ibpb\n"
    ".type kbp_entry_ibpb, @function\n"
    "kbp_entry_ibpb:\n\t"
    ASM_ENDBR
    "movl $" __stringify(MSR_IA32_PRED_CMD) ", %ecx\n"
    "\tmovl $1, %eax\n"		/* PRED_CMD_IBPB */
    "\txorl %edx, %edx\n"
    "\twrmsr\n\t"
    ASM_RET
    ".size kbp_entry_ibpb, .-kbp_entry_ibpb\n"
    ".popsection\n");
EXPORT_SYMBOL_GPL(kbp_entry_ibpb);
static_assert(PRED_CMD_IBPB == 1);
#endif

#ifndef KBP_HAVE_MMIO_STALE_DATA_CLEAR
DEFINE_STATIC_KEY_FALSE(kbp_mmio_stale_data_clear);
EXPORT_SYMBOL_GPL(kbp_mmio_stale_data_clear);
#endif

#ifndef KBP_HAVE_IBPB_EXIT_TO_USER
DEFINE_PER_CPU(bool, kbp_ibpb_exit_to_user);
EXPORT_PER_CPU_SYMBOL_GPL(kbp_ibpb_exit_to_user);
#endif
