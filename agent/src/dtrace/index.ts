// Public surface of the DTrace telemetry module.
export { DtraceTelemetry, dtraceExpositionProvider, runnerStarter, LATENCY_GRID_PARAMS, type DtraceLaunch, type DtraceLog, type DtraceStarter, type DtraceTelemetryOptions } from './telemetry.js';
export { DtraceOutputParser, parseDtraceOutput, type DtraceEvent, type HistogramRow, HistogramRows } from './output-parser.js';
export { parseStderrLine, type DropKind, type StderrLine } from './stderr-parser.js';
export { llquantizeGrid, type BucketGrid } from './bucket-grid.js';
export { SCRIPT_NAMES, SCRIPTS, ScriptError, resolveScript, shippedScripts, defaultDtraceDir, type ScriptName } from './scripts.js';
export { validateSyscallAllowlist, AllowlistError, ILLUMOS_SYSCALLS } from './syscall-allowlist.js';
export type { DtraceChild } from './supervisor.js';
