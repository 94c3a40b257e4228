import type { Claim } from "../corpus/claim.js";
import type { Corpus } from "../corpus/corpus.js";
import { ConcordError } from "../corpus/issue.js";
import type { Proposition, Reconciliation } from "../corpus/reconciliation.js";
import { type CorpusIndex, indexCorpus } from "../explain/corpusIndex.js";
import { explain, supersessionWords } from "../explain/explain.js";
import { formatDay, formatValue } from "../explain/formatValue.js";
import { givenValue } from "../internal/quote.js";
import {
  clashSpan,
  inReportOrder,
  leftOut,
  positionTags,
  positionValue,
  readFrom,
  sourceOf,
  speakerOf,
} from "./describe.js";
import { httpUrl } from "./httpUrl.js";
import { linkDestination, escapeMarkdown as md } from "./markdown/escape.js";

/**
 * Options for {@link toMarkdown}.
 *
 * @example
 * const options: MarkdownOptions = { headingLevel: 3 };
 */
export interface MarkdownOptions {
  /**
   * The level of each proposition's heading, so the report fits under a heading of your own.
   * @defaultValue 2
   */
  readonly headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
}

/** Cells of one claim in a position's row; a position's claims are stacked with `<br>`. */
const BREAK = "<br>";

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

function source(claim: Claim, names: CorpusIndex): string {
  const { outlet, url, language } = sourceOf(claim, names);
  if (url === undefined) return md(outlet) + md(language);
  // Only http(s) becomes a link; any other URL (javascript:, data:, //host) is shown as text.
  const href = httpUrl(url);
  return `${href === undefined ? `${md(outlet)} ${md(`(${url})`)}` : `[${md(outlet)}](${linkDestination(href)})`}${md(language)}`;
}

function claimCell(claim: Claim, names: CorpusIndex): string {
  const quote = claim.quote === undefined ? "" : ` “${claim.quote}”`;
  const read = readFrom(claim, names);
  return md(`${claim.id}${quote}${read.length > 0 ? ` (${read.join("; ")})` : ""}`);
}

/** "zelenskyy-1211-stalled: “stalled” (Volodymyr Zelenskyy, 11 Dec 2025)" */
function linkEnd(id: string, names: CorpusIndex): string {
  const claim = names.claim(id);
  if (!claim) return md(id);
  const value = formatValue(claim.value, names.side);
  return md(
    `${id}: ${claim.stance === "denies" ? `denies ${value}` : value} (${speakerOf(claim, names)}, ${formatDay(claim.stated)})`,
  );
}

function verdict(proposition: Proposition, names: CorpusIndex): string[] {
  const lines: string[] = [];
  if (proposition.status === "one-sided") {
    const fresh = proposition.positions
      .filter((position) => !position.stale)
      .map((position) => names.side(position.side));
    const stale = proposition.positions
      .filter((position) => position.stale)
      .map((position) => names.side(position.side));
    lines.push(
      stale.length === 0
        ? `**One-sided:** only ${md(fresh.join(", "))} holds a position.`
        : `**One-sided:** only ${md(fresh.join(", "))} still holds a position; ${md(stale.join(", "))}'s last word went stale.`,
    );
  } else if (proposition.consensus) {
    lines.push(`**Consensus:** ${md(formatValue(proposition.consensus, names.side))}.`);
  }
  const clashes: string[] = [];
  for (const contradiction of proposition.contradictions) {
    clashes.push(`- **Contradiction**, ${md(clashSpan(contradiction))}: ${md(explain(contradiction, names))}`);
  }
  if (proposition.contradictionsTruncated) clashes.push("- … and more contradictions, not listed.");
  if (clashes.length > 0) lines.push(clashes.join("\n"));
  return lines;
}

function block(proposition: Proposition, names: CorpusIndex, level: number): string {
  const parts: string[] = [
    `${"#".repeat(level)} ${md(`${proposition.subject} · ${proposition.attribute} — ${proposition.status}`)}`,
  ];
  const rows = proposition.positions.map((position) => {
    const claims = position.claims.map((id) => names.claim(id)).filter((claim) => claim !== undefined);
    const stack = (cell: (claim: Claim) => string) => claims.map(cell).join(BREAK);
    return [
      md(`${names.side(position.side)}${positionTags(position)}`),
      md(positionValue(position, names)),
      stack((claim) => md(speakerOf(claim, names))),
      stack((claim) => md(formatDay(claim.stated))),
      stack((claim) => source(claim, names)),
      stack((claim) => claimCell(claim, names)),
    ];
  });
  parts.push(table(["Side", "Position", "Speaker", "Date", "Source", "Claims"], rows));
  parts.push(...verdict(proposition, names));
  if (proposition.supersessions.length > 0) {
    const links = proposition.supersessions.map((link) => [
      linkEnd(link.newer, names),
      linkEnd(link.older, names),
      link.reason.code === "named_in_supersedes" ? "supersedes" : "time",
      md(supersessionWords(link.reason)),
    ]);
    parts.push(table(["Newer", "Older", "By", "Reason"], links));
  }
  return parts.join("\n\n");
}

/**
 * The reconciliation as Markdown, ready to paste into a report: per proposition a heading
 * (`## subject · attribute — status`), a table of each side's current position with speaker,
 * date, source and claims (quotes included), the verdict (the consensus, or each contradiction
 * in a sentence), and a table of the supersession chain when there is one. Contested propositions
 * come first, then those with consensus, then the one-sided, as in {@link toText}.
 *
 * Text from the corpus is escaped, so a `|`, a line break or a backtick in a name or quote never
 * breaks a table or turns into markup, and a control or bidi character is shown as its escape
 * (`\u001b`, `\u202e`), never passed on to a terminal. Only http(s) source URLs become links.
 *
 * @param reconciliation - From {@link reconcile}.
 * @param corpus - The corpus it came from, for names and sources.
 * @param options - `headingLevel`.
 * @returns The Markdown, ending with a newline.
 * @throws {ConcordError} When `headingLevel` is not a whole number from 1 to 6 (`invalid_option`).
 * @example
 * toMarkdown(reconcile(corpus), corpus);
 * // => "## children/taken-from-ukraine · count — contested\n\n| Side | Position | Speaker | Date | Source | Claims |\n…"
 */
export function toMarkdown(reconciliation: Reconciliation, corpus: Corpus, options?: MarkdownOptions): string {
  return [...toMarkdownChunks(reconciliation, corpus, options)].join("");
}

/**
 * {@link toMarkdown}'s Markdown in pieces, one proposition at a time, to write as they come: a
 * report on hundreds of thousands of claims may be longer than a string can be. Joined, the
 * pieces are exactly `toMarkdown`'s Markdown.
 *
 * @param reconciliation - From {@link reconcile}.
 * @param corpus - The corpus it came from, for names and sources.
 * @param options - `headingLevel`.
 * @returns The pieces, in order.
 * @throws {ConcordError} When `headingLevel` is not a whole number from 1 to 6 (`invalid_option`).
 * @example
 * for (const chunk of toMarkdownChunks(reconcile(corpus), corpus)) stream.write(chunk);
 */
export function toMarkdownChunks(
  reconciliation: Reconciliation,
  corpus: Corpus,
  options?: MarkdownOptions,
): Generator<string, void, undefined> {
  // Checked here, not in the generator, so a bad option throws at the call, not at the first piece.
  return chunks(reconciliation, corpus, headingLevel(options?.headingLevel));
}

/** The heading level asked for: a whole number from 1 to 6, as Markdown has. */
function headingLevel(level: unknown): number {
  if (level === undefined) return 2;
  if (typeof level === "number" && Number.isInteger(level) && level >= 1 && level <= 6) return level;
  throw new ConcordError([
    {
      path: ["headingLevel"],
      code: "invalid_option",
      message: `headingLevel must be a whole number from 1 to 6, got ${typeof level === "string" ? JSON.stringify(level) : String(level)}`,
      option: "headingLevel",
      given: givenValue(level),
    },
  ]);
}

function* chunks(reconciliation: Reconciliation, corpus: Corpus, level: number): Generator<string, void, undefined> {
  const names = indexCorpus(corpus);
  let separator = "";
  for (const proposition of inReportOrder(reconciliation.propositions)) {
    yield separator + block(proposition, names, level);
    separator = "\n\n";
  }
  if (reconciliation.later.length > 0) {
    yield `${separator}*${md(leftOut(reconciliation.later.length, reconciliation.options.asOf))}*`;
  }
  yield "\n";
}
