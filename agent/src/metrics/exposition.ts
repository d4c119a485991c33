/**
 * Text exposition helpers shared by the zone/host snapshot and the agent's own prom-client registry.
 *
 * Values come from kstat as exact BigInts; they are printed as exact decimals (never through a float), so a 64-bit
 * counter such as 18446744073709551614 survives to the wire. Scaling to base units (ns -> s, us -> s, percent -> cpus,
 * pages -> bytes) is done in integer arithmetic for the same reason.
 */
import { Registry } from 'prom-client';

export type MetricType = 'counter' | 'gauge';

export interface Family {
  /** full sample name as exposed in the Prometheus text format (counters end in _total) */
  readonly name: string;
  readonly type: MetricType;
  readonly help: string;
}

export type Format = 'prometheus' | 'openmetrics';

export const CONTENT_TYPE: Record<Format, string> = {
  prometheus: Registry.PROMETHEUS_CONTENT_TYPE,
  openmetrics: Registry.OPENMETRICS_CONTENT_TYPE,
};

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

export function family(name: string, type: MetricType, help: string): Family {
  if (!METRIC_NAME.test(name)) throw new Error(`invalid metric name ${JSON.stringify(name)}`);
  if (type === 'counter' && !name.endsWith('_total')) throw new Error(`counter ${name} must end in _total`);
  return Object.freeze({ name, type, help });
}

function escapeHelp(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** The # HELP / # TYPE lines; OpenMetrics names a counter family without its _total suffix. */
export function familyHeader(f: Family, format: Format): string {
  const name = format === 'openmetrics' && f.type === 'counter' ? f.name.slice(0, -'_total'.length) : f.name;
  return `# HELP ${name} ${escapeHelp(f.help)}\n# TYPE ${name} ${f.type}\n`;
}

const NEEDS_ESCAPE = /[\\"\n]/;

export function escapeLabelValue(v: string): string {
  if (!NEEDS_ESCAPE.test(v)) return v;
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** `a="x",b="y"` from pairs, values escaped; used for the labels after `zone=`. */
export function labelPairs(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}="${escapeLabelValue(v)}"`)
    .join(',');
}

/** Exact decimal of v / 10^digits, trailing zeros trimmed ("1.5", "227321.585182107", "0"); string work, no division. */
export function decimalShift(v: bigint, digits: number): string {
  return decimalShiftText(v.toString(), digits);
}

/** decimalShift of an integer's decimal text (optional '-', digits; not checked here). */
export function decimalShiftText(s: string, digits: number): string {
  const neg = s.charCodeAt(0) === 45;
  if (neg) s = s.slice(1);
  if (s.length <= digits) s = '0'.repeat(digits - s.length + 1) + s;
  const cut = s.length - digits;
  let end = s.length;
  while (end > cut && s.charCodeAt(end - 1) === 48) end--;
  const out = end > cut ? `${s.slice(0, cut)}.${s.slice(cut, end)}` : s.slice(0, cut);
  return neg ? `-${out}` : out;
}

export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  return String(n);
}

/**
 * Converts prom-client's Prometheus text (blank lines between families, counters named with _total) to OpenMetrics:
 * counter families lose _total in their HELP/TYPE lines, blank lines go. `# EOF` is added by the caller, once.
 */
export function prometheusTextToOpenMetrics(text: string): string {
  const counters = new Set<string>();
  for (const m of text.matchAll(/^# TYPE (\S+) counter$/gm)) counters.add(m[1]!);
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const m = /^# (HELP|TYPE) (\S+)(.*)$/.exec(line);
    if (m && counters.has(m[2]!)) {
      out.push(`# ${m[1]} ${m[2]!.replace(/_total$/, '')}${m[3]}`);
      continue;
    }
    if (!line.startsWith('#')) {
      // a counter prom-client named without _total gets the suffix its OpenMetrics samples need
      const name = /^[^{ ]+/.exec(line)?.[0];
      if (name && counters.has(name) && !name.endsWith('_total')) {
        out.push(`${name}_total${line.slice(name.length)}`);
        continue;
      }
    }
    out.push(line);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/**
 * Picks the exposition format from an Accept header: OpenMetrics only when the client lists it with a q above the
 * one it gives text/plain (Prometheus sends both, preferring OpenMetrics when configured to).
 */
export function negotiateFormat(accept: string | undefined): Format {
  if (!accept) return 'prometheus';
  let om = -1;
  let text = -1;
  for (const part of accept.split(',')) {
    const [type, ...params] = part.trim().split(';').map((s) => s.trim());
    const qp = params.find((p) => p.startsWith('q='));
    const q = qp ? Number(qp.slice(2)) : 1;
    const quality = Number.isFinite(q) ? q : 0;
    const t = (type ?? '').toLowerCase();
    if (t === 'application/openmetrics-text') om = Math.max(om, quality);
    else if (t === 'text/plain' || t === '*/*') text = Math.max(text, quality);
  }
  return om > 0 && om >= text ? 'openmetrics' : 'prometheus';
}

/** True when Accept-Encoding allows gzip (q > 0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  for (const part of acceptEncoding.split(',')) {
    const [coding, ...params] = part.trim().split(';').map((s) => s.trim());
    if (coding?.toLowerCase() !== 'gzip') continue;
    const qp = params.find((p) => p.startsWith('q='));
    return !qp || Number(qp.slice(2)) > 0;
  }
  return false;
}
