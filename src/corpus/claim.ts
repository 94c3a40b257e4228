import { z } from "zod";
import { Changes } from "./attribute.js";
import { Duration } from "./duration.js";
import { TextValue, Value } from "./value.js";

/** Whether a claim says its value is so (`asserts`) or is not so (`denies`). */
export const Stance = z.enum(["asserts", "denies"]).meta({
  description: "Whether the claim says its value is so (`asserts`) or is not so (`denies`).",
});
/** Whether a claim asserts or denies its value. */
export type Stance = z.infer<typeof Stance>;

/**
 * A claim as written in a corpus: who said what about which question, where and when.
 * `speaker` may be an actor's id, name or alias; `stated` defaults to the source's date and may be
 * an ISO date or date-time, or words in the source's language ("am 15. November"); `value` may be
 * words too (`{ "text": "about 1,200 from each side" }`).
 *
 * @example
 * ClaimInput.parse({
 *   id: "c1", speaker: "Umjerow", source: "korrespondent-2026-01-01", subject: "pow-exchange/istanbul",
 *   attribute: "agreed-size", value: { kind: "per-side", each: { value: 1200 } },
 * }).stance; // => "asserts"
 */
export const ClaimInput = z
  .strictObject({
    id: z.string().min(1).meta({ description: "Unique among the claims; `supersedes` refers to it." }),
    speaker: z.string().min(1).meta({ description: "Who said it: an actor's id, name or alias." }),
    source: z.string().min(1).meta({ description: "The id of the source it was read in." }),
    stated: z
      .string()
      .min(1)
      .meta({
        description:
          "When it was said: an ISO date or date-time, or words in the source's language. Defaults to the source's `published`.",
        examples: ["2025-11-15", "2025-05-16T14:30:00+03:00", "am 15. November"],
      })
      .optional(),
    subject: z.string().min(1).meta({ description: 'What the claim is about ("pow-exchange/istanbul-2025-05-16").' }),
    attribute: z
      .string()
      .min(1)
      .meta({ description: 'Which question about the subject it answers ("agreed-size", "status").' }),
    value: z.union([TextValue, Value]).meta({
      description: 'What it says: a value tagged by `kind`, or words in the source\'s language as `{ "text": "…" }`.',
    }),
    stance: Stance.default("asserts"),
    quote: z.string().meta({ description: "The words quoted, in the source's language." }).optional(),
    via: z
      .string()
      .min(1)
      .meta({ description: "Who relayed the claim, if someone did: an actor's id, name or alias." })
      .optional(),
    supersedes: z
      .array(z.string().min(1))
      .meta({ description: "The ids of earlier claims this one replaces." })
      .optional(),
    side: z
      .string()
      .min(1)
      .meta({ description: "The id of the side the claim speaks for, when not its speaker's." })
      .optional(),
    note: z.string().optional(),
  })
  .meta({ title: "Claim", description: "Who said what about which question, where and when." });
/** A claim as written in a corpus. */
export type ClaimInput = z.input<typeof ClaimInput>;

/**
 * A resolved claim: plain, JSON-serialisable data that carries everything `compare` needs, so it
 * can be stored and compared later without its corpus.
 *
 * - `speaker` and `via` are actor ids; `side` is the claim's own side or its speaker's.
 * - `stated` is the date as written (or the source's `published`, or the ISO day read from
 *   `statedText`); `moment` is that instant in
 *   milliseconds since the epoch (a date alone is 00:00 UTC).
 * - `changes` is the attribute's behaviour, `freshFor` how long it stays fresh (when the
 *   attribute says), `bounds` present as `estimate` when its lone floors and ceilings are
 *   estimates; `parties` the ids of the sides with role "party", which per-side figures count.
 * - `valueText` and `statedText` keep the words a value or date was read from.
 *
 * @example
 * const claim: Claim = {
 *   id: "c1", speaker: "umerov", side: "ukraine", source: "s1", stated: "2025-05-16",
 *   moment: 1747353600000, subject: "pow-exchange/istanbul", attribute: "agreed-size",
 *   changes: "never", value: { kind: "per-side", each: { value: 1000 } }, stance: "asserts",
 *   supersedes: [], parties: ["russia", "ukraine"],
 * };
 */
export const Claim = z.object({
  id: z.string(),
  speaker: z.string(),
  side: z.string(),
  source: z.string(),
  stated: z.string(),
  moment: z.number(),
  subject: z.string(),
  attribute: z.string(),
  changes: Changes,
  /** How long the claim stays fresh, from its attribute: an ISO 8601 duration. */
  freshFor: Duration.optional(),
  /** Present when the attribute reads lone floors and ceilings as estimates. */
  bounds: z.literal("estimate").optional(),
  value: Value,
  stance: Stance,
  quote: z.string().optional(),
  via: z.string().optional(),
  supersedes: z.array(z.string()).readonly(),
  parties: z.array(z.string()),
  note: z.string().optional(),
  /** The words the value was read from, when the corpus gave words. */
  valueText: z.string().optional(),
  /** The words the date was read from, when the corpus gave words. */
  statedText: z.string().optional(),
});
/** A resolved claim. */
export type Claim = z.infer<typeof Claim>;
