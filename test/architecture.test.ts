// Structural rules from the brief: agent/ and sim/ share no module (not even through a third folder), and no
// source spawns through a shell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = /\.(ts|mts|js|mjs)$/;

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Relative specifiers of static imports, `export ... from`, side-effect imports and dynamic import('...'). */
export function specifiers(source: string): string[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push(m[1]);
  return out;
}

/** A relative .js specifier names the .ts source (NodeNext style); try the usual candidates. */
function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.') && !spec.startsWith('/')) return undefined; // a package
  const base = resolve(dirname(from), spec);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, join(base, 'index.ts'), join(base, 'index.js')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

function reachable(entries: string[]): Map<string, string> {
  const seen = new Map<string, string>(); // file -> the file that imported it first
  const queue = entries.map((e) => [e, '(entry)'] as const);
  for (const e of entries) seen.set(e, '(entry)');
  while (queue.length) {
    const [file] = queue.shift()!;
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const target = resolveLocal(file, spec);
      if (target && !seen.has(target)) { seen.set(target, file); queue.push([target, file]); }
    }
  }
  return seen;
}

const under = (file: string, folder: string) => !relative(join(root, folder), file).startsWith('..');
const chain = (seen: Map<string, string>, file: string) => {
  const path = [relative(root, file)];
  for (let f = seen.get(file); f && f !== '(entry)'; f = seen.get(f)) path.unshift(relative(root, f));
  return path.join(' -> ');
};

test('the import-graph walker sees every import form', () => {
  assert.deepEqual(specifiers(`import a from './a.js';\nimport { b,\n c } from "../b.js";\nimport type { T } from './t.js';\n` +
    `export * from './e.js';\nexport { x } from './x.js';\nimport './side.js';\nconst m = await import('./dyn.js');\n// import './commented.js';`),
    ['./a.js', '../b.js', './t.js', './e.js', './x.js', './side.js', './dyn.js']);
});

for (const [from, forbidden] of [['agent', 'sim'], ['sim', 'agent']] as const) {
  test(`no module reachable from ${from}/ lives under ${forbidden}/`, () => {
    const entries = [...walk(join(root, from, 'src')), ...walk(join(root, from, 'bin'))];
    assert.ok(entries.length > 0, `${from}/ has sources`);
    const seen = reachable(entries);
    const bad = [...seen.keys()].filter((f) => under(f, forbidden)).map((f) => chain(seen, f));
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
