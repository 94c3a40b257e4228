import type { Claim } from "../../corpus/claim.js";
import type { CorpusIndex } from "../../explain/corpusIndex.js";
import { claimAnchor, escapeHtml } from "./escape.js";
import { httpUrl } from "../httpUrl.js";
import type { ClaimFacts } from "./timeline.js";

function link(id: string): string {
  return `<a href="#${claimAnchor(id)}">${escapeHtml(id)}</a>`;
}

/**
 * The source cell of each claim, made once per source: a corpus has a few hundred sources and
 * a hundred thousand claims citing them.
 *
 * @param names - The corpus's names.
 * @returns The cell's HTML for a claim: the outlet (a link when its URL is http(s)), then its
 * language and how it was translated.
 * @example
 * sourceCells(indexCorpus(corpus))(claim); // => '<a href="https://tass.ru/…">TASS</a> (ru)'
 */
export function sourceCells(names: CorpusIndex): (claim: Claim) => string {
  const cells = new Map<string, string>();
  return (claim) => {
    let cell = cells.get(claim.source);
    if (cell === undefined) {
      const source = names.source(claim.source);
      const outlet = escapeHtml(source?.outlet ?? claim.source);
      const url = source?.url === undefined ? undefined : httpUrl(source.url);
      const translation =
        source === undefined || source.translation === "none"
          ? ""
          : `, ${source.translation} translation${source.translatedFrom === undefined ? "" : ` from ${escapeHtml(source.translatedFrom)}`}`;
      cell =
        (url === undefined
          ? `${outlet}${source?.url === undefined ? "" : ` <span class="url">${escapeHtml(source.url)}</span>`}`
          : `<a href="${escapeHtml(url)}">${outlet}</a>`) + (source === undefined ? "" : ` (${escapeHtml(source.language)}${translation})`);
      cells.set(claim.source, cell);
    }
    return cell;
  };
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
 * @param names - The corpus's names.
 * @param sourceCell - From {@link sourceCells}, shared by the document's tables.
 * @param stale - The current claims that went stale: no side speaks through them now.
 * @returns The table.
 * @example
 * claimTable(facts, indexCorpus(corpus), sourceCells(names)).startsWith("<table"); // => true
 */
export function claimTable(
  facts: readonly ClaimFacts[],
  names: CorpusIndex,
  sourceCell: (claim: Claim) => string,
  stale?: ReadonlySet<string>,
): string {
  let rows = "";
  for (const fact of facts) {
    const { claim } = fact;
    const source = names.source(claim.source);
    const read = claim.valueText === undefined ? "" : `<div class="read">read from “${escapeHtml(claim.valueText)}”</div>`;
    const statedRead = claim.statedText === undefined ? "" : `<div class="read">read from “${escapeHtml(claim.statedText)}”</div>`;
    const time = claim.stated.length > 10 ? ` <span class="time">${escapeHtml(claim.stated.slice(11))}</span>` : "";
    const via = claim.via === undefined ? "" : ` <span class="via">via ${escapeHtml(names.actor(claim.via))}</span>`;
    const quote =
      claim.quote === undefined || claim.quote.trim() === ""
        ? `<span class="none">—</span>`
        : `<q${source ? ` lang="${escapeHtml(source.language)}"` : ""}>${escapeHtml(claim.quote)}</q>`;
    const dashed = source?.translation === "machine" || claim.via !== undefined;
    // A current claim gone stale still stands unreplaced, but counts for nothing now.
    const standing = fact.current
      ? stale?.has(claim.id)
        ? "current, stale"
        : "current"
      : `superseded${fact.supersededBy ? ` by ${fact.supersededBy.map(link).join(", ")}` : ""}`;
    rows +=
      `<tr id="${fact.anchor}" class="${fact.current ? "current" : "superseded"}${dashed ? " dashed" : ""}">` +
      `<td>${fact.id}</td>` +
      `<td>${fact.day}${time}${statedRead}</td>` +
      `<td>${fact.side}</td>` +
      `<td>${escapeHtml(names.actor(claim.speaker))}${via}</td>` +
      `<td>${claim.stance === "denies" ? '<strong class="denies">denies</strong> ' : ""}${fact.value}${read}</td>` +
      `<td>${quote}</td>` +
      `<td>${sourceCell(claim)}</td>` +
      `<td>${standing}</td>` +
      `</tr>`;
  }
  return (
    `<table class="claims"><caption>The ${facts.length === 1 ? "claim" : `${facts.length} claims`} on this question, oldest first</caption>` +
    `${HEAD}<tbody>${rows}</tbody></table>`
  );
}
