import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  type Claim,
  type Corpus,
  compare,
  explain,
  parseCorpus,
  type RelationKind,
  reconcile,
} from "../../src/index.js";

function loadCorpus(): Corpus {
  const text = readFileSync(new URL("../../examples/istanbul-2025/corpus.json", import.meta.url), "utf8");
  const result = parseCorpus(JSON.parse(text));
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.corpus;
}

const corpus = loadCorpus();
const byId = new Map(corpus.claims.map((claim) => [claim.id, claim]));
function claim(id: string): Claim {
  const found = byId.get(id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
}
const picture = reconcile(corpus);
function proposition(subject: string, attribute: string) {
  const found = picture.propositions.find((p) => p.subject === subject && p.attribute === attribute);
  if (!found) throw new Error(`no proposition ${subject} · ${attribute}`);
  return found;
}

describe("the Istanbul corpus", () => {
  test("parses, with name variants resolved through aliases", () => {
    expect(claim("umjerow-1115-1200").speaker).toBe("umerov");
    expect(claim("selenskyj-1211-stalled").speaker).toBe("zelenskyy");
    expect(claim("medinskiy-0516-satisfied").speaker).toBe("medinsky");
    expect(corpus.sources.find((source) => source.id === claim("umjerow-1115-1200").source)?.translation).toBe(
      "machine",
    );
  });

  const relations: [string, string, RelationKind][] = [
    ["umerov-0516-1000-for-1000", "umerov-0519-headline-1000-for-1000", "agreement"],
    ["umerov-0523-in-progress", "umerov-0516-agreed", "supersession"],
    ["umerov-0602-largest", "umerov-0516-largest", "supersession"],
    ["umerov-0516-largest", "medinsky-0602-largest", "contradiction"],
    ["umerov-0602-largest", "medinsky-0602-largest", "agreement"],
    ["umerov-0602-all-for-all", "medinsky-0602-all-for-all", "agreement"],
    ["umerov-0602-age-18-25", "medinsky-0602-age-18-25", "agreement"],
    ["umerov-0602-bodies-from-russia", "medinsky-0602-bodies-from-russia", "agreement"],
    ["zelenskyy-0602-agreed", "medinsky-0723-june-completed", "progression"],
    ["medinsky-0723-june-completed", "medinsky-0602-agreed", "supersession"],
    ["medinsky-0723-1200-each", "umjerow-1115-1200", "agreement"],
    ["medinsky-0723-agreed", "umjerow-1115-activated", "progression"],
    ["medinsky-0723-agreed", "selenskyj-1211-stalled", "progression"],
    ["medinsky-0723-agreed", "umjerow-0101-talks-to-resume", "progression"],
    ["selenskyj-1211-stalled", "umjerow-1115-activated", "supersession"],
    ["umjerow-0101-talks-to-resume", "selenskyj-1211-stalled", "supersession"],
    ["ukraine-0723-children-tens-of-thousands", "medinsky-0723-children-329", "unrelated"],
    ["umerov-0602-bodies-6000-for-6000", "medinsky-0602-bodies-from-russia", "unrelated"],
    ["medinsky-0723-june-swap-1200", "medinsky-0723-1200-each", "unrelated"],
  ];
  test.each(relations)("%s and %s: %s", (a, b, kind) => {
    const relation = compare(claim(a), claim(b));
    expect(relation.kind).toBe(kind);
    expect(compare(claim(b), claim(a)).kind).toBe(kind);
    if (kind === "supersession")
      expect(relation.kind === "supersession" && [relation.newer, relation.older]).toEqual([a, b]);
    if (kind === "progression")
      expect(relation.kind === "progression" && [relation.older, relation.newer]).toEqual([a, b]);
  });

  test("figures written as words in the article's language are read, and the words kept", () => {
    expect(claim("medinsky-0723-1200-each")).toMatchObject({
      value: { kind: "per-side", each: { value: 1200, approx: true, unit: "person" } },
      valueText: "about 1,200 people on each side",
    });
    expect(claim("mfa-0516-duration").value).toEqual({ kind: "quantity", value: 105, approx: true, unit: "minute" });
    expect(claim("umerov-0516-1000-for-1000").value).toEqual({
      kind: "per-side",
      each: { value: 1000, unit: "prisoner" },
    });
    expect(claim("selenskyj-0101-nsa-15-countries").value).toEqual({ kind: "quantity", value: 15, unit: "country" });
  });

  test("every claim lands in exactly one proposition", () => {
    const seen = picture.propositions.flatMap((p) => p.timeline);
    expect(seen.toSorted()).toEqual(corpus.claims.map((c) => c.id).toSorted());
  });

  test.each([
    ["pow-exchange/istanbul-2025-05-16", "agreed-size", "one-sided"],
    ["pow-exchanges/russia-ukraine-war", "largest-exchange", "consensus"],
    ["pow-exchange/istanbul-2025-06-02", "format", "consensus"],
    ["pow-exchange/istanbul-2025-06-02", "eligible-age", "consensus"],
    ["pow-exchange/istanbul-2025-06-02", "status", "one-sided"],
    ["pow-exchange/istanbul-2025-07-23", "agreed-size", "consensus"],
    ["pow-exchange/istanbul-2025-07-23", "status", "one-sided"],
    ["children/taken-from-ukraine", "taken", "one-sided"],
    ["children/taken-from-ukraine", "listed-for-return", "one-sided"],
  ] as const)("%s · %s is %s", (subject, attribute, status) => {
    expect(proposition(subject, attribute).status).toBe(status);
  });

  test("no question is contested: the clashes were stale states and two quantities read as one", () => {
    expect(picture.propositions.filter((p) => p.status === "contested")).toEqual([]);
  });

  test.each([
    ["pow-exchange/istanbul-2025-06-02", "ukraine", "zelenskyy-0602-agreed"],
    ["pow-exchange/istanbul-2025-07-23", "russia", "medinsky-0723-agreed"],
  ])("%s · status: %s's position (%s) is stale", (subject, side, id) => {
    const positions = proposition(subject, "status").positions;
    expect(positions.map((position) => [position.side, position.stale])).toEqual(
      positions.map((position) => [position.side, position.side === side]),
    );
    expect(positions.find((position) => position.side === side)?.claims).toEqual([id]);
  });

  test("the July exchange's status: a chain of links, and no clash once Russia's agreed went stale", () => {
    const status = proposition("pow-exchange/istanbul-2025-07-23", "status");
    expect(status.supersessions.map(({ newer, older, reason }) => [newer, older, reason.code])).toEqual([
      ["selenskyj-1211-stalled", "umjerow-1115-activated", "named_in_supersedes"],
      ["umjerow-0101-talks-to-resume", "selenskyj-1211-stalled", "later_statement"],
    ]);
    expect(status.current.toSorted()).toEqual(["medinsky-0723-agreed", "umjerow-0101-talks-to-resume"]);
    expect(status.contradictions).toEqual([]);
    expect(explain(compare(claim("medinsky-0723-agreed"), claim("umjerow-1115-activated")), corpus)).toBe(
      "Vladimir Medinsky (Russia, 23 Jul 2025) said “agreed”; Rustem Umerov (Ukraine, 15 Nov 2025) said “activated” 115 days later, past the 30 days that status stays fresh: the state moved on, no contradiction.",
    );
  });

  test("the 1,200 per side: Medinsky's approximate figure and Umerov's exact one agree", () => {
    const size = proposition("pow-exchange/istanbul-2025-07-23", "agreed-size");
    expect(size.consensus).toEqual({ kind: "per-side", each: { value: 1200, unit: "person" } });
    expect(explain(compare(claim("medinsky-0723-1200-each"), claim("umjerow-1115-1200")), corpus)).toMatch(
      /^Vladimir Medinsky \(Russia, 23 Jul 2025\) and Rustem Umerov \(Ukraine, 15 Nov 2025\) agree: about 1,200 people per side/,
    );
  });

  test("asOf gives the picture as it stood on a day", () => {
    const status = (asOf: string) =>
      reconcile(corpus, { asOf })
        .propositions.find((p) => p.subject === "pow-exchange/istanbul-2025-07-23" && p.attribute === "status")
        ?.positions.find((position) => position.side === "ukraine")?.value;
    expect(status("2025-11-20")).toEqual({ kind: "label", value: "activated" });
    expect(status("2025-12-11")).toEqual({ kind: "label", value: "stalled" });
    expect(status("2026-01-01")).toEqual({ kind: "label", value: "talks-to-resume" });
    const early = reconcile(corpus, { asOf: "2025-05-16" });
    expect(early.later.length + early.propositions.flatMap((p) => p.timeline).length).toBe(corpus.claims.length);
    expect(early.later).toContain("umjerow-1115-1200");
  });
});
