import { epochDay } from "../corpus/moment.js";
import type { QuantityBody, Value } from "../corpus/value.js";
import { nfc } from "../internal/nfc.js";
import { unreachable } from "../internal/unreachable.js";
import type { Tolerances } from "./options.js";

/** A closed interval [lo, hi]; `hi` may be Infinity ("at least 1,000"). */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/**
 * Per-side figures as a set: each party's name, and its interval as `bounds[2k]`, `bounds[2k + 1]`.
 * Flat lists rather than a map of intervals, since reconcile makes one per distinct statement.
 */
export interface PartyBounds {
  readonly parties: readonly string[];
  readonly bounds: readonly number[];
}

/** A figure as a set: the interval of its total, and per party when it is given per side. */
export interface NumberSet {
  readonly family: "number";
  readonly unit: string | undefined;
  /** The total: the figure, or the sum of the parties' figures. */
  readonly lo: number;
  readonly hi: number;
  readonly bySide: PartyBounds | undefined;
}

/**
 * A value as the set of answers it allows, in the form compatibility needs:
 * a number interval (with the per-party intervals of a per-side figure), a label, or a span of
 * days.
 */
export type ValueSet =
  | NumberSet
  | { readonly family: "label"; readonly label: string }
  | { readonly family: "date"; readonly lo: number; readonly hi: number };

/**
 * The lower bound of the set a quantity allows. Exact `value` → [v, v]; `approx` widens by the
 * tolerance t: a value to [v(1−t), v(1+t)], a range to [min(1−t), max(1+t)], `max` alone to
 * [max(1−t), max], `min` alone to [min, min(1+t)]. Without `approx`, `min` alone is [min, ∞),
 * `max` alone [0, max] — unless `reach` is given (bounds read as estimates, r = boundReach):
 * then `max` alone is [max/(1+r), max]. A lone floor stays a floor even then: "at least 80,000"
 * is a figure the speaker vouches for, and any count above it is consistent with it, while "up
 * to 70,000" in a count is the speaker's high estimate, not every figure from zero.
 */
function lowerBound(quantity: QuantityBody, tolerance: number, reach: number | undefined): number {
  const { value, min, max, approx } = quantity;
  const t = approx ? tolerance : 0;
  if (value !== undefined) return value * (1 - t);
  if (min !== undefined) return max !== undefined ? min * (1 - t) : min;
  if (max !== undefined) return approx ? max * (1 - t) : reach === undefined ? 0 : max / (1 + reach);
  return 0;
}

/** The upper bound of the set a quantity allows, by the rules of {@link lowerBound}. */
function upperBound(quantity: QuantityBody, tolerance: number): number {
  const { value, min, max, approx } = quantity;
  const t = approx ? tolerance : 0;
  if (value !== undefined) return value * (1 + t);
  if (max !== undefined) return min !== undefined ? max * (1 + t) : max;
  return approx ? (min ?? 0) * (1 + t) : Number.POSITIVE_INFINITY;
}

/**
 * The set of answers a value allows. Per-side figures also carry their total: `each` times the
 * number of parties, or the sum of `bySide`. With `bounds` "estimate", a plain quantity's lone
 * ceiling lies near its figure ({@link Tolerances.boundReach}); lone floors, per-side figures and
 * approximate bounds keep their sets.
 */
export function valueSet(
  value: Value,
  parties: readonly string[],
  tolerances: Tolerances,
  bounds?: "estimate" | "logical",
): ValueSet {
  // A switch, not ts-pattern: this runs once per statement, and `never` keeps it exhaustive.
  switch (value.kind) {
    case "quantity": {
      const reach = bounds === "estimate" ? tolerances.boundReach : undefined;
      return {
        family: "number",
        unit: value.unit,
        lo: lowerBound(value, tolerances.tolerance, reach),
        hi: upperBound(value, tolerances.tolerance),
        bySide: undefined,
      };
    }
    case "per-side": {
      const { each, bySide } = value;
      const { tolerance } = tolerances;
      if (each) {
        const lo = lowerBound(each, tolerance, undefined);
        const hi = upperBound(each, tolerance);
        const bounds = new Array<number>(2 * parties.length);
        for (let k = 0; k < parties.length; k++) {
          bounds[2 * k] = lo;
          bounds[2 * k + 1] = hi;
        }
        return {
          family: "number",
          unit: each.unit,
          lo: lo * parties.length,
          hi: hi * parties.length,
          bySide: { parties, bounds },
        };
      }
      const named: string[] = [];
      const bounds: number[] = [];
      let lo = 0;
      let hi = 0;
      let unit: string | undefined;
      for (const side in bySide) {
        if (!Object.hasOwn(bySide, side)) continue;
        const quantity = bySide[side]!;
        const low = lowerBound(quantity, tolerance, undefined);
        const high = upperBound(quantity, tolerance);
        named.push(side);
        bounds.push(low, high);
        lo += low;
        hi += high;
        unit ??= quantity.unit;
      }
      return { family: "number", unit, lo, hi, bySide: { parties: named, bounds } };
    }
    case "label":
      return { family: "label", label: nfc(value.value) };
    case "date": {
      const reach = value.approx ? tolerances.dateTolerance : 0;
      const from = epochDay(value.value ?? value.min ?? "") ?? 0;
      const to = epochDay(value.value ?? value.max ?? "") ?? 0;
      return { family: "date", lo: from - reach, hi: to + reach };
    }
    default:
      return unreachable(value, "value kind");
  }
}

/** Whether two closed intervals share a point. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Where `party` sits in `figures`, or -1. Parties are few: a scan beats a map. */
function partyAt(figures: PartyBounds, party: string): number {
  const { parties } = figures;
  for (let k = 0; k < parties.length; k++) if (parties[k] === party) return k;
  return -1;
}

/**
 * The first party, in code-unit order, on which two per-side figures differ: one names it and the
 * other does not, or their intervals for it do not overlap. Undefined when they fit.
 */
function firstDifference(a: PartyBounds, b: PartyBounds): string | undefined {
  let first: string | undefined;
  // The same list of parties (two `each` figures of one corpus): compare place by place.
  const aligned = a.parties === b.parties;
  for (let k = 0; k < a.parties.length; k++) {
    const side = a.parties[k]!;
    if (first !== undefined && side >= first) continue;
    const at = aligned ? k : partyAt(b, side);
    if (at < 0 || !(a.bounds[2 * k]! <= b.bounds[2 * at + 1]! && b.bounds[2 * at]! <= a.bounds[2 * k + 1]!)) {
      first = side;
    }
  }
  if (aligned) return first;
  for (let k = 0; k < b.parties.length; k++) {
    const side = b.parties[k]!;
    if ((first === undefined || side < first) && partyAt(a, side) < 0) first = side;
  }
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
    return overlaps(a, b) ? FITS : VALUES_DIFFER;
  }
  if (a.family === "label" && b.family === "label") {
    return a.label === b.label ? FITS : VALUES_DIFFER;
  }
  if (a.family === "date" && b.family === "date") {
    return overlaps(a, b) ? FITS : VALUES_DIFFER;
  }
  return KINDS_DIFFER;
}

/**
 * Whether every answer `inner` allows, `outer` allows too: the test for the most specific of a
 * side's statements ("350,000" lies inside "at least 10,000"). Per-side figures are contained
 * party by party; a plain figure inside a per-side one only through the total.
 *
 * @example
 * contains({ family: "label", label: "agreed" }, { family: "label", label: "agreed" }); // => true
 */
export function contains(outer: ValueSet, inner: ValueSet): boolean {
  if (outer.family === "label" || inner.family === "label") {
    return outer.family === "label" && inner.family === "label" && outer.label === inner.label;
  }
  if (outer.family === "date" || inner.family === "date") {
    return outer.family === "date" && inner.family === "date" && outer.lo <= inner.lo && inner.hi <= outer.hi;
  }
  if (outer.unit !== undefined && outer.unit !== inner.unit) return false;
  if (!(outer.lo <= inner.lo && inner.hi <= outer.hi)) return false;
  const { bySide } = outer;
  if (!bySide) return true;
  const figures = inner.bySide;
  if (!figures) return false;
  for (let k = 0; k < bySide.parties.length; k++) {
    const at = partyAt(figures, bySide.parties[k]!);
    if (at < 0) return false;
    if (
      !(bySide.bounds[2 * k]! <= figures.bounds[2 * at]! && figures.bounds[2 * at + 1]! <= bySide.bounds[2 * k + 1]!)
    ) {
      return false;
    }
  }
  return true;
}
