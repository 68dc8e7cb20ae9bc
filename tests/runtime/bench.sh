# shellcheck shell=sh disable=SC2154 # check-runtime sets st, root, chain_*
# tests/runtime/bench.sh: the plan of scripts/check-runtime --bench ROUNDS
# (what scripts/bench runtime runs).  Sourced by check-runtime after
# harness.sh.
#
# One boot: ROUNDS rounds; in each, the distro's kvm and kvm-amd
# (/distro/) and the modules under test are each loaded afresh and
# measured by the same steps, in alternating order (odd rounds the distro's
# first, even rounds the kit's), so that a drift of the machine's speed
# during the run does not favour one side:
#
#   bench/R/SIDE/load     unload kvm_amd and kvm, load SIDE's
#   bench/R/SIDE/io       the VMM: 100,000 port-I/O exits (us per exit)
#   bench/R/SIDE/mmio     the VMM: 20,000 MMIO write exits (us per exit)
#   bench/R/SIDE/boot     the VMM: 200 boots to hlt (mean us per boot: the
#                         median falls on whole timer ticks, waits for RCU
#                         grace periods, under QEMU -icount)
#   bench/R/SIDE/NAME     the KVM selftests dirty_log_perf_test,
#                         demand_paging_test and kvm_page_table_test (the
#                         times they print)
#
# SIDE is "distro" or "kit".  Each step prints "BENCH: R SIDE METRIC VALUE"
# lines (guest-lib.sh's k_bench), which scripts/bench reads from the console
# log.  Every step is an ordinary step: a failure or a kernel warning fails
# it.  The VMM uses KVM_SET_USER_MEMORY_REGION2 where the modules have it.

bench_selftests='dirty_log_perf_test -b 64M -i 3
demand_paging_test -b 64M
kvm_page_table_test -b 64M'

# bench_copy_test PATH: the selftest's binary into the initramfs; prints
# the source's name for it, or nothing when the source lacks it
bench_copy_test() {
	real=$(resolve_test "$st" "$1")
	[ -n "$real" ] && grep -qx "$real" "$st/built" || return 0
	mkdir -p "$root/kvm/$(dirname "$real")"
	cp "$st/bin/$real" "$root/kvm/$real"
	echo "$real"
}

# build_bench_plan ROUNDS
build_bench_plan() {
	[ -n "$chain_distro_amd" ] || die "--bench compares the distro's modules with others: give the kit's (--kvm) or --modules DIR, not --modules distro"
	[ -n "$st" ] || die "--bench needs the KVM selftests (give --source SRC)"
	plan_init
	step boot 60 s "" "true"
	step load/kvm 60 s "" "k_load $chain_kvm"
	step load/kvm-amd 60 s "" "k_load $chain_amd && k_devkvm"
	r=1
	while [ "$r" -le "$1" ]; do
		if [ $((r % 2)) -eq 1 ]; then sides='distro kit'; else sides='kit distro'; fi
		for side in $sides; do
			chain=$chain_amd
			[ "$side" = kit ] || chain=$chain_distro_amd
			b=bench/$r/$side
			step "$b/load" 60 "" "" "k_unload kvm_amd kvm && k_load $chain && k_devkvm"
			step "$b/io" 120 "" "" "k_bench '$r $side' k_vmm -n 100000"
			step "$b/mmio" 120 "" "" "k_bench '$r $side' k_vmm -m 20000"
			step "$b/boot" 120 "" "" "k_bench '$r $side' k_vmm -b 200"
			echo "$bench_selftests" | while read -r path args; do
				real=$(bench_copy_test "$path")
				if [ -z "$real" ]; then
					step "$b/$path" 10 "" "" "k_skip '$path: not built from this source'"
					continue
				fi
				step "$b/$path" 300 "" "" "k_bench '$r $side' k_selftest $real $args"
			done
		done
		r=$((r + 1))
	done
}
