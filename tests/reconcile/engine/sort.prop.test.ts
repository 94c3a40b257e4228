import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { sortByKey, sortNumbers } from "../../../src/reconcile/engine/sort.js";

test.prop([fc.array(fc.double({ noNaN: true, noDefaultInfinity: false }), { maxLength: 60 }), fc.nat(60)])(
  "sortNumbers sorts the first count numbers ascending and leaves the rest",
  (values, cut) => {
    const count = Math.min(cut, values.length);
    const items = Float64Array.from(values);
    sortNumbers(items, count);
    const sorted = [...items.subarray(0, count)];
    for (let k = 1; k < sorted.length; k++) expect(sorted[k - 1]).toBeLessThanOrEqual(sorted[k] as number);
    expect([...sorted].sort((a, b) => a - b)).toEqual(values.slice(0, count).sort((a, b) => a - b));
    expect([...items.subarray(count)]).toEqual(values.slice(count));
  },
);

// Keys drawn from a few values (ties), with infinities and large moments among them.
const key = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.7e12, 1.7e12 + 1, 8.64e15, -8.64e15, 0.5),
);

test.prop([fc.array(key, { maxLength: 80 }), fc.nat(80)])(
  "sortByKey orders items by their keys stably, as Array.prototype.sort with a comparator does",
  (keys, cut) => {
    const count = Math.min(cut, keys.length);
    const keyOf = Float64Array.from(keys);
    // Items in a shuffled order, so stability is about the given order, not the index.
    const given = keys.map((_, i) => i).reverse();
    const items = Int32Array.from(given);
    sortByKey(items, count, keyOf);
    const expected = given
      .slice(0, count)
      .sort((a, b) =>
        (keyOf[a] as number) < (keyOf[b] as number) ? -1 : (keyOf[a] as number) > (keyOf[b] as number) ? 1 : 0,
      );
    expect([...items.subarray(0, count)]).toEqual(expected);
    expect([...items.subarray(count)]).toEqual(given.slice(count));
  },
);

test.prop([
  fc.array(fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })), {
    minLength: 17,
    maxLength: 2000,
  }),
])("sortByKey stays exact for whole keys whose span times the count comes close to 2⁵³", (fractions) => {
  const count = fractions.length;
  // The widest span the one-sort path takes for this many items.
  const span = Math.floor(Number.MAX_SAFE_INTEGER / count) - 1;
  const keyOf = Float64Array.from(fractions, (f) => Math.floor(f * span));
  const items = Int32Array.from(fractions, (_, i) => i);
  sortByKey(items, count, keyOf);
  const expected = fractions.map((_, i) => i).sort((a, b) => (keyOf[a] as number) - (keyOf[b] as number) || a - b);
  expect([...items]).toEqual(expected);
});
