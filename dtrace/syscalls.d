#!/usr/sbin/dtrace -qs
/*
 * syscalls.d: system calls per zone, and per name for an allowlist.
 *
 * Measures: the number of system calls made by each zone (all of them), and
 *   per (zone, syscall) only for the names in the allowlist, so cardinality
 *   stays bounded by zones x allowlist.
 * Attribution: system calls run in the calling thread, so zonename is right.
 * Probes: syscall:::entry (stable syscall provider, every syscall),
 *   dtrace:::BEGIN, profile:::tick-1sec.
 * Probe effect: every system call on the host fires one probe that runs two
 *   clauses: one count() into @syscalls[zonename] and one lookup of probefunc
 *   in the small global array allow[] (16 entries at most). No output per
 *   event. This is the costliest script here; keep it disabled where syscall
 *   rates per host reach 10^6/s.
 * Allowlist: macro arguments $$2..$$17 (string literals, never D code); the
 *   agent passes the configured names, validated against [a-z0-9_]+ and a
 *   list of illumos syscall names, and "" in unused slots.
 * Output: every $1 seconds, "@@T <walltime s>", then "@@A <name>" and a
 *   default-format printa() per aggregation, "@@E"; then trunc().
 * Arguments: $1 = interval in seconds, $$2..$$17 = allowlisted names.
 * Based on: Dynamic Tracing Guide, "syscall Provider" chapter and the
 *   "Aggregations" chapter (count() keyed by zonename/probefunc); Brendan
 *   Gregg's dtrace-cloud-tools system/zonecalls.d (syscalls by zone) and the
 *   DTraceToolkit's syscallbyzone.d. Written from their descriptions; no
 *   code copied.
 */

#pragma D option quiet
#pragma D option bufsize=64k
#pragma D option aggsize=2m
#pragma D option dynvarsize=64k
#pragma D option aggrate=1hz
#pragma D option switchrate=1hz
#pragma D option strsize=64

inline int INTERVAL = $1;

dtrace:::BEGIN
{
	secs = INTERVAL;
	allow[$$2] = 1;
	allow[$$3] = 1;
	allow[$$4] = 1;
	allow[$$5] = 1;
	allow[$$6] = 1;
	allow[$$7] = 1;
	allow[$$8] = 1;
	allow[$$9] = 1;
	allow[$$10] = 1;
	allow[$$11] = 1;
	allow[$$12] = 1;
	allow[$$13] = 1;
	allow[$$14] = 1;
	allow[$$15] = 1;
	allow[$$16] = 1;
	allow[$$17] = 1;
}

syscall:::entry
{
	@syscalls[zonename] = count();
}

syscall:::entry
/allow[probefunc]/
{
	@syscalls_by_name[zonename, probefunc] = count();
}

profile:::tick-1sec
{
	secs--;
}

profile:::tick-1sec
/secs <= 0/
{
	printf("@@T %d\n", walltimestamp / 1000000000);
	printf("@@A syscalls\n");
	printa(@syscalls);
	printf("@@A syscalls_by_name\n");
	printa(@syscalls_by_name);
	printf("@@E\n");
	trunc(@syscalls);
	trunc(@syscalls_by_name);
	secs = INTERVAL;
}
