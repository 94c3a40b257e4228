import type { Claim } from "../../corpus/claim.js";
import type { CorpusIndex } from "../../explain/corpusIndex.js";
import { formatDay } from "../../explain/formatValue.js";
import { httpUrl } from "../httpUrl.js";
import { escapeHtml } from "./escape.js";

/**
 * The HTML a document's claims share, spelled once each: names, days, the cells a speaker or a
 * source fills, the attributes of a kind of mark.
 *
 * A report on a hundred thousand claims repeats these a hundred thousand times. Made once and
 * shared, they are neither escaped nor formatted again, and a row or a mark is a few strings
 * joined rather than a dozen: at 100k claims this made toHtml about 7% faster on many small
 * questions and about 20% faster on a hundred large ones.
 *
 * @example
 * const pieces = htmlPieces(indexCorpus(corpus));
 * pieces.side("ukraine"); // => "Ukraine"
 */
export interface HtmlPieces {
  /** The side's name, escaped. */
  readonly side: (id: string) => string;
  /** The actor's name, escaped. */
  readonly actor: (id: string) => string;
  /** Who said the claim, with the relay ("A via B"), escaped. */
  readonly speaker: (claim: Claim) => string;
  /** The day a claim was stated, as reports write it ("23 Jul 2025"). */
  readonly day: (stated: string) => string;
  /** Whether the claim's mark and row are dashed: its source is a machine translation, or it was relayed. */
  readonly dashed: (claim: Claim) => boolean;
  /** The first line of a mark's tooltip and its break: "speaker · side\n". */
  readonly tipHead: (claim: Claim) => string;
  /** A claim row's side and speaker cells, from the end of the day cell to the start of the value cell. */
  readonly rowWho: (claim: Claim) => string;
  /**
   * A claim row from the end of the value cell to the start of the standing cell: the quote
   * (kept in its source's language) and the source.
   */
  readonly rowQuote: (claim: Claim) => string;
  /** The source cell: the outlet (a link when its URL is http(s)), its language and translation. */
  readonly sourceCell: (claim: Claim) => string;
}

/** Strings made once per key. */
function memo<K>(make: (key: K) => string): (key: K) => string {
  const made = new Map<K, string>();
  return (key) => {
    let text = made.get(key);
    if (text === undefined) {
      text = make(key);
      made.set(key, text);
    }
    return text;
  };
}

/** Strings made once per pair of keys, without a key spelled for the pair. */
function memo2(make: (first: string, second: string) => string): (first: string, second: string) => string {
  const made = new Map<string, Map<string, string>>();
  return (first, second) => {
    let inner = made.get(first);
    if (inner === undefined) {
      inner = new Map();
      made.set(first, inner);
    }
    let text = inner.get(second);
    if (text === undefined) {
      text = make(first, second);
      inner.set(second, text);
    }
    return text;
  };
}

/**
 * The pieces of one document, made as they are first needed.
 *
 * @param names - The corpus's names.
 * @returns Memoised pieces; keep one per document.
 * @example
 * htmlPieces(indexCorpus(corpus)).day("2025-07-23"); // => "23 Jul 2025"
 */
export function htmlPieces(names: CorpusIndex): HtmlPieces {
  const side = memo((id: string) => escapeHtml(names.side(id)));
  const actor = memo((id: string) => escapeHtml(names.actor(id)));
  const relayed = memo2((speaker, via) => `${actor(speaker)} via ${actor(via)}`);
  const speaker = (claim: Claim): string =>
    claim.via === undefined ? actor(claim.speaker) : relayed(claim.speaker, claim.via);
  const machine = new Map<string, boolean>();
  const dashed = (claim: Claim): boolean => {
    if (claim.via !== undefined) return true;
    let is = machine.get(claim.source);
    if (is === undefined) {
      is = names.source(claim.source)?.translation === "machine";
      machine.set(claim.source, is);
    }
    return is;
  };
  const tipHead = memo2((who, sideId) => `${who} · ${side(sideId)}\n`);
  const rowWho = memo2((who, sideId) => `</td><td>${side(sideId)}</td><td>${who}</td><td>`);
  const sourceCell = memo((id: string) => {
    const source = names.source(id);
    const outlet = escapeHtml(source?.outlet ?? id);
    const url = source?.url === undefined ? undefined : httpUrl(source.url);
    const translation =
      source === undefined || source.translation === "none"
        ? ""
        : `, ${source.translation} translation${source.translatedFrom === undefined ? "" : ` from ${escapeHtml(source.translatedFrom)}`}`;
    return (
      (url === undefined
        ? `${outlet}${source?.url === undefined ? "" : ` <span class="url">${escapeHtml(source.url)}</span>`}`
        : `<a href="${escapeHtml(url)}">${outlet}</a>`) +
      (source === undefined ? "" : ` (${escapeHtml(source.language)}${translation})`)
    );
  });
  const quoteOpen = memo((id: string) => {
    const source = names.source(id);
    return `</td><td><q${source ? ` lang="${escapeHtml(source.language)}"` : ""}>`;
  });
  const quoteClose = memo((id: string) => `</q></td><td>${sourceCell(id)}</td><td>`);
  const noQuote = memo((id: string) => `</td><td><span class="none">—</span></td><td>${sourceCell(id)}</td><td>`);
  return {
    side,
    actor,
    speaker,
    day: memo(formatDay),
    dashed,
    tipHead: (claim) => tipHead(speaker(claim), claim.side),
    rowWho: (claim) =>
      rowWho(
        claim.via === undefined
          ? actor(claim.speaker)
          : `${actor(claim.speaker)} <span class="via">via ${actor(claim.via)}</span>`,
        claim.side,
      ),
    rowQuote: (claim) =>
      claim.quote === undefined || claim.quote.trim() === ""
        ? noQuote(claim.source)
        : quoteOpen(claim.source) + escapeHtml(claim.quote) + quoteClose(claim.source),
    sourceCell: (claim) => sourceCell(claim.source),
  };
}
