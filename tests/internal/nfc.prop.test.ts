import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { nfc } from "../../src/internal/nfc.js";

// Whole Unicode, and strings built from base letters and combining marks, which NFC composes.
const decomposed = fc
  .array(
    fc.constantFrom("e", "a", "o", "\u0301", "\u0308", "\u0327", "\u1e9b", "\u00e9", "\uac00", "\u1100", "\u1161"),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

test.prop([fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), decomposed)])(
  'nfc(text) is text.normalize("NFC")',
  (text) => {
    expect(nfc(text)).toBe(text.normalize("NFC"));
  },
);
