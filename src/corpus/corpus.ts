import { z } from "zod";
import { Actor, ActorInput } from "./actor.js";
import { Attribute, AttributeInput } from "./attribute.js";
import { Claim, ClaimInput } from "./claim.js";
import { Side, SideInput } from "./side.js";
import { Source, SourceInput } from "./source.js";

/**
 * A corpus as written: sides, actors, sources, attributes and claims. `$schema` is accepted
 * and ignored, so editors can offer completion.
 *
 * @example
 * const input: CorpusInput = { sides: [], actors: [], sources: [], claims: [] };
 */
export const CorpusInput = z
  .strictObject({
    $schema: z
      .string()
      .meta({ description: "The JSON Schema this file follows, for editors; concord ignores it." })
      .optional(),
    sides: z.array(SideInput).meta({ description: "The sides of the dispute: parties, mediators and observers." }),
    actors: z.array(ActorInput).meta({ description: "The people and bodies that make claims." }),
    sources: z.array(SourceInput).meta({ description: "Where the claims were read." }),
    attributes: z
      .array(AttributeInput)
      .meta({ description: "The questions claims answer, and how each behaves in time." })
      .optional(),
    claims: z.array(ClaimInput).meta({ description: "The statements, one claim per speaker, question and value." }),
  })
  .meta({
    title: "concord corpus",
    description: "The claims of a dispute, with the sides, actors, sources and attributes they refer to.",
  });
/** A corpus as written. */
export type CorpusInput = z.input<typeof CorpusInput>;

/**
 * A resolved corpus, as parseCorpus returns it: every reference checked, claims in input order.
 *
 * @example
 * const corpus: Corpus = { sides: [], actors: [], sources: [], attributes: [], claims: [] };
 */
export const Corpus = z.object({
  sides: z.array(Side),
  actors: z.array(Actor),
  sources: z.array(Source),
  attributes: z.array(Attribute),
  claims: z.array(Claim),
});
/** A resolved corpus. */
export type Corpus = z.infer<typeof Corpus>;
