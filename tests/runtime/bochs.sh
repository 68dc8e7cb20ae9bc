# shellcheck shell=sh disable=SC2154 # the caller sets work, root, rt, only, quick, chain_*, vmm_args, st
# tests/runtime/bochs.sh: the Bochs engine of scripts/check-runtime
# (--engine bochs): the host kernel boots in Bochs, which emulates Intel VMX
# (with EPT, VPID and unrestricted guest), so kvm-intel runs guests there.
# The plan, the guest's /init, the watchdog, the resume and the verdict are
# harness.sh's; this file holds what differs: the Intel plan (build_plan_intel)
# and how the guest boots (bochs_start: an isolinux ISO, a bochsrc, the
# serial console into a file).  Sourced by check-runtime after harness.sh.
#
# Bochs is an interpreter: its guest clock follows the instructions it
# emulates (clock: sync=none), not the wall clock, so the guest's timeouts
# are in guest seconds and the host's watchdog allows $watchdog_scale wall
# seconds for each.

# the engine's knobs (environment): KBP_BOCHS_IPS, KBP_BOCHS_MEGS,
# KBP_BOCHS_CPU, KBP_BOCHS_CMDLINE (added to the kernel command line)
bochs_ips=${KBP_BOCHS_IPS:-100000000}
bochs_megs=${KBP_BOCHS_MEGS:-1024}
bochs_cpu=${KBP_BOCHS_CPU:-broadwell_ult}
bochs_share=/usr/share/bochs
bochs_isolinux=/usr/lib/ISOLINUX/isolinux.bin
bochs_ldlinux=/usr/lib/syslinux/modules/bios/ldlinux.c32

bochs_check_tools() {
	need_tool bochs-bin bochs
	need_tool genisoimage genisoimage
	[ -f "$bochs_share/BIOS-bochs-latest" ] || die "no Bochs BIOS — install it: apt-get install bochsbios"
	[ -f /usr/share/vgabios/vgabios.bin ] || die "no VGA BIOS — install it: apt-get install vgabios"
	[ -f "$bochs_isolinux" ] || die "no isolinux.bin — install it: apt-get install isolinux"
	[ -f "$bochs_ldlinux" ] || die "no ldlinux.c32 — install it: apt-get install syslinux-common"
	find /usr/lib -name 'libbx_rfb_gui.so*' 2>/dev/null | grep -q . ||
		die "no Bochs rfb display — install it: apt-get install bochs"
}

# build_plan_intel: the whole run on kvm-intel, from the module chains
# (chain_kvm, chain_intel), extra_names, vmm_args, the wanted tests ($work/tests-main,
# $work/tests-npt0: the ept0/ pass), the selftests ($st) and the initramfs
# root ($root)
build_plan_intel() {
	plan_init
	bochs_cap_timeouts "$work/tests-main"
	bochs_cap_timeouts "$work/tests-npt0"
	step boot 60 s "" "true"
	step load/kvm 60 s "" "k_load $chain_kvm"
	step load/kvm-intel 60 s "" "k_load $chain_intel && k_param kvm_intel ept Y && k_param kvm_intel vpid Y && k_param kvm_intel unrestricted_guest Y && k_devkvm"
	for n in $extra_names; do
		step "load/extra/$n" 30 s "" "k_load /mod/$n.ko"
	done
	selected vmm && step vmm 60 "" "" "k_vmm $vmm_args"
	[ -z "$st" ] || add_selftests "" "$work/tests-main" "$st" "$root"
	mode_pass ept0/ kvm-intel "k_unload kvm_intel && k_load $chain_intel ept=0 && k_param kvm_intel ept N && k_param kvm_intel vpid Y && k_devkvm"
	reload_steps 3 "k_unload kvm_intel kvm && k_load $chain_intel && k_param kvm_intel ept Y && k_devkvm && k_vmm $vmm_args"
	return 0
}

# bochs_slim_root: a smaller initramfs, as every byte of it passes through
# Bochs' emulated BIOS and the guest's unpacking: the modules under test
# without their debug information (the kit's carry it: 37 MB of 41), and
# without the kernel's own KVM modules, which only the QEMU plan's swap steps
# use
bochs_slim_root() {
	for m in "$root"/mod/*.ko; do
		strip --strip-debug "$m" 2>/dev/null || true
	done
	rm -rf "$root/distro"
}

# bochs_cap_timeouts FILE: no selftest (want_tests' output) gets more than
# KBP_BOCHS_TEST_TIMEOUT guest seconds (30; they take a second or less under
# Bochs, and a guest that stalls is caught by the host's watchdog only, after
# the timeout times KBP_BOCHS_SCALE wall seconds)
bochs_cap_timeouts() {
	[ -f "$1" ] || return 0
	awk -F "$us" -v OFS="$us" -v cap="${KBP_BOCHS_TEST_TIMEOUT:-30}" '$6 > cap { $6 = cap } { print }' "$1" > "$1.capped" &&
		mv "$1.capped" "$1"
}

# bochs_iso VMLINUZ INITRD CMDLINE ISO: a bootable ISO (isolinux) holding the
# kernel and the initramfs
bochs_iso() {
	d=$work/iso
	rm -rf "$d"
	mkdir -p "$d/isolinux"
	cp "$bochs_isolinux" "$bochs_ldlinux" "$d/isolinux/"
	ln "$1" "$d/vmlinuz" 2>/dev/null || cp "$1" "$d/vmlinuz"
	ln "$2" "$d/initrd" 2>/dev/null || cp "$2" "$d/initrd"
	cat > "$d/isolinux/isolinux.cfg" <<EOT
DEFAULT linux
PROMPT 0
TIMEOUT 0
LABEL linux
  KERNEL /vmlinuz
  APPEND initrd=/initrd $3
EOT
	genisoimage -quiet -J -R -o "$4" -b isolinux/isolinux.bin -c isolinux/boot.cat \
		-no-emul-boot -boot-load-size 4 -boot-info-table "$d" 2>"$work/iso.log" ||
		die "cannot make the boot ISO — see $work/iso.log"
	rm -rf "$d"
}

# bochs_rc ISO SERIAL: the bochsrc
bochs_rc() {
	cat <<EOT
megs: $bochs_megs
cpu: model=$bochs_cpu, count=1, ips=$bochs_ips, reset_on_triple_fault=0
clock: sync=none, time0=local
romimage: file=$bochs_share/BIOS-bochs-latest
vgaromimage: file=/usr/share/vgabios/vgabios.bin
ata0-master: type=cdrom, path=$1, status=inserted
boot: cdrom
com1: enabled=1, mode=file, dev=$2
display_library: rfb, options="timeout=0"
log: $work/bochs.log
panic: action=fatal
error: action=report
info: action=report
debug: action=ignore
EOT
}

# bochs_errors: what Bochs said when the guest never started: its own output
# (a bochsrc it refused) and the panics of its log (">>PANIC<<" lines)
bochs_errors() {
	[ ! -f "$work/bochs.out" ] || tail -n 20 "$work/bochs.out"
	[ ! -f "$work/bochs.log" ] || grep -a 'PANIC' "$work/bochs.log" | tail -n 20
}

# bochs_start VMLINUZ INITRD LOG FROM OMIT: boot the guest in Bochs, in the
# background, its serial console into LOG; qpid is the process to watch (a
# session of its own).  The display is rfb (a VNC server that waits for no
# client): the term display wants a terminal, and under script(1) Bochs
# blocked writing to it within minutes.  The guest powers off or panics:
# either ends Bochs, which would otherwise reset into the BIOS.
# clearcpuid=ht: with Bochs' CPUID (HT set, leaf 1's count of logical
# processors below leaf 4's cores), 6.12's legacy topology parser warns at
# boot (its WARN_ON_ONCE(ebx1_nproc_shift < core_shift): "WARNING: ... at
# arch/x86/kernel/cpu/topology_common.c:57 parse_legacy"; 7.2's at line 92),
# which fails the boot step before any KVM module loads; with HT cleared the
# parser skips that check.  Measured on 6.12 (2026-12-07): the warning with
# broadwell_ult, tigerlake and corei7_icelake_u; with clearcpuid=ht, none (on
# 7.2 too)
bochs_start() {
	cmdline="console=ttyS0,115200 panic=-1 mitigations=off tsc=reliable clocksource=tsc no_timer_check loglevel=4 nokaslr clearcpuid=ht ${KBP_BOCHS_CMDLINE:-}kbp.from=$4 kbp.omit=$5"
	bochs_iso "$1" "$2" "$cmdline" "$work/boot.iso"
	bochs_rc "$work/boot.iso" "$3" > "$work/bochsrc"
	printf 'continue\nquit\n' > "$work/bochs.rc"
	: > "$3"
	# shellcheck disable=SC2016 # the inner shell expands them
	setsid sh -c '
		log=$1 work=$2
		bochs-bin -q -f "$work/bochsrc" -rc "$work/bochs.rc" < /dev/null > "$work/bochs.out" 2>&1 &
		b=$!
		stop() {
			trap - TERM INT HUP
			kill "$b" 2>/dev/null
			sleep 1
			kill -KILL "$b" 2>/dev/null
			kill -- -$$ 2>/dev/null
		}
		trap stop TERM INT HUP
		t0=$(date +%s) n=0
		while kill -0 "$b" 2>/dev/null; do
			sleep 2
			# the wall time at which each marker appeared (to 2 s), and
			# the CPU time of Bochs then (the machine may be shared)
			# (whole lines only: Bochs writes the console a byte at a time)
			sed "\$d" "$log" | grep -a -o -E "@@KBP:(READY|END [0-9]+ [^ ]+)" | tail -n +$((n + 1)) > "$work/wall.new"
			while read -r m; do
				n=$((n + 1))
				echo "$(($(date +%s) - t0)) $(ps -o times= -p "$b" | tr -d " ") $m" >> "$work/wall"
			done < "$work/wall.new"
			if grep -aqE "reboot: (Power down|Restarting system)|Kernel panic - not syncing|@@KBP:DONE" "$log"; then
				sleep 2
				stop
			fi
		done
		stop' bochs-run "$3" "$work" &
	# shellcheck disable=SC2034 # run_guest watches it
	qpid=$!
}

# bochs_wall: what each part of the run took in wall seconds (to 2 s, from
# the times at which the markers appeared): the boot to /init, then every
# step, longest first
bochs_wall() {
	[ -s "$work/wall" ] || return 0
	awk '$3 == "@@KBP:READY" { printf "%s: boot to /init in Bochs: %d s wall, %d s of its CPU\n", me, $1, $2; t = $1; next }
		{ printf "%d %s\n", $1 - t, $5; t = $1 }' me="$me" "$work/wall" > "$work/wall.steps"
	grep -v '^[0-9]' "$work/wall.steps"
	echo "$me: wall seconds per step (longest first):"
	grep '^[0-9]' "$work/wall.steps" | sort -rn | head -n 15 | awk '{ printf "  %5d s  %s\n", $1, $2 }'
}
