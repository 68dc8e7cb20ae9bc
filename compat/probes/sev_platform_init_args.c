// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: sev_platform_init(struct sev_platform_init_args *)
 * Upstream: ~6.9-6.11, the SEV-SNP host series turned the argument into
 *   struct sev_platform_init_args; 6.12.y KVM initializes the platform
 *   itself at load and shuts it down at unload.
 * Fallback: kbp_sev_platform_init() over the host's sev_platform_init(int *)
 *   (include-compat/linux/psp-sev.h): the probe-time call is left to the
 *   host's ccp driver, which initializes SEV when it probes, as older KVM
 *   expected; sev_platform_shutdown() leaves the platform to that driver.
 */
#include <linux/fs.h>
#include <linux/psp-sev.h>

int kbp_probe(void)
{
	struct sev_platform_init_args args = { .probe = true };

	return sev_platform_init(&args);
}
