// Fault matrix, hub link: cut, stalled, slowed, flapping, and the hub restarted. Needs `npm run build`.
import { linkCases } from './cases.js';
import { matrixTest } from './matrix.js';

matrixTest('hub-link', {}, () => linkCases);
