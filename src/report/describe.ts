import type { Claim } from "../corpus/claim.js";
import type { Contradiction, Position, Proposition, Reconciliation, Status } from "../corpus/reconciliation.js";
import type { CorpusIndex } from "../explain/corpusIndex.js";
import { formatDay, formatValue } from "../explain/formatValue.js";

const ORDER: readonly Status[] = ["contested", "consensus", "one-sided"];

/**
 * Propositions in the order reports show them: contested first, then those with consensus, then
 * the one-sided; within each, in the reconciliation's order (by subject and attribute).
 *
 * @example
 * inReportOrder(reconciliation.propositions)[0]?.status; // => "contested"
 */
export function inReportOrder(propositions: readonly Proposition[]): readonly Proposition[] {
  return ORDER.flatMap((status) => propositions.filter((proposition) => proposition.status === status));
}

/**
 * Who said a claim, with the relay when there is one: "Rustem Umerov via Volodymyr Zelenskyy".
 *
 * @example
 * speakerOf(claim, names); // => "Rustem Umerov via Volodymyr Zelenskyy"
 */
export function speakerOf(claim: Claim, names: CorpusIndex): string {
  return `${names.actor(claim.speaker)}${claim.via === undefined ? "" : ` via ${names.actor(claim.via)}`}`;
}

/**
 * Where a claim was published: the outlet (or the source id when the corpus has no such source)
 * and, in brackets, the language and how it was translated.
 *
 * @example
 * sourceOf(claim, names); // => { outlet: "Korrespondent.net", url: undefined, language: " (de, machine translation)" }
 */
export function sourceOf(
  claim: Claim,
  names: CorpusIndex,
): { outlet: string; url: string | undefined; language: string } {
  const source = names.source(claim.source);
  const language = source
    ? ` (${source.language}${source.translation === "none" ? "" : `, ${source.translation} translation`})`
    : "";
  return { outlet: source?.outlet ?? claim.source, url: source?.url, language };
}

/**
 * Who said a claim, when and where: "Rustem Umerov via Volodymyr Zelenskyy, 1 Jan 2026 ·
 * Korrespondent.net (de, machine translation)".
 *
 * @example
 * attribution(claim, names); // => "Vladimir Medinsky, 23 Jul 2025 · TASS (ru)"
 */
export function attribution(claim: Claim, names: CorpusIndex): string {
  const { outlet, language } = sourceOf(claim, names);
  return `${speakerOf(claim, names)}, ${formatDay(claim.stated)} · ${outlet}${language}`;
}

/**
 * What concord read from a claim's words, beside the words: "about 1,200 people per side read
 * from “about 1,200 people on each side”". Empty when the corpus gave no words.
 *
 * @example
 * readFrom(claim, names); // => ["329 read from “the complete list of 329 names”"]
 */
export function readFrom(claim: Claim, names: CorpusIndex): readonly string[] {
  const read: string[] = [];
  if (claim.valueText !== undefined)
    read.push(`${formatValue(claim.value, names.side)} read from “${claim.valueText}”`);
  if (claim.statedText !== undefined) read.push(`${formatDay(claim.stated)} read from “${claim.statedText}”`);
  return read;
}

/**
 * What a position holds, in words: the value, or "denies" and the value.
 *
 * @example
 * positionValue(position, names); // => "denies 1,000 per side"
 */
export function positionValue(position: Position, names: CorpusIndex): string {
  const value = formatValue(position.value, names.side);
  return position.stance === "denies" ? `denies ${value}` : value;
}

/**
 * When a contradiction held: "since 1 Jan 2026" while both claims stand, else the span.
 *
 * @example
 * clashSpan(contradiction); // => "15 Nov 2025 – 11 Dec 2025"
 */
export function clashSpan(contradiction: Contradiction): string {
  return contradiction.current
    ? `since ${formatDay(contradiction.from)}`
    : `${formatDay(contradiction.from)} – ${formatDay(contradiction.until ?? contradiction.from)}`;
}

/**
 * The note on the claims a cut-off left out, counted in the singular for one: "1 claim was
 * stated after 2025-12-11 and is left out."
 *
 * @param count - How many claims were left out.
 * @param asOf - The cut-off, as the reconciliation's options give it.
 * @example
 * leftOut(3, "2025-12-11"); // => "3 claims were stated after 2025-12-11 and are left out."
 */
export function leftOut(count: number, asOf: string | undefined): string {
  const cutOff = asOf ?? "the cut-off";
  return count === 1
    ? `1 claim was stated after ${cutOff} and is left out.`
    : `${count} claims were stated after ${cutOff} and are left out.`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * The report in one line: how many claims from how many sources on how many questions, and how
 * many of those questions are contested, agreed or one-sided. Claims and sources are those the
 * questions shown count (a cut-off leaves later claims out).
 *
 * @example
 * summaryLine(reconcile(corpus), indexCorpus(corpus));
 * // => "70 claims from 5 sources on 56 questions: 0 contested, 5 with consensus, 51 one-sided"
 */
export function summaryLine(reconciliation: Reconciliation, names: CorpusIndex): string {
  const statuses: Record<Status, number> = { contested: 0, consensus: 0, "one-sided": 0 };
  const sources = new Set<string>();
  let claims = 0;
  for (const proposition of reconciliation.propositions) {
    statuses[proposition.status]++;
    claims += proposition.timeline.length;
    for (const id of proposition.timeline) {
      const claim = names.claim(id);
      if (claim) sources.add(claim.source);
    }
  }
  return (
    `${count(claims, "claim")} from ${count(sources.size, "source")} on ${count(reconciliation.propositions.length, "question")}: ` +
    `${statuses.contested} contested, ${statuses.consensus} with consensus, ${statuses["one-sided"]} one-sided`
  );
}

/**
 * What a report says beside a side's name: that its own claims contradict each other, that its
 * last word went stale, or both.
 *
 * @example
 * positionTags({ divided: false, stale: true }); // => " (stale)"
 */
export function positionTags(position: { readonly divided: boolean; readonly stale: boolean }): string {
  if (position.divided) return position.stale ? " (divided, stale)" : " (divided)";
  return position.stale ? " (stale)" : "";
}
