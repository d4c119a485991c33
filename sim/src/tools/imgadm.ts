/** Simulated imgadm: `get <uuid>` and `list [-j]` over the host's installed images. */
import { listImages, readImage } from '../host/images.js';
import { simRoot } from '../host/state.js';
import { runTool } from './run-tool.js';

async function main(argv: string[]): Promise<number> {
  const root = simRoot();
  const [cmd, ...rest] = argv;
  if (cmd === 'get' || cmd === 'info') {
    const uuid = rest.find((a) => !a.startsWith('-'));
    if (!uuid) {
      process.stderr.write(`imgadm ${cmd}: error (Usage): incorrect number of args\n`);
      return 1;
    }
    const img = readImage(root, uuid);
    if (!img) {
      // imgadm's ImageNotInstalledError has exitStatus 3 (imgadm test suite: "`imgadm info BOGUS_UUID` ... rv 3").
      process.stderr.write(`imgadm ${cmd}: error (ImageNotInstalled): image "${uuid}" was not found on zpool "zones"\n`);
      return 3;
    }
    process.stdout.write(JSON.stringify(cmd === 'get' ? img.manifest : img, null, 2) + '\n');
    return 0;
  }
  if (cmd === 'list') {
    const imgs = listImages(root).sort((a, b) => (a.manifest.published_at + a.manifest.name < b.manifest.published_at + b.manifest.name ? -1 : 1));
    if (rest.includes('-j')) {
      process.stdout.write(JSON.stringify(imgs, null, 2) + '\n');
      return 0;
    }
    const rows = imgs.map((i) => [i.manifest.uuid, i.manifest.name, i.manifest.version, i.manifest.type, i.manifest.published_at]);
    const head = ['UUID', 'NAME', 'VERSION', 'TYPE', 'PUB'];
    if (!rest.includes('-H')) rows.unshift(head);
    const w = head.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    process.stdout.write(rows.map((r) => r.map((v, c) => (c === r.length - 1 ? v : v.padEnd(w[c]))).join('  ') + '\n').join(''));
    return 0;
  }
  process.stderr.write(`imgadm: error (UnknownCommand): unknown command: "${cmd ?? ''}"\n`);
  return 1;
}

await runTool('imgadm', main);
