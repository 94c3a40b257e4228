import { z } from "zod";
import { Duration } from "./duration.js";

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
 * How a quantity that gives only a floor or only a ceiling is read. `logical`: as the words say,
 * "at least 20,000" is every figure from 20,000 up and "up to 70,000" every figure up to 70,000.
 * `estimate`: as an estimate near its figure, as crowd counts, tolls and prices mean it: "at least
 * N" reaches N(1 + boundReach), "up to N" down to N / (1 + boundReach).
 */
export const Bounds = z.enum(["logical", "estimate"]).meta({
  description:
    'How a lone floor or ceiling is read. `logical`: as the words say ("at least 20,000" is 20,000 and up). `estimate`: as an estimate near its figure, reaching `boundReach` beyond it.',
});
/** How a lone floor or ceiling is read. */
export type Bounds = z.infer<typeof Bounds>;

/**
 * A question claims answer about a subject ("agreed-size", "status"). Undeclared attributes
 * behave as `changes: "never"`. An over-time attribute may say how long a claim stays fresh
 * (`freshFor`); any attribute may read lone floors and ceilings as estimates (`bounds`).
 *
 * @example
 * AttributeInput.parse({ id: "status", changes: "over-time", freshFor: "P30D" }).freshFor; // => "P30D"
 */
export const AttributeInput = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .meta({ description: 'How claims name this question in `attribute` ("agreed-size", "status").' }),
    changes: Changes.default("never"),
    freshFor: Duration.meta({
      description:
        'How long a claim stays fresh when its side says nothing new: an ISO 8601 duration ("P30D"). Only for `over-time` attributes. Absent: claims never go stale.',
    }).optional(),
    bounds: Bounds.default("logical"),
    description: z.string().optional(),
  })
  .superRefine((attribute, context) => {
    if (attribute.freshFor !== undefined && attribute.changes !== "over-time") {
      context.addIssue({
        code: "custom",
        path: ["freshFor"],
        message: `freshFor is for attributes that change over time; "${attribute.id}" has changes: "${attribute.changes}"`,
      });
    }
  })
  .meta({
    title: "Attribute",
    description:
      'A question claims answer about a subject ("agreed-size", "status"). Undeclared attributes behave as `changes: "never"`.',
  });
/** An attribute as written in a corpus. */
export type AttributeInput = z.input<typeof AttributeInput>;

/**
 * A resolved attribute. `freshFor` and `bounds` are present only when the corpus set them
 * (`bounds` only when it is `estimate`).
 *
 * @example
 * const attribute: Attribute = { id: "status", changes: "over-time", freshFor: "P30D" };
 */
export const Attribute = z.object({
  id: z.string(),
  changes: Changes,
  freshFor: Duration.optional(),
  bounds: z.literal("estimate").optional(),
  description: z.string().optional(),
});
/** A resolved attribute. */
export type Attribute = z.infer<typeof Attribute>;
