// Runs the real promtool (Debian package prometheus). Tests skip with a clear reason when it is not installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROMTOOL = process.env.PROMTOOL ?? '/usr/bin/promtool';
export const havePromtool = existsSync(PROMTOOL);

export function promtool(args: string[], cwd?: string): { code: number; out: string } {
  const r = spawnSync(PROMTOOL, args, { cwd, encoding: 'utf8' });
  if (r.error) throw new Error(`promtool ${args.join(' ')}: ${r.error.message}`);
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

/**
 * Parses each expression with promtool (as the expression of a recording rule in a temporary rule file, which
 * `promtool check rules` parses with Prometheus's own parser). Returns promtool's output when any fails.
 */
export function checkExpressionsParse(exprs: string[]): { ok: boolean; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-promql-'));
  try {
    const rules = exprs.map((e, i) => `      - record: shipped:expression_${i}\n        expr: ${JSON.stringify(e)}\n`).join('');
    const file = join(dir, 'exprs.yml');
    writeFileSync(file, `groups:\n  - name: shipped\n    rules:\n${rules}`);
    const r = promtool(['check', 'rules', file]);
    return { ok: r.code === 0, out: r.out };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
