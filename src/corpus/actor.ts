import { z } from "zod";

/**
 * A person or body that makes claims, on one side, with the other spellings the sources use.
 *
 * @example
 * ActorInput.parse({ id: "umerov", name: "Rustem Umerov", side: "ukraine", aliases: ["Umjerow"] }).side;
 * // => "ukraine"
 */
export const ActorInput = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .meta({ description: "How claims name this actor in `speaker` and `via` (its name and aliases work too)." }),
    name: z.string().min(1).meta({ description: "The actor's full name; defaults to the id." }).optional(),
    side: z.string().min(1).meta({ description: "The id of the actor's side." }),
    aliases: z
      .array(z.string().min(1))
      .meta({
        description:
          'Other spellings the sources use ("Umjerow", "Умєров"); names match ignoring case, diacritics and transliteration.',
      })
      .optional(),
  })
  .meta({ title: "Actor", description: "A person or body that makes claims, on one side." });
/** An actor as written in a corpus. */
export type ActorInput = z.input<typeof ActorInput>;

/**
 * A resolved actor: `name` defaults to the id, `aliases` to none.
 *
 * @example
 * const actor: Actor = { id: "umerov", name: "Rustem Umerov", side: "ukraine", aliases: ["Umjerow"] };
 */
export const Actor = z.object({
  id: z.string(),
  name: z.string(),
  side: z.string(),
  aliases: z.array(z.string()),
});
/** A resolved actor. */
export type Actor = z.infer<typeof Actor>;
