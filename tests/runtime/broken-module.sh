#!/bin/sh
# broken-module.sh: prove that scripts/check-runtime catches defects.
#
#   tests/runtime/broken-module.sh [--kernel LINE] [--engine qemu|bochs] [--keep]
#
# Builds two deliberately broken modules (tests/runtime/broken/) against the
# kernel line's headers, in the cache (never in the kit), and runs the
# harness with each as --extra-module, on the distro's own KVM modules:
#
#   kbp_warn    WARN_ON(1) at load: the harness must report FAIL for
#               load/extra/kbp_warn and show the WARNING line
#   kbp_undef   needs a symbol no kernel exports (let through modpost with
#               KBUILD_MODPOST_WARN=1): the load must fail with "Unknown
#               symbol" and the harness must report FAIL
#   kbp_hang    freezes every CPU at load (no timeout in the guest can end
#               that): the host-side watchdog must kill QEMU, report
#               TIMEOUT, and the run must resume after that step (the
#               watchdog waits the step's timeout + 60 s: about two minutes)
#
# Each check must also make the harness exit non-zero, and the VMM step
# after the broken module must still pass.  Default line: 6.1.  With --engine
# bochs the harness boots in Bochs and loads kvm-intel (each check then takes
# minutes: Bochs boots in two to six; its watchdog allows KBP_BOCHS_SCALE=3
# wall seconds per guest second here), the module that warns and the one that
# hangs only.
set -eu

me=broken-module
kit=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=scripts/lib.sh
. "$kit/scripts/lib.sh"

line=$(kbp_default_host)
keep=
engine=qemu
while [ $# -gt 0 ]; do
	case $1 in
	--kernel|--kernel=*) kbp_optval "a line" "$@"; line=$optval; shift "$optshift" ;;
	--engine|--engine=*) kbp_optval "qemu or bochs" "$@"; engine=$optval; shift "$optshift" ;;
	--keep) keep=--keep ;;
	-h|--help) kbp_usage; exit 0 ;;
	*) die "unknown option '$1' — see --help" ;;
	esac
	shift
done

cache=$kbp_cache

KERNEL_HEADERS=; KERNEL_RELEASE=
kinfo=$("$kit/scripts/get-kernel" -q "$line" headers) ||
	die "cannot fetch the $line headers — see scripts/get-kernel's message above"
eval "$kinfo"

# build in the cache, from a copy of the sources
bdir=$cache/runtime/broken-module/$KERNEL_RELEASE
rm -rf "$bdir"
mkdir -p "$bdir"
cp "$kit/tests/runtime/broken/Kbuild" "$kit/tests/runtime/broken/"*.c "$bdir/"
(
	unset MAKEFLAGS MFLAGS MAKELEVEL
	make -C "$KERNEL_HEADERS" M="$bdir" KBUILD_MODPOST_WARN=1 modules
) > "$bdir/build.log" 2>&1 || die "cannot build the test modules — see $bdir/build.log"

pass=0
fail=0
check() { # check NAME STATUS DESCRIPTION GREP-PATTERN...: run the harness
	name=$1
	status=$2
	what=$3
	shift 3
	out=$bdir/$name.out
	rc=0
	KBP_BOCHS_SCALE=${KBP_BOCHS_SCALE:-3} \
	"$kit/scripts/check-runtime" --kernel "$line" --engine "$engine" --modules distro \
		--extra-module "$bdir/$name.ko" --only '^vmm$' $keep > "$out" 2>&1 || rc=$?
	ok=1
	[ "$rc" -ne 0 ] || { echo "  the harness exited 0"; ok=; }
	grep -qE "^$status +load/extra/$name " "$out" ||
		{ echo "  no '$status load/extra/$name' line"; ok=; }
	for p in "$@"; do
		grep -qE -- "$p" "$out" || { echo "  no line matching /$p/"; ok=; }
	done
	grep -qE '^PASS +vmm ' "$out" || { echo "  the VMM did not pass after the broken module"; ok=; }
	if [ -n "$ok" ]; then
		echo "PASS    $what"
		pass=$((pass + 1))
	else
		echo "FAIL    $what (harness output: $out)"
		sed 's/^/        | /' "$out"
		fail=$((fail + 1))
	fi
}

check kbp_warn FAIL "the harness reports FAIL for a module that warns" \
	'^ +! .*WARNING:' 'kbp_warn_init'
# (a link error at load does not depend on the engine: QEMU's run proves it)
[ "$engine" = bochs ] ||
	check kbp_undef FAIL "the harness reports FAIL for a module with an unknown symbol" \
		'Unknown symbol kbp_no_such_symbol'
check kbp_hang TIMEOUT "the harness reports TIMEOUT for a hung guest and resumes" \
	'resuming at step'

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
