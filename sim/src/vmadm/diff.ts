/**
 * vminfod's object diff (vmadm.md section 5): changes[] entries with prettyPath/path/action/oldValue/newValue.
 * nics are matched by mac and disks by path; a change inside a matched element carries `ident` and a null path
 * element (`*` in prettyPath). Other arrays are compared as whole values.
 */
export interface Change {
  prettyPath: string;
  path: Array<string | null>;
  action: 'added' | 'removed' | 'changed';
  oldValue?: unknown;
  newValue?: unknown;
  ident?: string;
}

const KEYED: Record<string, string> = { nics: 'mac', disks: 'path' };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function diffVm(oldVm: Record<string, unknown>, newVm: Record<string, unknown>): Change[] {
  const out: Change[] = [];
  diffObj(oldVm, newVm, [], out, undefined);
  return out;
}

function push(out: Change[], path: Array<string | null>, action: Change['action'], oldValue: unknown, newValue: unknown, ident?: string) {
  const c: Change = { prettyPath: path.map((p) => (p === null ? '*' : p)).join('.'), path, action };
  if (action !== 'added') c.oldValue = oldValue;
  if (action !== 'removed') c.newValue = newValue;
  if (ident !== undefined) c.ident = ident;
  out.push(c);
}

function diffObj(a: Record<string, unknown>, b: Record<string, unknown>, path: Array<string | null>, out: Change[], ident?: string) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const av = a[k];
    const bv = b[k];
    const p = [...path, k];
    if (av === undefined && bv === undefined) continue;
    if (av === undefined) push(out, p, 'added', undefined, bv, ident);
    else if (bv === undefined) push(out, p, 'removed', av, undefined, ident);
    else if (path.length === 0 && KEYED[k] && Array.isArray(av) && Array.isArray(bv)) diffKeyed(av, bv, KEYED[k], p, out);
    else if (isObj(av) && isObj(bv)) diffObj(av, bv, p, out, ident);
    else if (!same(av, bv)) push(out, p, 'changed', av, bv, ident);
  }
}

function diffKeyed(a: unknown[], b: unknown[], key: string, path: Array<string | null>, out: Change[]) {
  const idOf = (e: unknown) => (isObj(e) && typeof e[key] === 'string' ? (e[key] as string) : undefined);
  const bIds = new Map(b.map((e) => [idOf(e), e]));
  const aIds = new Map(a.map((e) => [idOf(e), e]));
  const elem = [...path, null];
  for (const e of a) {
    const id = idOf(e);
    const match = id === undefined ? undefined : bIds.get(id);
    if (match === undefined) push(out, elem, 'removed', e, undefined);
    else if (isObj(e) && isObj(match)) diffObj(e, match, elem, out, id);
  }
  for (const e of b) {
    const id = idOf(e);
    if (id === undefined || !aIds.has(id)) push(out, elem, 'added', undefined, e);
  }
}
