import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { listSome } from "../../src/internal/listSome.js";
import { clip, givenValue, quote } from "../../src/internal/quote.js";

const textArb = fc.oneof(
  fc.string({ unit: "binary", maxLength: 100 }),
  fc.string({ unit: "grapheme", minLength: 70, maxLength: 200 }),
);

test.prop([textArb])("quote gives the text, or its first 80 units whole, and the length past that", (text) => {
  const quoted = quote(text);
  if (text.length <= 80) {
    expect(JSON.parse(quoted)).toBe(text);
    return;
  }
  const match = /^(".*") \((\d+) characters\)$/s.exec(quoted);
  expect(match?.[2]).toBe(String(text.length));
  const shown: string = JSON.parse(match?.[1] ?? '""');
  expect(shown.endsWith("…")).toBe(true);
  const kept = shown.slice(0, -1);
  expect(text.startsWith(kept)).toBe(true);
  // A pair of surrogates is kept whole or left out whole.
  expect(kept.length).toBe(/[\uD800-\uDBFF]/.test(text.charAt(79)) ? 79 : 80);
});

test.prop([fc.array(fc.string(), { maxLength: 20 }), fc.integer({ min: 1, max: 8 })])(
  "listSome names the first few and counts the rest",
  (items, most) => {
    const listed = listSome(items, (item) => `<${item}>`, most);
    const named = items
      .slice(0, most)
      .map((item) => `<${item}>`)
      .join(", ");
    expect(listed).toBe(items.length > most ? `${named} and ${items.length - most} more` : named);
  },
);

test.prop([textArb])("clip keeps what quote shows, so a message holds its issue's data", (text) => {
  const shown = quote(text);
  expect(shown.startsWith(JSON.stringify(clip(text)))).toBe(true);
  expect(clip(text).length).toBeLessThanOrEqual(81);
});

test.prop([fc.anything({ withNullPrototype: true, withBoxedValues: true })])(
  "givenValue is always JSON, and a JSON primitive as it is",
  (value) => {
    const given = givenValue(value);
    expect(JSON.parse(JSON.stringify(given))).toBe(given);
    if (value === null || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value)))
      expect(given).toBe(value);
  },
);
