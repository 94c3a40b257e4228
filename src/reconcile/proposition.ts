import type { Changes } from "../model/attribute.js";
import type { Stance } from "../model/claim.js";
import type { Value } from "../model/value.js";

/**
 * Where a proposition stands: `one-sided` when one side holds a current position,
 * `consensus` when no two current claims contradict each other, else `contested`.
 */
export type Status = "consensus" | "contested" | "one-sided";

/**
 * A link in a supersession chain: `newer` replaces `older`, `by` an explicit `supersedes` or by
 * `time` (a side's later, different statement on an over-time attribute).
 *
 * @example
 * const link: Supersession = { newer: "c2", older: "c1", by: "time", reason: "…" };
 */
export interface Supersession {
  readonly newer: string;
  readonly older: string;
  readonly by: "supersedes" | "time";
  readonly reason: string;
}

/**
 * Two groups of claims that contradict each other while both were valid. `a` and `b` are the
 * claims where the clash began (`a` the earlier); `groups` index the proposition's `groups`,
 * where every claim making the same statement is listed. The clash runs `from` the moment the
 * later claim was stated `until` one of the two was superseded (absent while both stand).
 *
 * @example
 * const clash: Contradiction = { a: "c1", b: "c7", groups: [0, 3], reason: "…", from: "2025-07-23", current: true };
 */
export interface Contradiction {
  readonly a: string;
  readonly b: string;
  readonly groups: readonly [number, number];
  readonly reason: string;
  readonly from: string;
  readonly until?: string;
  readonly current: boolean;
}

/**
 * Claims that make the same statement: one value, one stance. They agree with each other by
 * definition; agreement between different values is what `compare` and `consensus` tell.
 *
 * @example
 * const group: AgreementGroup = { claims: ["c1", "c4"], sides: ["ukraine"], value: { kind: "label", value: "stalled" }, stance: "asserts" };
 */
export interface AgreementGroup {
  readonly claims: readonly string[];
  readonly sides: readonly string[];
  readonly value: Value;
  readonly stance: Stance;
}

/**
 * What one side holds now: its current (unsuperseded) claims, and the value and stance of the
 * latest of them. `divided` when the side's own current claims contradict each other.
 *
 * @example
 * const position: Position = { side: "ukraine", claims: ["c9"], value: { kind: "label", value: "stalled" }, stance: "asserts", divided: false };
 */
export interface Position {
  readonly side: string;
  readonly claims: readonly string[];
  readonly value: Value;
  readonly stance: Stance;
  readonly divided: boolean;
}

/**
 * Everything concord knows about one question (a subject and an attribute).
 *
 * @example
 * reconcile(corpus).propositions[0]?.status; // => "consensus"
 */
export interface Proposition {
  readonly subject: string;
  readonly attribute: string;
  readonly changes: Changes;
  /** Every counted claim, by moment and then id. */
  readonly timeline: readonly string[];
  /** The claims no counted claim supersedes, in timeline order. */
  readonly current: readonly string[];
  readonly positions: readonly Position[];
  readonly supersessions: readonly Supersession[];
  readonly contradictions: readonly Contradiction[];
  /** True when more contradicting group pairs exist than `maxContradictions` let through. */
  readonly contradictionsTruncated: boolean;
  readonly groups: readonly AgreementGroup[];
  /** The value every current position fits, when there is one. */
  readonly consensus?: Value;
  readonly status: Status;
}

/**
 * The reconciled picture of a corpus: one proposition per (subject, attribute), sorted by
 * subject then attribute. With `asOf`, the claims stated after it are listed in `later`.
 *
 * @example
 * reconcile(corpus, { asOf: "2025-12-11" }).later.length; // => 1
 */
export interface Reconciliation {
  readonly asOf?: string;
  readonly propositions: readonly Proposition[];
  readonly later: readonly string[];
}
