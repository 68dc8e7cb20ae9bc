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

# The kit's cache: fetched kernels, build roots, built selftests, logs.
kbp_cache=${KVM_BACKPORT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kvm-backport}

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

# kbp_known_line LINE: die unless LINE is a row of lib/kernel-lines
kbp_known_line() {
	kbp_line_field "$1" origin >/dev/null ||
		die "unknown kernel line '$1' — say $(kbp_lines_text) (lib/kernel-lines)"
}

# kbp_matrix [CHECK]: "SOURCE HOST CHECKS..." rows of lib/check-matrix,
# only those with CHECK when given
kbp_matrix() {
	kbp_table check-matrix | awk -v c="${1:-}" '
		{ keep = (c == ""); for (i = 3; i <= NF; i++) if ($i == c) keep = 1 }
		keep { print }'
}
