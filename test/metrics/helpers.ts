// Fixture-backed Sources for the metrics tests: kstat text, zfs/zpool text and a zone directory, all from files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { parseKstatP } from '../../agent/src/platform/kstat.js';
import { parseZfsList, parseZpoolList } from '../../agent/src/platform/zfs.js';
import type { Sources, ZoneDirectory, ZoneIdentity } from '../../agent/src/metrics/sources.js';
import { SHARED } from '../helpers/fixtures.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/metrics/', import.meta.url));
export const SMARTOS_KSTAT = SHARED + 'fixtures/smartos/kstat/';
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

export class FakeDirectory implements ZoneDirectory {
  private fns = new Set<(c: { type: string; uuid?: string; zone?: { uuid: string } }) => void>();
  constructor(public zones: ZoneIdentity[]) {}
  all() {
    return this.zones;
  }
  get(uuid: string) {
    return this.zones.find((z) => z.uuid === uuid);
  }
  subscribe(fn: (c: { type: string; uuid?: string }) => void) {
    this.fns.add(fn);
    return () => this.fns.delete(fn);
  }
  delete(uuid: string) {
    this.zones = this.zones.filter((z) => z.uuid !== uuid);
    for (const fn of this.fns) fn({ type: 'delete', uuid });
  }
}

export interface FixtureSources extends Sources {
  kstatText: string;
  kstatCalls: string[][];
  directory: FakeDirectory;
}

export function fixtureSources(kstatText = fixture('two-zones-reboot.kstat-p.txt')): FixtureSources {
  const s: FixtureSources = {
    kstatText,
    kstatCalls: [],
    directory: new FakeDirectory(JSON.parse(fixture('directory.json')) as ZoneIdentity[]),
    async kstat(selectors) {
      s.kstatCalls.push([...selectors]);
      return parseKstatP(s.kstatText);
    },
    zfsDatasets: async () => parseZfsList(fixture('zfs-list.txt')),
    zpools: async () => parseZpoolList(fixture('zpool-list.txt')),
    hostIdentity: async () => ({ hostname: 'cn-golden', server_uuid: '44454c4c-3200-1042-8038-b4c04f383232', platform: '20240301T000000Z' }),
  };
  return s;
}

/** Comment and HELP lines dropped (wording is not an interface); TYPE lines and samples kept. */
export function comparable(text: string): string[] {
  return text.split('\n').filter((l) => l !== '' && !l.startsWith('# HELP') && !(l.startsWith('#') && !l.startsWith('# TYPE')));
}

/** `promtool check metrics` on the text; returns its output (promtool prints problems, exit 0 when none). */
export function promtool(text: string): { status: number | null; output: string } {
  const r = spawnSync('/usr/bin/promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}
