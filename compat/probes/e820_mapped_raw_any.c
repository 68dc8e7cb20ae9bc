// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: e820__mapped_raw_any() exported
 * Upstream: 5.11 (5.10.y), "x86/e820: Add e820__mapped_raw_any()" for
 *   KVM's MMIO-or-RAM decision, against the firmware's table.
 * Exports: e820__mapped_raw_any
 * Fallback: e820__mapped_any(), the kernel's table (include-compat/asm/e820/api.h).
 */
#include <asm/e820/api.h>

bool (*kbp_probe)(u64, u64, enum e820_type) = e820__mapped_raw_any;
