import { z } from "zod";

/**
 * A person or body that makes claims, on one side, with the other spellings the sources use.
 *
 * @example
 * ActorInput.parse({ id: "umerov", name: "Rustem Umerov", side: "ukraine", aliases: ["Umjerow"] }).side;
 * // => "ukraine"
 */
export const ActorInput = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  side: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
});
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
