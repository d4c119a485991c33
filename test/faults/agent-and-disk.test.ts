// Fault matrix, the agent process and its state directory: SIGKILL at random moments (in its own PID namespace, as
// SMF's contract would kill its children), the state directory's disk full (a tmpfs mounted on it; needs root) and
// the spool corrupted. Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { processCases } from './cases.js';
import { matrixTest } from './matrix.js';

const TMPFS_BYTES = 8 * 1024 * 1024;

function mount(dir: string): void {
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_BYTES},mode=0755`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mount -t tmpfs on ${dir} failed (the disk-full case needs root): ${r.stderr}`);
}

function unmount(dir: string): void {
  spawnSync('umount', [dir]);
}

matrixTest('agent-and-disk', { pidNamespace: true, prepareStateDir: mount, releaseStateDir: unmount }, () => processCases(TMPFS_BYTES));
