import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parseCorpus, reconcile, toText } from "../../src/index.js";
import { istanbulWithoutFreshness } from "./toHtml.fixtures.js";

const result = parseCorpus(JSON.parse(readFileSync(new URL("../../examples/istanbul-2025/corpus.json", import.meta.url), "utf8")));
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
  expect(size.replace(/\s+/g, " ")).toContain("about 1,200 people per side read from “about 1,200 people on each side”");
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
