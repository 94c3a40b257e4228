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
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  approx: z.boolean().optional(),
  unit: z.string().min(1).optional(),
};

/**
 * A quantity without its `kind` tag: the inner value of a per-side figure.
 *
 * @example
 * QuantityBody.parse({ value: 1200, approx: true }); // => { value: 1200, approx: true }
 */
export const QuantityBody = z.strictObject(quantityFields).superRefine(checkCount);
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
  .superRefine(checkCount);
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
    each: QuantityBody.optional(),
    bySide: z.record(z.string().min(1), QuantityBody).optional(),
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
export const Label = z.strictObject({ kind: z.literal("label"), value: z.string().min(1) });
/** A status or category. */
export type Label = z.infer<typeof Label>;

const isoDate = z.string().refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parseMoment(text) !== undefined, {
  message: "Expected a calendar date as YYYY-MM-DD",
  params: { code: "invalid_date" },
});

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
    value: isoDate.optional(),
    min: isoDate.optional(),
    max: isoDate.optional(),
    approx: z.boolean().optional(),
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
  });
/** A calendar day or span of days. */
export type DateValue = z.infer<typeof DateValue>;

/**
 * What a claim says, tagged by `kind`: `quantity`, `per-side`, `label` or `date`.
 *
 * @example
 * Value.parse({ kind: "label", value: "all-for-all" }).kind; // => "label"
 */
export const Value = z.discriminatedUnion("kind", [Quantity, PerSide, Label, DateValue]);
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
export const TextValue = z.strictObject({ text: z.string().min(1) });
/** A value written as words. */
export type TextValue = z.infer<typeof TextValue>;
