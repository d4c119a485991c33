// A static import graph for the security checks: which source files a set of entry files can load. Mirrors the
// walker in test/architecture.test.ts (which is a test file and cannot be imported without running its tests).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function sources(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (/\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function specifiers(source: string): string[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const res = [/\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  return res.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!));
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  return [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile());
}

/** Every file reachable from the entries, each mapped to the file that imported it first; `chain` prints the path. */
export function importGraph(entries: string[]): Map<string, string> & { chain(file: string): string } {
  const seen = new Map<string, string>() as Map<string, string> & { chain(file: string): string };
  const queue = [...entries];
  for (const e of entries) seen.set(e, '(entry)');
  while (queue.length) {
    const file = queue.shift()!;
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const t = resolveLocal(file, spec);
      if (t && !seen.has(t)) { seen.set(t, file); queue.push(t); }
    }
  }
  seen.chain = (file) => {
    const path = [relative(ROOT, file)];
    for (let f = seen.get(file); f && f !== '(entry)'; f = seen.get(f)) path.unshift(relative(ROOT, f));
    return path.join(' -> ');
  };
  return seen;
}
