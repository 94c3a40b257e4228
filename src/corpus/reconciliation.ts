import { z } from "zod";
import { Changes } from "./attribute.js";
import { Stance } from "./claim.js";
import { ContradictionReason, SupersessionReason } from "./relation.js";
import { Value } from "./value.js";

// These schemas describe what `reconcile` returns; they are never parsed with on its hot path,
// which builds the plain objects directly. They serve the published JSON Schema and anyone who
// wants to check a stored reconciliation.

const claimId = z.string().meta({ description: "A claim's id, as in the corpus." });
const claimIds = z.array(claimId).readonly();
const sideId = z.string().meta({ description: "A side's id, as in the corpus." });
const groupIndex = z.int().min(0).meta({ description: "An index into the proposition's `groups`." });
const moment = z.string().meta({ description: "A date or date-time, as the claim's `stated`." });

/**
 * Where a proposition stands: `one-sided` when one side holds a current position,
 * `consensus` when no two current claims contradict each other, else `contested`.
 *
 * @example
 * Status.options; // => ["consensus", "contested", "one-sided"]
 */
export const Status = z.enum(["consensus", "contested", "one-sided"]).meta({
  description:
    "`one-sided` when one side holds a current position, `consensus` when no two current claims contradict each other, else `contested`.",
});
/** Where a proposition stands. */
export type Status = z.infer<typeof Status>;

/**
 * A link in a supersession chain: `newer` replaces `older`; the reason says whether by an explicit
 * `supersedes` or by time (a side's later, different statement on an over-time attribute).
 *
 * @example
 * const link: Supersession = { newer: "c2", older: "c1", reason: { code: "later_statement" } };
 */
export const Supersession = z
  .object({
    newer: claimId,
    older: claimId,
    reason: SupersessionReason,
  })
  .readonly()
  .meta({ title: "Supersession", description: "A link in a supersession chain: `newer` replaces `older`." });
/** A link in a supersession chain. */
export type Supersession = z.infer<typeof Supersession>;

/**
 * Two groups of claims that contradict each other while both were valid. `a` and `b` are the
 * claims where the clash began (`a` the earlier); `groups` index the proposition's `groups`,
 * where every claim making the same statement is listed. The clash runs `from` the moment the
 * later claim was stated `until` either statement had no valid claim left (absent while both
 * stand); a pair that clashes again later is listed again.
 *
 * @example
 * const clash: Contradiction = { a: "c1", b: "c7", groups: [0, 3], reason: { code: "values_differ" }, from: "2025-07-23", current: true };
 */
export const Contradiction = z
  .object({
    a: claimId.meta({ description: "The earlier of the two claims where the clash began." }),
    b: claimId.meta({ description: "The later of the two claims where the clash began." }),
    groups: z.tuple([groupIndex, groupIndex]).readonly(),
    reason: ContradictionReason,
    from: moment.meta({ description: "When the later claim was stated." }),
    until: moment
      .meta({ description: "When either statement had no valid claim left; absent while both stand." })
      .exactOptional(),
    current: z.boolean(),
  })
  .readonly()
  .meta({
    title: "Contradiction",
    description: "Two groups of claims that contradict each other while both were valid.",
  });
/** Two groups of claims that contradict each other. */
export type Contradiction = z.infer<typeof Contradiction>;

/**
 * Claims that make the same statement: one value, one stance. They agree with each other by
 * definition; agreement between different values is what `compare` and `consensus` tell.
 *
 * @example
 * const group: AgreementGroup = { claims: ["c1", "c4"], sides: ["ukraine"], value: { kind: "label", value: "stalled" }, stance: "asserts" };
 */
export const AgreementGroup = z
  .object({
    claims: claimIds,
    sides: z.array(sideId).readonly(),
    value: Value,
    stance: Stance,
  })
  .readonly()
  .meta({ title: "Agreement group", description: "Claims that make the same statement: one value, one stance." });
/** Claims that make the same statement. */
export type AgreementGroup = z.infer<typeof AgreementGroup>;

/**
 * What one side holds now: the current (unsuperseded) claims it speaks through — those still
 * fresh, or all of them once every one has gone stale — and what they say together: the
 * most specific statement its fresh assertions jointly make (the latest denial when it only
 * denies). `divided` when the side's own claims contradict each other or share no answer;
 * `stale` when all of them had gone stale by the proposition's last counted moment (a stale
 * position is listed but does not count towards the status or the consensus).
 *
 * @example
 * const position: Position = { side: "ukraine", claims: ["c9"], value: { kind: "label", value: "stalled" }, stance: "asserts", divided: false, stale: false };
 */
export const Position = z
  .object({
    side: sideId,
    claims: claimIds,
    value: Value.meta({
      description:
        "What the side's current claims say together: the most specific statement their assertions jointly make.",
    }),
    stance: Stance,
    divided: z
      .boolean()
      .meta({ description: "True when the side's own current claims contradict each other or share no answer." }),
    stale: z.boolean().meta({
      description: "True when every current claim of the side had gone stale by the proposition's last counted moment.",
    }),
  })
  .readonly()
  .meta({
    title: "Position",
    description: "What one side holds now: its current claims, and what they say together.",
  });
/** What one side holds now. */
export type Position = z.infer<typeof Position>;

/**
 * Everything concord knows about one question (a subject and an attribute).
 *
 * @example
 * reconcile(corpus).propositions[0]?.status; // => "consensus"
 */
export const Proposition = z
  .object({
    subject: z.string().meta({ description: "What the claims are about, as in the corpus." }),
    attribute: z.string().meta({ description: "Which question about the subject they answer." }),
    changes: Changes,
    /** Every counted claim, by moment and then id. */
    timeline: claimIds.meta({ description: "Every counted claim, by moment and then id." }),
    /** The claims no counted claim supersedes, in timeline order. */
    current: claimIds.meta({ description: "The claims no counted claim supersedes, in timeline order." }),
    positions: z.array(Position).readonly(),
    supersessions: z.array(Supersession).readonly(),
    contradictions: z.array(Contradiction).readonly(),
    /** True when more contradictions exist than `maxContradictions` let through. */
    contradictionsTruncated: z.boolean().meta({
      description: "True when more contradictions exist than `maxContradictions` let through.",
    }),
    groups: z.array(AgreementGroup).readonly(),
    /** The value every current position fits, when there is one. */
    consensus: Value.meta({ description: "The value every current position fits, when there is one." }).exactOptional(),
    status: Status,
  })
  .readonly()
  .meta({
    title: "Proposition",
    description: "Everything concord knows about one question (a subject and an attribute).",
  });
/** Everything concord knows about one question. */
export type Proposition = z.infer<typeof Proposition>;

/**
 * The options a reconciliation was made with, every default filled in: what its verdicts mean
 * (how far "about" reaches) and which claims counted.
 *
 * @example
 * reconcile(corpus, { tolerance: 0 }).options; // => { tolerance: 0, dateTolerance: 7, boundReach: 0.25, maxContradictions: 1000 }
 */
export const ReconcileSettings = z
  .object({
    tolerance: z.number().meta({ description: "How far an approximate quantity reaches, as a fraction." }),
    dateTolerance: z.number().meta({ description: "How many days an approximate date reaches either way." }),
    boundReach: z
      .number()
      .meta({ description: "How far a lone floor or ceiling reaches where bounds are estimates, as a fraction." }),
    maxContradictions: z.number().meta({ description: "At most this many contradictions listed per proposition." }),
    asOf: z.string().meta({ description: "The moment the picture was taken at, when one was given." }).exactOptional(),
    knownAt: z
      .string()
      .meta({ description: "Only claims from sources published by then counted, when one was given." })
      .exactOptional(),
  })
  .readonly()
  .meta({
    title: "Reconcile settings",
    description: "The options a reconciliation was made with, defaults filled in.",
  });
/** The options a reconciliation was made with. */
export type ReconcileSettings = z.infer<typeof ReconcileSettings>;

/**
 * The reconciled picture of a corpus: one proposition per (subject, attribute), sorted by
 * subject then attribute, and the options it was made with. With `asOf`, the claims stated after
 * it are listed in `later`; with `knownAt`, also those whose source was published after it.
 *
 * @example
 * reconcile(corpus, { asOf: "2025-12-11" }).later.length; // => 1
 */
export const Reconciliation = z
  .object({
    options: ReconcileSettings,
    propositions: z.array(Proposition).readonly(),
    later: claimIds.meta({
      description: "The claims stated after `asOf`, or published after `knownAt`, which do not count.",
    }),
  })
  .readonly()
  .meta({
    title: "concord reconciliation",
    description:
      "The reconciled picture of a corpus: one proposition per (subject, attribute), sorted by subject then attribute.",
  });
/** The reconciled picture of a corpus. */
export type Reconciliation = z.infer<typeof Reconciliation>;
