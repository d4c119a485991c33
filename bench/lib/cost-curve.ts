// The cost curve as a hand-written SVG (no dependency): agent and sim CPU, and agent RSS, against the zone count on
// a log axis; each point is the median with a min-max whisker.
import type { Summary } from './stats.js';

export interface CurvePoint { zones: number; agentPct: Summary; simPct: Summary; rssMB: number }

const W = 900, H = 380, PAD = { l: 60, r: 20, t: 40, b: 50 };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function panel(x0: number, width: number, title: string, unit: string, zones: number[], series: Array<{ name: string; color: string; pts: Array<{ z: number; y: Summary }> }>, target?: { y: number; label: string }): string {
  const plotW = width - PAD.l - PAD.r, plotH = H - PAD.t - PAD.b;
  const lo = Math.log10(Math.min(...zones)), hi = Math.log10(Math.max(...zones));
  const yMax = niceMax(Math.max(...series.flatMap((s) => s.pts.map((p) => p.y.max)), target?.y ?? 0) * 1.1);
  const X = (z: number) => x0 + PAD.l + ((Math.log10(z) - lo) / (hi - lo || 1)) * plotW;
  const Y = (v: number) => PAD.t + plotH - (v / yMax) * plotH;
  const out: string[] = [`<text x="${x0 + width / 2}" y="22" text-anchor="middle" font-weight="bold">${esc(title)}</text>`];
  for (let i = 0; i <= 5; i++) {
    const v = (yMax * i) / 5;
    out.push(`<line x1="${x0 + PAD.l}" x2="${x0 + PAD.l + plotW}" y1="${Y(v)}" y2="${Y(v)}" stroke="#ddd"/>`);
    out.push(`<text x="${x0 + PAD.l - 6}" y="${Y(v) + 4}" text-anchor="end">${+v.toFixed(2)}</text>`);
  }
  for (const z of zones) {
    out.push(`<line x1="${X(z)}" x2="${X(z)}" y1="${PAD.t}" y2="${PAD.t + plotH}" stroke="#eee"/>`);
    out.push(`<text x="${X(z)}" y="${PAD.t + plotH + 18}" text-anchor="middle">${z}</text>`);
  }
  out.push(`<text x="${x0 + PAD.l + plotW / 2}" y="${H - 10}" text-anchor="middle">zones (log scale)</text>`);
  out.push(`<text x="${x0 + 14}" y="${PAD.t + plotH / 2}" text-anchor="middle" transform="rotate(-90 ${x0 + 14} ${PAD.t + plotH / 2})">${esc(unit)}</text>`);
  if (target) {
    out.push(`<line x1="${x0 + PAD.l}" x2="${x0 + PAD.l + plotW}" y1="${Y(target.y)}" y2="${Y(target.y)}" stroke="#c00" stroke-dasharray="6 4"/>`);
    out.push(`<text x="${x0 + PAD.l + 4}" y="${Y(target.y) - 4}" fill="#c00">${esc(target.label)}</text>`);
  }
  series.forEach((s, k) => {
    out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${s.pts.map((p) => `${X(p.z).toFixed(1)},${Y(p.y.median).toFixed(1)}`).join(' ')}"/>`);
    for (const p of s.pts) {
      out.push(`<line x1="${X(p.z)}" x2="${X(p.z)}" y1="${Y(p.y.min)}" y2="${Y(p.y.max)}" stroke="${s.color}"/>`);
      out.push(`<circle cx="${X(p.z)}" cy="${Y(p.y.median)}" r="3.5" fill="${s.color}"/>`);
    }
    out.push(`<rect x="${x0 + PAD.l + 10}" y="${PAD.t + 8 + k * 18}" width="12" height="12" fill="${s.color}"/>`);
    out.push(`<text x="${x0 + PAD.l + 28}" y="${PAD.t + 18 + k * 18}">${esc(s.name)}</text>`);
  });
  return out.join('\n');
}

export function costCurveSvg(points: CurvePoint[], caption: string): string {
  const zones = points.map((p) => p.zones);
  const one = (v: number): Summary => ({ median: v, min: v, max: v, n: 1 });
  const cpu = panel(0, W / 2, 'CPU, % of one core at a 10 s interval', '% of one core', zones, [
    { name: 'agent (zonelet run)', color: '#1f77b4', pts: points.map((p) => ({ z: p.zones, y: p.agentPct })) },
    { name: 'sim tools it runs (sim-measured)', color: '#ff7f0e', pts: points.map((p) => ({ z: p.zones, y: p.simPct })) },
  ], { y: 2, label: 'target at 1000 zones: 2 %' });
  const rss = panel(W / 2, W / 2, 'Agent RSS after warm-up', 'MB', zones, [
    { name: 'agent RSS', color: '#2ca02c', pts: points.map((p) => ({ z: p.zones, y: one(p.rssMB) })) },
  ], { y: 100, label: 'target: 100 MB' });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H + 20}" viewBox="0 0 ${W} ${H + 20}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>
${cpu}
${rss}
<text x="${W / 2}" y="${H + 12}" text-anchor="middle" fill="#555">${esc(caption)}</text>
</svg>
`;
}
