import type { Corpus } from "../corpus/corpus.js";
import type { Proposition, Reconciliation } from "../corpus/reconciliation.js";
import { type CorpusIndex, indexCorpus } from "../explain/corpusIndex.js";
import { explain } from "../explain/explain.js";
import { formatValue } from "../explain/formatValue.js";
import { showControls } from "../internal/showControls.js";
import {
  attribution,
  clashSpan,
  inReportOrder,
  leftOut,
  positionTags,
  positionValue,
  readFrom,
  summaryLine,
} from "./describe.js";
import { wrap } from "./wrap.js";

/**
 * Options for {@link toText}.
 *
 * @example
 * const options: TextOptions = { width: 100 };
 */
export interface TextOptions {
  /**
   * Lines are wrapped to this many columns.
   * @defaultValue 80
   */
  readonly width?: number | undefined;
}

function block(proposition: Proposition, names: CorpusIndex, width: number): string {
  const lines: string[] = [];
  // Every line holds corpus text: its controls are shown, never sent to the terminal, and a line
  // break in a subject cannot start a heading of its own.
  const add = (text: string, indent: string) => lines.push(wrap(indent + showControls(text), width, `${indent}  `));
  add(`■ ${proposition.subject} · ${proposition.attribute} — ${proposition.status}`, "");
  for (const position of proposition.positions) {
    add(`${names.side(position.side)}${positionTags(position)}: ${positionValue(position, names)}`, "  ");
    for (const id of position.claims) {
      const claim = names.claim(id);
      if (!claim) continue;
      const read = readFrom(claim, names);
      add(`${attribution(claim, names)} [${id}]${read.length > 0 ? ` — ${read.join("; ")}` : ""}`, "    ");
    }
  }
  if (proposition.consensus) add(`Consensus: ${formatValue(proposition.consensus, names.side)}`, "  ");
  for (const contradiction of proposition.contradictions) {
    add(`✗ ${clashSpan(contradiction)}: ${explain(contradiction, names)}`, "  ");
  }
  if (proposition.contradictionsTruncated) add("✗ … and more contradictions, not listed", "  ");
  for (const link of proposition.supersessions) add(`↻ ${explain(link, names)}`, "  ");
  return lines.join("\n");
}

/**
 * The reconciliation as plain text, readable at 80 columns: a summary ("70 claims from 5 sources
 * on 56 questions: 0 contested, 5 with consensus, 51 one-sided", on two lines when it is wider
 * than the width), then per proposition
 * each side's current position with speaker, date and source, then the consensus or the
 * contradictions, then the supersession chain. Contested propositions come first, then those with consensus, then the
 * one-sided; within each, by subject and attribute.
 *
 * Control characters (escapes, carriage returns, line breaks, tabs, C1) and bidi formatting
 * characters in corpus text are shown as their escapes (`\u001b`, `\n`, `\u202e`): a name can
 * neither drive the terminal nor start a line of its own. Other scripts and emoji stay as written.
 *
 * @param reconciliation - From {@link reconcile}.
 * @param corpus - The corpus it came from, for names and sources.
 * @param options - `width`.
 * @returns The text, ending with a newline.
 * @example
 * console.log(toText(reconcile(corpus), corpus));
 * // => "70 claims from 5 sources on 56 questions:\n0 contested, 5 with consensus, 51 one-sided\n\n■ body-exchange/istanbul-2025-06-02 · agreed-from-russia — consensus\n …"
 */
export function toText(reconciliation: Reconciliation, corpus: Corpus, options?: TextOptions): string {
  return [...toTextChunks(reconciliation, corpus, options)].join("");
}

/**
 * {@link toText}'s text in pieces, one proposition at a time, to write as they come: a report
 * on hundreds of thousands of claims may be longer than a string can be. Joined, the pieces are
 * exactly `toText`'s text.
 *
 * @param reconciliation - From {@link reconcile}.
 * @param corpus - The corpus it came from, for names and sources.
 * @param options - `width`.
 * @returns The pieces, in order.
 * @example
 * for (const chunk of toTextChunks(reconcile(corpus), corpus)) process.stdout.write(chunk);
 */
export function* toTextChunks(
  reconciliation: Reconciliation,
  corpus: Corpus,
  options?: TextOptions,
): Generator<string, void, undefined> {
  const width = options?.width ?? 80;
  const names = indexCorpus(corpus);
  // What the report covers, before the questions; too long for the width, it breaks after the
  // counts rather than before the last word.
  const summary = summaryLine(reconciliation, names);
  const colon = summary.indexOf(": ");
  yield summary.length <= width || colon < 0
    ? summary
    : `${wrap(summary.slice(0, colon + 1), width, "")}\n${wrap(summary.slice(colon + 2), width, "")}`;
  let separator = "\n\n";
  for (const proposition of inReportOrder(reconciliation.propositions)) {
    yield separator + block(proposition, names, width);
    separator = "\n\n";
  }
  if (reconciliation.later.length > 0) {
    yield `${separator}(${showControls(leftOut(reconciliation.later.length, reconciliation.options.asOf))})`;
  }
  yield "\n";
}
