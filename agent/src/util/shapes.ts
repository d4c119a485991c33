/**
 * Keeps one instance of a class the agent makes anew every cycle alive for the process's life.
 *
 * Why: V8 (Node 20) drops an object shape (hidden class) once no object of it survives a full GC, and with it every
 * optimized function whose code relied on that shape ("deoptimizing ... reason: weak objects"). The agent's
 * per-cycle objects (a kstat parse, its zone index, a collector's output, an exposition writer) all die between
 * cycles, and at 1000 zones V8 runs 2 to 3 full GCs per 10 s cycle, so the hottest functions were thrown away and
 * recompiled every cycle: about 100 ms of compile work per cycle (bench/memory-profile.ts --deopts). One survivor
 * per shape keeps the shape, and the code built on it, alive.
 */
const survivors: unknown[] = [];

/** Returns `instance`, kept alive for good. Call once per class, at module level. */
export function keepShape<T>(instance: T): T {
  survivors.push(instance);
  return instance;
}
