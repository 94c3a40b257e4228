import { type Token, tokenize } from "./tokenize.js";

/** A trie of phrases keyed by token keys; each phrase may carry several entries. */
export interface PhraseTrie<T> {
  readonly next: Map<string, PhraseTrie<T>>;
  readonly entries: T[];
}

/** A phrase found in the tokens: its entries and the index of the token after it. */
export interface PhraseMatch<T> {
  readonly entries: readonly T[];
  readonly end: number;
}

function emptyTrie<T>(): PhraseTrie<T> {
  return { next: new Map(), entries: [] };
}

/**
 * Builds a trie from phrases written as in text ("more than", "ca.", "п'ять").
 *
 * @param entries - Pairs of phrase and entry; a phrase may repeat.
 * @param locale - The language whose casing keys the words.
 * @returns The trie.
 * @example
 * matchPhrase(tokenize("more than 5", "en"), 0, buildPhraseTrie([["more than", 1]], "en"))?.end; // => 3
 */
export function buildPhraseTrie<T>(entries: Iterable<readonly [string, T]>, locale: string): PhraseTrie<T> {
  const root = emptyTrie<T>();
  for (const [phrase, entry] of entries) {
    let node = root;
    let any = false;
    for (const token of tokenize(phrase, locale)) {
      if (token.kind === "space") continue;
      let child = node.next.get(token.key);
      if (!child) {
        child = emptyTrie<T>();
        node.next.set(token.key, child);
      }
      node = child;
      any = true;
    }
    if (any) node.entries.push(entry);
  }
  return root;
}

/**
 * Whether a token is whitespace that may sit inside a phrase (not a paragraph break).
 *
 * @param token - A token or nothing.
 * @returns True for whitespace with at most one line break.
 * @example
 * isSoftSpace(tokenize("a\n\nb", "en")[1]); // => false
 */
export function isSoftSpace(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "space" && token.lineBreaks <= 1;
}

/**
 * The index of the first token at or after `index`, skipping one soft whitespace token.
 *
 * @param tokens - The text's tokens.
 * @param index - A token index.
 * @returns `index + 1` when `index` is soft whitespace, else `index`.
 * @example
 * skipSpace(tokenize("a b", "en"), 1); // => 2
 */
export function skipSpace(tokens: readonly Token[], index: number): number {
  return isSoftSpace(tokens[index]) ? index + 1 : index;
}

/**
 * The longest phrase of `trie` starting at token `index`; words may be separated by one soft
 * whitespace token, punctuation may touch ("ca.").
 *
 * @param tokens - The text's tokens.
 * @param index - Where the phrase must start (a non-space token).
 * @param trie - The phrases.
 * @param blocked - Tokens that may not be part of a phrase (1 = blocked), if any.
 * @returns The entries and the index after the phrase's last token, or undefined.
 * @example
 * matchPhrase(tokenize("up to 9", "en"), 0, buildPhraseTrie([["up to", "upTo"]], "en"))?.entries; // => ["upTo"]
 */
export function matchPhrase<T>(
  tokens: readonly Token[],
  index: number,
  trie: PhraseTrie<T>,
  blocked?: Uint8Array,
): PhraseMatch<T> | undefined {
  let node = trie;
  let position = index;
  let found: PhraseMatch<T> | undefined;
  for (;;) {
    const token = tokens[position];
    if (token === undefined || token.kind === "space" || (blocked !== undefined && blocked[position] === 1)) break;
    const child = node.next.get(token.key);
    if (!child) break;
    node = child;
    position += 1;
    if (node.entries.length > 0) found = { entries: node.entries, end: position };
    if (node.next.size === 0) break;
    position = skipSpace(tokens, position);
  }
  return found;
}
