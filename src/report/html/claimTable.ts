import type { Claim } from "../../corpus/claim.js";
import { formatDay, formatValue } from "../../explain/formatValue.js";
import type { CorpusIndex } from "../../explain/corpusIndex.js";
import type { Proposition } from "../../corpus/reconciliation.js";
import { claimAnchor, escapeHtml } from "./escape.js";
import { httpUrl } from "../httpUrl.js";

function link(id: string): string {
  return `<a href="#${claimAnchor(id)}">${escapeHtml(id)}</a>`;
}

function row(claim: Claim, names: CorpusIndex, current: boolean, supersededBy: readonly string[] | undefined): string {
  const source = names.source(claim.source);
  const value = escapeHtml(formatValue(claim.value, names.side));
  const read = claim.valueText === undefined ? "" : `<div class="read">read from “${escapeHtml(claim.valueText)}”</div>`;
  const statedRead = claim.statedText === undefined ? "" : `<div class="read">read from “${escapeHtml(claim.statedText)}”</div>`;
  const time = claim.stated.length > 10 ? ` <span class="time">${escapeHtml(claim.stated.slice(11))}</span>` : "";
  const via = claim.via === undefined ? "" : ` <span class="via">via ${escapeHtml(names.actor(claim.via))}</span>`;
  const quote =
    claim.quote === undefined || claim.quote.trim() === ""
      ? `<span class="none">—</span>`
      : `<q${source ? ` lang="${escapeHtml(source.language)}"` : ""}>${escapeHtml(claim.quote)}</q>`;
  const url = source?.url === undefined ? undefined : httpUrl(source.url);
  const outlet = escapeHtml(source?.outlet ?? claim.source);
  const sourceCell =
    url === undefined
      ? `${outlet}${source?.url === undefined ? "" : ` <span class="url">${escapeHtml(source.url)}</span>`}`
      : `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${outlet}</a>`;
  const translation = !source
    ? "—"
    : source.translation === "none"
      ? `original (${escapeHtml(source.language)})`
      : `${source.translation} translation${source.translatedFrom === undefined ? "" : ` from ${escapeHtml(source.translatedFrom)}`} (${escapeHtml(source.language)})`;
  const dashed = source?.translation === "machine" || claim.via !== undefined;
  const standing = current
    ? `<span class="standing current">current</span>`
    : `<span class="standing superseded">superseded${supersededBy ? ` by ${supersededBy.map(link).join(", ")}` : ""}</span>`;
  return (
    `<tr id="${claimAnchor(claim.id)}" class="${current ? "current" : "superseded"}${dashed ? " dashed" : ""}">` +
    `<td class="id"><code>${escapeHtml(claim.id)}</code></td>` +
    `<td class="date">${escapeHtml(formatDay(claim.stated))}${time}${statedRead}</td>` +
    `<td>${escapeHtml(names.side(claim.side))}</td>` +
    `<td>${escapeHtml(names.actor(claim.speaker))}${via}</td>` +
    `<td>${value}${read}</td>` +
    `<td class="stance ${claim.stance}">${claim.stance}</td>` +
    `<td class="quote">${quote}</td>` +
    `<td>${sourceCell}</td>` +
    `<td class="translation ${source?.translation ?? "none"}">${translation}</td>` +
    `<td>${standing}</td>` +
    `</tr>`
  );
}

/**
 * Every claim of a proposition as an HTML table, in timeline order: the text alternative to its
 * chart. Each row's id is the claim's anchor, so the chart's marks link to it; the quote keeps
 * its source's language in `lang`, and only http(s) source URLs become links.
 *
 * @param proposition - From {@link reconcile}.
 * @param names - The corpus's names.
 * @returns The table.
 * @example
 * claimTable(proposition, indexCorpus(corpus)).startsWith("<table"); // => true
 */
export function claimTable(proposition: Proposition, names: CorpusIndex): string {
  const current = new Set(proposition.current);
  const supersededBy = new Map<string, string[]>();
  for (const supersession of proposition.supersessions) {
    const list = supersededBy.get(supersession.older);
    if (list) list.push(supersession.newer);
    else supersededBy.set(supersession.older, [supersession.newer]);
  }
  const rows = proposition.timeline
    .map((id) => names.claim(id))
    .filter((claim): claim is Claim => claim !== undefined)
    .map((claim) => row(claim, names, current.has(claim.id), supersededBy.get(claim.id)));
  return (
    `<table class="claims"><caption>The ${rows.length} claim${rows.length === 1 ? "" : "s"} on this question, oldest first</caption>` +
    `<thead><tr><th scope="col">Claim</th><th scope="col">Stated</th><th scope="col">Side</th><th scope="col">Speaker</th>` +
    `<th scope="col">Value as read</th><th scope="col">Stance</th><th scope="col">Quote</th><th scope="col">Source</th>` +
    `<th scope="col">Translation</th><th scope="col">Standing</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}
