import { keepLayout } from "../../internal/keepLayout.js";
import { sortByKey } from "./sort.js";

/** Visits a member; returning false stops the search. */
export type Visit = (member: number) => boolean;

/** A visitor that stops at the first member it meets: asks only whether there is one. */
export const STOP: Visit = () => false;

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

/** Intervals to index, each with its member id: three lists side by side, no object per interval. */
export interface IntervalList {
  readonly members: number[];
  readonly los: number[];
  readonly his: number[];
}

/**
 * An empty {@link IntervalList}.
 *
 * @example
 * const list = intervalList();
 * addInterval(list, 3, 10, 20); // member 3: [10, 20]
 */
export function intervalList(): IntervalList {
  return { members: [], los: [], his: [] };
}

/** Appends member `member`'s interval [lo, hi]. */
export function addInterval(list: IntervalList, member: number, lo: number, hi: number): void {
  list.members.push(member);
  list.los.push(lo);
  list.his.push(hi);
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
  private readonly loOrder: Int32Array;
  private readonly loKeys: Float64Array;
  private readonly hiOrder: Int32Array;
  private readonly hiKeys: Float64Array;
  /** Per member id: its interval's `hi`, and where it sits in each order (-1: not a member). */
  private readonly hiOf: Float64Array;
  private readonly loAt: Int32Array;
  private readonly hiAt: Int32Array;
  private readonly maxHi: Float64Array;
  private readonly anyActive: Uint8Array;

  constructor(entries: IntervalList) {
    const n = entries.members.length;
    let size = 1;
    while (size < n) size <<= 1;
    this.size = size;
    const los = Float64Array.from(entries.los);
    const his = Float64Array.from(entries.his);
    const members = Int32Array.from(entries.members);
    let largest = -1;
    for (let i = 0; i < n; i++) if (members[i]! > largest) largest = members[i]!;
    const byLo = new Int32Array(n);
    const byHi = new Int32Array(n);
    for (let i = 0; i < n; i++) byLo[i] = byHi[i] = i;
    sortByKey(byLo, n, los);
    sortByKey(byHi, n, his);
    this.loOrder = new Int32Array(n);
    this.loKeys = new Float64Array(n);
    this.hiOrder = new Int32Array(n);
    this.hiKeys = new Float64Array(n);
    // Typed arrays by member id, not a map: set() runs for every claim the sweep switches.
    this.hiOf = new Float64Array(largest + 1);
    this.loAt = new Int32Array(largest + 1).fill(-1);
    this.hiAt = new Int32Array(largest + 1);
    for (let position = 0; position < n; position++) {
      const i = byLo[position]!;
      const member = members[i]!;
      this.loOrder[position] = member;
      this.loKeys[position] = los[i]!;
      this.hiOf[member] = his[i]!;
      this.loAt[member] = position;
      const j = byHi[position]!;
      this.hiOrder[position] = members[j]!;
      this.hiKeys[position] = his[j]!;
      this.hiAt[members[j]!] = position;
    }
    this.maxHi = new Float64Array(2 * size).fill(NONE);
    this.anyActive = new Uint8Array(2 * size);
  }

  /** Switches a member on (true) or off (false). */
  set(member: number, active: boolean): void {
    const lo = member >= 0 && member < this.loAt.length ? this.loAt[member]! : -1;
    if (lo < 0) return;
    let node = this.size + lo;
    this.maxHi[node] = active ? this.hiOf[member]! : NONE;
    for (node >>= 1; node >= 1; node >>= 1) {
      this.maxHi[node] = Math.max(this.maxHi[2 * node] ?? NONE, this.maxHi[2 * node + 1] ?? NONE);
    }
    node = this.size + this.hiAt[member]!;
    this.anyActive[node] = active ? 1 : 0;
    for (node >>= 1; node >= 1; node >>= 1) {
      this.anyActive[node] = (this.anyActive[2 * node] ?? 0) | (this.anyActive[2 * node + 1] ?? 0);
    }
  }

  /** Visits every active member but `skip` whose interval shares a point with [lo, hi]. */
  overlapping(lo: number, hi: number, skip: number, visit: Visit): boolean {
    const end = upperBound(this.loKeys, hi);
    return this.descend(this.loOrder, 1, 0, this.size, 0, end, REACHING, lo, skip, visit);
  }

  /** Visits every active member but `skip` whose interval lies wholly below or wholly above [lo, hi]. */
  disjoint(lo: number, hi: number, skip: number, visit: Visit): boolean {
    const above = upperBound(this.loKeys, hi);
    if (!this.descend(this.loOrder, 1, 0, this.size, above, this.loOrder.length, ACTIVE_BY_LO, 0, skip, visit))
      return false;
    const below = lowerBound(this.hiKeys, lo);
    return this.descend(this.hiOrder, 1, 0, this.size, 0, below, ACTIVE_BY_HI, 0, skip, visit);
  }

  /** Visits every active member but `skip`. */
  active(skip: number, visit: Visit): boolean {
    return this.descend(this.hiOrder, 1, 0, this.size, 0, this.hiOrder.length, ACTIVE_BY_HI, 0, skip, visit);
  }

  /**
   * Visits the active members at positions [from, to) of `order` under `node`, entering only
   * nodes that pass the test: a mode and a bound, not a closure, since every query runs it.
   */
  private descend(
    order: Int32Array,
    node: number,
    nodeFrom: number,
    nodeTo: number,
    from: number,
    to: number,
    test: Test,
    bound: number,
    skip: number,
    visit: Visit,
  ): boolean {
    if (nodeTo <= from || to <= nodeFrom) return true;
    const passes =
      test === REACHING
        ? this.maxHi[node]! >= bound
        : test === ACTIVE_BY_LO
          ? this.maxHi[node] !== NONE
          : this.anyActive[node] === 1;
    if (!passes) return true;
    if (node >= this.size) {
      const member = order[node - this.size]!;
      return member === skip || visit(member);
    }
    const middle = (nodeFrom + nodeTo) >>> 1;
    return (
      this.descend(order, 2 * node, nodeFrom, middle, from, to, test, bound, skip, visit) &&
      this.descend(order, 2 * node + 1, middle, nodeTo, from, to, test, bound, skip, visit)
    );
  }
}

/** Which nodes a search enters: those whose largest active `hi` reaches the bound, or any active. */
type Test = typeof REACHING | typeof ACTIVE_BY_LO | typeof ACTIVE_BY_HI;
const REACHING = 0;
const ACTIVE_BY_LO = 1;
const ACTIVE_BY_HI = 2;

keepLayout("IntervalIndex", () => new IntervalIndex(intervalList()));
