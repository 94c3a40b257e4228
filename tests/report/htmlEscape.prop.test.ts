import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { anchorPart, escapeHtml } from "../../src/report/html/escape.js";

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** The two passes escapeHtml makes when there is something to escape. */
function escapeAlways(text: string): string {
  return text
    .replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "\uFFFD");
}

/** The spelling character by character, without the shortcut for plain ids. */
function spellAlways(text: string): string {
  let out = "";
  for (const character of text) {
    if (/^[A-Za-z0-9.-]$/.test(character)) out += character;
    else if (character === "_") out += "__";
    else out += `_${(character.codePointAt(0) ?? 0).toString(16)}_`;
  }
  return out;
}

const textArb = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.stringMatching(/^[A-Za-z0-9.\-_ &<>"']{0,12}$/),
);

test.prop([textArb])("escapeHtml's shortcut escapes exactly as its two passes do", (text) => {
  expect(escapeHtml(text)).toBe(escapeAlways(text));
});

test.prop([textArb])("anchorPart's shortcut spells exactly as the character-by-character spelling", (text) => {
  expect(anchorPart(text)).toBe(spellAlways(text));
});
