import type { Claim } from "../corpus/claim.js";
import type { Relation } from "../corpus/relation.js";
import { progression } from "./freshness.js";
import { judge } from "./judgement.js";
import { type RelateOptions, resolveTolerances } from "./options.js";
import { sameStatement } from "./sameStatement.js";
import {
  LATER_STATEMENT,
  NAMED_IN_SUPERSEDES,
  namedSupersession,
  overTimeApplies,
  precedes,
  restates,
} from "./supersession.js";
import { valueSet } from "./valueSet.js";

const DIFFERENT_QUESTIONS = Object.freeze({ code: "different_questions" } as const);
const RESTATED = Object.freeze({ code: "restated" } as const);

/**
 * Relates two resolved claims: `unrelated` when they answer different questions (subject or
 * attribute); `supersession` when one names the other in `supersedes`, or when one side restates
 * an over-time attribute later with a different value or stance; otherwise `agreement` or
 * `contradiction` from their values and stances, by the stance table ({@link stanceVerdict}),
 * except that two claims of different sides that would contradict each other on an over-time
 * attribute are a `progression` when the later one came after the earlier one went stale
 * (its attribute's `freshFor`).
 * The reason is data (which rule decided, which claim denies, which party's figure differs);
 * {@link explain} turns it into a sentence.
 *
 * It needs no corpus: a resolved claim carries its side, moment, attribute behaviour and parties.
 *
 * @param a - A resolved claim.
 * @param b - Another resolved claim.
 * @param options - How loosely values match (`tolerance`, `dateTolerance`, `boundReach`).
 * @returns The relation and its reason; `claims` in the order given.
 * @throws {ConcordError} When an option is invalid (`invalid_option`).
 * @example
 * const medinsky = corpus.claims.find((claim) => claim.id === "medinsky-0723-1200-each")!;
 * const umerov = corpus.claims.find((claim) => claim.id === "umjerow-1115-1200")!;
 * compare(medinsky, umerov); // => { kind: "agreement", claims: [...], reason: { code: "values_fit" } }
 */
export function compare(a: Claim, b: Claim, options?: RelateOptions): Relation {
  const tolerances = resolveTolerances(options);
  const claims = [a.id, b.id] as const;
  if (a.subject !== b.subject || a.attribute !== b.attribute)
    return { kind: "unrelated", claims, reason: DIFFERENT_QUESTIONS };
  const named = namedSupersession(a, b);
  if (named)
    return { kind: "supersession", claims, newer: named[0].id, older: named[1].id, reason: NAMED_IN_SUPERSEDES };
  const same = sameStatement(a, b);
  const first = { id: a.id, value: a.value, stance: a.stance, set: valueSet(a.value, a.parties, tolerances, a.bounds) };
  const second = {
    id: b.id,
    value: b.value,
    stance: b.stance,
    set: valueSet(b.value, b.parties, tolerances, b.bounds),
  };
  if (overTimeApplies(a, b)) {
    if (same) return { kind: "agreement", claims, reason: RESTATED };
    const [older, newer] = precedes(a, b) ? [a, b] : [b, a];
    if (!restates(older === a ? first : second, older === a ? second : first)) {
      return { kind: "supersession", claims, newer: newer.id, older: older.id, reason: LATER_STATEMENT };
    }
  }
  const judgement = judge(first, second, same);
  if (judgement.kind === "contradiction") {
    const moved = progression(a, b);
    if (moved)
      return { kind: "progression", claims, newer: moved.newer.id, older: moved.older.id, reason: moved.reason };
  }
  return { ...judgement, claims };
}
