# shellcheck shell=sh disable=SC2154 # the caller sets kit, rt, work, line, name, release, ...
# tests/runtime/record.sh: the run record of a runtime run, one file of
# KEY=VALUE lines in docs/records/ (the format: docs/records/README.md),
# which scripts/render-matrix turns into the README's matrix.  Sourced by
# scripts/check-runtime after its harness; engine-neutral: an engine sets
# engine= and vendor= (default qemu and amd), and engine_version= when it
# knows it (default -), before record_run.

# load_now: the 1-minute load average
load_now() {
	cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '-'
}

# kit_commit: the kit's commit (short), "+dirty" with tracked changes
kit_commit() {
	c=$(git -C "$kit" rev-parse --short=7 HEAD 2>/dev/null) || { echo '-'; return; }
	[ -z "$(git -C "$kit" status --porcelain --untracked-files=no 2>/dev/null)" ] || c=$c+dirty
	echo "$c"
}

# modules_built: the kit version the modules under test were built from
# (KIT_VERSION of their build folder's config.mk: a run may load modules
# built at an earlier commit than the kit's), "-" when not known
modules_built() {
	v=$(sed -n 's/^KIT_VERSION := //p' "${moddir:-/nonexistent}/config.mk" 2>/dev/null) || v=
	echo "${v:--}"
}

# stale_modules: a note when the kit's modules under test were built at
# another commit than the kit's and files the build reads changed since
# (check-runtime loads what is built; it does not run make): the commit of
# KIT_VERSION's -gCOMMIT against HEAD, docs and tests left out
stale_modules() {
	built=$(modules_built | sed -n 's/.*-g\([0-9a-f]\{7,\}\)\(-dirty\)\{0,1\}$/\1/p')
	[ -n "$built" ] || return 0
	changed=$(git -C "$kit" diff --name-only "$built" HEAD -- . ':!docs' ':!t' ':!tests' ':!README.md' 2>/dev/null) || return 0
	[ -n "$changed" ] || return 0
	note "the modules in $moddir were built at $built, and since then $(printf '%s\n' "$changed" | wc -l) of the files the build reads changed (first: $(printf '%s\n' "$changed" | head -n 1)): this run tests that build, not the kit's HEAD; run make first to test HEAD"
}

# record_counts: "PASSED FAILED SKIPPED XFAIL" of $work/results
record_counts() {
	awk -v summary=1 -f "$rt/results.awk" "$work/results" 2>/dev/null |
		sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped, \([0-9]*\) expected failures$/\1 \2 \3 \4/p'
}

# record_wanted: is this run one the matrix shows?  A whole run (no --only,
# --quick, --list, --guest-script, --bench, --extra-module, --source, --rev)
# of the kit's modules of a kernel line
record_wanted() {
	[ -n "$line" ] && [ -n "$name" ] &&
		[ -z "$modules$only$quick$list$guest_script$bench$extras$source$rev" ]
}

# record_run SECONDS LOAD-AT-START: write the record of this run, say where
record_run() {
	record_wanted || return 0
	set -- "$1" "$2" "$(load_now)" "$(record_counts)"
	[ -n "$4" ] || { note "no counts: no run record written"; return 0; }
	dir=${KBP_RECORDS:-$kit/docs/records}
	mkdir -p "$dir" || { note "cannot create $dir: no run record written"; return 0; }
	file=$dir/$(date -u +%Y%m%d-%H%M%S)-$name-on-$(echo "$line" | tr : _)-${engine:-qemu}.rec
	# shellcheck disable=SC2086 # the four counts
	set -- "$1" "$2" "$3" $4
	{
		echo "# run record of scripts/check-runtime (docs/records/README.md)"
		echo "kvm=$name"
		echo "kvm_version=$(sed -n 's/^KVM_VERSION=//p' "$kit/src/$name/.sync/provenance" 2>/dev/null)"
		echo "host=$line"
		echo "host_release=$release"
		echo "engine=${engine:-qemu}"
		echo "engine_version=${engine_version:--}"
		echo "vendor=${vendor:-amd}"
		echo "modules=kit"
		echo "steps=$([ -n "$no_stress" ] && echo no-stress || echo all)"
		echo "commit=$(kit_commit)"
		echo "modules_built=$(modules_built)"
		echo "date=$(date -u +%Y-%m-%d)"
		echo "passed=$4"
		echo "failed=$5"
		echo "skipped=$6"
		echo "xfail=$7"
		echo "seconds=$1"
		echo "load=$2 $3"
	} > "$file.tmp" || { note "cannot write $file"; return 0; }
	mv "$file.tmp" "$file" || { note "cannot write $file"; return 0; }
	echo "$me: run record: $file"
}
