/** Parses a zone workload spec such as "cpu=0.5,mem=200M,exec=5"; throws naming the bad part. */
export interface WorkloadSpec {
  cpu: number; // CPUs worth of busy time
  memBytes: number;
  execPerSec: number;
  ioKiBPerSec: number;
}

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

export function parseWorkload(text: string): WorkloadSpec {
  const spec: WorkloadSpec = { cpu: 0, memBytes: 0, execPerSec: 0, ioKiBPerSec: 0 };
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (part === 'idle') continue;
    const m = /^(cpu|mem|exec|io)=([0-9.]+)([KMG]?)$/i.exec(part);
    if (!m) throw new Error(`invalid workload "${part}": expected idle, cpu=F, mem=N[K|M|G], exec=N or io=N[K|M]`);
    const n = Number(m[2]);
    const unit = m[3].toUpperCase();
    if (!Number.isFinite(n) || n < 0) throw new Error(`invalid workload "${part}": not a non-negative number`);
    switch (m[1].toLowerCase()) {
      case 'cpu':
        if (n > 64) throw new Error(`invalid workload "${part}": at most 64 CPUs`);
        spec.cpu = n;
        break;
      case 'mem':
        spec.memBytes = Math.floor(n * UNITS[unit || 'M']);
        break;
      case 'exec':
        spec.execPerSec = n;
        break;
      case 'io':
        spec.ioKiBPerSec = Math.max(1, Math.floor((n * UNITS[unit || 'K']) / 1024));
        break;
    }
  }
  return spec;
}
