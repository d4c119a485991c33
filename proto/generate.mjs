#!/usr/bin/env node
// Regenerates proto/gen/zonelet.{js,d.ts} from proto/zonelet.proto with protobufjs-cli (static code, ESM, typings).
// 64-bit fields stay Long on decode (no --force-number): counters keep full precision. No shell: argument arrays only.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const pbjs = join(require.resolve('protobufjs-cli/package.json'), '..', 'bin', 'pbjs');
const out = join(root, 'proto', 'gen', 'zonelet.js');
mkdirSync(join(root, 'proto', 'gen'), { recursive: true });

const args = [pbjs, '-t', 'static-module', '-w', 'esm', '--dependency', 'protobufjs/minimal.js', '--no-beautify',
  '--dts', '-o', out, join(root, 'proto', 'zonelet.proto')];
const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
if (r.status !== 0) {
  console.error(`pbjs failed (exit ${r.status ?? r.signal})`);
  process.exit(1);
}
console.log(`wrote ${out} and zonelet.d.ts`);
