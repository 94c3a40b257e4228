import type { PerSide, Quantity } from "../corpus/value.js";
import { type Language, resolveLanguage } from "./language.js";
import type { NumberShape } from "./numberShape.js";
import { prepareText } from "./prepareText.js";
import { FigureReader } from "./scanFigures.js";
import { scanNumerals } from "./scanNumerals.js";
import { compileSideNames, type SideIndex } from "./sideIndex.js";
import { type TextFailure, type TextSpan, textFailure } from "./textResult.js";

/** Options of {@link findQuantities} and `readQuantity`. */
export interface QuantityOptions {
  /** The text's language as a BCP 47 tag ("en", "nl-BE", "uk-UA"); its first part picks the table. */
  readonly language: string;
  /**
   * Side ids in the order a reciprocal phrase gives their figures: with `["ukraine", "russia"]`,
   * "1,000 for 800" reads as `{ bySide: { ukraine: 1000, russia: 800 } }`. Without it an unequal
   * reciprocal is not read (`unequal_sides`), unless `sideNames` lets the phrase say it. Wins over
   * `sideNames` when both are given.
   */
  readonly sides?: readonly [string, string] | undefined;
  /**
   * For each side id, the words or names that name the side or its people, in any language and
   * script (`{ ukraine: ["Ukrainians", "Oekraïners", "українців"], russia: ["Russians", "Russen",
   * "росіян"], "north-korea": ["north-korea", "North Koreans"], "united-states": ["U.S."] }`).
   * Words in the text match a listed name when their {@link nameKey}s are equal, word by word (case,
   * diacritics and script do not matter, nor whether the words are joined by a space, a hyphen, a
   * dot or a slash: "North Korea", "north-korea"; inflected forms must be listed). An unequal
   * reciprocal whose figures are each followed by a name of exactly one side, the two sides
   * different, reads as `{ bySide }`: "1,000 Ukrainians for 800 Russians" gives `{ ukraine: 1000,
   * russia: 800 }`. A unit word may stand before or after the side name ("1,000 Ukrainian prisoners
   * for 800 Russian prisoners"). No side name, a name of several sides, or one side twice leaves
   * `unequal_sides`. Side names are never units; where two listed names start alike, the longer one
   * found wins. Not read: side names joined by a Turkish case suffix ("1000 Ukraynalıya 800 Rus"),
   * and side names before the number.
   */
  readonly sideNames?: Readonly<Record<string, readonly string[]>> | undefined;
}

/**
 * A figure found in a text.
 *
 * @example
 * const found: FoundQuantity = {
 *   value: { kind: "quantity", value: 1200, unit: "prisoner" },
 *   span: { start: 0, end: 15 },
 *   text: "1,200 prisoners",
 *   shapes: [{ span: { start: 0, end: 5 }, text: "1,200", value: 1200, grouping: "comma", decimal: "none" }],
 * };
 */
export interface FoundQuantity {
  readonly value: Quantity | PerSide;
  readonly span: TextSpan;
  /** `text.slice(span.start, span.end)`. */
  readonly text: string;
  /**
   * How each number of the figure written in digits was written, in order, with a `doubt` where
   * the shape often means something else ("1.200" in English, "350 000" in German): see
   * {@link NumberShape}. Empty for a figure in words.
   */
  readonly shapes: readonly NumberShape[];
}

/**
 * Why a figure was seen but not read:
 * - `unequal_sides` — "1,000 for 800" without `sides` or side names that tell whose figure is whose
 * - `ambiguous_grouping` — digits split by spaces that may be one number or several: "44 123 4567",
 *   "030 123 456", "2024 300 000", or "350 000" in a language that does not group with a plain
 *   space (English, Turkish)
 * - `malformed_number` — shaped like a number but not one in the language: "1.5" in German (the
 *   decimal separator is ","), "1,20" in English, a falling range "5-3"
 * - `ambiguous_ordinal` — German and Turkish "3." before a capital, with no article before it: an
 *   ordinal (as in "die 3. Liga") or a count that ends a sentence ("… kamen 300. Die Polizei …")
 */
export type UnreadCode = "unequal_sides" | "ambiguous_grouping" | "malformed_number" | "ambiguous_ordinal";

/** A figure the reader saw but could not turn into a value, and why. */
export interface UnreadQuantity {
  readonly span: TextSpan;
  readonly text: string;
  readonly code: UnreadCode;
  readonly message: string;
}

/** What {@link findQuantities} gives. */
export type FindQuantitiesResult =
  | { readonly ok: true; readonly quantities: readonly FoundQuantity[]; readonly unread: readonly UnreadQuantity[] }
  | TextFailure;

/** Shared by every figure written in words; frozen, so no caller can change it for all. */
const NO_SHAPES: readonly NumberShape[] = Object.freeze([]);

/** Checked inputs of the quantity readers. */
export interface QuantityInput {
  readonly text: string;
  readonly language: Language;
  readonly sides: readonly [string, string] | undefined;
  /** `sideNames`, compiled; undefined when not given. */
  readonly sideNames: SideIndex | undefined;
}

/**
 * Checks the text and options of `findQuantities` and `readQuantity`.
 *
 * @param text - What the caller passed as text.
 * @param options - What the caller passed as options.
 * @returns The checked input, or a failure (`invalid_input`, `unsupported_language`).
 * @example
 * checkQuantityInput("1,200", { language: "fr" }).ok; // => false
 */
export function checkQuantityInput(
  text: unknown,
  options: unknown,
): { readonly ok: true; readonly input: QuantityInput } | TextFailure {
  if (typeof text !== "string")
    return textFailure("invalid_input", `Expected the text as a string, got a ${typeof text}`);
  if (typeof options !== "object" || options === null) {
    return textFailure("invalid_input", 'Expected options such as { language: "en" }');
  }
  const resolved = resolveLanguage((options as { language?: unknown }).language);
  if (!resolved.ok) return resolved;
  const names = (options as { sideNames?: unknown }).sideNames;
  let sideNames: SideIndex | undefined;
  if (names !== undefined) {
    const compiled = compileSideNames(names);
    if (!compiled.ok) return compiled;
    sideNames = compiled.index;
  }
  const sides = (options as { sides?: unknown }).sides;
  if (sides === undefined)
    return { ok: true, input: { text, language: resolved.language, sides: undefined, sideNames } };
  if (
    !Array.isArray(sides) ||
    sides.length !== 2 ||
    typeof sides[0] !== "string" ||
    typeof sides[1] !== "string" ||
    sides[0] === "" ||
    sides[1] === "" ||
    sides[0] === sides[1]
  ) {
    return textFailure("invalid_input", "`sides` must be two different side ids, the first figure's side first");
  }
  return { ok: true, input: { text, language: resolved.language, sides: [sides[0], sides[1]], sideNames } };
}

/**
 * Every figure of a checked text, in order.
 *
 * @param input - From {@link checkQuantityInput}.
 * @returns The figures read and those seen but not read.
 * @example
 * findInText(checked.input).quantities.map((quantity) => quantity.text); // => ["1,200"] for "1,200"
 */
export function findInText(input: QuantityInput): { quantities: FoundQuantity[]; unread: UnreadQuantity[] } {
  const prepared = prepareText(input.text, input.language);
  const { numerals, problems } = scanNumerals(prepared.tokens, input.language, prepared.blocked);
  const reader = new FigureReader(prepared, input.language, numerals, input.sides, input.sideNames);
  const { tokens, blocked } = prepared;
  const quantities: FoundQuantity[] = [];
  const unread: UnreadQuantity[] = [];
  const spanOf = (start: number, end: number): { span: TextSpan; text: string } => {
    const from = tokens[start]?.start ?? 0;
    const to = tokens[end - 1]?.end ?? from;
    return { span: { start: from, end: to }, text: input.text.slice(from, to) };
  };
  // Built field by field: rest and spread copies made this a third of the time on digit-heavy text.
  const shapesOf = (start: number, end: number): readonly NumberShape[] => {
    let shapes: NumberShape[] | undefined;
    for (let at = start; at < end; at++) {
      const written = numerals[at]?.shapes;
      if (written === undefined) continue;
      for (const shape of written) {
        const from = tokens[shape.start]?.start ?? 0;
        const to = tokens[shape.end - 1]?.end ?? from;
        const span = { start: from, end: to };
        const text = input.text.slice(from, to);
        const { value, grouping, decimal, doubt } = shape;
        shapes ??= [];
        shapes.push(
          doubt === undefined
            ? { span, text, value, grouping, decimal }
            : { span, text, value, grouping, decimal, doubt },
        );
      }
    }
    return shapes ?? NO_SHAPES;
  };
  let problem = 0;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined || token.kind === "space" || token.kind === "punct" || blocked[index] === 1) {
      index += 1;
      continue;
    }
    // A number scanNumerals could not read is no numeral, so no figure reaches into it.
    const seen = problems[problem];
    if (seen !== undefined && seen.start <= index) {
      unread.push({ ...spanOf(seen.start, seen.end), code: seen.code, message: seen.message });
      problem += 1;
      index = Math.max(index, seen.end);
      continue;
    }
    const figure = reader.read(index);
    if (figure === undefined) {
      index += 1;
      continue;
    }
    if (figure.kind === "skip") {
      index = Math.max(index + 1, figure.end);
      continue;
    }
    const { span, text } = spanOf(figure.start, figure.end);
    if (figure.kind === "value")
      quantities.push({ value: figure.value, span, text, shapes: shapesOf(figure.start, figure.end) });
    else unread.push({ span, text, code: figure.code, message: figure.message });
    index = Math.max(index + 1, figure.end);
  }
  for (; problem < problems.length; problem++) {
    const seen = problems[problem];
    if (seen) unread.push({ ...spanOf(seen.start, seen.end), code: seen.code, message: seen.message });
  }
  return { quantities, unread };
}

/**
 * Finds every figure in a text, each with its span, so a user can highlight it in the quote.
 * Dates, times, years ("in 2025"), ordinals, links, phone numbers after "+", codes glued to
 * letters ("EUR1", "COVID-19"), percentages and money are not figures. A number that is none of
 * these and still cannot be read is never dropped: it is listed in `unread` with a code and why
 * ({@link UnreadCode}), as "44 123 4567", "1.5" in German or "Platz 3. Die …" are.
 *
 * @param text - A quote or a whole article.
 * @param options - The language (a BCP 47 tag) and, for unequal reciprocals, the sides or the
 *   words that name them (`sideNames`).
 * @returns The figures in order, without overlaps, and those seen but not read; or a failure for
 *   an unsupported language or malformed options.
 * @example
 * const found = findQuantities("about 1,200 people on each side, and 3,000 bodies", { language: "en" });
 * found.ok && found.quantities.map((quantity) => quantity.text);
 * // => ["about 1,200 people on each side", "3,000 bodies"]
 * findQuantities("They swapped 1,000 Ukrainians for 800 Russians.", {
 *   language: "en",
 *   sideNames: { ukraine: ["Ukrainians"], russia: ["Russians"] },
 * });
 * // => { ok: true, quantities: [{ value: { kind: "per-side", bySide: { ukraine: { value: 1000 }, russia: { value: 800 } } },
 * //      span: { start: 13, end: 46 }, text: "1,000 Ukrainians for 800 Russians",
 * //      shapes: [{ span: { start: 13, end: 18 }, text: "1,000", value: 1000, grouping: "comma", decimal: "none" },
 * //        { span: { start: 34, end: 37 }, text: "800", value: 800, grouping: "none", decimal: "none" }] }], unread: [] }
 * findQuantities("Telefon 030 123 456", { language: "de" });
 * // => { ok: true, quantities: [], unread: [{ span: { start: 8, end: 19 }, text: "030 123 456",
 * //      code: "ambiguous_grouping", message: "\"030 123 456\" has a group starting with 0, …" }] }
 */
export function findQuantities(text: string, options: QuantityOptions): FindQuantitiesResult {
  const checked = checkQuantityInput(text, options);
  if (!checked.ok) return checked;
  return { ok: true, ...findInText(checked.input) };
}
