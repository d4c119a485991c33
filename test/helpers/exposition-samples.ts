// Parses Prometheus exposition text (the scrape target's bodies) into hub samples: an independent reading of what a
// scrape sees, for tests and benches to compare the hub stream against.
import type { HubSample } from '../../agent/src/hub/sources.js';

const INTEGER = /^-?\d+$/;

/** Parses `name{k="v",...} value` lines; comments and blank lines are skipped, `zone` is lifted out of the labels. */
export function expositionSamples(text: string, into: HubSample[] = []): HubSample[] {
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    if (end > pos && text.charCodeAt(pos) !== 35 /* # */) {
      const sample = parseLine(text, pos, end);
      if (sample) into.push(sample);
    }
    pos = end + 1;
  }
  return into;
}

function parseLine(text: string, start: number, end: number): HubSample | undefined {
  let i = start;
  while (i < end && text[i] !== '{' && text[i] !== ' ') i++;
  const name = text.slice(start, i);
  let zone = '';
  let labels: Record<string, string> | undefined;
  if (text[i] === '{') {
    i++;
    while (i < end && text[i] !== '}') {
      const eq = text.indexOf('=', i);
      if (eq === -1 || eq >= end || text[eq + 1] !== '"') return undefined;
      const key = text.slice(i, eq);
      let value = '';
      let j = eq + 2;
      for (; j < end && text[j] !== '"'; j++) {
        if (text[j] === '\\' && j + 1 < end) {
          j++;
          value += text[j] === 'n' ? '\n' : text[j];
        } else value += text[j];
      }
      if (key === 'zone') zone = value;
      else (labels ??= {})[key] = value;
      i = j + 1;
      if (text[i] === ',') i++;
    }
    i++; // past '}'
  }
  const raw = text.slice(i, end).trim().split(' ', 1)[0] ?? '';
  if (raw === '') return undefined;
  const value = INTEGER.test(raw) && !raw.startsWith('-') ? BigInt(raw) : Number(raw === '+Inf' ? Infinity : raw);
  if (typeof value === 'number' && Number.isNaN(value)) return undefined;
  return labels ? { zone, name, labels, value } : { zone, name, value };
}
