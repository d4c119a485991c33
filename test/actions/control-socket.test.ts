/**
 * `zonelet action` and the daemon's control socket, with real processes on a sim host: through a running daemon the
 * action runs in the daemon's engine (one vmadm call, the daemon's journal holds the result); without a daemon the
 * CLI runs it itself under the journal lock; a second CLI meanwhile fails naming the holder; a dead daemon's socket
 * and lock are replaced; a malformed socket request gets an error line and runs nothing.
 * Ground truth: the sim's log/invocations.jsonl, the journal file, the lock and socket files on disk.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { existsSync, lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  AGENT_BIN, agentConfig, eventually, startAgent, startSimHost, type AgentConfigFile, type AgentProcess, type SimHost,
} from '../helpers/stack.js';

let host: SimHost;
let cfg: AgentConfigFile;
let agent: AgentProcess | undefined;

before(async () => {
  host = await startSimHost({ zones: 4 });
  // no DTrace, slow collection: this file is about actions
  cfg = await agentConfig(host, { dtrace: { enabled: false }, collection: { intervalSeconds: 30 } });
});
after(async () => {
  await agent?.stop();
  host?.stop();
  cfg?.remove();
});

interface CliRun { code: number | null; stdout: string; stderr: string }
function cli(args: string[]): { pid: number; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [AGENT_BIN, 'action', ...args, '--config', cfg.file], { env: host.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  return { pid: child.pid!, done: new Promise((r) => child.once('close', (code) => r({ code, stdout, stderr }))) };
}

const runs = (verb: string, uuid: string) => host.invocations().filter((i) => i.command === 'vmadm' && i.phase === 'start' && i.argv[0] === verb && i.argv[1] === uuid);
const sock = () => join(cfg.stateDir, 'zonelet.sock');
const lockFile = () => join(cfg.stateDir, 'actions.lock');
/** the journal lock's holder pid, or undefined when there is no lock (a symlink "<pid> <command>") */
const lockHolder = (): number | undefined => { try { lstatSync(lockFile()); } catch { return undefined; } return Number(readlinkSync(lockFile()).split(' ')[0]); };
const journalResults = () => readFileSync(join(cfg.stateDir, 'actions.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  .filter((r) => r.t === 'end').map((r) => r.result as { id: string; action: string; uuid: string; status: string });

/** Raw lines to the socket; resolves with every reply line once `want` final (result or error) replies arrived. */
function raw(lines: string[], want: number): Promise<Array<Record<string, any>>> {
  return new Promise((resolve, reject) => {
    const s = connect(sock());
    const replies: Array<Record<string, any>> = [];
    let buf = '';
    s.on('connect', () => s.write(lines.join('')));
    s.on('data', (d) => {
      buf += d;
      for (let nl; (nl = buf.indexOf('\n')) >= 0; buf = buf.slice(nl + 1)) replies.push(JSON.parse(buf.slice(0, nl)));
      if (replies.filter((x) => x.type !== 'progress').length >= want) { s.destroy(); resolve(replies); }
    });
    s.on('error', reject);
    setTimeout(() => { s.destroy(); reject(new Error(`only ${replies.length} replies: ${JSON.stringify(replies)}`)); }, 10_000).unref();
  });
}

test('with the daemon running, `zonelet action stop` goes through its socket: one vmadm stop, the daemon journals it', async () => {
  agent = await startAgent(cfg);
  const st = statSync(sock());
  assert.ok(st.isSocket());
  assert.equal(st.mode & 0o777, 0o600, 'only the owner (root) may connect');
  assert.equal(lockHolder(), agent.pid, 'the daemon holds the journal lock');
  const zone = host.zones[0]!;
  assert.equal(host.vm(zone).state, 'running');

  const r = await cli(['stop', zone]).done;
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^\S+ queued$/m);
  assert.match(r.stdout, /^\S+ running$/m);
  assert.match(r.stdout, /^\S+ succeeded state=stopped/m);
  assert.equal(runs('stop', zone).length, 1);
  assert.equal(host.vm(zone).state, 'stopped');
  const mine = journalResults().filter((x) => x.uuid === zone);
  assert.deepEqual(mine.map((x) => [x.action, x.status]), [['stop', 'succeeded']]);
  assert.match(mine[0]!.id, /^cli-/);
  await agent.waitForLog((l) => l.msg === 'control socket request' && l.uuid === zone, 2000);
});

test('a malformed socket request gets an error line; a bad field a rejected result naming it; nothing runs', async () => {
  assert.ok(agent);
  const zone = host.zones[1]!;
  const before = host.invocations().filter((i) => i.command === 'vmadm' && i.argv[0] !== 'lookup' && i.argv[0] !== 'events').length;
  const replies = await raw([
    'this is not json\n',
    '[1, 2]\n',
    `${JSON.stringify({ id: 'bad-1', action: 'stop', uuid: zone, payload: { force: 'yes' } })}\n`,
    `${JSON.stringify({ id: 'bad-2', action: 'format-disk', uuid: zone })}\n`,
  ], 4);
  const errors = replies.filter((x) => x.type === 'error').map((x) => x.message as string);
  assert.equal(errors.length, 2);
  assert.match(errors[0]!, /not JSON.*nothing was run/);
  assert.match(errors[1]!, /must be a JSON object/);
  const results = replies.filter((x) => x.type === 'result').map((x) => x.result).sort((a, b) => a.id.localeCompare(b.id));
  assert.deepEqual(results.map((x) => [x.id, x.status, x.field]), [['bad-1', 'rejected', 'payload.force'], ['bad-2', 'rejected', 'action']]);
  assert.ok(replies.filter((x) => x.type === 'progress').every((x) => x.progress.phase === 'rejected'));
  const after = host.invocations().filter((i) => i.command === 'vmadm' && i.argv[0] !== 'lookup' && i.argv[0] !== 'events').length;
  assert.equal(after, before, 'no vmadm call but the inventory\'s own');
  assert.equal(host.vm(zone).state, 'running');
});

test('a SIGKILLed daemon leaves socket and lock: the CLI runs the action itself; a restarted daemon replaces both', async () => {
  assert.ok(agent);
  await agent.kill();
  agent = undefined;
  assert.ok(existsSync(sock()) && lockHolder() !== undefined, 'a dead daemon removes nothing');
  const zone = host.zones[0]!; // stopped by the first test
  const r = await cli(['start', zone]).done;
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /succeeded state=running/);
  assert.equal(runs('start', zone).length, 1);
  assert.deepEqual(journalResults().filter((x) => x.uuid === zone).map((x) => [x.action, x.status]), [['stop', 'succeeded'], ['start', 'succeeded']]);
  assert.equal(lockHolder(), undefined, 'the CLI released its lock');

  agent = await startAgent(cfg);
  assert.ok(statSync(sock()).isSocket());
  assert.equal(lockHolder(), agent.pid);
  const again = await cli(['reboot', zone]).done;
  assert.equal(again.code, 0, again.stderr);
  assert.equal(runs('reboot', zone).length, 1);
  await agent.stop();
  agent = undefined;
  assert.ok(!existsSync(sock()) && lockHolder() === undefined, 'a clean stop removes socket and lock');
});

test('two CLIs without a daemon: the second fails naming the first as the journal lock holder; the first succeeds', async () => {
  const zone = host.zones[2]!;
  host.sim('fault', ['vmadm', 'slow', '--value', '2000', '--match', zone]);
  try {
    const first = cli(['stop', zone]);
    await eventually(() => runs('stop', zone).length === 1, 15_000, 'the first CLI to start vmadm stop');
    const second = await cli(['stop', zone]).done;
    assert.equal(second.code, 1);
    assert.match(second.stderr, new RegExp(`actions\\.lock is held by pid ${first.pid} \\(zonelet action stop ${zone}`));
    assert.equal(second.stdout, '');
    const r = await first.done;
    assert.equal(r.code, 0, r.stderr);
    assert.equal(runs('stop', zone).length, 1, 'the second CLI ran nothing');
  } finally {
    host.sim('fault', ['--clear', 'vmadm']);
  }
});
