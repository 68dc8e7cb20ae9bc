# results.awk: every result line of the runtime harness is printed here.
#
#   awk -v meta=FILE -v done=FILE -v results=FILE -v pattern=ERE \
#       [-v engine=NAME] -f results.awk LOG
#   awk -v summary=1 -f results.awk RESULTS
#
# The first form reads the guest's console log (markers of tests/runtime/
# guest-init, and those the host adds: "@@HOST:STOPPED N ID hung|nostart"
# when the guest stopped during step N, "@@HOST:NOTRUN N ID" for a step
# never run) and prints one result line per finished step.  The second
# reads the results file the first appended to and prints the counts.
#
# meta     the host's plan, in plan order: ID <tab> TIMEOUT <tab> XFAIL-REASON
#          <tab> XFAIL-MATCH (an ERE that the output of an expected failure
#          must match; else the failure is not the expected one: FAIL) <tab>
#          "may" when a pass is no XPASS (a failure that is not always seen),
#          "hang" when a pass is PASS, a kill at the timeout right after the
#          match XFAIL, and any other failure FAIL, "stall" when a pass is
#          PASS, a failure, timeout or hang after an RCU stall report of the
#          guest kernel (and no other bad kernel log line, no "vmm: FAIL")
#          XFAIL, and any other failure FAIL (see "Host stalls" below)
# done     step numbers already reported (one a line; may be missing)
# results  where "STATUS N ID" is appended for each step reported now
# pattern  the kernel log lines that make a step FAIL
# engine   the emulator the guest ran in, for messages (QEMU, Bochs;
#          default QEMU)
#
# A step whose kernel log has a line matching the pattern is FAIL, whatever
# its status; else a step killed at its timeout is TIMEOUT (XFAIL for a
# "hang" step whose match: matches the last line it printed: it hung right
# where it is known to), status 0 is PASS
# (XPASS if an expected failure), 4 is SKIP, anything else FAIL (XFAIL if
# expected).  Lines may end in CR and markers may follow other text on a line
# (the kernel can write to the console at any time).
#
# Host stalls: the guest kernel's RCU stall report ("rcu: INFO: rcu_preempt
# detected stalls on CPUs/tasks", "... self-detected stall on CPU") dumps
# the stalled CPUs' stacks, each a "Call Trace:" line.  Those lines are the
# report's, not findings of their own: a step with them FAILs ("a CPU
# stall"), unless it is a "stall" step (the fuzzer's: a CPU of the guest
# got no timer tick while a vCPU ran, with Debian's own modules as well),
# which is then XFAIL; any other bad line still FAILs it.
BEGIN {
	stall_re = "rcu: INFO: rcu_[a-z]+ (self-)?detected (expedited )?stalls?"
	if (!summary)
		read_plan()
}

function read_plan(   line, f) {
	n = 0
	while ((getline line < meta) > 0) {
		n++
		split(line, f, "\t")
		timeout[n] = f[2] + 0
		xfail[n] = f[3]
		xmatch[n] = f[4]
		may[n] = f[5]
	}
	close(meta)
	while ((getline line < done) > 0)
		reported[line + 0] = 1
	close(done)
	cur = 0
}

function after(marker,   i) {
	i = index($0, marker)
	return substr($0, i + length(marker))
}

function field(s, key,   i, rest) {
	i = index(s, " " key "=")
	if (!i)
		return ""
	rest = substr(s, i + length(key) + 2)
	sub(/ .*/, "", rest)
	return rest
}

function report(num, id, rc, cs, gbad, tmo, forced, fwhy,   st, why, i, to, first) {
	to = timeout[num]
	why = ""
	if (may[num] == "stall" && stalled && nbad == 0 && gbad <= sbad && !vmmfail &&
	    (forced == "" || forced == "TIMEOUT")) {
		st = "XFAIL"
		why = (forced != "" ? "the guest hung after " : tmo ? "killed at " to " s after " : "") \
		      "an RCU stall of its kernel: " xfail[num]
	} else if (forced != "") {
		st = forced
		why = fwhy
	} else if (nbad > 0 || gbad > 0 || sbad > 0) {
		st = "FAIL"
		why = "kernel log: " (nbad > 0 ? bad[1] : gbad > sbad ? gbad " bad lines, see the log" : \
		      "a CPU stall (RCU stall report)")
	} else if (rc == 0) {
		st = xfail[num] != "" && may[num] == "" ? "XPASS" : "PASS"
		if (st == "XPASS")
			why = "expected to fail: " xfail[num]
	} else if (rc == 4) {
		st = "SKIP"
		why = skipmsg
		sub(/^(1\.\.0 # )?SKIP:? *(- *)?/, "", why)
	} else if (tmo && may[num] == "hang" && lastmatched) {
		# killed at its timeout right where it is known to hang
		st = "XFAIL"
		why = "killed after " to " s where it may hang: " xfail[num]
	} else if (tmo) {
		st = "TIMEOUT"
		why = "killed after " to " s"
	} else if (may[num] == "hang" || may[num] == "stall") {
		st = "FAIL"
		why = "exit status " rc
	} else if (xfail[num] != "" && (xmatch[num] == "" || matched)) {
		st = "XFAIL"
		why = xfail[num]
	} else if (xfail[num] != "") {
		st = "FAIL"
		why = "exit status " rc ", not the expected failure: no output matches /" xmatch[num] "/"
	} else {
		st = "FAIL"
		why = "exit status " rc
	}
	printf "%-7s %-46s %6s%s\n", st, id, cs == "" ? "-" : sprintf("%.1fs", cs / 100), why != "" ? "  (" why ")" : ""
	if (st == "FAIL" || st == "TIMEOUT") {
		first = nout > 8 ? nout - 7 : 1
		for (i = first; i <= nout; i++)
			printf "        | %s\n", out[i % 8]
		for (i = 1; i <= nbad && i <= 25; i++)
			printf "        ! %s\n", bad[i]
	}
	print st, num, id >> results
	fflush(results)
}

summary {
	if ($1 == "PASS") np++
	if ($1 == "FAIL" || $1 == "TIMEOUT" || $1 == "XPASS") nf++
	if ($1 == "TIMEOUT") nt++
	if ($1 == "XPASS") nxp++
	if ($1 == "SKIP") ns++
	if ($1 == "XFAIL") nxf++
	next
}

END {
	if (!summary)
		exit 0
	if (nt + nxp)
		printf "(failed includes %d timeouts, %d unexpected passes)\n", nt, nxp
	printf "%d passed, %d failed, %d skipped, %d expected failures\n", np, nf, ns, nxf
	exit nf > 0
}

{
	gsub(/\r/, "")
}

# the host's own markers: a step the guest stopped in, a step never run
index($0, "@@HOST:STOPPED ") {
	split(after("@@HOST:STOPPED "), f, " ")
	num = f[1] + 0
	if (!(num in reported)) {
		if (f[3] == "hung")
			report(num, f[2], 0, "", 0, 0, "TIMEOUT", "the guest hung; " (engine == "" ? "QEMU" : engine) " killed")
		else if (f[3] == "nostart")
			report(num, f[2], 0, "", 0, 0, "FAIL", "the guest did not start the tests; see the log")
		else
			report(num, f[2], 0, "", 0, 0, "FAIL", "the guest stopped during this step; see the log")
	}
	reported[num] = 1
	cur = 0
	next
}

index($0, "@@HOST:NOTRUN ") {
	split(after("@@HOST:NOTRUN "), f, " ")
	num = f[1] + 0
	if (!(num in reported))
		report(num, f[2], 0, "", 0, 0, "SKIP", "not run: the guest stopped")
	reported[num] = 1
	next
}

index($0, "@@KBP:BEGIN ") {
	split(after("@@KBP:BEGIN "), f, " ")
	cur = f[1] + 0
	nout = 0
	nbad = 0
	sbad = 0
	stalled = 0
	kstalled = 0
	vmmfail = 0
	skipmsg = ""
	matched = 0
	lastmatched = 0
	next
}

index($0, "@@KBP:KLOG ") {
	line = after("@@KBP:KLOG ")
	if (line ~ stall_re)
		stalled = kstalled = 1
	if (cur && pattern != "" && line ~ pattern) {
		# a stack of the stall report (after its first line in the log)
		if (kstalled && line ~ /Call Trace:[ \t]*$/)
			sbad++
		else
			bad[++nbad] = line
	}
	next
}

index($0, "@@KBP:END ") {
	s = after("@@KBP:END ")
	split(s, f, " ")
	num = f[1] + 0
	if (!(num in reported))
		report(num, f[2], field(s, "rc") + 0, field(s, "cs") + 0,
		       field(s, "bad") + 0, field(s, "timeout") + 0, "", "")
	reported[num] = 1
	cur = 0
	next
}

index($0, "@@KBP:") {
	next
}

cur {
	nout++
	out[nout % 8] = $0
	if ($0 ~ stall_re)
		stalled = 1
	if ($0 ~ /^vmm: FAIL/)
		vmmfail = 1
	if ($0 ~ /SKIP|[Ss]kipping|skipped/)
		skipmsg = substr($0, 1, 120)
	if (xmatch[cur] != "" && $0 ~ xmatch[cur])
		matched = 1
	# the last line the test printed (not the shell's "Killed")
	if ($0 !~ /^Killed\r?$/)
		lastmatched = xmatch[cur] != "" && $0 ~ xmatch[cur]
}
