/**
 * The action journal: `<stateDir>/actions.jsonl`, JSON lines, first line a header naming the format version.
 * A `start` record is fsync'd before an action runs and an `end` record (the result) when it finishes, so after a
 * crash every action is either finished (result kept) or was in flight (reported as interrupted, never re-run).
 * Results older than the retention are dropped when the file is compacted (at open and every COMPACT_EVERY
 * results), by writing a new file, fsyncing it and renaming it over the old one.
 * A write that fails (disk full) throws a JournalError and cuts the file back to its last whole record, so a torn
 * line never swallows the record after it. A compaction that fails keeps the old file.
 */
import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionRequest, ActionResult } from './types.js';

export const JOURNAL_FORMAT = 'zonelet-action-journal';
export const JOURNAL_VERSION = 1;
const COMPACT_EVERY = 500;

interface Header { format: string; version: number; created: string }
type StartRecord = { t: 'start'; id: string; request: ActionRequest; at: string };
type EndRecord = { t: 'end'; id: string; result: ActionResult };
type JournalRecord = StartRecord | EndRecord;

export class JournalError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`action journal ${file}: ${reason}`);
    this.name = 'JournalError';
  }
}

export interface InFlight { request: ActionRequest; startedAt: string }

export class ActionJournal {
  readonly file: string;
  private fd: number | undefined;
  private readonly done = new Map<string, ActionResult>();
  private readonly open = new Map<string, StartRecord>();
  private endsSinceCompact = 0;
  /** lines that could not be read (a torn last line after a crash) */
  skippedLines = 0;

  constructor(stateDir: string, private readonly retentionMs: number) {
    mkdirSync(stateDir, { recursive: true, mode: 0o700 });
    this.file = join(stateDir, 'actions.jsonl');
    if (existsSync(this.file)) this.load();
    try {
      this.compact();
    } catch {
      // a full disk at start: keep appending to the file as it is (a failed append then fails its action cleanly)
      if (this.fd === undefined && existsSync(this.file)) {
        try { this.fd = openSync(this.file, 'a', 0o600); } catch { /* append() reports it */ }
      }
    }
  }

  private load(): void {
    const lines = readFileSync(this.file, 'utf8').split('\n');
    let header: Header | undefined;
    for (const [i, line] of lines.entries()) {
      if (line.trim() === '') continue;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch {
        this.skippedLines++;
        continue;
      }
      if (!header) {
        header = rec as Header;
        if (header.format !== JOURNAL_FORMAT) throw new JournalError(this.file, `line ${i + 1} is not a ${JOURNAL_FORMAT} header`);
        if (header.version !== JOURNAL_VERSION)
          throw new JournalError(this.file, `format version ${header.version}; this zonelet reads version ${JOURNAL_VERSION} (move the file aside to start afresh)`);
        continue;
      }
      const r = rec as JournalRecord;
      if (r.t === 'start' && typeof r.id === 'string') this.open.set(r.id, r);
      else if (r.t === 'end' && typeof r.id === 'string' && r.result) {
        this.open.delete(r.id);
        this.done.set(r.id, r.result);
      } else this.skippedLines++;
    }
  }

  /** Recorded result for a request id. */
  result(id: string): ActionResult | undefined {
    return this.done.get(id);
  }

  results(): ActionResult[] {
    return [...this.done.values()];
  }

  /** Actions that started but have no result: in flight when the previous agent died. */
  inFlight(): InFlight[] {
    return [...this.open.values()].map((s) => ({ request: s.request, startedAt: s.at }));
  }

  recordStart(request: ActionRequest, startedAt: string): void {
    const rec: StartRecord = { t: 'start', id: request.id, request, at: startedAt };
    this.append(rec);
    this.open.set(request.id, rec);
  }

  /** Keeps the result in memory (so this process answers a repeated id with it) even when the write fails and throws. */
  recordEnd(result: ActionResult): void {
    this.open.delete(result.id);
    this.done.set(result.id, result);
    this.append({ t: 'end', id: result.id, result });
    if (++this.endsSinceCompact >= COMPACT_EVERY) this.compact();
  }

  /** Drops results older than the retention; rewrites the file atomically. */
  compact(now = Date.now()): void {
    for (const [id, r] of this.done) if (now - Date.parse(r.finishedAt) > this.retentionMs) this.done.delete(id);
    const header: Header = { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, created: new Date(now).toISOString() };
    const lines = [JSON.stringify(header)];
    for (const s of this.open.values()) lines.push(JSON.stringify(s));
    for (const r of this.done.values()) lines.push(JSON.stringify({ t: 'end', id: r.id, result: r } satisfies EndRecord));
    const tmp = `${this.file}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeAll(fd, Buffer.from(lines.join('\n') + '\n'));
      fsyncSync(fd);
    } catch (err) {
      try { unlinkSync(tmp); } catch { /* not there */ }
      throw new JournalError(this.file, `cannot compact: ${(err as Error).message}`);
    } finally {
      closeSync(fd);
    }
    this.close();
    renameSync(tmp, this.file);
    fsyncDir(join(this.file, '..'));
    this.fd = openSync(this.file, 'a', 0o600);
    this.endsSinceCompact = 0;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private append(rec: JournalRecord): void {
    if (this.fd === undefined) throw new JournalError(this.file, 'not open');
    const size = fstatSync(this.fd).size;
    try {
      writeAll(this.fd, Buffer.from(JSON.stringify(rec) + '\n'));
      fsyncSync(this.fd);
    } catch (err) {
      try { ftruncateSync(this.fd, size); } catch { /* the loader skips a torn line */ }
      throw new JournalError(this.file, `cannot write a ${rec.t} record: ${(err as Error).message}`);
    }
  }
}

function writeAll(fd: number, buf: Buffer): void {
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
