// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: PG_LEVEL_512G of enum pg_level
 * Upstream: the 5-level paging series (4.11 or 4.12).
 * Fallback: PG_LEVEL_1G + 1 (include-compat/asm/pgtable_types.h).
 */
#include <asm/pgtable_types.h>

int kbp_probe = PG_LEVEL_512G;
