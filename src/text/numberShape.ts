import type { TextSpan } from "./textResult.js";

/**
 * What joins a number's groups of three digits: "comma" ("1,200"), "dot" ("1.200" in German),
 * "apostrophe" ("1’200"), "space" (a plain space: "350 000" in German), "no_break_space" (a
 * no-break, narrow no-break, thin or figure space, as `Intl.NumberFormat` prints), or "none"
 * ("1200", "1.2").
 *
 * @example
 * const grouping: DigitGrouping = "comma"; // "1,200" in English
 */
export type DigitGrouping = "comma" | "dot" | "apostrophe" | "space" | "no_break_space" | "none";

/**
 * What marks a number's decimals: "dot" ("1.5" in English), "comma" ("1,5" in German), or "none".
 *
 * @example
 * const decimal: DecimalMark = "comma"; // "2,5 Millionen"
 */
export type DecimalMark = "comma" | "dot" | "none";

/**
 * Why a number's shape often means something else, and the other reading:
 * - `decimal_or_thousands` — one dot or comma before exactly three digits, read as decimals
 *   because the language marks decimals with it ("1.200" in English is 1.2, "1,200" in German
 *   1.2), though many texts (and translations) group thousands with it: `otherValue` is that
 *   reading (1200).
 * - `one_or_several` — groups of three after a plain space, read as one number because the
 *   language groups digits with a space ("350 000" in German is 350000), though a plain space
 *   also stands between numbers in lists and tables: `groups` are the digits the spaces split
 *   (["350", "000"]).
 *
 * @example
 * const doubt: ShapeDoubt = { kind: "decimal_or_thousands", otherValue: 1200 }; // "1.200" in English
 */
export type ShapeDoubt =
  | { readonly kind: "decimal_or_thousands"; readonly otherValue: number }
  | { readonly kind: "one_or_several"; readonly groups: readonly string[] };

/**
 * How one number of a figure was written in digits, so a caller can tell "1.200" from "1,200"
 * and see where a shape allows another reading. A figure gives one per number written in digits
 * ("between 1.200 and 1.500" gives two; "twelve hundred" none). A grouping the language uses
 * ("1,200" in English, "1.200" in German) is no doubt, nor a typographic space ("350 000" with
 * a no-break space).
 *
 * @example
 * readQuantity("1.200 prisoners", { language: "en" });
 * // => { ok: true, value: { kind: "quantity", value: 1.2, unit: "prisoner" }, …,
 * //      shapes: [{ span: { start: 0, end: 5 }, text: "1.200", value: 1.2, grouping: "none",
 * //        decimal: "dot", doubt: { kind: "decimal_or_thousands", otherValue: 1200 } }] }
 */
export interface NumberShape {
  /** Where the digits stand; `text` is them as written ("1.200", "350 000"). */
  readonly span: TextSpan;
  readonly text: string;
  /** The number the digits were read as, before a scale word ("1.2" in "1.2 million" is 1.2). */
  readonly value: number;
  readonly grouping: DigitGrouping;
  readonly decimal: DecimalMark;
  /** Only where the shape often means something else. */
  readonly doubt?: ShapeDoubt;
}
