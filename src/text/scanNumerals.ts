import type { Language } from "./language.js";
import type { NumberWord } from "./languageTable.js";
import type { DecimalMark, DigitGrouping, ShapeDoubt } from "./numberShape.js";
import { isSoftSpace, matchPhrase, skipSpace } from "./phraseTrie.js";
import { isWord, type Token } from "./tokenize.js";

/**
 * Numbers as the text writes them, found once per text: digit clusters with the language's
 * separators ("1,200", "1.200", "1 200"), a scale word after them ("1,5 Millionen", "6 тисяч"),
 * and number words ("twelve hundred", "tweeduizend", "дві тисячі"). Codes, times, dates, phone
 * numbers and glued forms ("EUR1", "1st", "50%") are not numbers here.
 */

/** A number starting at some token. */
export interface Numeral {
  readonly value: number;
  /** Index of the token after it. */
  readonly end: number;
  readonly source: "digits" | "words";
  /** The second number of a dash range written as one cluster ("18-25", "24–48"). */
  readonly rangeTo: number | undefined;
  /** Four digits without separators: perhaps a year. */
  readonly yearLike: boolean;
  /** A word number that is only "one" or a bare multiplier ("one", "hundred", "тисяча"). */
  readonly lone: boolean;
  /** Turkish case suffix after an apostrophe ("1000'e" → "e"). */
  readonly suffix: string | undefined;
  /** "1000+" */
  readonly plus: boolean;
  /** False when it continues something else ("COVID-19", the second half of "6,000-for-6,000"). */
  readonly canStart: boolean;
  /** How its digits were written: one shape, two for a range in one cluster ("18-25"); none for words. */
  readonly shapes?: readonly DigitsShape[];
}

/** A `NumberShape` in token indices `[start, end)`. */
export interface DigitsShape {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly grouping: DigitGrouping;
  readonly decimal: DecimalMark;
  readonly doubt?: ShapeDoubt;
}

/** Spaces that group digits in every language: no-break, narrow no-break, thin, figure, punctuation, hair. */
const GROUP_SPACES = new Set(["\u00a0", "\u202f", "\u2009", "\u2007", "\u2008", "\u200a"]);
/**
 * Hyphens, dashes and the minus sign.
 *
 * @example
 * DASHES.has("–"); // => true
 */
export const DASHES: ReadonlySet<string> = new Set(["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"]);
const CLUSTER_PUNCT = new Set([".", ",", ":", "/", "'", ...DASHES]);
const BLOCKING_BEFORE = new Set(["#", "№", "/", "\\", ".", ",", "_", "@", "&", "=", "?", ":", "%", "°", "§", "'", "*"]);
const BLOCKING_AFTER = new Set(["%", "‰", "°", "@", "_", "="]);
const CURRENCY = /\p{Sc}/u;
/** A typographic space read as a digit-group separator, in a cluster's separators. */
const GROUP = "group-space";
/** A plain space read as a digit-group separator: the same grouping, but a shape in doubt. */
const PLAIN_GROUP = "plain-group-space";

const GROUPINGS: Readonly<Record<string, DigitGrouping>> = {
  ",": "comma",
  ".": "dot",
  "'": "apostrophe",
  "’": "apostrophe",
  [GROUP]: "no_break_space",
  [PLAIN_GROUP]: "space",
};

/** How a number was written, without where. */
type Shape = Omit<DigitsShape, "start" | "end">;

/** A shape at tokens `[start, end)`, field by field: a spread copy costs more on digit-heavy text. */
function located(shape: Shape, start: number, end: number): DigitsShape {
  const { value, grouping, decimal, doubt } = shape;
  return doubt === undefined
    ? { start, end, value, grouping, decimal }
    : { start, end, value, grouping, decimal, doubt };
}

/** Why a number seen in the text was not read, for `unread`. */
export type NumberProblemCode = "ambiguous_grouping" | "malformed_number";

/** A number seen but not read, in token indices `[start, end)`. */
export interface NumberProblem {
  readonly start: number;
  readonly end: number;
  readonly code: NumberProblemCode;
  readonly message: string;
}

/** What {@link scanNumerals} finds. */
export interface ScannedNumbers {
  /** One entry per token: the number starting there, if any. */
  readonly numerals: (Numeral | undefined)[];
  /** Numbers seen but not read, in order. */
  readonly problems: NumberProblem[];
}

type Reading =
  | {
      readonly kind: "number";
      readonly value: number;
      readonly plain: boolean;
      readonly digits: number;
      readonly shape: Shape;
    }
  | { readonly kind: "range"; readonly from: number; readonly to: number; readonly shapes: readonly [Shape, Shape] }
  /** Not a count by its shape: a time, a ratio, a code, a number with a leading zero. */
  | { readonly kind: "invalid" }
  /** Shaped like a count but not one in this language ("1.5" in German), or a falling range ("5-3"). */
  | { readonly kind: "malformed"; readonly why: string };

const INVALID: Reading = { kind: "invalid" };

// The sentence depends on the table alone; built once per language, since adversarial text can
// hold a malformed number every few characters.
const malformed = new WeakMap<Language, Reading>();

function malformedNumber(language: Language): Reading {
  const known = malformed.get(language);
  if (known) return known;
  const { name, groupSeparators, decimalSeparators, spaceGrouping } = language.table;
  const quote = (marks: readonly string[]) => marks.map((mark) => JSON.stringify(mark)).join(" or ");
  const groups = [
    ...groupSeparators.map((mark) => JSON.stringify(mark)),
    spaceGrouping ? "a space" : "a no-break space",
  ].join(" or ");
  const reading: Reading = {
    kind: "malformed",
    why: `no ${name} number: ${groups} groups digits in threes after the first group, and ${quote(decimalSeparators)} marks decimals`,
  };
  malformed.set(language, reading);
  return reading;
}

function parseNumber(groups: readonly string[], separators: readonly string[], language: Language): Reading {
  const first = groups[0];
  if (first === undefined) return INVALID;
  if (first.length > 1 && first.startsWith("0")) return INVALID;
  const { groupSeparators, decimalSeparators } = language.table;
  let whole = first;
  let fraction: string | undefined;
  let groupSeparator: string | undefined;
  let decimalSeparator: string | undefined;
  let plainSpace = false;
  for (let index = 0; index < separators.length; index++) {
    const written = separators[index] ?? "";
    const next = groups[index + 1] ?? "";
    if (fraction !== undefined) return malformedNumber(language);
    // A plain and a typographic space group alike: "1 200\u00a0000" is one number.
    const separator = written === PLAIN_GROUP ? GROUP : written;
    if (separator === GROUP || groupSeparators.includes(separator)) {
      if (groupSeparator !== undefined && groupSeparator !== separator) return malformedNumber(language);
      if (next.length !== 3 || first.length > 3) return malformedNumber(language);
      groupSeparator = separator;
      if (written === PLAIN_GROUP) plainSpace = true;
      whole += next;
    } else if (decimalSeparators.includes(separator)) {
      fraction = next;
      decimalSeparator = separator;
    } else {
      return malformedNumber(language);
    }
  }
  const value = Number(fraction === undefined ? whole : `${whole}.${fraction}`);
  if (!Number.isFinite(value)) return { kind: "malformed", why: "too large a number to read" };
  const grouping = groupSeparator === undefined ? "none" : plainSpace ? "space" : (GROUPINGS[groupSeparator] ?? "none");
  const decimal: DecimalMark = decimalSeparator === "," ? "comma" : decimalSeparator === "." ? "dot" : "none";
  let doubt: ShapeDoubt | undefined;
  // "1.200" read as 1.2 is 1,200 where the mark groups thousands; "0.200" and "1.2000" are not.
  if (grouping === "none" && decimal !== "none" && fraction?.length === 3 && separators.length === 1 && isHead(first)) {
    doubt = { kind: "decimal_or_thousands", otherValue: Number(whole + fraction) };
  } else if (plainSpace) {
    doubt = { kind: "one_or_several", groups };
  }
  const shape: Shape = doubt === undefined ? { value, grouping, decimal } : { value, grouping, decimal, doubt };
  return { kind: "number", value, plain: separators.length === 0, digits: whole.length, shape };
}

function readCluster(groups: readonly string[], separators: readonly string[], language: Language): Reading {
  let dash = -1;
  for (let index = 0; index < separators.length; index++) {
    const separator = separators[index] ?? "";
    if (separator === ":" || separator === "/") return INVALID;
    if (DASHES.has(separator)) {
      if (dash !== -1) return INVALID;
      dash = index;
    }
  }
  if (dash === -1) return parseNumber(groups, separators, language);
  const from = parseNumber(groups.slice(0, dash + 1), separators.slice(0, dash), language);
  const to = parseNumber(groups.slice(dash + 1), separators.slice(dash + 1), language);
  if (from.kind === "invalid" || to.kind === "invalid") return INVALID;
  if (from.kind === "malformed") return from;
  if (to.kind === "malformed") return to;
  if (from.kind !== "number" || to.kind !== "number") return INVALID;
  if (from.value > to.value)
    return { kind: "malformed", why: `no range: ${from.value} is more than ${to.value} (a score, or a code?)` };
  return { kind: "range", from: from.value, to: to.value, shapes: [from.shape, to.shape] };
}

/** The other convention's decimal reading of "1.2" before a scale word ("1.2 Millionen" in German). */
function otherDecimal(groups: readonly string[], separators: readonly string[]): number | undefined {
  if (groups.length !== 2 || separators.length !== 1) return undefined;
  const separator = separators[0];
  if (separator !== "." && separator !== ",") return undefined;
  const value = Number(`${groups[0] ?? ""}.${groups[1] ?? ""}`);
  return Number.isFinite(value) ? value : undefined;
}

/** Digits joined by punctuation, tokens `[first, last]`. */
interface Cluster {
  readonly groups: string[];
  readonly separators: string[];
  readonly first: number;
  last: number;
}

/** Digits joined by punctuation without spaces, from token `index`. */
function collectCluster(tokens: readonly Token[], index: number, blocked: Uint8Array): Cluster {
  const cluster: Cluster = { groups: [tokens[index]?.key ?? ""], separators: [], first: index, last: index };
  let last = index;
  for (;;) {
    const separator = tokens[last + 1];
    const next = tokens[last + 2];
    if (separator === undefined || next === undefined || next.kind !== "digits" || blocked[last + 2] === 1) break;
    if (separator.kind !== "punct" || !CLUSTER_PUNCT.has(separator.key)) break;
    cluster.separators.push(separator.key);
    cluster.groups.push(next.key);
    last += 2;
  }
  cluster.last = last;
  return cluster;
}

/**
 * A space between digits: `"group"` where the language groups digits with it (a no-break,
 * narrow or thin space everywhere; a plain space in tables with `spaceGrouping`), `"plain"` for a
 * plain space elsewhere, undefined for anything else (two spaces, a line break).
 */
function spaceBetweenDigits(token: Token | undefined, language: Language): "group" | "plain" | undefined {
  if (token === undefined || token.kind !== "space") return undefined;
  if (GROUP_SPACES.has(token.key)) return "group";
  if (token.key === " ") return language.table.spaceGrouping ? "group" : "plain";
  return undefined;
}

/** A first group of a grouped number: one to three digits, the first not a zero. */
function isHead(group: string | undefined): boolean {
  return group !== undefined && group.length >= 1 && group.length <= 3 && !group.startsWith("0");
}

/** A scale word at `index`, perhaps with a Turkish suffix written onto it ("milyondan", "bine"). */
function scaleWordAt(
  tokens: readonly Token[],
  index: number,
  language: Language,
  blocked: Uint8Array,
): { readonly entries: readonly number[]; readonly end: number; readonly suffix: string | undefined } | undefined {
  const found = matchPhrase(tokens, index, language.scaleWords, blocked);
  if (found) return { entries: found.entries, end: found.end, suffix: undefined };
  const token = tokens[index];
  if (language.scaleSuffixes.size === 0 || !isWord(token) || blocked[index] === 1) return undefined;
  for (const [form, node] of language.scaleWords.next) {
    if (node.entries.length === 0 || !token.key.startsWith(form)) continue;
    const rest = token.key.slice(form.length);
    const suffix = rest.startsWith("'") ? rest.slice(1) : rest;
    if (language.scaleSuffixes.has(suffix)) return { entries: node.entries, end: index + 1, suffix };
  }
  return undefined;
}

/**
 * Turkish: the digits and smaller scale words after a scale word, which add to it ("3 bin 500",
 * "1 milyon 200 bin"), with a suffix on the last of them ("3 bin 500'den fazla").
 */
function digitsAfterScale(
  tokens: readonly Token[],
  from: number,
  scale: number,
  language: Language,
  blocked: Uint8Array,
): { value: number; end: number; suffix: string | undefined } {
  let value = 0;
  let end = from;
  let below = scale;
  for (;;) {
    const at = skipSpace(tokens, end);
    const digits = tokens[at];
    if (at === end || digits?.kind !== "digits" || blocked[at] === 1) break;
    const glued = tokens[at + 1];
    // Plain digits only: "3 bin 1.500" is no compound, nor "3 bin 500-600".
    if (glued?.kind === "punct" && glued.key !== "'" && tokens[at + 2]?.kind === "digits") break;
    if (glued?.kind === "word") break;
    const number = Number(digits.key);
    const next = skipSpace(tokens, at + 1);
    const smaller = next > at + 1 ? scaleWordAt(tokens, next, language, blocked) : undefined;
    const factor = smaller?.entries[0] ?? 1;
    if (smaller && factor < below && number * factor < below) {
      value += number * factor;
      below = factor;
      end = smaller.end;
      if (smaller.suffix !== undefined) return { value, end, suffix: smaller.suffix };
      continue;
    }
    if (number >= below) break;
    value += number;
    end = at + 1;
    if (glued?.kind === "punct" && glued.key === "'" && isWord(tokens[at + 2]))
      return { value, end: at + 3, suffix: tokens[at + 2]?.key };
    break;
  }
  return { value, end, suffix: undefined };
}

/** Digit clusters joined by single spaces, and what the spaces make of them. */
type Run =
  | { readonly kind: "one"; readonly cluster: Cluster }
  | { readonly kind: "several"; readonly clusters: readonly Cluster[] }
  | { readonly kind: "ambiguous"; readonly start: number; readonly end: number; readonly message: string };

/**
 * The clusters from token `index` joined by single spaces, read by the grouping rule: a space
 * groups digits when what precedes it is a first group of one to three digits (no leading zero)
 * or groups of three after one, and exactly three digits follow it. The run is
 * - one number when every space groups and the language groups with that space ("350 000" in
 *   German, Dutch, Ukrainian and Russian; "350\u00a0000" everywhere);
 * - several numbers when no space could group ("1990 2000", "in 2024 300 people");
 * - ambiguous otherwise, and not read: some spaces group and others cannot ("44 123 4567",
 *   "2024 300 000"), a group after a space starts with a zero as phone numbers do ("030 123 456"),
 *   or the language writes thousands otherwise ("350 000" in English and Turkish).
 */
function collectRun(tokens: readonly Token[], index: number, blocked: Uint8Array, language: Language): Run {
  const first = collectCluster(tokens, index, blocked);
  // Most numbers stand alone: no list is built for them.
  if (spaceBetweenDigits(tokens[first.last + 1], language) === undefined || tokens[first.last + 2]?.kind !== "digits") {
    return { kind: "one", cluster: first };
  }
  const clusters = [first];
  const spaces: ("group" | "plain")[] = [];
  for (;;) {
    const last = clusters[clusters.length - 1] ?? first;
    const space = spaceBetweenDigits(tokens[last.last + 1], language);
    const next = tokens[last.last + 2];
    if (space === undefined || next?.kind !== "digits" || blocked[last.last + 2] === 1) break;
    spaces.push(space);
    clusters.push(collectCluster(tokens, last.last + 2, blocked));
  }
  if (clusters.length === 1) return { kind: "one", cluster: first };
  let grouping = 0;
  let plain = false;
  let zero = false;
  // Whether the number before the next space may still take a group of three.
  let open = false;
  for (let position = 0; position < clusters.length; position++) {
    const cluster = clusters[position] ?? first;
    const continuing: boolean = position > 0 && open;
    if (!continuing && cluster.groups[0]?.startsWith("0") && (cluster.groups[0]?.length ?? 0) > 1) zero = true;
    let dash = -1;
    for (let at = 0; at < cluster.separators.length; at++) if (DASHES.has(cluster.separators[at] ?? "")) dash = at;
    open =
      dash === -1
        ? cluster.separators.length === 0 && (continuing || isHead(cluster.groups[0]))
        : dash === cluster.separators.length - 1 && isHead(cluster.groups[cluster.groups.length - 1]);
    const after = clusters[position + 1];
    if (after === undefined) break;
    if (open && after.groups[0]?.length === 3) {
      grouping += 1;
      if (spaces[position] === "plain") plain = true;
    } else {
      open = false;
    }
  }
  const lastCluster = clusters[clusters.length - 1] ?? first;
  if (grouping === spaces.length && !plain) {
    const merged: Cluster = { groups: [], separators: [], first: index, last: lastCluster.last };
    clusters.forEach((cluster, position) => {
      if (position > 0) merged.separators.push(tokens[cluster.first - 1]?.key === " " ? PLAIN_GROUP : GROUP);
      merged.groups.push(...cluster.groups);
      merged.separators.push(...cluster.separators);
    });
    return { kind: "one", cluster: merged };
  }
  if (grouping === 0 && !zero) return { kind: "several", clusters };
  const text = (tokens: readonly Token[]) => tokens.map((token) => token.key).join("");
  const written = JSON.stringify(text(tokens.slice(index, lastCluster.last + 1)));
  let message: string;
  if (zero) {
    message = `${written} has a group starting with 0, as phone numbers and codes do; one number or several?`;
  } else if (grouping === spaces.length) {
    message = `${written} may be one number grouped with spaces, but ${language.table.name} does not group digits with a plain space; one number or several?`;
  } else {
    message = `${written}: some of its spaces could group digits in threes (1–3 digits, then threes) and others cannot; one number or several?`;
  }
  return { kind: "ambiguous", start: index, end: lastCluster.last + 1, message };
}

function blocksBefore(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== "punct") return false;
  return BLOCKING_BEFORE.has(token.key) || CURRENCY.test(token.key);
}

interface WordState {
  total: number;
  current: number;
  room: number;
  lastScale: number;
  article: boolean;
  count: number;
  bare: boolean;
}

function applyWord(state: WordState, word: NumberWord | "article"): boolean {
  state.count += 1;
  if (word === "article") {
    if (state.count !== 1) return false;
    state.current = 1;
    state.article = true;
    state.room = 0;
    return true;
  }
  switch (word.kind) {
    case "add": {
      if (state.article || word.value > state.room) return false;
      state.current += word.value;
      state.room = word.room;
      state.bare = state.count === 1 && word.value === 1;
      return true;
    }
    case "multiply": {
      if (state.current > 99) return false;
      state.bare = state.count === 1;
      state.current = (state.current === 0 ? 1 : state.current) * word.factor;
      state.room = word.factor - 1;
      state.article = false;
      return true;
    }
    case "scale": {
      if (word.scale >= state.lastScale) return false;
      if (state.current === 0) {
        if (!word.standalone || state.total !== 0) return false;
        state.current = 1;
      }
      state.bare = state.count === 1;
      state.total += state.current * word.scale;
      state.current = 0;
      state.lastScale = word.scale;
      state.room = Math.min(word.scale - 1, 999);
      state.article = false;
      return true;
    }
  }
}

/** A number word's parts: one word, or a compound split into morphemes ("zweihundert", "drieëntwintig"). */
function wordParts(key: string, language: Language): readonly (NumberWord | "article")[] | undefined {
  if (language.articles.has(key)) return ["article"];
  const word = language.numberWords.get(key);
  if (word) return [word];
  if (!language.table.compoundNumbers || key.length > 40 || key.length < 4) return undefined;
  const parts: NumberWord[] = [];
  let position = 0;
  const longestAt = (at: number): { word: NumberWord; length: number } | undefined => {
    for (let length = Math.min(language.longestNumberWord, key.length - at); length >= 2; length--) {
      const found = language.numberWords.get(key.slice(at, at + length));
      if (found) return { word: found, length };
    }
    return undefined;
  };
  while (position < key.length) {
    const morpheme = longestAt(position);
    if (morpheme) {
      parts.push(morpheme.word);
      position += morpheme.length;
      continue;
    }
    const join = language.compoundJoins.find((candidate) => key.startsWith(candidate, position));
    const unit = parts[parts.length - 1];
    if (join === undefined || unit === undefined || unit.kind !== "add" || unit.value > 9) return undefined;
    const ten = longestAt(position + join.length);
    if (ten?.word.kind !== "add" || ten.word.room !== 9) return undefined;
    parts[parts.length - 1] = ten.word;
    parts.push(unit);
    position += join.length + ten.length;
  }
  return parts.length > 0 ? parts : undefined;
}

/** A number read from words, ending before token `end`. */
function wordNumeral(value: number, end: number): Numeral {
  return {
    value,
    end,
    source: "words",
    rangeTo: undefined,
    yearLike: false,
    lone: false,
    suffix: undefined,
    plus: false,
    canStart: true,
  };
}

/** The scale a number word names ("million", "миллиона", "tausend"), if it names one. */
function scaleAt(key: string, language: Language): number | undefined {
  const word = language.numberWords.get(key);
  return word?.kind === "scale" ? word.scale : undefined;
}

/**
 * A fraction of a scale word: "eine halbe Million", "half a million", "полторы тысячи", or one
 * word, "півмільйона", "anderthalbtausend".
 */
function readScaleFraction(
  tokens: readonly Token[],
  index: number,
  language: Language,
  blocked: Uint8Array,
): Numeral | undefined {
  const found = matchPhrase(tokens, index, language.scaleFractions, blocked);
  const factor = found?.entries[0];
  if (found && factor !== undefined) {
    const at = skipSpace(tokens, found.end);
    const word = tokens[at];
    if (at > found.end && isWord(word) && blocked[at] !== 1) {
      const scale = scaleAt(word.key, language);
      if (scale !== undefined) return wordNumeral(factor * scale, at + 1);
    }
  }
  const token = tokens[index];
  if (!isWord(token)) return undefined;
  for (const [form, node] of language.scaleFractions.next) {
    const part = node.entries[0];
    if (part === undefined || !token.key.startsWith(form) || token.key.length === form.length) continue;
    const scale = scaleAt(token.key.slice(form.length), language);
    if (scale !== undefined) return wordNumeral(part * scale, index + 1);
  }
  return undefined;
}

function readWords(
  tokens: readonly Token[],
  index: number,
  language: Language,
  blocked: Uint8Array,
): Numeral | undefined {
  const state: WordState = {
    total: 0,
    current: 0,
    room: Infinity,
    lastScale: Infinity,
    article: false,
    count: 0,
    bare: false,
  };
  let position = index;
  let best: Numeral | undefined;
  for (;;) {
    const token = tokens[position];
    if (!isWord(token) || blocked[position] === 1) break;
    const parts = wordParts(token.key, language);
    if (!parts) break;
    let valid = true;
    for (const part of parts) {
      if (!applyWord(state, part)) {
        valid = false;
        break;
      }
    }
    if (!valid) break;
    if (!state.article) {
      best = {
        value: state.total + state.current,
        end: position + 1,
        source: "words",
        rangeTo: undefined,
        yearLike: false,
        lone: state.bare,
        suffix: undefined,
        plus: false,
        canStart: true,
      };
    }
    // The next word follows a hyphen ("twenty-four") or a space, perhaps after "and" once a
    // multiplier leaves room for it ("one hundred and five", "honderd en twintig").
    const separator = tokens[position + 1];
    let next: number | undefined;
    if (separator?.kind === "punct" && DASHES.has(separator.key) && isWord(tokens[position + 2])) {
      next = position + 2;
    } else if (isSoftSpace(separator) && isWord(tokens[position + 2])) {
      next = position + 2;
      const join = tokens[next];
      if (
        join &&
        language.and.has(join.key) &&
        state.room >= 99 &&
        isSoftSpace(tokens[next + 1]) &&
        isWord(tokens[next + 2])
      ) {
        next += 2;
      }
    }
    if (next === undefined) break;
    position = next;
  }
  return best;
}

/**
 * Finds the numbers in the tokens, indexed by the token they start at, and the numbers it saw but
 * could not read: digits whose grouping is ambiguous ("44 123 4567", "350 000" in English) or that
 * break the language's conventions ("1.5" in German, "5-3").
 *
 * @param tokens - The text's tokens.
 * @param language - The language's tables.
 * @param blocked - Tokens already read as something else (dates, links); 1 = blocked.
 * @returns The numbers, one entry per token, and the problems in order.
 * @example
 * const tokens = tokenize("about 1,200", "en");
 * scanNumerals(tokens, english, new Uint8Array(tokens.length)).numerals[2]?.value; // => 1200
 */
export function scanNumerals(tokens: readonly Token[], language: Language, blocked: Uint8Array): ScannedNumbers {
  const numerals: (Numeral | undefined)[] = new Array<Numeral | undefined>(tokens.length);
  const problems: NumberProblem[] = [];
  const turkish = language.locale === "tr";

  /** Reads one cluster as a number; the index after what it read. */
  const readAt = (cluster: Cluster, canStart: boolean): number => {
    const index = cluster.first;
    const end = cluster.last + 1;
    let reading = readCluster(cluster.groups, cluster.separators, language);
    // Scale word: "1,5 Millionen", "2.5 thousand", "6 тисяч", "1 milyondan".
    let scale = 1;
    const scaleStart = skipSpace(tokens, end);
    const scaleWord = scaleStart > end ? scaleWordAt(tokens, scaleStart, language, blocked) : undefined;
    if (scaleWord) {
      scale = scaleWord.entries[0] ?? 1;
      if (reading.kind === "invalid" || reading.kind === "malformed") {
        const alternative = otherDecimal(cluster.groups, cluster.separators);
        if (alternative !== undefined) {
          const decimal = cluster.separators[0] === "," ? "comma" : "dot";
          reading = {
            kind: "number",
            value: alternative,
            plain: false,
            digits: 0,
            shape: { value: alternative, grouping: "none", decimal },
          };
        }
      }
    }
    const after = tokens[end];
    let suffix: string | undefined;
    let plus = false;
    let suffixEnd = end;
    // Glued letters, percentages, money and degrees are no counts, well formed or not.
    if (after?.kind === "word") {
      reading = INVALID;
    } else if (after?.kind === "punct") {
      if (after.key === "'" && isWord(tokens[end + 1])) {
        if (turkish) {
          suffix = tokens[end + 1]?.key;
          suffixEnd = end + 2;
        } else {
          reading = INVALID;
        }
      } else if (after.key === "+") {
        plus = true;
        suffixEnd = end + 1;
      } else if (BLOCKING_AFTER.has(after.key) || CURRENCY.test(after.key)) {
        reading = INVALID;
      }
    }
    if (reading.kind === "invalid") return end;
    if (reading.kind === "malformed") {
      const written = tokens
        .slice(index, end)
        .map((token) => token.key)
        .join("");
      problems.push({
        start: index,
        end,
        code: "malformed_number",
        message: `${JSON.stringify(written)} is ${reading.why}`,
      });
      return end;
    }
    if (scaleWord && suffix === undefined && !plus) {
      suffixEnd = scaleWord.end;
      suffix = scaleWord.suffix;
    } else {
      scale = 1;
    }
    let value = (reading.kind === "number" ? reading.value : reading.from) * scale;
    if (
      scaleWord &&
      scale > 1 &&
      suffix === undefined &&
      reading.kind === "number" &&
      language.table.digitsAfterScale
    ) {
      const more = digitsAfterScale(tokens, suffixEnd, scale, language, blocked);
      value += more.value;
      suffixEnd = more.end;
      suffix = more.suffix;
    }
    const rangeTo = reading.kind === "range" ? reading.to * scale : undefined;
    if (!Number.isFinite(value) || (rangeTo !== undefined && !Number.isFinite(rangeTo))) return end;
    let shapes: readonly DigitsShape[];
    if (reading.kind === "number") {
      shapes = [located(reading.shape, index, end)];
    } else {
      // Groups and separators alternate, one token each: the dash is separator `dash`.
      let dash = 0;
      while (dash < cluster.separators.length && !DASHES.has(cluster.separators[dash] ?? "")) dash++;
      const dashAt = index + 2 * dash + 1;
      shapes = [located(reading.shapes[0], index, dashAt), located(reading.shapes[1], dashAt + 1, end)];
    }
    numerals[index] = {
      value,
      end: suffixEnd,
      source: "digits",
      rangeTo,
      yearLike: reading.kind === "number" && reading.plain && reading.digits === 4 && scale === 1,
      lone: false,
      suffix,
      plus,
      canStart,
      shapes,
    };
    return suffixEnd;
  };

  let phoneUntil = -1;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined || blocked[index] === 1) {
      index += 1;
      continue;
    }
    if (token.kind === "word") {
      const numeral =
        readScaleFraction(tokens, index, language, blocked) ?? readWords(tokens, index, language, blocked);
      if (numeral) {
        numerals[index] = numeral;
        index = numeral.end;
      } else {
        index += 1;
      }
      continue;
    }
    if (token.kind !== "digits") {
      index += 1;
      continue;
    }
    const run = collectRun(tokens, index, blocked, language);
    const runEnd =
      run.kind === "one"
        ? run.cluster.last + 1
        : run.kind === "several"
          ? (run.clusters[run.clusters.length - 1]?.last ?? index) + 1
          : run.end;
    const before = tokens[index - 1];
    const beforeBefore = tokens[index - 2];
    // A phone number: "+380 44 123 4567"; its later groups follow within two tokens of space or ( ) - .
    const phone = (phoneUntil >= 0 && index - phoneUntil <= 2) || (before?.kind === "punct" && before.key === "+");
    if (phone) {
      phoneUntil = runEnd;
      index = runEnd;
      continue;
    }
    let valid = true;
    let canStart = true;
    if (isWord(before)) {
      valid = false;
    } else if (before?.kind === "punct" && DASHES.has(before.key)) {
      if (beforeBefore === undefined || beforeBefore.kind === "space") valid = false;
      else canStart = false;
    } else if (blocksBefore(before)) {
      valid = false;
    }
    if (run.kind === "ambiguous") {
      // Glued to a code or a sign ("EUR1 200", "#5 300"), the digits are no figure at all.
      if (valid) problems.push({ start: run.start, end: run.end, code: "ambiguous_grouping", message: run.message });
      index = runEnd;
      continue;
    }
    if (run.kind === "one") {
      index = valid ? readAt(run.cluster, canStart) : runEnd;
      continue;
    }
    let next = index;
    run.clusters.forEach((cluster, position) => {
      if (position === 0 && !valid) next = cluster.last + 1;
      else next = readAt(cluster, position === 0 ? canStart : true);
    });
    index = Math.max(next, index + 1);
  }
  return { numerals, problems };
}
