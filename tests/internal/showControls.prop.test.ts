import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { showControls } from "../../src/internal/showControls.js";

const CONTROL = /[\p{Cc}\p{Bidi_Control}]/u;
const BIDI = [
  "\u061c",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202b",
  "\u202c",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
];
/** Mostly controls, bidi characters and their neighbours, among ordinary text of every script. */
const hostileArb = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xa0 }).map((code) => String.fromCharCode(code)),
      fc.constantFrom(...BIDI, "\u2028", "\u2029", "\u200d", "\u00ad", "\\"),
      fc.string({ unit: "grapheme", maxLength: 4 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

test.prop([hostileArb])("showControls never lets a control or bidi character through", (text) => {
  expect(showControls(text)).not.toMatch(CONTROL);
});

test.prop([fc.string({ unit: "grapheme", maxLength: 60 }).filter((text) => !CONTROL.test(text))])(
  "showControls is the identity on text without controls",
  (text) => {
    expect(showControls(text)).toBe(text);
  },
);

test.prop([hostileArb])("inside a JSON string, what showControls shows means what was there", (text) => {
  expect(JSON.parse(showControls(JSON.stringify(text)))).toBe(text);
});

test.prop([fc.constantFrom(...BIDI, "\u001b", "\u009b", "\u0007", "\u007f", "\r")])(
  "each control is spelled as its escape",
  (character) => {
    expect(showControls(`a${character}b`)).toBe(
      `a\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}b`.replace("\\u000d", "\\r"),
    );
  },
);
