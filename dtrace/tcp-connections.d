#!/usr/sbin/dtrace -qs
/*
 * tcp-connections.d: TCP connections established per zone, by direction.
 *
 * Measures: connections accepted (passive open completed,
 *   tcp:::accept-established, direction "inbound") and initiated (active
 *   open completed, tcp:::connect-established, direction "outbound"), per
 *   zone id.
 * Attribution: these probes fire in kernel context (interrupt or squeue
 *   threads), where zonename reads "global". The connection's zone is
 *   args[1]->cs_zoneid (csinfo_t), printed as a zone id; the agent maps it to
 *   the zone's UUID with its current inventory when the interval arrives.
 * Probes: tcp:::accept-established, tcp:::connect-established (stable tcp
 *   provider), dtrace:::BEGIN, profile:::tick-1sec.
 * Probe effect: one probe per established connection, one count().
 * Output: every $1 seconds, "@@T <walltime s>", "@@A tcp" and a
 *   default-format printa() (keys: zone id as %8d, direction as %-50s),
 *   "@@E"; then trunc().
 * Arguments: $1 = interval in seconds.
 * Based on: the tcp provider documentation (illumos Dynamic Tracing Guide,
 *   "tcp Provider": accept-established/connect-established, csinfo_t with
 *   cs_zoneid); Brendan Gregg's tcpaccept/tcpconnect one-liners. Written
 *   from their descriptions; no code copied.
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

tcp:::accept-established
{
	@tcp[args[1]->cs_zoneid, "inbound"] = count();
}

tcp:::connect-established
{
	@tcp[args[1]->cs_zoneid, "outbound"] = count();
}

profile:::tick-1sec
{
	secs--;
}

profile:::tick-1sec
/secs <= 0/
{
	printf("@@T %d\n", walltimestamp / 1000000000);
	printf("@@A tcp\n");
	printa(@tcp);
	printf("@@E\n");
	trunc(@tcp);
	secs = INTERVAL;
}
