// KVM's test "are the current task's FPU registers saved away?"
//
// Upstream: 5.2, "x86/fpu: Defer FPU state load until return to userspace"
//   (TIF_NEED_FPU_LOAD).
// Finds: arch/x86/kvm/**: \bTIF_NEED_FPU_LOAD\b
// Why: a host before 5.2 has no TIF_NEED_FPU_LOAD, and no free thread
//   flag can be named for it from here.  test_thread_flag(TIF_NEED_FPU_LOAD)
//   becomes kbp_fpu_need_load() (include-compat/asm/fpu/api.h): that test
//   where the host has deferred FPU loading (probe fpregs_lock), else false,
//   which is what an eager-FPU host always answers.
// Fallback: none needed.
// Lost: nothing.

@@
@@
- test_thread_flag(TIF_NEED_FPU_LOAD)
+ kbp_fpu_need_load()
