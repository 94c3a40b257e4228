import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Stance, Value } from "../../../src/index.js";
import { ClashIndex, type GroupShape } from "../../../src/reconcile/engine/clashIndex.js";
import { ScanClashIndex } from "../../../src/reconcile/engine/scanClashIndex.js";
import { clashes as groupsClash } from "../../../src/rules/judgement.js";
import { DEFAULT_TOLERANCES } from "../../../src/rules/options.js";
import { sameStatement } from "../../../src/rules/sameStatement.js";
import { valueSet } from "../../../src/rules/valueSet.js";

const parties = ["russia", "ukraine"];
const count = fc.integer({ min: 0, max: 40 });
const unit = fc.constantFrom(undefined, "person", "body");
const body = fc.oneof(
  fc.record({ value: count, approx: fc.boolean(), unit }),
  fc
    .tuple(count, count, fc.boolean(), unit)
    .map(([a, b, approx, u]) => ({ min: Math.min(a, b), max: Math.max(a, b), approx, unit: u })),
  fc.record({ min: count, approx: fc.boolean(), unit }),
  fc.record({ max: count, approx: fc.boolean(), unit }),
);
const clean = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-12-${String(d).padStart(2, "0")}`);
const value: fc.Arbitrary<Value> = fc.oneof(
  body.map((b) => ({ kind: "quantity" as const, ...clean(b) })),
  body.map((b) => ({ kind: "per-side" as const, each: clean(b) })),
  fc.tuple(count, count, unit).map(([u, r, un]) => ({
    kind: "per-side" as const,
    bySide: { ukraine: clean({ value: u, unit: un }), russia: clean({ value: r, unit: un }) },
  })),
  fc.constantFrom("agreed", "stalled", "activated").map((l) => ({ kind: "label" as const, value: l })),
  fc.tuple(day, fc.boolean()).map(([d, approx]) => ({ kind: "date" as const, value: d, approx })),
);
const stance = fc.constantFrom<Stance>("asserts", "asserts", "denies");
// Groups are distinct statements, as reconcile builds them.
const groups = fc
  .uniqueArray(fc.tuple(value, stance), {
    minLength: 1,
    maxLength: 30,
    comparator: ([v, s], [w, t]) => sameStatement({ value: v, stance: s, parties }, { value: w, stance: t, parties }),
  })
  .map((entries) =>
    entries.map(([v, s]): GroupShape => ({ set: valueSet(v, parties, DEFAULT_TOLERANCES), stance: s })),
  );

function clashesOf(index: { clashes: ClashIndex["clashes"] }, id: number): number[] {
  const found: number[] = [];
  index.clashes(id, (other) => {
    found.push(other);
    return true;
  });
  return found.sort((a, b) => a - b);
}

/** Switches groups on and off in each index alike; a switch names a group modulo their number. */
function applySwitches(
  switches: readonly [number, boolean][],
  count: number,
  ...indexes: { set: ClashIndex["set"] }[]
): void {
  for (const [raw, on] of switches) for (const index of indexes) index.set(raw % count, on);
}

test.prop([groups, fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 60 })])(
  "the interval-indexed ClashIndex finds exactly the clashes a scan of every active group finds",
  (shapes, switches) => {
    const indexed = new ClashIndex(shapes);
    const scan = new ScanClashIndex(shapes);
    applySwitches(switches, shapes.length, indexed, scan);
    for (let id = 0; id < shapes.length; id++) {
      const found = clashesOf(indexed, id);
      expect(found).toEqual(clashesOf(scan, id));
      expect(new Set(found).size).toBe(found.length);
    }
  },
);

test.prop([groups])("stopping a visit stops the search", (shapes) => {
  const indexed = new ClashIndex(shapes);
  for (let id = 0; id < shapes.length; id++) indexed.set(id, true);
  for (let id = 0; id < shapes.length; id++) {
    let visits = 0;
    const finished = indexed.clashes(id, () => {
      visits++;
      return false;
    });
    expect(visits).toBeLessThanOrEqual(1);
    expect(finished).toBe(visits === 0);
  }
});

test.prop([groups, groups, fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 60 })])(
  "a scan loaded with new groups forgets the verdicts and switches of the last ones",
  (before, after, switches) => {
    const scan = new ScanClashIndex(before);
    for (let id = 0; id < before.length; id++) scan.set(id, true);
    for (let a = 0; a < before.length; a++) for (let b = 0; b < before.length; b++) scan.clash(a, b);
    scan.load(after);
    const indexed = new ClashIndex(after);
    applySwitches(switches, after.length, indexed, scan);
    for (let a = 0; a < after.length; a++) {
      expect(clashesOf(scan, a)).toEqual(clashesOf(indexed, a));
      for (let b = 0; b < after.length; b++) {
        expect(scan.clash(a, b)).toBe(groupsClash(after[a] as GroupShape, after[b] as GroupShape));
      }
    }
  },
);
