# shellcheck shell=sh disable=SC2154,SC2034 # "me" and "kit" are set by the caller; kbp_cache is for it
# scripts/lib.sh: what the kit's shell scripts share.  Source it after
# setting "me" (the script's name, for messages) and "kit" (the kit's root):
#
#   kit=$(cd "$(dirname "$0")/.." && pwd)
#   me=check-build
#   . "$kit/scripts/lib.sh"

# die MESSAGE: one error line, exit status 2 (or $die_status)
die() {
	printf '%s: error: %s\n' "$me" "$*" >&2
	exit "${die_status:-2}"
}

# note MESSAGE: a progress line on stderr (silent when $quiet is set)
note() {
	[ -n "${quiet:-}" ] || printf '%s: %s\n' "$me" "$*" >&2
}

# need_tool TOOL PACKAGE: die unless TOOL is on PATH
need_tool() {
	command -v "$1" >/dev/null 2>&1 || die "$1 not found — install it: apt-get install $2"
}

# kbp_usage: the script's help, its header comment (from line 2 to the
# "set -e"/"set -u" line)
kbp_usage() {
	sed -n '2,/^set -/{/^set -/d;s/^# \{0,1\}//;p}' "$0"
}

# kbp_optval WHAT "$@": the value of the option in $1 ("--opt=VALUE", or
# "--opt VALUE" and then optshift=1, for the caller to shift it) in
# $optval; dies "--opt needs WHAT" when it has none.  In an option loop:
#   --kvm|--kvm=*) kbp_optval "a name" "$@"; kvm=$optval; shift "$optshift" ;;
kbp_optval() {
	_what=$1
	shift
	case $1 in
	--*=*) optval=${1#*=} optshift=0 ;;
	*)
		[ $# -ge 2 ] || die "$1 needs $_what"
		optval=$2 optshift=1
		;;
	esac
}

# kbp_kvm_out_args "$@": make-dist's and make-deb's options: --kvm NAME
# into $name, --out DIR into $out (default: the kit's dist/), --help
kbp_kvm_out_args() {
	name=
	out=$kit/dist
	while [ $# -gt 0 ]; do
		case $1 in
		--kvm|--kvm=*) kbp_optval "a name" "$@"; name=$optval; shift "$optshift" ;;
		--out|--out=*) kbp_optval "a folder" "$@"; out=$optval; shift "$optshift" ;;
		-h|--help) kbp_usage; exit 0 ;;
		*) die "unknown argument '$1' (see --help)" ;;
		esac
		shift
	done
}

# ok / ko / skip TEXT: one PASS, FAIL or SKIP line, counted in $pass and
# $fail; kbp_counts prints "N passed, N failed" and fails when any failed
ok() { pass=$((${pass:-0} + 1)); printf 'PASS  %s\n' "$*"; }
ko() { fail=$((${fail:-0} + 1)); printf 'FAIL  %s\n' "$*"; }
skip() { printf 'SKIP  %s\n' "$*"; }
kbp_counts() {
	printf '%d passed, %d failed\n' "${pass:-0}" "${fail:-0}"
	[ "${fail:-0}" -eq 0 ]
}

# kbp_cache_help: the --cache option's lines of a script's --help
kbp_cache_help() {
	cat <<'EOT'
  --cache DIR    cache folder (default: $KVM_BACKPORT_CACHE, else
                 ${XDG_CACHE_HOME:-~/.cache}/kvm-backport)
EOT
}

# The kit's cache: fetched kernels, build roots, built selftests, logs.
kbp_cache=${KVM_BACKPORT_CACHE:-${XDG_CACHE_HOME:-${HOME:-}/.cache}/kvm-backport}

# --- lib/kernel-lines and lib/check-matrix ----------------------------------
# kbp_table FILE: the rows of a table, comments and blank lines left out
kbp_table() {
	sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$kit/lib/$1"
}

# kbp_lines: the kernel lines, one a line, in table order
kbp_lines() {
	kbp_table kernel-lines | awk '{ print $1 }'
}

# kbp_lines_text: "5.10, 6.1, ... or 4.18", for messages
kbp_lines_text() {
	kbp_lines | awk '{ a[NR] = $1 } END { for (i = 1; i <= NR; i++)
		printf "%s%s", a[i], (i == NR ? "\n" : i == NR - 1 ? " or " : ", ") }'
}

# kbp_line_field LINE FIELD: origin, compiler or suite of a kernel line;
# nothing (status 1) for an unknown line
kbp_line_field() {
	kbp_table kernel-lines | awk -v l="$1" -v f="$2" '
		BEGIN { col["origin"] = 2; col["compiler"] = 3; col["suite"] = 4 }
		$1 == l { print $(col[f]); found = 1 }
		END { exit !found }'
}

# kbp_line_marked MARK: the line marked MARK (default-host, default-source)
# in lib/kernel-lines' marks column, else the first row
kbp_line_marked() {
	kbp_table kernel-lines | awk -v m="$1" '
		NR == 1 { first = $1 }
		{ for (i = 5; i <= NF; i++) if ($i == m) { print $1; found = 1; exit } }
		END { if (!found) print first }'
}

# kbp_default_host, kbp_default_source: the host line where none is named,
# and the KVM source of the quick start (Debian's linux-source-LINE)
kbp_default_host() { kbp_line_marked default-host; }
kbp_default_source() { kbp_line_marked default-source; }

# kbp_debian_lines: the lines Debian's archive serves (origin debian:...)
kbp_debian_lines() {
	kbp_table kernel-lines | awk '$2 ~ /^debian:/ { print $1 }'
}

# kbp_compilers: the compilers of the lines, each once, in table order
kbp_compilers() {
	kbp_table kernel-lines | awk '!seen[$3]++ { print $3 }'
}

# kbp_suites: the Debian suites of the compiler column, each once, in table
# order (oldest first: scripts/get-buildroot tries them in this order)
kbp_suites() {
	kbp_table kernel-lines | awk '!seen[$4]++ { print $4 }'
}

# kbp_matrix_pairs CHECK: "SOURCE@HOST" of the rows of lib/check-matrix
# marked CHECK, for make's pattern rules
kbp_matrix_pairs() {
	kbp_matrix "$1" | awk '{ print $1 "@" $2 }'
}

# kbp_shared_kernels: the folder of the kernels no package archive serves
# (origin shared:RELEASE): $KBP_SHARED_KERNELS, else ../shared/kernels
kbp_shared_kernels() {
	echo "${KBP_SHARED_KERNELS:-$kit/../shared/kernels}"
}

# kbp_line_absent LINE: why LINE's kernel cannot be had on this machine (a
# shared line whose folder is not here); nothing, status 1, when it can
kbp_line_absent() {
	o=$(kbp_line_field "${1%%:*}" origin) || return 1
	case $o in
	shared:*)
		[ ! -d "$(kbp_shared_kernels)/${o#shared:}" ] || return 1
		echo "the $1 kernel (${o#shared:}) is not on this machine: no folder $(kbp_shared_kernels)/${o#shared:} (set KBP_SHARED_KERNELS)"
		;;
	*) return 1 ;;
	esac
}

# kbp_known_line LINE[:FLAVOUR]: die unless LINE is a row of lib/kernel-lines
kbp_known_line() {
	kbp_line_field "${1%%:*}" origin >/dev/null ||
		die "unknown kernel line '${1%%:*}' — say $(kbp_lines_text) (lib/kernel-lines)"
}

# kbp_matrix [CHECK]: "SOURCE HOST CHECKS..." rows of lib/check-matrix,
# only those with CHECK when given.  The checks "runtime", "stress" and
# "intel" are not written on rows: the table's rules (its "rule" rows) add them to the
# rows they pick; "every-runtime" marks each pair make check-all runs
kbp_matrix() {
	kbp_table check-matrix | awk -v c="${1:-}" "$kbp_matrix_rules"'
		END {
			if (bad) exit 2
			for (i = 1; i <= n; i++) {
				r = row[i] derived(i)
				keep = (c == "")
				nf = split(r, f, " ")
				for (j = 3; j <= nf; j++) if (f[j] == c) keep = 1
				if (keep) print r
			}
		}'
}

# the awk that reads the rows and rules of lib/check-matrix (its Perl twin:
# KvmBackport::Lines::matrix): a host LINE:FLAVOUR and a row marked
# no-runtime never run in QEMU; "newer" compares versions field by field
# shellcheck disable=SC2016 # awk's $1, not the shell's
kbp_matrix_rules='
	function newer(a, b,   x, y, i) {
		split(a, x, "."); split(b, y, ".")
		for (i = 1; i in x || i in y; i++)
			if (x[i] + 0 != y[i] + 0) return x[i] + 0 > y[i] + 0
		return 0
	}
	function runs(i) { return host[i] !~ /:/ && row[i] !~ / no-runtime( |$)/ }
	function picks(r, i) {
		if (r == "newest-source-per-host") return runs(i) && best[host[i]] == i
		if (r == "newest-source-oldest-host") return runs(i) && oldest == i
		return runs(i)
	}
	function derived(i,   k, s) {
		s = ""
		for (k = 1; k <= nk; k++) if (picks(rule[kind[k]], i)) s = s " " kind[k]
		return s (runs(i) ? " every-runtime" : "")
	}
	$1 == "rule" {
		if ($2 !~ /^(runtime|stress|intel)$/ || NF != 3 ||
		    $3 !~ /^(newest-source-per-host|newest-source-oldest-host|every-pair)$/) {
			printf "lib/check-matrix: unknown rule \"%s\": say rule runtime|stress|intel" \
				" newest-source-per-host|newest-source-oldest-host|every-pair\n", $0 > "/dev/stderr"
			bad = 1
			exit 2
		}
		if (!($2 in rule)) kind[++nk] = $2
		rule[$2] = $3
		next
	}
	{ row[++n] = $0; src[n] = $1; host[n] = $2 }
	runs(n) && (!(host[n] in best) || newer(src[n], src[best[host[n]]])) { best[host[n]] = n }
	runs(n) && (top == "" || newer(src[n], top)) { top = src[n] }
	END {
		if (bad) exit 2
		for (i = 1; i <= n; i++)
			if (runs(i) && src[i] == top && (!oldest || newer(host[oldest], host[i]))) oldest = i
	}
'

# --- Debian's archive, through a private apt configuration ----------------------
# kbp_apt_uris: "URI SUITE" for each deb source of the system's apt
# configuration (one-line and deb822 formats)
kbp_apt_uris() {
	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
		[ -r "$f" ] || continue
		sed -n 's/^[[:space:]]*deb[[:space:]]\{1,\}\(\[[^]]*\][[:space:]]\{1,\}\)\{0,1\}\([^[:space:]]*\)[[:space:]]\{1,\}\([^[:space:]]*\).*/\2 \3/p' "$f"
	done
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -r "$f" ] || continue
		awk '
		function flush() {
			if (uris != "" && types ~ /(^|[ \t])deb([ \t]|$)/) {
				n = split(uris, u, /[ \t]+/)
				m = split(suites, s, /[ \t]+/)
				for (i = 1; i <= n; i++)
					for (j = 1; j <= m; j++)
						if (u[i] != "" && s[j] != "") print u[i], s[j]
			}
			uris = ""; suites = ""; types = ""
		}
		/^[ \t]*$/ { flush(); next }
		/^[ \t]*#/ { next }
		tolower($1) == "uris:" { sub(/^[^:]*:[ \t]*/, ""); uris = $0 }
		tolower($1) == "suites:" { sub(/^[^:]*:[ \t]*/, ""); suites = $0 }
		tolower($1) == "types:" { sub(/^[^:]*:[ \t]*/, ""); types = $0 }
		END { flush() }' "$f"
	done
}

# kbp_archive_uri main|security: the archive the system takes Debian's main
# suites from (or, with "security", its *-security suites from)
kbp_archive_uri() {
	kbp_apt_uris | awk -v sec="$([ "$1" = security ] && echo 1)" '
		sec != "" && $2 ~ /-security$/ { print $1; exit }
		sec == "" && $2 !~ /-(security|updates|backports|proposed-updates)$/ { print $1; exit }'
}

# kbp_apt_opts DIR: the options of the private apt configuration in DIR
kbp_apt_opts() {
	printf '%s\n' \
		"-o" "Dir::Etc::sourcelist=$1/sources.list" \
		"-o" "Dir::Etc::sourceparts=-" \
		"-o" "Dir::State::Lists=$1/lists" \
		"-o" "Dir::State::status=$1/status" \
		"-o" "Dir::Cache=$1" \
		"-o" "Dir::Cache::archives=$1/archives" \
		"-o" "Dir::Cache::pkgcache=$1/pkgcache.bin" \
		"-o" "Dir::Cache::srcpkgcache=$1/srcpkgcache.bin" \
		"-o" "APT::Sandbox::User=root" \
		"-o" "Debug::NoLocking=1"
}

# kbp_run_apt DIR TOOL ARGS...: apt-get/apt-cache with DIR's configuration
kbp_run_apt() {
	_dir=$1 _tool=$2
	shift 2
	_ifs=$IFS
	IFS='
'
	# shellcheck disable=SC2046 # one option a line
	set -- $(kbp_apt_opts "$_dir") "$@"
	IFS=$_ifs
	"$_tool" "$@"
}

# kbp_apt_lists DIR SOURCES-LINES: (re)read DIR's package lists when its
# sources changed, when older than 12 hours, or when $refresh is set;
# status 1 when nothing could be read (DIR/update.log says why)
kbp_apt_lists() {
	mkdir -p "$1/lists/partial" "$1/archives/partial"
	[ -f "$1/status" ] || : > "$1/status"
	# a name of this process' own: two runs for the same line at once
	# (two guests of make check) must not take each other's file
	printf '%s\n' "$2" > "$1/sources.list.new.$$"
	if ! cmp -s "$1/sources.list.new.$$" "$1/sources.list" 2>/dev/null; then
		mv "$1/sources.list.new.$$" "$1/sources.list"
		rm -f "$1/updated"
	else
		rm -f "$1/sources.list.new.$$"
	fi
	if [ -n "${refresh:-}" ] || [ ! -f "$1/updated" ] || [ -n "$(find "$1/updated" -mmin +720 2>/dev/null)" ]; then
		note "reading package lists ($(awk '{ print $3 }' "$1/sources.list" | tr '\n' ' '))"
		if kbp_run_apt "$1" apt-get -q update > "$1/update.log" 2>&1 &&
			ls "$1"/lists/*_Packages* >/dev/null 2>&1; then
			touch "$1/updated"
		elif ls "$1"/lists/*_Packages* >/dev/null 2>&1; then
			note "warning: apt-get update failed for some suites (see $1/update.log); using what was read"
			touch "$1/updated"
		else
			return 1
		fi
	fi
}
