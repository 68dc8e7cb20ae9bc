# shellcheck shell=sh disable=SC2154 # the caller sets kit, rt, work, only, quick (and guest_script, no_stress)
# tests/runtime/harness.sh: the pieces of scripts/check-runtime that do not
# need a kernel: the plan (which steps the guest runs), the guest run under
# QEMU with its watchdog and resume, and the verdict.  Sourced by
# check-runtime (after scripts/lib.sh) and by the harness' own tests in t/.
#
# The plan is two files in $work:
#   plan  ID <tab> TIMEOUT <tab> FLAGS (or -) <tab> COMMAND   (for the guest)
#   meta  ID <tab> TIMEOUT <tab> XFAIL-REASON <tab> XFAIL-MATCH <tab> may
#         (for results.awk; "may": a pass is no XPASS; "hang": see mayhang:;
#         "stall": an RCU stall report of the guest kernel is XFAIL)

tab=$(printf '\t')
us=$(printf '\037') # separates fields that may be empty (a tab would not)

# QEMU's TCG without "target/i386: check intercept for XSETBV" (posted to
# qemu-devel on 2023-10-13; Debian 12's QEMU 7.2 lacks it) does not check the
# SVM XSETBV intercept: a nested guest's XSETBV holds only until its next
# exit, then KVM loads its stale XCR0 again
xsetbv_why="QEMU (7.2) does not give KVM a guest's XSETBV (no SVM XSETBV intercept in TCG): the guest's XCR0 reverts to KVM's at its next exit, and a selftest that enables AVX in XCR0 may take #UD (state_test)"

plan_init() {
	: > "$work/plan"
	: > "$work/meta"
}

selected() { # selected ID: does --only keep step ID?
	[ -z "$only" ] || printf '%s\n' "$1" | grep -qE -- "$only"
}

step() { # step ID TIMEOUT FLAGS XFAIL COMMAND [XFAIL-MATCH [may]]
	printf '%s\t%s\t%s\t%s\n' "$1" "$2" "${3:--}" "$5" >> "$work/plan"
	printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$4" "${6:-}" "${7:-}" >> "$work/meta"
}

# parse_list FILE: the selftests list, one test a line:
#   ID US PATH US ARGS US XFAIL US SKIP US TIMEOUT US QUICK US MATCH US MAY US NPT0-MAYFAIL
#   US XSETBV-MATCH
parse_list() {
	awk -v listfile="$1" '
	/^[ \t]*(#|$)/ { next }
	{
		n = split($0, part, ";")
		head = part[1]
		gsub(/^[ \t]+|[ \t]+$/, "", head)
		path = head; args = ""
		if (match(head, /[ \t]+/)) {
			path = substr(head, 1, RSTART - 1)
			args = substr(head, RSTART + RLENGTH)
		}
		id = path; xfail = ""; skip = ""; to = 120; quick = 0; xm = ""; may = ""; nx = ""; xs = ""
		for (i = 2; i <= n; i++) {
			kv = part[i]
			gsub(/^[ \t]+|[ \t]+$/, "", kv)
			if (kv == "quick") { quick = 1; continue }
			k = kv; v = ""
			if (j = index(kv, ":")) {
				k = substr(kv, 1, j - 1); v = substr(kv, j + 1)
				gsub(/^[ \t]+/, "", v)
			}
			if (k == "xfail") xfail = v
			else if (k == "mayfail") { xfail = v; may = "may" }
			else if (k == "mayhang") { xfail = v; may = "hang" }
			else if (k == "npt0-mayfail") nx = v
			else if (k == "skip") skip = v
			else if (k == "timeout") to = v + 0
			else if (k == "name") id = v
			else if (k == "match") xm = v
			else if (k == "xsetbv-match") xs = v
			else { printf "%s:%d: unknown key \"%s\"\n", listfile, NR, k > "/dev/stderr"; bad = 1 }
		}
		if (id in seen) { printf "%s:%d: \"%s\" listed twice (add name: ID)\n", listfile, NR, id > "/dev/stderr"; bad = 1 }
		seen[id] = 1
		if (xm != "" && xfail == "" && nx == "") { printf "%s:%d: match: without xfail:, mayfail:, mayhang: or npt0-mayfail:\n", listfile, NR > "/dev/stderr"; bad = 1 }
		if (xs != "" && (xfail == "" || may == "hang")) { printf "%s:%d: xsetbv-match: without xfail: or mayfail:\n", listfile, NR > "/dev/stderr"; bad = 1 }
		if (may == "hang" && xm == "") { printf "%s:%d: mayhang: without match: (the last line it prints where it hangs)\n", listfile, NR > "/dev/stderr"; bad = 1 }
		printf "%s\037%s\037%s\037%s\037%s\037%s\037%s\037%s\037%s\037%s\037%s\n", id, path, args, xfail, skip, to, quick, xm, may, nx, xs
	}
	END { exit bad }' "$1"
}

# want_tests LIST PREFIX: the entries of a parsed list to run under PREFIX
# ("" or "npt0/"): ID US PATH US ARGS US XFAIL US SKIP US TIMEOUT US MATCH US MAY.
# An xsetbv-match: joins match: on a QEMU without the SVM XSETBV intercept;
# on one with it (qemu_xsetbv=yes) it is dropped, and with it the expected
# failure when no match: of its own is left
want_tests() {
	while IFS=$us read -r id path args xfail skip to q match may nx xs; do
		selected "${2}kvm/$id" || continue
		[ -z "$quick" ] || [ "$q" = 1 ] || continue
		if [ -n "$xs" ] && [ "${qemu_xsetbv:-}" != yes ]; then
			match=${match:+$match|}$xs
		elif [ -n "$xs" ] && [ -z "$match" ]; then
			xfail='' may=''
		fi
		if [ "$2" = "${pass2:-npt0/}" ] && [ -n "$nx" ]; then
			xfail=$nx may=may
		fi
		printf '%s\037%s\037%s\037%s\037%s\037%s\037%s\037%s\n' "$id" "$path" "$args" "$xfail" "$skip" "$to" "$match" "$may"
	done < "$1"
}

# resolve_test SELFTESTS PATH: the source's name for PATH ("x86/NAME" is
# "x86_64/NAME" before 6.13), or nothing
resolve_test() {
	for cand in "$2" "$(echo "$2" | sed 's|^x86/|x86_64/|')"; do
		if grep -qx "$cand" "$1/sources"; then
			echo "$cand"
			return
		fi
	done
}

# add_selftests PREFIX FILE SELFTESTS ROOT: the steps for the tests in FILE
# (want_tests' output); SELFTESTS is the built selftests (sources, built,
# bin/), whose binaries are copied into the initramfs ROOT
add_selftests() {
	while IFS=$us read -r id path args xfail skip to match may; do
		real=$(resolve_test "$3" "$path")
		[ -n "$real" ] || continue # not in this source
		if [ -n "$skip" ]; then
			# the reason goes into a quoted string of the guest's shell
			skip=$(printf '%s' "$skip" | sed "s/'/'\\\\''/g")
			step "${1}kvm/$id" 10 "" "" "k_skip 'not run: $skip'"
		elif ! grep -qx "$real" "$3/built"; then
			step "${1}kvm/$id" 10 "" "" "k_skip 'did not build; see $3/build.log'"
		else
			if [ ! -f "$4/kvm/$real" ]; then
				mkdir -p "$4/kvm/$(dirname "$real")"
				cp "$3/bin/$real" "$4/kvm/$real"
			fi
			step "${1}kvm/$id" "$to" "" "$xfail" "k_selftest $real $args" "$match" "$may"
		fi
	done < "$2"
}

# build_plan: the whole run, from the module chains (chain_kvm, chain_amd,
# chain_intel), extra_names, vmm_args, the wanted tests ($work/tests-main,
# $work/tests-npt0), the selftests ($st, may be empty) and the initramfs
# root ($root)
build_plan() {
	plan_init
	step boot 60 s "" "true"
	step load/kvm 60 s "" "k_load $chain_kvm"
	step load/kvm-intel 60 s "" "k_load ${chain_intel% *} && k_novmx ${chain_intel##* }"
	step load/kvm-amd 60 s "" "k_load $chain_amd && k_devkvm"
	for n in $extra_names; do
		step "load/extra/$n" 30 s "" "k_load /mod/$n.ko"
	done
	selected vmm && step vmm 60 "" "" "k_vmm $vmm_args"
	# the emulator: does a guest's XSETBV reach KVM (tests/runtime/xsetbv-check.c)?
	# It must on a QEMU that checks the intercept (qemu_xsetbv=yes: 8.2 or
	# later, check-runtime's setup_qemu); an expected failure otherwise
	if selected emulator/xsetbv; then
		if [ "${qemu_xsetbv:-}" = yes ]; then
			step emulator/xsetbv 60 "" "" "k_xsetbv_check 5"
		else
			step emulator/xsetbv 60 "" "$xsetbv_why" "k_xsetbv_check 5" "XSETBV did not reach KVM" may
		fi
	fi
	[ -z "$st" ] || add_selftests "" "$work/tests-main" "$st" "$root"
	if [ -n "${guest_script:-}" ] && selected guest-script; then
		step guest-script "${guest_timeout:-300}" "" "" "k_script /bin/kbp-guest-script"
	fi
	mode_pass npt0/ kvm-amd "k_unload kvm_amd && k_load $chain_amd npt=0 && k_param kvm_amd npt N && k_devkvm"
	reload_steps 10 "k_unload kvm_amd kvm && k_load $chain_amd && k_devkvm && k_vmm $vmm_args"
	[ -n "${no_stress:-}" ] || add_stress
	[ -z "${swap:-}" ] || swap_steps
}

# swap_steps: scripts/kvm-swap between the kit's modules (/mod) and the
# kernel's own (/distro, when check-runtime found them): to the kernel's
# and a VMM run; refused while a VMM holds the VM; a kit module that does
# not load (a bad parameter, a broken copy) puts the kernel's back; to the
# kit's and a VMM run
swap_steps() {
	sw="kvm-swap --kit /mod --intree /distro"
	selected swap/unload && step swap/unload 90 "" "" "$sw unload && k_origin in-tree && k_vmm"
	selected swap/busy && step swap/busy 90 "" "" "k_swap_busy $sw load"
	selected swap/rollback && step swap/rollback 120 "" "" "k_swap_rollback $sw load"
	selected swap/load && step swap/load 90 "" "" "$sw load && k_origin kit && k_vmm $vmm_args"
	# the plan goes on when --only left swap/load out
	return 0
}

# add_stress: the stress/... steps: load/unload cycles, an unload refused
# while a VM runs, many VMs with several vCPUs at once, the ioctl fuzzer (and
# the same seed on the distro's modules after a finding: chain_distro_amd,
# empty when the distro's modules are the ones under test)
add_stress() {
	if [ -z "$quick" ]; then
		s_cycles=100 s_secs=60 s_fuzz=100
	else
		s_cycles=10 s_secs=10 s_fuzz=20
	fi
	# KBP_FUZZ_SEED, KBP_FUZZ_ARGS: another seed, more kvm-fuzz options
	# (to replay a finding: KBP_FUZZ_ARGS='-j 0 -n CALL -v')
	s_seed=${KBP_FUZZ_SEED:-0x6b766d2d66757a7a}
	selected stress/cycles &&
		step stress/cycles $((s_cycles * 5 + 60)) "" "" "k_cycles $s_cycles '$chain_amd' '$vmm_args'"
	selected stress/hold &&
		step stress/hold 120 "" "" "k_hold '$chain_amd' '$vmm_args'"
	selected stress/multi &&
		step stress/multi $((s_secs + 120)) "" "" "k_multi 8 2 $s_secs '$vmm_args'"
	# an RCU stall of the guest kernel while fuzzing is XFAIL, nothing
	# else (results.awk, "Host stalls"; tests/runtime/README.md)
	s_stall="a guest CPU got no timer tick while a vCPU ran, with Debian's own modules too"
	selected stress/fuzz &&
		step stress/fuzz $((s_fuzz + 60)) "" "$s_stall" \
			"k_fuzz $s_seed $s_fuzz '$vmm_args' '${KBP_FUZZ_ARGS:-}'" "" stall
	if [ -n "${chain_distro_amd:-}" ] && selected stress/fuzz/distro; then
		step stress/fuzz/distro $((s_fuzz + 60)) "" "$s_stall" \
			"k_fuzz_other '$chain_distro_amd' '$chain_amd' $s_seed $s_fuzz '${KBP_FUZZ_ARGS:-}'" "" stall
	fi
	return 0
}

# --- the guest run ------------------------------------------------------------------
# report_new LOG: print the steps finished since the last call
report_new() {
	# a line the emulator is still writing (Bochs writes the console a
	# byte at a time) is read at the next call
	f=$1
	if [ -s "$f" ] && [ -n "$(tail -c 1 "$f" | tr -d '\n')" ]; then
		sed '$d' "$1" > "$work/log.complete"
		f=$work/log.complete
	fi
	awk -v meta="$work/meta" -v done="$work/done" -v results="$work/results" \
		-v pattern="$bad_pattern" -v engine="${engine_name:-QEMU}" -f "$rt/results.awk" "$f"
	awk '$2 != 0 { print $2 }' "$work/results" > "$work/done"
}

step_field() { # step_field N COLUMN: a column of plan line N
	sed -n "${1}p" "$work/meta" | cut -f "$2"
}

# watch_guest PID LOG: follow the guest's console until QEMU ends; kill it
# when no marker appears for a step's timeout + $watchdog_slack seconds
# (180 s before the first step); sets "killed" when it had to
watch_guest() {
	last_marker=
	last_change=$(date +%s)
	killed=
	while kill -0 "$1" 2>/dev/null; do
		sleep "${watchdog_poll:-2}"
		report_new "$2"
		marker=$(grep -a -o '@@KBP:[A-Z]* [0-9]*' "$2" 2>/dev/null | tail -n 1) || true
		now=$(date +%s)
		if [ "$marker" != "$last_marker" ]; then
			last_marker=$marker
			last_change=$now
			continue
		fi
		case $marker in
		"@@KBP:BEGIN "*) limit=$(( $(step_field "${marker#@@KBP:BEGIN }" 2) * ${watchdog_scale:-1} + ${watchdog_slack:-60} )) ;;
		*) limit=${watchdog_boot:-180} ;;
		esac
		if [ -n "$killed" ]; then
			# QEMU did not end on SIGTERM
			[ $((now - killed)) -lt 10 ] || kill -KILL "$1" 2>/dev/null || true
		elif [ $((now - last_change)) -gt "$limit" ]; then
			note "no progress from the guest for $limit s (${marker:-booting}): killing ${engine_name:-QEMU}"
			kill "$1" 2>/dev/null || true
			killed=$now
		fi
	done
}

# stopped_early LOG: the guest stopped before @@KBP:DONE (hung and killed,
# or died): report the step it was in (the host's marker @@HOST:STOPPED for
# results.awk) and say where to resume; returns 1 when there is nothing to
# resume
stopped_early() {
	cur=$(grep -a -o '@@KBP:BEGIN [0-9]*' "$1" | tail -n 1 | sed 's/.* //')
	if [ -n "$cur" ] && ! grep -qx "$cur" "$work/done"; then
		echo "@@HOST:STOPPED $cur $(step_field "$cur" 1) ${killed:+hung}" >> "$1"
		report_new "$1"
		grep -a -E "$bad_pattern|Kernel panic|soft lockup|rcu.*stall" "$1" | grep -v '^@@' | tail -n 25 |
			sed 's/^/        ! /'
		[ -n "$killed" ] || [ "${engine:-qemu}" != qemu ] || engine_ended
	elif [ -z "$cur" ] && [ "$from" -eq 1 ]; then
		echo "@@HOST:STOPPED 1 boot nostart" >> "$1"
		report_new "$1"
		grep -av '^@@HOST' "$1" | tail -n 20 | sed 's/^/        | /'
		"${engine:-qemu}_errors" | sed 's/^/        | /'
		return 1
	fi
	return 0
}

# engine_ended: how the engine ended when the guest stopped by itself (a
# reset with -no-reboot, a crash of QEMU): its exit status and what it said
# on stderr, without QEMU's warnings about CPU features TCG lacks
engine_ended() {
	echo "        ! QEMU ended by itself, exit status ${engine_status:-?}"
	[ ! -f "$work/qemu.err" ] ||
		grep -av "TCG doesn't support requested feature" "$work/qemu.err" | tail -n 20 | sed 's/^/        ! /'
}

# qemu_errors: what QEMU said on stderr (the guest never started)
qemu_errors() {
	[ ! -f "$work/qemu.err" ] || cat "$work/qemu.err"
}

# qemu_start VMLINUZ INITRD LOG FROM OMIT: boot the guest in QEMU, in the
# background, its console into LOG; qpid is the process to watch
qemu_start() {
	# no_timer_check: kernels before ~5.x test that the 8254 timer
	# ticks through the IO-APIC within a few emulated jiffies; a
	# TCG guest on a loaded machine misses that and panics ("IO-APIC
	# + timer doesn't work", seen with 4.18 at load 14 on 2 cores)
	${QEMU:-qemu-system-x86_64} -accel tcg,thread=single -machine q35 -cpu EPYC -smp 2 -m 2G \
		-display none -no-reboot -serial stdio -nodefaults -monitor none \
		-kernel "$1" -initrd "$2" \
		-append "console=ttyS0 panic=-1 mitigations=off tsc=reliable clocksource=tsc no_timer_check loglevel=4 kbp.from=$4 kbp.omit=$5" \
		< /dev/null > "$3" 2> "$work/qemu.err" &
	qpid=$!
}

# run_guest VMLINUZ INITRD LOGBASE: boot the guest until every step ran;
# after a hang or a crash, boot again from the step after (module loads
# redone, but those that did not pass); at most 4 boots
run_guest() {
	: > "$work/done"
	: > "$work/results"
	nsteps=$(wc -l < "$work/plan")
	from=1
	omit=0
	boot=1
	while :; do
		log=$3.log
		[ "$boot" -eq 1 ] || log=$3.boot$boot.log
		[ "$boot" -eq 1 ] || echo "$me: resuming at step $from; console log: $log"
		"${engine:-qemu}_start" "$1" "$2" "$log" "$from" "$omit"
		watch_guest "$qpid" "$log"
		engine_status=0
		wait "$qpid" || engine_status=$?
		qpid=
		report_new "$log"
		grep -aq '@@KBP:DONE' "$log" && break
		stopped_early "$log" || break
		last=$(sort -n "$work/done" | tail -n 1)
		from=$((${last:-0} + 1))
		# setup steps that did not pass are not redone (the kernel command
		# line is short: name only those)
		omit=0$(awk -F '\t' 'FILENAME == ARGV[1] { setup[FNR] = ($3 ~ /s/); next }
			$1 != "PASS" && setup[$2] { printf ",%s", $2 }' "$work/plan" FS=' ' "$work/results")
		boot=$((boot + 1))
		[ "$from" -le "$nsteps" ] || break
		if [ "$boot" -gt 4 ]; then
			note "the guest stopped $((boot - 1)) times: giving up"
			break
		fi
	done
}

# verdict: the steps never reported (SKIP), the counts; status 1 on any
# FAIL, TIMEOUT or XPASS
verdict() {
	n=0
	while IFS=$tab read -r id _; do
		n=$((n + 1))
		grep -qx "$n" "$work/done" || echo "@@HOST:NOTRUN $n $id"
	done < "$work/meta" > "$work/notrun"
	report_new "$work/notrun"
	awk -v summary=1 -f "$rt/results.awk" "$work/results"
}

# mode_pass PREFIX MODULE LOAD: the VMM and the selftests again, as steps
# PREFIX..., after LOAD reloads MODULE in its second MMU mode (npt=0, ept=0)
mode_pass() {
	if selected "${1}vmm" || [ -s "$work/tests-npt0" ]; then
		step "${1}load/$2" 60 s "" "$3"
		selected "${1}vmm" && step "${1}vmm" 60 "" "" "k_vmm $vmm_args"
		[ -z "$st" ] || add_selftests "$1" "$work/tests-npt0" "$st" "$root"
	fi
	return 0
}

# reload_steps CYCLES CMD: steps reload/01... (2 with --quick), each running CMD
reload_steps() {
	cycles=$1
	[ -z "$quick" ] || cycles=2
	i=1
	while [ "$i" -le "$cycles" ]; do
		id=reload/$(printf '%02d' "$i")
		selected "$id" && step "$id" 60 s "" "$2"
		i=$((i + 1))
	done
	return 0
}
