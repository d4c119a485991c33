/**
 * kstat output formats: -p (`module:instance:name:statistic<TAB>value`), -C (`:` instead of the TAB), -l (names only),
 * and the default human format (kstat.h DFLT_FMT). Selectors are printed one after another in argument order, each in
 * sorted kstat order, so a kstat two selectors match is printed twice (ks_instances_print).
 */
import { formatHrtime, type Kstat, type KValue } from './kstat.js';
import type { Matcher, Selector } from './selector.js';

export type Format = 'parsable' | 'colon' | 'list' | 'human' | 'quiet';

export interface PrintResult {
  text: string;
  matched: boolean;
}

function value(v: KValue | undefined): string {
  return v === undefined ? '' : typeof v === 'string' ? v : v.toString();
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export function printSnapshot(kstats: Kstat[], snaptime: bigint, selectors: Selector[], klass: Matcher, format: Format): PrintResult {
  const parts: string[] = [];
  let matched = false;
  const withClass = format === 'parsable' || format === 'colon' || format === 'list';
  const sep = format === 'colon' ? ':' : '\t';
  for (const sel of selectors) {
    for (const k of kstats) {
      if (!sel.module(k.module) || !sel.name(k.name) || !klass(k.class) || !sel.instance(String(k.instance))) continue;
      let data: Record<string, KValue> | undefined;
      const prefix = `${k.module}:${k.instance}:${k.name}:`;
      const lines: string[] = [];
      for (const stat of k.fields) {
        if (stat === 'class' && !withClass) continue;
        if (!sel.statistic(stat)) continue;
        matched = true;
        if (format === 'quiet') continue;
        if (format === 'list') {
          lines.push(`${prefix}${stat}\n`);
          continue;
        }
        let v: string;
        if (stat === 'class') v = k.class;
        else if (stat === 'crtime') v = formatHrtime(k.crtime);
        else if (stat === 'snaptime') v = formatHrtime(snaptime);
        else v = value((data ??= k.data())[stat]);
        lines.push(format === 'human' ? `\t${pad(stat, 30)}  ${v}\n` : `${prefix}${stat}${sep}${v}\n`);
      }
      if (lines.length === 0) continue;
      if (format === 'human') {
        parts.push(`module: ${pad(k.module.slice(0, 30), 30)}  instance: ${pad(String(k.instance), 6)}\n` +
          `name:   ${pad(k.name.slice(0, 30), 30)}  class:    ${k.class.slice(0, 30)}\n`);
        lines.push('\n');
      }
      parts.push(lines.join(''));
    }
  }
  return { text: parts.join(''), matched };
}
