import { de } from "./languages/de.js";
import { en } from "./languages/en.js";
import { nl } from "./languages/nl.js";
import { ru } from "./languages/ru.js";
import { tr } from "./languages/tr.js";
import { uk } from "./languages/uk.js";
import type { Hedge, LanguageTable, NumberWord, Reciprocal, Unit, VagueQuantity } from "./languageTable.js";
import { buildPhraseTrie, type PhraseTrie } from "./phraseTrie.js";
import { type TextFailure, textFailure } from "./textResult.js";
import { tokenize, wordKey } from "./tokenize.js";

/**
 * The languages the text readers know, by primary BCP 47 subtag.
 *
 * @example
 * supportedLanguages.includes("uk"); // => true
 */
export const supportedLanguages = ["en", "nl", "de", "tr", "uk", "ru"] as const;
/** A language the text readers know. */
export type SupportedLanguage = (typeof supportedLanguages)[number];

const tables: Readonly<Record<SupportedLanguage, LanguageTable>> = { en, nl, de, tr, uk, ru };

/** A range pattern ready for matching. */
export interface CompiledRange {
  readonly join: PhraseTrie<true>;
  /** Closing words that must follow ("arasında"), if any. */
  readonly close: PhraseTrie<true> | undefined;
}

/** A language table turned into lookup structures. */
export interface Language {
  readonly table: LanguageTable;
  readonly locale: SupportedLanguage;
  readonly hedgesBefore: PhraseTrie<Hedge>;
  readonly hedgesAfter: PhraseTrie<Hedge>;
  readonly intensifiers: PhraseTrie<true>;
  readonly vague: PhraseTrie<VagueQuantity>;
  readonly eachBefore: PhraseTrie<true>;
  readonly eachAfter: PhraseTrie<true>;
  readonly eachSuffixes: ReadonlySet<string>;
  /** Opening words and the ranges they open. */
  readonly rangeOpen: PhraseTrie<CompiledRange>;
  /** Ranges without an opening word. */
  readonly ranges: readonly CompiledRange[];
  readonly rangeClosers: PhraseTrie<true>;
  readonly reciprocal: PhraseTrie<Reciprocal>;
  /** Turkish: reciprocals marked by a suffix alone ("1000'e 1000"). */
  readonly reciprocalBySuffix: readonly Reciprocal[];
  readonly age: PhraseTrie<true>;
  readonly unitOf: ReadonlySet<string>;
  readonly and: ReadonlySet<string>;
  readonly units: PhraseTrie<Unit>;
  readonly unitStems: ReadonlyMap<string, Unit>;
  readonly longestStem: number;
  readonly numberWords: ReadonlyMap<string, NumberWord>;
  readonly articles: ReadonlySet<string>;
  readonly compoundJoins: readonly string[];
  readonly longestNumberWord: number;
  readonly scaleWords: PhraseTrie<number>;
  readonly scaleSuffixes: ReadonlySet<string>;
  readonly unitsBefore: PhraseTrie<Unit>;
  /** See {@link LanguageTable.genitiveScales}. */
  readonly genitiveScales: ReadonlySet<string>;
  readonly fractionWords: ReadonlySet<string>;
  readonly scaleFractions: PhraseTrie<number>;
  readonly yearBefore: ReadonlySet<string>;
  readonly yearAfter: PhraseTrie<true>;
  readonly months: PhraseTrie<number>;
  readonly weekdays: PhraseTrie<number>;
  readonly dateFillers: ReadonlySet<string>;
  readonly dayParts: ReadonlySet<string>;
  readonly today: ReadonlySet<string>;
  readonly yesterday: ReadonlySet<string>;
  readonly ordinalSuffixes: ReadonlySet<string>;
  readonly ordinalBefore: ReadonlySet<string>;
  /** Words a unit search does not step over: connectors, hedges, joins. */
  readonly stopWords: ReadonlySet<string>;
}

// Compiled tables are a pure function of constant tables, built on first use so that importing
// concord costs nothing for languages a program never reads; no result depends on this cache.
const compiled = new Map<SupportedLanguage, Language>();

function keys(words: readonly string[], locale: string): Set<string> {
  return new Set(words.map((word) => wordKey(word, locale)));
}

function firstWords(phrases: readonly string[], locale: string): string[] {
  const words: string[] = [];
  for (const phrase of phrases) {
    const first = tokenize(phrase, locale).find((token) => token.kind === "word");
    if (first) words.push(first.key);
  }
  return words;
}

function compile(table: LanguageTable, locale: SupportedLanguage): Language {
  const trie = <T>(entries: Iterable<readonly [string, T]>) => buildPhraseTrie(entries, locale);
  const compileRange = (join: string, close: readonly string[] | undefined): CompiledRange => ({
    join: trie([[join, true as const]]),
    close: close === undefined ? undefined : trie(close.map((word) => [word, true as const] as const)),
  });
  const numberWords = new Map<string, NumberWord>();
  for (const [word, meaning] of Object.entries(table.numberWords)) numberWords.set(wordKey(word, locale), meaning);
  const unitStems = new Map<string, Unit>();
  for (const [stem, unit] of Object.entries(table.unitStems)) unitStems.set(wordKey(stem, locale), unit);
  const stopWords = new Set<string>([
    ...firstWords(
      table.hedges.map((hedge) => hedge.words),
      locale,
    ),
    ...firstWords(
      table.reciprocal.map((reciprocal) => reciprocal.words),
      locale,
    ),
    ...firstWords(
      table.ranges.map((range) => range.join),
      locale,
    ),
    ...firstWords(table.eachAfter, locale),
    ...firstWords(table.and, locale),
    ...numberWords.keys(),
  ]);
  return {
    table,
    locale,
    hedgesBefore: trie(table.hedges.filter((hedge) => hedge.position !== "after").map((hedge) => [hedge.words, hedge])),
    hedgesAfter: trie(table.hedges.filter((hedge) => hedge.position === "after").map((hedge) => [hedge.words, hedge])),
    intensifiers: trie(table.intensifiers.map((words) => [words, true as const])),
    vague: trie(table.vague.map((vague) => [vague.words, vague])),
    eachBefore: trie(table.eachBefore.map((words) => [words, true as const])),
    eachAfter: trie(table.eachAfter.map((words) => [words, true as const])),
    eachSuffixes: keys(table.eachSuffixes, locale),
    rangeOpen: trie(
      table.ranges.flatMap((range) =>
        range.open === undefined ? [] : [[range.open, compileRange(range.join, range.close)] as const],
      ),
    ),
    ranges: table.ranges
      .filter((range) => range.open === undefined)
      .map((range) => compileRange(range.join, range.close)),
    rangeClosers: trie(table.rangeClosers.map((words) => [words, true as const])),
    reciprocal: trie(
      table.reciprocal
        .filter((reciprocal) => reciprocal.words !== "")
        .map((reciprocal) => [reciprocal.words, reciprocal]),
    ),
    reciprocalBySuffix: table.reciprocal.filter((reciprocal) => reciprocal.words === ""),
    age: trie(table.ageMarkers.map((words) => [words, true as const])),
    unitOf: keys(table.unitOf, locale),
    and: keys(table.and, locale),
    units: trie(Object.entries(table.units)),
    unitStems,
    longestStem: Math.max(0, ...[...unitStems.keys()].map((stem) => stem.length)),
    numberWords,
    articles: keys(table.articles, locale),
    compoundJoins: [...keys(table.compoundJoins, locale)],
    genitiveScales: keys(table.genitiveScales ?? [], locale),
    longestNumberWord: Math.max(0, ...[...numberWords.keys()].map((word) => word.length)),
    scaleWords: trie(Object.entries(table.scaleWords)),
    scaleSuffixes: keys(table.scaleSuffixes ?? [], locale),
    unitsBefore: trie(Object.entries(table.unitsBefore ?? {})),
    fractionWords: keys(table.fractionWords, locale),
    scaleFractions: trie(Object.entries(table.scaleFractions)),
    yearBefore: keys(table.yearBefore, locale),
    yearAfter: trie(table.yearAfter.map((words) => [words, true as const])),
    months: trie(table.months.flatMap((forms, index) => forms.map((form) => [form, index + 1] as const))),
    weekdays: trie(table.weekdays.flatMap((forms, index) => forms.map((form) => [form, index] as const))),
    dateFillers: keys(table.dateFillers, locale),
    dayParts: keys(table.dayParts, locale),
    today: keys(table.today, locale),
    yesterday: keys(table.yesterday, locale),
    ordinalSuffixes: keys(table.ordinalSuffixes, locale),
    ordinalBefore: keys(table.ordinalBefore, locale),
    stopWords,
  };
}

function isSupported(tag: string): tag is SupportedLanguage {
  return (supportedLanguages as readonly string[]).includes(tag);
}

/**
 * Finds the table for a BCP 47 tag by its primary subtag: "nl-BE" reads as Dutch, "uk-UA" as
 * Ukrainian.
 *
 * @param tag - A BCP 47 language tag.
 * @returns The compiled language, or a failure naming the supported languages.
 * @example
 * resolveLanguage("de-AT").ok; // => true
 * resolveLanguage("fr").ok; // => false
 */
export function resolveLanguage(tag: unknown): { readonly ok: true; readonly language: Language } | TextFailure {
  const primary = typeof tag === "string" ? (tag.trim().split(/[-_]/)[0] ?? "").toLowerCase() : "";
  if (!isSupported(primary)) {
    const shown = typeof tag === "string" ? JSON.stringify(tag) : `a ${typeof tag}`;
    return textFailure(
      "unsupported_language",
      `Cannot read language ${shown}; supported: ${supportedLanguages.join(", ")} (a BCP 47 tag such as "nl-BE" reads by its first part)`,
    );
  }
  let language = compiled.get(primary);
  if (!language) {
    language = compile(tables[primary], primary);
    compiled.set(primary, language);
  }
  return { ok: true, language };
}
