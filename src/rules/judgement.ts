import type { Stance } from "../corpus/claim.js";
import type { AgreementReason, ContradictionReason, UnrelatedReason } from "../corpus/relation.js";
import { stanceVerdict } from "./stance.js";
import { type Fit, fit, type ValueSet } from "./valueSet.js";

/** A statement as the rules judge it: which claim makes it, with what stance, allowing which values. */
export interface Stated {
  readonly id: string;
  readonly stance: Stance;
  readonly set: ValueSet;
}

/** The verdict on two statements of one question from their values and stances alone. */
export type Judgement =
  | { readonly kind: "agreement"; readonly reason: AgreementReason }
  | { readonly kind: "contradiction"; readonly reason: ContradictionReason }
  | { readonly kind: "unrelated"; readonly reason: UnrelatedReason };

// Reasons without a payload are shared: the sweep records one per contradiction it lists.
const SAME_STATEMENT: AgreementReason = Object.freeze({ code: "same_statement" });
const VALUES_FIT: AgreementReason = Object.freeze({ code: "values_fit" });
const BOTH_DENY: AgreementReason = Object.freeze({ code: "both_deny" });
const VALUES_DIFFER: ContradictionReason = Object.freeze({ code: "values_differ" });
const UNITS_DIFFER: ContradictionReason = Object.freeze({ code: "units_differ" });
const KINDS_DIFFER: ContradictionReason = Object.freeze({ code: "kinds_differ" });
const DENIALS_APART: UnrelatedReason = Object.freeze({ code: "denials_apart" });

/** Why two assertions whose values do not fit contradict each other: which dimension failed. */
function misfit(result: Exclude<Fit, { compatible: true }>): ContradictionReason {
  switch (result.why) {
    case "units":
      return UNITS_DIFFER;
    case "kinds":
      return KINDS_DIFFER;
    case "values":
      return result.side === undefined ? VALUES_DIFFER : { code: "party_differs", party: result.side };
  }
}

/**
 * Judges two statements of one question by the stance table ({@link stanceVerdict}) and the fit
 * of their values, with the reason as data: which dimension failed, and which claim denies and
 * which asserts. The one place verdicts get their reasons: compare and the sweep both call it.
 *
 * @param a - One statement.
 * @param b - Another statement of the same question.
 * @param sameStatement - Whether the two make the very same statement (then the reason says so).
 * @returns The verdict and its reason, the same for (a, b) and (b, a).
 * @example
 * judge({ id: "a", stance: "asserts", set: a }, { id: "b", stance: "asserts", set: b }, false);
 * // => { kind: "contradiction", reason: { code: "values_differ" } }
 */
export function judge(a: Stated, b: Stated, sameStatement = false): Judgement {
  const result = fit(a.set, b.set);
  const kind = stanceVerdict(a.stance, b.stance, result.compatible);
  if (a.stance !== b.stance) {
    const [denial, assertion] = a.stance === "denies" ? [a.id, b.id] : [b.id, a.id];
    return kind === "contradiction"
      ? { kind, reason: { code: "denial_fits", denial, assertion } }
      : { kind: "agreement", reason: { code: "outside_denial", denial, assertion } };
  }
  if (kind === "agreement") {
    return { kind, reason: sameStatement ? SAME_STATEMENT : a.stance === "asserts" ? VALUES_FIT : BOTH_DENY };
  }
  if (kind === "unrelated") return { kind, reason: DENIALS_APART };
  // Two assertions that do not fit: the stance table only says contradict when fit failed.
  return { kind: "contradiction", reason: result.compatible ? VALUES_DIFFER : misfit(result) };
}

/**
 * Whether two statements contradict each other, by the same rules as {@link judge} but with no
 * reason made: the question the clash indexes ask of every pair they meet.
 *
 * @example
 * clashes({ stance: "asserts", set: a }, { stance: "asserts", set: b }); // => true
 */
export function clashes(a: Omit<Stated, "id">, b: Omit<Stated, "id">): boolean {
  // Two denials never contradict: skip the fit.
  if (a.stance === "denies" && b.stance === "denies") return false;
  return stanceVerdict(a.stance, b.stance, fit(a.set, b.set).compatible) === "contradiction";
}
