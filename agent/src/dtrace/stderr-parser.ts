/**
 * Classifies `dtrace` stderr lines. Drop reports come from libdtrace dt_handle.c (dt_handle_cpudrop: "%llu %sdrop%s on
 * CPU %d"; dt_handle_status: "%llu %s%s%s" with the reason), each prefixed "dtrace: " by the CLI and optionally
 * "[tag] " when droptags is set; the count is the delta since the previous report. Runtime errors ("error on enabled
 * probe ID ...") mean a probe firing lost its data, so they are counted with the drops, as kind "error".
 */

/** Every kind the parser can report: zonelet_dtrace_drops_total has a series (at 0) for each from the start. */
export const DROP_KINDS = [
  'principal', 'aggregation',
  'dynamic', 'dynamic_rinsing', 'dynamic_dirty',
  'speculative', 'speculation_busy', 'speculation_unavailable',
  'stack_strtab', 'error_probe_enabling', 'error',
] as const;
export type DropKind = (typeof DROP_KINDS)[number];

export type StderrLine =
  | { type: 'drop'; kind: DropKind; count: bigint; cpu?: number }
  | { type: 'other'; message: string };

const PREFIX = /^dtrace: (?:\[[^\]]*\] )?/;

const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => { kind: DropKind; cpu?: number }]> = [
  [/^(\d+) (aggregation )?drops? on CPU (\d+)$/, (m) => ({ kind: m[2] ? 'aggregation' : 'principal', cpu: Number(m[3]) })],
  [/^(\d+) dynamic variable drops?(?: with non-empty (rinsing|dirty) list)?$/,
    (m) => ({ kind: m[2] === 'rinsing' ? 'dynamic_rinsing' : m[2] === 'dirty' ? 'dynamic_dirty' : 'dynamic' })],
  [/^(\d+) speculative drops?$/, () => ({ kind: 'speculative' })],
  [/^(\d+) failed speculations? \((available buffer\(s\) still busy|no speculative buffer available)\)$/,
    (m) => ({ kind: m[2]!.startsWith('available') ? 'speculation_busy' : 'speculation_unavailable' })],
  [/^(\d+) jstack\(\)\/ustack\(\) string table overflows?$/, () => ({ kind: 'stack_strtab' })],
  [/^(\d+) errors? in ERROR probe enabling$/, () => ({ kind: 'error_probe_enabling' })],
];

const RUNTIME_ERROR = /^error on enabled probe ID \d+ \(ID \d+: [^)]*\): .+$/;

export function parseStderrLine(raw: string): StderrLine {
  const line = raw.replace(/\r$/, '').trimEnd();
  const p = PREFIX.exec(line);
  if (!p) return { type: 'other', message: line };
  const rest = line.slice(p[0].length);
  for (const [re, kindOf] of PATTERNS) {
    const m = re.exec(rest);
    if (m) return { type: 'drop', count: BigInt(m[1]!), ...kindOf(m) };
  }
  if (RUNTIME_ERROR.test(rest)) return { type: 'drop', kind: 'error', count: 1n };
  return { type: 'other', message: line };
}
