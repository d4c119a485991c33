#!/usr/sbin/dtrace -qs
/*
 * fs-latency.d: file system read/write latency per zone, above ZFS.
 *
 * Measures: the time from entry to return of the read and write family of
 *   system calls (read, readv, pread, pread64; write, writev, pwrite,
 *   pwrite64) on file descriptors whose file system is ZFS
 *   (fds[arg0].fi_fs == "zfs"), in nanoseconds, per zone and operation
 *   ("read" or "write") as llquantize(ns, 10, 3, 9, 10) (1 us .. 10 s),
 *   plus sum() and count(). This is the latency the zone's applications
 *   see, ARC hits included.
 * Attribution: system calls run in the calling thread, so zonename is the
 *   zone that issued the I/O. (Disk I/O below ZFS runs in global-zone kernel
 *   threads and cannot be attributed there; that is why this measures at the
 *   syscall layer.)
 * Probes: syscall::{read,readv,pread,pread64,write,writev,pwrite,pwrite64}:
 *   {entry,return} (stable syscall provider), dtrace:::BEGIN,
 *   profile:::tick-1sec. fds[] is the documented fileinfo_t array.
 *   preadv/pwritev are left out: older platform images lack them and an
 *   unmatched probe description fails the whole script.
 * Probe effect: 16 probes; every read/write syscall on the host evaluates a
 *   predicate reading fds[arg0].fi_fs (a translator member load, no path
 *   lookup); only ZFS ones set two thread-local variables and update three
 *   aggregations at return.
 * Output: every $1 seconds, "@@T <walltime s>", then "@@A <name>" and a
 *   default-format printa() per aggregation, "@@E"; then trunc().
 * Arguments: $1 = interval in seconds.
 * Based on: Dynamic Tracing Guide, "syscall Provider" chapter (entry/return
 *   timing with thread-local variables) and the fileinfo_t / fds[]
 *   description in the "io Provider" chapter; DTraceToolkit rwtime-style
 *   scripts and dtrace-cloud-tools zfs/zfsslowzone.d (ZFS latency by zone).
 *   Written from their descriptions; no code copied.
 */

#pragma D option quiet
#pragma D option bufsize=64k
#pragma D option aggsize=2m
#pragma D option dynvarsize=2m
#pragma D option aggrate=1hz
#pragma D option switchrate=1hz
#pragma D option strsize=64

inline int INTERVAL = $1;

dtrace:::BEGIN
{
	secs = INTERVAL;
}

syscall::read:entry,
syscall::readv:entry,
syscall::pread:entry,
syscall::pread64:entry
/fds[arg0].fi_fs == "zfs"/
{
	self->fs_ts = timestamp;
	self->fs_write = 0;
}

syscall::write:entry,
syscall::writev:entry,
syscall::pwrite:entry,
syscall::pwrite64:entry
/fds[arg0].fi_fs == "zfs"/
{
	self->fs_ts = timestamp;
	self->fs_write = 1;
}

syscall::read:return,
syscall::readv:return,
syscall::pread:return,
syscall::pread64:return,
syscall::write:return,
syscall::writev:return,
syscall::pwrite:return,
syscall::pwrite64:return
/self->fs_ts != 0/
{
	this->ns = timestamp - self->fs_ts;
	this->op = self->fs_write ? "write" : "read";
	@vfs[zonename, this->op] = llquantize(this->ns, 10, 3, 9, 10);
	@vfs_sum[zonename, this->op] = sum(this->ns);
	@vfs_count[zonename, this->op] = count();
	self->fs_ts = 0;
	self->fs_write = 0;
}

profile:::tick-1sec
{
	secs--;
}

profile:::tick-1sec
/secs <= 0/
{
	printf("@@T %d\n", walltimestamp / 1000000000);
	printf("@@A vfs\n");
	printa(@vfs);
	printf("@@A vfs_sum\n");
	printa(@vfs_sum);
	printf("@@A vfs_count\n");
	printa(@vfs_count);
	printf("@@E\n");
	trunc(@vfs);
	trunc(@vfs_sum);
	trunc(@vfs_count);
	secs = INTERVAL;
}
