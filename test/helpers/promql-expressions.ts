// Every PromQL expression that ships with zonelet (Grafana dashboards, recording rules, alerts), as a list a test
// can check: that each parses (promtool), that each names only metrics zonelet exports, and, end to end, that each
// returns data from a real Prometheus scraping an agent.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGING_DIR = fileURLToPath(new URL('../../packaging/', import.meta.url));
export const GRAFANA_DIR = join(PACKAGING_DIR, 'grafana');
export const PROMETHEUS_DIR = join(PACKAGING_DIR, 'prometheus');
export const RULE_FILES = ['zonelet.rules.yml', 'zonelet.alerts.yml'].map((f) => join(PROMETHEUS_DIR, f));

export interface ShippedExpression {
  source: string;        // file it comes from
  where: string;         // panel title and refId, record name or alert name
  kind: 'panel' | 'variable' | 'record' | 'alert';
  expr: string;          // as written (dashboard variables not substituted)
}

interface Target { expr?: string; refId?: string; datasource?: unknown }
export interface Panel { id?: number; type: string; title?: string; datasource?: unknown; targets?: Target[]; panels?: Panel[] }
export interface Dashboard {
  uid: string; title: string; panels: Panel[];
  templating: { list: Array<{ name: string; type: string; query?: unknown; datasource?: unknown }> };
}

export function loadDashboards(dir = GRAFANA_DIR): Array<{ file: string; dashboard: Dashboard }> {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const file = join(dir, f);
    return { file, dashboard: JSON.parse(readFileSync(file, 'utf8')) as Dashboard };
  });
}

/** Panels at any depth (rows may nest panels when collapsed). */
export function allPanels(panels: Panel[]): Panel[] {
  return panels.flatMap((p) => [p, ...allPanels(p.panels ?? [])]);
}

export function dashboardExpressions(dir = GRAFANA_DIR): ShippedExpression[] {
  const out: ShippedExpression[] = [];
  for (const { file, dashboard } of loadDashboards(dir)) {
    for (const p of allPanels(dashboard.panels)) {
      for (const t of p.targets ?? []) {
        if (t.expr) out.push({ source: file, where: `${p.title} ${t.refId}`, kind: 'panel', expr: t.expr });
      }
    }
    for (const v of dashboard.templating.list) {
      const q = v.query as { query?: string } | string | undefined;
      const text = typeof q === 'string' ? q : q?.query;
      const m = text ? /^label_values\((.*),\s*[a-z_]+\)$/.exec(text) : null;
      if (v.type === 'query' && m) out.push({ source: file, where: `variable ${v.name}`, kind: 'variable', expr: m[1] });
    }
  }
  return out;
}

/**
 * Rule expressions from the rule files. Not a YAML parser: it reads the two forms these files use,
 * `expr: <one line>` and `expr: >-` followed by more-indented lines (folded with spaces). The prometheus-rules test
 * checks the count against promtool's own.
 */
export function ruleExpressions(files = RULE_FILES): ShippedExpression[] {
  const out: ShippedExpression[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    let name: { kind: 'record' | 'alert'; value: string } | undefined;
    for (let i = 0; i < lines.length; i++) {
      const named = /^\s*- (record|alert): (\S+)\s*$/.exec(lines[i]);
      if (named) { name = { kind: named[1] as 'record' | 'alert', value: named[2] }; continue; }
      const m = /^(\s*)expr: (.*)$/.exec(lines[i]);
      if (!m) continue;
      if (!name) throw new Error(`${file}:${i + 1}: expr before any record or alert`);
      let expr = m[2].trim();
      if (expr === '>-' || expr === '>') {
        const parts: string[] = [];
        while (i + 1 < lines.length && lines[i + 1].length - lines[i + 1].trimStart().length > m[1].length && lines[i + 1].trim()) {
          parts.push(lines[++i].trim());
        }
        expr = parts.join(' ');
      }
      out.push({ source: file, where: name.value, kind: name.kind, expr });
      name = undefined;
    }
  }
  return out;
}

export function allShippedExpressions(): ShippedExpression[] {
  return [...dashboardExpressions(), ...ruleExpressions()];
}

/** Grafana's variables replaced by values Prometheus accepts (the e2e test passes a real host and zone). */
export function substituteVariables(expr: string, vars: { host: string; zone: string; rateInterval?: string }): string {
  const rate = vars.rateInterval ?? '1m';
  return expr
    .replaceAll(/\$\{?__rate_interval\}?/g, rate)
    .replaceAll(/\$\{?__interval\}?/g, rate)
    .replaceAll(/\$\{?__range\}?/g, rate)
    .replaceAll(/\$\{?host\}?/g, vars.host)
    .replaceAll(/\$\{?zone\}?/g, vars.zone);
}

/**
 * An alert's expression with its threshold comparisons against numbers removed, so that it returns data whenever
 * the metrics exist ("x > 0.9 and y > 0" becomes "x and y"). Comparisons between two series are kept.
 */
export function withoutThresholds(expr: string): string {
  return expr.replaceAll(/\s*(?:==|!=|>=|<=|>|<)\s*(?:bool\s+)?-?[0-9][0-9.e+-]*(?![\w:])/g, '');
}

/** Metric names an expression reads (recording-rule names included), without the _bucket/_sum/_count suffixes. */
export function metricNames(expr: string): string[] {
  const names = new Set<string>();
  const noStrings = expr.replaceAll(/"(?:[^"\\]|\\.)*"/g, '""');
  for (const m of noStrings.matchAll(/(?<![\w:])([a-z_][a-z0-9_]*(?::[a-z0-9_]+)+|smartos_[a-z0-9_]+|zonelet_[a-z0-9_]+|process_[a-z0-9_]+|up)(?![\w:(])/g)) {
    names.add(m[1]);
  }
  return [...names].sort();
}
