// A lint of the shipped D scripts (they cannot be compiled here): only documented, stable probes; explicit buffer
// options; nothing destructive; aggregations keyed by the zone and printed + truncated once per interval in the
// sections the agent's interpreter expects. With ZONELET_TEST_REAL=1 on a SmartOS host, `dtrace -e` compiles each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCRIPT_NAMES, SCRIPTS, macroArgs, resolveScript } from '../../agent/src/dtrace/scripts.js';
import { Exec } from '../../agent/src/platform/exec.js';
import { commands, DTRACE_DIR } from './helpers.js';

const GUIDE = 'Dynamic Tracing Guide (Oracle Solaris 819-3620 / illumos dtrace.org guide)';
/** Every probe a shipped script may enable, with where it is documented as a stable interface. */
const DOCUMENTED: Record<string, string> = {
  'dtrace:::BEGIN': `${GUIDE}, "dtrace Provider": BEGIN`,
  'profile:::tick-1sec': `${GUIDE}, "profile Provider": tick-n`,
  'sched:::enqueue': `${GUIDE}, "sched Provider": enqueue (args[0] lwpsinfo_t *, args[1] psinfo_t *)`,
  'sched:::on-cpu': `${GUIDE}, "sched Provider": on-cpu (curlwpsinfo is the thread going on CPU)`,
  'proc:::exec-success': `${GUIDE}, "proc Provider": exec-success`,
  'syscall:::entry': `${GUIDE}, "syscall Provider": entry of every system call`,
  'tcp:::accept-established': `${GUIDE}, "tcp Provider": accept-established (args[1] csinfo_t *, cs_zoneid)`,
  'tcp:::connect-established': `${GUIDE}, "tcp Provider": connect-established (args[1] csinfo_t *, cs_zoneid)`,
  // named fbt functions allowed (stable vnode entry points above every file system); not used by the shipped scripts
  'fbt::fop_read:entry': `${GUIDE}, "fbt Provider"; illumos uts/common/fs/vnode.c fop_read()`,
  'fbt::fop_read:return': `${GUIDE}, "fbt Provider"; illumos uts/common/fs/vnode.c fop_read()`,
  'fbt::fop_write:entry': `${GUIDE}, "fbt Provider"; illumos uts/common/fs/vnode.c fop_write()`,
  'fbt::fop_write:return': `${GUIDE}, "fbt Provider"; illumos uts/common/fs/vnode.c fop_write()`,
};
for (const f of ['read', 'readv', 'pread', 'pread64', 'write', 'writev', 'pwrite', 'pwrite64']) {
  for (const p of ['entry', 'return']) DOCUMENTED[`syscall::${f}:${p}`] = `${GUIDE}, "syscall Provider": ${f}(2) ${p}`;
}

const DESTRUCTIVE = /\b(system|raise|copyout|copyoutstr|panic|breakpoint|chill|stop)\s*\(|#pragma\s+D\s+option\s+destructive|\bdestructive\b/;
const BUFFER_OPTIONS = ['bufsize', 'aggsize', 'dynvarsize', 'aggrate', 'switchrate'];

function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
}

/** The probe descriptions of each clause (text at brace depth 0 before '{', predicate removed). */
function clauses(src: string): Array<{ probes: string[]; predicate?: string; body: string }> {
  const code = stripComments(src).split('\n').filter((l) => !l.trim().startsWith('#')).join('\n').replace(/\binline\b[^;]*;/g, '');
  const out: Array<{ probes: string[]; predicate?: string; body: string }> = [];
  let depth = 0;
  let head = '';
  let body = '';
  for (const ch of code) {
    if (ch === '{') { if (depth++ === 0) { body = ''; continue; } }
    if (ch === '}') {
      if (--depth === 0) {
        const m = /^([\s\S]*?)(?:\/([\s\S]*)\/)?\s*$/.exec(head.trim())!;
        out.push({ probes: m[1]!.split(',').map((s) => s.trim()).filter(Boolean), predicate: m[2], body });
        head = '';
        continue;
      }
    }
    if (depth === 0) head += ch; else body += ch;
  }
  assert.equal(head.trim(), '', 'no text after the last clause');
  return out;
}

const scripts = SCRIPT_NAMES.map((name) => ({ name, src: readFileSync(join(DTRACE_DIR, SCRIPTS[name].file), 'utf8') }));

test('dtrace/ holds exactly the catalogued scripts (the only ones that can run)', () => {
  const files = readdirSync(DTRACE_DIR).filter((f) => f.endsWith('.d')).sort();
  assert.deepEqual(files, SCRIPT_NAMES.map((n) => SCRIPTS[n].file).sort());
});

for (const { name, src } of scripts) {
  test(`${name}.d: documented probes only, buffers bounded, nothing destructive, header complete`, () => {
    const cl = clauses(src);
    assert.ok(cl.length >= 4);
    for (const c of cl) for (const p of c.probes) assert.ok(DOCUMENTED[p], `${name}.d enables ${p}, which is not in the documented list`);
    for (const opt of BUFFER_OPTIONS) assert.match(src, new RegExp(`^#pragma D option ${opt}=\\S+$`, 'm'), `${name}.d sets ${opt}`);
    assert.doesNotMatch(stripComments(src), DESTRUCTIVE);
    const header = /^#!.*\n\/\*([\s\S]*?)\*\//.exec(src)?.[1] ?? '';
    for (const part of ['Measures:', 'Probes:', 'Probe effect:', 'Based on:', 'Output:', 'Arguments:']) {
      assert.ok(header.includes(part), `${name}.d header says ${part}`);
    }
  });

  test(`${name}.d: keyed by zone, printed in the agent's sections once per interval, then truncated`, () => {
    const code = stripComments(src);
    const aggs = [...new Set([...code.matchAll(/@(\w+)\[/g)].map((m) => m[1]!))];
    for (const m of code.matchAll(/@(\w+)\[/g)) {
      const rest = code.slice(m.index! + m[0].length);
      assert.ok(/^(zonename|args\[1\]->cs_zoneid)[,\]]/.test(rest), `@${m[1]} is keyed by the zone first: ${rest.slice(0, 30)}`);
    }
    if (name === 'tcp-connections') assert.doesNotMatch(code, /zonename/, 'kernel-context tcp probes must not use zonename');
    const tick = clauses(src).find((c) => c.probes.includes('profile:::tick-1sec') && c.predicate?.trim() === 'secs <= 0');
    assert.ok(tick, 'an interval clause');
    const printed = [...tick.body.matchAll(/printf\("@@A (\w+)\\n"\);\s*printa\(@(\w+)\);/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(printed.map(([a]) => a), SCRIPTS[name].aggregations, 'sections match the interpreter');
    for (const [a, b] of printed) assert.equal(a, b, 'section name = aggregation name');
    assert.deepEqual(printed.map(([a]) => a).sort(), [...aggs].sort(), 'every aggregation is printed');
    for (const a of aggs) assert.match(tick.body, new RegExp(`trunc\\(@${a}\\);`), `@${a} is truncated after printing`);
    assert.match(tick.body, /^\s*printf\("@@T %d\\n", walltimestamp \/ 1000000000\);/);
    assert.match(tick.body, /printf\("@@E\\n"\);/);
  });

  test(`${name}.d: references exactly the macro arguments the agent passes`, () => {
    const refs = [...stripComments(src).matchAll(/\$\$?(\d+)/g)].map((m) => Number(m[1]));
    const passed = macroArgs(name, 10, ['read', 'write']);
    assert.equal(Math.max(...refs), passed.length);
    assert.deepEqual([...new Set(refs)].sort((a, b) => a - b), passed.map((_, i) => i + 1));
  });
}

test('contract: dtrace -e compiles every shipped script (ZONELET_TEST_REAL=1 on a SmartOS host)', { skip: process.env.ZONELET_TEST_REAL !== '1' }, async () => {
  const exec = new Exec(commands(process.env.ZONELET_DTRACE ?? '/usr/sbin/dtrace'));
  for (const name of SCRIPT_NAMES) {
    const argv = ['-q', '-s', resolveScript(DTRACE_DIR, name), ...macroArgs(name, 10, ['read', 'write'])];
    const r = await exec.run('dtrace', ['-e', ...argv], { timeoutMs: 60_000 });
    assert.equal(r.exitCode, 0, `${name}: ${r.stderr}`);
  }
});
