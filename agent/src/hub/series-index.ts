/**
 * (name, zone, label text) -> series id for the hub stream's encoder, with no object per (name, zone).
 *
 * Theory of operation: a (name, zone)'s series are a block of slots in two flat arrays (label texts, ids), found
 * through name -> zone -> block number. An array per (name, zone) was 60,000 arrays at 1000 zones, alive for good:
 * most of what every full GC had left to mark, and about 10 MB. Sources walk a block's series in the same order
 * every cycle, so a search starts where the previous match in that block ended. A block that fills up moves to
 * the end with twice the room; the slots it leaves, and those of retired series, are reclaimed by packing every
 * block together again once they outnumber the slots in use.
 */
export class SeriesIndex {
  /** name -> zone -> block */
  private readonly byName = new Map<string, Map<string, number>>();
  private labels: string[] = [];
  private ids = new Int32Array(1024);
  /** slots [0, end) of labels/ids are used or abandoned */
  private end = 0;
  /** slots holding a live series */
  private used = 0;
  // per block: first slot, series in it, room
  private start = new Int32Array(256);
  private len = new Int32Array(256);
  private cap = new Int32Array(256);
  private nBlocks = 0;
  private readonly freeBlocks: number[] = [];
  /** the block and slot after the previous match: where the next search in that block starts */
  private lastBlock = -1;
  private lastSlot = 0;

  /** `packSlack`: how many more abandoned slots than used ones are let be before packing (small in tests) */
  constructor(private readonly packSlack = 65_536) {}

  /** The block of (name, zone); -1 when it has none and `create` is false. */
  block(name: string, zone: string, create: boolean): number {
    let byZone = this.byName.get(name);
    if (!byZone) {
      if (!create) return -1;
      this.byName.set(name, (byZone = new Map()));
    }
    const b = byZone.get(zone);
    if (b !== undefined) return b;
    if (!create) return -1;
    const nb = this.newBlock();
    byZone.set(zone, nb);
    return nb;
  }

  /** The id of `labels` in block `b`, or undefined. */
  find(b: number, labels: string): number | undefined {
    const s = this.start[b]!, n = this.len[b]!;
    let k = b === this.lastBlock && this.lastSlot - s < n ? this.lastSlot - s : 0;
    for (let step = 0; step < n; step++, k = k + 1 === n ? 0 : k + 1) {
      if (this.labels[s + k] === labels) {
        this.lastBlock = b; this.lastSlot = s + k + 1;
        return this.ids[s + k]!;
      }
    }
    return undefined;
  }

  add(b: number, labels: string, id: number): void {
    if (this.len[b]! === this.cap[b]!) this.move(b, Math.max(2, this.cap[b]! * 2));
    const slot = this.start[b]! + this.len[b]!;
    this.labels[slot] = labels;
    this.ids[slot] = id;
    this.len[b]!++;
    this.used++;
    this.lastBlock = b; this.lastSlot = slot + 1;
  }

  /** Gives series `oldId` of block `b` the id `newId`. */
  rename(b: number, oldId: number, newId: number): void {
    for (let i = this.start[b]!, e = i + this.len[b]!; i < e; i++) if (this.ids[i] === oldId) { this.ids[i] = newId; return; }
  }

  /** Drops every series `live` says no to (their ids onto `retired`), and the blocks and names left empty. */
  retire(live: (id: number) => boolean, retired: number[]): void {
    for (const [name, byZone] of this.byName) {
      for (const [zone, b] of byZone) {
        if (this.retireIn(b, live, retired) > 0) continue;
        byZone.delete(zone);
        this.freeBlocks.push(b);
      }
      if (byZone.size === 0) this.byName.delete(name);
    }
    this.lastBlock = -1;
    if (this.end - this.used > this.used + this.packSlack) this.pack();
  }

  /** Zones with series, host ('') included. */
  zones(): Set<string> {
    const out = new Set<string>();
    for (const byZone of this.byName.values()) for (const z of byZone.keys()) out.add(z);
    return out;
  }

  clear(): void {
    this.byName.clear();
    this.labels = []; this.ids = new Int32Array(1024); this.end = 0; this.used = 0;
    this.start = new Int32Array(256); this.len = new Int32Array(256); this.cap = new Int32Array(256);
    this.nBlocks = 0; this.freeBlocks.length = 0; this.lastBlock = -1;
  }

  /** Block b's live series kept in place, in order; returns how many. A function of its own: see util/shapes.ts. */
  private retireIn(b: number, live: (id: number) => boolean, retired: number[]): number {
    const s = this.start[b]!, n = this.len[b]!;
    let w = s;
    for (let i = s; i < s + n; i++) {
      const id = this.ids[i]!;
      if (!live(id)) { retired.push(id); continue; }
      this.labels[w] = this.labels[i]!; this.ids[w++] = id;
    }
    for (let i = w; i < s + n; i++) this.labels[i] = ''; // let go of the retired series' label texts
    this.used -= s + n - w;
    this.len[b] = w - s;
    return w - s;
  }

  private newBlock(): number {
    const b = this.freeBlocks.pop() ?? this.nBlocks++;
    if (b >= this.start.length) {
      const grow = (a: Int32Array) => { const x = new Int32Array(a.length * 2); x.set(a); return x; };
      this.start = grow(this.start); this.len = grow(this.len); this.cap = grow(this.cap);
    }
    this.start[b] = this.end; this.len[b] = 0; this.cap[b] = 0;
    return b;
  }

  /** Moves block b to the end of the arrays with room for `cap` series. */
  private move(b: number, cap: number): void {
    const s = this.start[b]!, n = this.len[b]!;
    const to = s + this.cap[b]! === this.end ? s : this.end; // the last block grows in place
    this.room(to + cap);
    if (to !== s) {
      for (let i = 0; i < n; i++) { this.labels[to + i] = this.labels[s + i]!; this.ids[to + i] = this.ids[s + i]!; this.labels[s + i] = ''; }
    }
    this.start[b] = to; this.cap[b] = cap;
    this.end = to + cap;
    while (this.labels.length < this.end) this.labels.push(''); // no holes: a sparse array would turn into a dictionary
  }

  private room(slots: number): void {
    if (slots <= this.ids.length) return;
    const ids = new Int32Array(Math.max(slots, this.ids.length * 2));
    ids.set(this.ids);
    this.ids = ids;
  }

  /** Every block packed together from slot 0, each with room for what it holds. */
  private pack(): void {
    const labels: string[] = [];
    const ids = new Int32Array(Math.max(1024, this.used * 2));
    let at = 0;
    for (const byZone of this.byName.values()) {
      for (const b of byZone.values()) {
        const s = this.start[b]!, n = this.len[b]!;
        for (let i = 0; i < n; i++) { labels[at + i] = this.labels[s + i]!; ids[at + i] = this.ids[s + i]!; }
        this.start[b] = at; this.cap[b] = n;
        at += n;
      }
    }
    this.labels = labels; this.ids = ids; this.end = at; this.lastBlock = -1;
  }
}
