# shellcheck shell=sh disable=SC2154 # the options' variables: set by scripts/bisect
# scripts/bisect-lib.sh: the pieces of scripts/bisect: its checks of the
# options, its log, and one step (sync, configure, build, test, verdict).
# Sourced after scripts/lib.sh by scripts/bisect (and by t/71-bisect-lib.t,
# which tests the pieces on fixtures).  Reads the options' variables (repo,
# good, bad, step, line, test, slot, jobs, timeout), $kit, and in a step
# $log and $work; sets what the function's comment says.

# --- checks: each bad input is one line, before anything is built -------------------
rgit() { git -C "$repo" "$@"; }

commit_of() { # commit_of REV: the full commit id, or die
	rgit rev-parse --verify -q "$1^{commit}" 2>/dev/null ||
		die "unknown revision '$1' in $repo — give a commit, tag or branch of it"
}

# is_kernel COMMIT: the commit holds a kernel tree with KVM for x86
is_kernel() {
	for f in Makefile virt/kvm/kvm_main.c arch/x86/kvm/x86.c; do
		rgit cat-file -e "$1:$f" 2>/dev/null || { missing=$f; return 1; }
	done
}

# selftest_path COMMIT NAME: tools/testing/selftests/kvm's path of NAME at
# COMMIT (x86/ and x86_64/ are the same folder before and after 6.13)
selftest_path() {
	case $2 in
	x86/*) set -- "$1" "$2" "x86_64/${2#x86/}" ;;
	x86_64/*) set -- "$1" "$2" "x86/${2#x86_64/}" ;;
	*/*) set -- "$1" "$2" ;;
	*) set -- "$1" "x86/$2" "x86_64/$2" "$2" ;;
	esac
	c=$1
	shift
	for p in "$@"; do
		if rgit cat-file -e "$c:tools/testing/selftests/kvm/$p.c" 2>/dev/null; then
			echo "$p"
			return 0
		fi
	done
	return 1
}


# check_values: the options given, and each of the right form
check_values() {
	[ -n "$repo" ] || die "no repository given — say --repo REPO (a Linux kernel git repository)"
	if [ -n "$step" ]; then
		[ -z "$good$bad" ] || die "--step runs one step: give it without --good and --bad"
	else
		[ -n "$good" ] || die "no good revision given — say --good REV (a revision without the regression)"
		[ -n "$bad" ] || die "no bad revision given — say --bad REV (a later revision with it)"
	fi
	[ -n "$line" ] || die "no host kernel given — say --host LINE ($(kbp_lines_text))"
	kbp_known_line "$line"
	[ -n "$test" ] || die "no test given — say --test NAME (a KVM selftest), vmm, load, build, guest:FILE or host:COMMAND"
	case $slot in
	latest|''|[!A-Za-z0-9]*|*[!A-Za-z0-9._-]*) die "--slot '$slot' is no name (letters, digits, '.', '_', '-'; not 'latest')" ;;
	esac
	case $jobs in
	''|*[!0-9]*|0) die "-j '$jobs' is no number of jobs" ;;
	esac
	case $timeout in
	*[!0-9]*) die "--timeout '$timeout' is no number of seconds" ;;
	esac
}

# check_repo: $repo is the top of a git repository; made absolute
check_repo() {
	need_tool git git
	[ -d "$repo" ] || die "no repository '$repo' — give --repo a Linux kernel git repository"
	top=$(git -C "$repo" rev-parse --show-toplevel 2>/dev/null) || top=''
	isbare=$(git -C "$repo" rev-parse --is-bare-repository 2>/dev/null) ||
		die "'$repo' is not a git repository — give --repo a Linux kernel git repository"
	if [ "$isbare" != true ]; then
		[ "$(cd "$top" && pwd -P)" = "$(cd "$repo" && pwd -P)" ] ||
			die "'$repo' is a folder inside the git repository $top — give its top: --repo $top"
	fi
	repo=$(cd "$repo" && pwd)
}

# check_revisions: the step's commit (step_commit), or good_commit and
# bad_commit, kernel trees, good an ancestor of bad; last: the revision the
# test must fail in (the bad one, or the step's)
check_revisions() {
	if [ -n "$step" ]; then
		step_commit=$(commit_of "$step")
		is_kernel "$step_commit" ||
			die "'$repo' is not a Linux kernel tree with KVM for x86: $step has no $missing"
		last=$step_commit
		return
	fi
	good_commit=$(commit_of "$good")
	bad_commit=$(commit_of "$bad")
	is_kernel "$bad_commit" ||
		die "'$repo' is not a Linux kernel tree with KVM for x86: $bad has no $missing"
	is_kernel "$good_commit" ||
		die "'$repo' is not a Linux kernel tree with KVM for x86: $good has no $missing"
	[ "$good_commit" != "$bad_commit" ] || die "good $good and bad $bad are the same commit — give two"
	if ! rgit merge-base --is-ancestor "$good_commit" "$bad_commit"; then
		if rgit merge-base --is-ancestor "$bad_commit" "$good_commit"; then
			die "good $good is not an ancestor of bad $bad: the two look reversed — say --good $bad --bad $good"
		fi
		die "good $good is not an ancestor of bad $bad (they are on different branches) — give a good revision that $bad descends from"
	fi
	last=$bad_commit
}

# check_test: the test's kind (selftest, vmm, load, build, guest, host), and
# its script, command or selftest path, at revision $last
check_test() {
	kind=''
	case $test in
	vmm|load|build) kind=$test ;;
	guest:*)
		kind=guest
		script=${test#guest:}
		[ -f "$script" ] || die "no guest script '$script' — give --test guest:FILE with an existing file"
		script=$(cd "$(dirname "$script")" && pwd)/$(basename "$script")
		;;
	host:*)
		kind=host
		command=${test#host:}
		[ -n "$command" ] || die "--test host: needs a command, e.g. host:'make -C \$KBP_MODULES ...'"
		;;
	*)
		kind=selftest
		name=${test#selftest:}
		path=$(selftest_path "$last" "$name") ||
			die "no KVM selftest '$name' in $repo at ${bad:-$step} (no tools/testing/selftests/kvm/$name.c, nor under x86/ or x86_64/) — name one, or say vmm, load, build, guest:FILE, host:COMMAND"
		# the list's name for it: x86/ finds x86_64/ in older sources
		path=$(echo "$path" | sed 's|^x86_64/|x86/|')
		;;
	esac
}

# fetch_host: the host kernel (headers for configure, the image for QEMU
# when the test boots), fetched now: release, headers
fetch_host() {
	case $kind in
	selftest|vmm|load|guest) need_tool qemu-system-x86_64 qemu-system-x86 ;;
	esac
	case $kind in
	selftest|vmm|load|guest) parts='headers image' ;;
	*) parts=headers ;;
	esac
	# shellcheck disable=SC2086 # two words
	kinfo=$("$kit/scripts/get-kernel" -q "$line" $parts) ||
		die "cannot fetch the $line kernel — see scripts/get-kernel's message above"
	release=$(echo "$kinfo" | sed -n 's/^KERNEL_RELEASE=//p')
	headers=$(echo "$kinfo" | sed -n 's/^KERNEL_HEADERS=//p')
	[ -n "$release" ] || die "scripts/get-kernel named no release for $line"
}

# check_args: every check, each bad input one line, before anything is built
check_args() {
	check_values
	check_repo
	check_revisions
	check_test
	fetch_host
}

# --- the log and the output lines ------------------------------------------------------
now() { date +%s.%N; }
since() { echo "$(now) $1" | awk '{ printf "%.1f", $1 - $2 }'; }

# say TEXT: a line for the user (on fd 3 when git bisect run is between us)
# and the log
say() {
	printf '%s\n' "$*" >> "$log"
	if [ -n "$state" ]; then
		printf '%s\n' "$*" >&3
	else
		printf '%s\n' "$*"
	fi
}

logit() { printf '%s\n' "$*" >> "$log"; }

header() {
	say "$(printf '%-4s  %-12s  %-7s  %6s  %6s  %9s  %s' step commit verdict sync build boot+test subject)"
}

# --- one step --------------------------------------------------------------------------
srcdir() { echo "$kit/src/$slot"; }
builddir() { echo "$kit/build/$slot/$release"; }

# configure_digest: what configure reads of the synced source (its Kconfig
# and Makefiles, sync's records, the names the C files use), of the kit and
# of the host; configure runs again only when it changed
configure_digest() {
	s=$(srcdir)
	{
		echo "$line $release $headers"
		sed -n 's/^KVM_VERSION=//p' "$s/.sync/provenance"
		cat "$s/.sync/macros" "$s/.sync/cpufeatures"
		find "$s" -path "$s/.sync" -prune -o -type f \( -name 'Kconfig*' -o -name 'Makefile*' \) -print |
			LC_ALL=C sort | xargs -r cat
		find "$s" -path "$s/.sync" -prune -o -type f \( -name '*.[ch]' -o -name '*.S' \) -print |
			LC_ALL=C sort | xargs -r cat | tr -cs 'A-Za-z0-9_' '\n' | LC_ALL=C sort -u
		(cd "$kit" && find configure lib compat include-compat -type f ! -path 'compat/probes/build/*' |
			LC_ALL=C sort | xargs -r cat)
	} | sha256sum | cut -c1-64
}

# restore_config: the user's config.mk back (configure writes it)
restore_config() {
	[ -n "${config_saved:-}" ] || return 0
	if [ "$config_saved" = none ]; then
		rm -f "$kit/config.mk"
	else
		mv -f "$config_saved" "$kit/config.mk"
	fi
	config_saved=''
}

# first_error FILE: the line of a command's output that says why it failed
# (the first error line, else the last line), with the kit's paths short
first_error() {
	e=$(grep -m 1 -E '(error|Error|ERROR)[: ]' "$1" 2>/dev/null || tail -n 1 "$1")
	printf '%s\n' "$e" | sed -e 's/^[[:space:]]*//' -e "s|$kit/build/$slot/[^/]*/x86/\.\./||" \
		-e "s|$kit/build/$slot/[^/]*/||" -e "s|$kit/||g" | cut -c1-200
}

# run_part NAME COMMAND...: run it with its output in the log (and in
# $part, for the reason of a failure)
run_part() {
	part=$work/$1.out
	shift
	logit "\$ $*"
	rc=0
	"$@" > "$part" 2>&1 < /dev/null || rc=$?
	cat "$part" >> "$log"
	[ "$rc" -eq 0 ] || logit "(exit status $rc)"
	return "$rc"
}

# the selftests list for check-runtime: the test's line of tests/runtime/
# selftests.list (its arguments and timeout; no expected-failure marks),
# else a line of its own
write_list() {
	entry=$(awk -v p="$path" '
		/^[ \t]*(#|$)/ { next }
		{ n = split($0, f, ";"); head = f[1]; gsub(/^[ \t]+|[ \t]+$/, "", head)
		  split(head, w, /[ \t]+/); if (w[1] != p) next
		  to = ""; for (i = 2; i <= n; i++) { kv = f[i]; gsub(/^[ \t]+|[ \t]+$/, "", kv)
		  if (kv ~ /^timeout:/) to = kv }
		  print head (to != "" ? " ; " to : ""); exit }' "$kit/tests/runtime/selftests.list")
	[ -n "$entry" ] || entry="$path ; timeout: 300"
	if [ -n "$timeout" ]; then
		entry="$(echo "$entry" | sed 's/ ; timeout:.*//') ; timeout: $timeout"
	fi
	printf '%s\n' "$entry" > "$work/test.list"
	test_id=kvm/$path
}

# result ID: the status word of step ID in check-runtime's output
result() {
	awk -v id="$1" '$2 == id && $1 ~ /^(PASS|FAIL|SKIP|TIMEOUT|XFAIL|XPASS)$/ { print $1; exit }' "$work/test.out"
}


# step_sync COMMIT: ./sync of the revision; on failure verdict skip
step_sync() {
	mkdir -p "$(srcdir)"
	t=$(now)
	if ! run_part sync "$kit/sync" --source "$repo" --rev "$1" --dest "$(srcdir)"; then
		t_sync=$(since "$t")
		verdict=skip
		why="does not sync: $(first_error "$part")"
		return 1
	fi
	t_sync=$(since "$t")
}

# build_failed WHAT: a configure or build failure: bad when the test is
# "build", else skip
build_failed() {
	t_build=$(since "$t")
	why="does not $1: $(first_error "$part")"
	if [ "$kind" = build ]; then verdict=bad; else verdict=skip; fi
	return 1
}

# step_configure: ./configure of the slot, only when what it reads changed
# (the user's config.mk kept as it was)
step_configure() {
	b=$(builddir)
	digest=$(configure_digest)
	if [ -f "$b/config.mk" ] && [ "$(cat "$b/.bisect-configured" 2>/dev/null)" = "$digest" ]; then
		logit "(configure: nothing it reads changed)"
		return 0
	fi
	if [ -f "$kit/config.mk" ]; then
		config_saved=$kit/build/.config.mk.bisect.$$
		mkdir -p "$kit/build"
		cp -p "$kit/config.mk" "$config_saved"
	else
		config_saved=none
	fi
	rc=0
	run_part configure "$kit/configure" -q --kvm="$slot" --kernel="$line" || rc=$?
	restore_config
	[ "$rc" -eq 0 ] || { build_failed configure; return 1; }
	echo "$digest" > "$b/.bisect-configured"
}

# step_build: configure (when needed) and make; t_build
step_build() {
	t=$(now)
	step_configure || return 1
	run_part make make -C "$kit" -j"$jobs" KBP_BUILD="build/$slot/$release" || { build_failed build; return 1; }
	t_build=$(since "$t")
}

# host_verdict STATUS: verdict and why of a host:COMMAND test's exit status
host_verdict() {
	case $1 in
	0) verdict=good ;;
	125) verdict=skip; why="the command says skip (exit status 125)" ;;
	*)
		if [ "$1" -lt 128 ]; then
			verdict=bad; why="the command failed (exit status $1): $(tail -n 1 "$part" | cut -c1-160)"
		else
			verdict=stop; why="the command exited with status $1 (128 or more stops the bisect)"
		fi
		;;
	esac
}

# step_host COMMIT: the host:COMMAND test, in the kit's folder
step_host() {
	rc=0
	run_part test env KBP_COMMIT="$1" KBP_REPO="$repo" KBP_MODULES="$(builddir)" \
		sh -c "cd \"\$1\" && $command" sh "$kit" || rc=$?
	t_test=$(since "$t")
	host_verdict "$rc"
}

# step_guest COMMIT: the test in QEMU (scripts/check-runtime), then
# guest_verdict
step_guest() {
	c=$1
	set -- "$kit/scripts/check-runtime" --kernel "$line" --kvm "$slot"
	case $kind in
	selftest)
		write_list
		set -- "$@" --source "$repo" --rev "$c" --list "$work/test.list" --only '^kvm/'
		;;
	vmm) test_id=vmm; set -- "$@" --only '^vmm$' ;;
	load) test_id=load/kvm-amd; set -- "$@" --only '^load/' ;;
	guest)
		test_id=guest-script
		set -- "$@" --guest-script "$script" --guest-timeout "${timeout:-300}" --only '^guest-script$'
		;;
	esac
	rc=0
	run_part test "$@" || rc=$?
	t_test=$(since "$t")
	guest_verdict
}

# guest_verdict: verdict and why from check-runtime's output ($part): stop
# when the host did not boot, then the modules' loads, then the test's line
guest_verdict() {
	boot=$(result boot)
	if [ "$boot" != PASS ]; then
		verdict=stop
		if [ -n "$boot" ]; then
			why="the host kernel $release does not boot cleanly in QEMU ($boot) — see the log"
		else
			why="check-runtime could not run: $(first_error "$part")"
		fi
		return
	fi
	loads=''
	for l in load/kvm load/kvm-intel load/kvm-amd; do
		r=$(result "$l")
		[ "$r" = PASS ] || loads="$loads, $l ${r:-not run}"
	done
	if [ "$kind" = load ]; then
		if [ -z "$loads" ]; then verdict=good; else verdict=bad; why="modules: ${loads#, }"; fi
		return
	fi
	r=$(result "$test_id")
	line_of=$(grep -m 1 -E "^[A-Z]+ +$test_id " "$part" | sed 's/  */ /g' | cut -c1-160 || true)
	# the last line of a failed step's output, which check-runtime shows below it
	said=$(awk -v id="$test_id" '$2 == id { on = 1; next } on && /^        \| / { l = $0; next } on { exit }
		END { sub(/^        \| */, "", l); print l }' "$part" | cut -c1-120)
	case $r in
	PASS) verdict=good ;;
	FAIL|TIMEOUT|XPASS) verdict=bad; why="$line_of${said:+: $said}${loads:+ (modules:${loads#,})}" ;;
	SKIP|XFAIL) verdict=skip; why="$line_of" ;;
	*)
		verdict=stop
		why="no result for $test_id: $(first_error "$part")"
		;;
	esac
}

# run_step COMMIT: sync, configure, build, test; sets verdict (good, bad,
# skip, stop), why, and the times
run_step() {
	commit=$1
	verdict=''
	why=''
	t_sync=-
	t_build=-
	t_test=-
	subject=$(rgit log -1 --format=%s "$commit")
	logit ''
	logit "=== step ${n_step:--}: $commit $subject ($(date -u +%Y-%m-%dT%H:%M:%SZ))"
	step_sync "$commit" || return 0
	step_build || return 0
	t=$(now)
	case $kind in
	build) verdict=good; t_test=- ;;
	host) step_host "$commit" ;;
	*) step_guest "$commit" ;;
	esac
}

# report: the step's line (and the reason under it)
report() {
	say "$(printf '%-4s  %-12s  %-7s  %6s  %6s  %9s  %s' "${n_step:--}" "$(echo "$commit" | cut -c1-12)" \
		"$verdict" "$t_sync" "$t_build" "$t_test" "$subject")"
	[ -z "$why" ] || say "      $why"
}

exit_of() { # the exit status for git bisect run
	case $verdict in
	good) echo 0 ;;
	bad) echo 1 ;;
	skip) echo 125 ;;
	*) echo 128 ;;
	esac
}

