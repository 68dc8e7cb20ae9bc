// SPDX-License-Identifier: GPL-2.0
/*
 * Probe: the host's headers hold the Hyper-V TLFS (HV_X64_MSR_VP_ASSIST_PAGE):
 *   asm/hyperv-tlfs.h, or hyperv/hvgdk.h where the definitions went later
 * Upstream: 4.16, "x86/hyper-v: move hyperv.h out of uapi" (the TLFS
 *   became arch/x86/include/asm/hyperv-tlfs.h; before, part of its
 *   constants were uapi/asm/hyperv.h); ~6.6 to 6.10 moved them on to
 *   include/hyperv/hvgdk*.h (7.x hosts have no asm/hyperv-tlfs.h)
 * Fallback: include-compat/asm/hyperv-tlfs.h takes the synced source's own
 *   TLFS headers, which sync copies aside (include/kbp-abi/).
 */
#if __has_include(<asm/hyperv-tlfs.h>)
#include <asm/hyperv-tlfs.h>
#else
#include <hyperv/hvgdk.h>
#endif

u32 kbp_probe(void)
{
	return HV_X64_MSR_VP_ASSIST_PAGE;
}
