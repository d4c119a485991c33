#!/usr/sbin/dtrace -qs
/*
 * runq-latency.d: run-queue latency per zone, the noisy-neighbour signal.
 *
 * Measures: for every thread made runnable, the time from sched:::enqueue
 *   (put on a dispatcher queue) to sched:::on-cpu (it starts running), in
 *   nanoseconds, aggregated per zone as llquantize(ns, 10, 3, 9, 10)
 *   (1 us .. 10 s, 9 linear steps per decade), plus sum() and count().
 * Attribution: at enqueue the running thread is the one doing the enqueue,
 *   so the timestamp is keyed by the enqueued thread (args[0]->pr_addr, the
 *   kthread address in its lwpsinfo_t); at on-cpu the running thread is that
 *   thread, so curlwpsinfo->pr_addr finds the timestamp and zonename is the
 *   zone the waiting work belongs to.
 * Probes: sched:::enqueue, sched:::on-cpu (stable sched provider),
 *   dtrace:::BEGIN, profile:::tick-1sec.
 * Probe effect: two probes per context switch (order 10^4..10^5/s on a busy
 *   host); one dynamic variable per runnable thread (freed at on-cpu), one
 *   aggregation update per on-cpu. No per-event output.
 * Output: every $1 seconds (countdown on tick-1sec) a block framed by
 *   "@@T <walltime s>" and "@@E", each aggregation after an "@@A <name>" line,
 *   printed with the default printa() format, then trunc()ed, so every block
 *   holds that interval only.
 * Arguments: $1 = interval in seconds.
 * Based on: Dynamic Tracing Guide, "sched Provider" chapter (enqueue/on-cpu
 *   wait-time examples and the lwpsinfo_t arguments); Brendan Gregg's
 *   dtrace-cloud-tools system/zonedisplat.d (run-queue latency by zone, which
 *   takes the zone from the enqueued process rather than the running thread).
 *   Written from their descriptions; no code copied.
 */

#pragma D option quiet
#pragma D option bufsize=64k
#pragma D option aggsize=2m
#pragma D option dynvarsize=4m
#pragma D option aggrate=1hz
#pragma D option switchrate=1hz
#pragma D option strsize=64

inline int INTERVAL = $1;

dtrace:::BEGIN
{
	secs = INTERVAL;
}

sched:::enqueue
{
	runq_ts[args[0]->pr_addr] = timestamp;
}

sched:::on-cpu
/runq_ts[curlwpsinfo->pr_addr] != 0/
{
	this->ns = timestamp - runq_ts[curlwpsinfo->pr_addr];
	@runq[zonename] = llquantize(this->ns, 10, 3, 9, 10);
	@runq_sum[zonename] = sum(this->ns);
	@runq_count[zonename] = count();
	runq_ts[curlwpsinfo->pr_addr] = 0;
}

profile:::tick-1sec
{
	secs--;
}

profile:::tick-1sec
/secs <= 0/
{
	printf("@@T %d\n", walltimestamp / 1000000000);
	printf("@@A runq\n");
	printa(@runq);
	printf("@@A runq_sum\n");
	printa(@runq_sum);
	printf("@@A runq_count\n");
	printa(@runq_count);
	printf("@@E\n");
	trunc(@runq);
	trunc(@runq_sum);
	trunc(@runq_count);
	secs = INTERVAL;
}
