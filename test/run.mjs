#!/usr/bin/env node
// Runs every *.test.ts under test/ with node:test through tsx. Node 20 takes no globs,
// so the file list is built here. Optional arguments filter by substring of the path.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.ts')) files.push(relative(root, p));
  }
})(join(root, 'test'));

const filters = process.argv.slice(2);
const selected = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;
if (selected.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}
// Files that judge live rates and DTrace histograms through a real Prometheus run alone, after the rest: next to
// another suite's load their simulated zones can be starved for longer than the test waits.
const ALONE = ['test/e2e/prometheus-e2e.test.ts'];
const together = selected.filter((f) => !ALONE.includes(f));
const alone = selected.filter((f) => ALONE.includes(f));
let status = 0;
for (const [files, concurrency] of [[together, 2], [alone, 1]]) {
  if (files.length === 0) continue;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...files], {
    cwd: root,
    stdio: 'inherit',
  });
  if ((r.status ?? 1) !== 0) status = r.status ?? 1;
}
process.exit(status);
