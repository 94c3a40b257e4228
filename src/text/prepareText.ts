import type { Language } from "./language.js";
import { type DateMention, scanDates } from "./scanDates.js";
import { type Token, tokenize } from "./tokenize.js";

/** A text tokenized, with links and dates found: what the quantity and date readers start from. */
export interface PreparedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** 1 for tokens inside a link, an e-mail address or a date: never part of a quantity. */
  readonly blocked: Uint8Array;
  readonly dates: readonly DateMention[];
}

function isLink(tokens: readonly Token[], start: number, end: number): boolean {
  let slash = false;
  let domainDot = false;
  for (let index = start; index < end; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind !== "punct") continue;
    const key = token.key;
    if (key === "@") return true;
    if (key === ":" && tokens[index + 1]?.key === "/" && tokens[index + 2]?.key === "/") return true;
    if (key === "/") slash = true;
    if (key === "." && tokens[index - 1]?.kind === "word" && tokens[index + 1]?.kind === "word") domainDot = true;
  }
  const first = tokens[start];
  if (first?.kind === "word" && first.key === "www" && tokens[start + 1]?.key === ".") return true;
  return slash && domainDot;
}

/** Marks links and e-mail addresses ("https://…/1200", "www.…", "a@b.c"): runs of non-space tokens. */
function blockLinks(tokens: readonly Token[], blocked: Uint8Array): void {
  let start = 0;
  for (let index = 0; index <= tokens.length; index++) {
    const token = tokens[index];
    if (token !== undefined && token.kind !== "space") continue;
    if (index > start && isLink(tokens, start, index)) blocked.fill(1, start, index);
    start = index + 1;
  }
}

/**
 * Tokenizes a text and finds its links and dates.
 *
 * @param text - Any string.
 * @param language - The language's tables.
 * @returns The prepared text.
 * @example
 * // with `german` from resolveLanguage("de")
 * prepareText("am 15. November", german).dates[0]?.day; // => 15
 */
export function prepareText(text: string, language: Language): PreparedText {
  const tokens = tokenize(text, language.locale);
  const blocked = new Uint8Array(tokens.length);
  blockLinks(tokens, blocked);
  const dates = scanDates(tokens, language, blocked);
  return { text, tokens, blocked, dates };
}
