// The journal lock on its own: a live holder is named in the error; a dead holder's lock and a foreign file are
// replaced; one process cannot hold it twice; release removes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { lstatSync, lutimesSync, mkdtempSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JournalLock, JournalLockError } from '../../agent/src/actions/journal-lock.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'zonelet-lock-'));

test('a live holder is named; the same process cannot take it twice; release removes the file', () => {
  const dir = tmp();
  try {
    const file = join(dir, 'actions.lock');
    // our parent (the test runner) is alive and is not us
    symlinkSync(`${process.ppid} zonelet run --config /x`, file);
    const since = new Date('2024-05-01T00:00:00.000Z');
    lutimesSync(file, since, since);
    assert.throws(() => JournalLock.acquire(dir), (e) => e instanceof JournalLockError && e.holder.pid === process.ppid
      && e.message.includes(`held by pid ${process.ppid} (zonelet run --config /x, since 2024-05-01T00:00:00.000Z)`));
    rmSync(file);
    const lock = JournalLock.acquire(dir, 'zonelet action stop');
    assert.equal(readlinkSync(file), `${process.pid} zonelet action stop`);
    assert.throws(() => JournalLock.acquire(dir), /held by pid \d+ \(another action engine in this process\)/);
    lock.release();
    lock.release();
    assert.throws(() => lstatSync(file), /ENOENT/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('a lock left by a dead process, or anything else in its place, is replaced', () => {
  const dir = tmp();
  try {
    const file = join(dir, 'actions.lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const stale: Array<() => void> = [
      () => symlinkSync(`${dead.stdout} zonelet run`, file),
      () => symlinkSync('garbage', file),
      () => writeFileSync(file, '{"pid": 1}'), // a regular file: not a lock zonelet writes
    ];
    for (const [i, make] of stale.entries()) {
      make();
      const lock = JournalLock.acquire(dir);
      assert.match(readlinkSync(file), new RegExp(`^${process.pid} `), `case ${i}`);
      lock.release();
    }
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
