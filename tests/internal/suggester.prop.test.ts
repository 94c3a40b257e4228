import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as plain } from "vitest";
import { boundedDistance, maxEdits, Suggester } from "../../src/internal/suggester.js";

/** Levenshtein distance, the whole table: the reference the banded one must agree with. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current.push(
        Math.min(
          (previous[j] as number) + 1,
          (current[j - 1] as number) + 1,
          (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

// Few letters (and the character the index marks ends with), so texts are often near each other.
const letter = fc.constantFrom("a", "b", "c", "d", "\u0000");
const short = fc.oneof(
  fc.string({ unit: letter, maxLength: 12 }),
  fc.string({ unit: fc.constantFrom("a", "b"), maxLength: 8 }),
);
const long = fc.string({ unit: letter, minLength: 60, maxLength: 90 });
const textArb = fc.oneof({ arbitrary: short, weight: 4 }, { arbitrary: long, weight: 1 });

/** A text a few edits away from `text`. */
const nearArb = (text: string) =>
  fc
    .array(fc.tuple(fc.nat(), letter, fc.constantFrom("insert", "delete", "substitute")), { maxLength: 4 })
    .map((edits) => {
      let near = text;
      for (const [at, char, edit] of edits) {
        const i = near.length === 0 ? 0 : at % near.length;
        near =
          edit === "insert"
            ? near.slice(0, i) + char + near.slice(i)
            : edit === "delete"
              ? near.slice(0, i) + near.slice(i + 1)
              : near.slice(0, i) + char + near.slice(i + 1);
      }
      return near;
    });

// Pairs near each other and pairs apart, with limits on both sides of their distance.
const pairArb = fc.oneof(
  fc.tuple(textArb, textArb),
  textArb.chain((a) => fc.tuple(fc.constant(a), nearArb(a))),
);

test.prop([pairArb, fc.nat({ max: 30 })])(
  "boundedDistance is the edit distance, or limit + 1 past the limit",
  ([a, b], limit) => {
    expect(boundedDistance(a, b, limit)).toBe(Math.min(distance(a, b), limit + 1));
    expect(boundedDistance(a, b, limit % 5)).toBe(Math.min(distance(a, b), (limit % 5) + 1));
  },
);

test.prop([
  fc
    .array(textArb, { maxLength: 30 })
    .chain((keys) =>
      fc.tuple(
        fc.constant(keys),
        keys.length === 0 ? textArb : fc.oneof(textArb, fc.constantFrom(...keys).chain(nearArb)),
      ),
    ),
])(
  "suggest gives exactly the keys within maxEdits of the text, nearest first, ties in the order given",
  ([keys, text]) => {
    const suggester = new Suggester(keys.map((key, index) => [key, index] as const));
    const expected =
      text.length === 0 || text.length > 64
        ? []
        : keys
            .map((key, index) => ({ value: index, distance: distance(text, key) }))
            .filter((entry, index) => (keys[index] as string).length > 0 && entry.distance <= maxEdits(text.length))
            .sort((a, b) => a.distance - b.distance || a.value - b.value);
    expect(suggester.suggest(text)).toEqual(expected);
  },
);

plain.each([
  ["aaa", "ab", 1, 2],
  ["aaaab", "bb", 3, 4],
  ["budanov", "umerov", 2, 3],
] as const)("boundedDistance(%j, %j, %i) is %i: cells left of the band stay out of reach", (a, b, limit, expected) => {
  expect(boundedDistance(a, b, limit)).toBe(expected);
});

describe("Suggester", () => {
  plain("a near id is suggested, a different name is not", () => {
    const suggester = new Suggester([
      ["umerov", "umerov"],
      ["rustem umerov", "umerov"],
      ["dw-2024-01-21", "dw-2024-01-21"],
    ]);
    expect(suggester.suggest("budanov")).toEqual([]);
    expect(suggester.suggest("dw-2024-01-12")).toEqual([{ value: "dw-2024-01-21", distance: 2 }]);
    expect(suggester.suggest("umarov")).toEqual([{ value: "umerov", distance: 1 }]);
  });

  plain("texts longer than 64 characters get no suggestion, even beside an equal key", () => {
    const long = "x".repeat(65);
    expect(new Suggester([[long, 1]]).suggest(long)).toEqual([]);
    expect(new Suggester([[long.slice(1), 1]]).suggest(long.slice(1))).toEqual([{ value: 1, distance: 0 }]);
  });
});
