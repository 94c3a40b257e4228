import type { Claim } from "../corpus/claim.js";
import { formatQuantity, formatValue } from "../explain/formatValue.js";
import type { PerSide, QuantityBody } from "../corpus/value.js";
import { type RelateOptions, resolveTolerances, type Tolerances } from "./options.js";
import { sameStatement } from "./sameStatement.js";
import { type Fit, fit, valueSet } from "./valueSet.js";

/** The four ways two claims can relate. */
export type RelationKind = "agreement" | "contradiction" | "supersession" | "unrelated";

/**
 * How two claims relate, and why. For a supersession, `newer` replaces `older` (claim ids).
 * `claims` holds the two ids in the order they were given.
 *
 * @example
 * const relation: Relation = {
 *   kind: "supersession", claims: ["c2", "c1"], newer: "c2", older: "c1",
 *   reason: "ukraine's later statement (2025-12-11) replaces its earlier one (2025-11-15): “stalled” instead of “activated”",
 * };
 */
export interface Relation {
  readonly kind: RelationKind;
  readonly reason: string;
  readonly claims: readonly [string, string];
  readonly newer?: string;
  readonly older?: string;
}

/** The claim that comes first in timeline order: by moment, then by id. */
function precedes(a: Claim, b: Claim): boolean {
  return a.moment < b.moment || (a.moment === b.moment && a.id < b.id);
}

function incompatibility(result: Exclude<Fit, { compatible: true }>, first: string, second: string): string {
  switch (result.why) {
    case "units":
      return `different units: ${result.units[0]} and ${result.units[1]}`;
    case "kinds":
      return `${first} and ${second} are different kinds of answer`;
    case "values":
      return result.side === undefined
        ? `${first} and ${second} cannot both be true`
        : `${first} and ${second} differ on ${result.side}'s figure`;
  }
}

/**
 * A claim's value in words, as it meets another's: a per-side figure met by a plain quantity is
 * judged by its total, so the words show the total too.
 */
export function describeAgainst(claim: Claim, other: Claim, sideName?: (id: string) => string): string {
  const text = formatValue(claim.value, sideName);
  if (claim.value.kind !== "per-side" || other.value.kind !== "quantity") return text;
  const total = perSideTotal(claim.value, claim.parties);
  return total ? `${text} (${formatQuantity(total)} in all)` : text;
}

/** Why a side's later statement replaces its earlier one, in words. */
function timeReason(newer: Claim, older: Claim): string {
  const was = `${older.stance === "denies" ? "denying " : ""}${formatValue(older.value)}`;
  const now = `${newer.stance === "denies" ? "denying " : ""}${formatValue(newer.value)}`;
  return `${newer.side}'s later statement (${newer.stated}) replaces its earlier one (${older.stated}): ${now} instead of ${was}`;
}

/** The verdict on two claims of one proposition from their values and stances alone. */
function relateStatements(a: Claim, b: Claim, tolerances: Tolerances): Omit<Relation, "claims"> {
  // Reasons name the claims in id order, so compare(a, b) and compare(b, a) say the same.
  const [first, second] = a.id <= b.id ? [a, b] : [b, a];
  const firstText = describeAgainst(first, second);
  const secondText = describeAgainst(second, first);
  const result = fit(valueSet(first.value, first.parties, tolerances), valueSet(second.value, second.parties, tolerances));
  if (first.stance === "asserts" && second.stance === "asserts") {
    if (result.compatible) {
      return {
        kind: "agreement",
        reason: firstText === secondText ? `both say ${firstText}` : `${firstText} and ${secondText} fit together`,
      };
    }
    return { kind: "contradiction", reason: incompatibility(result, firstText, secondText) };
  }
  if (first.stance === "denies" && second.stance === "denies") {
    return result.compatible
      ? { kind: "agreement", reason: `both deny it: ${first.id} denies ${firstText}, ${second.id} denies ${secondText}` }
      : {
          kind: "unrelated",
          reason: `${first.id} denies ${firstText} and ${second.id} denies ${secondText}: neither supports nor contradicts the other`,
        };
  }
  const [denial, assertion] = first.stance === "denies" ? [first, second] : [second, first];
  const denied = describeAgainst(denial, assertion);
  const asserted = describeAgainst(assertion, denial);
  return result.compatible
    ? { kind: "contradiction", reason: `${denial.id} denies ${denied}, which ${assertion.id}'s ${asserted} fits` }
    : { kind: "agreement", reason: `${assertion.id}'s ${asserted} lies outside ${denied}, which ${denial.id} denies` };
}

/**
 * Relates two resolved claims: `unrelated` when they answer different questions (subject or
 * attribute); `supersession` when one names the other in `supersedes`, or when one side restates
 * an over-time attribute later with a different value or stance; otherwise `agreement` or
 * `contradiction` from their values and stances:
 *
 * | a \ b      | asserts Y                           | denies Y                              |
 * | ---------- | ----------------------------------- | ------------------------------------- |
 * | asserts X  | agree if X, Y fit, else contradict  | contradict if X, Y fit, else agree    |
 * | denies X   | contradict if X, Y fit, else agree  | agree if X, Y fit, else unrelated     |
 *
 * It needs no corpus: a resolved claim carries its side, moment, attribute behaviour and parties.
 *
 * @param a - A resolved claim.
 * @param b - Another resolved claim.
 * @param options - How loosely values match (`tolerance`, `dateTolerance`).
 * @returns The relation, with a reason a person can read.
 * @example
 * const medinsky = corpus.claims.find((claim) => claim.id === "medinsky-0723-1200-each")!;
 * const umerov = corpus.claims.find((claim) => claim.id === "umjerow-1115-1200")!;
 * compare(medinsky, umerov).kind; // => "agreement"
 */
export function compare(a: Claim, b: Claim, options?: RelateOptions): Relation {
  const tolerances = resolveTolerances(options);
  const claims = [a.id, b.id] as const;
  if (a.subject !== b.subject || a.attribute !== b.attribute) {
    const [first, second] = a.id <= b.id ? [a, b] : [b, a];
    return {
      kind: "unrelated",
      reason: `different questions: ${first.subject} · ${first.attribute} and ${second.subject} · ${second.attribute}`,
      claims,
    };
  }
  if (a.id !== b.id) {
    const aNamesB = a.supersedes.includes(b.id);
    const bNamesA = b.supersedes.includes(a.id);
    if (aNamesB || bNamesA) {
      // Both naming each other is a cycle parseCorpus rejects; the id order keeps it symmetric.
      const [newer, older] = aNamesB && (!bNamesA || a.id < b.id) ? [a, b] : [b, a];
      return { kind: "supersession", reason: `${newer.id} names ${older.id} in supersedes`, claims, newer: newer.id, older: older.id };
    }
  }
  if (a.side === b.side && a.changes === "over-time" && b.changes === "over-time" && a.moment !== b.moment) {
    const [older, newer] = precedes(a, b) ? [a, b] : [b, a];
    if (sameStatement(a, b)) {
      // The earlier wording names the statement, so the reason does not depend on argument order.
      return { kind: "agreement", reason: `${older.side} restated ${formatValue(older.value)}`, claims };
    }
    return {
      kind: "supersession",
      reason: timeReason(newer, older),
      claims,
      newer: newer.id,
      older: older.id,
    };
  }
  return { ...relateStatements(a, b, tolerances), claims };
}

/** The total a per-side figure stands for, when it can be written as one quantity. */
export function perSideTotal(perSide: PerSide, parties: readonly string[]): QuantityBody | undefined {
  const { each, bySide } = perSide;
  const bodies = each ? parties.map(() => each) : Object.values(bySide ?? {});
  if (bodies.length === 0) return undefined;
  const sum = (pick: (body: QuantityBody) => number | undefined): number | undefined => {
    let total = 0;
    for (const body of bodies) {
      const n = pick(body);
      if (n === undefined) return undefined;
      total += n;
    }
    return total;
  };
  const approx = bodies.some((body) => body.approx);
  const unit = bodies[0]?.unit;
  const total: QuantityBody = {};
  const value = sum((body) => body.value);
  if (value !== undefined) total.value = value;
  else {
    const min = sum((body) => body.min ?? body.value);
    const max = sum((body) => body.max ?? body.value);
    if (min === undefined && max === undefined) return undefined;
    if (min !== undefined) total.min = min;
    if (max !== undefined) total.max = max;
  }
  if (approx) total.approx = true;
  if (unit !== undefined) total.unit = unit;
  return total;
}
