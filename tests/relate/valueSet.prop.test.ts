import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { fit, type Interval, type ValueSet } from "../../src/relate/valueSet.js";

const intervalArb: fc.Arbitrary<Interval> = fc
  .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 5 }))
  .map(([lo, width]) => ({ lo, hi: lo + width }));

/** Per-side figures over a few party names, in any insertion order, sometimes missing a party. */
const perSideArb: fc.Arbitrary<ValueSet> = fc
  .uniqueArray(fc.tuple(fc.constantFrom("russia", "ukraine", "belarus", "Ukraine", "éire"), intervalArb), {
    selector: ([side]) => side,
    minLength: 1,
    maxLength: 4,
  })
  .map((entries) => ({ family: "number", unit: undefined, total: { lo: 0, hi: Number.POSITIVE_INFINITY }, bySide: new Map(entries) }));

/** The first party in code-unit order that one figure lacks or on which the intervals do not meet. */
function firstDifference(a: ReadonlyMap<string, Interval>, b: ReadonlyMap<string, Interval>): string | undefined {
  const sides = [...new Set([...a.keys(), ...b.keys()])].sort();
  return sides.find((side) => {
    const left = a.get(side);
    const right = b.get(side);
    return !left || !right || left.hi < right.lo || right.hi < left.lo;
  });
}

test.prop([perSideArb, perSideArb])("two per-side figures differ on the first party, in code-unit order, where they differ", (a, b) => {
  if (a.family !== "number" || b.family !== "number" || !a.bySide || !b.bySide) throw new Error("not per-side");
  const side = firstDifference(a.bySide, b.bySide);
  const result = fit(a, b);
  expect(result).toEqual(side === undefined ? { compatible: true } : { compatible: false, why: "values", side });
  expect(fit(b, a)).toEqual(result);
});
