import { describe, expect, test } from "vitest";
import { type Claim, ConcordError, type Corpus, reconcile, type Value } from "../../src/index.js";
import { each, label, makeClaim, quantity } from "../claims.js";

function corpusOf(claims: Claim[]): Corpus {
  return {
    sides: [
      { id: "ukraine", name: "Ukraine", role: "party" },
      { id: "russia", name: "Russia", role: "party" },
      { id: "turkey", name: "Türkiye", role: "mediator" },
    ],
    actors: [],
    sources: [],
    attributes: [],
    claims,
  };
}

describe("reconcile", () => {
  test("a clash that goes on through a side's restatement is listed as current", () => {
    // a1 and n1 make one statement; n1 supersedes a1, so for a moment the statement had no valid
    // claim, and its clash with b1 ended, then began again with n1.
    const picture = reconcile(
      corpusOf([
        makeClaim("a1", label("X"), { stated: "2025-01-01", attribute: "status" }),
        makeClaim("b1", label("Y"), { side: "russia", stated: "2025-01-02", attribute: "status" }),
        makeClaim("n1", label("X"), { stated: "2025-01-03", attribute: "status", supersedes: ["a1"] }),
      ]),
    );
    const [proposition] = picture.propositions;
    expect(proposition?.status).toBe("contested");
    expect(proposition?.contradictions.map(({ a, b, current, until }) => ({ a, b, current, until }))).toEqual([
      { a: "a1", b: "b1", current: false, until: "2025-01-03" },
      { a: "b1", b: "n1", current: true, until: undefined },
    ]);
  });

  test("a clash lasts while its statement has any valid claim, not only the one it began with", () => {
    // x1 and x2 say the same; the clash with y1 begins at x2, the latest, which is superseded
    // while x1 stands, so the clash goes on.
    const picture = reconcile(
      corpusOf([
        makeClaim("x1", quantity(1000), { stated: "2025-01-01" }),
        makeClaim("x2", quantity(1000), { stated: "2025-01-02", speaker: "zelenskyy" }),
        makeClaim("y1", quantity(2000), { side: "russia", stated: "2025-01-03" }),
        makeClaim("x3", quantity(2000), { stated: "2025-01-04", supersedes: ["x2"] }),
      ]),
    );
    const [proposition] = picture.propositions;
    const withY = proposition?.contradictions.filter(({ a, b }) => a === "y1" || b === "y1");
    expect(withY?.some(({ current }) => current)).toBe(true);
    expect(proposition?.status).toBe("contested");
  });

  test("a statement made by many sides lists each side once, in order of first appearance", () => {
    // Past the point where a group looks its sides up in a set; every side says it twice.
    const sides = Array.from({ length: 30 }, (_, k) => `side-${String(k).padStart(2, "0")}`);
    const claims = [...sides, ...sides.toReversed()].map((side, k) =>
      makeClaim(`c${String(k).padStart(2, "0")}`, quantity(100), { side, stated: "2025-05-16" }),
    );
    const [proposition] = reconcile(corpusOf(claims)).propositions;
    expect(proposition?.groups).toHaveLength(1);
    expect(proposition?.groups[0]?.sides).toEqual(sides);
    expect(proposition?.groups[0]?.claims).toHaveLength(60);
  });

  test("consensus is the intersection of the current positions", () => {
    const picture = reconcile(
      corpusOf([
        makeClaim("medinsky", each(1200, true), { side: "russia", stated: "2025-07-23" }),
        makeClaim("umerov", each(1200), { stated: "2025-11-15" }),
      ]),
    );
    expect(picture.propositions[0]).toMatchObject({
      status: "consensus",
      consensus: { kind: "per-side", each: { value: 1200 } },
    });
  });

  test("a mediator's position counts as a position", () => {
    const picture = reconcile(
      corpusOf([makeClaim("u", quantity(105, { approx: true })), makeClaim("t", quantity(100), { side: "turkey" })]),
    );
    expect(picture.propositions[0]?.positions.map((p) => p.side)).toEqual(["ukraine", "turkey"]);
    expect(picture.propositions[0]?.status).toBe("consensus");
    expect(picture.propositions[0]?.consensus).toEqual({ kind: "quantity", value: 100 });
  });

  test.each([3, 20])("positions list the corpus's sides in its order, then %i sides it lacks by id", (extra) => {
    // Sides the corpus lacks come from hand-built corpora; enough of them take the long sort.
    const lacking = Array.from({ length: extra }, (_, k) => `zone-${String((k * 7) % extra).padStart(2, "0")}`);
    const claims = [
      ...lacking.map((side, k) => makeClaim(`x${k}`, quantity(1000), { side })),
      makeClaim("t", quantity(1000), { side: "turkey" }),
      makeClaim("u", quantity(1000), { side: "ukraine" }),
    ];
    const sides = reconcile(corpusOf(claims)).propositions[0]?.positions.map((position) => position.side);
    expect(sides).toEqual(["ukraine", "turkey", ...[...lacking].sort()]);
  });

  test("one side alone is one-sided, even when it contradicts itself", () => {
    const picture = reconcile(
      corpusOf([makeClaim("a", quantity(390)), makeClaim("b", quantity(1000), { stated: "2025-06-01" })]),
    );
    const [proposition] = picture.propositions;
    expect(proposition?.status).toBe("one-sided");
    expect(proposition?.positions[0]?.divided).toBe(true);
    expect(proposition?.contradictions).toHaveLength(1);
    expect(proposition?.consensus).toBeUndefined();
  });

  test("claims of one side at the same moment all stand", () => {
    const over = { attribute: "status", changes: "over-time" as const, stated: "2025-12-11" };
    const picture = reconcile(
      corpusOf([makeClaim("a", label("stalled"), over), makeClaim("b", label("slowed"), over)]),
    );
    expect(picture.propositions[0]?.current).toEqual(["a", "b"]);
    expect(picture.propositions[0]?.supersessions).toEqual([]);
  });

  test("an identical restatement supersedes nothing; the next different one supersedes both", () => {
    const over = (stated: string) => ({ attribute: "status", changes: "over-time" as const, stated });
    const picture = reconcile(
      corpusOf([
        makeClaim("a", label("stalled"), over("2025-12-11")),
        makeClaim("b", label("stalled"), over("2025-12-20")),
        makeClaim("c", label("talks-to-resume"), over("2026-01-01")),
      ]),
    );
    const [proposition] = picture.propositions;
    expect(proposition?.supersessions.map(({ newer, older }) => `${newer}>${older}`)).toEqual(["c>a", "c>b"]);
    expect(proposition?.current).toEqual(["c"]);
  });

  test("500 claims that all clash stay linear: groups list them once, pairs are capped", () => {
    const claims = Array.from({ length: 500 }, (_, i) =>
      makeClaim(`c${String(i).padStart(3, "0")}`, quantity(1000 + i), { side: i % 2 ? "russia" : "ukraine" }),
    );
    const [proposition] = reconcile(corpusOf(claims), { maxContradictions: 1000 }).propositions;
    expect(proposition?.groups).toHaveLength(500);
    expect(proposition?.contradictions).toHaveLength(1000);
    expect(proposition?.contradictionsTruncated).toBe(true);
    expect(proposition?.status).toBe("contested");
    // Earliest first: c001 clashes with c000 before anything else happens.
    expect(proposition?.contradictions[0]).toMatchObject({ a: "c000", b: "c001" });
  });

  test("identical statements form one group, so 500 repeats of two values give one clash", () => {
    const claims = Array.from({ length: 500 }, (_, i) =>
      makeClaim(`c${i}`, quantity(i % 2 ? 1000 : 2000), { side: i % 2 ? "russia" : "ukraine" }),
    );
    const [proposition] = reconcile(corpusOf(claims)).propositions;
    expect(proposition?.groups.map((group) => group.claims.length)).toEqual([250, 250]);
    expect(proposition?.contradictions).toHaveLength(1);
    expect(proposition?.contradictionsTruncated).toBe(false);
  });

  test("the result does not depend on claim order", () => {
    const claims = [
      makeClaim("a", quantity(1000), { stated: "2025-05-16" }),
      makeClaim("b", quantity(1200, { approx: true }), { side: "russia", stated: "2025-05-16" }),
      makeClaim("c", each(600), { stated: "2025-06-02", stance: "denies" }),
    ];
    expect(reconcile(corpusOf(claims.toReversed()))).toEqual(reconcile(corpusOf(claims)));
  });

  test("an invalid asOf throws a ConcordError naming the option", () => {
    expect(() => reconcile(corpusOf([]), { asOf: "11 Dec" })).toThrow(ConcordError);
    try {
      reconcile(corpusOf([]), { asOf: "11 Dec" });
    } catch (error) {
      expect((error as ConcordError).issues[0]).toMatchObject({ path: ["asOf"], code: "invalid_option" });
    }
  });

  test("asOf as a date includes that whole day; as a date-time, up to that instant", () => {
    const claims = [
      makeClaim("early", quantity(1), { stated: "2025-12-11T09:00:00+02:00" }),
      makeClaim("late", quantity(1), { stated: "2025-12-11T23:30:00Z" }),
    ];
    expect(reconcile(corpusOf(claims), { asOf: "2025-12-11" }).later).toEqual([]);
    expect(reconcile(corpusOf(claims), { asOf: "2025-12-11T12:00:00Z" }).later).toEqual(["late"]);
  });

  test("a denial clashes with the assertion it fits, not with others", () => {
    const value: Value = { kind: "quantity", min: 300, max: 400 };
    const picture = reconcile(
      corpusOf([
        makeClaim("deny", value, { stance: "denies" }),
        makeClaim("fits", quantity(390), { side: "russia" }),
        makeClaim("outside", quantity(1000), { side: "turkey", subject: "other" }),
      ]),
    );
    const proposition = picture.propositions.find((p) => p.subject === "pow-exchange/istanbul");
    expect(proposition?.contradictions.map(({ a, b }) => [a, b])).toEqual([["deny", "fits"]]);
  });
});
