// packaging/config.example.json states the defaults: loading it gives exactly what a minimal config (commands and
// stateDir only) gets from the agent's defaults. So the example, CONFIG.md's table and defaults.ts cannot drift apart
// without this failing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../agent/src/config/index.js';

const EXAMPLE = fileURLToPath(new URL('../../packaging/config.example.json', import.meta.url));

test('the example config is valid and equals the defaults', async () => {
  const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-config-'));
  try {
    const minimal = join(dir, 'minimal.json');
    writeFileSync(minimal, JSON.stringify({ commands: example.commands, stateDir: example.stateDir }));
    assert.deepEqual(await loadConfig(EXAMPLE), await loadConfig(minimal));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CONFIG.md documents every key of the example', () => {
  const doc = readFileSync(fileURLToPath(new URL('../../packaging/CONFIG.md', import.meta.url)), 'utf8');
  const paths = (o: Record<string, unknown>, at: string): string[] => Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length && !['timeoutSeconds'].includes(k)
      ? paths(v as Record<string, unknown>, `${at}${k}.`) : [`${at}${k}`]);
  for (const p of paths(JSON.parse(readFileSync(EXAMPLE, 'utf8')), '')) {
    const leaf = p.split('.').pop()!;
    // A key path in backquotes, or its prefix (`collection.collectors.<name>...`), or `.leaf` after a sibling.
    assert.ok(doc.includes(`\`${p}`) || doc.includes(`\`.${leaf}`), `CONFIG.md does not document ${p}`);
  }
});
