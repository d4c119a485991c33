// Fault matrix, child processes that fail: vmadm, kstat, dtrace, zfs and sysinfo each hanging, crashing and exiting
// non-zero with a message, under the running agent. Needs `npm run build`.
import { commandCases } from './cases.js';
import { matrixTest } from './matrix.js';

matrixTest('child-processes-fail', {}, () => commandCases(['hang', 'crash', 'exit']));
