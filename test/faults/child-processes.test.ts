// Fault matrix, child processes: vmadm, kstat, dtrace, zfs and sysinfo each hanging, crashing, exiting non-zero with a
// message, printing garbage, a truncated line and a huge output, under the running agent. Needs `npm run build`.
import { commandCases } from './cases.js';
import { matrixTest } from './matrix.js';

matrixTest('child-processes', {}, () => commandCases);
