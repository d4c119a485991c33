/**
 * One task at a time per key (zone), at most `maxConcurrent` tasks holding a global slot. A task may give its
 * global slot back early (a mutating vmadm call that timed out keeps its zone busy until vmadm exits, but must not
 * starve other zones); the per-key turn is held until the task's promise settles.
 */
export interface TaskContext {
  /** Gives the global slot back; the zone stays locked. Idempotent. */
  releaseSlot(): void;
}

export class ZoneQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly waiting: Array<() => void> = [];
  private running = 0;

  constructor(private readonly maxConcurrent: number) {
    if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) throw new Error(`maxConcurrent must be a positive integer, got ${maxConcurrent}`);
  }

  /** Tasks holding a global slot now. */
  get inFlight(): number {
    return this.running;
  }

  /** Zones with a task queued or running. */
  get busyZones(): number {
    return this.tails.size;
  }

  run<T>(key: string, task: (ctx: TaskContext) => Promise<T>): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const result = prev.then(async () => {
      await this.acquire();
      let held = true;
      const releaseSlot = () => {
        if (!held) return;
        held = false;
        this.release();
      };
      try {
        return await task({ releaseSlot });
      } finally {
        releaseSlot();
      }
    });
    const tail = result.then(() => undefined, () => undefined);
    this.tails.set(key, tail);
    void tail.then(() => { if (this.tails.get(key) === tail) this.tails.delete(key); });
    return result;
  }

  private acquire(): Promise<void> {
    if (this.running < this.maxConcurrent) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => { this.running++; resolve(); }));
  }

  private release(): void {
    this.running--;
    this.waiting.shift()?.();
  }
}
