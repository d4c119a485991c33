// The action journal on a real full filesystem (a 1 MiB tmpfs; needs root, skipped otherwise): a failed write is a
// JournalError and leaves no torn line. The whole agent on a full state disk is test/faults (disk full).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ActionJournal } from '../../agent/src/actions/journal.js';
import { tempDir } from '../hub/harness.js';

const isRoot = process.getuid?.() === 0;

function tmpfs(t: { after(fn: () => void): void }): string {
  const dir = tempDir('diskfull');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0700', 'tmpfs', dir], { encoding: 'utf8' });
  assert.equal(r.status, 0, `mount tmpfs: ${r.stderr}`);
  t.after(() => { spawnSync('umount', [dir]); rmSync(dir, { recursive: true, force: true }); });
  return dir;
}

/** Writes zeros until ENOSPC; returns the filler's path. */
function fill(dir: string): string {
  const file = join(dir, 'filler');
  const fd = openSync(file, 'a');
  const chunk = Buffer.alloc(16 * 1024);
  try { for (;;) { try { writeSync(fd, chunk); } catch { break; } } } finally { closeSync(fd); }
  return file;
}

const Z1 = '11111111-1111-4111-8111-111111111111';

test('action journal on a full disk: the write fails with a JournalError and leaves no torn line', { skip: !isRoot && 'needs root (tmpfs)' }, (t) => {
  const dir = tmpfs(t);
  mkdirSync(join(dir, 'state'));
  const j = new ActionJournal(join(dir, 'state'), 86_400_000);
  t.after(() => j.close());
  const req = (id: string) => ({ id, action: 'reboot' as const, uuid: Z1, payload: { note: 'x'.repeat(4096) } });
  const filler = fill(dir);
  assert.throws(() => j.recordStart(req('a'), new Date().toISOString()), /action journal .*cannot write a start record/);
  assert.deepEqual(j.inFlight(), [], 'a start that was not written is not in flight');
  rmSync(filler);
  j.recordStart(req('b'), new Date().toISOString());
  j.close();
  const again = new ActionJournal(join(dir, 'state'), 86_400_000);
  assert.equal(again.skippedLines, 0, 'no torn line');
  assert.deepEqual(again.inFlight().map((f) => f.request.id), ['b']);
  again.close();
});
