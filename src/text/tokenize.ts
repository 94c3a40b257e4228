/**
 * Splits text into digit runs, words, whitespace runs and single punctuation marks, with offsets.
 * One pass, one decision per character: the readers above it never run a regular expression over
 * the text.
 */

/** What a token is. */
export type TokenKind = "digits" | "word" | "space" | "punct";

/** A piece of text and where it stands. */
export interface Token {
  readonly kind: TokenKind;
  /** Offset of its first UTF-16 code unit. */
  readonly start: number;
  /** Offset just after it. */
  readonly end: number;
  /**
   * What tables match: a word in NFC, lower-cased in the language's casing, apostrophes as `'`;
   * a punctuation mark with its apostrophe unified; digits and whitespace as written.
   */
  readonly key: string;
  /** Whether the word begins with a capital letter (month names in English). */
  readonly capitalised: boolean;
  /** Line breaks in a whitespace run. */
  readonly lineBreaks: number;
}

/** A word token. */
export type WordToken = Token & { readonly kind: "word" };

/**
 * Whether a token is a word.
 *
 * @param token - A token or nothing.
 * @returns True for a word token.
 * @example
 * isWord(tokenize("Umerov", "en")[0]); // => true
 */
export function isWord(token: Token | undefined): token is WordToken {
  return token !== undefined && token.kind === "word";
}

const LETTER = /[\p{L}\p{M}]/u;
const WHITESPACE = /\s/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const APOSTROPHES = new Set(["'", "’", "ʼ", "`", "´"]);
const APOSTROPHE_ALL = /['’ʼ`´]/g;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether the code point is a letter or combining mark; ASCII without a regular expression. */
function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(String.fromCodePoint(code));
}

function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(String.fromCodePoint(code));
}

function isAscii(word: string): boolean {
  for (let index = 0; index < word.length; index++) if (word.charCodeAt(index) > 0x7f) return false;
  return true;
}

/**
 * The key a word is matched on: NFC, lower case (Turkish casing for Turkish), apostrophes as `'`.
 * Tables compile their phrases with the same function.
 *
 * @param word - A word as written.
 * @param locale - A supported language tag.
 * @returns The key.
 * @example
 * wordKey("YAKLAŞIK", "tr"); // => "yaklaşık"
 */
export function wordKey(word: string, locale: string): string {
  // Only Turkish (and Azeri, Lithuanian, not read here) lower-case differently from the default.
  const lower = (text: string) => (locale === "tr" ? text.toLocaleLowerCase("tr") : text.toLowerCase());
  if (isAscii(word)) return lower(word.includes("'") || word.includes("`") ? word.replace(APOSTROPHE_ALL, "'") : word);
  return lower(word.normalize("NFC").replace(APOSTROPHE_ALL, "'"));
}

/**
 * Tokenizes `text`; `locale` decides lower-casing (Turkish "I" is "ı").
 *
 * @param text - Any string.
 * @param locale - A supported language tag ("en", "tr" …).
 * @returns The tokens, covering the text without gaps.
 * @example
 * tokenize("about 1,200", "en").map((token) => token.key); // => ["about", " ", "1", ",", "200"]
 */
export function tokenize(text: string, locale: string): Token[] {
  const tokens: Token[] = [];
  const keys = new Map<string, string>();
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.codePointAt(index) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const start = index;
    if (isDigit(code)) {
      index += 1;
      while (index < length && isDigit(text.charCodeAt(index))) index += 1;
      const digits = text.slice(start, index);
      tokens.push({ kind: "digits", start, end: index, key: digits, capitalised: false, lineBreaks: 0 });
    } else if (isLetter(code)) {
      index += width;
      while (index < length) {
        const next = text.codePointAt(index) ?? 0;
        if (isLetter(next)) {
          index += next > 0xffff ? 2 : 1;
          continue;
        }
        // An apostrophe between two letters stays in the word: "п'ять", "zo'n", "Haziran'da".
        if (APOSTROPHES.has(text.charAt(index)) && index + 1 < length && isLetter(text.codePointAt(index + 1) ?? 0)) {
          index += 1;
          continue;
        }
        break;
      }
      const word = text.slice(start, index);
      let key = keys.get(word);
      if (key === undefined) {
        key = wordKey(word, locale);
        keys.set(word, key);
      }
      const capitalised = code < 0x80 ? code >= 65 && code <= 90 : UPPER.test(String.fromCodePoint(code));
      tokens.push({ kind: "word", start, end: index, key, capitalised, lineBreaks: 0 });
    } else if (isSpace(code)) {
      // Every branch consumes at least the character it looked at.
      let lineBreaks = code === 10 ? 1 : 0;
      index += width;
      while (index < length) {
        const next = text.codePointAt(index) ?? 0;
        if (!isSpace(next)) break;
        if (next === 10) lineBreaks += 1;
        index += next > 0xffff ? 2 : 1;
      }
      tokens.push({ kind: "space", start, end: index, key: text.slice(start, index), capitalised: false, lineBreaks });
    } else {
      index += width;
      const char = text.slice(start, index);
      tokens.push({
        kind: "punct",
        start,
        end: index,
        key: APOSTROPHES.has(char) ? "'" : char,
        capitalised: false,
        lineBreaks: 0,
      });
    }
  }
  return tokens;
}
