// Static checks of what network input can reach. test/architecture.test.ts covers `shell: true`, execaCommand and
// child_process exec/execSync; this file adds what it does not: spawn/execFile/execa with a command line in one
// string or through a shell binary, the import graph from every network entry to DTrace, and where vmadm gets its
// arguments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { importGraph, sources, ROOT } from '../helpers/import-graph.js';

test('no spawn/execFile/execa of a command line in one string, or of a shell binary with -c', () => {
  const hits: string[] = [];
  for (const folder of ['agent', 'sim', 'hub']) {
    for (const file of sources(join(ROOT, folder))) {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      // spawn('ls -l ...') / execFile("a b") / execa(`x ${y}`): a literal first argument with a blank is a command line
      for (const m of text.matchAll(/\b(spawn|spawnSync|execFile|execFileSync|execa|execaSync|fork)\s*\(\s*(['"`])([^'"`]*)\2/g)) {
        if (/\s/.test(m[3]!)) hits.push(`${relative(ROOT, file)}: ${m[1]}(${m[2]}${m[3]}${m[2]})`);
      }
      if (/\b(spawn|spawnSync|execFile|execFileSync|execa)\s*\(\s*['"`](\/bin\/|\/usr\/bin\/)?(ba|z|k|da)?sh['"`]/.test(text)) hits.push(`${relative(ROOT, file)}: runs a shell binary`);
      if (/['"]-c['"]\s*,/.test(text) && /\b(spawn|execFile|execa)\b/.test(text)) hits.push(`${relative(ROOT, file)}: passes -c next to a spawn`);
    }
  }
  assert.deepEqual(hits, []);
});

test('only agent/src/platform/ imports child_process or execa (the exec layer is the one place a process starts)', () => {
  const bad = sources(join(ROOT, 'agent', 'src'))
    .filter((f) => relative(join(ROOT, 'agent/src/platform'), f).startsWith('..'))
    .filter((f) => /from\s+['"](node:)?child_process['"]|from\s+['"]execa['"]/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(ROOT, f));
  assert.deepEqual(bad, []);
});

test('nothing received from the network reaches DTrace: the hub link, the HTTP routes and the action engine never import the dtrace runner', () => {
  // network entries: the hub client and its command path, the scrape endpoint, the local control socket, the action
  // engine (hub and socket commands land there)
  const entries = ['agent/src/hub/client.ts', 'agent/src/metrics/http.ts', 'agent/src/metrics/tenants.ts', 'agent/src/actions/index.ts', 'agent/src/control/server.ts', 'hub/src/server.ts']
    .map((p) => join(ROOT, p));
  const graph = importGraph(entries);
  const reached = [...graph.keys()].map((f) => relative(ROOT, f));
  assert.ok(reached.includes('agent/src/actions/validate.ts'), 'the walker follows the action engine');
  const forbidden = reached.filter((f) => f === 'agent/src/platform/dtrace-runner.ts' || f.startsWith('agent/src/dtrace/') || f.startsWith('dtrace/'));
  assert.deepEqual(forbidden.map((f) => graph.chain(join(ROOT, f))), []);
});

test('only the dtrace runner names the dtrace command, and it runs shipped scripts with -s, never -n', () => {
  const callers = sources(join(ROOT, 'agent', 'src'))
    .filter((f) => /\b(run|spawnLong)\(\s*['"]dtrace['"]/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(ROOT, f)).sort();
  // telemetry.ts starts children through the DtraceRunner (a SCRIPT_NAMES entry confined to dtrace/)
  assert.deepEqual(callers, ['agent/src/platform/dtrace-runner.ts']);
  for (const f of ['agent/src/platform/dtrace-runner.ts', 'agent/src/dtrace/scripts.ts', 'agent/src/dtrace/telemetry.ts']) {
    assert.doesNotMatch(readFileSync(join(ROOT, f), 'utf8'), /['"]-n['"]|['"]-P['"]|['"]-m['"]|['"]-f['"]/, `${f}: no inline D program or probe argument`);
  }
  assert.match(readFileSync(join(ROOT, 'agent/src/platform/dtrace-runner.ts'), 'utf8'), /\['-q', '-s', path\]/);
});

test('every vmadm argv is built in platform/vmadm.ts, where each uuid argument is checked before exec', () => {
  const callers = sources(join(ROOT, 'agent', 'src'))
    .filter((f) => /\b(run|spawnLong)\(\s*['"]vmadm['"]/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(ROOT, f));
  assert.deepEqual(callers, ['agent/src/platform/vmadm.ts']);
  // every public method with a uuid parameter asserts it before building args
  const text = readFileSync(join(ROOT, 'agent/src/platform/vmadm.ts'), 'utf8');
  const methods = [...text.matchAll(/^ {2}(?:async )?(\w+)\(uuid: string[^)]*\)[^{]*\{\n(.*)$/gm)];
  assert.ok(methods.length >= 8, `found ${methods.length} uuid-taking methods`);
  for (const m of methods) assert.match(m[2]!, /assertUuid\(uuid\)/, `${m[1]} checks its uuid first`);
});
