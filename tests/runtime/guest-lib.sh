# shellcheck shell=sh
# /lib/kbp.sh: the step functions that the guest's /init runs (busybox sh).
# A step succeeds with status 0, is skipped with 4 (the kselftest code), and
# fails with any other status.

modname() { # modname FILE: the module name of FILE
	m=${1##*/}
	m=${m%.ko}
	echo "$m" | tr - _
}

loaded() { # loaded NAME: is module NAME loaded?
	[ "$(cat "/sys/module/$1/initstate" 2>/dev/null)" = live ]
}

# k_load FILE... [PARAM=VALUE...]: insmod each FILE not loaded yet, in order;
# the PARAMs go to the last one.
k_load() {
	files=
	params=
	for a in "$@"; do
		case $a in
		*=*) params="$params $a" ;;
		*) files="$files $a" ;;
		esac
	done
	last=${files##* }
	for f in $files; do
		m=$(modname "$f")
		if loaded "$m"; then
			echo "$m: already loaded"
			continue
		fi
		p=
		[ "$f" = "$last" ] && p=$params
		# shellcheck disable=SC2086 # p holds separate parameters
		if ! out=$(insmod "$f" $p 2>&1); then
			echo "$m: load failed: $out"
			dmesg | grep -E "Unknown symbol|disagrees about version" | head -n 5
			return 1
		fi
		echo "$m: loaded${p:+ with$p}"
	done
}

# k_unload NAME...: rmmod each loaded NAME, in order
k_unload() {
	for m in "$@"; do
		loaded "$m" || continue
		if ! out=$(rmmod "$m" 2>&1); then
			echo "$m: unload failed: $out"
			return 1
		fi
		echo "$m: unloaded"
	done
}

# k_devkvm: /dev/kvm exists
k_devkvm() {
	if [ -c /dev/kvm ]; then
		echo "/dev/kvm: present"
		return 0
	fi
	echo "/dev/kvm: missing"
	return 1
}

# k_param MODULE PARAM VALUE: the parameter has that value (Y/N and 1/0 are
# the same: 5.10's npt is an int, later a bool)
k_param() {
	v=$(cat "/sys/module/$1/parameters/$2" 2>/dev/null)
	case $v/$3 in
	1/Y|0/N) v=$3 ;;
	esac
	if [ "$v" = "$3" ]; then
		echo "$1.$2=$v"
		return 0
	fi
	echo "$1.$2 is '$v', expected '$3'"
	return 1
}

# k_novmx FILE: FILE (kvm-intel) links, then refuses to start for want of VMX.
# Its dependencies must be loaded already; this must run before kvm-amd is
# loaded, because 6.1's kvm-intel checks "already loaded vendor module"
# before it looks for VMX.
k_novmx() {
	m=$(modname "$1")
	out=$(insmod "$1" 2>&1)
	rc=$?
	echo "insmod $m: ${out:-succeeded}"
	log=$(dmesg)
	if echo "$log" | grep -q "Unknown symbol"; then
		echo "$log" | grep "Unknown symbol" | head -n 10
		echo "$m: FAIL: unresolved symbols"
		return 1
	fi
	if [ "$rc" -eq 0 ]; then
		rmmod "$m"
		echo "$m: FAIL: loaded on a CPU without VMX"
		return 1
	fi
	case $out in
	*"Operation not supported"*) ;;
	*)
		echo "$m: FAIL: expected errno 95 (Operation not supported)"
		return 1
		;;
	esac
	# 6.1: "no hardware support for 'kvm_intel'"; 5.10: "kvm: no hardware
	# support"; 6.12: "VMX not supported by CPU 0"
	if ! echo "$log" | grep -q -E "no hardware support|VMX not supported by CPU"; then
		echo "$log"
		echo "$m: FAIL: the kernel log does not say that VMX is missing"
		return 1
	fi
	echo "$m: its symbols resolve; it refused to start for want of VMX, as expected"
}

# k_vmm ARGS...: run the harness' own VMM
k_vmm() {
	/bin/kbp-vmm "$@"
}

# k_xsetbv_check RUNS: does a guest's XSETBV reach KVM (an emulator check;
# tests/runtime/xsetbv-check.c)?
k_xsetbv_check() {
	/bin/kbp-xsetbv-check "$@"
}

# k_selftest PATH ARGS...: run a KVM selftest from /kvm
k_selftest() {
	t=$1
	shift
	cd "/kvm/${t%/*}" 2>/dev/null || cd /kvm || return 1
	"/kvm/$t" "$@"
}

# k_script FILE: a user's script (busybox sh), with the modules loaded;
# its exit status 125 (git bisect's "skip") is a skip too
k_script() {
	sh "$1"
	rc=$?
	[ "$rc" -ne 125 ] || rc=4
	return "$rc"
}

# k_skip WHY: a step reported SKIP without running
k_skip() {
	echo "SKIP: $1"
	return 4
}

# k_origin kit|in-tree: which KVM is loaded (the kit's says kvm-backport in
# its version)
k_origin() {
	if grep -q kvm-backport /sys/module/kvm/version 2>/dev/null; then o=kit; else o=in-tree; fi
	loaded kvm || o=none
	echo "loaded KVM: $o"
	[ "$o" = "$1" ] && [ -c /dev/kvm ]
}

# k_swap_busy KVM-SWAP...: while a VMM holds its VM, the swap refuses,
# names the VMM, and changes nothing
k_swap_busy() {
	rm -f /tmp/swapheld
	/bin/kbp-vmm -H /tmp/swapheld -t 60 > /tmp/hold.out 2>&1 &
	vmm=$!
	i=0
	until [ -s /tmp/swapheld ]; do
		i=$((i + 1))
		if [ $i -gt 150 ] || ! kill -0 "$vmm" 2>/dev/null; then
			cat /tmp/hold.out
			echo "the VMM did not start holding its VM"
			kill -9 "$vmm" 2>/dev/null
			return 1
		fi
		sleep 0.2
	done
	before=$(cat /sys/module/kvm/version 2>/dev/null)
	out=$("$@" 2>&1)
	rc=$?
	kill -9 "$vmm"
	wait "$vmm" 2>/dev/null
	echo "$out"
	[ "$rc" -ne 0 ] || { echo "FAIL: kvm-swap swapped KVM under a running VMM"; return 1; }
	echo "$out" | grep -q "in use by $vmm (kbp-vmm)" || { echo "FAIL: the refusal does not name the VMM (pid $vmm)"; return 1; }
	if [ "$(cat /sys/module/kvm/version 2>/dev/null)" != "$before" ] || [ ! -c /dev/kvm ]; then
		echo "FAIL: KVM changed"
		return 1
	fi
	echo "refused while the VMM ran; nothing changed"
}

# k_swap_rollback KVM-SWAP...: a kit module that does not load (a bad
# parameter; a broken copy) leaves the kernel's own KVM loaded and working
k_swap_rollback() {
	mkdir -p /tmp/broken
	cp /mod/*.ko /tmp/broken/
	head -c 65536 /mod/kvm_amd.ko > /tmp/broken/kvm_amd.ko
	for how in "kvm_amd.npt=bogus" "--kit /tmp/broken"; do
		# shellcheck disable=SC2086 # how is separate words
		out=$("$@" $how 2>&1)
		rc=$?
		echo "$out"
		[ "$rc" -eq 1 ] || { echo "FAIL ($how): exit status $rc, expected 1"; return 1; }
		echo "$out" | grep -q "did not load .*the in-tree KVM is loaded again" ||
			{ echo "FAIL ($how): no rollback message"; return 1; }
		k_origin in-tree || { echo "FAIL ($how): the in-tree KVM is not back"; return 1; }
		/bin/kbp-vmm || return 1
	done
}

# --- stress (the stress/... steps) ---------------------------------------------

# bad_klog: the kernel log holds a line that fails a step (the harness scans
# it after the step too; a long step checks as it goes, so that nothing is
# lost should the log overrun)
bad_klog() {
	dmesg | grep -E "$(cat /etc/kbp/bad-pattern)" | head -n 10 | grep .
}

# k_cycles N CHAIN VMM_ARGS: N times: unload kvm_amd and kvm, load CHAIN,
# create and run a VM (the VMM's checked sequence)
k_cycles() {
	i=1
	while [ "$i" -le "$1" ]; do
		# shellcheck disable=SC2086 # CHAIN and VMM_ARGS are word lists
		if ! out=$(k_unload kvm_amd kvm 2>&1 && k_load $2 2>&1 &&
			k_devkvm 2>&1 && /bin/kbp-vmm -q $3 2>&1); then
			echo "$out"
			echo "cycle $i of $1: FAIL"
			return 1
		fi
		if bad_klog; then
			echo "cycle $i of $1: FAIL: kernel log"
			return 1
		fi
		i=$((i + 1))
	done
	echo "$1 cycles of unload, load, VM run: PASS"
}

# k_hold CHAIN VMM_ARGS: while a VMM holds a running VM, rmmod kvm_amd must
# fail because the module is in use (EWOULDBLOCK: busybox says "Resource
# temporarily unavailable", kmod "is in use"), and the VM must keep
# running; once the VMM has ended, kvm_amd unloads and loads again
k_hold() {
	rm -f /tmp/held
	# shellcheck disable=SC2086 # VMM_ARGS is a word list
	/bin/kbp-vmm $2 -H /tmp/held -t 60 > /tmp/hold.out 2>&1 &
	vmm=$!
	i=0
	while [ ! -s /tmp/held ]; do
		i=$((i + 1))
		if [ "$i" -gt 300 ] || ! kill -0 "$vmm" 2>/dev/null; then
			cat /tmp/hold.out
			echo "FAIL: the VMM did not start its VM"
			kill "$vmm" 2>/dev/null
			return 1
		fi
		sleep 0.1
	done
	before=$(cat /tmp/held)
	refcnt=$(cat /sys/module/kvm_amd/refcnt)
	if out=$(rmmod kvm_amd 2>&1); then
		echo "FAIL: rmmod kvm_amd succeeded while a VM runs"
		kill "$vmm" 2>/dev/null
		return 1
	fi
	echo "rmmod kvm_amd with a VM running: $out (refcnt $refcnt)"
	case $out in
	*"in use"*|*"temporarily unavailable"*) ;;
	*)
		echo "FAIL: refused, but not as a module in use"
		kill "$vmm" 2>/dev/null
		return 1
		;;
	esac
	if ! loaded kvm_amd; then
		echo "FAIL: kvm_amd is no longer live"
		return 1
	fi
	sleep 1
	after=$(cat /tmp/held)
	if [ "$after" -le "$before" ]; then
		echo "FAIL: the VM made no progress after the refused rmmod ($before exits, then $after)"
		kill "$vmm" 2>/dev/null
		return 1
	fi
	echo "the VM kept running: $before exits before the rmmod, $after a second later"
	kill -TERM "$vmm"
	wait "$vmm"
	rc=$?
	cat /tmp/hold.out
	[ "$rc" -eq 0 ] || return 1
	echo "kvm_amd refcnt after the VMM ended: $(cat /sys/module/kvm_amd/refcnt)"
	# shellcheck disable=SC2086 # CHAIN is a word list
	k_unload kvm_amd && k_load $1 && k_devkvm
}

# k_multi PROCS VCPUS SECONDS VMM_ARGS: PROCS VMMs at once, each with a VM
# of VCPUS vCPUs running for SECONDS; every exit of every vCPU is checked
k_multi() {
	i=1
	pids=
	while [ "$i" -le "$1" ]; do
		# shellcheck disable=SC2086 # VMM_ARGS is a word list
		/bin/kbp-vmm $4 -c "$2" -t "$3" > "/tmp/multi.$i" 2>&1 &
		pids="$pids $!"
		i=$((i + 1))
	done
	i=1
	bad=0
	for p in $pids; do
		wait "$p" || { echo "VMM $i: exit status $?"; bad=1; }
		sed "s/^/VMM $i: /" "/tmp/multi.$i"
		i=$((i + 1))
	done
	[ "$bad" -eq 0 ] || return 1
	echo "$1 VMMs with $2 vCPUs each for $3 s: PASS"
}

# k_fuzz SEED SECONDS VMM_ARGS [FUZZ_ARGS]: the ioctl fuzzer, then the VMM
# (/dev/kvm still works); a finding is remembered for k_fuzz_other
k_fuzz() {
	# shellcheck disable=SC2086 # FUZZ_ARGS is a word list
	/bin/kbp-fuzz -s "$1" -t "$2" ${4:-}
	rc=$?
	if [ "$rc" -eq 1 ] || bad_klog >/dev/null; then
		echo > /tmp/fuzz-finding
	fi
	# shellcheck disable=SC2086 # VMM_ARGS is a word list
	/bin/kbp-vmm $3 || rc=1
	return "$rc"
}

# k_fuzz_other OTHER_CHAIN CHAIN SEED SECONDS [FUZZ_ARGS]: after a finding of k_fuzz,
# the same seed on other modules (the distro's: the finding is theirs too,
# or not), then CHAIN again; SKIP without a finding
k_fuzz_other() {
	if [ ! -e /tmp/fuzz-finding ]; then
		k_skip "no finding with the modules under test: nothing to compare"
		return
	fi
	# shellcheck disable=SC2086 # the chains are word lists
	k_unload kvm_amd kvm && k_load $1 && k_devkvm || return 1
	# shellcheck disable=SC2086 # FUZZ_ARGS is a word list
	/bin/kbp-fuzz -s "$3" -t "$4" ${5:-}
	rc=$?
	echo "the same seed on $1: exit status $rc"
	# shellcheck disable=SC2086
	k_unload kvm_amd kvm && k_load $2 && k_devkvm || return 1
	return "$rc"
}

# --- benchmark (scripts/bench runtime) -----------------------------------------

# k_bench SET CMD...: run CMD (the VMM or k_selftest), show its output and
# its figures as "BENCH: SET NAME VALUE" (microseconds or seconds; the
# selftests' sub-millisecond phases are left out: too short to compare)
k_bench() {
	set_=$1
	shift
	out=$("$@" 2>&1)
	rc=$?
	echo "$out"
	echo "$out" | awk -v set="$set_" '
	function secs(   i) {
		for (i = NF; i > 0; i--)
			if ($i ~ /^[0-9]+\.[0-9]+s\.?$/) {
				sub(/s\.?$/, "", $i)
				return $i
			}
		return ""
	}
	/^vmm: PASS: (io|mmio): / {
		for (i = 1; i <= NF; i++)
			if ($i == "us/exit")
				print "BENCH:", set, substr($3, 1, length($3) - 1) "_exit_us", $(i - 1)
	}
	/^vmm: PASS: boot: / {
		for (i = 1; i <= NF; i++)
			if ($i == "mean")
				print "BENCH:", set, "boot_us", $(i + 1)
	}
	/Populate memory time/ { print "BENCH:", set, "dlp_populate_s", secs() }
	/Iteration [0-9]+ dirty memory time/ { dirty += secs(); nd++ }
	/Total guest execution time/ { print "BENCH:", set, "dp_guest_s", secs() }
	/KVM_CREATE_MAPPINGS: total execution time/ { print "BENCH:", set, "kpt_create_s", secs() }
	/KVM_UPDATE_MAPPINGS: total execution time/ { print "BENCH:", set, "kpt_update_s", secs() }
	END { if (nd) print "BENCH:", set, "dlp_dirty_s", dirty }'
	return "$rc"
}
