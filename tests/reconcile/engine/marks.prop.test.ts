import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Marks } from "../../../src/reconcile/engine/marks.js";

// A walk is a clear to a size, then adds and lookups below it; the model is a Set emptied by clear.
const step = fc.oneof(
  fc.record({ op: fc.constant("clear" as const), n: fc.integer({ min: 0, max: 200 }) }),
  fc.record({ op: fc.constantFrom("add" as const, "has" as const), i: fc.nat({ max: 199 }) }),
);

test.prop([fc.array(step, { maxLength: 300 })])(
  "Marks behaves as a set that clear empties, whatever was marked before",
  (steps) => {
    const marks = new Marks();
    const model = new Set<number>();
    let room = 0;
    marks.clear(0);
    for (const s of steps) {
      if (s.op === "clear") {
        marks.clear(s.n);
        model.clear();
        room = s.n;
        continue;
      }
      if (s.i >= room) continue;
      if (s.op === "add") {
        expect(marks.add(s.i)).toBe(!model.has(s.i));
        model.add(s.i);
      } else expect(marks.has(s.i)).toBe(model.has(s.i));
    }
  },
);

test.prop([fc.uniqueArray(fc.nat({ max: 99 })), fc.integer({ min: 100, max: 5_000 })])(
  "fit makes room and keeps the members there are",
  (members, n) => {
    const marks = new Marks();
    marks.clear(100);
    for (const i of members) marks.add(i);
    marks.fit(n);
    for (let i = 0; i < 100; i++) expect(marks.has(i)).toBe(members.includes(i));
    expect(marks.add(n - 1)).toBe(true);
  },
);
