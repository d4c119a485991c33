#!/usr/sbin/dtrace -qs
/*
 * execs.d: successful exec()s per zone.
 *
 * Measures: the number of processes that successfully exec'd a new image,
 *   per zone (fork-and-exec churn: cron storms, CGI, shell loops).
 * Attribution: proc:::exec-success fires in the context of the process that
 *   exec'd, so zonename is that process's zone.
 * Probes: proc:::exec-success (stable proc provider), dtrace:::BEGIN,
 *   profile:::tick-1sec.
 * Probe effect: one probe per exec (rarely above 10^3/s), one count().
 * Output: every $1 seconds, "@@T <walltime s>", "@@A execs" and a
 *   default-format printa(), "@@E"; then trunc().
 * Arguments: $1 = interval in seconds.
 * Based on: Dynamic Tracing Guide, "proc Provider" chapter (exec-success);
 *   the DTraceToolkit's execsnoop (zone-aware with -Z), here aggregated
 *   instead of printed per event. Written from their descriptions; no code
 *   copied.
 */

#pragma D option quiet
#pragma D option bufsize=64k
#pragma D option aggsize=256k
#pragma D option dynvarsize=64k
#pragma D option aggrate=1hz
#pragma D option switchrate=1hz
#pragma D option strsize=64

inline int INTERVAL = $1;

dtrace:::BEGIN
{
	secs = INTERVAL;
}

proc:::exec-success
{
	@execs[zonename] = count();
}

profile:::tick-1sec
{
	secs--;
}

profile:::tick-1sec
/secs <= 0/
{
	printf("@@T %d\n", walltimestamp / 1000000000);
	printf("@@A execs\n");
	printa(@execs);
	printf("@@E\n");
	trunc(@execs);
	secs = INTERVAL;
}
