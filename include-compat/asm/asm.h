/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/asm.h + _ASM_ARG1.. (the registers of the C calling convention, for
 * assembly).
 *
 * Upstream: 5.4/5.5, "x86/asm: Add _ASM_ARG* constants for argument
 *   registers to <asm/asm.h>" (KVM's vmenter.S code takes its arguments
 *   through them).
 * Probe: none; the names are preprocessor macros, defined here only when
 *   the host's header did not.
 * Fallback: the x86-64 ABI's argument registers, as upstream defines them
 *   (the kit builds for x86-64 only).
 * Lost: nothing.
 */
#ifndef KBP_ASM_ASM_H
#define KBP_ASM_ASM_H

#include_next <asm/asm.h>

#if defined(CONFIG_X86_64) && !defined(_ASM_ARG1)
#define _ASM_ARG1	_ASM_DI
#define _ASM_ARG2	_ASM_SI
#define _ASM_ARG3	_ASM_DX
#define _ASM_ARG4	_ASM_CX
#define _ASM_ARG5	r8
#define _ASM_ARG6	r9

#define _ASM_ARG1Q	rdi
#define _ASM_ARG2Q	rsi
#define _ASM_ARG3Q	rdx
#define _ASM_ARG4Q	rcx
#define _ASM_ARG5Q	r8
#define _ASM_ARG6Q	r9

#define _ASM_ARG1L	edi
#define _ASM_ARG2L	esi
#define _ASM_ARG3L	edx
#define _ASM_ARG4L	ecx
#define _ASM_ARG5L	r8d
#define _ASM_ARG6L	r9d

#define _ASM_ARG1W	di
#define _ASM_ARG2W	si
#define _ASM_ARG3W	dx
#define _ASM_ARG4W	cx
#define _ASM_ARG5W	r8w
#define _ASM_ARG6W	r9w

#define _ASM_ARG1B	dil
#define _ASM_ARG2B	sil
#define _ASM_ARG3B	dl
#define _ASM_ARG4B	cl
#define _ASM_ARG5B	r8b
#define _ASM_ARG6B	r9b
#endif

/*
 * _ASM_EXTABLE_UA.
 *
 * Upstream: 4.20, "x86/extable: Add _ASM_EXTABLE_UA() and
 *   ex_handler_uaccess()" (user access fixups warn about a #GP on a
 *   non-canonical address).
 * Probe: none; a preprocessor macro, defined here only when the host's
 *   header did not (configure would otherwise take the source's, which
 *   needs the host's ex_handler_uaccess).
 * Fallback: the plain fixup, _ASM_EXTABLE, as before 4.20.
 * Lost: the warning (a debugging aid).
 */
#ifndef _ASM_EXTABLE_UA
#define _ASM_EXTABLE_UA(from, to) _ASM_EXTABLE(from, to)
#endif

/*
 * _ASM_EXTABLE_TYPE_REG() on hosts whose exception table still names a
 * handler per entry.
 *
 * Upstream: 5.16, "x86/extable: Rework the exception table mechanics" and
 *   "x86/extable: Provide EX_TYPE_DEFAULT_MCE_SAFE and
 *   EX_TYPE_FAULT_MCE_SAFE" (release not verified): an entry carries a
 *   type, and EX_TYPE_IMM_REG sets a register to an immediate before
 *   continuing at the fixup address.  KVM's VMREAD, its emulator's fastops
 *   and __try_cmpxchg_user() rely on it (EX_TYPE_ONE_REG, EX_TYPE_ZERO_REG,
 *   EX_TYPE_EFAULT_REG).
 * Probe: none; the host's asm/asm.h defines _ASM_EXTABLE_TYPE_REG exactly
 *   when its exception table has types.
 * Fallback: what such hosts write by hand: a stub in .fixup that loads
 *   the immediate (the upper half of the type, as EX_DATA_IMM() put it
 *   there) into the register and jumps to the target, and a plain entry
 *   (ex_handler_default) from the faulting instruction to the stub.  The
 *   register is found as upstream finds it, by name, with a gas macro, and
 *   the MOV is written as bytes, so that the same text works in basic asm
 *   (where "%%" stays "%%") and in extended asm.  The EX_TYPE_* values are
 *   upstream's, for the arithmetic.
 * Lost: nothing; a fault costs one more jump.
 */
#if !defined(__ASSEMBLY__) && !defined(_ASM_EXTABLE_TYPE_REG)
#ifndef EX_DATA_IMM_SHIFT
#define EX_DATA_IMM_SHIFT	16
#endif
#ifndef EX_DATA_IMM
#define EX_DATA_IMM(imm)	((imm) << EX_DATA_IMM_SHIFT)
#endif
#ifndef EX_TYPE_IMM_REG
#define EX_TYPE_IMM_REG		17 /* reg := (long)imm */
#endif
#ifndef EX_TYPE_EFAULT_REG
#define EX_TYPE_EFAULT_REG	(EX_TYPE_IMM_REG | EX_DATA_IMM(-EFAULT))
#endif
#ifndef EX_TYPE_ZERO_REG
#define EX_TYPE_ZERO_REG	(EX_TYPE_IMM_REG | EX_DATA_IMM(0))
#endif
#ifndef EX_TYPE_ONE_REG
#define EX_TYPE_ONE_REG		(EX_TYPE_IMM_REG | EX_DATA_IMM(1))
#endif

#define KBP_EXTABLE_IMM_REG_REGS(regs)					\
	".set .Lkbp_regnr, 0\n"						\
	".irp rs," regs "\n"						\
	".ifc \\reg, %%\\rs\n"						\
	".set .Lkbp_found, .Lkbp_found+1\n"				\
	".set .Lkbp_nr, .Lkbp_regnr\n"					\
	".endif\n"							\
	".set .Lkbp_regnr, .Lkbp_regnr+1\n"				\
	".endr\n"

#define KBP_DEFINE_EXTABLE_IMM_REG					\
	".macro kbp_extable_imm_reg from:req to:req reg:req type:req\n"	\
	".set .Lkbp_found, 0\n"						\
	KBP_EXTABLE_IMM_REG_REGS("rax,rcx,rdx,rbx,rsp,rbp,rsi,rdi,"	\
				 "r8,r9,r10,r11,r12,r13,r14,r15")	\
	KBP_EXTABLE_IMM_REG_REGS("eax,ecx,edx,ebx,esp,ebp,esi,edi,"	\
				 "r8d,r9d,r10d,r11d,r12d,r13d,r14d,r15d") \
	".if (.Lkbp_found != 1)\n"					\
	".error \"_ASM_EXTABLE_TYPE_REG: bad register argument\"\n"	\
	".endif\n"							\
	".pushsection .fixup, \"ax\"\n"					\
	/* mov $imm32, %reg64 (REX.W [+B] C7 /0) */			\
	"771: .byte 0x48 | (.Lkbp_nr >> 3), 0xc7, 0xc0 | (.Lkbp_nr & 7)\n" \
	" .long (((\\type) >> 16) & 0xffffffff)\n"			\
	" jmp \\to\n"							\
	".popsection\n"							\
	" .pushsection \"__ex_table\",\"a\"\n"				\
	" .balign 4\n"							\
	" .long (\\from) - .\n"						\
	" .long 771b - .\n"						\
	" .long (ex_handler_default) - .\n"				\
	" .popsection\n"						\
	".endm\n"

#define _ASM_EXTABLE_TYPE_REG(from, to, type, reg)			\
	KBP_DEFINE_EXTABLE_IMM_REG					\
	"kbp_extable_imm_reg from=" #from ", to=" #to			\
	", reg=" __stringify(reg) ", type=" __stringify(type) "\n"	\
	".purgem kbp_extable_imm_reg\n"
#endif /* !__ASSEMBLY__ && !_ASM_EXTABLE_TYPE_REG */


#endif /* KBP_ASM_ASM_H */
