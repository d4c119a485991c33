/**
 * Validation of dtrace.syscallAllowlist. The names reach the D compiler only as macro arguments ($$2..$$17, which
 * dtrace substitutes as string literals, never as code), and only from the local config file; still each one must be
 * a plain identifier and a known illumos system call (the syscall provider's probefunc names, from illumos
 * usr/src/uts/common/os/sysent.c), so a typo is an error instead of a silently empty series.
 */

/** slots $$2..$$17 in dtrace/syscalls.d */
export const SYSCALL_ALLOWLIST_SLOTS = 16;

const NAME = /^[a-z0-9_]{1,31}$/;

export const ILLUMOS_SYSCALLS: ReadonlySet<string> = new Set(`
  rexit forkall read write open close wait creat link unlink exec chdir time mknod chmod chown brk stat lseek getpid
  mount umount setuid getuid stime pcsample alarm fstat pause utime stty gtty access nice statfs sync kill fstatfs
  pgrpsys uucopystr dup pipe times profil faccessat plock setgid getgid mknodat msgsys sysi86 acct shmsys semsys
  ioctl uadmin fchownat utssys fdsync execve umask chroot fcntl ulimit renameat unlinkat fstatat fstatat64 openat
  openat64 tasksys acctctl exacctsys getpagesizes rctlsys sidsys fsat lwp_park sendfilev rmdir mkdir getdents
  privsys ucredsys sysfs getmsg putmsg poll lstat symlink readlink setgroups getgroups fchmod fchown sigprocmask
  sigsuspend sigaltstack sigaction sigpending context evsys evtrapret statvfs fstatvfs getloadavg nfssys waitid
  waitsys sigsendsys hrtsys acancel async priocntlsys pathconf mincore mmap mprotect munmap fpathconf vfork fchdir
  readv writev preadv pwritev xstat lxstat fxstat xmknod mmapobj setrlimit getrlimit lchown memcntl getpmsg putpmsg
  rename uname setegid sysconfig adjtime systeminfo sharefs seteuid forksys fork1 sigtimedwait lwp_info yield
  lwp_sema_wait lwp_sema_post lwp_sema_trywait lwp_detach corectl modctl fchroot utimes vhangup gettimeofday
  getitimer setitimer lwp_create lwp_exit lwp_suspend lwp_continue lwp_kill lwp_self lwp_sigmask signotify lwp_wait
  lwp_mutex_wakeup lwp_mutex_lock lwp_cond_wait lwp_cond_signal lwp_cond_broadcast pread pwrite llseek inst_sync
  brand kaio cpc lgrpsys rusagesys portfs pollsys labelsys acl auditsys processor_bind processor_info p_online
  sigqueue clock_gettime clock_settime clock_getres timer_create timer_delete timer_settime timer_gettime
  timer_getoverrun nanosleep facl door setreuid setregid install_utrap signotifywait resolvepath lwp_mutex_timedlock
  lwp_sema_timedwait lwp_rwlock_sys getdents64 mmap64 stat64 lstat64 fstat64 statvfs64 fstatvfs64 setrlimit64
  getrlimit64 pread64 pwrite64 creat64 open64 rpcsys zone autofssys getcwd so_socket so_socketpair bind listen
  accept connect shutdown recv recvfrom recvmsg send sendmsg sendto getpeername getsockname getsockopt setsockopt
  sockconfig ntp_gettime ntp_adjtime lwp_mutex_unlock lwp_mutex_trylock lwp_mutex_register cladm uucopy umount2
  utimesys schedctl getrandom upanic spawn sendfilev64 fcntl64 gethrtime gethrvtime gethrestime getlgrp
`.trim().split(/\s+/));

export class AllowlistError extends Error {
  constructor(readonly problems: string[]) {
    super(`dtrace.syscallAllowlist: ${problems.join('; ')}`);
    this.name = 'AllowlistError';
  }
}

/** Returns the validated, de-duplicated names, or throws AllowlistError naming every bad entry. */
export function validateSyscallAllowlist(names: readonly unknown[]): string[] {
  const problems: string[] = [];
  const out: string[] = [];
  names.forEach((n, i) => {
    if (typeof n !== 'string' || !NAME.test(n)) {
      problems.push(`[${i}] ${JSON.stringify(n)} is not a syscall name (expected [a-z0-9_]{1,31})`);
    } else if (!ILLUMOS_SYSCALLS.has(n)) {
      problems.push(`[${i}] "${n}" is not an illumos system call`);
    } else if (!out.includes(n)) {
      out.push(n);
    }
  });
  if (out.length > SYSCALL_ALLOWLIST_SLOTS) {
    problems.push(`${out.length} names, at most ${SYSCALL_ALLOWLIST_SLOTS} are allowed`);
  }
  if (problems.length) throw new AllowlistError(problems);
  return out;
}
