import type { Claim } from "../corpus/claim.js";
import type { SupersessionReason } from "../corpus/relation.js";

/**
 * The reason of a supersession made by an explicit `supersedes`.
 *
 * @example
 * NAMED_IN_SUPERSEDES.code; // => "named_in_supersedes"
 */
export const NAMED_IN_SUPERSEDES: SupersessionReason = Object.freeze({ code: "named_in_supersedes" });

/**
 * The reason of a supersession made by time: a side's later, different statement on an
 * over-time attribute.
 *
 * @example
 * LATER_STATEMENT.code; // => "later_statement"
 */
export const LATER_STATEMENT: SupersessionReason = Object.freeze({ code: "later_statement" });

/**
 * Whether the over-time rule applies to two claims of one question: the same side, on an
 * attribute whose answer changes over time, stated at different moments. Then the later one
 * supersedes the earlier unless it makes the same statement (a restatement leaves both current);
 * claims of one side at one moment all stand. reconcile's `supersede` applies the same rule along
 * a whole timeline, linking each claim to the first later one that differs (a chain, never every
 * transitive pair); a property holds the two to each other.
 *
 * @example
 * overTimeApplies(umerovNov15, zelenskyyDec11); // => true
 */
export function overTimeApplies(a: Claim, b: Claim): boolean {
  return a.side === b.side && a.changes === "over-time" && b.changes === "over-time" && a.moment !== b.moment;
}

/**
 * Which of two claims names the other in `supersedes`, as `[newer, older]`, or undefined.
 * Both naming each other is a cycle parseCorpus rejects; the id order then keeps the answer
 * the same for (a, b) and (b, a).
 *
 * @example
 * namedSupersession(c2, c1); // => [c2, c1] when c2.supersedes includes "c1"
 */
export function namedSupersession(a: Claim, b: Claim): readonly [Claim, Claim] | undefined {
  if (a.id === b.id) return undefined;
  const aNamesB = a.supersedes.includes(b.id);
  const bNamesA = b.supersedes.includes(a.id);
  if (!aNamesB && !bNamesA) return undefined;
  return aNamesB && (!bNamesA || a.id < b.id) ? [a, b] : [b, a];
}

/**
 * The claim that comes first in timeline order: by moment, then by id.
 *
 * @example
 * precedes(umerovNov15, zelenskyyDec11); // => true
 */
export function precedes(a: Claim, b: Claim): boolean {
  return a.moment < b.moment || (a.moment === b.moment && a.id < b.id);
}
