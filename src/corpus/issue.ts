/**
 * Issues: what parseCorpus reports about input it cannot accept.
 */

/**
 * A path into the input: keys and indexes from its root to the offending value.
 *
 * @example
 * const path: IssuePath = ["claims", 3, "speaker"];
 */
export type IssuePath = readonly (string | number)[];

/**
 * A value from the input as an issue repeats it: a string (cut as messages cut it), a finite
 * number, a boolean or null. Always JSON.
 *
 * @example
 * const given: GivenValue = "doubts";
 */
export type GivenValue = string | number | boolean | null;

/**
 * What kind of JSON value stood where another kind belongs.
 *
 * @example
 * const found: JsonKind = "array";
 */
export type JsonKind = "string" | "number" | "boolean" | "null" | "array" | "object";

/**
 * A subject and an attribute: the question a claim answers.
 *
 * @example
 * const question: PropositionKey = { subject: "pow-exchange/istanbul", attribute: "returned" };
 */
export interface PropositionKey {
  readonly subject: string;
  readonly attribute: string;
}

/**
 * The data each issue code carries beside `path`, `code` and `message`: what the message is made
 * from, so a program can act without reading English. Texts from the input are cut as messages
 * cut them (80 characters and "…"; 40 for `invalid_type` and `invalid_value`), and lists are
 * bounded (see each field), so an issue stays small whatever the input holds.
 *
 * @example
 * const payload: IssuePayloads["unknown_speaker"] = { given: "Umarov", nearest: ["umerov"] };
 */
export interface IssuePayloads {
  /** A value of the wrong kind: zod's `expected` ("string", "object", …) and the kind found. */
  readonly invalid_type: { readonly expected: string; readonly given: JsonKind };
  /** A required field absent; `expected` is the kind it must be, where known. */
  readonly missing: { readonly expected?: string };
  /** A field concord does not know. */
  readonly unknown_key: { readonly key: string };
  /**
   * A value outside its set: the values allowed, where they are few (`stance`, `role`, `kind`),
   * and the value found, where it is a string, number, boolean or null.
   */
  readonly invalid_value: { readonly expected?: readonly GivenValue[]; readonly given?: GivenValue };
  /** Not a date: the text given, and the source's language when it was read as words. */
  readonly invalid_date: { readonly given: string; readonly language?: string };
  /** NaN or an infinity, as text: JSON has no such number. */
  readonly not_finite: { readonly given: "NaN" | "Infinity" | "-Infinity" };
  readonly negative_count: { readonly given: number };
  /** A range that runs backwards: counts, or dates as YYYY-MM-DD. */
  readonly min_greater_than_max: { readonly min: number | string; readonly max: number | string };
  readonly value_and_range: Record<never, never>;
  readonly empty_quantity: Record<never, never>;
  /** The units the sides' figures use, `null` for none; at most ten. */
  readonly mixed_units: { readonly units: readonly (string | null)[] };
  /**
   * A `bySide` that does not name exactly the parties: the parties, the ones it leaves out and the
   * sides it names that are none; at most ten of each.
   */
  readonly per_side_sides: {
    readonly parties: readonly string[];
    readonly missing: readonly string[];
    readonly extra: readonly string[];
  };
  readonly per_side_shape: Record<never, never>;
  readonly no_parties: Record<never, never>;
  /** Words that hold no figure concord can read, and the language they were read in. */
  readonly unreadable_text: { readonly given: string; readonly language: string };
  /** An id used before; `first` is the path of the element that holds it first. */
  readonly duplicate_id: { readonly id: string; readonly first: IssuePath };
  /** A side not declared, and the sides that are (at most ten). */
  readonly unknown_side: { readonly given: string; readonly sides: readonly string[] };
  /** A speaker no actor matches, and the ids of the nearest actors (at most three; maybe none). */
  readonly unknown_speaker: { readonly given: string; readonly nearest: readonly string[] };
  /** A `via` no actor matches, and the ids of the nearest actors (at most three; maybe none). */
  readonly unknown_actor: { readonly given: string; readonly nearest: readonly string[] };
  /** A source not declared, and the nearest source ids (at most three; maybe none). */
  readonly unknown_source: { readonly given: string; readonly nearest: readonly string[] };
  /**
   * A name that fits several actors: the name, the ids of the first five that it fits, and how
   * many it fits in all.
   */
  readonly ambiguous_alias: { readonly alias: string; readonly actors: readonly string[]; readonly count: number };
  /** A `supersedes` that names no claim. */
  readonly unknown_claim: { readonly given: string };
  /** The claim that names itself in `supersedes`. */
  readonly supersedes_self: { readonly id: string };
  /**
   * A `supersedes` naming a claim on another question: that claim's id and question, and the
   * question of the claim that names it.
   */
  readonly supersedes_other_proposition: {
    readonly given: string;
    readonly proposition: PropositionKey;
    readonly expected: PropositionKey;
  };
  /**
   * Claims that supersede each other in a ring: the shortest ring through the claim that comes
   * first in the input, in order from it (its first nine claims), how many claims that ring
   * holds, and how many claims in all are tied in cycles with it.
   */
  readonly supersedes_cycle: { readonly claims: readonly string[]; readonly length: number; readonly count: number };
  /** An option concord cannot use: its name and the value given (as text when it is no JSON). */
  readonly invalid_option: { readonly option: string; readonly given: GivenValue };
}

/**
 * The closed set of issue codes, snake_case like zod's.
 *
 * Shape: `invalid_type`, `missing`, `unknown_key`, `invalid_value`, `invalid_date`,
 * `not_finite`, `negative_count`, `min_greater_than_max`, `value_and_range`, `empty_quantity`,
 * `mixed_units`, `per_side_sides`, `per_side_shape`, `no_parties`, `unreadable_text`.
 * References: `duplicate_id`, `unknown_side`, `unknown_speaker`, `unknown_actor`,
 * `unknown_source`, `ambiguous_alias`, `unknown_claim`, `supersedes_self`,
 * `supersedes_other_proposition`, `supersedes_cycle`. Options: `invalid_option`.
 *
 * @example
 * const code: IssueCode = "unknown_speaker";
 */
export type IssueCode = keyof IssuePayloads;

/**
 * The issue of one code: `path`, `code` and `message`, and the data of that code.
 *
 * @example
 * const issue: IssueOf<"duplicate_id"> = {
 *   path: ["claims", 4, "id"], code: "duplicate_id", message: 'Duplicate claim id "c1" (first at claims[0])',
 *   id: "c1", first: ["claims", 0],
 * };
 */
export type IssueOf<C extends IssueCode> = {
  /** Keys and indexes from the root of the input to the offending value. */
  readonly path: IssuePath;
  readonly code: C;
  /** The problem in words a person can act on, made from the data beside it. */
  readonly message: string;
} & IssuePayloads[C];

/**
 * One problem with the input: where it is, what kind of problem, what to do about it, and the
 * data of its kind. A union by `code`: narrow on it to read the data.
 *
 * @example
 * const issue: Issue = {
 *   path: ["claims", 3, "speaker"],
 *   code: "unknown_speaker",
 *   message: 'No actor "Umarov"; nearest: umerov (Rustem Umerov)',
 *   given: "Umarov",
 *   nearest: ["umerov"],
 * };
 * if (issue.code === "unknown_speaker") issue.nearest; // => ["umerov"]
 */
export type Issue = { readonly [C in IssueCode]: IssueOf<C> }[IssueCode];

/**
 * The data each warning code carries beside `path`, `code` and `message`.
 *
 * @example
 * const payload: WarningPayloads["speaker_by_name_key"] = { given: "Kazim Abbaci", actor: "abaci", uses: 1 };
 */
export interface WarningPayloads {
  /** The name as written, the id of the actor it was taken for, and how many times it is used. */
  readonly speaker_by_name_key: { readonly given: string; readonly actor: string; readonly uses: number };
  /** The digits as written in the text ("1.200", "350 000"), and the source's language tag they were read in. */
  readonly figure_shape: { readonly figure: string; readonly language: string };
  /** The attribute, and the most days one of its questions spans with the sides it has (counted up to 3). */
  readonly no_fresh_for: { readonly attribute: string; readonly sides: number; readonly days: number };
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
 *
 * `no_fresh_for`: an over-time attribute sets no `freshFor`, yet one of its questions has claims
 * of several sides across two months or more: a side that fell silent months ago still holds a
 * current position there, and a later claim of another side contradicts it rather than follows it.
 *
 * @example
 * const code: WarningCode = "figure_shape";
 */
export type WarningCode = keyof WarningPayloads;

/**
 * The warning of one code: `path`, `code` and `message`, and the data of that code.
 *
 * @example
 * const warning: WarningOf<"speaker_by_name_key"> = {
 *   path: ["claims", 0, "speaker"], code: "speaker_by_name_key",
 *   message: '"Kazim Abbaci" was taken for abaci (Kazım Abacı) by spelling alone; add it to the actor\'s aliases if that is right',
 *   given: "Kazim Abbaci", actor: "abaci", uses: 1,
 * };
 */
export type WarningOf<C extends WarningCode> = {
  /** Keys and indexes from the root of the input to the value warned about. */
  readonly path: IssuePath;
  readonly code: C;
  readonly message: string;
} & WarningPayloads[C];

/**
 * Something parseCorpus accepted but a person should check: where, what kind, what to do, and
 * the data of its kind. Warnings never make a corpus invalid.
 *
 * @example
 * const warning: Warning = {
 *   path: ["claims", 0, "speaker"],
 *   code: "speaker_by_name_key",
 *   message: '"Kazim Abbaci" was taken for abaci (Kazım Abacı) by spelling alone; add it to the actor\'s aliases if that is right',
 *   given: "Kazim Abbaci",
 *   actor: "abaci",
 *   uses: 1,
 * };
 */
export type Warning = { readonly [C in WarningCode]: WarningOf<C> }[WarningCode];

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
export type FigureShapeWarning = WarningOf<"figure_shape">;

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
