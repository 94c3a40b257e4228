import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { hashOf, TextTable } from "../../src/internal/textTable.js";

// Few distinct short texts, so repeats are common, and some long ones in any script, so the
// copied code units outgrow their first room; a constant hash makes every text collide, which must
// hand the table over to a Map without changing an answer.
const textArb = fc.oneof(fc.string({ maxLength: 3 }), fc.string({ unit: "grapheme", maxLength: 40 }));
const hashArb = fc.constantFrom<[string, (text: string) => number]>(
  ["fnv", hashOf],
  ["constant", () => 7],
  ["two values", (text) => text.length % 2],
);

test.prop([fc.array(textArb, { maxLength: 300 }), fc.nat({ max: 400 }), hashArb, fc.array(textArb, { maxLength: 20 })])(
  "TextTable numbers texts in order of first sight, as a Map would, whatever the hash and the room made",
  (texts, expected, [, hash], lookups) => {
    const table = new TextTable(expected, hash);
    const numbers = new Map<string, number>();
    for (const text of texts) {
      if (!numbers.has(text)) numbers.set(text, numbers.size);
      expect(table.number(text)).toBe(numbers.get(text));
    }
    expect(table.size).toBe(numbers.size);
    for (const text of [...lookups, ...texts]) expect(table.find(text)).toBe(numbers.get(text) ?? -1);
    for (const [text, number] of numbers) expect(table.textOf(number)).toBe(text);
    // compare orders as `<` orders the strings, from the copied units or, once a Map answers, the texts.
    const some = [...numbers.keys()].slice(0, 30);
    for (const a of some) {
      for (const b of some) {
        const expected = a < b ? -1 : a > b ? 1 : 0;
        expect(Math.sign(table.compare(numbers.get(a) as number, numbers.get(b) as number))).toBe(expected);
      }
    }
  },
);

test("texts that differ only past their hash's reach, or only in length, get their own numbers", () => {
  // Every text hashes alike: only the copied code units tell them apart.
  const table = new TextTable(0, () => 1);
  const texts = ["exchange/1", "exchange/10", "exchange/1\u0000", "exchange/2", "", "Умєров", "Умеров"];
  expect(texts.map((text) => table.number(text))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  expect(texts.map((text) => table.find(text))).toEqual([0, 1, 2, 3, 4, 5, 6]);
});

test("hashOf spreads sequential ids over the low bits", () => {
  const buckets = new Set<number>();
  for (let i = 0; i < 1024; i++) buckets.add(hashOf(`c${i}`) & 1023);
  // A perfect spread fills all 1,024; a random one about 647.
  expect(buckets.size).toBeGreaterThan(550);
});
