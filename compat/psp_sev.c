// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/psp-sev.h
 *
 * Build-time proof that the kit's struct sev_data_send_start (see
 * include-compat/linux/psp-sev.h) is the host's with the new field names:
 * same size, same offsets.
 */
#include <linux/build_bug.h>
#include <linux/fs.h>
#include <linux/stddef.h>
#include <linux/psp-sev.h>

/* (a host without the header has no struct of its own to compare) */
#if !defined(KBP_HAVE_SEV_DATA_SEND_START_CERTS) && !defined(KBP_PSP_SEV_H_STANDIN)
#define KBP_SAME_OFFSET(f, g)						\
	BUILD_BUG_ON(offsetof(struct sev_data_send_start, f) !=		\
		     offsetof(struct kbp_host_sev_data_send_start, g))

/* never called: the checks are done by the compiler */
void kbp_sev_data_send_start_layout(void);
void kbp_sev_data_send_start_layout(void)
{
	BUILD_BUG_ON(sizeof(struct sev_data_send_start) !=
		     sizeof(struct kbp_host_sev_data_send_start));
	KBP_SAME_OFFSET(pdh_cert_address, pdh_cert_address);
	KBP_SAME_OFFSET(plat_certs_address, plat_cert_address);
	KBP_SAME_OFFSET(plat_certs_len, plat_cert_len);
	KBP_SAME_OFFSET(amd_certs_address, amd_cert_address);
	KBP_SAME_OFFSET(amd_certs_len, amd_cert_len);
	KBP_SAME_OFFSET(session_address, session_address);
	KBP_SAME_OFFSET(session_len, session_len);
}
#endif
