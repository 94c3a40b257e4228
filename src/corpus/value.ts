import { z } from "zod";
import { parseMoment } from "./moment.js";

/** The shared checks of a count: finite, not negative, `value` or a range, never both. */
function checkCount(
  body: { value?: number | undefined; min?: number | undefined; max?: number | undefined },
  ctx: z.RefinementCtx,
): void {
  for (const key of ["value", "min", "max"] as const) {
    const n = body[key];
    if (n !== undefined && n < 0) {
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: `A count cannot be negative (got ${n})`,
        params: { code: "negative_count" },
      });
    }
  }
  const hasRange = body.min !== undefined || body.max !== undefined;
  if (body.value !== undefined && hasRange) {
    ctx.addIssue({
      code: "custom",
      path: [],
      message: "A quantity gives either `value` or `min`/`max`, not both",
      params: { code: "value_and_range" },
    });
  } else if (body.value === undefined && !hasRange) {
    ctx.addIssue({
      code: "custom",
      path: [],
      message: "A quantity needs `value`, or `min` and/or `max`",
      params: { code: "empty_quantity" },
    });
  }
  if (body.min !== undefined && body.max !== undefined && body.min > body.max) {
    ctx.addIssue({
      code: "custom",
      path: ["min"],
      message: `min (${body.min}) is greater than max (${body.max})`,
      params: { code: "min_greater_than_max" },
    });
  }
}

const quantityFields = {
  value: z.number().meta({ description: "The exact count." }).optional(),
  min: z.number().meta({ description: "The least it may be." }).optional(),
  max: z.number().meta({ description: "The most it may be." }).optional(),
  approx: z.boolean().meta({ description: 'Approximate: "about", "rund", "ongeveer" (±10% by default).' }).optional(),
  unit: z.string().min(1).meta({ description: 'What is counted ("person", "body").' }).optional(),
};
const quantityDescription = "Gives either `value`, or `min` and/or `max`; counts are not negative.";

/**
 * A quantity without its `kind` tag: the inner value of a per-side figure.
 *
 * @example
 * QuantityBody.parse({ value: 1200, approx: true }); // => { value: 1200, approx: true }
 */
export const QuantityBody = z
  .strictObject(quantityFields)
  .superRefine(checkCount)
  .meta({ title: "Figure", description: `One party's figure. ${quantityDescription}` });
/** A quantity without its `kind` tag. */
export type QuantityBody = z.infer<typeof QuantityBody>;

/**
 * A count: exact (`value`), a range (`min`/`max`, either may be missing) or approximate
 * (`approx`: "about", "rund", "ongeveer"), with an optional unit ("person", "body").
 *
 * @example
 * Quantity.parse({ kind: "quantity", value: 390, unit: "person" }).value; // => 390
 */
export const Quantity = z
  .strictObject({ kind: z.literal("quantity"), ...quantityFields })
  .superRefine(checkCount)
  .meta({
    title: "Quantity",
    description: `A count: exact, a range or approximate, with an optional unit. ${quantityDescription}`,
  });
/** A count, exact, ranged or approximate. */
export type Quantity = z.infer<typeof Quantity>;

/**
 * A figure given for each party: `each` ("1,000 for 1,000") or `bySide` (one figure per party).
 *
 * @example
 * PerSide.parse({ kind: "per-side", each: { value: 1000 } }).each; // => { value: 1000 }
 */
export const PerSide = z
  .strictObject({
    kind: z.literal("per-side"),
    each: QuantityBody.meta({ description: 'The figure for every party ("1,000 for 1,000").' }).optional(),
    bySide: z
      .record(z.string().min(1), QuantityBody)
      .meta({ description: "One figure per party, by side id." })
      .optional(),
  })
  .superRefine((perSide, ctx) => {
    if ((perSide.each === undefined) === (perSide.bySide === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: "A per-side value gives exactly one of `each` and `bySide`",
        params: { code: "per_side_shape" },
      });
      return;
    }
    const bodies = perSide.each ? [perSide.each] : Object.values(perSide.bySide ?? {});
    const units = new Set(bodies.map((body) => body.unit ?? ""));
    if (units.size > 1) {
      ctx.addIssue({
        code: "custom",
        path: ["bySide"],
        message: `The sides' figures use different units (${[...units].map((unit) => unit || "none").join(", ")})`,
        params: { code: "mixed_units" },
      });
    }
  })
  .meta({
    title: "Per-side figure",
    description: "A figure given for each party: exactly one of `each` and `bySide`, in one unit.",
  });
/** A figure per party. */
export type PerSide = z.infer<typeof PerSide>;

/**
 * A status or category ("all-for-all", "stalled"). Two labels match only when equal after
 * Unicode NFC normalisation.
 *
 * @example
 * Label.parse({ kind: "label", value: "stalled" }).value; // => "stalled"
 */
export const Label = z
  .strictObject({
    kind: z.literal("label"),
    value: z
      .string()
      .min(1)
      .meta({ description: "Equal to another label only when the same after Unicode NFC normalisation." }),
  })
  .meta({ title: "Label", description: 'A status or category ("all-for-all", "stalled").' });
/** A status or category. */
export type Label = z.infer<typeof Label>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z
  .string()
  .refine((text) => ISO_DATE.test(text) && parseMoment(text) !== undefined, {
    message: "Expected a calendar date as YYYY-MM-DD",
    params: { code: "invalid_date" },
  })
  // JSON Schema cannot run the refinement; the pattern gives editors its first half.
  .meta({ pattern: ISO_DATE.source });

/**
 * A calendar day (`value`), or a span of days (`min`/`max`), optionally approximate (±7 days by
 * default).
 *
 * @example
 * DateValue.parse({ kind: "date", value: "2025-12-11" }).value; // => "2025-12-11"
 */
export const DateValue = z
  .strictObject({
    kind: z.literal("date"),
    value: isoDate.meta({ description: "The day, as YYYY-MM-DD." }).optional(),
    min: isoDate.meta({ description: "The first day of the span." }).optional(),
    max: isoDate.meta({ description: "The last day of the span." }).optional(),
    approx: z.boolean().meta({ description: "About that day (±7 days by default)." }).optional(),
  })
  .superRefine((date, ctx) => {
    const hasRange = date.min !== undefined || date.max !== undefined;
    if (date.value !== undefined && hasRange) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: "A date gives either `value` or `min`/`max`, not both",
        params: { code: "value_and_range" },
      });
    } else if (date.value === undefined && (date.min === undefined || date.max === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: "A date needs `value`, or both `min` and `max`",
        params: { code: "empty_quantity" },
      });
    } else if (date.min !== undefined && date.max !== undefined && date.min > date.max) {
      ctx.addIssue({
        code: "custom",
        path: ["min"],
        message: `min (${date.min}) is after max (${date.max})`,
        params: { code: "min_greater_than_max" },
      });
    }
  })
  .meta({ title: "Date", description: "A calendar day (`value`), or a span of days (`min` and `max`)." });
/** A calendar day or span of days. */
export type DateValue = z.infer<typeof DateValue>;

/**
 * What a claim says, tagged by `kind`: `quantity`, `per-side`, `label` or `date`.
 *
 * @example
 * Value.parse({ kind: "label", value: "all-for-all" }).kind; // => "label"
 */
export const Value = z.discriminatedUnion("kind", [Quantity, PerSide, Label, DateValue]).meta({
  title: "Value",
  description: "What a claim says, tagged by `kind`: `quantity`, `per-side`, `label` or `date`.",
});
/** What a claim says. */
export type Value = z.infer<typeof Value>;
/** A value as written in a corpus. */
export type ValueInput = z.input<typeof Value>;

/**
 * A value written as the source words it ("about 1,200 from each side"); parseCorpus reads it in
 * the source's language with {@link readQuantity} and keeps the words beside the value.
 *
 * @example
 * TextValue.parse({ text: "about 1,200 from each side" }).text; // => "about 1,200 from each side"
 */
export const TextValue = z
  .strictObject({
    text: z.string().min(1).meta({ description: 'Words in the source\'s language ("about 1,200 from each side").' }),
  })
  .meta({
    title: "Value in words",
    description: "A value written as the source words it; concord reads it in the source's language.",
  });
/** A value written as words. */
export type TextValue = z.infer<typeof TextValue>;
