// vmadm list/lookup/get against real samples and the documented format rules (vmadm.md section 3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, newHost, tool } from './sim-helpers.js';

const fixture = (f: string) => readFileSync(join(FIXTURES, f), 'utf8');

test('list -p over the vminfod sample prints exactly the real output', (t) => {
  const h = newHost(['--from-vms', join(FIXTURES, 'vminfod-vms-array.json'), '--synthetic']);
  t.after(h.cleanup);
  const r = tool(h.root, 'vmadm', ['list', '-p', '-o', 'uuid,image_uuid,type,brand,ram,state,alias', '-s', 'alias,image_uuid']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, fixture('list-parsable-custom-fields.txt'));
  const q = tool(h.root, 'vmadm', ['list', '-p', '-o', 'uuid,image_uuid,type,brand,ram,state,alias,quota', '-s', 'alias,image_uuid']);
  assert.equal(q.stdout, fixture('list-parsable-custom-fields-quota.txt'));
});

test('list table: header and column widths as real vmadm, default sort ram,uuid', (t) => {
  const h = newHost(['--from-vms', join(FIXTURES, 'vminfod-vms-array.json'), '--synthetic']);
  t.after(h.cleanup);
  const r = tool(h.root, 'vmadm', ['list']);
  assert.equal(r.code, 0, r.stderr);
  // Header copied from list-table-default.txt; rows: all three have ram 4096, so sorted by uuid.
  assert.equal(
    r.stdout,
    [
      'UUID                                  TYPE  RAM      STATE             ALIAS',
      '509f142f-f8ac-43fa-b5b8-c41fe238ff7d  OS    4096     running           ui',
      'b990f39c-0619-4975-85b2-2442115bc0d8  OS    4096     running           mariadb',
      'd11dbea9-cb8f-4415-9c21-3c5e48e55ea2  OS    4096     running           music',
      '',
    ].join('\n'),
  );
  assert.equal(r.stdout.split('\n')[0], fixture('list-table-default.txt').split('\n')[0]);
  const o = tool(h.root, 'vmadm', ['list', '-o', 'uuid,type,ram,quota,cpu_shares,state,alias', 'alias=music']);
  assert.equal(o.stdout.split('\n')[0], fixture('list-table-o-with-state-filter-alias.txt').split('\n')[0]);
  assert.equal(o.stdout.split('\n')[1], 'd11dbea9-cb8f-4415-9c21-3c5e48e55ea2  OS    4096     300    100        running           music');
  const cap = tool(h.root, 'vmadm', ['list', '-H', '-o', 'uuid,cpu_cap', 'alias=~^MUS']);
  assert.equal(cap.stdout, 'd11dbea9-cb8f-4415-9c21-3c5e48e55ea2  -\n', 'missing value prints -, regex filter is case-insensitive');
  const desc = tool(h.root, 'vmadm', ['list', '-p', '-o', 'alias', '-s', '-quota']);
  // quota 300 first; mariadb and ui tie at 32 (no guaranteed order between them, as on a real host)
  assert.match(desc.stdout, /^music\n(mariadb\nui|ui\nmariadb)\n$/);
  const bad = tool(h.root, 'vmadm', ['list', '-o', 'nope']);
  assert.equal(bad.code, 1);
  assert.equal(bad.stderr, 'invalid order field: nope\n');
  const badf = tool(h.root, 'vmadm', ['list', 'nope=1']);
  assert.equal(badf.stderr, 'Invalid filter key: "nope"\n');
});

test('lookup adds fake type/ram, get does not; missing VM and bad uuid texts', (t) => {
  const h = newHost(['--from-vms', join(FIXTURES, 'vminfod-vms-array.json'), '--synthetic']);
  t.after(h.cleanup);
  const j = JSON.parse(tool(h.root, 'vmadm', ['lookup', '-j', 'alias=ui']).stdout);
  assert.equal(j.length, 1);
  assert.equal(j[0].type, 'OS');
  assert.equal(j[0].ram, 4096);
  const g = JSON.parse(tool(h.root, 'vmadm', ['get', '509f142f-f8ac-43fa-b5b8-c41fe238ff7d']).stdout);
  assert.equal(g.type, undefined);
  assert.equal(g.ram, undefined);
  assert.equal(g.alias, 'ui');
  const o = JSON.parse(tool(h.root, 'vmadm', ['lookup', '-j', '-o', 'uuid,cpu_cap', 'alias=ui']).stdout);
  assert.deepEqual(o, [{ uuid: '509f142f-f8ac-43fa-b5b8-c41fe238ff7d' }]);
  const u = tool(h.root, 'vmadm', ['lookup', '-1', 'state=running']);
  assert.equal(u.code, 1);
  assert.equal(u.stderr, 'Requested unique lookup but found 3 results.\n');
  const missing = tool(h.root, 'vmadm', ['get', '00000000-1111-2222-3333-444444444444']);
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr, 'zoneadm: 00000000-1111-2222-3333-444444444444: No such zone configured\n');
  const badUuid = tool(h.root, 'vmadm', ['get', 'xyz']);
  assert.equal(badUuid.code, 2);
  assert.match(badUuid.stderr, /^Invalid or missing UUID for get\nUsage: /);
  const inv = tool(h.root, 'vmadm', ['frobnicate']);
  assert.equal(inv.code, 2);
  assert.match(inv.stderr, /^Invalid command: "frobnicate"\.\nUsage: /);
  assert.match(inv.stderr, /command,type 'man vmadm'\.\n$/);
});

test('generated host: a mix of brands, owners and caps, deterministic by seed', (t) => {
  const a = newHost(['--zones', '20', '--seed', '7', '--synthetic']);
  const b = newHost(['--zones', '20', '--seed', '7', '--synthetic']);
  t.after(() => (a.cleanup(), b.cleanup()));
  const cols = ['list', '-p', '-o', 'uuid,type,brand,owner_uuid,cpu_cap,ram,max_physical_memory,quota,nics.0.ip,nics.0.mac,nics.0.interface', '-s', 'uuid'];
  const ra = tool(a.root, 'vmadm', cols).stdout;
  assert.equal(ra, tool(b.root, 'vmadm', cols).stdout);
  const rows = ra.trim().split('\n').map((l) => l.split(':'));
  assert.equal(rows.length, 20);
  assert.deepEqual(new Set(rows.map((r) => r[2])), new Set(['joyent', 'joyent-minimal', 'lx', 'bhyve']));
  assert.ok(rows.some((r) => r[1] === 'BHYV'));
  assert.ok(new Set(rows.map((r) => r[3])).size >= 2);
  assert.ok(rows.some((r) => r[4] === '') && rows.some((r) => r[4] !== ''), 'capped and uncapped zones');
  for (const r of rows) assert.equal(r.at(-1), 'net0');
  const table = tool(a.root, 'vmadm', ['list']).stdout.split('\n');
  assert.equal(table[0], 'UUID                                  TYPE  RAM      STATE             ALIAS');
  for (const line of table.slice(1, -1)) assert.match(line, /^[0-9a-f-]{36}  (OS  |LX  |BHYV)  \d+ +  (running|stopped) +  \S+$/);
});
