// KVM's CPU hotplug state: a fixed CPUHP_AP_KVM_ONLINE, or a dynamic one
//
// Upstream: 6.3, "KVM: Rename and move CPUHP_AP_KVM_STARTING to ONLINE section"
//   (KVM enables virtualization from the CPU's online section, with its own
//   slot CPUHP_AP_KVM_ONLINE in enum cpuhp_state; 6.10 moved the calls from
//   kvm_init() into kvm_enable_virtualization()).
// Finds: virt/kvm/kvm_main.c: \bCPUHP_AP_KVM_ONLINE\b
// Why: hosts before 6.3 have no CPUHP_AP_KVM_ONLINE.  A dynamic state
//   (CPUHP_AP_ONLINE_DYN) works there, but cpuhp_setup_state() then returns
//   the allocated state number (> 0), which KVM would take for an error, and
//   removal must name that number.  So the call sites change shape: they go
//   through kbp_cpuhp_setup_kvm_online() / kbp_cpuhp_remove_kvm_online()
//   (include-compat/linux/cpuhotplug.h), which use the fixed state where the
//   host has it (probe cpuhp_ap_kvm_online) and a remembered dynamic one
//   elsewhere.
// Fallback: on old hosts KVM's online callback runs among the dynamic online
//   states (after the fixed ones on bring-up, before them on tear-down)
//   instead of right after CPUHP_AP_ONLINE_IDLE.
// Lost: nothing KVM relies on; the order only matters against other
//   dynamic-state users, none of which depend on VMX/SVM being on.

@@
expression name, startup, teardown;
@@
- cpuhp_setup_state(CPUHP_AP_KVM_ONLINE, name, startup, teardown)
+ kbp_cpuhp_setup_kvm_online(name, startup, teardown, true)

@@
expression name, startup, teardown;
@@
- cpuhp_setup_state_nocalls(CPUHP_AP_KVM_ONLINE, name, startup, teardown)
+ kbp_cpuhp_setup_kvm_online(name, startup, teardown, false)

@@
@@
- cpuhp_remove_state(CPUHP_AP_KVM_ONLINE)
+ kbp_cpuhp_remove_kvm_online(true)

@@
@@
- cpuhp_remove_state_nocalls(CPUHP_AP_KVM_ONLINE)
+ kbp_cpuhp_remove_kvm_online(false)
