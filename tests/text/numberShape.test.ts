import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { findQuantities, type NumberShape, readQuantity } from "../../src/text/index.js";

function shapes(language: string, text: string): readonly NumberShape[] | string {
  const read = readQuantity(text, { language });
  return read.ok ? read.shapes : read.code;
}

describe("a figure's number shapes", () => {
  test("1.200 in English is read as 1.2, in doubt: a dot also groups thousands", () => {
    expect(shapes("en", "1.200 prisoners")).toEqual([
      {
        span: { start: 0, end: 5 },
        text: "1.200",
        value: 1.2,
        grouping: "none",
        decimal: "dot",
        doubt: { kind: "decimal_or_thousands", otherValue: 1200 },
      },
    ]);
  });

  test("1,200 in German is the mirror: read as 1.2, in doubt", () => {
    expect(shapes("de", "1,200 Gefangene")).toEqual([
      {
        span: { start: 0, end: 5 },
        text: "1,200",
        value: 1.2,
        grouping: "none",
        decimal: "comma",
        doubt: { kind: "decimal_or_thousands", otherValue: 1200 },
      },
    ]);
  });

  test("a grouping the language uses is no doubt: 1,200 in English, 1.200 in German and Dutch, 1’200 in German", () => {
    expect(shapes("en", "1,200 prisoners")).toEqual([
      { span: { start: 0, end: 5 }, text: "1,200", value: 1200, grouping: "comma", decimal: "none" },
    ]);
    expect(shapes("de", "1.200 Gefangene")).toEqual([
      { span: { start: 0, end: 5 }, text: "1.200", value: 1200, grouping: "dot", decimal: "none" },
    ]);
    expect(shapes("nl", "1.200 gevangenen")).toEqual([
      { span: { start: 0, end: 5 }, text: "1.200", value: 1200, grouping: "dot", decimal: "none" },
    ]);
    expect(shapes("de", "1’200")).toEqual([
      { span: { start: 0, end: 5 }, text: "1’200", value: 1200, grouping: "apostrophe", decimal: "none" },
    ]);
    expect(shapes("de", "1.250,5")).toEqual([
      { span: { start: 0, end: 7 }, text: "1.250,5", value: 1250.5, grouping: "dot", decimal: "comma" },
    ]);
  });

  test("a plain space that groups is in doubt; a no-break space is not", () => {
    expect(shapes("de", "350 000 Menschen")).toEqual([
      {
        span: { start: 0, end: 7 },
        text: "350 000",
        value: 350_000,
        grouping: "space",
        decimal: "none",
        doubt: { kind: "one_or_several", groups: ["350", "000"] },
      },
    ]);
    expect(shapes("en", "350\u00a0000 people")).toEqual([
      { span: { start: 0, end: 7 }, text: "350\u00a0000", value: 350_000, grouping: "no_break_space", decimal: "none" },
    ]);
    // English does not group with a plain space at all: not read, so no shape to doubt.
    expect(shapes("en", "350 000 people")).toBe("ambiguous_grouping");
  });

  test("other decimals are no doubt: a leading zero, more or fewer than three digits, a grouped whole part", () => {
    for (const text of ["0.200", "1.2", "1.2000", "12.25", "1,234.567"]) {
      const [shape, ...rest] = shapes("en", text);
      expect(rest, text).toEqual([]);
      expect(typeof shape === "object" && shape.doubt, text).toBe(undefined);
    }
  });

  test("each number of a range and a reciprocal has its own shape; words have none", () => {
    expect(shapes("en", "1.200-1.500")).toEqual([
      expect.objectContaining({
        span: { start: 0, end: 5 },
        text: "1.200",
        doubt: { kind: "decimal_or_thousands", otherValue: 1200 },
      }),
      expect.objectContaining({
        span: { start: 6, end: 11 },
        text: "1.500",
        doubt: { kind: "decimal_or_thousands", otherValue: 1500 },
      }),
    ]);
    expect(shapes("en", "1,000 for 1000 prisoners")).toEqual([
      { span: { start: 0, end: 5 }, text: "1,000", value: 1000, grouping: "comma", decimal: "none" },
      { span: { start: 10, end: 14 }, text: "1000", value: 1000, grouping: "none", decimal: "none" },
    ]);
    expect(shapes("en", "twelve hundred people")).toEqual([]);
    expect(shapes("en", "1.2 million")).toEqual([
      { span: { start: 0, end: 3 }, text: "1.2", value: 1.2, grouping: "none", decimal: "dot" },
    ]);
  });

  test("findQuantities gives each figure its shapes, spans into the whole text", () => {
    const text = "They swapped 1.200 prisoners and 6,000 bodies.";
    const found = findQuantities(text, { language: "en" });
    expect(
      found.ok && found.quantities.map((quantity) => quantity.shapes.map((shape) => [shape.text, shape.doubt?.kind])),
    ).toEqual([[["1.200", "decimal_or_thousands"]], [["6,000", undefined]]]);
  });

  propTest.prop([
    fc.integer({ min: 1, max: 999 }),
    fc.integer({ min: 0, max: 999 }),
    fc.constantFrom(["en", "."], ["de", ","], ["ru", "."], ["uk", ","]),
  ])(
    "a decimal mark before three digits reads as decimals and doubts them: the other reading is the digits as one number",
    (whole, fraction, [language, mark]) => {
      const digits = String(fraction).padStart(3, "0");
      const text = `${whole}${mark}${digits}`;
      const [shape, ...rest] = shapes(language, text);
      expect(rest).toEqual([]);
      expect(shape).toEqual({
        span: { start: 0, end: text.length },
        text,
        value: Number(`${whole}.${digits}`),
        grouping: "none",
        decimal: mark === "." ? "dot" : "comma",
        doubt: { kind: "decimal_or_thousands", otherValue: whole * 1000 + fraction },
      });
    },
  );

  propTest.prop([
    fc.integer({ min: 1, max: 999 }),
    fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 3 }),
    fc.constantFrom("de", "nl", "uk", "ru"),
  ])(
    "groups after plain spaces read as one number, in doubt, the doubt listing the groups as written",
    (head, tail, language) => {
      const groups = [String(head), ...tail.map((group) => String(group).padStart(3, "0"))];
      const text = groups.join(" ");
      const [shape, ...rest] = shapes(language, text);
      expect(rest).toEqual([]);
      expect(shape).toEqual({
        span: { start: 0, end: text.length },
        text,
        value: Number(groups.join("")),
        grouping: "space",
        decimal: "none",
        doubt: { kind: "one_or_several", groups },
      });
    },
  );

  propTest.prop([fc.string({ maxLength: 40 }), fc.constantFrom("en", "nl", "de", "tr", "uk", "ru")])(
    "every shape lies inside its figure and quotes the text it spans",
    (text, language) => {
      const found = findQuantities(text, { language });
      expect(found.ok).toBe(true);
      for (const quantity of found.ok ? found.quantities : []) {
        for (const shape of quantity.shapes) {
          expect(text.slice(shape.span.start, shape.span.end)).toBe(shape.text);
          expect(shape.span.start).toBeGreaterThanOrEqual(quantity.span.start);
          expect(shape.span.end).toBeLessThanOrEqual(quantity.span.end);
        }
      }
    },
  );
});
