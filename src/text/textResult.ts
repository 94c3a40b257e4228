/**
 * The result shapes the text readers share: `{ ok: true, … }` on success, a {@link TextFailure}
 * otherwise. Nothing in `src/text` throws for text it cannot read.
 */

/** Where a reading stands in the text: UTF-16 offsets, `text.slice(start, end)` is what was read. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Why a reader gave up, as a closed set of codes. */
export type TextFailureCode =
  | "unsupported_language"
  | "invalid_input"
  | "no_quantity"
  | "several_quantities"
  | "unequal_sides"
  | "ambiguous_grouping"
  | "malformed_number"
  | "ambiguous_ordinal"
  | "no_date"
  | "several_dates"
  | "not_a_day"
  | "invalid_date"
  | "needs_reference"
  | "invalid_reference"
  | "weekday_mismatch";

/** A reader's failure: a code and a sentence a person can act on. */
export interface TextFailure {
  readonly ok: false;
  readonly code: TextFailureCode;
  readonly message: string;
}

/**
 * Builds a {@link TextFailure}.
 *
 * @param code - Why.
 * @param message - A sentence a person can act on.
 * @returns The failure.
 * @example
 * textFailure("no_date", "No date in \"soon\""); // => { ok: false, code: "no_date", message: "No date in \"soon\"" }
 */
export function textFailure(code: TextFailureCode, message: string): TextFailure {
  return { ok: false, code, message };
}
