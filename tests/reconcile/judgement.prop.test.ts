import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { type Claim, type Corpus, type Proposition, reconcile } from "../../src/index.js";
import { resolveTolerances } from "../../src/rules/options.js";
import { restates } from "../../src/rules/supersession.js";
import { valueSet } from "../../src/rules/valueSet.js";
import { corpusArb, knownAtArb, reconcileOptionsArb } from "../../src/testing/index.js";

/** Windows from longest to shortest. */
const WINDOWS = ["P1M", "P2W", "P3D", "P1D", "PT12H"] as const;

/** A longer window and a shorter (or equal) one. */
const windowsArb = fc
  .tuple(fc.nat({ max: WINDOWS.length - 1 }), fc.nat({ max: WINDOWS.length - 1 }))
  .map(([i, j]): [string, string] => [WINDOWS[Math.min(i, j)] as string, WINDOWS[Math.max(i, j)] as string]);

/**
 * The corpus with every over-time attribute's window set to `freshFor`, or removed: the
 * arbitrary's own random windows are overridden on attributes and claims alike.
 */
function withWindow(corpus: Corpus, freshFor: string | undefined): Corpus {
  const windowed = <T extends { readonly changes: string; readonly freshFor?: string | undefined }>(item: T): T => {
    if (item.changes !== "over-time") return item;
    const { freshFor: _dropped, ...rest } = item;
    return (freshFor === undefined ? rest : { ...rest, freshFor }) as T;
  };
  return { ...corpus, attributes: corpus.attributes.map(windowed), claims: corpus.claims.map(windowed) };
}

/** Every proposition's contradicting group pairs, each group named by its claim ids. */
function clashingPairs(propositions: readonly Proposition[]): Set<string> {
  const pairs = new Set<string>();
  for (const proposition of propositions) {
    for (const { groups } of proposition.contradictions) {
      const named = groups.map((group) => proposition.groups[group]?.claims.join(",") ?? "").sort();
      pairs.add(JSON.stringify([proposition.subject, proposition.attribute, ...named]));
    }
  }
  return pairs;
}

function contested(propositions: readonly Proposition[]): Set<string> {
  return new Set(
    propositions.filter((p) => p.status === "contested").map((p) => JSON.stringify([p.subject, p.attribute])),
  );
}

function expectSubset(smaller: ReadonlySet<string>, larger: ReadonlySet<string>): void {
  expect([...smaller].filter((key) => !larger.has(key))).toEqual([]);
}

describe("judgement laws in reconcile", () => {
  test.prop([corpusArb({ changes: "over-time" }), windowsArb])(
    "setting or shortening a freshFor never adds a contradiction, nor makes a proposition contested",
    (corpus, [longer, shorter]) => {
      const none = reconcile(withWindow(corpus, undefined)).propositions;
      const long = reconcile(withWindow(corpus, longer)).propositions;
      const short = reconcile(withWindow(corpus, shorter)).propositions;
      expectSubset(clashingPairs(long), clashingPairs(none));
      expectSubset(clashingPairs(short), clashingPairs(long));
      expectSubset(contested(long), contested(none));
      expectSubset(contested(short), contested(long));
    },
  );

  test.prop([corpusArb(), fc.boolean()])(
    "a stale position never makes a proposition contested",
    (input, shortWindows) => {
      // Short windows everywhere, where asked, so that most positions go stale.
      const corpus = shortWindows ? withWindow(input, "PT12H") : input;
      for (const proposition of reconcile(corpus).propositions) {
        const fresh = proposition.positions.filter((position) => !position.stale);
        const spoken = new Set(fresh.flatMap((position) => position.claims));
        for (const contradiction of proposition.contradictions.filter((clash) => clash.current)) {
          for (const group of contradiction.groups) {
            expect(proposition.groups[group]?.claims.some((id) => spoken.has(id))).toBe(true);
          }
        }
        if (proposition.positions.length >= 2 && fresh.length === 1) expect(proposition.status).toBe("one-sided");
      }
    },
  );

  test.prop([corpusArb(), knownAtArb(), fc.option(knownAtArb(), { nil: undefined })])(
    "knownAt keeps every claim in exactly one proposition's timeline or in later",
    (corpus, knownAt, asOf) => {
      const { propositions, later } = reconcile(corpus, asOf === undefined ? { knownAt } : { knownAt, asOf });
      const seen = [...propositions.flatMap((proposition) => proposition.timeline), ...later];
      expect([...seen].sort()).toEqual(corpus.claims.map((claim) => claim.id).sort());
    },
  );

  test.prop([corpusArb(), reconcileOptionsArb()])(
    "whatever the options, every claim is counted once",
    (corpus, options) => {
      const { propositions, later } = reconcile(corpus, options);
      const seen = [...propositions.flatMap((proposition) => proposition.timeline), ...later];
      expect([...seen].sort()).toEqual(corpus.claims.map((claim) => claim.id).sort());
    },
  );

  test.prop([corpusArb({ changes: "over-time" })])(
    "reconcile never links a claim to a later claim of its side that restates it",
    (corpus) => {
      const byId = new Map(corpus.claims.map((claim) => [claim.id, claim]));
      const tolerances = resolveTolerances(undefined);
      const statement = (claim: Claim) => ({
        value: claim.value,
        stance: claim.stance,
        set: valueSet(claim.value, claim.parties, tolerances, claim.bounds),
      });
      for (const proposition of reconcile(corpus).propositions) {
        for (const link of proposition.supersessions) {
          if (link.reason.code !== "later_statement") continue;
          const older = byId.get(link.older) as Claim;
          const newer = byId.get(link.newer) as Claim;
          expect(older.side).toBe(newer.side);
          expect(restates(statement(older), statement(newer))).toBe(false);
        }
      }
    },
  );
});
