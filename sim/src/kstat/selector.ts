/**
 * kstat selectors: `module:instance:name:statistic` operands and -m/-i/-n/-s/-c, each field a gmatch(3GEN) shell glob
 * or a /regex/ (POSIX ERE, unanchored). An empty or missing field is `*`. The instance is matched as its decimal text.
 */

export type Matcher = (s: string) => boolean;

export interface Selector {
  module: Matcher;
  instance: Matcher;
  name: Matcher;
  statistic: Matcher;
}

export class SelectorError extends Error {}

const ANY: Matcher = () => true;

/** gmatch glob to an anchored RegExp: * ? [set] [!set] and backslash escapes. */
function globToRegExp(glob: string): RegExp {
  let re = '^';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '\\' && i + 1 < glob.length) re += escape(glob[++i]);
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let set = glob.slice(i + 1, end);
      const negate = set.startsWith('!');
      if (negate) set = set.slice(1);
      re += `[${negate ? '^' : ''}${set.replace(/[\\\]^]/g, (m) => `\\${m}`)}]`;
      i = end;
    } else re += escape(c);
  }
  return new RegExp(re + '$');
}

function escape(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

export function matcher(pattern: string | undefined): Matcher {
  if (pattern === undefined || pattern === '' || pattern === '*') return ANY;
  if (pattern.length >= 2 && pattern.startsWith('/') && pattern.endsWith('/')) {
    let re: RegExp;
    try {
      re = new RegExp(pattern.slice(1, -1));
    } catch (e) {
      throw new SelectorError(String((e as Error).message).replace(/^Invalid regular expression: /, ''));
    }
    return (s) => re.test(s);
  }
  if (!/[*?[\\]/.test(pattern)) return (s) => s === pattern;
  const re = globToRegExp(pattern);
  return (s) => re.test(s);
}

/** One `m:i:n:s` operand; more than four fields is a usage error (undefined). */
export function parseOperand(op: string): Selector | undefined {
  const f = op.split(':');
  if (f.length > 4) return undefined;
  return { module: matcher(f[0]), instance: matcher(f[1]), name: matcher(f[2]), statistic: matcher(f[3]) };
}

export function fromOptions(o: { m?: string; i?: string; n?: string; s?: string }): Selector {
  return { module: matcher(o.m), instance: matcher(o.i), name: matcher(o.n), statistic: matcher(o.s) };
}
