// The shipped Grafana dashboards: datasource only through the ${datasource} variable, the host/zone variables,
// every PromQL expression parses (real promtool) and reads only metrics zonelet exports or the rules record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  allPanels, dashboardExpressions, loadDashboards, metricNames, ruleExpressions, substituteVariables,
} from '../helpers/promql-expressions.js';
import { isExportedMetric } from '../helpers/metric-names.js';
import { checkExpressionsParse, havePromtool } from '../helpers/promtool.js';

const DS = { type: 'prometheus', uid: '${datasource}' };
const dashboards = loadDashboards();

test('there is a host dashboard and a zone dashboard', () => {
  assert.deepEqual(dashboards.map((d) => d.dashboard.uid).sort(), ['zonelet-host', 'zonelet-zone']);
});

test('every panel and every query uses the ${datasource} variable', () => {
  for (const { file, dashboard } of dashboards) {
    for (const p of allPanels(dashboard.panels)) {
      if (p.type === 'row') continue;
      assert.deepEqual(p.datasource, DS, `${file}: panel "${p.title}"`);
      assert.ok((p.targets ?? []).length > 0, `${file}: panel "${p.title}" has no query`);
      for (const t of p.targets ?? []) assert.deepEqual(t.datasource, DS, `${file}: panel "${p.title}" ${t.refId}`);
    }
    // No datasource named by a fixed uid or numeric id anywhere in the file (variables included).
    const datasources: unknown[] = [];
    JSON.parse(readFileSync(file, 'utf8'), (key, value) => {
      if (key === 'datasource' && typeof value !== 'undefined') datasources.push(value);
      return value;
    });
    assert.ok(datasources.length > 0);
    for (const d of datasources) assert.deepEqual(d, DS, `${file}: datasource ${JSON.stringify(d)}`);
  }
});

test('the datasource, host and zone variables exist', () => {
  for (const { file, dashboard } of dashboards) {
    const vars = new Map(dashboard.templating.list.map((v) => [v.name, v]));
    const ds = vars.get('datasource');
    assert.equal(ds?.type, 'datasource', file);
    assert.equal(ds?.query, 'prometheus', file);
    for (const name of ['host', 'zone']) {
      assert.equal(vars.get(name)?.type, 'query', `${file}: variable ${name}`);
      assert.deepEqual(vars.get(name)?.datasource, DS, `${file}: variable ${name}`);
    }
  }
});

test('the host dashboard ranks zones with topk and has per-zone latency heatmaps from _bucket series', () => {
  const host = dashboards.find((d) => d.dashboard.uid === 'zonelet-host')!.dashboard;
  const panels = allPanels(host.panels);
  const exprs = panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr ?? ''));
  for (const what of ['cpu_seconds', 'memory_rss', 'vfs_bytes', 'run_queue_latency', 'vfs_latency']) {
    assert.ok(exprs.some((e) => e.startsWith('topk(') && e.includes(what)), `no topk panel for ${what}`);
  }
  const heatmaps = panels.filter((p) => p.type === 'heatmap');
  assert.ok(heatmaps.length >= 2);
  for (const h of heatmaps) assert.match(h.targets![0].expr!, /_bucket\{[^}]*zone=~"\$zone"/);
});

test('every dashboard expression names only exported or recorded metrics', () => {
  const recorded = new Set(ruleExpressions().filter((e) => e.kind === 'record').map((e) => e.where));
  const exprs = dashboardExpressions();
  assert.ok(exprs.length > 50, `only ${exprs.length} expressions found`);
  for (const e of exprs) {
    const names = metricNames(e.expr);
    assert.ok(names.length > 0, `${e.where}: no metric in ${e.expr}`);
    for (const n of names) assert.ok(isExportedMetric(n) || recorded.has(n), `${e.where}: unknown metric ${n}`);
  }
});

test('every dashboard expression parses, with the variables substituted', { skip: havePromtool ? false : 'promtool not installed' }, () => {
  const exprs = dashboardExpressions().map((e) =>
    substituteVariables(e.expr, { host: '10.0.0.1:9170', zone: '0d4c6f3e-5a8b-4c1d-9e2f-3a4b5c6d7e8f', rateInterval: '1m' }));
  const r = checkExpressionsParse(exprs);
  assert.ok(r.ok, r.out);
});
