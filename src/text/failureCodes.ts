import type { UnreadCode } from "./findQuantities.js";
import type { TextFailureCode } from "./textResult.js";

/** A reader call, as data: which reader, its text and its options. */
export interface ReaderCall {
  readonly reader: "readQuantity" | "readDate";
  readonly text: string;
  readonly options: Readonly<Record<string, unknown>>;
}

/** What a failure code means, and a call that gives it. */
export interface FailureCodeEntry {
  /** One line: what the reader saw, and what to do. */
  readonly meaning: string;
  /** A call that fails with this code; a test runs each. */
  readonly example: ReaderCall;
  /** Whether every reader gives it (bad options), not only the example's. */
  readonly everyReader?: true;
}

/**
 * Every {@link TextFailureCode}, in the order of the union, with its meaning and a real example:
 * the code table of the text readers' docs is written from it (`npm run docs`), and a test runs
 * each example, so neither can drift from the readers. Not exported from the package.
 *
 * @internal
 * @example
 * failureCodes.weekday_mismatch.example.text; // => "Friday, 1 January 2026"
 */
export const failureCodes: Readonly<Record<TextFailureCode, FailureCodeEntry>> = {
  unsupported_language: {
    meaning: "the language tag's first part is none of en, nl, de, tr, uk, ru; the message lists them",
    example: { reader: "readQuantity", text: "1 200 personnes", options: { language: "fr" } },
    everyReader: true,
  },
  invalid_input: {
    meaning:
      "the text is no string, or an option is malformed (`sides` not two different ids, a `prefer` other than past or nearest)",
    example: { reader: "readQuantity", text: "1,000 for 800", options: { language: "en", sides: ["ukraine"] } },
    everyReader: true,
  },
  no_quantity: {
    meaning: "readQuantity found no figure in the text",
    example: { reader: "readQuantity", text: "a great many", options: { language: "en" } },
  },
  several_quantities: {
    meaning: "readQuantity found more than one figure; the message quotes them (findQuantities reads them all)",
    example: { reader: "readQuantity", text: "1,200 people and 3,000 bodies", options: { language: "en" } },
  },
  unequal_sides: {
    meaning:
      "a reciprocal with two different figures, and neither `sides` nor side names after the figures say whose is whose",
    example: { reader: "readQuantity", text: "1,000 for 800", options: { language: "en" } },
  },
  ambiguous_grouping: {
    meaning:
      "digits split by spaces that may be one number or several: a group starting with 0, groups that cannot all be threes, or a plain space in a language that does not group with it",
    example: { reader: "readQuantity", text: "350 000 people", options: { language: "en" } },
  },
  malformed_number: {
    meaning:
      "shaped like a number but not one in the language (its separators in the wrong places), or a range that falls",
    example: { reader: "readQuantity", text: "1.5 Gefangene", options: { language: "de" } },
  },
  ambiguous_ordinal: {
    meaning:
      "German or Turkish digits and a dot before a capital, no article before them: an ordinal or a count that ends a sentence",
    example: { reader: "readQuantity", text: "Es kamen 300. Die Polizei schwieg.", options: { language: "de" } },
  },
  no_date: {
    meaning: "readDate found no date in the text",
    example: { reader: "readDate", text: "soon", options: { language: "en" } },
  },
  several_dates: {
    meaning: "readDate found more than one date; the message quotes them",
    example: { reader: "readDate", text: "16 May and 23 May 2025", options: { language: "en" } },
  },
  not_a_day: {
    meaning: "a month or a year, not a day",
    example: { reader: "readDate", text: "February 2022", options: { language: "en" } },
  },
  invalid_date: {
    meaning: "no such day in the calendar",
    example: { reader: "readDate", text: "31. Februar 2025", options: { language: "de" } },
  },
  needs_reference: {
    meaning: "a date without a year, a weekday alone, today or yesterday, and no `reference` to place it",
    example: { reader: "readDate", text: "16 May", options: { language: "en" } },
  },
  invalid_reference: {
    meaning: "`reference` is no date (YYYY-MM-DD, a date-time, or YYYY-MM)",
    example: { reader: "readDate", text: "16 May", options: { language: "en", reference: "soon" } },
  },
  weekday_mismatch: {
    meaning: "the weekday written with a date is not that date's weekday; the message names the right one",
    example: { reader: "readDate", text: "Friday, 1 January 2026", options: { language: "en" } },
  },
};

/**
 * The failure codes findQuantities also lists in `unread`, in the order of {@link UnreadCode}.
 *
 * @internal
 * @example
 * unreadCodes.includes("ambiguous_grouping"); // => true
 */
export const unreadCodes: readonly UnreadCode[] = [
  "unequal_sides",
  "ambiguous_grouping",
  "malformed_number",
  "ambiguous_ordinal",
];
