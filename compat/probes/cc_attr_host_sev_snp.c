// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: CC_ATTR_HOST_SEV_SNP in enum cc_attr
 * Upstream: ~6.8/6.11, the SEV-SNP host series (the host runs with SNP
 *   enabled)
 * Fallback: a value outside the host's enum cc_attr, for which the host's
 *   cc_platform_has() answers false (include-compat/linux/cc_platform.h).
 */
#include <linux/cc_platform.h>

int kbp_probe = CC_ATTR_HOST_SEV_SNP;
