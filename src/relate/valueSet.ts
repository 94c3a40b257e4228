import { epochDay } from "../model/moment.js";
import type { QuantityBody, Value } from "../model/value.js";
import type { Tolerances } from "./options.js";
import { nfc } from "../model/nfc.js";

/** A closed interval [lo, hi]; `hi` may be Infinity ("at least 1,000"). */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/**
 * A value as the set of answers it allows, in the form compatibility needs:
 * a number interval (with the per-party intervals of a per-side figure), a label, or a span of
 * days.
 */
export type ValueSet =
  | { readonly family: "number"; readonly unit: string | undefined; readonly total: Interval; readonly bySide?: ReadonlyMap<string, Interval> }
  | { readonly family: "label"; readonly label: string }
  | { readonly family: "date"; readonly days: Interval };

/**
 * The set a quantity allows. Exact `value` → [v, v]; `approx` widens by the tolerance t: a value
 * to [v(1−t), v(1+t)], a range to [min(1−t), max(1+t)], `max` alone to [max(1−t), max],
 * `min` alone to [min, min(1+t)]. Without `approx`, `min` alone is [min, ∞), `max` alone [0, max].
 */
export function quantityInterval(quantity: QuantityBody, tolerance: number): Interval {
  const { value, min, max, approx } = quantity;
  const t = approx ? tolerance : 0;
  if (value !== undefined) return { lo: value * (1 - t), hi: value * (1 + t) };
  if (min !== undefined && max !== undefined) return { lo: min * (1 - t), hi: max * (1 + t) };
  if (max !== undefined) return { lo: approx ? max * (1 - t) : 0, hi: max };
  const floor = min ?? 0;
  return { lo: floor, hi: approx ? floor * (1 + t) : Number.POSITIVE_INFINITY };
}

/**
 * The set of answers a value allows. Per-side figures also carry their total: `each` times the
 * number of parties, or the sum of `bySide`.
 */
export function valueSet(value: Value, parties: readonly string[], tolerances: Tolerances): ValueSet {
  // A switch, not ts-pattern: this runs once per statement, and `never` keeps it exhaustive.
  switch (value.kind) {
    case "quantity":
      return { family: "number", unit: value.unit, total: quantityInterval(value, tolerances.tolerance) };
    case "per-side": {
      const { each, bySide } = value;
      const sides = new Map<string, Interval>();
      let lo = 0;
      let hi = 0;
      let unit: string | undefined;
      if (each) {
        const interval = quantityInterval(each, tolerances.tolerance);
        for (const party of parties) sides.set(party, interval);
        lo = interval.lo * parties.length;
        hi = interval.hi * parties.length;
        unit = each.unit;
      } else {
        for (const [side, quantity] of Object.entries(bySide ?? {})) {
          const interval = quantityInterval(quantity, tolerances.tolerance);
          sides.set(side, interval);
          lo += interval.lo;
          hi += interval.hi;
          unit ??= quantity.unit;
        }
      }
      return { family: "number", unit, total: { lo, hi }, bySide: sides };
    }
    case "label":
      return { family: "label", label: nfc(value.value) };
    case "date": {
      const reach = value.approx ? tolerances.dateTolerance : 0;
      const from = epochDay(value.value ?? value.min ?? "") ?? 0;
      const to = epochDay(value.value ?? value.max ?? "") ?? 0;
      return { family: "date", days: { lo: from - reach, hi: to + reach } };
    }
    default:
      return unreachable(value);
  }
}

function unreachable(value: never): never {
  throw new Error(`Unknown value kind: ${JSON.stringify(value)}`);
}

/** Whether two closed intervals share a point. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/**
 * The first party, in code-unit order, on which two per-side figures differ: one names it and the
 * other does not, or their intervals for it do not overlap. Undefined when they fit.
 */
function firstDifference(a: ReadonlyMap<string, Interval>, b: ReadonlyMap<string, Interval>): string | undefined {
  let first: string | undefined;
  // Map iteration by forEach: no iterator objects, and `compare` runs this on every clash.
  a.forEach((left, side) => {
    if (first !== undefined && side >= first) return;
    const right = b.get(side);
    if (!right || !overlaps(left, right)) first = side;
  });
  b.forEach((_, side) => {
    if ((first === undefined || side < first) && !a.has(side)) first = side;
  });
  return first;
}

/** Why two value sets do or do not fit together. */
export type Fit =
  | { readonly compatible: true }
  | { readonly compatible: false; readonly why: "units"; readonly units: readonly [string, string] }
  | { readonly compatible: false; readonly why: "kinds" }
  | { readonly compatible: false; readonly why: "values"; readonly side?: string };

// Shared verdicts: fit runs for every pair the sweep checks, and most verdicts carry no detail.
const FITS: Fit = { compatible: true };
const VALUES_DIFFER: Fit = { compatible: false, why: "values" };
const KINDS_DIFFER: Fit = { compatible: false, why: "kinds" };

/**
 * Whether two value sets can both be true. Numbers compare per party when both are per-side, and
 * through the total otherwise; different units never fit; labels fit only when equal.
 */
export function fit(a: ValueSet, b: ValueSet): Fit {
  if (a.family === "number" && b.family === "number") {
    if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) {
      return { compatible: false, why: "units", units: a.unit < b.unit ? [a.unit, b.unit] : [b.unit, a.unit] };
    }
    if (a.bySide && b.bySide) {
      const side = firstDifference(a.bySide, b.bySide);
      return side === undefined ? FITS : { compatible: false, why: "values", side };
    }
    return overlaps(a.total, b.total) ? FITS : VALUES_DIFFER;
  }
  if (a.family === "label" && b.family === "label") {
    return a.label === b.label ? FITS : VALUES_DIFFER;
  }
  if (a.family === "date" && b.family === "date") {
    return overlaps(a.days, b.days) ? FITS : VALUES_DIFFER;
  }
  return KINDS_DIFFER;
}
