import type { Corpus } from "../corpus/corpus.js";
import type { Proposition, Reconciliation, Status } from "../corpus/reconciliation.js";
import { type CorpusIndex, indexCorpus } from "../explain/corpusIndex.js";
import { explain } from "../explain/explain.js";
import { formatDay, formatValue } from "../explain/formatValue.js";
import { attribution, clashSpan, inReportOrder, positionTags, positionValue } from "./describe.js";
import { claimTable } from "./html/claimTable.js";
import { claimAnchor, escapeHtml, questionAnchor } from "./html/escape.js";
import { htmlPieces } from "./html/pieces.js";
import { STYLE } from "./html/style.js";
import { ARROWHEADS, type ClaimFacts, type TimelineContext, timeline } from "./html/timeline.js";

/**
 * Options for {@link toHtml}.
 *
 * @example
 * const options: HtmlOptions = { title: "Istanbul talks, 2025", maxConnectors: 50 };
 */
export interface HtmlOptions {
  /**
   * The document's title and main heading.
   * @defaultValue "concord report"
   */
  readonly title?: string | undefined;
  /**
   * The most contradiction connectors, and the most supersession arrows, drawn in one chart; the
   * lists below the chart still name every one.
   * @defaultValue 100
   */
  readonly maxConnectors?: number | undefined;
}

const SHOWN = 12;
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function link(id: string): string {
  return `<a href="#${claimAnchor(id)}">${escapeHtml(id)}</a>`;
}

/** A list that shows its first items and folds the rest away. */
function list(tag: "ul" | "ol", className: string, items: readonly string[]): string {
  if (items.length === 0) return "";
  const shown = items.slice(0, SHOWN).join("");
  if (items.length <= SHOWN) return `<${tag} class="${className}">${shown}</${tag}>`;
  return (
    `<${tag} class="${className}">${shown}</${tag}>` +
    `<details><summary>${items.length - SHOWN} more</summary><${tag} class="${className}" start="${SHOWN + 1}">${items.slice(SHOWN).join("")}</${tag}></details>`
  );
}

/** What a document's sections share: the names, and the pieces spelled once each. */
interface Shared extends TimelineContext {
  readonly maxConnectors: number;
}

function shared(corpus: Corpus, names: CorpusIndex, maxConnectors: number): Shared {
  return {
    names,
    pieces: htmlPieces(names),
    labels: new Map(),
    markAttributes: [],
    sides: new Map(corpus.sides.map((side, index) => [side.id, index])),
    maxConnectors,
  };
}

/** Each claim of the proposition, in timeline order, with what the chart and table say of it. */
function factsOf(proposition: Proposition, context: Shared): ClaimFacts[] {
  const { names, pieces } = context;
  const current = new Set(proposition.current);
  const supersededBy = new Map<string, string[]>();
  for (const link of proposition.supersessions) {
    const list = supersededBy.get(link.older);
    if (list) list.push(link.newer);
    else supersededBy.set(link.older, [link.newer]);
  }
  const facts: ClaimFacts[] = [];
  for (const id of proposition.timeline) {
    const claim = names.claim(id);
    if (!claim) continue;
    facts.push({
      claim,
      id: escapeHtml(id),
      anchor: claimAnchor(id),
      day: pieces.day(claim.stated),
      value: escapeHtml(formatValue(claim.value, names.side)),
      current: current.has(id),
      dashed: pieces.dashed(claim),
      supersededBy: supersededBy.get(id),
    });
  }
  return facts;
}

function section(proposition: Proposition, context: Shared): string {
  const { names } = context;
  const question = `${proposition.subject} · ${proposition.attribute}`;
  const facts = factsOf(proposition, context);
  const chart = timeline(proposition, facts, context);
  // Every link in a section is to one of its own claims, escaped and spelled once in its facts.
  const byId = new Map<string, ClaimFacts>();
  for (const fact of facts) byId.set(fact.claim.id, fact);
  const claimLink = (id: string): string => {
    const fact = byId.get(id);
    return fact ? `<a href="#${fact.anchor}">${fact.id}</a>` : link(id);
  };

  let positions = "";
  for (const position of proposition.positions) {
    const latest = byId.get(position.claims[position.claims.length - 1] ?? "")?.claim;
    const by = latest ? ` — ${escapeHtml(attribution(latest, names))}` : "";
    positions +=
      `<li><strong>${context.pieces.side(position.side)}</strong>${positionTags(position)}: ` +
      `<span class="value">${escapeHtml(positionValue(position, names))}</span>${by} ` +
      `(${position.claims.map(claimLink).join(", ")})</li>`;
  }

  const clashes = proposition.contradictions.map((contradiction) => {
    const sentence = explain(contradiction, names);
    return `<li>${escapeHtml(`${clashSpan(contradiction)}: ${sentence}`)} (${claimLink(contradiction.a)}, ${claimLink(contradiction.b)})</li>`;
  });
  if (proposition.contradictionsTruncated) clashes.push("<li>… and more contradictions, not listed</li>");

  const chain = proposition.supersessions.map((link) => {
    const sentence = explain(link, names);
    return `<li>${escapeHtml(sentence)} (${claimLink(link.newer)} → ${claimLink(link.older)})</li>`;
  });

  // Past contradictions stay listed when the sides have since come to agree, as in text and Markdown.
  const verdict =
    (proposition.consensus
      ? `<h3>Consensus</h3><p>${escapeHtml(formatValue(proposition.consensus, names.side))}</p>`
      : "") + (clashes.length > 0 ? `<h3>Contradictions</h3>${list("ul", "clashes", clashes)}` : "");

  // The legend says once what marks, arrows and lines mean; a chart says only what it leaves out.
  const undrawn: string[] = [];
  if (chart.connectorsDrawn < proposition.contradictions.length) {
    undrawn.push(`${chart.connectorsDrawn} of ${proposition.contradictions.length} contradictions drawn`);
  }
  if (chart.arrowsDrawn < proposition.supersessions.length) {
    undrawn.push(`${chart.arrowsDrawn} of ${proposition.supersessions.length} supersessions drawn`);
  }
  const caption = undrawn.length > 0 ? `<figcaption>${undrawn.join("; ")}; the lists name them all.</figcaption>` : "";

  // explain names the question first; the heading already does.
  const sentence = explain(proposition, names);
  const summary = sentence.startsWith(`${question}: `) ? sentence.slice(question.length + 2) : sentence;
  const capital = summary.charAt(0).toUpperCase() + summary.slice(1);

  return (
    `<section class="proposition ${proposition.status}" id="${questionAnchor(proposition.subject, proposition.attribute)}">` +
    `<h2><span class="status ${proposition.status}">${proposition.status}</span>${escapeHtml(question)}</h2>` +
    `<p class="summary">${escapeHtml(capital)}</p>` +
    `<figure>${chart.svg}${caption}</figure>` +
    `<div class="verdict">` +
    `<h3>Current positions</h3>${positions === "" ? "" : `<ul class="positions">${positions}</ul>`}` +
    verdict +
    (chain.length > 0 ? `<h3>Supersession chain</h3>${list("ol", "chain", chain)}` : "") +
    `</div>` +
    `<div class="table-wrap">${claimTable(facts, context.pieces, staleClaims(proposition))}</div>` +
    `</section>`
  );
}

/** What the marks, arrows, lines and band of every chart mean, said once for the document. */
const LEGEND =
  `<div class="legend" aria-label="Legend">` +
  `<svg class="defs" width="0" height="0" aria-hidden="true"><defs>${ARROWHEADS}</defs></svg>` +
  `<span><svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true"><circle cx="8" cy="7" r="5.5" fill="#2f6fb0" stroke="#1b1f24"/></svg>asserts</span>` +
  `<span><svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true"><path d="M8 0.5L14.5 7L8 13.5L1.5 7Z" fill="#2f6fb0" stroke="#1b1f24"/></svg>denies</span>` +
  `<span><svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true"><circle cx="8" cy="7" r="5.5" fill="#2f6fb0" stroke="#1b1f24" stroke-width="1.4" stroke-dasharray="2.2 1.6"/></svg>dashed: machine translation or relayed</span>` +
  `<span><svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true"><circle cx="8" cy="7" r="5.5" fill="#2f6fb0" fill-opacity="0.22" stroke="#1b1f24" stroke-opacity="0.55"/></svg>superseded</span>` +
  `<span><svg width="30" height="14" viewBox="0 0 30 14" aria-hidden="true"><path d="M28 7H6" stroke="#59636e" stroke-width="1.2"/><path d="M2 7L9 3.5V10.5Z" fill="#59636e"/></svg>supersedes (newer → older)</span>` +
  `<span><svg width="30" height="14" viewBox="0 0 30 14" aria-hidden="true"><path d="M2 7H28" stroke="#c62828" stroke-width="1.6"/></svg>contradiction (where it began)</span>` +
  `<span><svg width="30" height="14" viewBox="0 0 30 14" aria-hidden="true"><rect x="1" y="1" width="28" height="12" fill="#2e7d32" fill-opacity="0.12"/></svg>consensus</span>` +
  `<p>In each question's timeline, time runs across and each side has a lane. Each mark links to its claim's row in the table below the chart; hover over it for speaker, side, date and value.</p>` +
  `</div>`;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * The current claims no side speaks through: those of stale positions, and a fresh side's own
 * claims gone stale (a restatement's older words). Undefined when there are none.
 */
function staleClaims(proposition: Proposition): ReadonlySet<string> | undefined {
  const { positions, current } = proposition;
  let speaking = 0;
  for (const position of positions) if (!position.stale) speaking += position.claims.length;
  if (speaking === current.length) return undefined;
  const spoken = new Set<string>();
  for (const position of positions) if (!position.stale) for (const id of position.claims) spoken.add(id);
  return new Set(current.filter((id) => !spoken.has(id)));
}

/**
 * The reconciliation as one self-contained HTML document: inline CSS and SVG, no script, and
 * nothing fetched (a Content-Security-Policy forbids it). A header gives the counts (of the
 * questions given, their claims and sources, so a reconciliation narrowed to some questions counts
 * those alone) and a table
 * of contents (contested questions first, then consensus, then one-sided); each question has a
 * timeline — time across, one lane per side, a mark per claim shaped by stance, dashed for a
 * machine translation or a relayed claim, muted once superseded, with supersession arrows,
 * contradiction connectors and the consensus as a band — then each side's current position, the
 * consensus or the contradictions, the supersession chain, and a table of every claim with its
 * quote and source, which every mark links to. All corpus text is escaped; only http(s) URLs
 * become links. The same input gives the same string.
 *
 * @param reconciliation - From {@link reconcile}.
 * @param corpus - The corpus it came from, for names, quotes and sources.
 * @param options - `title`, `maxConnectors`.
 * @returns The HTML document.
 * @example
 * const html = toHtml(reconcile(corpus), corpus, { title: "Istanbul talks, 2025" });
 * html.startsWith("<!DOCTYPE html>"); // => true
 * html.match(/data-claim=/g)?.length === corpus.claims.length; // => true
 */
export function toHtml(reconciliation: Reconciliation, corpus: Corpus, options?: HtmlOptions): string {
  // Sections are joined a batch at a time into strings too large for V8's young generation: they
  // are made straight in the large-object space, so the collections that run while the rest of
  // the document is written never copy what is already written, and die young themselves.
  const batches: string[] = [];
  let batch: string[] = [];
  let length = 0;
  for (const chunk of toHtmlChunks(reconciliation, corpus, options)) {
    batch.push(chunk);
    length += chunk.length;
    if (length >= BATCH) {
      batches.push(batch.join(""));
      batch = [];
      length = 0;
    }
  }
  batches.push(batch.join(""));
  return batches.join("");
}

/** Characters per batch in toHtml: well above the 128 KiB at which V8 allocates a string outside the young generation. */
const BATCH = 1 << 19;

/**
 * {@link toHtml}'s document in pieces, one question at a time, to write as they come: a report
 * on hundreds of thousands of claims may be longer than a string can be. Joined, the pieces are
 * exactly `toHtml`'s document.
 *
 * @param reconciliation - From {@link reconcile}.
 * @param corpus - The corpus it came from, for names, quotes and sources.
 * @param options - `title`, `maxConnectors`.
 * @returns The pieces, in order.
 * @example
 * for (const chunk of toHtmlChunks(reconcile(corpus), corpus)) stream.write(chunk);
 */
export function* toHtmlChunks(
  reconciliation: Reconciliation,
  corpus: Corpus,
  options?: HtmlOptions,
): Generator<string, void, undefined> {
  const title = options?.title ?? "concord report";
  const cap = options?.maxConnectors;
  // NaN or a negative cap falls back to the default rather than hiding every connector.
  const maxConnectors = cap !== undefined && cap >= 0 ? Math.floor(cap) : 100;
  const names = indexCorpus(corpus);
  const ordered = inReportOrder(reconciliation.propositions);
  const statuses: Record<Status, number> = { contested: 0, consensus: 0, "one-sided": 0 };
  // The header counts what this document shows: a reconciliation narrowed to some questions (as
  // the CLI's --subject does) counts their claims and sources only, as toText and toMarkdown count
  // the claims left out by asOf from `later` alone.
  const sources = new Set<string>();
  let counted = 0;
  for (const proposition of reconciliation.propositions) {
    statuses[proposition.status]++;
    counted += proposition.timeline.length;
  }
  const cite = (id: string) => {
    const claim = names.claim(id);
    if (claim) sources.add(claim.source);
  };
  if (counted + reconciliation.later.length === corpus.claims.length) {
    // Every claim is shown or left out by asOf: the corpus's own list gives the sources they
    // cite, without looking each claim up.
    for (const claim of corpus.claims) sources.add(claim.source);
  } else {
    for (const proposition of reconciliation.propositions) for (const id of proposition.timeline) cite(id);
    for (const id of reconciliation.later) cite(id);
  }
  const { asOf } = reconciliation.options;

  const counts =
    `${plural(counted + reconciliation.later.length, "claim")} from ${plural(sources.size, "source")} on ` +
    `${plural(reconciliation.propositions.length, "question")}: ${statuses.contested} contested, ` +
    `${statuses.consensus} with consensus, ${statuses["one-sided"]} one-sided.` +
    (asOf === undefined ? "" : ` As of ${formatDay(asOf)}.`) +
    (reconciliation.later.length > 0
      ? ` ${plural(reconciliation.later.length, "claim")} stated later ${reconciliation.later.length === 1 ? "is" : "are"} left out; ${counted} shown.`
      : "");

  const contents = ordered
    .map(
      (proposition) =>
        `<li><a href="#${questionAnchor(proposition.subject, proposition.attribute)}">${escapeHtml(
          `${proposition.subject} · ${proposition.attribute}`,
        )}</a> — ${proposition.status}</li>`,
    )
    .join("");

  yield `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    // Once for every source link, instead of rel="noreferrer" on each.
    `<meta name="referrer" content="no-referrer">\n` +
    `<meta name="generator" content="concord">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    `<header>\n<h1>${escapeHtml(title)}</h1>\n<p class="counts">${escapeHtml(counts)}</p>\n${LEGEND}\n` +
    (ordered.length > 0
      ? `<nav aria-label="Questions"><h3>Questions</h3><ol>${contents}</ol></nav>\n`
      : "<p>No claims to show.</p>\n") +
    `</header>\n<main>\n`;
  const context = shared(corpus, names, maxConnectors);
  for (let k = 0; k < ordered.length; k++) yield (k > 0 ? "\n" : "") + section(ordered[k]!, context);
  yield `\n</main>\n<footer>Reconciled and drawn by concord.</footer>\n</body>\n</html>\n`;
}
