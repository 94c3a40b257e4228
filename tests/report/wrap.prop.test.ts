import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { wrap } from "../../src/report/wrap.js";

const word = fc.string({ minLength: 1, maxLength: 12 }).filter((w) => !/\s/.test(w));
const text = fc.tuple(fc.nat(6), fc.array(word, { minLength: 1, maxLength: 40 }));

test.prop([text, fc.integer({ min: 10, max: 100 })])(
  "wrap keeps every word, in order, within the width",
  ([lead, words], width) => {
    const wrapped = wrap(" ".repeat(lead) + words.join(" "), width, "    ");
    const lines = wrapped.split("\n");
    expect(lines.flatMap((line) => line.trim().split(" "))).toEqual(words);
    expect(lines[0]?.startsWith(" ".repeat(lead))).toBe(true);
    // Only a word too long for any line may overflow it.
    expect(lines.filter((line) => line.length > width && line.trim().includes(" "))).toEqual([]);
  },
);

/** The first wrap, word list and all: the reference the faster one must match exactly. */
function wrapByWords(text: string, width: number, indent: string): string {
  const body = text.trimStart();
  const lead = text.slice(0, text.length - body.length);
  const lines: string[] = [];
  let line = "";
  for (const word of body.split(" ")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    const limit = width - (lines.length === 0 ? lead.length : indent.length);
    if (candidate.length > limit && line !== "") {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  lines.push(line);
  return lines.map((part, index) => (index === 0 ? lead : indent) + part).join("\n");
}

test.prop([
  fc
    .array(fc.oneof(fc.constantFrom(" ", "  ", "\t"), fc.string({ maxLength: 14 })), { maxLength: 30 })
    .map((parts) => parts.join("")),
  fc.integer({ min: 1, max: 90 }),
  fc.constantFrom("", "  ", "    "),
])("wrap breaks exactly where wrapping word by word does, spaces and long words included", (text, width, indent) => {
  expect(wrap(text, width, indent)).toBe(wrapByWords(text, width, indent));
});
