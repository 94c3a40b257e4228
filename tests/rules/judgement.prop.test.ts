import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { type Claim, compare, type Relation } from "../../src/index.js";
import { progression } from "../../src/rules/freshness.js";
import { resolveTolerances } from "../../src/rules/options.js";
import { sameStatement } from "../../src/rules/sameStatement.js";
import { precedes, restates } from "../../src/rules/supersession.js";
import { contains, valueSet } from "../../src/rules/valueSet.js";
import { claimsArb, valueArb } from "../../src/testing/index.js";

/** Two claims of one corpus, picked by index so they shrink well; over-time corpora when asked. */
function pairArb(changes?: "over-time"): fc.Arbitrary<[Claim, Claim]> {
  return fc
    .tuple(claimsArb({ minClaims: 2, changes }), fc.nat(), fc.nat())
    .map(([claims, i, j]): [Claim, Claim] => [claims[i % claims.length] as Claim, claims[j % claims.length] as Claim]);
}

/** Both claims on the first one's question, without `supersedes`: only the judgement rules decide. */
function onOneQuestion(a: Claim, b: Claim): [Claim, Claim] {
  return [
    { ...a, supersedes: [] },
    {
      ...b,
      subject: a.subject,
      attribute: a.attribute,
      changes: a.changes,
      supersedes: [],
      parties: a.parties,
      ...freshnessOf(a),
    },
  ];
}

/** A claim's attribute behaviour (freshFor, bounds), as its attribute gives every claim on it. */
function freshnessOf(claim: Claim): Pick<Claim, "freshFor" | "bounds"> {
  const { freshFor, bounds } = claim;
  return { ...(freshFor === undefined ? {} : { freshFor }), ...(bounds === undefined ? {} : { bounds }) };
}

/** What compare(b, a) must share with compare(a, b): everything but the order of `claims`. */
function unordered(relation: Relation): Omit<Relation, "claims"> {
  const { claims: _claims, ...rest } = relation;
  return rest;
}

/** Figures: plain quantities mostly, where estimate bounds apply, and per-side ones. */
const figureArb = fc.oneof(
  { arbitrary: valueArb({ kinds: ["quantity"] }), weight: 3 },
  { arbitrary: valueArb({ kinds: ["per-side"] }), weight: 1 },
);

const boundReachArb = fc.oneof(fc.constantFrom(0, 0.1, 0.25, 1), fc.double({ min: 0, max: 10, noNaN: true }));

describe("judgement laws", () => {
  test.prop([pairArb(), fc.boolean()])("progression never relates claims of one side", ([a, b], sameSide) => {
    const [left, right] = onOneQuestion(a, sameSide ? { ...b, side: a.side } : b);
    const relation = compare(left, right);
    if (left.side === right.side) {
      expect(relation.kind).not.toBe("progression");
      expect(progression(left, right)).toBeUndefined();
    }
  });

  test.prop([pairArb("over-time"), fc.boolean()])(
    "progression never relates claims of one side, on over-time questions",
    ([a, b], sameSide) => {
      const [left, right] = onOneQuestion(a, sameSide ? { ...b, side: a.side } : b);
      if (left.side === right.side) {
        expect(compare(left, right).kind).not.toBe("progression");
        expect(progression(left, right)).toBeUndefined();
      } else {
        // Of two sides, a progression always has the earlier claim as `older`.
        const moved = compare(left, right);
        if (moved.kind === "progression") expect(moved.older).toBe(precedes(left, right) ? left.id : right.id);
      }
    },
  );

  test.prop([pairArb("over-time"), fc.boolean()])(
    "compare is symmetric with newer and older swapped, progression included",
    ([a, b], otherSide) => {
      // Forced onto different sides where asked, so progressions are common.
      const other = otherSide && b.side === a.side ? ({ ...b, side: `${a.side}-other` } as Claim) : b;
      const [left, right] = onOneQuestion(a, other);
      const forth = compare(left, right);
      const back = compare(right, left);
      expect(back.kind).toBe(forth.kind);
      expect(unordered(back)).toEqual(unordered(forth));
      expect(back.claims).toEqual([forth.claims[1], forth.claims[0]]);
    },
  );

  test.prop([valueArb(), boundReachArb, fc.constantFrom(0, 0.05, 0.1, 0.3)])(
    'under bounds "estimate" every value\'s set lies inside its logical set',
    (value, boundReach, tolerance) => {
      const tolerances = resolveTolerances({ boundReach, tolerance });
      const parties = ["ukraine", "russia"];
      const logical = valueSet(value, parties, tolerances);
      expect(contains(logical, valueSet(value, parties, tolerances, "estimate"))).toBe(true);
      expect(contains(logical, valueSet(value, parties, tolerances, "logical"))).toBe(true);
    },
  );

  test.prop([pairArb(), figureArb, figureArb, boundReachArb])(
    "estimates only remove agreements: assertions agreeing under estimate bounds agree under logical ones",
    ([a, b], first, second, boundReach) => {
      // Figures on both sides, so that bounds meet bounds often.
      const [left, right] = onOneQuestion(
        { ...a, stance: "asserts", value: first },
        { ...b, stance: "asserts", value: second },
      );
      const estimated = compare({ ...left, bounds: "estimate" }, { ...right, bounds: "estimate" }, { boundReach });
      const { bounds: _left, ...logicalLeft } = left;
      const { bounds: _right, ...logicalRight } = right;
      const logical = compare(logicalLeft, logicalRight, { boundReach });
      if (estimated.kind === "agreement") expect(logical.kind).toBe("agreement");
    },
  );

  test.prop([pairArb("over-time"), fc.integer({ min: 1, max: 200 })])(
    "the over-time rule: a side's later claim supersedes exactly when it neither says the same nor restates",
    ([a, b], days) => {
      const [left, moved] = onOneQuestion(a, { ...b, side: a.side });
      // A different moment, so the rule applies: perhaps earlier, perhaps later than `a`.
      const right: Claim = moved.moment === left.moment ? { ...moved, moment: left.moment + days * 86_400_000 } : moved;
      const tolerances = resolveTolerances(undefined);
      const statement = (claim: Claim) => ({
        value: claim.value,
        stance: claim.stance,
        set: valueSet(claim.value, claim.parties, tolerances, claim.bounds),
      });
      const [older, newer] = precedes(left, right) ? [left, right] : [right, left];
      const expected = !sameStatement(older, newer) && !restates(statement(older), statement(newer));
      const relation = compare(left, right);
      expect(relation.kind === "supersession").toBe(expected);
      if (relation.kind === "supersession") expect([relation.newer, relation.older]).toEqual([newer.id, older.id]);
    },
  );
});
