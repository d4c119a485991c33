// A static import graph of our sources: which files a set of entry files can load. Shared by the structural rules
// (test/architecture.test.ts) and the security checks (test/security/static.test.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = /\.(ts|mts|js|mjs)$/;

/** Source files under `dir` (node_modules, dist and .d.ts left out). */
export function sources(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Specifiers of static imports, `export ... from`, side-effect imports and dynamic import('...'). */
export function specifiers(source: string): string[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push(m[1]!);
  return out;
}

/** A relative .js specifier names the .ts source (NodeNext style); try the usual candidates. */
function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.') && !spec.startsWith('/')) return undefined; // a package
  const base = resolve(dirname(from), spec);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, join(base, 'index.ts'), join(base, 'index.js')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
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
