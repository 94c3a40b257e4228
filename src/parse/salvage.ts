import { z } from "zod";
import { isRecord } from "./readClaim.js";

/**
 * The fields of an element that hold by themselves, when the element as a whole failed its
 * schema: what the rest of the corpus may still be checked against. A source with a bad
 * `published` still has an id its claims name and a language their words are read in; an actor
 * with one bad alias is still named by its id and its other aliases. A list keeps its good entries.
 * zod has reported what is wrong; nothing here reports anything.
 *
 * @param schema - The element's object schema.
 * @param element - The element as written.
 * @returns The fields that parse alone, as they parse (defaults filled in).
 * @example
 * salvage(SourceInput, { id: "s1", outlet: "NOS", published: "16 May 2025", language: "nl" });
 * // => { id: "s1", outlet: "NOS", language: "nl", translation: "none" }
 */
export function salvage<Shape extends z.core.$ZodShape>(
  schema: z.ZodObject<Shape>,
  element: unknown,
): Partial<z.output<z.ZodObject<Shape>>> {
  const parts: Record<string, unknown> = {};
  if (!isRecord(element)) return parts as Partial<z.output<z.ZodObject<Shape>>>;
  for (const key in schema.shape) {
    const field = schema.shape[key] as unknown as z.ZodType;
    const written = element[key];
    const parsed = field.safeParse(written);
    if (parsed.success) {
      if (parsed.data !== undefined) parts[key] = parsed.data;
      continue;
    }
    const list = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
    if (list instanceof z.ZodArray && Array.isArray(written)) {
      const entry = list.element as z.ZodType;
      parts[key] = written.flatMap((item: unknown) => {
        const kept = entry.safeParse(item);
        return kept.success ? [kept.data] : [];
      });
    }
  }
  return parts as Partial<z.output<z.ZodObject<Shape>>>;
}
