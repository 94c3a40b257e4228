import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { type Claim, compare, type Relation, type Value } from "../../src/index.js";
import { claimArb, claimsArb, valueArb } from "../../src/testing/index.js";

/** Two claims of one corpus (perhaps the same one), picked by index so they shrink well. */
const pairArb = fc
  .tuple(claimsArb({ minClaims: 2 }), fc.nat(), fc.nat())
  .map(([claims, i, j]): [Claim, Claim] => [claims[i % claims.length] as Claim, claims[j % claims.length] as Claim]);

/** Two distinct claims of one corpus. */
const distinctPairArb = fc
  .tuple(claimsArb({ minClaims: 2 }), fc.nat(), fc.nat())
  .map(([claims, i, j]): [Claim, Claim] => {
    const first = i % claims.length;
    const second = (first + 1 + (j % (claims.length - 1))) % claims.length;
    return [claims[first] as Claim, claims[second] as Claim];
  });

/** The relation compare(b, a) must give when compare(a, b) gave `relation`. */
function swapped(relation: Relation): Relation {
  return { ...relation, claims: [relation.claims[1], relation.claims[0]] };
}

/** The same per-side statement spelled otherwise: `each` as `bySide`, `bySide` in reverse key order. */
function respelled(claim: Claim): Claim["value"] | undefined {
  const { value, parties } = claim;
  if (value.kind !== "per-side") return undefined;
  const { each, bySide } = value;
  if (each)
    return { kind: "per-side", bySide: Object.fromEntries([...parties].reverse().map((party) => [party, each])) };
  return { kind: "per-side", bySide: Object.fromEntries(Object.entries(bySide ?? {}).reverse()) };
}

/** Two claims on one question whose relation comes from values and stances alone: no time rule, no supersedes. */
function onOneQuestion(a: Claim, b: Claim): [Claim, Claim] {
  return [
    { ...a, changes: "never", supersedes: [] },
    { ...b, subject: a.subject, attribute: a.attribute, changes: "never", supersedes: [], parties: a.parties },
  ];
}

describe("compare", () => {
  test.prop([pairArb])("is symmetric: compare(b, a) is compare(a, b) with the claims swapped", ([a, b]) => {
    expect(compare(b, a)).toEqual(swapped(compare(a, b)));
  });

  test.prop([pairArb])("is symmetric for claims on one question, same side and over time", ([a, b]) => {
    // The same pairs, moved onto one question of one side that changes over time: the time rule.
    const moved: Claim = {
      ...b,
      subject: a.subject,
      attribute: a.attribute,
      side: a.side,
      changes: "over-time",
      parties: a.parties,
    };
    const left: Claim = { ...a, changes: "over-time" };
    expect(compare(moved, left)).toEqual(swapped(compare(left, moved)));
  });

  test.prop([claimArb(), fc.integer({ min: 1, max: 400 })])(
    "restating a per-side figure in another spelling is symmetric",
    (claim, days) => {
      const value = respelled(claim);
      fc.pre(value !== undefined);
      const a: Claim = { ...claim, changes: "over-time", supersedes: [] };
      const b: Claim = { ...a, id: `${a.id}-again`, moment: a.moment + days * 86_400_000, value: value ?? a.value };
      expect(compare(b, a)).toEqual(swapped(compare(a, b)));
    },
  );

  test.prop([claimArb()])("a claim agrees with itself", (claim) => {
    expect(compare(claim, claim).kind).toBe("agreement");
  });

  test.prop([pairArb, fc.constantFrom("subject", "attribute", "both")])(
    "claims on different questions are unrelated",
    ([a, b], change) => {
      const other: Claim = {
        ...b,
        subject: change === "attribute" ? a.subject : `${a.subject}/elsewhere`,
        attribute: change === "subject" ? a.attribute : `${a.attribute}-elsewhere`,
        supersedes: [...b.supersedes, a.id],
      };
      expect(compare(a, other).kind).toBe("unrelated");
      expect(compare(other, a).kind).toBe("unrelated");
    },
  );

  test.prop([distinctPairArb])("a claim that names another in supersedes supersedes it", ([a, b]) => {
    const older: Claim = { ...a, supersedes: a.supersedes.filter((id) => id !== b.id) };
    const newer: Claim = { ...b, subject: a.subject, attribute: a.attribute, supersedes: [...b.supersedes, a.id] };
    for (const relation of [compare(newer, older), compare(older, newer)]) {
      expect(relation).toMatchObject({ kind: "supersession", newer: newer.id, older: older.id });
    }
  });

  test.prop([pairArb])("explicit supersedes inside a corpus is supersession with the naming claim newer", ([a, b]) => {
    const relation = compare(a, b);
    if (b.supersedes.includes(a.id)) expect(relation).toMatchObject({ kind: "supersession", newer: b.id, older: a.id });
    else if (a.supersedes.includes(b.id))
      expect(relation).toMatchObject({ kind: "supersession", newer: a.id, older: b.id });
    else {
      // Without a name in supersedes, only the time rule supersedes: one side, over time, two moments.
      const timeRule =
        a.side === b.side && a.changes === "over-time" && b.changes === "over-time" && a.moment !== b.moment;
      expect(relation.kind !== "supersession" || timeRule).toBe(true);
    }
  });

  test.prop([distinctPairArb])("stances follow the deny/assert table", ([x, y]) => {
    const [a, b] = onOneQuestion(x, y);
    const as = (claim: Claim, stance: Claim["stance"]): Claim => ({ ...claim, stance });
    const both = compare(as(a, "asserts"), as(b, "asserts")).kind;
    expect(["agreement", "contradiction"]).toContain(both);
    const compatible = both === "agreement";
    expect(compare(as(a, "asserts"), as(b, "denies")).kind).toBe(compatible ? "contradiction" : "agreement");
    expect(compare(as(a, "denies"), as(b, "asserts")).kind).toBe(compatible ? "contradiction" : "agreement");
    expect(compare(as(a, "denies"), as(b, "denies")).kind).toBe(compatible ? "agreement" : "unrelated");
  });

  test.prop([distinctPairArb])(
    "a side's time-based supersession always points from the later claim to the earlier",
    ([x, y]) => {
      // Moved onto one question of one side that changes over time, so the time rule applies.
      const a: Claim = { ...x, changes: "over-time", supersedes: [] };
      const b: Claim = {
        ...y,
        subject: a.subject,
        attribute: a.attribute,
        side: a.side,
        changes: "over-time",
        supersedes: [],
        parties: a.parties,
      };
      const relation = compare(a, b);
      const byId = new Map([a, b].map((claim) => [claim.id, claim]));
      if (a.moment === b.moment) {
        expect(relation.kind).not.toBe("supersession");
      } else {
        expect(["supersession", "agreement"]).toContain(relation.kind);
        if (relation.kind === "supersession") {
          const newer = byId.get(relation.newer);
          const older = byId.get(relation.older);
          expect(newer && older && newer.moment > older.moment).toBe(true);
        }
      }
    },
  );

  test.prop([pairArb])(
    "time-based supersession inside a corpus never points from the earlier claim to the later",
    ([a, b]) => {
      const relation = compare(a, b);
      const explicit = a.supersedes.includes(b.id) || b.supersedes.includes(a.id);
      const byId = new Map([a, b].map((claim) => [claim.id, claim]));
      const newer = relation.kind === "supersession" ? byId.get(relation.newer) : undefined;
      const older = relation.kind === "supersession" ? byId.get(relation.older) : undefined;
      expect(
        relation.kind !== "supersession" ||
          explicit ||
          (newer !== undefined && older !== undefined && newer.moment > older.moment),
      ).toBe(true);
    },
  );

  const quantities = valueArb({ kinds: ["quantity", "per-side"], parties: ["ukraine", "russia"] });
  test.prop([
    claimArb(),
    claimArb(),
    quantities,
    quantities,
    fc.double({ min: 0, max: 0.99, noNaN: true }),
    fc.double({ min: 0, max: 0.99, noNaN: true }),
  ])(
    "a wider tolerance never turns an agreement between two asserted quantities into anything else",
    (x, y, first, second, t1, t2) => {
      const parties = ["ukraine", "russia"];
      const [a, b] = assertedPair({ ...x, parties }, { ...y, parties }, first, second);
      const [narrow, wide] = t1 <= t2 ? [t1, t2] : [t2, t1];
      const before = compare(a, b, { tolerance: narrow }).kind;
      const after = compare(a, b, { tolerance: wide }).kind;
      expect(before === "agreement" ? after : "agreement").toBe("agreement");
    },
  );

  const dates = valueArb({ kinds: ["date"] });
  test.prop([claimArb(), claimArb(), dates, dates, fc.nat({ max: 30 }), fc.nat({ max: 30 })])(
    "a wider date tolerance never turns an agreement between two asserted dates into anything else",
    (x, y, first, second, d1, d2) => {
      const [a, b] = assertedPair(x, y, first, second);
      const [narrow, wide] = d1 <= d2 ? [d1, d2] : [d2, d1];
      const before = compare(a, b, { dateTolerance: narrow }).kind;
      const after = compare(a, b, { dateTolerance: wide }).kind;
      expect(before === "agreement" ? after : "agreement").toBe("agreement");
    },
  );
});

/** Two claims on one question that assert `first` and `second`, never changing, superseding nothing. */
function assertedPair(x: Claim, y: Claim, first: Value, second: Value): [Claim, Claim] {
  const a: Claim = { ...x, id: "a", value: first, stance: "asserts", changes: "never", supersedes: [] };
  const b: Claim = {
    ...y,
    id: "b",
    subject: a.subject,
    attribute: a.attribute,
    value: second,
    stance: "asserts",
    changes: "never",
    supersedes: [],
  };
  return [a, b];
}
