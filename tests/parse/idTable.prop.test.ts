import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { hashOf } from "../../src/internal/textTable.js";
import { IdTable } from "../../src/parse/idTable.js";

// Few distinct ids, so repeats are common; a constant hash makes every id collide, which must
// hand the table over to a Map without changing an answer.
const idsArb = fc.array(fc.string({ maxLength: 3 }), { maxLength: 300 });
const hashArb = fc.constantFrom<[string, (text: string) => number]>(
  ["fnv", hashOf],
  ["constant", () => 7],
  ["two values", (text) => text.length % 2],
);

test.prop([idsArb, fc.nat({ max: 400 }), hashArb, fc.array(fc.string({ maxLength: 3 }), { maxLength: 20 })])(
  "IdTable answers as a Map of first positions does, whatever the hash and the room made",
  (ids, expected, [, hash], lookups) => {
    const table = new IdTable(expected, hash);
    const firstAt = new Map<string, number>();
    ids.forEach((id, position) => {
      expect(table.add(id, position)).toBe(firstAt.get(id) ?? -1);
      if (!firstAt.has(id)) firstAt.set(id, position);
    });
    for (const id of [...lookups, ...ids]) expect(table.positionOf(id)).toBe(firstAt.get(id) ?? -1);
  },
);
