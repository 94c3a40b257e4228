import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseCorpus, reconcile, toText } from "../../src/index.js";
import { smallCorpus } from "../fixtures.js";
import { CONTROL, hostileCorpus } from "../hostile.js";
import { istanbulWithoutFreshness } from "./toHtml.fixtures.js";

const result = parseCorpus(
  JSON.parse(readFileSync(new URL("../../examples/istanbul-2025/corpus.json", import.meta.url), "utf8")),
);
if (!result.ok) throw new Error("the example corpus must parse");
const { corpus } = result;

function blockOf(text: string, heading: string): string {
  const start = text.indexOf(`■ ${heading}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = text.indexOf("\n\n", start);
  return text.slice(start, end < 0 ? undefined : end);
}

test("each proposition's block names every side's position, the verdict and the chain", () => {
  const timeless = istanbulWithoutFreshness();
  const text = toText(reconcile(timeless), timeless);
  const status = blockOf(text, "pow-exchange/istanbul-2025-07-23 · status — contested");
  expect(status).toContain("Ukraine: “talks-to-resume”");
  expect(status).toContain("Russia: “agreed”");
  expect(status).toContain("[umjerow-0101-talks-to-resume]");
  expect(status).toMatch(/✗ since 1 Jan 2026: Vladimir Medinsky \(Russia, 23 Jul 2025\) and Rustem Umerov/);
  expect(status).toMatch(/↻ Volodymyr Zelenskyy \(Ukraine, 11 Dec 2025\) supersedes Rustem Umerov/);
  const size = blockOf(text, "pow-exchange/istanbul-2025-07-23 · agreed-size — consensus");
  expect(size).toContain("Consensus: 1,200 people per side");
  // What was read from words is shown beside the words.
  expect(size.replace(/\s+/g, " ")).toContain(
    "about 1,200 people per side read from “about 1,200 people on each side”",
  );
  expect(size).toContain("machine translation");
});

test("contested propositions come first", () => {
  const order = ["contested", "consensus", "one-sided"];
  const headings = toText(reconcile(corpus), corpus, { width: 1000 })
    .split("\n")
    .filter((line) => line.startsWith("■ "));
  const statuses = headings.map((line) => line.slice(line.lastIndexOf(" — ") + 3));
  expect(statuses).toHaveLength(reconcile(corpus).propositions.length);
  expect(statuses).toEqual([...statuses].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
});

test("every line fits the width", () => {
  for (const width of [60, 80, 120]) {
    const text = toText(reconcile(corpus), corpus, { width });
    // Only a single word too long for any line may overflow it.
    const overflowing = text.split("\n").filter((line) => [...line].length > width && line.trim().includes(" "));
    expect(overflowing).toEqual([]);
  }
});

test("asOf: the claims left out are counted", () => {
  const text = toText(reconcile(corpus, { asOf: "2025-12-11" }), corpus);
  expect(text).toMatch(/\(\d+ claims were stated after 2025-12-11 and are left out\.\)\n$/);
});

test("asOf: one claim left out, in the singular", () => {
  const small = parseCorpus(smallCorpus());
  if (!small.ok) throw new Error("the small corpus must parse");
  const picture = reconcile(small.corpus, { asOf: "2025-12-01" });
  expect(picture.later).toHaveLength(1);
  expect(toText(picture, small.corpus)).toMatch(/\(1 claim was stated after 2025-12-01 and is left out\.\)\n$/);
});

describe("corpus text with controls", () => {
  const parsed = parseCorpus(hostileCorpus());
  if (!parsed.ok) throw new Error("the hostile corpus must parse");
  const hostile = parsed.corpus;
  const text = toText(reconcile(hostile), hostile);

  test("no control or bidi character reaches the text, but the line breaks toText makes", () => {
    expect(text.replaceAll("\n", "")).not.toMatch(CONTROL);
    expect(text).toContain("Ukraine\\u001b[2J\\u001b]0;pwned\\u0007");
    expect(text).toContain("Rustem \\u009b31mUmerov\\u202e");
    expect(text).toContain("umerov-\\u001b[1m390");
  });

  test("a line break in a subject cannot forge a heading", () => {
    const headings = text.split("\n").filter((line) => line.startsWith("■"));
    expect(headings).toHaveLength(reconcile(hostile).propositions.length);
    expect(headings).toContain("■ pow\\n■ forged · status — consensus · status — one-sided");
  });

  test("other scripts and emoji are left as they are", () => {
    const input = smallCorpus();
    const [ukraine, ...sides] = input.sides;
    const plain = parseCorpus({
      ...input,
      sides: [{ ...(ukraine ?? expect.unreachable("a side")), name: "Україна 🇺🇦 أوكرانيا" }, ...sides],
    });
    if (!plain.ok) throw new Error("the corpus must parse");
    expect(toText(reconcile(plain.corpus), plain.corpus)).toContain("Україна 🇺🇦 أوكرانيا: 1,000 people per side");
  });
});

describe("the summary at the top", () => {
  test("counts claims, sources and questions, and the questions by status", () => {
    const text = toText(reconcile(corpus), corpus, { width: 120 });
    expect(text.split("\n")[0]).toBe(
      "70 claims from 5 sources on 56 questions: 0 contested, 5 with consensus, 51 one-sided",
    );
    expect(text.split("\n")[1]).toBe("");
  });

  test("too wide for the width, it breaks after the counts", () => {
    expect(toText(reconcile(corpus), corpus).split("\n").slice(0, 3)).toEqual([
      "70 claims from 5 sources on 56 questions:",
      "0 contested, 5 with consensus, 51 one-sided",
      "",
    ]);
  });

  test("counts the claims of the questions shown, in the singular for one", () => {
    const small = parseCorpus(smallCorpus());
    if (!small.ok) throw new Error("the small corpus must parse");
    const picture = reconcile(small.corpus, { asOf: "2025-12-01" });
    const one = {
      ...picture,
      propositions: picture.propositions.filter((proposition) => proposition.attribute === "returned"),
    };
    expect(toText(one, small.corpus, { width: 200 }).split("\n")[0]).toBe(
      "1 claim from 1 source on 1 question: 0 contested, 0 with consensus, 1 one-sided",
    );
  });
});
