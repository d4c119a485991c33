// Number formatting for the fleet page: fixed widths so columns of numbers line up.

export function fmtDuration(s) {
  if (s === null || s === undefined || !Number.isFinite(s)) return '–';
  if (s < 1e-3) return `${Math.round(s * 1e6)}µs`;
  if (s < 1) return `${(s * 1e3).toFixed(s < 1e-2 ? 1 : 0)}ms`;
  return `${s.toFixed(s < 10 ? 2 : 1)}s`;
}

export function fmtBytes(b) {
  if (b === null || b === undefined || !Number.isFinite(b)) return '–';
  if (b >= 2 ** 40) return `${(b / 2 ** 40).toFixed(1)}T`;
  if (b >= 2 ** 30) return `${(b / 2 ** 30).toFixed(1)}G`;
  if (b >= 2 ** 20) return `${(b / 2 ** 20).toFixed(0)}M`;
  return `${(b / 2 ** 10).toFixed(0)}K`;
}

export function fmtCpus(n) {
  return n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(2);
}

export const shortUuid = (u) => (u ? u.slice(0, 8) : '–');

export function fmtTime(ms) {
  const d = new Date(ms);
  return d.toTimeString().slice(0, 8);
}

/** Severity class of a latency (s) against warn/bad thresholds. */
export function latencyClass(s, warn, bad) {
  if (s === null || s === undefined) return 'none';
  return s >= bad ? 'bad' : s >= warn ? 'warn' : 'ok';
}
