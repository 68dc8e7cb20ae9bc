// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: sev_firmware_supported_vm_types()
 * Upstream: ~6.19, "crypto: ccp - Add sev_firmware_supported_vm_types()"
 *   and "KVM: SEV: Don't advertise SEV-ES when the firmware disallows it"
 *   (AMD-SB-3023; not checked against kernel history): with SEV-SNP
 *   initialized, newer firmware on Zen 3/4/5 refuses SEV-ES guests.
 * Exports: sev_firmware_supported_vm_types
 * Fallback: include-compat/linux/psp-sev.h: the conservative answer: SEV,
 *   and SEV-ES unless the host runs SEV-SNP on a Zen 3, 4 or 5 CPU (the
 *   firmware's version is the ccp driver's secret: take "disallowed").
 */
#include <linux/fs.h>
#include <linux/psp-sev.h>

int kbp_probe(void)
{
	return sev_firmware_supported_vm_types();
}
