import { clampDay, dayToIso } from "../corpus/moment.js";
import type { QuantityBody, Value } from "../corpus/value.js";
import type { Interval, ValueSet } from "../rules/valueSet.js";

function intersect(a: Interval, b: Interval): Interval {
  return { lo: Math.max(a.lo, b.lo), hi: Math.min(a.hi, b.hi) };
}

/**
 * A bound as output: tolerance makes bounds such as 100,000 × 1.1 = 110000.00000000001, which
 * is 110,000 as anyone reads it. Twelve significant digits keep every figure a corpus can write
 * and drop the binary noise; comparisons keep the full precision.
 */
function rounded(bound: number): number {
  return Number.isFinite(bound) ? Number(bound.toPrecision(12)) : bound;
}

function body(interval: Interval, unit: string | undefined): QuantityBody {
  const lo = rounded(interval.lo);
  const hi = rounded(interval.hi);
  const quantity: QuantityBody =
    lo === hi ? { value: lo } : hi === Number.POSITIVE_INFINITY ? { min: lo } : { min: lo, max: hi };
  if (unit !== undefined) quantity.unit = unit;
  return quantity;
}

/**
 * The value every asserted set fits: their intersection, as an exact value. Called only when no
 * two current claims contradict each other; returns undefined when nothing is asserted or the
 * sets, though pairwise compatible, share no common point (possible when per-side figures meet
 * totals).
 *
 * @param sets - The asserted sets; only the first `count` are read, so a caller can keep one list.
 */
export function consensusOf(sets: readonly ValueSet[], count = sets.length): Value | undefined {
  const first = count > 0 ? sets[0] : undefined;
  if (!first) return undefined;
  if (first.family === "label") {
    for (let k = 1; k < count; k++) {
      const set = sets[k]!;
      if (set.family !== "label" || set.label !== first.label) return undefined;
    }
    return { kind: "label", value: first.label };
  }
  if (first.family === "date") {
    let lo = first.lo;
    let hi = first.hi;
    for (let k = 1; k < count; k++) {
      const set = sets[k]!;
      if (set.family !== "date") return undefined;
      lo = Math.max(lo, set.lo);
      hi = Math.min(hi, set.hi);
    }
    if (lo > hi) return undefined;
    // A tolerance may reach past either end of the calendar; every day it adds there is none a
    // corpus can write, and the days the sets share within it are the same.
    lo = clampDay(lo);
    hi = clampDay(hi);
    return lo === hi ? { kind: "date", value: dayToIso(lo) } : { kind: "date", min: dayToIso(lo), max: dayToIso(hi) };
  }
  let unit: string | undefined;
  let plain: Interval | undefined;
  let bySide: Map<string, Interval> | undefined;
  for (let k = 0; k < count; k++) {
    const set = sets[k]!;
    if (set.family !== "number") return undefined;
    unit ??= set.unit;
    const figures = set.bySide;
    if (figures) {
      bySide ??= new Map();
      for (let p = 0; p < figures.parties.length; p++) {
        const side = figures.parties[p]!;
        const interval = { lo: figures.bounds[2 * p]!, hi: figures.bounds[2 * p + 1]! };
        const known = bySide.get(side);
        bySide.set(side, known ? intersect(known, interval) : interval);
      }
    } else plain = plain ? intersect(plain, set) : set;
  }
  if (plain && plain.lo > plain.hi) return undefined;
  if (!bySide) return plain ? { kind: "quantity", ...body(plain, unit) } : undefined;
  let lo = 0;
  let hi = 0;
  for (const interval of bySide.values()) {
    if (interval.lo > interval.hi) return undefined;
    lo += interval.lo;
    hi += interval.hi;
  }
  if (plain && (lo > plain.hi || plain.lo > hi)) return undefined;
  const intervals = [...bySide.values()];
  const [one] = intervals;
  if (one && intervals.every((interval) => interval.lo === one.lo && interval.hi === one.hi)) {
    return { kind: "per-side", each: body(one, unit) };
  }
  return {
    kind: "per-side",
    bySide: Object.fromEntries([...bySide].map(([side, interval]) => [side, body(interval, unit)])),
  };
}
