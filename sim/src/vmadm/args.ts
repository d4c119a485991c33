/** nopt-like option parsing: known boolean and valued flags, combined short booleans (-pH), unknown flags ignored. */
export interface Parsed {
  flags: Set<string>;
  values: Map<string, string>;
  positional: string[];
}

export function parseArgs(argv: string[], booleans: string, valued: string, long: Record<string, string> = {}): Parsed {
  const out: Parsed = { flags: new Set(), values: new Map(), positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--') && a.length > 2) {
      const [name, inline] = a.slice(2).split('=', 2);
      const short = long[name];
      if (short && valued.includes(short)) out.values.set(short, inline ?? argv[++i] ?? '');
      else if (short) out.flags.add(short);
    } else if (a.startsWith('-') && a.length > 1 && (!/^-\d/.test(a) || booleans.includes(a[1]))) {
      const chars = a.slice(1);
      for (let k = 0; k < chars.length; k++) {
        const c = chars[k];
        if (valued.includes(c)) {
          out.values.set(c, chars.slice(k + 1) || (argv[++i] ?? ''));
          break;
        }
        if (booleans.includes(c)) out.flags.add(c);
      }
    } else out.positional.push(a);
  }
  return out;
}
