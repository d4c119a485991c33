// The fleet page: wires the hub's event stream to the store, batches every event that arrives between two
// animation frames into one update, and re-filters/re-sorts only when membership (or, at most once per
// RESORT_MS, a sorted metric) changed.
import { api, AuthError, follow, postAction, token } from './feed.js';
import { fmtBytes, fmtCpus, fmtDuration, fmtTime, shortUuid } from './format.js';
import { combine, drawHeatmap, drawLegend } from './heatmap.js';
import { FleetStore, isTerminal } from './store.js';
import { ZoneTable } from './zone-table.js';

const ROW_HEIGHT = 28;
const RESORT_MS = 2000;
const HEATMAP_REFRESH_MS = 2000;
const $ = (id) => document.getElementById(id);

const store = new FleetStore();
const filter = { owner: '', host: '', state: '', text: '' };
const stats = { events: 0, flushes: 0, lastFlushMs: 0, maxFlushMs: 0, flushMs: [], lastEventsPerFlush: 0, snapshotZones: 0, lastEventAt: 0 };
let queue = [];
let frameRequested = false;
let metricsSinceSort = false;
let lastSort = 0;
let selected = null;
let heatmapTimer = null;
let lastHeatmapFetch = 0;
let lastHostsRender = -Infinity;

const table = new ZoneTable($('scroller'), $('spacer'), $('thead'), {
  rowHeight: ROW_HEIGHT,
  hostName: (uuid) => store.hosts.get(uuid)?.hostname ?? shortUuid(uuid),
  inFlight: (uuid) => store.inFlight(uuid),
  onAction: (uuid, action) => runAction(uuid, action),
  onSelect: (uuid) => select(uuid),
  onSort: (key) => {
    const s = table.sort;
    table.setSort({ key, dir: s.key === key ? -s.dir : (['cpu', 'mem', 'runqP99', 'fsP99'].includes(key) ? -1 : 1) });
    store.membership = true;
    requestFrame();
  },
  requestFrame: () => requestFrame(),
});
table.setSort({ key: 'host', dir: 1 });

function requestFrame() {
  if (frameRequested) return;
  frameRequested = true;
  // rAF pauses in a hidden tab; a timer keeps the model from piling up there
  if (document.hidden) setTimeout(flush, 250); else requestAnimationFrame(flush);
}

function onEvent(type, data) {
  queue.push([type, data]);
  stats.events++;
  stats.lastEventAt = performance.now();
  requestFrame();
}

/** Applies every queued event, then renders once. */
function flush() {
  frameRequested = false;
  const t0 = performance.now();
  const batch = queue;
  queue = [];
  let heatmapHost = false;
  for (const [type, d] of batch) {
    switch (type) {
      case 'snapshot': store.applySnapshot(d); stats.snapshotZones = d.zones.length; break;
      case 'zones': store.applyZones(d); break;
      case 'zone-removed': store.removeZone(d.uuid); break;
      case 'metrics':
        for (const m of d.rows) store.applyMetricRow(m);
        metricsSinceSort = true;
        if (selected && store.zones.get(selected)?.host === d.host) heatmapHost = true;
        break;
      case 'host': store.applyHost(d); break;
      case 'command': store.applyCommand(d); renderCommands(); break;
      case 'hub-error': console.warn(d.message); break;
    }
  }
  const sortedByMetric = ['cpu', 'mem', 'runqP99', 'fsP99'].includes(table.sort.key);
  if (store.membership || (sortedByMetric && metricsSinceSort && performance.now() - lastSort > RESORT_MS)) {
    store.membership = false;
    metricsSinceSort = false;
    lastSort = performance.now();
    table.setView(computeView());
  }
  table.render(store.changed);
  if (selected && store.changed.has(selected)) renderDetail();
  store.changed.clear();
  if (store.hostsChanged) {
    // the host list and filter options are small but rebuilt whole: at most once a second
    if (performance.now() - lastHostsRender > 1000) { store.hostsChanged = false; lastHostsRender = performance.now(); renderHosts(); }
    else setTimeout(requestFrame, 1000);
  }
  renderCounters();
  if (heatmapHost) scheduleHeatmap();
  const ms = performance.now() - t0;
  if (batch.length) {
    stats.flushes++;
    stats.lastFlushMs = ms;
    stats.lastEventsPerFlush = batch.length;
    stats.maxFlushMs = Math.max(stats.maxFlushMs, ms);
    stats.flushMs.push(ms);
    if (stats.flushMs.length > 500) stats.flushMs.shift();
  }
}

function sortValue(z, key) {
  switch (key) {
    case 'host': return `${store.hosts.get(z.host)?.hostname ?? z.host}\0${z.alias}`;
    case 'cpu': { const cap = z.cpuCap ?? (z.cpuCapPct ? z.cpuCapPct / 100 : null); return cap && z.cpu !== null ? z.cpu / cap : (z.cpu ?? -1); }
    case 'mem': { const cap = z.memCap ?? (z.ramMiB ? z.ramMiB * 2 ** 20 : null); return cap && z.rss !== null ? z.rss / cap : -1; }
    case 'runqP99': case 'fsP99': return z[key] ?? -1;
    default: return z[key] ?? '';
  }
}

function computeView() {
  const text = filter.text.toLowerCase();
  const out = [];
  for (const z of store.zones.values()) {
    if (filter.owner && z.owner !== filter.owner) continue;
    if (filter.host && z.host !== filter.host) continue;
    if (filter.state === '!running' ? z.state === 'running' : filter.state && z.state !== filter.state) continue;
    if (text && !z.alias.toLowerCase().includes(text) && !z.uuid.includes(text)) continue;
    out.push(z);
  }
  const { key, dir } = table.sort;
  const keyed = out.map((z) => [sortValue(z, key), z]);
  keyed.sort((a, b) => (a[0] < b[0] ? -dir : a[0] > b[0] ? dir : a[1].uuid < b[1].uuid ? -1 : 1));
  return keyed.map((k) => k[1]);
}

// ---------- sidebar, counters, filters ----------

function renderCounters() {
  let running = 0;
  for (const z of store.zones.values()) if (z.state === 'running') running++;
  let up = 0;
  for (const h of store.hosts.values()) if (h.connected) up++;
  const items = [[`${up}/${store.hosts.size}`, 'hosts up'], [store.zones.size, 'zones'], [running, 'running'], [store.zones.size - running, 'not running']];
  const html = items.map(([n, l]) => `<div class="counter"><b>${n}</b><span>${l}</span></div>`).join('');
  if ($('counters').innerHTML !== html) $('counters').innerHTML = html;
  $('shown').textContent = `${table.view.length.toLocaleString('en-US')} of ${store.zones.size.toLocaleString('en-US')} shown`;
}

function renderHosts() {
  const perHost = new Map();
  const owners = new Map();
  for (const z of store.zones.values()) {
    const c = perHost.get(z.host) ?? { total: 0, running: 0 };
    c.total++; if (z.state === 'running') c.running++;
    perHost.set(z.host, c);
    if (z.owner) owners.set(z.owner, (owners.get(z.owner) ?? 0) + 1);
  }
  const hosts = [...store.hosts.values()].sort((a, b) => a.hostname.localeCompare(b.hostname));
  $('hosts-count').textContent = `${hosts.length}`;
  const list = $('host-list');
  list.replaceChildren(...hosts.map((h) => {
    const li = document.createElement('li');
    const c = perHost.get(h.uuid) ?? { total: 0, running: 0 };
    li.className = filter.host === h.uuid ? 'active' : '';
    li.title = `${h.uuid}\nagent ${h.agentVersion}, platform ${h.platform}`;
    li.innerHTML = `<span class="dot${h.connected ? ' up' : ''}"></span><span class="hn"></span><span class="n">${c.running}/${c.total}</span>`;
    li.querySelector('.hn').textContent = h.hostname;
    li.addEventListener('click', () => { $('f-host').value = filter.host === h.uuid ? '' : h.uuid; onFilter(); });
    return li;
  }));
  fillSelect($('f-host'), 'all hosts', hosts.map((h) => [h.uuid, `${h.hostname} (${perHost.get(h.uuid)?.total ?? 0})`]), filter.host);
  fillSelect($('f-owner'), 'all owners', [...owners].sort((a, b) => b[1] - a[1]).map(([o, n]) => [o, `${shortUuid(o)}… (${n})`]), filter.owner);
}

function fillSelect(sel, allLabel, options, value) {
  const key = JSON.stringify(options);
  if (sel._key === key) return;
  sel._key = key;
  const opts = [new Option(allLabel, ''), ...options.map(([v, l]) => new Option(l, v))];
  sel.replaceChildren(...opts);
  sel.value = value;
}

function onFilter() {
  filter.owner = $('f-owner').value;
  filter.host = $('f-host').value;
  filter.state = $('f-state').value;
  filter.text = $('f-text').value.trim();
  $('scroller').scrollTop = 0;
  store.membership = true;
  store.hostsChanged = true;
  lastHostsRender = -Infinity;
  requestFrame();
}
for (const id of ['f-owner', 'f-host', 'f-state']) $(id).addEventListener('change', onFilter);
$('f-text').addEventListener('input', onFilter);
$('filters').addEventListener('submit', (e) => e.preventDefault());

// ---------- commands ----------

async function runAction(uuid, action) {
  const z = store.zones.get(uuid);
  try {
    const r = await postAction(uuid, action);
    const cmd = store.applyCommand({ id: r.id, zone: uuid, action, status: r.status, message: r.sent ? 'sent to the agent' : 'queued: agent not connected' });
    renderCommands();
    requestFrame();
    pollCommand(cmd.id);
  } catch (err) {
    if (err instanceof AuthError) { askToken(); return; }
    const id = `local-${Date.now()}`;
    store.applyCommand({ id, zone: uuid, action, status: 'error', message: `${action} ${z?.alias ?? uuid}: ${err.message}` });
    renderCommands();
  }
}

/** A fallback beside the event stream: the hub's command record is the source of truth. */
async function pollCommand(id) {
  for (let i = 0; i < 600; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    const cmd = store.commands.get(id);
    if (!cmd || isTerminal(cmd.status)) return;
    try {
      const c = await api(`/api/commands/${id}`);
      store.applyCommand({ id, status: c.status, message: c.message, zone: c.zone_uuid, action: c.action });
      renderCommands();
      requestFrame();
    } catch { /* the stream may still deliver it */ }
  }
}

function commandItem(c) {
  const z = store.zones.get(c.zone);
  const li = document.createElement('li');
  const secs = ((c.ended ?? Date.now()) - c.started) / 1000;
  li.innerHTML = `<span class="what"></span><span class="st ${c.status}"></span><span class="msg"></span>`;
  li.querySelector('.what').textContent = `${c.action ?? '?'} ${z?.alias ?? shortUuid(c.zone)}`;
  li.querySelector('.st').textContent = `${c.status} ${secs.toFixed(1)}s`;
  li.querySelector('.msg').textContent = c.message || '';
  li.dataset.command = c.id;
  li.dataset.status = c.status;
  return li;
}

function renderCommands() {
  const cmds = [...store.commands.values()].slice(-20).reverse();
  $('command-list').replaceChildren(...(cmds.length ? cmds.map(commandItem) : [Object.assign(document.createElement('li'), { className: 'empty', textContent: 'No commands yet' })]));
  if (selected) $('d-commands').replaceChildren(...cmds.filter((c) => c.zone === selected).map(commandItem));
}

// ---------- detail panel and heatmaps ----------

let heatmap = null;

function select(uuid) {
  selected = uuid;
  table.selected = uuid;
  heatmap = null;
  $('detail-empty').hidden = true;
  $('detail-body').hidden = false;
  renderDetail();
  renderCommands();
  table.first = -1;
  requestFrame();
  lastHeatmapFetch = 0;
  scheduleHeatmap();
}

function renderDetail() {
  const z = store.zones.get(selected);
  if (!z) { $('d-alias').textContent = '(zone deleted)'; return; }
  $('d-alias').textContent = z.alias || '(no alias)';
  $('d-uuid').textContent = z.uuid;
  const h = store.hosts.get(z.host);
  const cap = z.cpuCap ?? (z.cpuCapPct ? z.cpuCapPct / 100 : null);
  const memCap = z.memCap ?? (z.ramMiB ? z.ramMiB * 2 ** 20 : null);
  const facts = [
    ['state', z.state], ['host', `${h?.hostname ?? '?'} ${h?.connected ? '' : '(disconnected)'}`], ['brand', z.brand], ['owner', z.owner || '–'],
    ['CPU', `${fmtCpus(z.cpu)} of ${cap ? fmtCpus(cap) : 'uncapped'} CPUs`], ['memory', `${fmtBytes(z.rss)} of ${memCap ? fmtBytes(memCap) : 'uncapped'}`],
    ['runq p99', fmtDuration(z.runqP99)], ['FS p99', fmtDuration(z.fsP99)], ['updated', z.t ? fmtTime(z.t) : '–'],
  ];
  const dl = $('d-facts');
  dl.replaceChildren(...facts.flatMap(([k, v]) => [Object.assign(document.createElement('dt'), { textContent: k }), Object.assign(document.createElement('dd'), { textContent: v, title: v })]));
  const busy = store.inFlight(z.uuid);
  const running = z.state === 'running';
  for (const b of $('d-actions').querySelectorAll('button')) {
    b.disabled = !!busy || (b.dataset.action === 'start' ? running || z.state === 'stopping' : !running);
  }
}

$('d-actions').addEventListener('click', (e) => {
  const b = e.target.closest('button[data-action]');
  if (b && selected && !b.disabled) runAction(selected, b.dataset.action);
});

function scheduleHeatmap() {
  if (heatmapTimer) return;
  const wait = Math.max(0, HEATMAP_REFRESH_MS - (Date.now() - lastHeatmapFetch));
  heatmapTimer = setTimeout(loadHeatmap, wait);
}

async function loadHeatmap() {
  heatmapTimer = null;
  const uuid = selected;
  if (!uuid) return;
  lastHeatmapFetch = Date.now();
  try {
    const h = await api(`/api/fleet/zones/${uuid}/heatmap`);
    if (uuid !== selected) return;
    heatmap = h;
    drawHeatmaps();
  } catch (err) {
    if (err instanceof AuthError) askToken();
  }
}

function drawHeatmaps() {
  const f = heatmap?.families ?? {};
  drawHeatmap($('hm-runq'), f.runq ?? null);
  drawHeatmap($('hm-fs'), combine([f.fs_read, f.fs_write]));
}

// ---------- feed ----------

function setStatus(state, detail) {
  const el = $('feed-status');
  el.className = `feed-status ${state}`;
  el.querySelector('.text').textContent = state === 'live' ? 'live' : state === 'auth' ? 'token needed' : `reconnecting${detail ? ` (${detail})` : ''}`;
  if (state === 'auth') askToken();
}

let stopFeed = null;
function start() {
  stopFeed?.();
  stopFeed = follow('/api/fleet/events', onEvent, setStatus);
}

function askToken() {
  const dlg = $('token-dialog');
  if (!dlg.open) dlg.showModal();
}
$('token-form').addEventListener('submit', () => { token.set($('token-input').value.trim()); start(); });

drawLegend($('hm-legend'));
start();

// for tests and the curious: live counters of the update pipeline
window.__fleet = { store, table, stats, filter, domRows: () => document.querySelectorAll('#spacer .row').length };
