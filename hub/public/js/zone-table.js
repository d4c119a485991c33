// A virtualised zone table: a fixed pool of absolutely positioned rows (only what the viewport shows plus a small
// overscan) re-pointed at zones as the user scrolls; a row's cells are rewritten only when their text changes.
import { fmtBytes, fmtCpus, fmtDuration, latencyClass, shortUuid } from './format.js';

export const COLUMNS = [
  { key: 'state', label: 'State' },
  { key: 'alias', label: 'Zone' },
  { key: 'brand', label: 'Brand' },
  { key: 'host', label: 'Host' },
  { key: 'owner', label: 'Owner' },
  { key: 'cpu', label: 'CPU / cap', num: true },
  { key: 'mem', label: 'Memory / cap', num: true },
  { key: 'runqP99', label: 'Runq p99', num: true },
  { key: 'fsP99', label: 'FS p99', num: true },
  { key: null, label: 'Actions' },
];

const OVERSCAN = 8;

export class ZoneTable {
  /** ctx: { rowHeight, hostName(uuid), inFlight(uuid), onAction(uuid, action), onSelect(uuid), onSort(key) } */
  constructor(scroller, spacer, thead, ctx) {
    Object.assign(this, { scroller, spacer, thead, ctx });
    this.view = [];
    this.pool = [];
    this.selected = null;
    this.sort = { key: 'host', dir: 1 };
    this.first = -1;
    this.buildHead();
    scroller.addEventListener('scroll', () => this.requestRender(), { passive: true });
    new ResizeObserver(() => { this.first = -1; this.requestRender(); }).observe(scroller);
    scroller.addEventListener('click', (e) => {
      const row = e.target.closest('.row');
      if (!row || !row.dataset.uuid) return;
      const b = e.target.closest('button[data-action]');
      if (b) { if (!b.disabled) ctx.onAction(row.dataset.uuid, b.dataset.action); return; }
      ctx.onSelect(row.dataset.uuid);
    });
  }

  buildHead() {
    this.thead.replaceChildren(...COLUMNS.map((c) => {
      const el = document.createElement('div');
      el.className = `col${c.num ? ' r' : ''}`;
      el.textContent = c.label;
      if (c.key) {
        el.dataset.key = c.key;
        el.addEventListener('click', () => this.ctx.onSort(c.key));
      }
      return el;
    }));
  }

  setSort(sort) {
    this.sort = sort;
    for (const el of this.thead.children) {
      el.classList.toggle('sorted', el.dataset.key === sort.key);
      el.classList.toggle('asc', el.dataset.key === sort.key && sort.dir > 0);
    }
  }

  setView(view) {
    this.view = view;
    this.spacer.style.height = `${view.length * this.ctx.rowHeight}px`;
    this.first = -1; // every pooled row re-points
    this.requestRender();
  }

  requestRender() { this.ctx.requestFrame(); }

  makeRow() {
    const row = document.createElement('div');
    row.className = 'row';
    row.innerHTML = `<span class="state"></span><span class="name"><b></b><span class="dim"></span></span><span class="brand-cell"></span>
      <span class="host"></span><span class="owner mono dim"></span>
      <span class="gauge"><span class="bar"><i></i></span><span class="num"></span></span>
      <span class="gauge"><span class="bar"><i></i></span><span class="num"></span></span>
      <span class="cell-num lat"></span><span class="cell-num lat"></span>
      <span class="actions"><button type="button" data-action="start">start</button><button type="button" data-action="stop">stop</button><button type="button" data-action="reboot">reboot</button><span class="busy"></span></span>`;
    const q = (s) => row.querySelector(s);
    const gauges = row.querySelectorAll('.gauge');
    const lats = row.querySelectorAll('.lat');
    row._c = {
      state: q('.state'), alias: q('.name b'), uuid: q('.name .dim'), brand: q('.brand-cell'), host: q('.host'), owner: q('.owner'),
      cpuBar: gauges[0].querySelector('i'), cpuNum: gauges[0].querySelector('.num'), memBar: gauges[1].querySelector('i'), memNum: gauges[1].querySelector('.num'),
      runq: lats[0], fs: lats[1], start: q('[data-action=start]'), stop: q('[data-action=stop]'), reboot: q('[data-action=reboot]'), busy: q('.busy'),
    };
    row._v = {};
    row.style.display = 'none';
    this.spacer.appendChild(row);
    return row;
  }

  /** Renders the visible window; `dirty` is the set of zone uuids whose data changed (only those are rewritten). */
  render(dirty) {
    const h = this.ctx.rowHeight;
    const visible = Math.ceil(this.scroller.clientHeight / h) + 2 * OVERSCAN;
    while (this.pool.length < visible) this.pool.push(this.makeRow());
    while (this.pool.length > visible) this.pool.pop().remove();
    const first = Math.max(0, Math.floor(this.scroller.scrollTop / h) - OVERSCAN);
    const moved = first !== this.first;
    this.first = first;
    for (let i = 0; i < this.pool.length; i++) {
      const row = this.pool[i];
      const idx = first + i;
      const z = this.view[idx];
      if (!z) { if (row.style.display !== 'none') { row.style.display = 'none'; row.dataset.uuid = ''; row._v = {}; } continue; }
      if (moved || row.dataset.uuid !== z.uuid) {
        row.style.display = '';
        row.style.transform = `translateY(${idx * h}px)`;
      }
      if (moved || row.dataset.uuid !== z.uuid || dirty.has(z.uuid)) this.fill(row, z);
      row.classList.toggle('selected', z.uuid === this.selected);
    }
  }

  fill(row, z) {
    row.dataset.uuid = z.uuid;
    const c = row._c, v = row._v;
    const set = (k, el, text) => { if (v[k] !== text) { v[k] = text; el.textContent = text; } };
    set('state', c.state, z.state);
    if (v.stateCls !== z.state) { v.stateCls = z.state; c.state.className = `state ${z.state}`; }
    set('alias', c.alias, z.alias || '(no alias)');
    set('uuid', c.uuid, shortUuid(z.uuid));
    set('brand', c.brand, z.brand);
    set('host', c.host, this.ctx.hostName(z.host));
    set('owner', c.owner, shortUuid(z.owner));
    if (v.ownerTitle !== z.owner) { v.ownerTitle = z.owner; c.owner.title = z.owner; }
    const cap = z.cpuCap ?? (z.cpuCapPct ? z.cpuCapPct / 100 : null);
    set('cpuNum', c.cpuNum, `${fmtCpus(z.cpu)} / ${cap ? fmtCpus(cap) : '∞'}`);
    bar(c.cpuBar, v, 'cpuBar', cap && z.cpu !== null ? z.cpu / cap : 0);
    const memCap = z.memCap ?? (z.ramMiB ? z.ramMiB * 2 ** 20 : null);
    set('memNum', c.memNum, `${fmtBytes(z.rss)} / ${memCap ? fmtBytes(memCap) : '∞'}`);
    bar(c.memBar, v, 'memBar', memCap && z.rss !== null ? z.rss / memCap : 0);
    set('runq', c.runq, fmtDuration(z.runqP99));
    setClass(c.runq, v, 'runqCls', `cell-num lat ${latencyClass(z.runqP99, 1e-3, 1e-2)}`);
    set('fs', c.fs, fmtDuration(z.fsP99));
    setClass(c.fs, v, 'fsCls', `cell-num lat ${latencyClass(z.fsP99, 1e-2, 1e-1)}`);
    const busy = this.ctx.inFlight(z.uuid);
    const running = z.state === 'running';
    c.start.disabled = !!busy || running || z.state === 'stopping';
    c.stop.disabled = !!busy || !running;
    c.reboot.disabled = !!busy || !running;
    set('busy', c.busy, busy ? `${busy.action}…` : '');
  }
}

function bar(el, v, k, frac) {
  const pct = Math.max(0, Math.min(100, Math.round(frac * 100)));
  if (v[k] === pct) return;
  v[k] = pct;
  el.style.width = `${pct}%`;
  el.className = pct >= 90 ? 'bad' : pct >= 75 ? 'warn' : '';
}

function setClass(el, v, k, cls) {
  if (v[k] !== cls) { v[k] = cls; el.className = cls; }
}
