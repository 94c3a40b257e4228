import { describe, expect, expectTypeOf, test } from "vitest";
import type { PerSide, Quantity } from "../../src/corpus/value.js";
import type { DigitGrouping, NumberShape, ShapeDoubt } from "../../src/index.js";
import {
  findQuantities,
  nameKey,
  readDate,
  readQuantity,
  type SupportedLanguage,
  supportedLanguages,
  type TextFailureCode,
  type TextSpan,
} from "../../src/text/index.js";

// Type assertions: `npx tsc --noEmit` checks them (and every @ts-expect-error) with the rest of
// tests/; they sit in a plain test file so that vitest need not run a typecheck pass for them.

describe("text readers' types", () => {
  test("results narrow on ok", () => {
    const read = readQuantity("about 1,200", { language: "en" });
    if (read.ok) {
      expectTypeOf(read.value).toEqualTypeOf<Quantity | PerSide>();
      expectTypeOf(read.span).toEqualTypeOf<TextSpan>();
      expectTypeOf(read.shapes).toEqualTypeOf<readonly NumberShape[]>();
      expectTypeOf(read.shapes).items.toHaveProperty("grouping").toEqualTypeOf<DigitGrouping>();
      expectTypeOf(read.shapes).items.toHaveProperty("doubt").toEqualTypeOf<ShapeDoubt | undefined>();
    } else {
      expectTypeOf(read.code).toEqualTypeOf<TextFailureCode>();
      expectTypeOf(read.message).toEqualTypeOf<string>();
    }
    const date = readDate("16 May 2025", { language: "en" });
    if (date.ok) {
      expectTypeOf(date.value).toEqualTypeOf<string>();
      expectTypeOf(date.approx).toEqualTypeOf<true | undefined>();
    }
    const found = findQuantities("1,200", { language: "en" });
    if (found.ok) expectTypeOf(found.quantities).items.toHaveProperty("span");
    expectTypeOf(nameKey).returns.toEqualTypeOf<string>();
    expectTypeOf(supportedLanguages).items.toEqualTypeOf<SupportedLanguage>();
    expect([read.ok, date.ok, found.ok]).toEqual([true, true, true]);
  });

  test("every reader calls its sentence message, as parseCorpus's issues do", () => {
    const failed = readQuantity("no figure here", { language: "en" });
    const unread = findQuantities("Telefon 030 123 456", { language: "de" });
    const dateless = readDate("soon", { language: "en" });
    expectTypeOf<Extract<typeof failed, { ok: false }>>().toHaveProperty("message");
    expectTypeOf<Extract<typeof failed, { ok: false }>>().not.toHaveProperty("reason");
    if (unread.ok) {
      expectTypeOf(unread.unread).items.toHaveProperty("message");
      expectTypeOf(unread.unread).items.not.toHaveProperty("reason");
    }
    expect(failed).toEqual({ ok: false, code: "no_quantity", message: expect.any(String) });
    expect(dateless).toEqual({ ok: false, code: "no_date", message: expect.any(String) });
    expect(unread.ok && unread.unread.map((figure) => Object.keys(figure).sort())).toEqual([
      ["code", "message", "span", "text"],
    ]);
  });

  test("options must name a language; sides are a pair; prefer is past or nearest", () => {
    // @ts-expect-error: the language is required
    expect(readQuantity("1,200", {})).toMatchObject({ ok: false, code: "unsupported_language" });
    // @ts-expect-error: sides are two ids, the first figure's side first
    expect(readQuantity("1,000 for 800", { language: "en", sides: ["ukraine"] })).toMatchObject({
      ok: false,
      code: "invalid_input",
    });
    expect(readQuantity("1,000 for 800", { language: "en", sides: ["ukraine", "russia"] }).ok).toBe(true);
    // @ts-expect-error: prefer is "past" or "nearest"
    expect(readDate("3. Januar", { language: "de", prefer: "future" })).toMatchObject({
      ok: false,
      code: "invalid_input",
    });
    // @ts-expect-error: the text is a string (JavaScript callers get a failure, not a throw)
    expect(readQuantity(1200, { language: "en" })).toMatchObject({ ok: false, code: "invalid_input" });
  });
});
