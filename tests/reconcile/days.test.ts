import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { type Claim, type Corpus, reconcile } from "../../src/index.js";
import { corpusArb } from "../../src/testing/index.js";
import { makeClaim, quantity } from "../claims.js";

const corpusOf = (claims: Claim[]): Corpus => ({
  sides: [
    { id: "organisers", name: "Organisers", role: "party" },
    { id: "police", name: "Police", role: "party" },
  ],
  actors: [],
  sources: [],
  attributes: [],
  claims,
});
const day = { stated: "2024-01-19", attribute: "turnout", subject: "demo/hamburg-2024-01-19" } as const;
const clashes = (corpus: Corpus) =>
  reconcile(corpus).propositions[0]?.contradictions.map(({ a, b, current, until }) => ({
    pair: [a, b].sort().join(" × "),
    current,
    until,
  }));

describe("days are days: a claim dated by a day speaks for that day", () => {
  // Hamburg, 19 January 2024: the organisers said 130,000 and corrected it to 80,000 the same day;
  // the police said 50,000. Every claim is dated by the day alone.
  const first = makeClaim("hh-orgs-130000", quantity(130_000), { ...day, side: "organisers" });
  const corrected = makeClaim("hh-orgs-80000", quantity(80_000), {
    ...day,
    side: "organisers",
    supersedes: ["hh-orgs-130000"],
  });
  const police = makeClaim("hh-police-50000", quantity(50_000), { ...day, side: "police" });

  test("the day's clash with the corrected figure is listed, dated that day and not current; the correction never contradicts what it corrects", () => {
    expect(clashes(corpusOf([first, corrected, police]))).toEqual(
      expect.arrayContaining([
        { pair: "hh-orgs-130000 × hh-police-50000", current: false, until: "2024-01-20" },
        { pair: "hh-orgs-80000 × hh-police-50000", current: true, until: undefined },
      ]),
    );
    expect(
      clashes(corpusOf([first, corrected, police]))?.some(({ pair }) => pair === "hh-orgs-130000 × hh-orgs-80000"),
    ).toBe(false);
    expect(reconcile(corpusOf([first, corrected, police])).propositions[0]?.status).toBe("contested");
  });

  test("a correction to the other side's figure leaves a consensus, with the day's clash listed as past", () => {
    const agrees = { ...corrected, value: quantity(50_000) };
    const [proposition] = reconcile(corpusOf([first, agrees, police])).propositions;
    expect(proposition?.status).toBe("consensus");
    expect(clashes(corpusOf([first, agrees, police]))).toEqual([
      { pair: "hh-orgs-130000 × hh-police-50000", current: false, until: "2024-01-20" },
    ]);
  });

  test("whichever id sorts first, a claim and the claim that supersedes it that day never clash, nor through a chain", () => {
    const older = makeClaim("b-130000", quantity(130_000), { ...day, side: "organisers" });
    const newer = makeClaim("a-80000", quantity(80_000), { ...day, side: "organisers", supersedes: ["b-130000"] });
    const newest = makeClaim("0-90000", quantity(90_000), { ...day, side: "organisers", supersedes: ["a-80000"] });
    expect(clashes(corpusOf([older, newer, newest]))).toEqual([]);
    expect(reconcile(corpusOf([older, newer, newest])).propositions[0]?.positions[0]?.claims).toEqual(["0-90000"]);
  });

  test("a claim dated by a time is not extended: its clash ends when it is superseded", () => {
    const atTwo = { ...first, stated: "2024-01-19T14:00:00Z", moment: Date.UTC(2024, 0, 19, 14) };
    const atFive = { ...corrected, stated: "2024-01-19T17:00:00Z", moment: Date.UTC(2024, 0, 19, 17) };
    const policeAtSix = { ...police, stated: "2024-01-19T18:00:00Z", moment: Date.UTC(2024, 0, 19, 18) };
    expect(clashes(corpusOf([atTwo, atFive, policeAtSix]))).toEqual([
      { pair: "hh-orgs-80000 × hh-police-50000", current: true, until: undefined },
    ]);
  });
});

describe("the law", () => {
  test.prop([corpusArb(), fc.boolean()])(
    "a claim and a claim that supersedes it, directly or through a chain, are never listed as contradicting each other",
    (input, changing) => {
      const corpus = changing
        ? { ...input, claims: input.claims.map((claim) => ({ ...claim, changes: "over-time" as const })) }
        : input;
      for (const proposition of reconcile(corpus).propositions) {
        const olders = new Map<string, string[]>();
        for (const { newer, older } of proposition.supersessions)
          olders.set(newer, [...(olders.get(newer) ?? []), older]);
        const replaces = (newer: string, older: string): boolean => {
          const seen = new Set<string>();
          const stack = [newer];
          while (stack.length > 0) {
            for (const next of olders.get(stack.pop() as string) ?? []) {
              if (next === older) return true;
              if (!seen.has(next)) {
                seen.add(next);
                stack.push(next);
              }
            }
          }
          return false;
        };
        for (const { a, b } of proposition.contradictions) expect(replaces(a, b) || replaces(b, a)).toBe(false);
      }
    },
  );
});
