/**
 * The shape of one language's reading table: how it writes digits, number words, hedges,
 * reciprocal and per-side phrases, ranges, units, months and weekdays. One file per language
 * (`languages/en.ts`, …) fills it in; `compileLanguage` turns it into lookup structures.
 *
 * Every phrase is written as it appears in text, in lower case; words are matched on their
 * lower-cased NFC form (Turkish with Turkish casing), one whitespace allowed between words.
 */

/** The singular English unit names readers put in a quantity's `unit`. */
export type Unit =
  | "person"
  | "prisoner"
  | "body"
  | "soldier"
  | "child"
  | "hour"
  | "minute"
  | "day"
  | "week"
  | "month"
  | "year"
  | "country"
  | "group"
  | "percent";

/**
 * What a hedge does to the number it qualifies:
 * - `approx` — `{ value, approx: true }` ("about 1,200")
 * - `below` — `{ max: value, approx: true }` ("almost 1,200")
 * - `above` — `{ min: value }` ("more than 1,200")
 * - `aboveApprox` — `{ min: value, approx: true }` ("just over 1,200")
 * - `upTo` — `{ max: value }` ("up to 1,200")
 */
export type HedgeForm = "approx" | "below" | "above" | "aboveApprox" | "upTo";

/** A hedge: words before or after a number, and the quantity form they give. */
export interface Hedge {
  /** The words, lower case ("about", "rond de", "bis zu", "den fazla"). */
  readonly words: string;
  readonly form: HedgeForm;
  /** Where the words stand; "before" unless told. */
  readonly position?: "before" | "after";
  /**
   * Turkish: the case suffix the number (or its unit word) must carry for the hedge to apply, as in
   * "1.200'den fazla" (ablative) or "1.200'e kadar" (dative); `"*"` accepts any suffix.
   */
  readonly suffixes?: readonly string[];
}

/**
 * A vague order of magnitude and the range it stands for. The plurals span their order: "hundreds"
 * is 100–999, "tens of thousands" 10,000–99,999, "tens" 10–99; "dozens" is 24–99, at least two
 * dozen and fewer than the hundreds. "Several" or "a few" of a unit is written with
 * {@link several}.
 */
export interface VagueQuantity {
  readonly words: string;
  readonly min: number;
  readonly max: number;
}

/**
 * A number word:
 * - `add` — adds `value`; at most `room` may be added after it ("twenty" leaves room 9, "two" 0)
 * - `multiply` — multiplies what came before, or 1 ("hundred", "dozen")
 * - `scale` — closes a group of thousands, millions …; `standalone: false` for forms that need a
 *   number before them (Ukrainian "тисячі", Russian "тысяч")
 */
export type NumberWord =
  | { readonly kind: "add"; readonly value: number; readonly room: number }
  | { readonly kind: "multiply"; readonly factor: number }
  | { readonly kind: "scale"; readonly scale: number; readonly standalone: boolean };

/** A range: optional opening word, the joining word, and closing words that must follow. */
export interface RangePattern {
  readonly open?: string;
  readonly join: string;
  readonly close?: readonly string[];
}

/** A reciprocal connector ("1,000 for 1,000"); Turkish marks it with a case suffix instead. */
export interface Reciprocal {
  /** The connector words; "" when the suffix alone connects ("1000'e 1000"). */
  readonly words: string;
  /** Suffixes the first number (or its unit word) must carry. */
  readonly suffixes?: readonly string[];
}

/** One language's table. */
export interface LanguageTable {
  /** The primary BCP 47 subtag. */
  readonly tag: string;
  /** The language's English name, for messages. */
  readonly name: string;
  /** Digit-group separators besides the universal no-break, narrow no-break, thin and figure spaces. */
  readonly groupSeparators: readonly string[];
  /** Decimal separators. */
  readonly decimalSeparators: readonly string[];
  /**
   * Whether a plain space groups digits: "1 200" in Ukrainian and Russian, "350 000" as dpa and the
   * Süddeutsche print it, and as the Dutch Taalunie allows. A space groups only a first group of
   * one to three digits and groups of exactly three after it; digits that space splits otherwise
   * are read apart ("1990 2000") or, where some spaces could group and others not, not read and
   * listed in `unread` ("44 123 4567"). Where this is false, a plain space between digits that
   * could be grouped ("350 000" in English) is listed in `unread` too, not read as 350 and 0.
   */
  readonly spaceGrouping: boolean;
  /** Cardinal number words and their inflected forms. */
  readonly numberWords: Readonly<Record<string, NumberWord>>;
  /** Words meaning "one" that are also the indefinite article: they count only before a multiplier. */
  readonly articles: readonly string[];
  /** Joins inside compound number words, unit before ten ("vier|und|zwanzig", "drie|ën|twintig"). */
  readonly compoundJoins: readonly string[];
  /** Whether number words are written together ("tweeduizend", "zweitausend", "binikiyüz"). */
  readonly compoundNumbers: boolean;
  /** Words that multiply the digits before them ("1,5 Millionen", "2.5 thousand", "6 тисяч"). */
  readonly scaleWords: Readonly<Record<string, number>>;
  /**
   * Turkish: case and derivational suffixes a scale word may carry, written onto it ("1 milyondan
   * fazla", "5 bine yakın", "5 binlik"); the suffix is the number's, for the hedges that need one.
   */
  readonly scaleSuffixes?: readonly string[];
  /** Turkish: whether digits after a scale word add to it: "3 bin 500" is 3,500, "1 milyon 200 bin" 1,200,000. */
  readonly digitsAfterScale?: boolean;
  /**
   * Scale number words in the genitive singular ("тысячи", "миллиона"): after a bound or "approx"
   * hedge they are one of that scale ("более тысячи" is more than 1,000), where "тысячи" alone is
   * the vague plural "thousands".
   */
  readonly genitiveScales?: readonly string[];
  readonly vague: readonly VagueQuantity[];
  /**
   * Hedges, each with the form it gives. Two may stand together when the first is an `approx` one
   * and the second a bound: "schätzungsweise mindestens 180.000", "naar schatting ruim 1.000" give
   * the bound made approximate (`above` → `aboveApprox`, `upTo` → `below`).
   */
  readonly hedges: readonly Hedge[];
  /**
   * Words that strengthen a bound hedge without changing what it gives: "deutlich mehr als 20.000"
   * is `{ min: 20000 }`, as "mehr als 20.000" is, and the span keeps "deutlich". They stand before
   * a bound hedge, or, for a hedge after the number, between the number and it ("1.000'den çok
   * daha fazla"). Words that do change the bound ("slightly more than", "knapp über") are hedges of
   * their own.
   */
  readonly intensifiers: readonly string[];
  readonly ranges: readonly RangePattern[];
  /** Words that may close any range ("18-25 yaş arası"). */
  readonly rangeClosers: readonly string[];
  readonly reciprocal: readonly Reciprocal[];
  /** Per-side words before the number ("je 1.200", "по 1200", "her iki taraftan 1.200"). */
  readonly eachBefore: readonly string[];
  /** Per-side words after the number or unit ("on each side", "з кожного боку"). */
  readonly eachAfter: readonly string[];
  /** Turkish distributive suffixes ("1.200'er" = 1,200 each). */
  readonly eachSuffixes: readonly string[];
  /** Words before a number that make it an age ("aged", "im Alter", "віком"); the unit becomes "year". */
  readonly ageMarkers: readonly string[];
  /** The word linking a unit before the number ("bodies of 6,000 soldiers" counts bodies). */
  readonly unitOf: readonly string[];
  /** Unit words that stand before the number without a link ("yüzde 50" is 50 percent). */
  readonly unitsBefore?: Readonly<Record<string, Unit>>;
  /** Words joining a duration's parts ("1 uur en 45 minuten"). */
  readonly and: readonly string[];
  /** Unit words, every form written out. */
  readonly units: Readonly<Record<string, Unit>>;
  /** Unit stems for agglutinative or richly inflected forms: the stem and up to six more letters. */
  readonly unitStems: Readonly<Record<string, Unit>>;
  /** Fraction words: a number word before them is a fraction ("two-thirds"), not a count. */
  readonly fractionWords: readonly string[];
  /**
   * Fractions of a scale word and what they multiply it by: "eine halbe Million" is 500,000,
   * "anderthalb Millionen" 1,500,000, "полторы тысячи" 1,500; also written onto it ("півмільйона",
   * "anderthalbtausend"). Without them "eine halbe Million" would read as one million.
   */
  readonly scaleFractions: Readonly<Record<string, number>>;
  /** Words before a bare four-digit number that make it a year ("in 2025", "seit 2022"). */
  readonly yearBefore: readonly string[];
  /** Words after a four-digit number that make it a year ("2025 року", "2025 года", "2025 yılında"). */
  readonly yearAfter: readonly string[];
  /**
   * Whether a dot after digits may make them an ordinal (German, Turkish: "die 3. Runde", "3. tur").
   * "3." before a word is an ordinal when an `ordinalBefore` word precedes it or the word is in
   * lower case; before a capital with neither, the dot ends a sentence when the figure is
   * hedged or grouped or 1,000 or more ("von 80.000. In Münster"), and is listed in `unread`
   * (`ambiguous_ordinal`) otherwise ("Platz 3. Die …").
   */
  readonly ordinalDot: boolean;
  /** Words after which "3." is an ordinal whatever follows: articles and their contractions ("der", "am", "zum"). */
  readonly ordinalBefore: readonly string[];
  /** Ordinal suffixes glued to a day number ("1st", "16th"). */
  readonly ordinalSuffixes: readonly string[];
  /** Whether month and weekday names must be capitalised to count (English "May", "March"). */
  readonly capitalisedDates: boolean;
  /** Whether the month may come first ("May 16, 2025"). */
  readonly monthFirst: boolean;
  /** Twelve lists of month forms, January first. */
  readonly months: readonly (readonly string[])[];
  /** Seven lists of weekday forms, Monday first. */
  readonly weekdays: readonly (readonly string[])[];
  /** Words between a weekday and its day ("den" in "Donnerstag, den 1. Januar"; "the"). */
  readonly dateFillers: readonly string[];
  /**
   * Parts of the day written together with a weekday ("Samstagnachmittag", "zaterdagavond"): the
   * compound names that weekday. Languages that write them apart ("Saturday afternoon") list none.
   */
  readonly dayParts: readonly string[];
  /** Whether a weekday may follow its date after a space alone ("21 Ocak 2024 Pazar"); in brackets it may everywhere. */
  readonly weekdayAfterDate: boolean;
  readonly today: readonly string[];
  readonly yesterday: readonly string[];
}

/**
 * An additive number word: `add(20, 9)` is "twenty", after which up to 9 may follow.
 *
 * @param value - What the word adds.
 * @param room - The largest number that may follow it additively (0 unless told).
 * @returns The number word.
 * @example
 * add(20, 9); // => { kind: "add", value: 20, room: 9 }
 */
export const add = (value: number, room = 0): NumberWord => ({ kind: "add", value, room });
/**
 * A multiplier word ("hundred" is `multiply(100)`, "dozen" `multiply(12)`).
 *
 * @param factor - What it multiplies by.
 * @returns The number word.
 * @example
 * multiply(100); // => { kind: "multiply", factor: 100 }
 */
export const multiply = (factor: number): NumberWord => ({ kind: "multiply", factor });
/**
 * A scale word ("thousand" is `scale(1000)`).
 *
 * @param value - The scale.
 * @param standalone - False for forms that need a number before them ("тисяч").
 * @returns The number word.
 * @example
 * scale(1000, false); // => { kind: "scale", scale: 1000, standalone: false }
 */
export const scale = (value: number, standalone = true): NumberWord => ({ kind: "scale", scale: value, standalone });

/**
 * "Several thousand", "mehrere Tausend", "enkele duizenden", "birkaç bin", "кілька тисяч",
 * "несколько тысяч": at least two of the unit (as "dozens" is at least two dozen) and fewer than
 * ten of it, which the text would call "tens of thousands": 2,000–9,999 for a thousand, 200–999
 * for a hundred, 20–99 for ten. Exactly one thousand would be a misreading: "mehrere Tausend
 * Menschen" are not 1,000 people. "A few", "einige", "ein paar" read the same; no language's usage
 * tells them apart from "several" firmly enough to give them other bounds.
 *
 * @param words - The phrase, lower case.
 * @param unit - The number it counts in (1000 for "thousand").
 * @returns The vague quantity.
 * @example
 * several("mehrere tausend", 1000); // => { words: "mehrere tausend", min: 2000, max: 9999 }
 */
export function several(words: string, unit: number): VagueQuantity {
  return { words, min: 2 * unit, max: 10 * unit - 1 };
}

/**
 * Maps every form in `forms` to `value`, for building tables.
 *
 * @param forms - The word forms.
 * @param value - What each form means.
 * @returns A record from form to value.
 * @example
 * sameFor(["children", "child"], "child"); // => { children: "child", child: "child" }
 */
export function sameFor<T>(forms: readonly string[], value: T): Record<string, T> {
  const record: Record<string, T> = {};
  for (const form of forms) record[form] = value;
  return record;
}
