/**
 * The journal lock: `<stateDir>/actions.lock`, a symbolic link whose target is "<pid> <command>" of the holder, so at
 * most one ActionEngine (the daemon's, or one `zonelet action` run without a daemon) uses a journal; "one action at a
 * time per zone" only holds inside one engine. symlink(2) creates it atomically with its content (never seen
 * half-written), and a short target needs no data block, so the lock is taken even on a full disk.
 *
 * A lock whose pid is not alive is stale (its holder was SIGKILLed or the host rebooted) and is replaced. So is a lock
 * naming our own pid that this process does not hold: a restarted daemon that is PID 1 of a fresh PID namespace gets
 * the pid its dead predecessor had. A pid reused by an unrelated process looks alive: the error names it, so an
 * operator can check it and remove the link.
 */
import { lstatSync, mkdirSync, readlinkSync, renameSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'actions.lock';

export interface LockHolder { pid: number; command?: string; since?: string }

export class JournalLockError extends Error {
  constructor(readonly file: string, readonly holder: LockHolder) {
    const who = [holder.command, holder.since && `since ${holder.since}`].filter(Boolean).join(', ');
    super(`action journal lock ${file} is held by pid ${holder.pid}${who ? ` (${who})` : ''}: only one action engine `
      + 'may use a journal; while the daemon runs, `zonelet action` goes through its control socket');
    this.name = 'JournalLockError';
  }
}

const heldHere = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** Short enough to live in the inode (no data block): the lock works on a full disk. */
const MAX_TARGET = 100;

function parseHolder(target: string, file: string): LockHolder | undefined {
  const m = /^([1-9][0-9]{0,9}) ?(.*)$/s.exec(target);
  if (!m) return undefined; // not ours: treated as stale
  let since: string | undefined;
  try { since = lstatSync(file).mtime.toISOString(); } catch { /* gone meanwhile */ }
  return { pid: Number(m[1]), ...(m[2] ? { command: m[2] } : {}), ...(since ? { since } : {}) };
}

const readTarget = (file: string): string | undefined => {
  try {
    return readlinkSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EINVAL') return ''; // a regular file there: not a lock we wrote, stale
    throw e;
  }
};

export class JournalLock {
  private released = false;

  private constructor(readonly file: string) {}

  /** Takes the lock of `stateDir` or throws JournalLockError naming the live holder. */
  static acquire(stateDir: string, command = ['zonelet', ...process.argv.slice(2)].join(' ')): JournalLock {
    mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    const file = join(stateDir, LOCK_FILE);
    if (heldHere.has(file)) throw new JournalLockError(file, { pid: process.pid, command: 'another action engine in this process' });
    const mine = `${process.pid} ${command.replace(/[^\x20-\x7e]/g, '?')}`.slice(0, MAX_TARGET);
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        symlinkSync(mine, file);
        heldHere.add(file);
        return new JournalLock(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const target = readTarget(file);
      if (target === undefined) continue; // released meanwhile
      const holder = parseHolder(target, file);
      if (holder && holder.pid !== process.pid && alive(holder.pid)) throw new JournalLockError(file, holder);
      // Stale. Move it aside and check it is the one judged stale: another process may have replaced it meanwhile,
      // and then its fresh lock goes back.
      const aside = `${file}.stale.${process.pid}`;
      try {
        renameSync(file, aside);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw e;
      }
      const moved = readTarget(aside);
      if (moved !== target && moved !== undefined && moved !== '') {
        try { symlinkSync(moved, file); } catch { /* a third one got there: its lock stands */ }
      }
      unlinkSync(aside);
    }
    throw new Error(`action journal lock ${file}: could not be taken after 5 attempts (other processes keep replacing it)`);
  }

  /** Idempotent. */
  release(): void {
    if (this.released) return;
    this.released = true;
    heldHere.delete(this.file);
    try {
      unlinkSync(this.file);
    } catch {
      /* already gone */
    }
  }
}
