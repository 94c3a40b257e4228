import { match } from "ts-pattern";
import type { Claim } from "../corpus/claim.js";
import type { Corpus } from "../corpus/corpus.js";
import type { Contradiction, Proposition, Supersession } from "../corpus/reconciliation.js";
import type { ContradictionReason, Relation, SupersessionReason } from "../corpus/relation.js";
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
  return match(reason)
    .with({ code: "named_in_supersedes" }, () => "the newer claim names the older in supersedes")
    .with({ code: "later_statement" }, () => "a later statement by the same side, with a different value or stance, on an over-time attribute")
    .exhaustive();
}

/** What two assertions that cannot both be true differ in; each value beside its own claim's. */
function misfit(reason: ContradictionReason, a: Claim, b: Claim, valueA: string, valueB: string, index: CorpusIndex): string {
  return match(reason)
    .with({ code: "units_differ" }, () => `different units: ${unitOf(a.value) ?? "none"} and ${unitOf(b.value) ?? "none"}`)
    .with({ code: "kinds_differ" }, () => `${valueA} and ${valueB} are different kinds of answer`)
    .with({ code: "party_differs" }, ({ party }) => `${valueA} and ${valueB} differ on ${index.side(party)}'s figure`)
    .with({ code: "values_differ" }, { code: "denial_fits" }, () => `${valueA} and ${valueB} cannot both be true`)
    .exhaustive();
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
  return match(relation)
    .with({ kind: "unrelated", reason: { code: "different_questions" } }, () =>
      `${who(a, index)} and ${who(b, index)} answer different questions: ${a.subject} · ${a.attribute} and ${b.subject} · ${b.attribute}.`,
    )
    .with({ kind: "unrelated", reason: { code: "denials_apart" } }, () =>
      `${who(a, index)} denies ${valueA} and ${who(b, index)} denies ${valueB}: neither supports nor contradicts the other.`,
    )
    .with({ kind: "supersession" }, ({ newer, reason }) => {
      const [recent, earlier] = newer === a.id ? [a, b] : [b, a];
      const how = reason.code === "named_in_supersedes" ? `${recent.id} names ${earlier.id} in supersedes` : "a later statement by the same side";
      return `${who(recent, index)} supersedes ${who(earlier, index)}: ${say(recent, index)} replaces ${say(earlier, index)} (${how}).`;
    })
    .with({ kind: "agreement", reason: { code: "outside_denial" } }, ({ reason }) => {
      const denial = byId(reason.denial);
      const assertion = byId(reason.assertion);
      return `${who(denial, index)} denies ${formatValue(denial.value, index.side)} and ${who(assertion, index)} asserts ${formatValue(assertion.value, index.side)}, which lies outside it: they agree.`;
    })
    .with({ kind: "agreement", reason: { code: "both_deny" } }, () =>
      `${who(a, index)} and ${who(b, index)} agree in denying ${valueA === valueB ? valueA : `${valueA} and ${valueB}`}.`,
    )
    .with({ kind: "agreement" }, () =>
      a.stance === "denies"
        ? `${who(a, index)} and ${who(b, index)} agree in denying ${valueA === valueB ? valueA : `${valueA} and ${valueB}`}.`
        : `${who(a, index)} and ${who(b, index)} agree: ${valueA === valueB ? valueA : `${valueA} fits ${valueB}`}.`,
    )
    .with({ kind: "contradiction", reason: { code: "denial_fits" } }, ({ reason }) => {
      const denial = byId(reason.denial);
      const assertion = byId(reason.assertion);
      return `${who(denial, index)} denies ${formatValue(denial.value, index.side)}, but ${who(assertion, index)} asserts ${formatValue(assertion.value, index.side)}, which fits it: they contradict each other.`;
    })
    .with({ kind: "contradiction" }, ({ reason }) =>
      `${who(a, index)} and ${who(b, index)} contradict each other: ${misfit(reason, a, b, valueA, valueB, index)}.`,
    )
    .exhaustive();
}

function explainProposition(proposition: Proposition, index: CorpusIndex): string {
  const question = `${proposition.subject} · ${proposition.attribute}`;
  const held = proposition.positions.map((position) => {
    const latest = index.claim(position.claims[position.claims.length - 1] ?? "");
    const more = position.claims.length > 1 ? ` and ${position.claims.length - 1} more` : "";
    const by = latest ? ` (${index.actor(latest.speaker)}, ${formatDay(latest.stated)}${more})` : "";
    const value = formatValue(position.value, index.side);
    return `${index.side(position.side)}${by} ${position.stance === "denies" ? `denies ${value}` : `says ${value}`}`;
  });
  const superseded = proposition.supersessions.length;
  const history = superseded === 0 ? "" : `; ${superseded} earlier statement${superseded === 1 ? " was" : "s were"} superseded`;
  const verdict = match(proposition.status)
    .with("one-sided", () => `only one side speaks: ${held.join("; ")}`)
    .with("consensus", () =>
      proposition.consensus
        ? `the sides agree on ${formatValue(proposition.consensus, index.side)}: ${held.join("; ")}`
        : `no current claim contradicts another: ${held.join("; ")}`,
    )
    .with("contested", () => {
      const current = proposition.contradictions.filter((contradiction) => contradiction.current).length;
      return `contested: ${held.join("; ")} (${current} current contradiction${current === 1 ? "" : "s"})`;
    })
    .exhaustive();
  return `${question}: ${verdict}${history}.`;
}

/** What {@link explain} can put into words. */
export type Explainable = Relation | Contradiction | Supersession | Proposition;

/** A contradiction or supersession of a reconciliation, as the relation of its two claims. */
function asRelation(subject: Contradiction | Supersession | Relation): Relation {
  if ("kind" in subject) return subject;
  if ("groups" in subject) return { kind: "contradiction", claims: [subject.a, subject.b], reason: subject.reason };
  return { kind: "supersession", claims: [subject.newer, subject.older], newer: subject.newer, older: subject.older, reason: subject.reason };
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
