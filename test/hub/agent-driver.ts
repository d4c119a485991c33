/**
 * A stand-alone agent for process-level tests: runs HubClient over <dir>/state and produces one item every 10 ms
 * (odd: zone change with alias gen-N; even: metrics cycle with timeMs N), appending "z N" / "m N" to <dir>/produced.log
 * right after spooling it. Continues numbering from that log after a restart.
 * argv: <dir> <url> <tokenFile> <count>
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HubClient } from '../../agent/src/hub/client.js';
import { FakeAgentSide, zone } from './harness.js';

const [dir, url, tokenFile, countArg] = process.argv.slice(2);
const log = join(dir, 'produced.log');
let k = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0;
const side = new FakeAgentSide();
for (let i = 1; i <= 5; i++) side.zoneMap.set(zone(i).uuid, zone(i));
const client = new HubClient(side, {
  url, stateDir: join(dir, 'state'), tokenFile, reconnectMinMs: 50, reconnectMaxMs: 300, pingIntervalMs: 250, deadAfterMs: 1000,
  keyframeEvery: 5, statusIntervalMs: 0,
});
client.start();
const t = setInterval(() => {
  if (k >= Number(countArg)) { clearInterval(t); return; }
  k++;
  if (k % 2) { side.change({ type: 'modify', zone: { ...zone(1 + (k % 5)), alias: `gen-${k}` }, fields: ['alias'] }); appendFileSync(log, `z ${k}\n`); }
  else { side.cycle({ timeMs: k, samples: [{ zone: zone(1).uuid, name: 'test_counter_total', value: BigInt(k) }] }); appendFileSync(log, `m ${k}\n`); }
}, 10);
process.on('SIGTERM', () => { void client.stop().then(() => process.exit(0)); });
