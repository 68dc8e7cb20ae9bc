/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm/msr-index.h with the VMX_BASIC_* bits left to the synced asm/vmx.h.
 *
 * Upstream: after 6.1 (by 6.12), the MSR_IA32_VMX_BASIC bit defines moved
 *   to asm/vmx.h (spelled BIT_ULL()).
 * Probe: none; an #undef of a name the host may not define is harmless.
 * Fallback: the host's definitions are dropped after its header is read and
 *   replaced by exactly the synced header's text, so whichever of the two
 *   headers comes first, the other's definition is an identical one (no
 *   "redefined" warning).  The values are the same architectural bits.
 * Lost: nothing.
 */
#ifndef KBP_ASM_MSR_INDEX_H
#define KBP_ASM_MSR_INDEX_H

#undef VMX_BASIC_INOUT
#undef VMX_BASIC_TRUE_CTLS
#include_next <asm/msr-index.h>
#undef VMX_BASIC_INOUT
#undef VMX_BASIC_TRUE_CTLS
#define VMX_BASIC_INOUT				BIT_ULL(54)
#define VMX_BASIC_TRUE_CTLS			BIT_ULL(55)

#endif /* KBP_ASM_MSR_INDEX_H */
