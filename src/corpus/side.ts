import { z } from "zod";

/**
 * A side's part in the dispute: a `party` hands over and receives, a `mediator` brokers, an
 * `observer` comments. Per-side figures count the parties only.
 */
export const Role = z.enum(["party", "mediator", "observer"]).meta({
  description:
    "A side's part in the dispute: a `party` hands over and receives, a `mediator` brokers, an `observer` comments. Per-side figures count the parties only.",
});
/** A side's part in the dispute. */
export type Role = z.infer<typeof Role>;

/**
 * A side of the dispute, as written in a corpus.
 *
 * @example
 * SideInput.parse({ id: "turkey", role: "mediator" }); // => { id: "turkey", role: "mediator" }
 */
export const SideInput = z
  .strictObject({
    id: z.string().min(1).meta({ description: "How actors, claims and per-side figures name this side." }),
    name: z.string().min(1).meta({ description: "The side's name in reports; defaults to the id." }).optional(),
    role: Role.default("party"),
    /** Words naming the side or its people ("Ukrainians", "українців"), for figures written as words. */
    aliases: z
      .array(z.string().min(1))
      .meta({
        description:
          'Words naming the side or its people ("Ukrainians", "українців"), so that figures written as words can name it.',
      })
      .optional(),
  })
  .meta({ title: "Side", description: "A side of the dispute." });
/** A side as written in a corpus (`role` may be left out). */
export type SideInput = z.input<typeof SideInput>;

/**
 * A resolved side: `name` defaults to the id and `role` to "party"; `aliases` is kept when given.
 *
 * @example
 * const side: Side = { id: "ukraine", name: "Ukraine", role: "party" };
 */
export const Side = z.object({ id: z.string(), name: z.string(), role: Role, aliases: z.array(z.string()).optional() });
/** A resolved side. */
export type Side = z.infer<typeof Side>;
