// Fault matrix, child processes with bad output: vmadm, kstat, dtrace, zfs and sysinfo each printing garbage, a
// truncated last line and a huge output, under the running agent. Needs `npm run build`.
import { commandCases } from './cases.js';
import { matrixTest } from './matrix.js';

matrixTest('child-processes-output', {}, () => commandCases(['garbage', 'truncate', 'huge']));
