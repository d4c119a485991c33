// Structural rules from the brief: agent/ and sim/ share no module (not even through a third folder), and no
// source spawns through a shell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { importGraph, ROOT as root, sources as walk, specifiers } from './helpers/import-graph.js';

const under = (file: string, folder: string) => !relative(join(root, folder), file).startsWith('..');

test('the import-graph walker sees every import form', () => {
  assert.deepEqual(specifiers(`import a from './a.js';\nimport { b,\n c } from "../b.js";\nimport type { T } from './t.js';\n` +
    `export * from './e.js';\nexport { x } from './x.js';\nimport './side.js';\nconst m = await import('./dyn.js');\n// import './commented.js';`),
    ['./a.js', '../b.js', './t.js', './e.js', './x.js', './side.js', './dyn.js']);
});

for (const [from, forbidden] of [['agent', 'sim'], ['sim', 'agent']] as const) {
  test(`no module reachable from ${from}/ lives under ${forbidden}/`, () => {
    const entries = [...walk(join(root, from, 'src')), ...walk(join(root, from, 'bin'))];
    assert.ok(entries.length > 0, `${from}/ has sources`);
    const seen = importGraph(entries);
    const bad = [...seen.keys()].filter((f) => under(f, forbidden)).map((f) => seen.chain(f));
    assert.deepEqual(bad, []);
  });
}

test('no shell: agent/, sim/ and hub/ sources never use shell: true, execaCommand, exec( or execSync(', () => {
  const rules: [RegExp, string][] = [
    [/shell\s*:\s*true/, 'shell: true'],
    [/\bexecaCommand(Sync)?\b/, 'execaCommand'],
  ];
  // exec( / execSync( only matter where child_process is imported ("exec()" also appears in prose about DTrace)
  const childProcessRules: [RegExp, string][] = [
    [/(?<![.\w])execSync\s*\(/, 'child_process execSync('],
    [/(?<![.\w])exec\s*\(/, 'child_process exec('],
  ];
  const hits: string[] = [];
  for (const folder of ['agent', 'sim', 'hub']) {
    for (const file of walk(join(root, folder))) {
      const text = readFileSync(file, 'utf8');
      const applicable = /['"](node:)?child_process['"]/.test(text) ? [...rules, ...childProcessRules] : rules;
      for (const [re, what] of applicable) if (re.test(text)) hits.push(`${relative(root, file)}: ${what}`);
    }
  }
  assert.deepEqual(hits, []);
});
