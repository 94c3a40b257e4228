import type { Claim } from "../corpus/claim.js";
import type { SupersessionReason } from "../corpus/relation.js";
import type { QuantityBody, Value } from "../corpus/value.js";
import { stanceVerdict } from "./stance.js";
import { fit, type ValueSet } from "./valueSet.js";

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
 * supersedes the earlier unless it makes the same statement or {@link restates} it (both then
 * stay current);
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

/** A figure given exactly: a value, neither approximate nor a range. */
function exact(quantity: QuantityBody): boolean {
  return quantity.value !== undefined && quantity.approx !== true;
}

/** A lone floor or a lone ceiling, not approximate: the figure it bounds. */
function boundAt(quantity: QuantityBody): number | undefined {
  if (quantity.value !== undefined || quantity.approx === true) return undefined;
  if (quantity.min !== undefined && quantity.max === undefined) return quantity.min;
  if (quantity.max !== undefined && quantity.min === undefined) return quantity.max;
  return undefined;
}

/** An exact figure and a bound at that very figure, in either order: "at least 555" and "555". */
function sameFigure(a: QuantityBody, b: QuantityBody): boolean {
  if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) return false;
  return (exact(a) && boundAt(b) === a.value) || (exact(b) && boundAt(a) === b.value);
}

/**
 * Whether a side's later statement on an over-time question adds to its earlier one rather than
 * replacing it, so both stand: an exact figure and a floor or ceiling at that same figure ("at
 * least 555 euro", then "555 euro"; "12 months", then "not more than 12 months"), or a later
 * denial beside an assertion it fits with (the GDL's standing 35 hours, then its "no" to 37). A
 * different figure is an update even when the two fit ("at least 80,000", then "about
 * 100,000"), and so is an assertion after a denial: the side has moved from rejecting to saying.
 *
 * @param older - The side's earlier statement: its value, stance and set.
 * @param newer - Its later one.
 * @example
 * restates({ value: atLeast555, stance: "asserts", set }, { value: exactly555, stance: "asserts", set }); // => true
 */
export function restates(
  older: { readonly value: Value; readonly stance: Claim["stance"]; readonly set: ValueSet },
  newer: { readonly value: Value; readonly stance: Claim["stance"]; readonly set: ValueSet },
): boolean {
  if (older.stance !== newer.stance) {
    return (
      newer.stance === "denies" &&
      stanceVerdict(older.stance, newer.stance, fit(older.set, newer.set).compatible) === "agreement"
    );
  }
  if (older.stance !== "asserts") return false;
  const a = older.value;
  const b = newer.value;
  if (a.kind === "quantity" && b.kind === "quantity") return sameFigure(a, b);
  if (a.kind === "per-side" && b.kind === "per-side" && a.each && b.each) return sameFigure(a.each, b.each);
  return false;
}
