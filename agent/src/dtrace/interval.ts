/**
 * Groups parser events into complete intervals: "@@T" .. "@@E" with each "@@A <name>" section's records and
 * histograms. An interval with any unparsable line inside it, or that never ends (the child died mid-block), is
 * discarded whole, so a half-printed interval can never be counted, nor counted twice.
 */
import type { ExactInt } from '../util/exact-int.js';
import type { DtraceEvent, HistogramRows } from './output-parser.js';

export interface Section {
  records: Array<{ keys: string[]; value: ExactInt }>;
  histograms: Array<{ keys: string[]; rows: HistogramRows }>;
}

export interface Interval { walltime: number; sections: Map<string, Section> }

export interface IntervalSink {
  interval(iv: Interval): void;
  /** a line or block that did not parse, or an interval thrown away; `line` is the offending text */
  unparsed(reason: string, line: string): void;
}

export class IntervalAssembler {
  private current: Interval | undefined;
  private section: Section | undefined;
  private broken: string | undefined;

  constructor(private readonly sink: IntervalSink) {}

  readonly onEvent = (e: DtraceEvent): void => {
    switch (e.type) {
      case 'interval-start':
        if (this.current) this.sink.unparsed('interval without its end marker', `@@T ${this.current.walltime}`);
        this.current = { walltime: e.walltime, sections: new Map() };
        this.section = undefined;
        this.broken = undefined;
        return;
      case 'aggregation':
        if (!this.current) { this.sink.unparsed('aggregation marker outside an interval', `@@A ${e.name}`); return; }
        this.section = { records: [], histograms: [] };
        this.current.sections.set(e.name, this.section);
        return;
      case 'record':
      case 'histogram':
        if (!this.section) {
          // outside any interval: what dtrace prints at exit for an unprinted remainder; not counted
          if (this.current) this.broken ??= 'data before any aggregation marker';
          return;
        }
        if (e.type === 'record') this.section.records.push({ keys: e.keys, value: e.value });
        else this.section.histograms.push({ keys: e.keys, rows: e.rows });
        return;
      case 'unparsed':
        this.sink.unparsed(e.reason, e.line);
        if (this.current) this.broken ??= e.reason;
        return;
      case 'interval-end': {
        const iv = this.current;
        this.current = undefined;
        this.section = undefined;
        if (!iv) { this.sink.unparsed('end marker without an interval', '@@E'); return; }
        if (this.broken !== undefined) { this.sink.unparsed(`interval discarded: ${this.broken}`, `@@T ${iv.walltime}`); return; }
        this.sink.interval(iv);
      }
    }
  };
}
