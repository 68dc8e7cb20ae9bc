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

#endif /* KBP_ASM_ASM_H */
