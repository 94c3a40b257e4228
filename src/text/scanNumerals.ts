import type { Language } from "./language.js";
import type { NumberWord } from "./languageTable.js";
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
}

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
const GROUP = "group-space";

type Reading =
  | { readonly kind: "number"; readonly value: number; readonly plain: boolean; readonly digits: number }
  | { readonly kind: "range"; readonly from: number; readonly to: number }
  | { readonly kind: "invalid" };

const INVALID: Reading = { kind: "invalid" };

function parseNumber(groups: readonly string[], separators: readonly string[], language: Language): Reading {
  const first = groups[0];
  if (first === undefined) return INVALID;
  if (first.length > 1 && first.startsWith("0")) return INVALID;
  const { groupSeparators, decimalSeparators } = language.table;
  let whole = first;
  let fraction: string | undefined;
  let groupSeparator: string | undefined;
  for (let index = 0; index < separators.length; index++) {
    const separator = separators[index] ?? "";
    const next = groups[index + 1] ?? "";
    if (fraction !== undefined) return INVALID;
    if (separator === GROUP || groupSeparators.includes(separator)) {
      if (groupSeparator !== undefined && groupSeparator !== separator) return INVALID;
      if (next.length !== 3 || first.length > 3) return INVALID;
      groupSeparator = separator;
      whole += next;
    } else if (decimalSeparators.includes(separator)) {
      fraction = next;
    } else {
      return INVALID;
    }
  }
  const value = Number(fraction === undefined ? whole : `${whole}.${fraction}`);
  if (!Number.isFinite(value)) return INVALID;
  return { kind: "number", value, plain: separators.length === 0, digits: whole.length };
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
  if (from.kind !== "number" || to.kind !== "number" || from.value > to.value) return INVALID;
  return { kind: "range", from: from.value, to: to.value };
}

/** The other convention's decimal reading of "1.2" before a scale word ("1.2 Millionen" in German). */
function otherDecimal(groups: readonly string[], separators: readonly string[]): number | undefined {
  if (groups.length !== 2 || separators.length !== 1) return undefined;
  const separator = separators[0];
  if (separator !== "." && separator !== ",") return undefined;
  const value = Number(`${groups[0] ?? ""}.${groups[1] ?? ""}`);
  return Number.isFinite(value) ? value : undefined;
}

interface Cluster {
  readonly groups: string[];
  readonly separators: string[];
  /** Index of the cluster's last token. */
  last: number;
}

/** Digits joined by separators without plain spaces, from token `index`. */
function collectCluster(tokens: readonly Token[], index: number, blocked: Uint8Array, cluster: Cluster): void {
  let last = index;
  for (;;) {
    const separator = tokens[last + 1];
    const next = tokens[last + 2];
    if (separator === undefined || next === undefined || next.kind !== "digits" || blocked[last + 2] === 1) break;
    if (separator.kind === "punct" && CLUSTER_PUNCT.has(separator.key)) {
      cluster.separators.push(separator.key);
    } else if (separator.kind === "space" && GROUP_SPACES.has(separator.key)) {
      cluster.separators.push(GROUP);
    } else {
      break;
    }
    cluster.groups.push(next.key);
    last += 2;
  }
  cluster.last = last;
}

/** Ukrainian and Russian: "1 200 000" with plain spaces, one three-digit group at a time. */
function mergeSpaceGroups(tokens: readonly Token[], blocked: Uint8Array, cluster: Cluster): void {
  const first = cluster.groups[0] ?? "";
  if (first.length > 3 || first.startsWith("0")) return;
  if (cluster.separators.some((separator) => separator !== GROUP)) return;
  for (;;) {
    const space = tokens[cluster.last + 1];
    const next = tokens[cluster.last + 2];
    if (space === undefined || space.kind !== "space" || space.key !== " ") return;
    if (next === undefined || next.kind !== "digits" || next.key.length !== 3 || blocked[cluster.last + 2] === 1) return;
    const after = tokens[cluster.last + 3];
    if (after !== undefined && (after.kind === "word" || (after.kind === "punct" && DASHES.has(after.key)))) return;
    cluster.separators.push(GROUP);
    cluster.groups.push(next.key);
    const tail: Cluster = { groups: [], separators: [], last: cluster.last + 2 };
    collectCluster(tokens, cluster.last + 2, blocked, tail);
    for (const group of tail.groups) cluster.groups.push(group);
    for (const separator of tail.separators) cluster.separators.push(separator);
    cluster.last = tail.last;
    if (tail.separators.some((separator) => separator !== GROUP)) return;
  }
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

function readWords(tokens: readonly Token[], index: number, language: Language, blocked: Uint8Array): Numeral | undefined {
  const state: WordState = { total: 0, current: 0, room: Infinity, lastScale: Infinity, article: false, count: 0, bare: false };
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
      if (join && language.and.has(join.key) && state.room >= 99 && isSoftSpace(tokens[next + 1]) && isWord(tokens[next + 2])) {
        next += 2;
      }
    }
    if (next === undefined) break;
    position = next;
  }
  return best;
}

/**
 * Finds the numbers in the tokens, indexed by the token they start at.
 *
 * @param tokens - The text's tokens.
 * @param language - The language's tables.
 * @param blocked - Tokens already read as something else (dates, links); 1 = blocked.
 * @returns One entry per token: the number starting there, if any.
 * @example
 * const tokens = tokenize("about 1,200", "en");
 * scanNumerals(tokens, english, new Uint8Array(tokens.length))[2]?.value; // => 1200
 */
export function scanNumerals(tokens: readonly Token[], language: Language, blocked: Uint8Array): (Numeral | undefined)[] {
  const numerals: (Numeral | undefined)[] = new Array<Numeral | undefined>(tokens.length);
  const turkish = language.locale === "tr";
  let phoneUntil = -1;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined || blocked[index] === 1) {
      index += 1;
      continue;
    }
    if (token.kind === "word") {
      const numeral = readWords(tokens, index, language, blocked);
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
    const cluster: Cluster = { groups: [token.key], separators: [], last: index };
    collectCluster(tokens, index, blocked, cluster);
    if (language.table.spaceGrouping) mergeSpaceGroups(tokens, blocked, cluster);
    const end = cluster.last + 1;
    const before = tokens[index - 1];
    const beforeBefore = tokens[index - 2];
    // A phone number: "+380 44 123 4567"; its later groups follow within two tokens of space or ( ) - .
    const continuesPhone = phoneUntil >= 0 && index - phoneUntil <= 2;
    let valid = !continuesPhone;
    let canStart = true;
    if (before?.kind === "punct" && before.key === "+") {
      valid = false;
    } else if (isWord(before)) {
      valid = false;
    } else if (before?.kind === "punct" && DASHES.has(before.key)) {
      if (beforeBefore === undefined || beforeBefore.kind === "space") valid = false;
      else canStart = false;
    } else if (blocksBefore(before)) {
      valid = false;
    }
    if (!valid) {
      if (continuesPhone || (before?.kind === "punct" && before.key === "+")) phoneUntil = end;
      index = end;
      continue;
    }
    let reading = readCluster(cluster.groups, cluster.separators, language);
    // Scale word: "1,5 Millionen", "2.5 thousand", "6 тисяч".
    let scale = 1;
    const scaleStart = skipSpace(tokens, end);
    const scaleWord = scaleStart > end ? matchPhrase(tokens, scaleStart, language.scaleWords, blocked) : undefined;
    if (scaleWord) {
      scale = scaleWord.entries[0] ?? 1;
      if (reading.kind === "invalid") {
        const alternative = otherDecimal(cluster.groups, cluster.separators);
        if (alternative !== undefined) reading = { kind: "number", value: alternative, plain: false, digits: 0 };
      }
    }
    const after = tokens[end];
    let suffix: string | undefined;
    let plus = false;
    let suffixEnd = end;
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
    if (reading.kind === "invalid") {
      index = end;
      continue;
    }
    if (scaleWord && suffix === undefined && !plus) {
      suffixEnd = scaleWord.end;
    } else {
      scale = 1;
    }
    const value = (reading.kind === "number" ? reading.value : reading.from) * scale;
    const rangeTo = reading.kind === "range" ? reading.to * scale : undefined;
    if (!Number.isFinite(value) || (rangeTo !== undefined && !Number.isFinite(rangeTo))) {
      index = end;
      continue;
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
    };
    index = suffixEnd;
  }
  return numerals;
}
