import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { sortPositions, sortSmall } from "../../src/reconcile/sortSmall.js";

// Pairs with few distinct keys, so stability is tested: equal keys must keep their order.
const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat()), { maxLength: 40 });
const byKey = (a: readonly [number, number], b: readonly [number, number]): number => a[0] - b[0];

test.prop([pairs])("sortSmall sorts as Array.prototype.sort does, stably, short lists and long", (items) => {
  const expected = [...items].sort(byKey);
  expect(sortSmall([...items], byKey)).toEqual(expected);
});

test.prop([fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }), fc.nat(40)])(
  "sortPositions sorts the first count entries and leaves the rest",
  (values, cut) => {
    const count = Math.min(cut, values.length);
    const items = Int32Array.from(values);
    sortPositions(items, count, (a, b) => a - b);
    expect([...items.subarray(0, count)]).toEqual(values.slice(0, count).sort((a, b) => a - b));
    expect([...items.subarray(count)]).toEqual(values.slice(count));
  },
);
