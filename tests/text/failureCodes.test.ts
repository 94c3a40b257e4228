import { describe, expect, expectTypeOf, test } from "vitest";
import { failureCodes, unreadCodes } from "../../src/text/failureCodes.js";
import { findQuantities, readDate, readQuantity, type TextFailureCode, type UnreadCode } from "../../src/text/index.js";

const entries = Object.entries(failureCodes) as [TextFailureCode, (typeof failureCodes)[TextFailureCode]][];

describe("the failure code table", () => {
  test("names every code of TextFailureCode and UnreadCode", () => {
    expectTypeOf<keyof typeof failureCodes>().toEqualTypeOf<TextFailureCode>();
    expectTypeOf<(typeof unreadCodes)[number]>().toEqualTypeOf<UnreadCode>();
    expect(entries).toHaveLength(15);
    for (const code of unreadCodes) expect(Object.keys(failureCodes)).toContain(code);
  });

  test.each(entries)("%s: its example fails with that code", (code, { example }) => {
    const options = example.options as { language: string };
    const result =
      example.reader === "readQuantity" ? readQuantity(example.text, options) : readDate(example.text, options);
    expect(result).toMatchObject({ ok: false, code });
  });

  test.each(entries.filter(([code]) => (unreadCodes as readonly string[]).includes(code)))(
    "%s: findQuantities lists its example in unread",
    (code, { example }) => {
      const found = findQuantities(example.text, example.options as { language: string });
      expect(found.ok && found.unread.map((figure) => figure.code)).toEqual([code]);
    },
  );
});
