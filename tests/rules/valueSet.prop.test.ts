import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { fit, type Interval, type ValueSet } from "../../src/rules/valueSet.js";

const intervalArb: fc.Arbitrary<Interval> = fc
  .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 5 }))
  .map(([lo, width]) => ({ lo, hi: lo + width }));

const names = ["russia", "ukraine", "belarus", "Ukraine", "éire"];

/** Per-side figures over a few party names, in any order, sometimes missing a party. */
const entriesArb: fc.Arbitrary<[string, Interval][]> = fc.uniqueArray(
  fc.tuple(fc.constantFrom(...names), intervalArb),
  {
    selector: ([side]) => side,
    minLength: 1,
    maxLength: 4,
  },
);

function perSide(entries: readonly (readonly [string, Interval])[], parties = entries.map(([side]) => side)): ValueSet {
  return {
    family: "number",
    unit: undefined,
    lo: 0,
    hi: Number.POSITIVE_INFINITY,
    bySide: { parties, bounds: entries.flatMap(([, interval]) => [interval.lo, interval.hi]) },
  };
}

/** The first party in code-unit order that one figure lacks or on which the intervals do not meet. */
function firstDifference(a: ReadonlyMap<string, Interval>, b: ReadonlyMap<string, Interval>): string | undefined {
  const sides = [...new Set([...a.keys(), ...b.keys()])].sort();
  return sides.find((side) => {
    const left = a.get(side);
    const right = b.get(side);
    return !left || !right || left.hi < right.lo || right.hi < left.lo;
  });
}

function expectFit(a: ValueSet, b: ValueSet, side: string | undefined): void {
  const result = fit(a, b);
  expect(result).toEqual(side === undefined ? { compatible: true } : { compatible: false, why: "values", side });
  expect(fit(b, a)).toEqual(result);
}

test.prop([entriesArb, entriesArb])(
  "two per-side figures differ on the first party, in code-unit order, where they differ",
  (a, b) => {
    expectFit(perSide(a), perSide(b), firstDifference(new Map(a), new Map(b)));
  },
);

test.prop([
  fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 5 }),
  fc.array(fc.tuple(intervalArb, intervalArb), { minLength: 5, maxLength: 5 }),
])("figures that share one list of parties compare place by place, with the same verdict", (parties, pairs) => {
  const left = parties.map((side, k): [string, Interval] => [side, (pairs[k] as [Interval, Interval])[0]]);
  const right = parties.map((side, k): [string, Interval] => [side, (pairs[k] as [Interval, Interval])[1]]);
  expectFit(perSide(left, parties), perSide(right, parties), firstDifference(new Map(left), new Map(right)));
});
