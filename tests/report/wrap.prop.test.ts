import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { wrap } from "../../src/report/wrap.js";

const word = fc.string({ minLength: 1, maxLength: 12 }).filter((w) => !/\s/.test(w));
const text = fc.tuple(fc.nat(6), fc.array(word, { minLength: 1, maxLength: 40 }));

test.prop([text, fc.integer({ min: 10, max: 100 })])("wrap keeps every word, in order, within the width", ([lead, words], width) => {
  const wrapped = wrap(" ".repeat(lead) + words.join(" "), width, "    ");
  const lines = wrapped.split("\n");
  expect(lines.flatMap((line) => line.trim().split(" "))).toEqual(words);
  expect(lines[0]?.startsWith(" ".repeat(lead))).toBe(true);
  // Only a word too long for any line may overflow it.
  expect(lines.filter((line) => line.length > width && line.trim().includes(" "))).toEqual([]);
});
