import { nameKey } from "./nameKey.js";
import { type TextFailure, textFailure } from "./textResult.js";
import type { Token } from "./tokenize.js";

/**
 * One step of the `sideNames` option compiled for lookup: name keys one word at a time, so that
 * "North Korea", "north-korea", "U.S." and "UN/OSCE" are found as the words the text writes.
 */
export interface SideIndex {
  readonly next: ReadonlyMap<string, SideIndex>;
  /** The side ids a name ending here names; empty when none ends here. A name listed for two sides keeps both. */
  readonly sides: ReadonlySet<string>;
  /** Whether a name ending here was listed with a final dot ("U.S."), which the text's span then keeps. */
  readonly dot: boolean;
}

interface SideNode {
  readonly next: Map<string, SideNode>;
  readonly sides: Set<string>;
  dot: boolean;
}

const newNode = (): SideNode => ({ next: new Map(), sides: new Set(), dot: false });

/**
 * Punctuation that may join the words of one name as the text writes it: "north-korea",
 * "Nagorno-Karabakh", "U.S.", "UN/OSCE", "Bosnia & Herzegovina". A comma or a bracket ends a name.
 */
const NAME_JOINS = new Set([".", "/", "&", "+", "-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014"]);

/**
 * Checks and compiles the `sideNames` option of the quantity readers.
 *
 * A listed name may have several words and punctuation ("North Koreans", "north-korea", "U.S.",
 * "al-Qaeda", "UN/OSCE"): it is matched on its {@link nameKey}, word by word, so that the text may
 * join the same words with a space, a hyphen, a dot or a slash.
 *
 * @param sideNames - What the caller passed: side id → words or names naming that side or its people.
 * @returns The index, or an `invalid_input` failure naming what is wrong.
 * @example
 * const compiled = compileSideNames({ "north-korea": ["north-korea", "North Koreans"], russia: ["Russians"] });
 * compiled.ok && compiled.index.next.get("north")?.next.get("korea")?.sides; // => Set { "north-korea" }
 * compileSideNames({ ukraine: "Ukrainians" }).ok; // => false
 */
export function compileSideNames(sideNames: unknown): { readonly ok: true; readonly index: SideIndex } | TextFailure {
  if (typeof sideNames !== "object" || sideNames === null || Array.isArray(sideNames)) {
    return textFailure("invalid_input", '`sideNames` must map side ids to words, as { ukraine: ["Ukrainians"] }');
  }
  const root = newNode();
  const problems: string[] = [];
  for (const [side, words] of Object.entries(sideNames)) {
    if (side === "") {
      problems.push("a side id is empty");
      continue;
    }
    if (!Array.isArray(words)) {
      problems.push(`sideNames[${JSON.stringify(side)}] must be an array of words`);
      continue;
    }
    for (const word of words as readonly unknown[]) {
      if (typeof word !== "string") {
        problems.push(`sideNames[${JSON.stringify(side)}] holds a ${typeof word}, not a word`);
        continue;
      }
      const key = nameKey(word);
      if (!/\p{L}/u.test(key)) {
        problems.push(`sideNames[${JSON.stringify(side)}] holds ${JSON.stringify(word)}, which has no letters`);
        continue;
      }
      let node = root;
      for (const part of key.split(" ")) {
        let child = node.next.get(part);
        if (child === undefined) {
          child = newNode();
          node.next.set(part, child);
        }
        node = child;
      }
      node.sides.add(side);
      if (word.trimEnd().endsWith(".")) node.dot = true;
    }
  }
  if (problems.length > 0) return textFailure("invalid_input", `Bad \`sideNames\`: ${problems.join("; ")}`);
  return { ok: true, index: root };
}

/** A side name found in the tokens: the sides it names and the index of the token after it. */
export interface SideMatch {
  readonly sides: ReadonlySet<string>;
  readonly end: number;
}

/**
 * The longest listed side name starting at token `index`. A name's words are the text's runs of
 * letters and digits; between two of them one space, one joining mark ("-", ".", "/", "&"), or a
 * mark and a space ("U. S.") may stand, never a line break between paragraphs.
 *
 * @param tokens - The text's tokens.
 * @param text - The text they cover.
 * @param index - A word token.
 * @param names - The compiled `sideNames`.
 * @param usable - Whether a token may be part of a name (not inside a date or a link).
 * @returns The sides and the end, or undefined when no listed name starts here.
 * @example
 * // with `names` from compileSideNames({ "north-korea": ["North Korea"] })
 * matchSideName(tokenize("north-korea", "en"), "north-korea", 0, names, () => true)?.end; // => 3
 */
export function matchSideName(
  tokens: readonly Token[],
  text: string,
  index: number,
  names: SideIndex,
  usable: (position: number) => boolean,
): SideMatch | undefined {
  let node: SideIndex = names;
  let position = index;
  let found: SideMatch | undefined;
  for (;;) {
    // One word of the name: a run of letters and digits with nothing between ("G7"; "B-52" is two).
    const start = position;
    while (position < tokens.length && usable(position)) {
      const token = tokens[position];
      if (token === undefined || (token.kind !== "word" && token.kind !== "digits")) break;
      if (position > start && token.start !== tokens[position - 1]?.end) break;
      position += 1;
    }
    // A name starts with a letter, so that no figure is taken for one; later words may be digits ("B-52").
    if (position === start || (start === index && tokens[start]?.kind !== "word")) break;
    const key = nameKey(text.slice(tokens[start]?.start ?? 0, tokens[position - 1]?.end ?? 0));
    const child = key === "" || key.includes(" ") ? undefined : node.next.get(key);
    if (child === undefined) break;
    node = child;
    if (node.sides.size > 0) {
      const dot = tokens[position];
      const end = node.dot && dot?.kind === "punct" && dot.key === "." && usable(position) ? position + 1 : position;
      found = { sides: node.sides, end };
    }
    if (node.next.size === 0) break;
    // The gap to the next word.
    const gap = tokens[position];
    if (gap?.kind === "punct" && NAME_JOINS.has(gap.key) && usable(position)) {
      position += 1;
      const space = tokens[position];
      if (space?.kind === "space" && space.lineBreaks === 0) position += 1;
    } else if (gap?.kind === "space" && gap.lineBreaks <= 1) {
      position += 1;
    } else {
      break;
    }
  }
  return found;
}
