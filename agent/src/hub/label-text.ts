// Label text (`a="x",b="y\"z"`, the exposition's syntax) to and from the hub's label pairs. Parsed only when a
// series is first defined, never per cycle.
import { escapeLabelValue } from '../metrics/exposition.js';

export interface LabelPair { name: string; value: string }

/** Label pairs sorted by name, values unescaped; throws naming the text when it is not label syntax. */
export function parseLabelText(text: string): LabelPair[] {
  const out: LabelPair[] = [];
  let i = 0;
  while (i < text.length) {
    const eq = text.indexOf('=', i);
    if (eq === -1 || text[eq + 1] !== '"') throw new Error(`malformed label text at ${i}: ${JSON.stringify(text)}`);
    const name = text.slice(i, eq);
    let value = '';
    let j = eq + 2;
    for (; j < text.length && text[j] !== '"'; j++) {
      if (text[j] === '\\' && j + 1 < text.length) {
        j++;
        value += text[j] === 'n' ? '\n' : text[j];
      } else value += text[j];
    }
    if (j >= text.length) throw new Error(`unterminated label value in ${JSON.stringify(text)}`);
    out.push({ name, value });
    i = j + 1;
    if (text[i] === ',') i++;
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Label text of a record, names sorted (so two records with the same pairs give the same text). */
export function labelTextOf(labels: Readonly<Record<string, string>> | undefined): string {
  if (!labels) return '';
  let s = '';
  for (const n of Object.keys(labels).sort()) s += `${s ? ',' : ''}${n}="${escapeLabelValue(labels[n]!)}"`;
  return s;
}
