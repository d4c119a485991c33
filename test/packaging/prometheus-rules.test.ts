// The shipped recording rules and alerts: promtool check/test, a firing and a not-firing unit test for every alert,
// only exported metric names, and a valid example scrape config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROMETHEUS_DIR, RULE_FILES, metricNames, ruleExpressions } from '../helpers/promql-expressions.js';
import { isExportedMetric } from '../helpers/metric-names.js';
import { havePromtool, promtool } from '../helpers/promtool.js';

const skip = havePromtool ? false : 'promtool not installed (apt-get install prometheus)';
const TEST_DIR = join(PROMETHEUS_DIR, 'tests');
const testFiles = readdirSync(TEST_DIR).filter((f) => f.endsWith('.yml')).sort();

test('promtool check rules accepts both rule files', { skip }, () => {
  const r = promtool(['check', 'rules', ...RULE_FILES]);
  assert.equal(r.code, 0, r.out);
  // The helper's expression list (used by the e2e test) must see every rule promtool sees.
  const counts = [...r.out.matchAll(/SUCCESS: (\d+) rules found/g)].map((m) => Number(m[1]));
  assert.equal(ruleExpressions().length, counts.reduce((a, b) => a + b, 0));
});

test('promtool test rules passes every unit test file', { skip }, () => {
  assert.ok(testFiles.length > 0);
  const r = promtool(['test', 'rules', ...testFiles], TEST_DIR);
  assert.equal(r.code, 0, r.out);
});

test('every alert has a unit test where it fires and one where it does not', () => {
  const alerts = ruleExpressions().filter((e) => e.kind === 'alert').map((e) => e.where);
  assert.ok(alerts.length >= 12, `only ${alerts.length} alerts`);
  const firing = new Set<string>();
  const quiet = new Set<string>();
  for (const f of testFiles) {
    const text = readFileSync(join(TEST_DIR, f), 'utf8');
    // alert_rule_test entries: "alertname: X" followed by "exp_alerts: []" (quiet) or a list (firing).
    for (const m of text.matchAll(/alertname: (\w+)[^\n]*\n\s*exp_alerts:( \[\])?/g)) {
      (m[2] ? quiet : firing).add(m[1]);
    }
  }
  for (const a of alerts) {
    assert.ok(firing.has(a), `no unit test where ${a} fires`);
    assert.ok(quiet.has(a), `no unit test where ${a} stays quiet`);
  }
});

test('the rules read only metrics zonelet exports or that the rules record', () => {
  const exprs = ruleExpressions();
  const recorded = new Set(exprs.filter((e) => e.kind === 'record').map((e) => e.where));
  for (const e of exprs) {
    for (const name of metricNames(e.expr)) {
      assert.ok(isExportedMetric(name) || recorded.has(name), `${e.where} reads unknown metric ${name}`);
    }
  }
});

test('every alert has summary, description and runbook annotations and a severity', () => {
  const text = readFileSync(RULE_FILES[1], 'utf8');
  const blocks = text.split(/\n\s*- alert: /).slice(1);
  assert.ok(blocks.length >= 12);
  for (const b of blocks) {
    const name = b.split('\n')[0];
    for (const key of ['summary:', 'description:', 'runbook:', 'severity:']) assert.ok(b.includes(key), `${name} lacks ${key}`);
  }
});

test('the example scrape config is valid for promtool check config', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-scrape-'));
  try {
    const text = readFileSync(join(PROMETHEUS_DIR, 'scrape-config.example.yml'), 'utf8').replaceAll('/etc/prometheus/zonelet/', `${dir}/`);
    writeFileSync(join(dir, 'prometheus.yml'), text);
    for (const f of RULE_FILES) copyFileSync(f, join(dir, f.split('/').pop()!));
    for (const f of ['ca.pem', 'operator.token', 'tenant-example.token']) writeFileSync(join(dir, f), 'x\n');
    const r = promtool(['check', 'config', join(dir, 'prometheus.yml')]);
    assert.equal(r.code, 0, r.out);
    assert.match(text, /__metrics_path__[\s\S]*\/v1\/\$\{1\}\/metrics/, 'tenant job must rewrite the path to /v1/<uuid>/metrics');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
