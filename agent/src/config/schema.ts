/**
 * A tiny declarative validator: each node checks one JSON value at a key path, pushes every problem it finds
 * (so all problems are reported at once) and fills defaults. Object nodes reject unknown keys.
 */
import type { ConfigProblem } from './types.js';

export interface Node<T> {
  /** returns undefined after recording a problem, or when the value is absent and optional */
  check(value: unknown, path: string, problems: ConfigProblem[]): T | undefined;
  /** what a missing key becomes; `required` = a problem; undefined = stays absent */
  missing: { value: T } | 'required' | undefined;
}

type Fields<T> = { [K in keyof T]-?: Node<T[K]> };

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? `"${v}"` : typeof v === 'object' ? 'an object' : String(v);

function leaf<T>(expected: string, accept: (v: unknown) => v is T, extra?: (v: T) => string | undefined): Node<T> {
  return {
    missing: 'required',
    check(value, path, problems) {
      if (!accept(value)) {
        problems.push({ path, message: `expected ${expected}, got ${describe(value)}` });
        return undefined;
      }
      const complaint = extra?.(value);
      if (complaint) { problems.push({ path, message: complaint }); return undefined; }
      return value;
    },
  };
}

export const string = (expected = 'a string', test?: (s: string) => boolean): Node<string> =>
  leaf(expected, (v): v is string => typeof v === 'string' && v.length > 0 && (!test || test(v)));

export const absolutePath = (): Node<string> =>
  string('an absolute path', (s) => s.startsWith('/') && !s.includes('\0'));

export const number = (opts: { min?: number; max?: number; integer?: boolean } = {}): Node<number> => {
  const what = opts.integer ? 'an integer' : 'a number';
  const range = opts.min !== undefined && opts.max !== undefined ? ` from ${opts.min} to ${opts.max}`
    : opts.min !== undefined ? ` >= ${opts.min}` : '';
  return leaf(`${what}${range}`, (v): v is number =>
    typeof v === 'number' && Number.isFinite(v) && (!opts.integer || Number.isInteger(v))
    && (opts.min === undefined || v >= opts.min) && (opts.max === undefined || v <= opts.max));
};

export const boolean = (): Node<boolean> => leaf('true or false', (v): v is boolean => typeof v === 'boolean');

export const oneOf = <T extends string>(values: readonly T[]): Node<T> =>
  leaf(`one of ${values.join(', ')}`, (v): v is T => typeof v === 'string' && (values as readonly string[]).includes(v));

export const union = <A, B>(a: Node<A>, b: Node<B>, expected: string): Node<A | B> => ({
  missing: 'required',
  check(value, path, problems) {
    for (const n of [a, b] as Node<A | B>[]) {
      const scratch: ConfigProblem[] = [];
      const r = n.check(value, path, scratch);
      if (scratch.length === 0) return r;
    }
    problems.push({ path, message: `expected ${expected}, got ${describe(value)}` });
    return undefined;
  },
});

export const withDefault = <T>(node: Node<T>, value: T): Node<T> => ({ ...node, missing: { value } });
export const optional = <T>(node: Node<T>): Node<T | undefined> => ({ ...node, missing: undefined });

export function array<T>(item: Node<T>): Node<T[]> {
  return {
    missing: 'required',
    check(value, path, problems) {
      if (!Array.isArray(value)) { problems.push({ path, message: `expected an array, got ${describe(value)}` }); return undefined; }
      const before = problems.length;
      const out = value.map((v, i) => item.check(v, `${path}[${i}]`, problems));
      return problems.length === before ? (out as T[]) : undefined;
    },
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** An object with fixed keys; unknown keys are problems; a missing object is checked as `{}` (so defaults fill in). */
export function object<T>(fields: Fields<T>, refine?: (v: T, path: string, problems: ConfigProblem[]) => void): Node<T> {
  const node: Node<T> = {
    missing: 'required',
    check(value, path, problems) {
      if (!isPlainObject(value)) { problems.push({ path, message: `expected an object, got ${describe(value)}` }); return undefined; }
      const before = problems.length;
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(fields, key)) problems.push({ path: join(path, key), message: 'unknown key' });
      }
      const out: Record<string, unknown> = {};
      for (const [key, n] of Object.entries(fields) as [string, Node<unknown>][]) {
        const p = join(path, key);
        if (Object.hasOwn(value, key) && value[key] !== undefined) {
          const r = n.check(value[key], p, problems);
          if (r !== undefined) out[key] = r;
        } else if (n.missing === 'required') {
          problems.push({ path: p, message: 'required' });
        } else if (n.missing !== undefined) {
          out[key] = structuredClone(n.missing.value);
        }
      }
      if (problems.length !== before) return undefined;
      refine?.(out as T, path, problems);
      return problems.length === before ? (out as T) : undefined;
    },
  };
  return node;
}

/** An object whose own defaults all apply when it is absent. */
export function section<T>(fields: Fields<T>, refine?: (v: T, path: string, problems: ConfigProblem[]) => void): Node<T> {
  const node = object(fields, refine);
  const scratch: ConfigProblem[] = [];
  const empty = node.check({}, '', scratch);
  return scratch.length === 0 ? { ...node, missing: { value: empty as T } } : node;
}

/** A map from names matching `keyPattern` to values of one shape. */
export function record<T>(keyPattern: RegExp, keyWhat: string, item: Node<T>): Node<Record<string, T>> {
  return {
    missing: { value: {} },
    check(value, path, problems) {
      if (!isPlainObject(value)) { problems.push({ path, message: `expected an object, got ${describe(value)}` }); return undefined; }
      const before = problems.length;
      const out: Record<string, T> = {};
      for (const [key, v] of Object.entries(value)) {
        const p = join(path, key);
        if (!keyPattern.test(key)) { problems.push({ path: p, message: `expected ${keyWhat} as the key` }); continue; }
        const r = item.check(v, p, problems);
        if (r !== undefined) out[key] = r;
      }
      return problems.length === before ? out : undefined;
    },
  };
}
