// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: p4d_t, p4d_offset(), p4d_none()
 * Upstream: 4.11, "asm-generic: introduce <asm-generic/pgtable-nop4d.h>".
 * Fallback: the p4d level folded into the pgd
 *   (include-compat/asm/pgtable_types.h).
 */
#include <linux/mm.h>
#include <asm/pgtable.h>

int kbp_probe(pgd_t *pgd)
{
	p4d_t *p4d = p4d_offset(pgd, 0);

	return p4d_none(*p4d);
}
