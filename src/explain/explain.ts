import { match } from "ts-pattern";
import type { Claim } from "../corpus/claim.js";
import type { Corpus } from "../corpus/corpus.js";
import { formatDay, formatValue } from "./formatValue.js";
import type { Proposition } from "../corpus/reconciliation.js";
import { type Names, namesOf } from "./names.js";
import { describeAgainst, type Relation } from "../rules/compare.js";

/** "Medinsky (Russia, 23 Jul 2025)", with the relay when there is one. */
function who(claim: Claim, names: Names): string {
  const via = claim.via === undefined ? "" : `, via ${names.actor(claim.via)}`;
  return `${names.actor(claim.speaker)} (${names.side(claim.side)}, ${formatDay(claim.stated)}${via})`;
}

function say(claim: Claim, names: Names): string {
  const value = formatValue(claim.value, names.side);
  return claim.stance === "denies" ? `denies ${value}` : value;
}

function explainRelation(relation: Relation, names: Names): string {
  const [aId, bId] = relation.claims;
  const a = names.claim(aId);
  const b = names.claim(bId);
  if (!a || !b) return `${aId} and ${bId}: ${relation.kind} (${relation.reason}).`;
  const valueA = describeAgainst(a, b, names.side);
  const valueB = describeAgainst(b, a, names.side);
  return match(relation)
    .with({ kind: "unrelated" }, () =>
      a.subject !== b.subject || a.attribute !== b.attribute
        ? `${who(a, names)} and ${who(b, names)} answer different questions: ${a.subject} · ${a.attribute} and ${b.subject} · ${b.attribute}.`
        : `${who(a, names)} denies ${valueA} and ${who(b, names)} denies ${valueB}: neither supports nor contradicts the other.`,
    )
    .with({ kind: "supersession" }, ({ newer }) => {
      const [recent, earlier] = newer === a.id ? [a, b] : [b, a];
      const how = recent.supersedes.includes(earlier.id)
        ? `${recent.id} names ${earlier.id} in supersedes`
        : "a later statement by the same side";
      return `${who(recent, names)} supersedes ${who(earlier, names)}: ${say(recent, names)} replaces ${say(earlier, names)} (${how}).`;
    })
    .with({ kind: "agreement" }, () => {
      if (a.stance === "asserts" && b.stance === "asserts") {
        return `${who(a, names)} and ${who(b, names)} agree: ${valueA === valueB ? valueA : `${valueA} fits ${valueB}`}.`;
      }
      if (a.stance === "denies" && b.stance === "denies") {
        return `${who(a, names)} and ${who(b, names)} agree in denying ${valueA === valueB ? valueA : `${valueA} and ${valueB}`}.`;
      }
      const [denial, assertion] = a.stance === "denies" ? [a, b] : [b, a];
      return `${who(denial, names)} denies ${formatValue(denial.value, names.side)} and ${who(assertion, names)} asserts ${formatValue(assertion.value, names.side)}, which lies outside it: they agree.`;
    })
    .with({ kind: "contradiction" }, () => {
      if (a.stance === "asserts" && b.stance === "asserts") {
        return `${who(a, names)} and ${who(b, names)} contradict each other: ${relation.reason}.`;
      }
      const [denial, assertion] = a.stance === "denies" ? [a, b] : [b, a];
      return `${who(denial, names)} denies ${formatValue(denial.value, names.side)}, but ${who(assertion, names)} asserts ${formatValue(assertion.value, names.side)}, which fits it: they contradict each other.`;
    })
    .exhaustive();
}

function explainProposition(proposition: Proposition, names: Names): string {
  const question = `${proposition.subject} · ${proposition.attribute}`;
  const held = proposition.positions.map((position) => {
    const latest = names.claim(position.claims[position.claims.length - 1] ?? "");
    const more = position.claims.length > 1 ? ` and ${position.claims.length - 1} more` : "";
    const by = latest ? ` (${names.actor(latest.speaker)}, ${formatDay(latest.stated)}${more})` : "";
    const value = formatValue(position.value, names.side);
    return `${names.side(position.side)}${by} ${position.stance === "denies" ? `denies ${value}` : `says ${value}`}`;
  });
  const superseded = proposition.supersessions.length;
  const history = superseded === 0 ? "" : `; ${superseded} earlier statement${superseded === 1 ? " was" : "s were"} superseded`;
  const verdict = match(proposition.status)
    .with("one-sided", () => `only one side speaks: ${held.join("; ")}`)
    .with("consensus", () =>
      proposition.consensus
        ? `the sides agree on ${formatValue(proposition.consensus, names.side)}: ${held.join("; ")}`
        : `no current claim contradicts another: ${held.join("; ")}`,
    )
    .with("contested", () => {
      const current = proposition.contradictions.filter((contradiction) => contradiction.current).length;
      return `contested: ${held.join("; ")} (${current} current contradiction${current === 1 ? "" : "s"})`;
    })
    .exhaustive();
  return `${question}: ${verdict}${history}.`;
}

/**
 * One plain sentence for a relation (from `compare`) or a proposition (from `reconcile`), naming
 * speakers, sides, dates and values.
 *
 * @param subject - A relation or a proposition.
 * @param corpus - The corpus its claims come from, for names.
 * @param names - Names already looked up (from a report that explains many things at once).
 * @returns The sentence.
 * @example
 * explain(compare(medinsky, umerov), corpus);
 * // => "Vladimir Medinsky (Russia, 23 Jul 2025) and Rustem Umerov (Ukraine, 15 Nov 2025) agree: about 1,200 people per side fits 1,200 people per side."
 */
export function explain(subject: Relation | Proposition, corpus: Corpus, names?: Names): string {
  if ("timeline" in subject) {
    const ids = subject.positions.flatMap((position) => position.claims.slice(-1));
    return explainProposition(subject, names ?? namesOf(corpus, ids));
  }
  return explainRelation(subject, names ?? namesOf(corpus, subject.claims));
}
