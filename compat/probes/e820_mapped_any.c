// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: e820__mapped_any() exported, with enum e820_type
 * Upstream: 4.12, "x86/boot/e820: Rename e820_any_mapped()/e820_all_mapped()
 *   to e820__mapped_any()/e820__mapped_all()" and "x86/boot/e820: Prefix the
 *   E820_* type names with E820_TYPE_" (the e820 rework, asm/e820/api.h).
 * Exports: e820__mapped_any
 * Fallback: e820_any_mapped() with E820_RAM (include-compat/asm/e820/api.h).
 */
#include <asm/e820/api.h>

bool (*kbp_probe)(u64, u64, enum e820_type) = e820__mapped_any;
int kbp_probe_type = E820_TYPE_RAM;
