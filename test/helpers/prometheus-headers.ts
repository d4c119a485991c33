/**
 * The request headers of a Prometheus scrape, as Debian's prometheus 2.42 sends them (captured from a real scrape):
 * it prefers OpenMetrics and asks for gzip, so this is the form a scrape target must be fast at.
 */
export const PROMETHEUS_SCRAPE_HEADERS: Readonly<Record<string, string>> = {
  Accept: 'application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1',
  'Accept-Encoding': 'gzip',
};
