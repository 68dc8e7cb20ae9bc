// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: SEV_CMD_SEND_CANCEL and struct sev_data_send_cancel (the host's
 *   ccp driver knows the command)
 * Upstream: 5.15, "crypto: ccp: Add SEV_CMD_SEND_CANCEL command" (release
 *   not verified)
 * Feature: SEV migration cancel (KVM_SEV_SEND_CANCEL)
 * Fallback: as for sev_cmd_attestation_report: defined, and refused before
 *   it reaches the host's driver (include-compat/linux/psp-sev.h).
 */
#include <linux/fs.h>
#include <linux/psp-sev.h>

int kbp_probe(struct sev_data_send_cancel *c)
{
	return SEV_CMD_SEND_CANCEL + c->handle;
}
