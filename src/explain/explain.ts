import type { Claim } from "../corpus/claim.js";
import type { Corpus } from "../corpus/corpus.js";
import type { Contradiction, Proposition, Supersession } from "../corpus/reconciliation.js";
import type { ContradictionReason, Relation, SupersessionReason } from "../corpus/relation.js";
import { unreachable } from "../internal/unreachable.js";
import { asIndex, type CorpusIndex } from "./corpusIndex.js";
import { describeAgainst, unitOf } from "./describeValue.js";
import { formatDay, formatValue } from "./formatValue.js";

/** "Medinsky (Russia, 23 Jul 2025)", with the relay when there is one. */
function who(claim: Claim, index: CorpusIndex): string {
  const via = claim.via === undefined ? "" : `, via ${index.actor(claim.via)}`;
  return `${index.actor(claim.speaker)} (${index.side(claim.side)}, ${formatDay(claim.stated)}${via})`;
}

function say(claim: Claim, index: CorpusIndex): string {
  const value = formatValue(claim.value, index.side);
  return claim.stance === "denies" ? `denies ${value}` : value;
}

/**
 * Why a supersession holds, in a few words: the table of links in the Markdown report shows it
 * beside the two claims.
 *
 * @example
 * supersessionWords({ code: "named_in_supersedes" }); // => "the newer claim names the older in supersedes"
 */
export function supersessionWords(reason: SupersessionReason): string {
  return reason.code === "named_in_supersedes"
    ? "the newer claim names the older in supersedes"
    : "a later statement by the same side, with a different value or stance, on an over-time attribute";
}

// Sentences are made for every contradiction and link a report lists: switches here, not
// ts-pattern, whose matching cost an eighth of a report's time; `never` keeps them exhaustive.

/** What two assertions that cannot both be true differ in; each value beside its own claim's. */
function misfit(
  reason: ContradictionReason,
  a: Claim,
  b: Claim,
  valueA: string,
  valueB: string,
  index: CorpusIndex,
): string {
  switch (reason.code) {
    case "units_differ":
      return `different units: ${unitOf(a.value) ?? "none"} and ${unitOf(b.value) ?? "none"}`;
    case "kinds_differ":
      return `${valueA} and ${valueB} are different kinds of answer`;
    case "party_differs":
      return `${valueA} and ${valueB} differ on ${index.side(reason.party)}'s figure`;
    case "values_differ":
    case "denial_fits":
      return `${valueA} and ${valueB} cannot both be true`;
    default:
      return unreachable(reason, "reason");
  }
}

const SPAN_UNITS: readonly (readonly [string, string])[] = [
  ["Y", "year"],
  ["M", "month"],
  ["W", "week"],
  ["D", "day"],
];
const TIME_UNITS: readonly (readonly [string, string])[] = [
  ["H", "hour"],
  ["M", "minute"],
  ["S", "second"],
];

/** An ISO 8601 duration in words: "P115D" → "115 days", "P1DT6H" → "1 day 6 hours". */
function spanWords(duration: string): string {
  const [date = "", time = ""] = duration.slice(1).split("T");
  const words: string[] = [];
  const read = (text: string, units: readonly (readonly [string, string])[]): void => {
    for (const [letter, unit] of units) {
      const match = new RegExp(`(\\d+)${letter}`).exec(text);
      if (match) words.push(`${match[1]} ${unit}${match[1] === "1" ? "" : "s"}`);
      if (match) text = text.slice(match.index + match[0].length);
    }
  };
  read(date, SPAN_UNITS);
  read(time, TIME_UNITS);
  return words.length === 0 ? "no time" : words.join(" ");
}

/** Two denials, or a restatement by one side of a denial: what they agree in denying. */
function bothDeny(a: Claim, b: Claim, valueA: string, valueB: string, index: CorpusIndex): string {
  return `${who(a, index)} and ${who(b, index)} agree in denying ${valueA === valueB ? valueA : `${valueA} and ${valueB}`}.`;
}

/**
 * The sentence for a verdict on two claims, rendered from its reason alone: nothing is judged
 * again, so the words always say what the verdict said, with the options it was made with.
 */
function explainRelation(relation: Relation, index: CorpusIndex): string {
  const [aId, bId] = relation.claims;
  const a = index.claim(aId);
  const b = index.claim(bId);
  if (!a || !b) return `${aId} and ${bId}: ${relation.kind} (${relation.reason.code}).`;
  const valueA = describeAgainst(a, b, index.side);
  const valueB = describeAgainst(b, a, index.side);
  const byId = (id: string): Claim => (id === a.id ? a : b);
  switch (relation.kind) {
    case "unrelated":
      return relation.reason.code === "different_questions"
        ? `${who(a, index)} and ${who(b, index)} answer different questions: ${a.subject} · ${a.attribute} and ${b.subject} · ${b.attribute}.`
        : `${who(a, index)} denies ${valueA} and ${who(b, index)} denies ${valueB}: neither supports nor contradicts the other.`;
    case "supersession": {
      const [recent, earlier] = relation.newer === a.id ? [a, b] : [b, a];
      const how =
        relation.reason.code === "named_in_supersedes"
          ? `${recent.id} names ${earlier.id} in supersedes`
          : "a later statement by the same side";
      return `${who(recent, index)} supersedes ${who(earlier, index)}: ${say(recent, index)} replaces ${say(earlier, index)} (${how}).`;
    }
    case "progression": {
      const [recent, earlier] = relation.newer === a.id ? [a, b] : [b, a];
      const { freshFor, unrestatedFor } = relation.reason;
      return `${who(earlier, index)} said ${say(earlier, index)}; ${who(recent, index)} said ${say(recent, index)} ${spanWords(unrestatedFor)} later, past the ${spanWords(freshFor)} that ${earlier.attribute} stays fresh: the state moved on, no contradiction.`;
    }
    case "agreement": {
      const { reason } = relation;
      switch (reason.code) {
        case "outside_denial": {
          const denial = byId(reason.denial);
          const assertion = byId(reason.assertion);
          return `${who(denial, index)} denies ${formatValue(denial.value, index.side)} and ${who(assertion, index)} asserts ${formatValue(assertion.value, index.side)}, which lies outside it: they agree.`;
        }
        case "both_deny":
          return bothDeny(a, b, valueA, valueB, index);
        case "same_statement":
        case "restated":
        case "values_fit":
          return a.stance === "denies"
            ? bothDeny(a, b, valueA, valueB, index)
            : `${who(a, index)} and ${who(b, index)} agree: ${valueA === valueB ? valueA : `${valueA} fits ${valueB}`}.`;
        default:
          return unreachable(reason, "reason");
      }
    }
    case "contradiction": {
      const { reason } = relation;
      if (reason.code === "denial_fits") {
        const denial = byId(reason.denial);
        const assertion = byId(reason.assertion);
        return `${who(denial, index)} denies ${formatValue(denial.value, index.side)}, but ${who(assertion, index)} asserts ${formatValue(assertion.value, index.side)}, which fits it: they contradict each other.`;
      }
      return `${who(a, index)} and ${who(b, index)} contradict each other: ${misfit(reason, a, b, valueA, valueB, index)}.`;
    }
    default:
      return unreachable(relation, "relation kind");
  }
}

function explainProposition(proposition: Proposition, index: CorpusIndex): string {
  const question = `${proposition.subject} · ${proposition.attribute}`;
  const held = proposition.positions.map((position) => {
    const latest = index.claim(position.claims[position.claims.length - 1] ?? "");
    const more = position.claims.length > 1 ? ` and ${position.claims.length - 1} more` : "";
    const by = latest ? ` (${index.actor(latest.speaker)}, ${formatDay(latest.stated)}${more})` : "";
    const value = formatValue(position.value, index.side);
    const said = position.stale
      ? position.stance === "denies"
        ? `denied ${value}, now stale`
        : `said ${value}, now stale`
      : position.stance === "denies"
        ? `denies ${value}`
        : `says ${value}`;
    return `${index.side(position.side)}${by} ${said}`;
  });
  // Statements, not links: one claim may be superseded by several later ones.
  const superseded = new Set(proposition.supersessions.map((link) => link.older)).size;
  const history =
    superseded === 0 ? "" : `; ${superseded} earlier statement${superseded === 1 ? " was" : "s were"} superseded`;
  let verdict: string;
  switch (proposition.status) {
    case "one-sided":
      verdict =
        proposition.positions.length > 1
          ? `only one side still speaks: ${held.join("; ")}`
          : `only one side speaks: ${held.join("; ")}`;
      break;
    case "consensus":
      verdict = proposition.consensus
        ? `the sides agree on ${formatValue(proposition.consensus, index.side)}: ${held.join("; ")}`
        : `no current claim contradicts another: ${held.join("; ")}`;
      break;
    case "contested": {
      let current = 0;
      for (const contradiction of proposition.contradictions) if (contradiction.current) current++;
      verdict = `contested: ${held.join("; ")} (${current} current contradiction${current === 1 ? "" : "s"})`;
      break;
    }
    default:
      return unreachable(proposition.status, "status");
  }
  return `${question}: ${verdict}${history}.`;
}

/** What {@link explain} can put into words. */
export type Explainable = Relation | Contradiction | Supersession | Proposition;

/** A contradiction or supersession of a reconciliation, as the relation of its two claims. */
function asRelation(subject: Contradiction | Supersession | Relation): Relation {
  if ("kind" in subject) return subject;
  if ("groups" in subject) return { kind: "contradiction", claims: [subject.a, subject.b], reason: subject.reason };
  return {
    kind: "supersession",
    claims: [subject.newer, subject.older],
    newer: subject.newer,
    older: subject.older,
    reason: subject.reason,
  };
}

/**
 * One plain sentence for a relation (from `compare`), or a contradiction, supersession or
 * proposition (from `reconcile`), naming speakers, sides, dates and values. Each speaker is named
 * with their own value, and the sentence is rendered from the verdict's reason: nothing is
 * compared again, so it says what the verdict said, with the options it was made with.
 *
 * @param subject - A relation, a contradiction, a supersession or a proposition.
 * @param from - The corpus its claims come from, or, to explain many things, an index of it
 *   made once with {@link indexCorpus} (a corpus is indexed anew on every call).
 * @returns The sentence.
 * @example
 * explain(compare(medinsky, umerov), corpus);
 * // => "Vladimir Medinsky (Russia, 23 Jul 2025) and Rustem Umerov (Ukraine, 15 Nov 2025) agree: about 1,200 people per side fits 1,200 people per side."
 * const index = indexCorpus(corpus);
 * reconcile(corpus).propositions.map((proposition) => explain(proposition, index));
 */
export function explain(subject: Explainable, from: Corpus | CorpusIndex): string {
  const index = asIndex(from);
  if ("timeline" in subject) return explainProposition(subject, index);
  return explainRelation(asRelation(subject), index);
}
