// Latency heatmaps on canvas: x = time (one column per interval), y = latency bucket on a log scale, colour = events
// in that bucket during that interval (log-scaled against the map's busiest cell), and a p99 line on top.

const STOPS = [[11, 14, 18], [24, 47, 96], [32, 110, 170], [80, 185, 150], [235, 200, 70], [255, 110, 60], [255, 245, 235]];

export function colour(f) {
  const x = Math.max(0, Math.min(1, f)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(x));
  const t = x - i;
  const [a, b] = [STOPS[i], STOPS[i + 1]];
  return `rgb(${Math.round(a[0] + (b[0] - a[0]) * t)},${Math.round(a[1] + (b[1] - a[1]) * t)},${Math.round(a[2] + (b[2] - a[2]) * t)})`;
}

export function drawLegend(canvas) {
  const g = canvas.getContext('2d');
  for (let x = 0; x < canvas.width; x++) { g.fillStyle = colour(x / (canvas.width - 1)); g.fillRect(x, 0, 1, canvas.height); }
}

/** Sums families with the same bucket grid (fs read + write) column by column. */
export function combine(list) {
  const fams = list.filter(Boolean);
  if (fams.length === 0) return null;
  const base = fams[0];
  const byT = new Map();
  for (const f of fams) {
    if (f.le.length !== base.le.length) continue;
    f.t.forEach((t, i) => {
      const acc = byT.get(t) ?? new Array(base.le.length).fill(0);
      f.counts[i].forEach((c, j) => { acc[j] += c; });
      byT.set(t, acc);
    });
  }
  const t = [...byT.keys()].sort((a, b) => a - b);
  return { le: base.le, t, counts: t.map((x) => byT.get(x)) };
}

const Y_MIN = 1e-7, Y_MAX = 100; // 100 ns .. 100 s

/** Draws one heatmap; `series` is { le: (number|null)[], t: number[], counts: number[][] } or null. */
export function drawHeatmap(canvas, series, now = Date.now()) {
  const dpr = window.devicePixelRatio || 1;
  const W = canvas.clientWidth || canvas.width, H = canvas.clientHeight || canvas.height;
  if (canvas.width !== Math.round(W * dpr)) { canvas.width = Math.round(W * dpr); canvas.height = Math.round(H * dpr); }
  const g = canvas.getContext('2d');
  g.setTransform(dpr, 0, 0, dpr, 0, 0);
  g.clearRect(0, 0, W, H);
  const L = 44, R = 6, T = 6, B = 18;
  const pw = W - L - R, ph = H - T - B;
  // y range: the grid's own range (underflow bucket down to a tenth of its bound, +Inf up to 10x the last bound)
  const finite = series ? series.le.filter((x) => x !== null) : [];
  const lo = finite.length ? Math.max(Y_MIN, finite[0] / 10) : 1e-6;
  const hi = finite.length ? Math.min(Y_MAX, finite[finite.length - 1] * 10) : 10;
  const y = (v) => T + ph - ((Math.log10(Math.max(lo, Math.min(hi, v))) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * ph;
  g.font = '10px ui-monospace, monospace';
  g.fillStyle = '#8a96a5';
  g.strokeStyle = '#1c232c';
  g.lineWidth = 1;
  for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) {
    const yy = Math.round(y(10 ** e)) + 0.5;
    g.beginPath(); g.moveTo(L, yy); g.lineTo(W - R, yy); g.stroke();
    g.fillText(decade(e), 2, yy + 3);
  }
  if (!series || series.t.length === 0) {
    g.fillText('no latency samples yet', L + 8, T + ph / 2);
    return;
  }
  const t0 = series.t[0], t1 = Math.max(series.t[series.t.length - 1], t0 + 1);
  const step = series.t.length > 1 ? (t1 - t0) / (series.t.length - 1) : 10_000;
  const x = (t) => L + ((t - (t0 - step)) / (t1 - (t0 - step))) * pw;
  let max = 0;
  for (const col of series.counts) for (const c of col) if (c > max) max = c;
  const lmax = Math.log1p(max);
  const bounds = series.le.map((u, i) => [i === 0 ? (u ?? hi) / 10 : series.le[i - 1], u ?? hi]);
  const p99 = [];
  series.t.forEach((t, i) => {
    const xa = x(i > 0 ? series.t[i - 1] : t - step), xb = x(t);
    const col = series.counts[i];
    let total = 0;
    for (let j = 0; j < col.length; j++) {
      const c = col[j];
      total += c;
      if (c <= 0) continue;
      const [a, b] = bounds[j];
      const ya = y(a), yb = y(b);
      g.fillStyle = colour(0.12 + 0.88 * (Math.log1p(c) / lmax));
      g.fillRect(xa, yb, Math.max(1, xb - xa + 0.5), Math.max(1, ya - yb + 0.5));
    }
    if (total > 0) {
      let acc = 0, j = 0;
      for (; j < col.length; j++) { acc += col[j]; if (acc >= 0.99 * total) break; }
      p99.push([(xa + xb) / 2, y(bounds[Math.min(j, col.length - 1)][1])]);
    }
  });
  if (p99.length > 1) {
    g.strokeStyle = 'rgba(232,241,255,0.85)';
    g.setLineDash([3, 2]);
    g.beginPath();
    p99.forEach(([px, py], i) => (i ? g.lineTo(px, py) : g.moveTo(px, py)));
    g.stroke();
    g.setLineDash([]);
  }
  g.fillStyle = '#8a96a5';
  g.fillText(`−${fmtAgo(now - t0 + step)}`, L, H - 4);
  const label = `max ${max}/interval`;
  g.fillText(label, W - R - g.measureText(label).width, H - 4);
}

function decade(e) {
  const units = [[0, 's'], [-3, 'ms'], [-6, 'µs'], [-9, 'ns']];
  for (const [base, u] of units) if (e >= base) return `${10 ** (e - base)}${u}`;
  return `1e${e}`;
}

function fmtAgo(ms) {
  const s = Math.round(ms / 1000);
  return s >= 120 ? `${Math.round(s / 60)}m` : `${s}s`;
}
