/**
 * Issues: what parseCorpus reports about input it cannot accept.
 */

/**
 * The closed set of issue codes, snake_case like zod's.
 *
 * Shape: `invalid_type`, `missing`, `unknown_key`, `invalid_value`, `invalid_date`,
 * `not_finite`, `negative_count`, `min_greater_than_max`, `value_and_range`, `empty_quantity`,
 * `mixed_units`, `per_side_sides`, `per_side_shape`, `no_parties`, `unreadable_text`.
 * References: `duplicate_id`, `unknown_side`, `unknown_speaker`, `unknown_actor`,
 * `unknown_source`, `ambiguous_alias`, `unknown_claim`, `supersedes_self`,
 * `supersedes_other_proposition`, `supersedes_cycle`. Options: `invalid_option`.
 */
export type IssueCode =
  | "invalid_type"
  | "missing"
  | "unknown_key"
  | "invalid_value"
  | "invalid_date"
  | "not_finite"
  | "negative_count"
  | "min_greater_than_max"
  | "value_and_range"
  | "empty_quantity"
  | "mixed_units"
  | "per_side_sides"
  | "per_side_shape"
  | "no_parties"
  | "unreadable_text"
  | "duplicate_id"
  | "unknown_side"
  | "unknown_speaker"
  | "unknown_actor"
  | "unknown_source"
  | "ambiguous_alias"
  | "unknown_claim"
  | "supersedes_self"
  | "supersedes_other_proposition"
  | "supersedes_cycle"
  | "invalid_option";

/**
 * One problem with the input: where it is, what kind of problem, and what to do about it.
 *
 * @example
 * const issue: Issue = {
 *   path: ["claims", 3, "speaker"],
 *   code: "unknown_speaker",
 *   message: 'No actor "Umarov"; nearest: umerov (Rustem Umerov)',
 * };
 */
export interface Issue {
  /** Keys and indexes from the root of the input to the offending value. */
  readonly path: readonly (string | number)[];
  readonly code: IssueCode;
  readonly message: string;
}

/**
 * The closed set of warning codes: what parseCorpus accepted but a person should look at.
 *
 * `speaker_by_name_key`: a speaker or relay matched no actor's id, name or alias, even ignoring
 * case and diacritics, and was taken for an actor only because their name keys (`nameKey`) are equal
 * ("Kazim Abbaci" for Kazım Abacı): most such matches are other spellings, some are other people.
 *
 * `figure_shape`: a claim's `{ "text": … }` value was read from digits whose shape often means
 * something else in the source's language: "1.200" read as 1.2 in English (1,200 where a dot
 * groups thousands), "350 000" read as one number in German (two where the space separates them).
 */
export type WarningCode = "speaker_by_name_key" | "figure_shape";

/**
 * Something parseCorpus accepted but a person should check: where, what kind, and what to do.
 * Warnings never make a corpus invalid.
 *
 * @example
 * const warning: Warning = {
 *   path: ["claims", 0, "speaker"],
 *   code: "speaker_by_name_key",
 *   message: '"Kazim Abbaci" was taken for abaci (Kazım Abacı) by spelling alone; add it as an alias if that is right',
 * };
 */
export interface Warning {
  /** Keys and indexes from the root of the input to the value warned about. */
  readonly path: readonly (string | number)[];
  readonly code: WarningCode;
  readonly message: string;
}

/**
 * The `figure_shape` warning, with the digits in doubt and the language they were read in.
 *
 * @example
 * const warning: FigureShapeWarning = {
 *   path: ["claims", 0, "value", "text"],
 *   code: "figure_shape",
 *   message:
 *     '"1.200" in "1.200 prisoners" was read as 1.2 ("." marks decimals in en); it is 1200 where "." groups thousands: ' +
 *     "give a tagged value or write the figure without that doubt",
 *   figure: "1.200",
 *   language: "en",
 * };
 */
export interface FigureShapeWarning extends Warning {
  readonly code: "figure_shape";
  /** The digits as written in the text: "1.200", "350 000". */
  readonly figure: string;
  /** The source's language tag, which they were read in. */
  readonly language: string;
}

/**
 * The one error concord throws: for invalid options, or a `defineCorpus` that does not hold.
 * It carries the same issues parseCorpus returns.
 *
 * @example
 * try { reconcile(corpus, { asOf: "yesterday" }); }
 * catch (error) { if (error instanceof ConcordError) console.log(error.issues[0]?.code); }
 * // => "invalid_option"
 */
export class ConcordError extends Error {
  override readonly name = "ConcordError";
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    super(issues.map((issue) => `${formatPath(issue.path)}: ${issue.message} (${issue.code})`).join("\n"));
    this.issues = issues;
  }
}

/**
 * A path as people write it: `claims[3].speaker`.
 *
 * @example
 * formatPath(["claims", 3, "speaker"]); // => "claims[3].speaker"
 */
export function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) text += text === "" ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text === "" ? "(root)" : text;
}
