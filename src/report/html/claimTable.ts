import { claimAnchor, escapeHtml } from "./escape.js";
import type { HtmlPieces } from "./pieces.js";
import type { ClaimFacts } from "./timeline.js";

function link(id: string): string {
  return `<a href="#${claimAnchor(id)}">${escapeHtml(id)}</a>`;
}

const HEAD =
  "<thead><tr><th>Claim</th><th>Stated</th><th>Side</th><th>Speaker</th><th>Says</th><th>Quote</th><th>Source</th><th>Standing</th></tr></thead>";

/**
 * Every claim of a proposition as an HTML table, in timeline order: the text alternative to its
 * chart. Each row's id is the claim's anchor, so the chart's marks link to it; the quote keeps
 * its source's language in `lang`, and only http(s) source URLs become links. What every row
 * would repeat (the id's typeface, the standing's colour) the stylesheet does by column and class.
 *
 * @param facts - The proposition's claims in timeline order, as {@link timeline} has them.
 * @param pieces - The document's shared pieces ({@link htmlPieces}).
 * @param stale - The current claims that went stale: no side speaks through them now.
 * @returns The table.
 * @example
 * claimTable(facts, htmlPieces(indexCorpus(corpus))).startsWith("<table"); // => true
 */
export function claimTable(facts: readonly ClaimFacts[], pieces: HtmlPieces, stale?: ReadonlySet<string>): string {
  let rows = "";
  for (const fact of facts) {
    const { claim } = fact;
    // Each row is a few pieces, most shared with other rows (see HtmlPieces).
    const day =
      claim.stated.length > 10 || claim.statedText !== undefined
        ? `${fact.day}${claim.stated.length > 10 ? ` <span class="time">${escapeHtml(claim.stated.slice(11))}</span>` : ""}${
            claim.statedText === undefined ? "" : `<div class="read">read from “${escapeHtml(claim.statedText)}”</div>`
          }`
        : fact.day;
    const says =
      claim.stance === "denies" || claim.valueText !== undefined
        ? `${claim.stance === "denies" ? '<strong class="denies">denies</strong> ' : ""}${fact.value}${
            claim.valueText === undefined ? "" : `<div class="read">read from “${escapeHtml(claim.valueText)}”</div>`
          }`
        : fact.value;
    // A current claim gone stale still stands unreplaced, but counts for nothing now.
    const standing = fact.current
      ? stale?.has(claim.id)
        ? "current, stale</td></tr>"
        : "current</td></tr>"
      : fact.supersededBy
        ? `superseded by ${fact.supersededBy.map(link).join(", ")}</td></tr>`
        : "superseded</td></tr>";
    rows += `<tr id="${fact.anchor}${ROW_CLASS[(fact.current ? 0 : 2) + (fact.dashed ? 1 : 0)]}${fact.id}</td><td>${day}${pieces.rowWho(claim)}${says}${pieces.rowQuote(claim)}${standing}`;
  }
  return (
    `<table class="claims"><caption>The ${facts.length === 1 ? "claim" : `${facts.length} claims`} on this question, oldest first</caption>` +
    `${HEAD}<tbody>${rows}</tbody></table>`
  );
}

/** From the end of a row's id to the start of its first cell, by standing and dash. */
const ROW_CLASS = [
  '" class="current"><td>',
  '" class="current dashed"><td>',
  '" class="superseded"><td>',
  '" class="superseded dashed"><td>',
];
