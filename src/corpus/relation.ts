import { z } from "zod";

// Reasons are data: which rule decided a verdict, and which claim plays which part in it. The
// sentence a person reads is rendered from them by `explain`, so a verdict and its words can
// never disagree, and a report never has to judge a pair again to say why.

const claimId = z.string().meta({ description: "A claim's id, as in the corpus." });
const code = <const C extends string>(value: C, description: string) => z.literal(value).meta({ description });

/** The two claims answer different questions (subject or attribute). */
const DifferentQuestions = z
  .object({ code: code("different_questions", "The claims answer different questions.") })
  .readonly();
/** Two denials of values that do not overlap: neither supports nor contradicts the other. */
const DenialsApart = z.object({ code: code("denials_apart", "Two denials of values that do not overlap.") }).readonly();

/** Both claims make the same statement: one value, one stance. */
const SameStatement = z.object({ code: code("same_statement", "Both claims make the same statement.") }).readonly();
/** A side restated, later, what it had said on an over-time attribute. */
const Restated = z.object({ code: code("restated", "One side restated its own statement later.") }).readonly();
/** Two assertions whose values can both be true. */
const ValuesFit = z.object({ code: code("values_fit", "Two assertions whose values can both be true.") }).readonly();
/** Two denials whose values overlap. */
const BothDeny = z.object({ code: code("both_deny", "Two denials whose values overlap.") }).readonly();
/** An assertion whose value lies outside the value a denial rejects. */
const OutsideDenial = z
  .object({
    code: code("outside_denial", "The asserted value lies outside the denied one."),
    denial: claimId.meta({ description: "The claim that denies." }),
    assertion: claimId.meta({ description: "The claim that asserts." }),
  })
  .readonly();

/** Two assertions whose values cannot both be true. */
const ValuesDiffer = z
  .object({ code: code("values_differ", "Two assertions whose values cannot both be true.") })
  .readonly();
/** Two per-side figures that differ on one party's figure (the first such party, by id). */
const PartyDiffers = z
  .object({
    code: code("party_differs", "Two per-side figures that differ on one party's figure."),
    party: z.string().meta({ description: "The first party, by id, whose figures differ." }),
  })
  .readonly();
/** Two figures in different units. */
const UnitsDiffer = z.object({ code: code("units_differ", "Two figures in different units.") }).readonly();
/** A number and a label, a date and a number …: answers of different kinds. */
const KindsDiffer = z.object({ code: code("kinds_differ", "Answers of different kinds.") }).readonly();
/** A denial of a value that the other claim's assertion fits. */
const DenialFits = z
  .object({
    code: code("denial_fits", "One claim denies a value the other's assertion fits."),
    denial: claimId.meta({ description: "The claim that denies." }),
    assertion: claimId.meta({ description: "The claim that asserts." }),
  })
  .readonly();

/** The newer claim names the older one in `supersedes`. */
const NamedInSupersedes = z
  .object({ code: code("named_in_supersedes", "The newer claim names the older one in `supersedes`.") })
  .readonly();
/** The same side's later statement, with a different value or stance, on an over-time attribute. */
const LaterStatement = z
  .object({ code: code("later_statement", "The same side's later, different statement on an over-time attribute.") })
  .readonly();

/**
 * Why two claims agree.
 *
 * @example
 * const reason: AgreementReason = { code: "values_fit" };
 */
export const AgreementReason = z
  .discriminatedUnion("code", [SameStatement, Restated, ValuesFit, BothDeny, OutsideDenial])
  .meta({ title: "Agreement reason", description: "Why two claims agree." });
/** Why two claims agree. */
export type AgreementReason = z.infer<typeof AgreementReason>;

/**
 * Why two claims contradict each other.
 *
 * @example
 * const reason: ContradictionReason = { code: "party_differs", party: "ukraine" };
 */
export const ContradictionReason = z
  .discriminatedUnion("code", [ValuesDiffer, PartyDiffers, UnitsDiffer, KindsDiffer, DenialFits])
  .meta({ title: "Contradiction reason", description: "Why two claims contradict each other." });
/** Why two claims contradict each other. */
export type ContradictionReason = z.infer<typeof ContradictionReason>;

/**
 * Why a newer claim replaces an older one.
 *
 * @example
 * const reason: SupersessionReason = { code: "later_statement" };
 */
export const SupersessionReason = z
  .discriminatedUnion("code", [NamedInSupersedes, LaterStatement])
  .meta({ title: "Supersession reason", description: "Why a newer claim replaces an older one." });
/** Why a newer claim replaces an older one. */
export type SupersessionReason = z.infer<typeof SupersessionReason>;

/** The other side's claim had gone unrestated past its freshness when the newer one was made. */
const WentStale = z
  .object({
    code: code("went_stale", "The older claim had gone unrestated past its freshness when the newer one was made."),
    freshFor: z.string().meta({ description: "The older claim's freshness, as its attribute declares it (ISO 8601)." }),
    unrestatedFor: z.string().meta({ description: "How long after the older claim the newer one came (ISO 8601)." }),
  })
  .readonly();

/**
 * Why a later claim of another side is a state that moved on, not a contradiction.
 *
 * @example
 * const reason: ProgressionReason = { code: "went_stale", freshFor: "P30D", unrestatedFor: "P115D" };
 */
export const ProgressionReason = z.discriminatedUnion("code", [WentStale]).meta({
  title: "Progression reason",
  description: "Why a later claim of another side follows, rather than contradicts, an earlier one.",
});
/** Why a later claim follows an earlier one. */
export type ProgressionReason = z.infer<typeof ProgressionReason>;

/**
 * Why two claims are unrelated.
 *
 * @example
 * const reason: UnrelatedReason = { code: "different_questions" };
 */
export const UnrelatedReason = z
  .discriminatedUnion("code", [DifferentQuestions, DenialsApart])
  .meta({ title: "Unrelated reason", description: "Why two claims are unrelated." });
/** Why two claims are unrelated. */
export type UnrelatedReason = z.infer<typeof UnrelatedReason>;

/**
 * Any reason a verdict can give, by `code`.
 *
 * @example
 * const reason: Reason = { code: "denial_fits", denial: "c1", assertion: "c2" };
 */
export type Reason = AgreementReason | ContradictionReason | SupersessionReason | ProgressionReason | UnrelatedReason;

const claims = z
  .tuple([claimId, claimId])
  .readonly()
  .meta({ description: "The two claims, in the order they were given." });

/**
 * How two claims relate, and why: `compare`'s verdict. `claims` holds the two ids in the order
 * they were given; a supersession and a progression also name which is `newer` and which `older`.
 *
 * @example
 * const relation: Relation = {
 *   kind: "supersession", claims: ["c2", "c1"], newer: "c2", older: "c1", reason: { code: "later_statement" },
 * };
 */
export const Relation = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("agreement"), claims, reason: AgreementReason }).readonly(),
    z.object({ kind: z.literal("contradiction"), claims, reason: ContradictionReason }).readonly(),
    z
      .object({
        kind: z.literal("supersession"),
        claims,
        newer: claimId.meta({ description: "The claim that replaces the other." }),
        older: claimId.meta({ description: "The claim it replaces." }),
        reason: SupersessionReason,
      })
      .readonly(),
    z
      .object({
        kind: z.literal("progression"),
        claims,
        newer: claimId.meta({ description: "The later claim, of another side, reporting the state that followed." }),
        older: claimId.meta({ description: "The earlier claim, stale by then." }),
        reason: ProgressionReason,
      })
      .readonly(),
    z.object({ kind: z.literal("unrelated"), claims, reason: UnrelatedReason }).readonly(),
  ])
  .meta({ title: "Relation", description: "How two claims relate, and why." });
/** How two claims relate, and why. */
export type Relation = z.infer<typeof Relation>;

/**
 * The five ways two claims can relate.
 *
 * @example
 * const kind: RelationKind = "agreement";
 */
export type RelationKind = Relation["kind"];
