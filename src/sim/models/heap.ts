// An indexed binary min-heap over small integer ids ("slots"): each id is in the heap at most
// once, with its key kept per id, so any id can be removed in O(log n). Typed arrays that grow
// by doubling: memory is bounded by the largest id used, not by how long a run lasts.

export class IndexedMinHeap {
  private heap: Int32Array;
  private pos: Int32Array;
  private keys: Float64Array;
  size = 0;

  constructor(capacity = 64) {
    this.heap = new Int32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
    this.keys = new Float64Array(capacity);
  }

  private grow(id: number): void {
    let cap = this.pos.length;
    while (cap <= id) cap *= 2;
    const heap = new Int32Array(cap);
    heap.set(this.heap);
    const pos = new Int32Array(cap).fill(-1);
    pos.set(this.pos);
    const keys = new Float64Array(cap);
    keys.set(this.keys);
    this.heap = heap;
    this.pos = pos;
    this.keys = keys;
  }

  /** The smallest key; Infinity when empty. */
  topKey(): number {
    return this.size > 0 ? this.keys[this.heap[0]!]! : Number.POSITIVE_INFINITY;
  }

  /** The id with the smallest key; −1 when empty. */
  top(): number {
    return this.size > 0 ? this.heap[0]! : -1;
  }

  has(id: number): boolean {
    return id < this.pos.length && this.pos[id]! >= 0;
  }

  push(id: number, key: number): void {
    if (id >= this.pos.length) this.grow(id);
    this.keys[id] = key;
    const i = this.size++;
    this.heap[i] = id;
    this.pos[id] = i;
    this.up(i);
  }

  /** Removes and returns the id with the smallest key (the heap must not be empty). */
  pop(): number {
    const id = this.heap[0]!;
    this.removeAt(0);
    return id;
  }

  remove(id: number): void {
    const i = this.pos[id]!;
    if (i >= 0) this.removeAt(i);
  }

  private removeAt(i: number): void {
    const heap = this.heap;
    const gone = heap[i]!;
    this.pos[gone] = -1;
    const last = --this.size;
    if (i === last) return;
    const moved = heap[last]!;
    heap[i] = moved;
    this.pos[moved] = i;
    this.down(i);
    if (heap[i] === moved) this.up(i);
  }

  private up(i: number): void {
    const heap = this.heap;
    const keys = this.keys;
    const pos = this.pos;
    const id = heap[i]!;
    const key = keys[id]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pid = heap[parent]!;
      if (keys[pid]! <= key) break;
      heap[i] = pid;
      pos[pid] = i;
      i = parent;
    }
    heap[i] = id;
    pos[id] = i;
  }

  private down(i: number): void {
    const heap = this.heap;
    const keys = this.keys;
    const pos = this.pos;
    const n = this.size;
    const id = heap[i]!;
    const key = keys[id]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      let cid = heap[child]!;
      const right = child + 1;
      if (right < n) {
        const rid = heap[right]!;
        if (keys[rid]! < keys[cid]!) {
          child = right;
          cid = rid;
        }
      }
      if (keys[cid]! >= key) break;
      heap[i] = cid;
      pos[cid] = i;
      i = child;
    }
    heap[i] = id;
    pos[id] = i;
  }
}

/** A plain binary min-heap of times (no ids): completion times in the connection models. */
export class TimeHeap {
  private a = new Float64Array(64);
  size = 0;

  topKey(): number {
    return this.size > 0 ? this.a[0]! : Number.POSITIVE_INFINITY;
  }

  push(t: number): void {
    if (this.size === this.a.length) {
      const b = new Float64Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    const a = this.a;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = a[parent]!;
      if (pt <= t) break;
      a[i] = pt;
      i = parent;
    }
    a[i] = t;
  }

  /** Removes and returns the smallest time (the heap must not be empty). */
  pop(): number {
    const a = this.a;
    const top = a[0]!;
    const n = --this.size;
    if (n === 0) return top;
    const t = a[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && a[child + 1]! < a[child]!) child++;
      if (a[child]! >= t) break;
      a[i] = a[child]!;
      i = child;
    }
    a[i] = t;
    return top;
  }
}
