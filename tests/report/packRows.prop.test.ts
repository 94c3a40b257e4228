import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { packRows } from "../../src/report/html/timeline.js";

/** The greedy packing as first written: each mark scans every row for the first it does not touch. */
function naive(xs: readonly number[], gap: number): { rows: number; placed: number[] } {
  const ends: number[] = [];
  const placed: number[] = [];
  for (const x of xs) {
    let row = ends.findIndex((end) => x - end >= gap);
    if (row < 0) row = ends.push(x) - 1;
    else ends[row] = x;
    placed.push(row);
  }
  return { rows: ends.length, placed };
}

test.prop([
  fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 900, noNaN: true })), { maxLength: 200 }),
  fc.constantFrom(4.5, 7.5, 15.5),
])("packing with a queue and a heap places every mark where the scan of every row does", (positions, gap) => {
  const xs = positions.toSorted((a, b) => a - b);
  const placed: number[] = [];
  const rows = packRows(xs, gap, (k, row) => {
    placed[k] = row;
  });
  expect({ rows, placed }).toEqual(naive(xs, gap));
});
