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
	/bin/kbp-vmm -q -H 60 > /tmp/hold.out 2>&1 &
	vmm=$!
	i=0
	until grep -q holding /tmp/hold.out; do
		i=$((i + 1))
		if [ $i -gt 100 ] || ! kill -0 "$vmm" 2>/dev/null; then
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
