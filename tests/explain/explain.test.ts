import { describe, expect, test } from "vitest";
import { formatDay } from "../../src/explain/formatValue.js";
import { type Claim, type Corpus, compare, explain, parseCorpus, reconcile } from "../../src/index.js";

function corpusWith(claims: object[]): Corpus {
  const result = parseCorpus({
    sides: [
      { id: "ukraine", name: "Ukraine" },
      { id: "russia", name: "Russia" },
    ],
    actors: [
      { id: "umerov", name: "Rustem Umerov", side: "ukraine", aliases: ["Umjerow"] },
      { id: "zelenskyy", name: "Volodymyr Zelenskyy", side: "ukraine" },
      { id: "medinsky", name: "Vladimir Medinsky", side: "russia" },
    ],
    sources: [{ id: "s", outlet: "Outlet", published: "2025-07-23", language: "en" }],
    attributes: [{ id: "status", changes: "over-time" }],
    claims: claims.map((claim, i) => ({
      id: `c${i}`,
      source: "s",
      subject: "pow-exchange/istanbul",
      attribute: "size",
      ...claim,
    })),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.corpus;
}
const claimOf = (corpus: Corpus, id: string): Claim => corpus.claims.find((claim) => claim.id === id) as Claim;

describe("explain", () => {
  test("an agreement names speakers, sides, dates and values", () => {
    const corpus = corpusWith([
      { speaker: "medinsky", value: { kind: "per-side", each: { value: 1200, approx: true } } },
      { speaker: "Umjerow", stated: "2025-11-15", via: "zelenskyy", value: { kind: "quantity", value: 2400 } },
    ]);
    expect(explain(compare(claimOf(corpus, "c0"), claimOf(corpus, "c1")), corpus)).toBe(
      "Vladimir Medinsky (Russia, 23 Jul 2025) and Rustem Umerov (Ukraine, 15 Nov 2025, via Volodymyr Zelenskyy) agree: about 1,200 per side (about 2,400 in all) fits 2,400.",
    );
  });

  test("a contradiction says why", () => {
    const corpus = corpusWith([
      { speaker: "umerov", value: { kind: "quantity", value: 6000, unit: "body" } },
      { speaker: "medinsky", value: { kind: "quantity", value: 6000, unit: "person" } },
    ]);
    expect(explain(compare(claimOf(corpus, "c0"), claimOf(corpus, "c1")), corpus)).toMatch(
      /^Rustem Umerov \(Ukraine, 23 Jul 2025\) and Vladimir Medinsky \(Russia, 23 Jul 2025\) contradict each other: different units: body and person\.$/,
    );
  });

  test("a supersession says which replaced which, and how", () => {
    const corpus = corpusWith([
      { speaker: "umerov", attribute: "status", stated: "2025-11-15", value: { kind: "label", value: "activated" } },
      { speaker: "zelenskyy", attribute: "status", stated: "2025-12-11", value: { kind: "label", value: "stalled" } },
    ]);
    expect(explain(compare(claimOf(corpus, "c0"), claimOf(corpus, "c1")), corpus)).toBe(
      "Volodymyr Zelenskyy (Ukraine, 11 Dec 2025) supersedes Rustem Umerov (Ukraine, 15 Nov 2025): “stalled” replaces “activated” (a later statement by the same side).",
    );
  });

  test("a denial is named as one", () => {
    const corpus = corpusWith([
      { speaker: "umerov", stance: "denies", value: { kind: "quantity", value: 390 } },
      { speaker: "medinsky", value: { kind: "quantity", value: 390 } },
    ]);
    expect(explain(compare(claimOf(corpus, "c0"), claimOf(corpus, "c1")), corpus)).toBe(
      "Rustem Umerov (Ukraine, 23 Jul 2025) denies 390, but Vladimir Medinsky (Russia, 23 Jul 2025) asserts 390, which fits it: they contradict each other.",
    );
  });

  test("a denial that excludes the assertion is an agreement", () => {
    const corpus = corpusWith([
      { speaker: "umerov", stance: "denies", value: { kind: "quantity", value: 390 } },
      { speaker: "medinsky", value: { kind: "quantity", value: 1000 } },
    ]);
    expect(explain(compare(claimOf(corpus, "c0"), claimOf(corpus, "c1")), corpus)).toBe(
      "Rustem Umerov (Ukraine, 23 Jul 2025) denies 390 and Vladimir Medinsky (Russia, 23 Jul 2025) asserts 1,000, which lies outside it: they agree.",
    );
  });

  test("a proposition: its status, each side's position and its history", () => {
    const corpus = corpusWith([
      { speaker: "medinsky", value: { kind: "per-side", each: { value: 1200, approx: true } } },
      { speaker: "umerov", stated: "2025-11-15", value: { kind: "per-side", each: { value: 1200 } } },
    ]);
    const [proposition] = reconcile(corpus).propositions;
    expect(proposition && explain(proposition, corpus)).toBe(
      "pow-exchange/istanbul · size: the sides agree on 1,200 per side: Ukraine (Rustem Umerov, 15 Nov 2025) says 1,200 per side; Russia (Vladimir Medinsky, 23 Jul 2025) says about 1,200 per side.",
    );
  });
});

describe("formatDay", () => {
  test.each([
    ["2025-05-16", "16 May 2025"],
    ["2025-12-01T07:00:00+02:00", "1 Dec 2025"],
    ["0100-01-01", "1 Jan 0100"],
  ])("%s reads as %s", (iso, words) => {
    expect(formatDay(iso)).toBe(words);
  });
});

describe("explain counts what it says", () => {
  // c1 and c2 both name c0, and c2 replaces c1 by time: three links over two earlier statements.
  const corpus = corpusWith([
    { speaker: "umerov", attribute: "status", stated: "2025-06-01", value: { kind: "label", value: "stalled" } },
    {
      speaker: "umerov",
      attribute: "status",
      stated: "2025-07-01",
      value: { kind: "label", value: "agreed" },
      supersedes: ["c0"],
    },
    {
      speaker: "umerov",
      attribute: "status",
      stated: "2025-08-01",
      value: { kind: "label", value: "resumed" },
      supersedes: ["c0"],
    },
  ]);

  test("earlier statements superseded, not links", () => {
    const [proposition] = reconcile(corpus).propositions;
    expect(proposition?.supersessions).toHaveLength(3);
    expect(explain(proposition ?? expect.unreachable("a proposition"), corpus)).toMatch(
      /; 2 earlier statements were superseded\.$/,
    );
  });

  test("one earlier statement, in the singular", () => {
    const [proposition] = reconcile(corpus, { asOf: "2025-07-15" }).propositions;
    expect(explain(proposition ?? expect.unreachable("a proposition"), corpus)).toMatch(
      /; 1 earlier statement was superseded\.$/,
    );
  });
});
