import type { Interval } from "../relate/valueSet.js";

/** Visits a member; returning false stops the search. */
export type Visit = (member: number) => boolean;

const NONE = Number.NEGATIVE_INFINITY;

function upperBound(keys: Float64Array, x: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(keys: Float64Array, x: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A fixed set of intervals, each switched on and off as the timeline sweep goes, that lists the
 * active ones overlapping — or disjoint from — a query interval in O(log n) per answer, so
 * finding contradictions never loops over every pair.
 *
 * Two segment trees: one over the members in `lo` order holding the largest active `hi`, one in
 * `hi` order holding whether any member is active.
 */
export class IntervalIndex {
  private readonly size: number;
  private readonly members: readonly number[];
  private readonly intervals: ReadonlyMap<number, Interval>;
  private readonly loOrder: Int32Array;
  private readonly loKeys: Float64Array;
  private readonly hiOrder: Int32Array;
  private readonly hiKeys: Float64Array;
  private readonly loPosition = new Map<number, number>();
  private readonly hiPosition = new Map<number, number>();
  private readonly maxHi: Float64Array;
  private readonly anyActive: Uint8Array;

  constructor(entries: readonly (readonly [member: number, interval: Interval])[]) {
    this.members = entries.map(([member]) => member);
    this.intervals = new Map(entries);
    const n = entries.length;
    let size = 1;
    while (size < n) size <<= 1;
    this.size = size;
    const byLo = entries.map((_, i) => i).sort((a, b) => (entries[a]?.[1].lo ?? 0) - (entries[b]?.[1].lo ?? 0));
    const byHi = entries.map((_, i) => i).sort((a, b) => (entries[a]?.[1].hi ?? 0) - (entries[b]?.[1].hi ?? 0));
    this.loOrder = Int32Array.from(byLo, (i) => entries[i]?.[0] ?? 0);
    this.loKeys = Float64Array.from(byLo, (i) => entries[i]?.[1].lo ?? 0);
    this.hiOrder = Int32Array.from(byHi, (i) => entries[i]?.[0] ?? 0);
    this.hiKeys = Float64Array.from(byHi, (i) => entries[i]?.[1].hi ?? 0);
    this.loOrder.forEach((member, position) => this.loPosition.set(member, position));
    this.hiOrder.forEach((member, position) => this.hiPosition.set(member, position));
    this.maxHi = new Float64Array(2 * size).fill(NONE);
    this.anyActive = new Uint8Array(2 * size);
  }

  /** Whether the member belongs to this index. */
  has(member: number): boolean {
    return this.loPosition.has(member);
  }

  /** Switches a member on (true) or off (false). */
  set(member: number, active: boolean): void {
    const interval = this.intervals.get(member);
    const loAt = this.loPosition.get(member);
    const hiAt = this.hiPosition.get(member);
    if (!interval || loAt === undefined || hiAt === undefined) return;
    let node = this.size + loAt;
    this.maxHi[node] = active ? interval.hi : NONE;
    for (node >>= 1; node >= 1; node >>= 1) {
      this.maxHi[node] = Math.max(this.maxHi[2 * node] ?? NONE, this.maxHi[2 * node + 1] ?? NONE);
    }
    node = this.size + hiAt;
    this.anyActive[node] = active ? 1 : 0;
    for (node >>= 1; node >= 1; node >>= 1) {
      this.anyActive[node] = (this.anyActive[2 * node] ?? 0) | (this.anyActive[2 * node + 1] ?? 0);
    }
  }

  /** Visits every active member whose interval shares a point with [lo, hi]. */
  overlapping(lo: number, hi: number, visit: Visit): boolean {
    const end = upperBound(this.loKeys, hi);
    return this.descend(this.loOrder, 1, 0, this.size, 0, end, (node) => (this.maxHi[node] ?? NONE) >= lo, visit);
  }

  /** Visits every active member whose interval lies wholly below or wholly above [lo, hi]. */
  disjoint(lo: number, hi: number, visit: Visit): boolean {
    const above = upperBound(this.loKeys, hi);
    if (!this.descend(this.loOrder, 1, 0, this.size, above, this.loOrder.length, (node) => (this.maxHi[node] ?? NONE) !== NONE, visit)) {
      return false;
    }
    const below = lowerBound(this.hiKeys, lo);
    return this.descend(this.hiOrder, 1, 0, this.size, 0, below, (node) => this.anyActive[node] === 1, visit);
  }

  /** Visits every active member. */
  active(visit: Visit): boolean {
    return this.descend(this.hiOrder, 1, 0, this.size, 0, this.hiOrder.length, (node) => this.anyActive[node] === 1, visit);
  }

  /** Every member, active or not. */
  all(): readonly number[] {
    return this.members;
  }

  private descend(
    order: Int32Array,
    node: number,
    nodeFrom: number,
    nodeTo: number,
    from: number,
    to: number,
    keep: (node: number) => boolean,
    visit: Visit,
  ): boolean {
    if (nodeTo <= from || to <= nodeFrom || !keep(node)) return true;
    if (node >= this.size) return visit(order[node - this.size] ?? 0);
    const middle = (nodeFrom + nodeTo) >>> 1;
    return (
      this.descend(order, 2 * node, nodeFrom, middle, from, to, keep, visit) &&
      this.descend(order, 2 * node + 1, middle, nodeTo, from, to, keep, visit)
    );
  }
}
