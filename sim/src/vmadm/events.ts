/**
 * `vmadm events [-f] [-j] [-r] [uuid]`.
 *
 * Theory of operation: log/changes.jsonl is the host's only record of VM changes, and every writer appends to it
 * while holding the host lock together with the VM file write. So the ready snapshot (all VM files) and the byte
 * offset of the log, both taken under the lock, describe the same instant: tailing from that offset delivers every
 * later change exactly once, whichever process made it. The tail wakes on fs.watch and on a short poll (fs.watch
 * can miss events on some filesystems), reads only complete lines, and never re-reads bytes it has passed.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync, watch, appendFileSync } from 'node:fs';
import { paths, readAllVms, withLock, type ChangeRecord, type VmObject } from '../host/state.js';
import { currentFault } from '../tools/run-tool.js';
import { VmadmError } from './errors.js';

export interface EventsOptions {
  full: boolean;
  json: boolean;
  ready: boolean;
  uuid?: string;
}

const POLL_MS = 100;

function textTime(iso: string, full: boolean): string {
  return full ? iso : iso.slice(iso.indexOf('T') + 1);
}

function textLines(rec: ChangeRecord, prev: string | undefined, full: boolean): string[] {
  const zn = full ? rec.uuid : rec.uuid.split('-')[0];
  let alias = String(rec.vm?.alias ?? prev ?? '-');
  if (alias.length > 30) alias = alias.slice(0, 27) + '...';
  const head = `[${textTime(rec.time, full)}] ${zn} ${alias}`;
  if (rec.type !== 'modify') return [`${head} ${rec.type}`];
  const j = (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v));
  return (rec.changes ?? []).map((c) => `${head} modify: ${c.prettyPath} ${c.action} :: ${j(c.oldValue)} -> ${j(c.newValue)}`);
}

function jsonLine(rec: ChangeRecord): string {
  const zonename = rec.vm?.zonename ?? rec.uuid;
  const ev: Record<string, unknown> = { type: rec.type, date: rec.time, zonename, uuid: rec.uuid };
  if (rec.type !== 'delete') ev.vm = rec.vm;
  if (rec.type === 'modify') ev.changes = rec.changes;
  return JSON.stringify(ev);
}

export async function streamEvents(root: string, o: EventsOptions): Promise<number> {
  const p = paths(root);
  const { vms, offset } = withLock(root, () => {
    if (!existsSync(p.changes)) appendFileSync(p.changes, '');
    return { vms: readAllVms(root), offset: statSync(p.changes).size };
  });
  if (o.uuid && !vms.some((v) => v.uuid === o.uuid)) throw new VmadmError(`VM ${o.uuid} not found`);
  const fault = currentFault();
  let dieAfter = fault?.mode === 'die' ? (fault.value ?? 1) : Infinity;
  const aliases = new Map<string, string | undefined>(vms.map((v) => [v.uuid, v.alias as string | undefined]));

  const emit = (line: string) => {
    process.stdout.write(line + '\n');
    if (--dieAfter <= 0) {
      process.stderr.write(`${fault?.message ?? 'vminfod event stream closed unexpectedly'}\n`);
      process.exit(1);
    }
  };

  if (o.ready) {
    const date = new Date().toISOString();
    const listener = randomUUID();
    if (o.json) {
      const map: Record<string, VmObject> = {};
      for (const v of vms) if (!o.uuid || v.uuid === o.uuid) map[v.zonename ?? v.uuid] = v;
      emit(JSON.stringify({ type: 'ready', date, uuid: listener, vms: map }));
    } else emit(o.full ? `[${date}] ready (uuid ${listener})` : `[${textTime(date, false)}] ready`);
  }

  let pos = offset;
  let pending = '';
  const fd = openSync(p.changes, 'r');
  const buf = Buffer.alloc(1 << 20);
  const drain = () => {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n <= 0) break;
      pos += n;
      pending += buf.subarray(0, n).toString('utf8');
    }
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const l of lines) {
      if (!l) continue;
      const rec = JSON.parse(l) as ChangeRecord;
      if (o.uuid && rec.uuid !== o.uuid) continue;
      const prev = aliases.get(rec.uuid);
      if (rec.vm) aliases.set(rec.uuid, rec.vm.alias as string | undefined);
      if (o.json) emit(jsonLine(rec));
      else for (const t of textLines(rec, prev, o.full)) emit(t);
    }
  };
  const watcher = watch(p.changes, () => drain()); // the file, not log/: invocations.jsonl churns there
  watcher.on('error', () => {});
  setInterval(drain, POLL_MS);
  drain();
  await new Promise<never>(() => {});
  closeSync(fd);
  return 0;
}
