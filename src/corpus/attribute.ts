import { z } from "zod";

/**
 * How an attribute's truth behaves in time. `never`: a fact about something that happened, so a
 * later disagreement is a contradiction unless it names the earlier claim in `supersedes`.
 * `over-time`: a state, so a side's later claim replaces its earlier one.
 */
export const Changes = z.enum(["never", "over-time"]).meta({
  description:
    "How the attribute's truth behaves in time. `never`: a fact about something that happened, so a later disagreement is a contradiction unless it names the earlier claim in `supersedes`. `over-time`: a state, so a side's later claim replaces its earlier one.",
});
/** How an attribute behaves in time. */
export type Changes = z.infer<typeof Changes>;

/**
 * A question claims answer about a subject ("agreed-size", "status"). Undeclared attributes
 * behave as `changes: "never"`.
 *
 * @example
 * AttributeInput.parse({ id: "status", changes: "over-time" }).changes; // => "over-time"
 */
export const AttributeInput = z
  .strictObject({
    id: z.string().min(1).meta({ description: 'How claims name this question in `attribute` ("agreed-size", "status").' }),
    changes: Changes.default("never"),
    description: z.string().optional(),
  })
  .meta({
    title: "Attribute",
    description: 'A question claims answer about a subject ("agreed-size", "status"). Undeclared attributes behave as `changes: "never"`.',
  });
/** An attribute as written in a corpus. */
export type AttributeInput = z.input<typeof AttributeInput>;

/**
 * A resolved attribute.
 *
 * @example
 * const attribute: Attribute = { id: "status", changes: "over-time" };
 */
export const Attribute = z.object({
  id: z.string(),
  changes: Changes,
  description: z.string().optional(),
});
/** A resolved attribute. */
export type Attribute = z.infer<typeof Attribute>;
