import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionJournal, JournalError } from '../../agent/src/actions/journal.js';
import type { ActionRequest, ActionResult } from '../../agent/src/actions/types.js';

const U = 'b990f39c-0619-4975-85b2-2442115bc0d8';
const req = (id: string): ActionRequest => ({ id, action: 'stop', uuid: U, payload: {} });
const res = (id: string, finishedAt: string): ActionResult => ({ id, action: 'stop', uuid: U, status: 'succeeded', message: 'ok', finishedAt });

test('results and in-flight starts survive reopening; a torn last line is skipped', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-journal-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const j = new ActionJournal(dir, 86_400_000);
  const now = new Date().toISOString();
  j.recordStart(req('a'), now);
  j.recordEnd(res('a', now));
  j.recordStart(req('b'), now);
  j.close();
  appendFileSync(join(dir, 'actions.jsonl'), '{"t":"end","id":"c","res'); // crash mid-write
  const k = new ActionJournal(dir, 86_400_000);
  assert.equal(k.result('a')?.status, 'succeeded');
  assert.deepEqual(k.inFlight().map((x) => x.request.id), ['b']);
  assert.equal(k.skippedLines, 1);
  const header = JSON.parse(readFileSync(join(dir, 'actions.jsonl'), 'utf8').split('\n')[0]);
  assert.deepEqual([header.format, header.version], ['zonelet-action-journal', 1]);
  k.close();
});

test('compaction drops results older than the retention', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-journal-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const j = new ActionJournal(dir, 60_000);
  j.recordEnd(res('old', new Date(Date.now() - 120_000).toISOString()));
  j.recordEnd(res('new', new Date().toISOString()));
  j.compact();
  assert.equal(j.result('old'), undefined);
  assert.equal(j.result('new')?.status, 'succeeded');
  assert.equal(readFileSync(join(dir, 'actions.jsonl'), 'utf8').trim().split('\n').length, 2);
  j.close();
});

test('a journal of an unknown format version is refused, not overwritten', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-journal-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const text = '{"format":"zonelet-action-journal","version":99,"created":"2030-01-01T00:00:00Z"}\n';
  writeFileSync(join(dir, 'actions.jsonl'), text);
  assert.throws(() => new ActionJournal(dir, 1000), (e) => e instanceof JournalError && /version 99/.test(e.message));
  assert.equal(readFileSync(join(dir, 'actions.jsonl'), 'utf8'), text);
});
