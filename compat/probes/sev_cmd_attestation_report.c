// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: SEV_CMD_ATTESTATION_REPORT and struct sev_data_attestation_report
 *   (the host's ccp driver knows the command)
 * Upstream: 5.11, "crypto: ccp: Add support for SEV ATTESTATION_REPORT"
 *   (release not verified)
 * Feature: SEV attestation report (KVM_SEV_GET_ATTESTATION_REPORT)
 * Fallback: the command and its structure are defined so that KVM
 *   compiles, and include-compat/linux/psp-sev.h refuses the command
 *   (-EINVAL) before it reaches the host's driver, which would WARN and
 *   fail on a command it does not know.
 */
#include <linux/fs.h>
#include <linux/psp-sev.h>

int kbp_probe(struct sev_data_attestation_report *r)
{
	return SEV_CMD_ATTESTATION_REPORT + r->len;
}
