import type { Claim } from "../corpus/claim.js";
import { addDuration, durationOf } from "../corpus/duration.js";
import { DAY_MS, isDateOnly } from "../corpus/moment.js";
import type { ProgressionReason } from "../corpus/relation.js";
import { precedes } from "./supersession.js";

/**
 * The end of the UTC day a claim was stated on, when `stated` is a date alone; otherwise its
 * moment. A claim dated to a day speaks for that whole day: nothing that day, not even a
 * correction, ends it before the day does.
 *
 * @example
 * dayEnd(claimOf19Jan) === Date.UTC(2024, 0, 20); // => true
 */
export function dayEnd(claim: Claim): number {
  return isDateOnly(claim.stated) ? Math.floor(claim.moment / DAY_MS) * DAY_MS + DAY_MS : claim.moment;
}

/**
 * The first moment a claim is no longer fresh: `freshFor` after it was stated — after the end of
 * its day when it is dated by a day alone, since it may have been said at any hour of that day;
 * Infinity when its attribute sets no `freshFor` (or does not change over time). Whatever the
 * side says later, the claim is not valid past it.
 *
 * @example
 * staleAt(medinskyJul23); // => 23 Jul 2025, end of day, + P30D: 23 Aug 2025, 00:00 UTC
 */
export function staleAt(claim: Claim): number {
  if (claim.freshFor === undefined || claim.changes !== "over-time") return Number.POSITIVE_INFINITY;
  return addDuration(dayEnd(claim), claim.freshFor);
}

/**
 * The progression rule, the one place it is written: of two claims of different sides on one
 * over-time question, the later one reports a state that has moved on, not a contradiction, when
 * it was made at or after the earlier one went stale. Only for claims that would otherwise
 * contradict each other: the caller judges that first. Returns the progression's reason, with
 * the earlier claim as `older`, or undefined when the rule does not apply.
 *
 * @example
 * progression(medinskyJul23, umerovNov15);
 * // => { older: medinskyJul23, newer: umerovNov15, reason: { code: "went_stale", freshFor: "P30D", unrestatedFor: "P115D" } }
 */
export function progression(a: Claim, b: Claim): { older: Claim; newer: Claim; reason: ProgressionReason } | undefined {
  if (a.side === b.side || a.changes !== "over-time" || b.changes !== "over-time") return undefined;
  const [older, newer] = precedes(a, b) ? [a, b] : [b, a];
  if (older.freshFor === undefined || newer.moment < staleAt(older)) return undefined;
  return {
    older,
    newer,
    reason: { code: "went_stale", freshFor: older.freshFor, unrestatedFor: durationOf(newer.moment - older.moment) },
  };
}
